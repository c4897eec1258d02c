"""Each training session's attendance counts by code (``training_sessions.attendance_h`` …
``attendance_t``, storage/attendance_counts.py), which the report's training figures are
summed from, stay equal to the attendance records themselves after every kind of write:
attendance saved (the bulk insert), corrected, added and removed through the ORM, a session
deleted, the demo build, the upgrade from the previous schema, and two PCs saving one session's
attendance at the same time (on PostgreSQL the second one must wait for the first and count its
records).

The oracle counts the records with its own query; the report's numbers are compared with the
frozen reference implementation (tests/report_reference), which counts the records.
"""

from __future__ import annotations

import shutil
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.periods import parse_period
from jssc_desktop.reports.dataset import build_dataset
from jssc_desktop.services import attendance as att
from jssc_desktop.services.base import Actor
from jssc_desktop.services.demo import build_demo
from jssc_desktop.storage import migrate
from jssc_desktop.storage.attendance_counts import COLUMNS
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Attendance, TrainingSession

from .report_reference.dataset import build_dataset as reference_dataset
from .test_report_rewrites import _differences, _plain
from .test_services_attendance import cls, make_clients  # noqa: F401 - cls is a fixture

pytestmark = pytest.mark.storage

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = date(2026, 12, 20)


def _mismatches(db: Database) -> list[str]:
    """Every session whose stored counts differ from counting its records (empty when none
    does)."""
    with db.session() as s:
        records: dict[int, dict[str, int]] = {}
        for sid, code, n in s.execute(select(Attendance.session_id, Attendance.code,
                                             func.count(Attendance.id))
                                      .group_by(Attendance.session_id, Attendance.code)):
            records.setdefault(sid, {})[code] = n
        stored = {row[0]: dict(zip(COLUMNS, row[1:], strict=True)) for row in s.execute(
            select(TrainingSession.id,
                   *(getattr(TrainingSession, c) for c in COLUMNS.values())))}
    out = []
    for sid, counts in stored.items():
        expected = {code: records.get(sid, {}).get(code, 0) for code in COLUMNS}
        if counts != expected:
            out.append(f"session {sid}: stored {counts} != records {expected}")
    return out


def _report_mismatches(db: Database, periods: tuple[str, ...]) -> list[str]:
    out = []
    with db.session() as s:
        for text in periods:
            period = parse_period(text)
            new = _plain(build_dataset(s, period, today=TODAY))
            old = _plain(reference_dataset(s, period, today=TODAY))
            out += [f"{text} {d}" for d in _differences(new, old)]
    return out


def _stored(db: Database, sid: int) -> dict[str, int]:
    with db.session() as s:
        row = s.execute(select(*(getattr(TrainingSession, c) for c in COLUMNS.values()))
                        .where(TrainingSession.id == sid)).one()
    return {code: n for code, n in zip(COLUMNS, row, strict=True) if n}


def test_saved_corrected_added_removed_and_deleted(db: Database, actors: dict[str, Actor],
                                                   cls: dict[str, Any]) -> None:  # noqa: F811
    i, sessions, staff = cls["ids"], cls["sessions"], actors["staff"]
    with db.session() as s:
        att.save_attendance(s, staff, sessions["nov3"], {i["b"]: "S"})
    assert _stored(db, sessions["nov3"]) == {"H": 2, "S": 1}
    with db.session() as s:
        att.save_attendance(s, staff, sessions["nov5"], {i["c"]: "A"}, default=None)
        att.save_attendance(s, staff, sessions["oct30"], {i["a"]: "T", i["c"]: "I"})
    with db.session() as s:  # a correction goes through the ORM
        sheet = att.save_attendance(s, staff, sessions["nov3"], {i["b"]: "H", i["a"]: "I"},
                                    reason="Salah isi")
        assert sheet.session.recorded == 3
    assert _stored(db, sessions["nov3"]) == {"H": 2, "I": 1}
    assert _mismatches(db) == []
    with db.session() as s:  # records added, moved and removed straight through the ORM
        s.add(Attendance(session_id=sessions["dec1"], client_id=i["d"], code="T"))
        s.flush()
        loaded = s.get(TrainingSession, sessions["dec1"])
        assert loaded is not None and loaded.attendance_t == 1  # the loaded session sees it
        moved = s.execute(select(Attendance).where(Attendance.session_id == sessions["nov5"])
                          ).scalar_one()
        moved.session_id = sessions["nov12a"]
        gone = s.execute(select(Attendance).where(Attendance.session_id == sessions["oct30"],
                                                  Attendance.client_id == i["c"])).scalar_one()
        s.delete(gone)
    assert _stored(db, sessions["nov5"]) == {} and _stored(db, sessions["nov12a"]) == {"A": 1}
    assert _stored(db, sessions["oct30"]) == {"H": 1, "T": 1}
    with db.session() as s:  # a session deleted takes its records (and counts) with it
        s.delete(s.get(TrainingSession, sessions["nov3"]))
    assert _mismatches(db) == []
    assert _report_mismatches(db, ("2026-10", "2026-11", "2026-Q4", "2026")) == []


def test_the_oracle_sees_a_wrong_count(db: Database, actors: dict[str, Actor],
                                       cls: dict[str, Any]) -> None:  # noqa: F811
    """The checks above can fail: a count changed behind the application's back is found by
    the oracle and by the report's figures."""
    i, sid = cls["ids"], cls["sessions"]["nov3"]
    with db.session() as s:
        att.save_attendance(s, actors["staff"], sid, {i["b"]: "S"})
    with db.session() as s:
        s.execute(TrainingSession.__table__.update().where(TrainingSession.id == sid)
                  .values(attendance_s=0))
    assert _mismatches(db) != []
    assert _report_mismatches(db, ("2026-11",)) != []


def test_demo_build(db: Database) -> None:
    build_demo(db, clients=120, years=2, seed=3, today=date(2026, 11, 23))
    with db.session() as s:
        assert s.scalar(select(func.sum(TrainingSession.attendance_h))), "the demo has records"
    assert _mismatches(db) == []


def test_upgrade_fills_the_counts(tmp_path: Path) -> None:
    work = tmp_path / "upt.sqlite3"
    shutil.copy(FIXTURES / "schema_0012_followups_client_next.sqlite3", work)
    db = Database(str(work))
    try:
        migrate.upgrade(db)
        with db.session() as s:
            assert s.scalar(select(func.sum(TrainingSession.attendance_h)))
        assert _mismatches(db) == []
        assert _report_mismatches(db, ("2025", "2026-10", "2026")) == []
    finally:
        db.dispose()


def test_two_pcs_save_one_session_at_once(db: Database, actors: dict[str, Actor],
                                          cls: dict[str, Any]) -> None:  # noqa: F811
    """The first PC saves Agus and keeps its transaction open a moment; the second saves
    Bambang meanwhile. The second waits for the first (its lock on the session on PostgreSQL,
    BEGIN IMMEDIATE on SQLite) and counts both; without the lock it would count only its own
    record and overwrite the first one's count."""
    i, sid, staff = cls["ids"], cls["sessions"]["nov5"], actors["staff"]
    first_saved = threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with db.session() as s:
                att.save_attendance(s, staff, sid, {i["a"]: "H"}, default=None)
                first_saved.set()
                time.sleep(0.8)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
            first_saved.set()

    def second() -> None:
        try:
            first_saved.wait(10)
            with db.session() as s:
                att.save_attendance(s, staff, sid, {i["b"]: "S"}, default=None)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert _stored(db, sid) == {"H": 1, "S": 1}
    assert _mismatches(db) == []
