"""Each graduate's latest follow-up on a day, kept on the follow-ups (``latest_from``,
``latest_until``, ``latest_track_id``, per track, and ``client_next_done``, per client;
storage/followup_latest.py), stays right after every kind of write: a follow-up recorded,
corrected, deleted or imported, an enrollment changed or deleted, a cohort moved to another
track, the demo build, the upgrade from the previous schema, and two writers of one
graduate's follow-ups at the same time on PostgreSQL.

"Right" is checked two ways: against an oracle that ranks every follow-up for every day that
matters (the rule in the report's definitions, written out here independently), and through the
report itself, whose numbers must equal the frozen reference implementation
(tests/report_reference) that ranks the whole history.
"""

from __future__ import annotations

import shutil
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jssc_desktop.domain.periods import parse_period
from jssc_desktop.reports.dataset import build_dataset
from jssc_desktop.services.demo import build_demo
from jssc_desktop.services.followup_import import import_followups
from jssc_desktop.services.followups import FollowUpInput, record_followup
from jssc_desktop.storage import migrate
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.followup_latest import latest_spans, next_done
from jssc_desktop.storage.models import Cohort, Enrollment, FollowUp, TrainingTrack

from .report_reference.dataset import build_dataset as reference_dataset
from .test_followup_import import GOOD, _sheet, grads  # noqa: F401 - grads is a fixture
from .test_report_rewrites import _differences, _plain
from .test_services_followups import TODAY, World, _add_months

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PERIODS = ("2025", "2026-Q2", "2026-08", "2026-09", "2026-S2", "2026", "2026-11")


def _oracle_mismatches(db: Database) -> list[str]:
    """Every day on which the stored spans name a different latest follow-up than ranking all
    follow-ups does, per graduate and track (``latest_*``) and per client
    (``client_next_done``); empty when they agree."""
    with db.session() as s:
        rows = s.execute(
            select(FollowUp.id, Cohort.track_id, FollowUp.client_id, FollowUp.done_date,
                   FollowUp.months_after, Enrollment.graduated_on, Enrollment.status,
                   FollowUp.latest_from, FollowUp.latest_until, FollowUp.latest_track_id,
                   FollowUp.client_next_done)
            .join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)).all()
    days = {date(2000, 1, 1), date(2100, 1, 1)}
    for r in rows:
        for d in (r.done_date, r.graduated_on):
            if d is not None:
                days |= {d - timedelta(days=1), d, d + timedelta(days=1)}
    out = []
    for day in sorted(days):
        best: dict[tuple[int, int], Any] = {}
        for r in rows:
            if (r.status != "lulus" or r.graduated_on is None or r.done_date is None
                    or r.done_date > day or r.graduated_on > day):
                continue
            key = (r.track_id, r.client_id)
            if key not in best or (r.done_date, r.months_after, r.id) > (
                    best[key].done_date, best[key].months_after, best[key].id):
                best[key] = r
        expected = {(r.id, r.track_id) for r in best.values()}
        stored = {(r.id, r.latest_track_id) for r in rows
                  if r.latest_from is not None and r.latest_from <= day
                  and (r.latest_until is None or r.latest_until > day)}
        if stored != expected:
            out.append(f"{day}: stored {sorted(stored)} != ranked {sorted(expected)}")
        # each client's latest done by the day, whatever the enrollment (client_next_done)
        latest: dict[int, Any] = {}
        for r in rows:
            if r.done_date is not None and r.done_date <= day and (
                    r.client_id not in latest or (r.done_date, r.months_after, r.id) > (
                        latest[r.client_id].done_date, latest[r.client_id].months_after,
                        latest[r.client_id].id)):
                latest[r.client_id] = r
        expected_ids = {r.id for r in latest.values()}
        stored_ids = {r.id for r in rows if r.done_date is not None and r.done_date <= day
                      and (r.client_next_done is None or r.client_next_done > day)}
        if stored_ids != expected_ids:
            out.append(f"{day}: client latest {sorted(stored_ids)} != {sorted(expected_ids)}")
    return out


def _report_mismatches(db: Database, periods: tuple[str, ...] = PERIODS) -> list[str]:
    out = []
    with db.session() as s:
        for text in periods:
            period = parse_period(text)
            new = _plain(build_dataset(s, period, today=TODAY))
            old = _plain(reference_dataset(s, period, today=TODAY))
            out += [f"{text} {d}" for d in _differences(new, old)]
    return out


def _assert_right(db: Database) -> None:
    assert _oracle_mismatches(db) == []
    assert _report_mismatches(db) == []


def _input(done: date, outcome: str = "bekerja", income: int | None = 2_000_000) -> FollowUpInput:
    earning = outcome in ("bekerja", "wirausaha", "kube")
    return FollowUpInput(done_date=done, method="telepon", outcome=outcome,
                         employer_or_business="CV Maju" if earning else None,
                         monthly_income=income if earning else None)


@pytest.fixture
def twice(db: Database) -> dict[str, int]:
    """Dewi graduated twice from the same track (two cohorts), once from another; Eko once."""
    with db.session() as s:
        w = World(s)
        first = w.graduate("Menjahit", "Dewi", date(2025, 6, 2))
        dewi = first[3].client_id
        track = w.cohorts["Menjahit"].track_id
        again = Cohort(track_id=track, name="Angkatan II", start_date=date(2025, 9, 1),
                       end_date=date(2025, 12, 1), status="selesai")
        s.add(again)
        s.flush()
        second = _graduation(s, again.id, dewi, date(2025, 12, 1))
        other = w.cohort("Tata Boga")
        third = _graduation(s, other.id, dewi, date(2026, 1, 5))
        eko = w.graduate("Menjahit", "Eko", date(2026, 2, 2))
        return {"d1_3": first[3].id, "d1_6": first[6].id, "d1_12": first[12].id,
                "d2_3": second[3].id, "d2_6": second[6].id, "d3_3": third[3].id,
                "d3_6": third[6].id, "e3": eko[3].id, "e6": eko[6].id,
                "cohort2": again.id, "boga": other.track_id, "dewi": dewi}


def _graduation(s: Any, cohort_id: int, client_id: int, on: date) -> dict[int, FollowUp]:
    e = Enrollment(cohort_id=cohort_id, client_id=client_id, enrolled_on=on - timedelta(90),
                   status="lulus", competency_result="kompeten", graduated_on=on)
    s.add(e)
    s.flush()
    fus = {m: FollowUp(enrollment_id=e.id, client_id=client_id, months_after=m,
                       due_date=_add_months(on, m)) for m in (3, 6, 12)}
    s.add_all(fus.values())
    s.flush()
    return fus


def _record(db: Database, actor: Any, fid: int, data: FollowUpInput) -> None:
    with db.session() as s:
        record_followup(s, actor, fid, data, today=TODAY)


def test_recorded_corrected_and_deleted(db: Database, actors, twice) -> None:  # type: ignore[no-untyped-def]
    k, staff = twice, actors["staff"]
    _assert_right(db)  # nothing done yet: no follow-up counts
    _record(db, staff, k["d1_3"], _input(date(2025, 9, 5)))
    _record(db, staff, k["d1_6"], _input(date(2025, 12, 3), "tidak_bekerja"))
    _record(db, staff, k["d2_3"], _input(date(2026, 3, 2), "bekerja", 3_000_000))
    _record(db, staff, k["d3_3"], _input(date(2026, 4, 6), "bekerja", 1_000_000))
    _record(db, staff, k["e3"], _input(date(2026, 5, 4), "sekolah"))
    with db.session() as s:
        latest = s.execute(select(FollowUp.latest_from, FollowUp.latest_until)
                           .where(FollowUp.id == k["d1_3"])).one()
    # Dewi's first 3-month follow-up is her latest in Menjahit until her 6-month one is done
    assert tuple(latest) == (date(2025, 9, 5), date(2025, 12, 3))
    _assert_right(db)
    # a correction moves the 6-month visit after the second cohort's 3-month one
    _record(db, staff, k["d1_6"], _input(date(2026, 3, 20), "bekerja", 2_500_000))
    _assert_right(db)
    # the same day for two follow-ups: months after graduation, then the id decide
    _record(db, staff, k["d2_6"], _input(date(2026, 3, 20), "wirausaha"))
    _assert_right(db)
    with db.session() as s:
        s.delete(s.get(FollowUp, k["d2_6"]))
    _assert_right(db)
    with db.session() as s:
        s.delete(s.get(FollowUp, k["d1_6"]))
    _assert_right(db)


def test_enrollment_and_cohort_changes(db: Database, actors, twice) -> None:  # type: ignore[no-untyped-def]
    k, staff = twice, actors["staff"]
    for fid, day in (("d1_3", date(2025, 9, 5)), ("d2_3", date(2026, 3, 2)),
                     ("d3_3", date(2026, 4, 6)), ("e3", date(2026, 5, 4))):
        _record(db, staff, k[fid], _input(day))
    _assert_right(db)
    with db.session() as s:  # the second cohort moved to the other track
        s.get(Cohort, k["cohort2"]).track_id = k["boga"]
    _assert_right(db)
    with db.session() as s:  # a graduation date moved after the follow-up (counts from it)
        fu = s.get(FollowUp, k["d3_3"])
        fu.enrollment.graduated_on = date(2026, 5, 1)
    _assert_right(db)
    with db.session() as s:  # a graduation taken back
        fu = s.get(FollowUp, k["d2_3"])
        fu.enrollment.status, fu.enrollment.graduated_on = "tidak_lulus", None
    _assert_right(db)
    with db.session() as s:  # an enrollment deleted with its follow-ups
        s.delete(s.get(FollowUp, k["e3"]).enrollment)
    _assert_right(db)


def test_imported(db: Database, actors, grads, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    with db.session() as s:
        result = import_followups(s, actors["staff"], _sheet(tmp_path / "bl.xlsx", GOOD),
                                  today=TODAY)
    assert result.saved and result.recorded == 3
    with db.session() as s:
        counted = s.scalars(select(FollowUp.id).where(FollowUp.latest_from.is_not(None)))
        assert sorted(counted) == sorted(grads.values())
    _assert_right(db)


def test_demo_build(db: Database) -> None:
    build_demo(db, clients=120, years=4, seed=3, today=TODAY)
    with db.session() as s:
        assert s.scalar(select(FollowUp.id).where(FollowUp.latest_until.is_not(None))
                        .limit(1)) is not None, "the demo has superseded follow-ups"
        assert s.scalar(select(FollowUp.id).where(FollowUp.client_next_done.is_not(None))
                        .limit(1)) is not None, "the demo has clients with later follow-ups"
    assert _oracle_mismatches(db) == []


def test_upgrade_fills_the_columns(tmp_path: Path) -> None:
    work = tmp_path / "upt.sqlite3"
    shutil.copy(FIXTURES / "schema_0009_clients_residence_index.sqlite3", work)
    db = Database(str(work))
    try:
        migrate.upgrade(db)
        with db.session() as s:
            assert s.scalar(select(FollowUp.id).where(FollowUp.latest_from.is_not(None))
                            .limit(1)) is not None
            assert s.scalar(select(FollowUp.id).where(FollowUp.client_next_done.is_not(None))
                            .limit(1)) is not None
        assert _oracle_mismatches(db) == []
        assert _report_mismatches(db, ("2025", "2026-10", "2026")) == []
    finally:
        db.dispose()


def test_the_oracle_sees_a_wrong_span(db: Database, actors, twice) -> None:  # type: ignore[no-untyped-def]
    """The checks above can fail: a span changed behind the application's back is found."""
    k, staff = twice, actors["staff"]
    _record(db, staff, k["d1_3"], _input(date(2025, 9, 5)))
    _record(db, staff, k["d1_6"], _input(date(2025, 12, 3), "tidak_bekerja"))
    with db.session() as s:
        s.execute(FollowUp.__table__.update().where(FollowUp.id == k["d1_3"])
                  .values(latest_until=None))
    assert _oracle_mismatches(db) != []
    assert _report_mismatches(db, ("2026",)) != []


def test_the_oracle_sees_a_wrong_next_done(db: Database, actors, twice) -> None:  # type: ignore[no-untyped-def]
    """The same for the client's next follow-up: a follow-up made to look like the client's
    last one is found by the oracle and by the report's figures."""
    k, staff = twice, actors["staff"]
    _record(db, staff, k["d1_3"], _input(date(2025, 9, 5)))
    _record(db, staff, k["d1_6"], _input(date(2025, 12, 3), "tidak_bekerja"))
    with db.session() as s:
        assert s.get(FollowUp, k["d1_3"]).client_next_done == date(2025, 12, 3)
        assert s.get(FollowUp, k["d1_6"]).client_next_done is None
        s.execute(FollowUp.__table__.update().where(FollowUp.id == k["d1_3"])
                  .values(client_next_done=None))
    assert _oracle_mismatches(db) != []
    assert _report_mismatches(db, ("2025-Q4", "2025")) != []


def test_next_done_of_hand_made_rows() -> None:
    d = date
    rows = [(1, 9, d(2026, 3, 1), 6), (2, 9, d(2026, 3, 1), 3), (3, 9, d(2026, 2, 1), 12),
            (4, 8, d(2026, 5, 1), 3)]
    assert next_done(rows) == {
        3: d(2026, 3, 1),   # an earlier day
        2: d(2026, 3, 1),   # same day as 1, fewer months: 1 comes after it
        1: None,            # the client's last
        4: None,            # another client
    }


def test_spans_of_hand_made_rows() -> None:
    d = date
    rows = [(1, 7, 9, d(2026, 3, 1), 3, d(2026, 1, 1)), (2, 7, 9, d(2026, 3, 1), 6, d(2026, 1, 1)),
            (3, 7, 9, d(2026, 2, 1), 3, d(2026, 4, 1)), (4, 8, 9, d(2026, 5, 1), 3, d(2026, 1, 1))]
    assert latest_spans(rows) == {
        3: (d(2026, 4, 1), d(2026, 3, 1), 7),   # counts from its graduation; superseded by then
        1: (d(2026, 3, 1), d(2026, 3, 1), 7),   # same day as 2, fewer months: never the latest
        2: (d(2026, 3, 1), None, 7),
        4: (d(2026, 5, 1), None, 8),            # another track: its own graduate's latest
    }


def test_two_writers_of_one_graduate(db: Database, actors, twice) -> None:  # type: ignore[no-untyped-def]
    """Two PCs record two follow-ups of the same graduate at the same time. The second writer
    waits for the first one's lock on the client, so it computes the spans with the first one's
    follow-up in them (without it each would see only its own and both would end up 'latest').
    On SQLite the second writer waits at BEGIN IMMEDIATE anyway."""
    k, staff = twice, actors["staff"]
    first_flushed = threading.Event()
    errors: list[BaseException] = []
    finished: dict[str, float] = {}

    def first() -> None:
        try:
            with db.session() as s:
                record_followup(s, staff, k["d1_3"], _input(date(2025, 9, 5)), today=TODAY)
                first_flushed.set()
                time.sleep(1.0)  # the other writer runs now, while this one is uncommitted
            finished["first"] = time.perf_counter()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
            first_flushed.set()

    def second() -> None:
        try:
            first_flushed.wait(10)
            with db.session() as s:
                record_followup(s, staff, k["d1_6"], _input(date(2025, 12, 3)), today=TODAY)
            finished["second"] = time.perf_counter()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert finished["second"] >= finished["first"], "the second writer waited for the first"
    with db.session() as s:
        spans = dict(s.execute(select(FollowUp.id, FollowUp.latest_until)
                               .where(FollowUp.id.in_([k["d1_3"], k["d1_6"]]))).all())
    assert spans == {k["d1_3"]: date(2025, 12, 3), k["d1_6"]: None}
    _assert_right(db)


def test_track_list_unchanged(db: Database, actors, twice) -> None:  # type: ignore[no-untyped-def]
    """The tracks the report lists stay every track, busy or not."""
    with db.session() as s:
        names = set(s.scalars(select(TrainingTrack.name)))
        ds = build_dataset(s, parse_period("2026"), today=TODAY)
    assert {r.name for r in ds.effectiveness} == names
