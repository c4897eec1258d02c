"""Training service: tracks, cohorts, enrollments, sessions; permissions, refusals, audit."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.errors import (
    ConflictError,
    DuplicateError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
    WorkflowError,
)
from jssc_desktop.services import training as tr
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    Attendance,
    AuditLog,
    Client,
    Cohort,
    Enrollment,
    TrainingSession,
    TrainingTrack,
    Tutor,
)

pytestmark = pytest.mark.storage

START, END = date(2026, 10, 1), date(2026, 12, 31)


def _count(db: Database, model: Any, *where: Any) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def _actions(db: Database) -> list[str]:
    """The audit actions written, after the actors fixture's own users' creation rows."""
    with db.session() as s:
        return list(s.execute(select(AuditLog.action).where(AuditLog.entity != "user")
                              .order_by(AuditLog.id)).scalars())


def make_clients(db: Database, names: list[str], *, status: str = "aktif",
                 first: int = 1) -> list[int]:
    """Client rows straight through the ORM (the clients service is tested on its own)."""
    ids = []
    with db.session() as s:
        for i, name in enumerate(names, start=first):
            c = Client(reg_no=f"PM-2026-{i:05d}", nik=None, nik_missing_reason="tidak_punya",
                       name=name, name_normalized=name.casefold(), sex="L", ppks_code="P04",
                       admission_date=date(2026, 1, 5), status=status)
            if status == "terminasi":
                c.discharge_date, c.discharge_reason = date(2026, 6, 1), "selesai"
            s.add(c)
            s.flush()
            ids.append(c.id)
    return ids


@pytest.fixture
def world(db: Database, actors: dict[str, Actor]) -> dict[str, Any]:
    """A track with one cohort taught by actors['tutor'] and one by actors['tutor2']."""
    admin = actors["admin"]
    with db.session() as s:
        track = tr.create_track(s, admin, tr.TrackInput("ac", "Reparasi AC", total_jp=120))
        mine = tr.create_cohort(s, admin, tr.CohortInput(
            track.id, "AC 2026-1", START, END, tutor_id=actors["tutor"].tutor_id,
            planned_jp=120, capacity=3))
        other = tr.create_cohort(s, admin, tr.CohortInput(
            track.id, "AC 2026-2", START, END, tutor_id=actors["tutor2"].tutor_id))
    clients = make_clients(db, ["Agus Salim", "Bambang Irawan", "Citra Dewi", "Dedi Kurnia"])
    return {"track": track, "cohort": mine, "other": other, "clients": clients}


# ------------------------------------------------------------------------------------- tracks


def test_create_track_normalizes_and_audits(db: Database, actors: dict[str, Actor]) -> None:
    with db.session() as s:
        view = tr.create_track(s, actors["staff"], tr.TrackInput(
            " boga ", "  Tata   Boga ", description="Memasak", total_jp=200))
    assert (view.code, view.name, view.total_jp, view.cohorts, view.active) == (
        "BOGA", "Tata Boga", 200, 0, True)
    with db.session() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "track.create")).scalar_one()
        assert row.entity == "training_track" and row.entity_id == view.id
        assert row.after["code"] == "BOGA" and row.username == "staf"


def test_track_duplicates_and_bad_values_are_refused(db: Database,
                                                     actors: dict[str, Actor]) -> None:
    admin = actors["admin"]
    with db.session() as s:
        first = tr.create_track(s, admin, tr.TrackInput("JAHIT", "Menjahit"))
    with pytest.raises(DuplicateError, match="Kode program 'JAHIT'.*Menjahit") as err:
        with db.session() as s:
            tr.create_track(s, admin, tr.TrackInput("jahit", "Konveksi"))
    assert err.value.existing_id == first.id and err.value.field == "code"
    with pytest.raises(DuplicateError, match="Nama program 'Menjahit'"):
        with db.session() as s:
            tr.create_track(s, admin, tr.TrackInput("JHT", "menjahit"))
    with pytest.raises(ValidationError) as verr:
        with db.session() as s:
            tr.create_track(s, admin, tr.TrackInput("OTO", "Otomotif", total_jp=-1))
    assert verr.value.field == "total_jp"
    with pytest.raises(ValidationError, match="Kode program"):
        with db.session() as s:
            tr.create_track(s, admin, tr.TrackInput("A/C", "Pendingin"))
    assert _count(db, TrainingTrack) == 1
    assert _actions(db) == ["track.create"]


def test_only_admin_and_staff_manage_tracks(db: Database, actors: dict[str, Actor]) -> None:
    for who in ("tutor", "head"):
        with pytest.raises(PermissionDenied, match="mengelola program"):
            with db.session() as s:
                tr.create_track(s, actors[who], tr.TrackInput("X", "X"))
    assert _count(db, TrainingTrack) == 0


def test_update_track_with_version(db: Database, actors: dict[str, Actor]) -> None:
    admin = actors["admin"]
    with db.session() as s:
        view = tr.create_track(s, admin, tr.TrackInput("AC", "Reparasi AC"))
    with db.session() as s:
        updated = tr.update_track(s, admin, view.id, tr.TrackInput(
            "AC", "Reparasi AC dan Kulkas", total_jp=160), version=view.version)
    assert updated.version == view.version + 1 and updated.total_jp == 160
    with pytest.raises(ConflictError, match="diubah oleh pengguna lain"):
        with db.session() as s:
            tr.update_track(s, admin, view.id, tr.TrackInput("AC", "Lama"),
                            version=view.version)
    with db.session() as s:
        assert s.get(TrainingTrack, view.id).name == "Reparasi AC dan Kulkas"  # type: ignore[union-attr]
        row = s.execute(select(AuditLog).where(AuditLog.action == "track.update")).scalar_one()
    assert (row.before["name"], row.before["total_jp"]) == ("Reparasi AC", 0)
    assert (row.after["name"], row.after["total_jp"]) == ("Reparasi AC dan Kulkas", 160)
    assert "code" not in row.after


def test_list_tracks_hides_inactive(db: Database, actors: dict[str, Actor]) -> None:
    with db.session() as s:
        tr.create_track(s, actors["admin"], tr.TrackInput("AC", "Reparasi AC"))
        tr.create_track(s, actors["admin"], tr.TrackInput("CUKUR", "Pangkas Rambut",
                                                          active=False))
    with db.session() as s:
        assert [t.code for t in tr.list_tracks(s, actors["tutor"])] == ["AC"]
        assert [t.code for t in tr.list_tracks(s, actors["head"], include_inactive=True)] == [
            "CUKUR", "AC"]


# ------------------------------------------------------------------------------------ cohorts


def test_create_cohort_view_and_audit(db: Database, actors: dict[str, Actor],
                                      world: dict[str, Any]) -> None:
    c = world["cohort"]
    assert c.track_name == "Reparasi AC" and c.tutor_name == "Budi Santoso"
    assert (c.status, c.status_name, c.enrolled, c.sessions, c.jp_delivered) == (
        "direncanakan", "Direncanakan", 0, 0, 0)
    assert _actions(db).count("cohort.create") == 2


@pytest.mark.parametrize("change, field, message", [
    ({"end_date": date(2026, 9, 30)}, "end_date", "sebelum tanggal mulai"),
    ({"capacity": -1}, "capacity", "Kapasitas"),
    ({"planned_jp": -5}, "planned_jp", "Rencana JP"),
    ({"tutor_id": 9999}, "tutor_id", "tidak ditemukan"),
    ({"name": "  "}, "name", "Nama angkatan wajib"),
    ({"track_id": 9999}, "track_id", "Program keterampilan"),
])
def test_create_cohort_refusals(db: Database, actors: dict[str, Actor], world: dict[str, Any],
                                change: dict[str, Any], field: str, message: str) -> None:
    values: dict[str, Any] = {"track_id": world["track"].id, "name": "AC 2027-1",
                              "start_date": START, "end_date": END}
    values.update(change)
    with pytest.raises(ValidationError, match=message) as err:
        with db.session() as s:
            tr.create_cohort(s, actors["staff"], tr.CohortInput(**values))
    assert err.value.field == field
    assert _count(db, Cohort) == 2


def test_cohort_refuses_inactive_tutor_and_duplicate_name(
        db: Database, actors: dict[str, Actor], world: dict[str, Any]) -> None:
    with db.session() as s:
        retired = Tutor(name="Pak Tua", tutor_type="internal", active=False)
        s.add(retired)
        s.flush()
        retired_id = retired.id
    with pytest.raises(ValidationError, match="Pak Tua tidak aktif"):
        with db.session() as s:
            tr.create_cohort(s, actors["admin"], tr.CohortInput(
                world["track"].id, "AC 2027-1", START, END, tutor_id=retired_id))
    with pytest.raises(DuplicateError, match="AC 2026-1"):
        with db.session() as s:
            tr.create_cohort(s, actors["admin"], tr.CohortInput(
                world["track"].id, "ac 2026-1", START, END))
    assert _count(db, Cohort) == 2


def test_tutor_sees_only_own_cohorts(db: Database, actors: dict[str, Actor],
                                     world: dict[str, Any]) -> None:
    with db.session() as s:
        assert [c.name for c in tr.list_cohorts(s, actors["tutor"])] == ["AC 2026-1"]
        assert [c.name for c in tr.list_cohorts(s, actors["tutor2"])] == ["AC 2026-2"]
        assert len(tr.list_cohorts(s, actors["head"])) == 2
        assert tr.get_cohort(s, actors["tutor"], world["cohort"].id).name == "AC 2026-1"
    with pytest.raises(PermissionDenied, match="Angkatan AC 2026-1 bukan angkatan Anda."):
        with db.session() as s:
            tr.get_cohort(s, actors["tutor2"], world["cohort"].id)
    with pytest.raises(PermissionDenied, match="bukan angkatan Anda"):
        with db.session() as s:
            tr.list_enrollments(s, actors["tutor2"], world["cohort"].id)


def test_update_cohort_stale_and_status(db: Database, actors: dict[str, Actor],
                                        world: dict[str, Any]) -> None:
    c = world["cohort"]
    data = tr.CohortInput(c.track_id, c.name, START, END, tutor_id=c.tutor_id, planned_jp=100,
                          capacity=3)
    with db.session() as s:
        updated = tr.update_cohort(s, actors["staff"], c.id, data, version=c.version)
    assert updated.planned_jp == 100 and updated.version == c.version + 1
    with pytest.raises(ConflictError):
        with db.session() as s:
            tr.update_cohort(s, actors["staff"], c.id, data, version=c.version)
    with db.session() as s:
        running = tr.set_cohort_status(s, actors["staff"], c.id, "berjalan",
                                       version=updated.version)
    assert running.status_name == "Berjalan"
    with pytest.raises(ValidationError, match="Status angkatan"):
        with db.session() as s:
            tr.set_cohort_status(s, actors["staff"], c.id, "batal")
    with db.session() as s:
        assert [c.name for c in tr.list_cohorts(s, actors["admin"], status="berjalan")] == [
            "AC 2026-1"]


# -------------------------------------------------------------------------------- enrollments


def test_enroll_clients_happy_path(db: Database, actors: dict[str, Actor],
                                   world: dict[str, Any]) -> None:
    a, b, *_ = world["clients"]
    with db.session() as s:
        views = tr.enroll_clients(s, actors["staff"], world["cohort"].id, [b, a, a],
                                  enrolled_on=START)
    assert [v.client_name for v in views] == ["Bambang Irawan", "Agus Salim"]
    assert all(v.status == "aktif" and v.status_name == "Aktif" for v in views)
    assert views[0].reg_no == "PM-2026-00002" and views[0].attendance_percent is None
    assert _actions(db).count("enrollment.create") == 2
    with db.session() as s:
        assert tr.get_cohort(s, actors["admin"], world["cohort"].id).enrolled == 2
        listed = tr.list_enrollments(s, actors["tutor"], world["cohort"].id)
    assert [v.client_name for v in listed] == ["Agus Salim", "Bambang Irawan"]
    assert listed[0].cohort_name == "AC 2026-1" and listed[0].track_name == "Reparasi AC"


def test_enroll_refusals_write_nothing(db: Database, actors: dict[str, Actor],
                                       world: dict[str, Any]) -> None:
    a, b, c, d = world["clients"]
    [gone] = make_clients(db, ["Eko Prasetyo"], status="terminasi", first=50)
    cohort_id = world["cohort"].id
    staff = actors["staff"]

    def refused(exc: type[Exception], ids: list[int], pattern: str,
                cohort: int = cohort_id) -> None:
        before = _count(db, Enrollment), _count(db, AuditLog)
        with pytest.raises(exc, match=pattern):
            with db.session() as s:
                tr.enroll_clients(s, staff, cohort, ids, enrolled_on=START)
        assert (_count(db, Enrollment), _count(db, AuditLog)) == before

    refused(ValidationError, [a, gone], r"Eko Prasetyo \(PM-2026-00050\) tidak berstatus aktif")
    refused(NotFoundError, [a, 4242], "Klien dengan nomor 4242 tidak ditemukan")
    refused(ValidationError, [a, b, c, d], r"Kapasitas angkatan AC 2026-1 3 orang.*Dedi Kurnia")
    refused(ValidationError, [], "minimal satu klien")
    with db.session() as s:
        tr.enroll_clients(s, staff, cohort_id, [a], enrolled_on=START)
    refused(DuplicateError, [b, a], r"Agus Salim \(PM-2026-00001\) sudah terdaftar di angkatan")
    refused(ValidationError, [c, a], r"Agus Salim \(PM-2026-00001\) masih aktif di angkatan "
            "AC 2026-1", cohort=world["other"].id)
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            tr.enroll_clients(s, actors["tutor"], cohort_id, [b], enrolled_on=START)
    assert _count(db, Enrollment) == 1


def test_withdraw_then_reenroll(db: Database, actors: dict[str, Actor],
                                world: dict[str, Any]) -> None:
    a = world["clients"][0]
    with db.session() as s:
        [view] = tr.enroll_clients(s, actors["staff"], world["cohort"].id, [a],
                                   enrolled_on=START)
    with pytest.raises(ValidationError, match="sebelum tanggal masuk"):
        with db.session() as s:
            tr.withdraw_enrollment(s, actors["staff"], view.id, withdrawn_on=date(2026, 9, 1))
    with db.session() as s:
        out = tr.withdraw_enrollment(s, actors["staff"], view.id, withdrawn_on=date(2026, 10, 9),
                                     reason="Pindah program", version=view.version)
    assert out.status == "keluar" and out.withdrawn_on == date(2026, 10, 9)
    with pytest.raises(WorkflowError, match="berstatus Keluar"):
        with db.session() as s:
            tr.withdraw_enrollment(s, actors["staff"], view.id, withdrawn_on=date(2026, 10, 9))
    with db.session() as s:
        assert tr.get_cohort(s, actors["staff"], world["cohort"].id).enrolled == 0
        # now free to join the other cohort of the same track, or come back to this one
        [back] = tr.enroll_clients(s, actors["staff"], world["cohort"].id, [a],
                                   enrolled_on=date(2026, 10, 20))
    assert back.id == view.id and back.status == "aktif" and back.withdrawn_on is None
    with db.session() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "enrollment.withdraw")
                        ).scalar_one()
    assert row.reason == "Pindah program" and row.after["status"] == "keluar"
    assert "enrollment.reenroll" in _actions(db)


# ----------------------------------------------------------------------------------- sessions


def test_sessions_add_list_and_counts(db: Database, actors: dict[str, Actor],
                                      world: dict[str, Any]) -> None:
    cid = world["cohort"].id
    with db.session() as s:
        first = tr.add_session(s, actors["tutor"], cid, tr.SessionInput(
            date(2026, 10, 5), 4, topic="Pengenalan alat"))
        tr.add_session(s, actors["staff"], cid, tr.SessionInput(date(2026, 10, 2), 6))
    assert first.tutor_id == actors["tutor"].tutor_id and first.tutor_name == "Budi Santoso"
    assert first.recorded == 0
    with db.session() as s:
        listed = tr.list_sessions(s, actors["tutor"], cid)
        cohort = tr.get_cohort(s, actors["tutor"], cid)
    assert [x.session_date.day for x in listed] == [2, 5]
    assert (cohort.sessions, cohort.jp_delivered) == (2, 10)
    assert _actions(db).count("session.create") == 2


@pytest.mark.parametrize("day, jp, field", [
    (date(2026, 9, 30), 4, "session_date"),
    (date(2027, 1, 1), 4, "session_date"),
    (date(2026, 10, 5), 0, "jp"),
    (date(2026, 10, 5), 13, "jp"),
])
def test_session_refusals(db: Database, actors: dict[str, Actor], world: dict[str, Any],
                          day: date, jp: int, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        with db.session() as s:
            tr.add_session(s, actors["staff"], world["cohort"].id, tr.SessionInput(day, jp))
    assert err.value.field == field
    assert _count(db, TrainingSession) == 0


def test_tutor_restricted_to_own_cohort_sessions(db: Database, actors: dict[str, Actor],
                                                 world: dict[str, Any]) -> None:
    with pytest.raises(PermissionDenied, match="Angkatan AC 2026-1 bukan angkatan Anda."):
        with db.session() as s:
            tr.add_session(s, actors["tutor2"], world["cohort"].id,
                           tr.SessionInput(date(2026, 10, 5), 4))
    with pytest.raises(PermissionDenied, match="atas namanya sendiri"):
        with db.session() as s:
            tr.add_session(s, actors["tutor"], world["cohort"].id, tr.SessionInput(
                date(2026, 10, 5), 4, tutor_id=actors["tutor2"].tutor_id))
    with pytest.raises(PermissionDenied, match="Kepala UPT"):
        with db.session() as s:
            tr.add_session(s, actors["head"], world["cohort"].id,
                           tr.SessionInput(date(2026, 10, 5), 4))
    assert _count(db, TrainingSession) == 0


def test_update_and_delete_session(db: Database, actors: dict[str, Actor],
                                   world: dict[str, Any]) -> None:
    cid = world["cohort"].id
    a = world["clients"][0]
    with db.session() as s:
        tr.enroll_clients(s, actors["staff"], cid, [a], enrolled_on=START)
        one = tr.add_session(s, actors["tutor"], cid, tr.SessionInput(date(2026, 10, 5), 4))
        two = tr.add_session(s, actors["tutor"], cid, tr.SessionInput(date(2026, 10, 6), 4))
    with db.session() as s:
        moved = tr.update_session(s, actors["tutor"], one.id, tr.SessionInput(
            date(2026, 10, 7), 5, topic="Praktik"), version=one.version)
    assert (moved.session_date, moved.jp, moved.topic, moved.version) == (
        date(2026, 10, 7), 5, "Praktik", one.version + 1)
    with pytest.raises(ConflictError):
        with db.session() as s:
            tr.update_session(s, actors["tutor"], one.id, tr.SessionInput(
                date(2026, 10, 8), 5), version=one.version)
    with db.session() as s:
        s.add(Attendance(session_id=one.id, client_id=a, code="H"))
    with pytest.raises(WorkflowError, match="sudah berisi 1 catatan kehadiran"):
        with db.session() as s:
            tr.delete_session(s, actors["tutor"], one.id)
    with db.session() as s:
        tr.delete_session(s, actors["tutor"], two.id)
    assert _count(db, TrainingSession) == 1
    with db.session() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "session.delete")).scalar_one()
    assert row.entity_id == two.id and row.before["session_date"] == "2026-10-06"


def test_update_cohort_keeps_sessions_and_participants_inside(
        db: Database, actors: dict[str, Actor], world: dict[str, Any]) -> None:
    c = world["cohort"]
    with db.session() as s:
        tr.enroll_clients(s, actors["staff"], c.id, world["clients"][:2], enrolled_on=START)
        tr.add_session(s, actors["staff"], c.id, tr.SessionInput(date(2026, 12, 20), 4))
    with pytest.raises(ValidationError, match="sudah memiliki pertemuan") as err:
        with db.session() as s:
            tr.update_cohort(s, actors["staff"], c.id, tr.CohortInput(
                c.track_id, c.name, START, date(2026, 12, 15), tutor_id=c.tutor_id),
                version=None)
    assert err.value.field == "end_date"
    with pytest.raises(ValidationError, match="jumlah peserta") as err:
        with db.session() as s:
            tr.update_cohort(s, actors["staff"], c.id, tr.CohortInput(
                c.track_id, c.name, START, END, tutor_id=c.tutor_id, capacity=1), version=None)
    assert err.value.field == "capacity"
    with db.session() as s:
        assert s.get(Cohort, c.id).version == c.version  # type: ignore[union-attr]
