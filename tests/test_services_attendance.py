"""Attendance service: one-click save with exceptions, corrections, monthly recap, bulk queries."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, func, select

from jssc_desktop.domain.errors import PermissionDenied, ValidationError
from jssc_desktop.services import attendance as att
from jssc_desktop.services import training as tr
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Attendance, AuditLog, Client

pytestmark = pytest.mark.storage

START, END = date(2026, 10, 1), date(2026, 12, 31)


def _count(db: Database, model: Any, *where: Any) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def make_clients(db: Database, names: list[str], *, first: int = 1) -> list[int]:
    """Client rows straight through the ORM (the clients service is tested on its own)."""
    ids = []
    with db.session() as s:
        for i, name in enumerate(names, start=first):
            c = Client(reg_no=f"PM-2026-{i:05d}", nik=None, nik_missing_reason="tidak_punya",
                       name=name, name_normalized=name.casefold(), sex="P", ppks_code="P23",
                       admission_date=date(2026, 1, 5))
            s.add(c)
            s.flush()
            ids.append(c.id)
    return ids


def _codes(db: Database, session_id: int) -> dict[int, str]:
    with db.session() as s:
        return dict(s.execute(select(Attendance.client_id, Attendance.code)
                              .where(Attendance.session_id == session_id)).all())


@pytest.fixture
def cls(db: Database, actors: dict[str, Actor]) -> dict[str, Any]:
    """A cohort of actors['tutor'] with Agus, Bambang, Citra from 1 Oct, Dedi from 10 Nov, and
    Eko who left on 20 Oct; Fajar is a client of the UPT in no cohort."""
    staff = actors["staff"]
    names = ["Agus Salim", "Bambang Irawan", "Citra Dewi", "Dedi Kurnia", "Eko Prasetyo",
             "Fajar Nugroho"]
    a, b, c, d, e, f = make_clients(db, names)
    with db.session() as s:
        track = tr.create_track(s, staff, tr.TrackInput("JAHIT", "Menjahit"))
        cohort = tr.create_cohort(s, staff, tr.CohortInput(
            track.id, "Jahit 2026-2", START, END, tutor_id=actors["tutor"].tutor_id))
        tr.enroll_clients(s, staff, cohort.id, [a, b, c, e], enrolled_on=START)
        tr.enroll_clients(s, staff, cohort.id, [d], enrolled_on=date(2026, 11, 10))
        [eko] = [v for v in tr.list_enrollments(s, staff, cohort.id) if v.client_id == e]
        tr.withdraw_enrollment(s, staff, eko.id, withdrawn_on=date(2026, 10, 20))
        sessions = {
            # two sessions on 12 Nov on purpose: the second is confirmed, as the window asks
            key: tr.add_session(s, staff, cohort.id, tr.SessionInput(day, 4),
                                confirmed=key == "nov12b").id
            for key, day in [
                ("oct30", date(2026, 10, 30)), ("nov3", date(2026, 11, 3)),
                ("nov5", date(2026, 11, 5)), ("nov12a", date(2026, 11, 12)),
                ("nov12b", date(2026, 11, 12)), ("dec1", date(2026, 12, 1)),
            ]
        }
    return {"cohort": cohort, "ids": dict(zip("abcdef", [a, b, c, d, e, f], strict=True)),
            "sessions": sessions}


def test_all_present_with_exceptions(db: Database, actors: dict[str, Actor],
                                     cls: dict[str, Any]) -> None:
    i, sid = cls["ids"], cls["sessions"]["nov3"]
    with db.session() as s:
        sheet = att.attendance_sheet(s, actors["tutor"], sid)
    assert [r.client_name for r in sheet.rows] == ["Agus Salim", "Bambang Irawan", "Citra Dewi"]
    assert all(r.code is None for r in sheet.rows) and sheet.session.recorded == 0
    with db.session() as s:
        saved = att.save_attendance(s, actors["tutor"], sid, {i["b"]: "s"},
                                    notes={i["b"]: "Demam"})
    assert [(r.client_name, r.code, r.note) for r in saved.rows] == [
        ("Agus Salim", "H", None), ("Bambang Irawan", "S", "Demam"), ("Citra Dewi", "H", None)]
    assert saved.session.recorded == 3 and saved.cohort_name == "Jahit 2026-2"
    assert saved.track_name == "Menjahit" and saved.rows[1].code_name == "Sakit"
    with db.session() as s:
        rows = s.execute(select(AuditLog).where(AuditLog.action == "attendance.save")).scalars()
        [row] = list(rows)
    assert row.entity == "training_session" and row.entity_id == sid
    assert row.after["counts"] == {"H": 2, "S": 1, "I": 0, "A": 0, "T": 0}
    assert row.after["recorded"] == 3 and row.username == "tutor"
    # Dedi (from 10 Nov) and Eko (left 20 Oct) were not participants on 3 Nov.
    assert set(_codes(db, sid)) == {i["a"], i["b"], i["c"]}


def test_saving_again_never_overwrites_with_the_default(
        db: Database, actors: dict[str, Actor], cls: dict[str, Any]) -> None:
    i, sid = cls["ids"], cls["sessions"]["nov5"]
    with db.session() as s:
        att.save_attendance(s, actors["staff"], sid, {i["c"]: "A"}, default=None)
    assert _codes(db, sid) == {i["c"]: "A"}
    audit_rows = _count(db, AuditLog)
    with db.session() as s:
        att.save_attendance(s, actors["staff"], sid, {i["a"]: "T"})
    assert _codes(db, sid) == {i["a"]: "T", i["b"]: "H", i["c"]: "A"}
    with db.session() as s:  # nothing new: nothing written, nothing audited
        att.save_attendance(s, actors["staff"], sid, {})
    assert _count(db, AuditLog) == audit_rows + 1


def test_correction_needs_a_reason_and_is_audited(db: Database, actors: dict[str, Actor],
                                                  cls: dict[str, Any]) -> None:
    i, sid = cls["ids"], cls["sessions"]["nov3"]
    with db.session() as s:
        att.save_attendance(s, actors["tutor"], sid, {i["b"]: "S"})
    before = _count(db, AuditLog)
    with pytest.raises(ValidationError, match=r"memerlukan alasan.*Bambang Irawan "
                                              r"\(PM-2026-00002\): S → H") as err:
        with db.session() as s:
            att.save_attendance(s, actors["tutor"], sid, {i["b"]: "H", i["a"]: "H"},
                                reason="  ")
    assert err.value.field == "reason"
    assert _codes(db, sid)[i["b"]] == "S" and _count(db, AuditLog) == before
    with db.session() as s:
        sheet = att.save_attendance(s, actors["tutor"], sid, {i["b"]: "H", i["a"]: "H"},
                                    reason="Salah isi: ternyata hadir")
    assert {r.client_id: r.code for r in sheet.rows}[i["b"]] == "H"
    with db.session() as s:
        rows = list(s.execute(select(AuditLog).where(AuditLog.action == "attendance.correct"))
                    .scalars())
        version = s.execute(select(Attendance.version).where(
            Attendance.session_id == sid, Attendance.client_id == i["b"])).scalar_one()
    assert len(rows) == 1 and rows[0].entity == "attendance"
    assert rows[0].before == {"session_id": sid, "client_id": i["b"], "code": "S"}
    assert rows[0].after == {"code": "H"} and rows[0].reason == "Salah isi: ternyata hadir"
    assert version == 2


def test_invalid_code_lists_valid_codes_and_writes_nothing(
        db: Database, actors: dict[str, Actor], cls: dict[str, Any]) -> None:
    i, sid = cls["ids"], cls["sessions"]["nov3"]
    with pytest.raises(ValidationError, match=r"'X' untuk Citra Dewi \(PM-2026-00003\).*"
                       r"H \(Hadir\), S \(Sakit\), I \(Izin\), A \(Alpa\), T \(Terlambat\)"):
        with db.session() as s:
            att.save_attendance(s, actors["tutor"], sid, {i["a"]: "S", i["c"]: "X"})
    with pytest.raises(ValidationError, match="bawaan 'Y'"):
        with db.session() as s:
            att.save_attendance(s, actors["tutor"], sid, {}, default="Y")
    assert _count(db, Attendance) == 0


def test_client_outside_the_cohort_is_refused_by_name(
        db: Database, actors: dict[str, Actor], cls: dict[str, Any]) -> None:
    i, sessions = cls["ids"], cls["sessions"]
    with pytest.raises(ValidationError, match=r"Fajar Nugroho \(PM-2026-00006\) tidak "
                                              "terdaftar sebagai peserta angkatan Jahit 2026-2"):
        with db.session() as s:
            att.save_attendance(s, actors["tutor"], sessions["nov3"], {i["f"]: "H"})
    with pytest.raises(ValidationError, match="klien nomor 999 "):
        with db.session() as s:
            att.save_attendance(s, actors["tutor"], sessions["nov3"], {999: "H"})
    with pytest.raises(ValidationError, match=r"Dedi Kurnia \(PM-2026-00004\) bukan peserta "
                                              "angkatan Jahit 2026-2 pada tanggal 03-11-2026"):
        with db.session() as s:
            att.save_attendance(s, actors["tutor"], sessions["nov3"], {i["d"]: "H"})
    assert _count(db, Attendance) == 0


def test_tutor_only_on_own_cohort_and_head_only_reads(
        db: Database, actors: dict[str, Actor], cls: dict[str, Any]) -> None:
    sid = cls["sessions"]["nov3"]
    with pytest.raises(PermissionDenied, match="Angkatan Jahit 2026-2 bukan angkatan Anda."):
        with db.session() as s:
            att.save_attendance(s, actors["tutor2"], sid, {})
    with pytest.raises(PermissionDenied, match="bukan angkatan Anda"):
        with db.session() as s:
            att.attendance_sheet(s, actors["tutor2"], sid)
    with pytest.raises(PermissionDenied, match="mengisi kehadiran"):
        with db.session() as s:
            att.save_attendance(s, actors["head"], sid, {})
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            att.monthly_recap(s, actors["tutor2"], cls["cohort"].id, 2026, 11)
    with db.session() as s:
        assert len(att.attendance_sheet(s, actors["head"], sid).rows) == 3
    assert _count(db, Attendance) == 0


def _fill_the_term(db: Database, actor: Actor, cls: dict[str, Any]) -> None:
    i, ss = cls["ids"], cls["sessions"]
    with db.session() as s:
        att.save_attendance(s, actor, ss["oct30"], {})
        att.save_attendance(s, actor, ss["nov3"], {i["b"]: "S"})
        att.save_attendance(s, actor, ss["nov5"], {i["c"]: "A", i["a"]: "T"})
        att.save_attendance(s, actor, ss["nov12a"], {})
        att.save_attendance(s, actor, ss["nov12b"], {i["a"]: "I", i["d"]: "H"}, default=None)
        att.save_attendance(s, actor, ss["dec1"], {})


def test_monthly_recap_numbers(db: Database, actors: dict[str, Actor],
                               cls: dict[str, Any]) -> None:
    _fill_the_term(db, actors["tutor"], cls)
    with db.session() as s:
        recap = att.monthly_recap(s, actors["tutor"], cls["cohort"].id, 2026, 11)
    nov = lambda d: date(2026, 11, d)  # noqa: E731
    assert recap.days == [nov(3), nov(5), nov(12)]
    assert (recap.cohort_name, recap.track_name, recap.tutor_name) == (
        "Jahit 2026-2", "Menjahit", "Budi Santoso")
    by_name = {r.client_name: r for r in recap.rows}
    assert list(by_name) == ["Agus Salim", "Bambang Irawan", "Citra Dewi", "Dedi Kurnia"]
    agus, bambang, citra, dedi = by_name.values()
    assert agus.codes == {nov(3): "H", nov(5): "T", nov(12): "H/I"}
    assert agus.counts == {"H": 2, "S": 0, "I": 1, "A": 0, "T": 1}
    assert agus.percent == pytest.approx(3 / 4)
    assert bambang.codes == {nov(3): "S", nov(5): "H", nov(12): "H"}
    assert bambang.counts == {"H": 2, "S": 1, "I": 0, "A": 0, "T": 0}
    assert bambang.percent == pytest.approx(2 / 3)
    assert citra.counts == {"H": 2, "S": 0, "I": 0, "A": 1, "T": 0}
    assert dedi.codes == {nov(12): "H"} and dedi.counts["H"] == 2 and dedi.percent == 1.0
    assert recap.totals == {"H": 8, "S": 1, "I": 1, "A": 1, "T": 1}
    assert recap.percent == pytest.approx(9 / 12)

    with db.session() as s:
        october = att.monthly_recap(s, actors["head"], cls["cohort"].id, 2026, 10)
        empty = att.monthly_recap(s, actors["head"], cls["cohort"].id, 2026, 9)
    assert october.days == [date(2026, 10, 30)]
    assert [(r.client_name, r.percent) for r in october.rows] == [
        ("Agus Salim", 1.0), ("Bambang Irawan", 1.0), ("Citra Dewi", 1.0),
        ("Eko Prasetyo", None)]
    assert october.totals["H"] == 3 and october.percent == 1.0
    assert empty.days == [] and empty.rows == [] and empty.percent is None
    with pytest.raises(ValidationError, match="Bulan harus 1 sampai 12") as err:
        with db.session() as s:
            att.monthly_recap(s, actors["head"], cls["cohort"].id, 2026, 13)
    assert err.value.field == "month"


def test_enrollment_attendance_percent(db: Database, actors: dict[str, Actor],
                                       cls: dict[str, Any]) -> None:
    _fill_the_term(db, actors["staff"], cls)
    with db.session() as s:
        views = {v.client_name: v for v in tr.list_enrollments(s, actors["staff"],
                                                              cls["cohort"].id)}
    # Agus: H, H, T, H, I, H -> 5 of 6 present; Eko never recorded
    assert views["Agus Salim"].attendance_percent == pytest.approx(5 / 6)
    assert views["Citra Dewi"].attendance_percent == pytest.approx(4 / 5)
    assert views["Dedi Kurnia"].attendance_percent == 1.0
    assert views["Eko Prasetyo"].attendance_percent is None
    assert _count(db, AuditLog, AuditLog.action == "attendance.save") == 6


def _statements_to_save(db: Database, actor: Actor, session_id: int) -> int:
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.session() as s:
            att.save_attendance(s, actor, session_id, {})
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(seen)


def test_save_uses_bulk_queries_whatever_the_class_size(db: Database,
                                                        actors: dict[str, Actor]) -> None:
    staff = actors["staff"]
    small = make_clients(db, [f"Peserta Kecil {n}" for n in range(3)], first=100)
    large = make_clients(db, [f"Peserta Besar {n:02d}" for n in range(30)], first=200)
    with db.session() as s:
        track = tr.create_track(s, staff, tr.TrackInput("BOGA", "Tata Boga"))
        sessions = []
        for name, ids in (("Kecil", small), ("Besar", large)):
            cohort = tr.create_cohort(s, staff, tr.CohortInput(track.id, name, START, END))
            tr.enroll_clients(s, staff, cohort.id, ids, enrolled_on=START)
            sessions.append(tr.add_session(s, staff, cohort.id,
                                           tr.SessionInput(date(2026, 10, 6), 4)).id)
    n_small = _statements_to_save(db, staff, sessions[0])
    n_large = _statements_to_save(db, staff, sessions[1])
    assert n_large == n_small and n_large <= 20
    assert _count(db, Attendance, Attendance.session_id == sessions[1]) == 30
