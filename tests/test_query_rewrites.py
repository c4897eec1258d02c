"""The queries rewritten for speed give the same answers as the plain definitions they replace.

Each rewritten query (report residents and stages, the client list's Program and tutor filters
and key paging, the import's duplicate look-up) is checked on a demo database against the
original, straightforward SQL, on every backend the ``db`` fixture runs on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from itertools import product
from typing import Any

import pytest
from sqlalchemy import and_, exists, func, or_, select

from jssc_desktop.domain.periods import parse_period
from jssc_desktop.domain.vocab import STAGES
from jssc_desktop.reports.dataset import build_dataset
from jssc_desktop.services.base import Actor
from jssc_desktop.services.client_list import ClientQuery, search_clients
from jssc_desktop.services.demo import build_demo
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Client, Cohort, Enrollment, StageHistory, Tutor

TODAY = date(2026, 11, 23)
PERIODS = ("2026-10", "2026-Q3", "2025", "2024-02", "2023-S1")


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, clients=400, years=4, seed=3, today=TODAY)
    return db


ADMIN = Actor(None, "admin", "admin", "Admin")


def _old_residents(s: Any, end: date) -> Any:
    return and_(Client.admission_date <= end,
                or_(Client.discharge_date.is_(None), Client.discharge_date > end))


def _old_stage_counts(s: Any, end: date) -> Counter[tuple[str, str]]:
    """The stage at the end of the period as first written: every stage row ranked."""
    rank = func.row_number().over(
        partition_by=StageHistory.client_id,
        order_by=(StageHistory.started_on.desc(), StageHistory.id.desc())).label("rank")
    ranked = (select(StageHistory.client_id.label("client_id"),
                     StageHistory.stage.label("stage"), rank)
              .where(StageHistory.started_on <= end).subquery())
    latest = select(ranked.c.client_id, ranked.c.stage).where(ranked.c.rank == 1).subquery()
    stage = func.coalesce(latest.c.stage, Client.current_stage)
    rows = s.execute(select(stage, Client.sex, func.count(Client.id))
                     .select_from(Client).outerjoin(latest, latest.c.client_id == Client.id)
                     .where(_old_residents(s, end)).group_by(stage, Client.sex)).all()
    return Counter({(code, sex): int(n) for code, sex, n in rows})


def test_report_residents_and_stages_match_the_plain_queries(demo: Database) -> None:
    with demo.session() as s:
        for text in PERIODS:
            period = parse_period(text)
            data = build_dataset(s, period, today=TODAY)
            start, end = period.start, period.end
            at_start = s.execute(select(func.count(Client.id)).where(
                Client.admission_date < start,
                or_(Client.discharge_date.is_(None), Client.discharge_date >= start))
            ).scalar_one()
            assert data.flow.at_start == at_start, text
            by_sex = dict(s.execute(select(Client.sex, func.count(Client.id))
                                    .where(_old_residents(s, end)).group_by(Client.sex)).all())
            assert (data.flow.at_end_l, data.flow.at_end_p) == (by_sex.get("L", 0),
                                                                by_sex.get("P", 0)), text
            ppks = Counter({(c, x): int(n) for c, x, n in s.execute(
                select(Client.ppks_code, Client.sex, func.count(Client.id))
                .where(_old_residents(s, end)).group_by(Client.ppks_code, Client.sex))})
            assert Counter({(r.code, "L"): r.l for r in data.residents.by_ppks}) + Counter(
                {(r.code, "P"): r.p for r in data.residents.by_ppks}) == +ppks, text
            # Rows are keyed by stage name (the report shows stage numbers as codes).
            stages = Counter({(STAGES.name(code), sex): n
                              for (code, sex), n in _old_stage_counts(s, end).items()})
            got = Counter({(r.name, "L"): r.l for r in data.residents.by_stage}) + Counter(
                {(r.name, "P"): r.p for r in data.residents.by_stage})
            assert got == +stages, text
            assert sum(stages.values()) == data.flow.at_end, text
            if text == "2026-10":
                assert data.flow.at_end > 50  # the demo has residents to count


def _old_list(s: Any, actor: Actor, query: ClientQuery) -> list[int]:
    """The client ids of a filter with the correlated EXISTS of the first version."""
    conditions = []
    if query.status:
        conditions.append(Client.status == query.status)
    if query.track_id is not None:
        conditions.append(exists(
            select(Enrollment.id).join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(Enrollment.client_id == Client.id, Cohort.track_id == query.track_id)))
    if actor.role == "tutor":
        conditions.append(exists(
            select(Enrollment.id).join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(Enrollment.client_id == Client.id, Cohort.tutor_id == actor.tutor_id)))
    return list(s.execute(select(Client.id).where(*conditions)
                          .order_by(Client.name_normalized, Client.id)).scalars())


def _all_by_key(s: Any, actor: Actor, query: ClientQuery, size: int) -> tuple[int, list[int]]:
    page = search_clients(s, actor, replace(query, limit=size), today=TODAY)
    total, ids, after = page.total, [r.id for r in page.rows], page.after
    while len(page.rows) == size:
        page = search_clients(s, actor, replace(query, limit=size, after=after, count=False),
                              today=TODAY)
        assert page.total == -1
        ids += [r.id for r in page.rows]
        after = page.after
    return total, ids


def test_program_and_tutor_filters_match_the_correlated_exists(demo: Database) -> None:
    with demo.session() as s:
        tracks = list(s.execute(select(Cohort.track_id).distinct()).scalars())
        tutor = s.execute(select(Tutor.id).join(Cohort, Cohort.tutor_id == Tutor.id)
                          .limit(1)).scalar_one()
        assert tracks
        for track in tracks:
            for status in (None, "aktif", "terminasi"):
                query = ClientQuery(track_id=track, status=status)
                expected = _old_list(s, ADMIN, query)
                total, ids = _all_by_key(s, ADMIN, query, 37)
                assert (total, ids) == (len(expected), expected)
        tutor_actor = Actor(None, "tutor", "tutor", "Tutor", tutor_id=tutor)
        expected = _old_list(s, tutor_actor, ClientQuery())
        assert expected
        assert _all_by_key(s, tutor_actor, ClientQuery(), 25) == (len(expected), expected)


def test_paging_by_key_gives_the_offset_pages(demo: Database) -> None:
    with demo.session() as s:
        # Some clients without a birth date, so empty sort keys are crossed too.
        for client in s.execute(select(Client).where(Client.id % 17 == 0)).scalars():
            client.birth_date = None
        s.flush()
        for sort, descending, status in product(
                ("name", "reg_no", "admission_date", "birth_date", "status"), (False, True),
                (None, "aktif")):
            query = ClientQuery(sort=sort, descending=descending, status=status)
            by_offset: list[int] = []
            while True:
                page = search_clients(s, ADMIN, replace(query, offset=len(by_offset), limit=60),
                                      today=TODAY)
                by_offset += [r.id for r in page.rows]
                if len(page.rows) < 60:
                    break
            total, by_key = _all_by_key(s, ADMIN, query, 60)
            assert by_key == by_offset
            assert total == len(by_offset) == len(set(by_offset))


def test_demo_and_migration_leave_planner_statistics(tmp_path: Any) -> None:
    """Without statistics SQLite walks the status index even for a NIK prefix."""
    import sqlite3

    from jssc_desktop.storage.migrate import upgrade

    path = tmp_path / "stats.sqlite3"
    db = Database(str(path))
    upgrade(db)
    build_demo(db, clients=60, years=1, seed=2, today=TODAY)
    db.dispose()
    raw = sqlite3.connect(path)
    try:
        tables = {t for (t,) in raw.execute("SELECT DISTINCT tbl FROM sqlite_stat1")}
    finally:
        raw.close()
    assert {"clients", "stage_history", "enrollments", "followups"} <= tables


def _old_followups(s: Any, state: str, track: int | None, today: date) -> list[int]:
    """The follow-up list as first written: every join first, then the page."""
    from datetime import timedelta

    from jssc_desktop.storage.models import FollowUp

    conditions: list[Any] = []
    if state == "due":
        conditions += [FollowUp.done_date.is_(None),
                       FollowUp.due_date <= today + timedelta(days=30)]
    elif state == "overdue":
        conditions += [FollowUp.done_date.is_(None), FollowUp.due_date < today]
    elif state == "done":
        conditions.append(FollowUp.done_date.is_not(None))
    if track is not None:
        conditions.append(Cohort.track_id == track)
    order = ([FollowUp.done_date.desc(), FollowUp.id.desc()] if state == "done"
             else [FollowUp.due_date, FollowUp.id])
    return list(s.execute(
        select(FollowUp.id).join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id).where(*conditions)
        .order_by(*order)).scalars())


def test_follow_up_pages_match_the_joined_query(demo: Database) -> None:
    from jssc_desktop.services.followups import STATES, list_followups

    with demo.session() as s:
        tracks = [None, *s.execute(select(Cohort.track_id).distinct()).scalars()]
        for state, track in product(STATES, tracks):
            expected = _old_followups(s, state, track, TODAY)
            got: list[int] = []
            total = None
            while True:
                page = list_followups(s, ADMIN, state=state, track_id=track, today=TODAY,
                                      offset=len(got), limit=70)
                total = page.total
                got += [r.id for r in page.rows]
                if len(page.rows) < 70:
                    break
            assert (total, got) == (len(expected), expected), (state, track)
        assert _old_followups(s, "done", None, TODAY)  # the demo has done follow-ups


def test_latest_follow_ups_and_overdue_match_the_ranked_queries(demo: Database) -> None:
    """Each graduate's latest follow-up (window ranking over all follow-ups before) and the
    overdue ones (due and not done by a day, with their months after graduation and track)
    through their index look-ups."""
    from jssc_desktop.reports.context import latest_followups
    from jssc_desktop.reports.followup_figures import overdue as _overdue
    from jssc_desktop.storage.models import FollowUp

    with demo.session() as s:
        for start, end in ((date(2026, 10, 1), date(2026, 10, 31)),
                           (date(2025, 1, 1), date(2025, 12, 31)),
                           (date(2026, 7, 1), date(2026, 9, 30))):
            rank = func.row_number().over(
                partition_by=FollowUp.client_id,
                order_by=(FollowUp.done_date.desc(), FollowUp.months_after.desc(),
                          FollowUp.id.desc())).label("rank")
            ranked = (select(FollowUp.id.label("id"), FollowUp.done_date.label("done"), rank)
                      .where(FollowUp.done_date.is_not(None), FollowUp.done_date <= end)
                      .subquery())
            expected = set(s.execute(select(ranked.c.id).where(
                ranked.c.rank == 1, ranked.c.done >= start)).scalars())
            got = set(s.execute(latest_followups(start, end)).scalars())
            assert got == expected and expected, (start, end)
            old_overdue = sorted(s.execute(
                select(FollowUp.months_after, Cohort.track_id, FollowUp.id)
                .join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
                .join(Cohort, Cohort.id == Enrollment.cohort_id)
                .where(FollowUp.due_date <= end,
                       or_(FollowUp.done_date.is_(None), FollowUp.done_date > end))).all())
            got_overdue = sorted(s.execute(_overdue(end, flag=FollowUp.id)).all())
            assert got_overdue == old_overdue and old_overdue, (start, end)


def test_scrolled_records_make_the_rows_of_the_plain_list(demo: Database) -> None:
    """The client table keeps database records and makes each ClientRow when it is shown: those
    rows are the ones the entities give (dates as dates, age on the day, names, masking)."""
    from jssc_desktop.domain.nik import mask_nik
    from jssc_desktop.domain.vocab import CLIENT_STATUSES, KAB_KOTA, ppks_display
    from jssc_desktop.services.client_list import ClientRow, scroll_clients

    with demo.session() as s:
        tutor = s.execute(select(Tutor.id).join(Cohort, Cohort.tutor_id == Tutor.id)
                          .limit(1)).scalar_one()
        for actor, sort in ((ADMIN, "birth_date"), (ADMIN, "admission_date"),
                            (Actor(None, "tutor", "tutor", "Tutor", tutor_id=tutor), "name")):
            masked = actor.role == "tutor"
            found = scroll_clients(s, actor, ClientQuery(sort=sort, limit=150), today=TODAY)
            assert found.records and all(type(r) is tuple for r in found.records)
            by_id = {c.id: c for c in s.execute(select(Client)).scalars()}
            for record in found.records:
                row = found.make(record)
                c = by_id[row.id]
                born = c.birth_date
                age = None if born is None else (
                    TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day)))
                nik = (mask_nik(c.nik) if masked else c.nik) if c.nik else "Tanpa NIK"
                assert row == ClientRow(
                    c.id, c.reg_no, c.name, c.sex, born, age, nik, KAB_KOTA.name(c.kab_kota_code),
                    ppks_display(c.ppks_code, masked=masked), STAGES.name(c.current_stage),
                    c.status, CLIENT_STATUSES.name(c.status), c.admission_date)
                assert isinstance(row.admission_date, date)
            if sort != "name":  # the key of a date sort is a date, whatever the driver gives
                assert isinstance(found.after[0], date)  # type: ignore[index]  # rows found
