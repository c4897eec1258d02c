"""Every role against every action (docs/ARCHITECTURE.md "Roles" and services.base.PERMISSIONS).

One data set per backend (a profile, clients, a track with three cohorts: A taught by
``actors['tutor']``, B by ``actors['tutor2']``, C finished with a graduate and follow-ups, sessions,
attendance, facility requests in every status an action starts from, a tutor agreement), built
once; each (action, role) case runs inside a transaction that is rolled back afterwards, so every
case starts from exactly that data set:

- an allowed case must really succeed (no exception at all, plus a check of what it returned);
- a refused case must raise PermissionDenied having written nothing, even inside its own
  transaction, and the database must be exactly as before.

Cohort-bound actions work on cohort A: ``tutor`` owns it and ``tutor2`` does not, which checks the
tutor-own-cohort rule in every one of them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jssc_desktop.domain.errors import PermissionDenied
from jssc_desktop.domain.nik import make_nik, mask_nik
from jssc_desktop.services import attendance as ATT
from jssc_desktop.services import audit_log as AUD
from jssc_desktop.services import clients as C
from jssc_desktop.services import dashboard as DASH
from jssc_desktop.services import facility as F
from jssc_desktop.services import followups as FU
from jssc_desktop.services import graduation as G
from jssc_desktop.services import imports as IMP
from jssc_desktop.services import privacy as PRIV
from jssc_desktop.services import profile as PROF
from jssc_desktop.services import settings as SET
from jssc_desktop.services import training as T
from jssc_desktop.services import tutors as TU
from jssc_desktop.services import users as U
from jssc_desktop.services.base import Actor, audit
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    Attendance,
    Base,
    Client,
    Cohort,
    Consent,
    Enrollment,
    FacilityAttachment,
    FacilityRequest,
    FacilityStatusChange,
    FollowUp,
    StageHistory,
    TrainingSession,
    TrainingTrack,
    Tutor,
    TutorAgreement,
    UptProfile,
    User,
)
from tests.conftest import BACKENDS, PG_URL, _fresh_pg, _fresh_sqlite, _make_actors

TODAY = date(2026, 11, 23)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
#: The UPT's roles, and the province's two (``prov_staff``, ``prov_head``): a province user
#: signed in to a UPT's database may do nothing there but read the installation's profile.
ROLES = ("admin", "staff", "head", "tutor", "tutor2", "prov_staff", "prov_head")

# ------------------------------------------------------------------------------ the data set


def _client(s: Session, n: int, name: str, sex: str, birth: date, admitted: date,
            **extra: Any) -> Client:
    client = Client(reg_no=f"PM-{admitted.year}-{n:05d}", name=name,
                    name_normalized=name.lower(), sex=sex, birth_date=birth,
                    nik=make_nik("3507", sex, birth, n), kk=f"35070101010100{n:02d}",
                    ppks_code="P02", kab_kota_code="3507", admission_date=admitted,
                    health_notes="Catatan kesehatan", address="Jl. Mawar", phone="0812",
                    status="aktif", current_stage="pendekatan_awal", **extra)
    s.add(client)
    s.flush()
    s.add(StageHistory(client_id=client.id, stage="pendekatan_awal", started_on=admitted))
    return client


def _facility(s: Session, number: str, status: str, path: list[str],
              created_by: int) -> FacilityRequest:
    req = FacilityRequest(number=number, title=f"Usulan {number}", kind="nonfisik",
                          funding_source="csr", estimated_cost=10_000_000, status=status,
                          description="Peralatan praktik sudah usang.", created_by=created_by,
                          submitted_on=date(2026, 10, 1) if status != "draf" else None)
    s.add(req)
    s.flush()
    previous = None
    for i, step in enumerate(path):
        s.add(FacilityStatusChange(request_id=req.id, from_status=previous, to_status=step,
                                   changed_on=date(2026, 10, 1 + i), user_id=created_by))
        previous = step
    return req


def build_dataset(db: Database, actors: dict[str, Actor]) -> dict[str, int]:
    tutor1, tutor2 = actors["tutor"].tutor_id, actors["tutor2"].tutor_id
    admin = actors["admin"]
    ids: dict[str, int] = {"tutor1": tutor1 or 0, "tutor2": tutor2 or 0}
    with db.session() as s:
        s.add(UptProfile(name="UPT Pelayanan Sosial Bina Remaja Malang", code="PSBR-MLG",
                         kab_kota_code="3507", capacity=100, head_name="Drs. Kepala",
                         head_nip="197001011990031001"))
        track = TrainingTrack(code="AC", name="Reparasi AC", total_jp=120)
        s.add(track)
        s.flush()
        cohort_a = Cohort(track_id=track.id, name="Angkatan A", tutor_id=tutor1,
                          start_date=date(2026, 9, 1), end_date=date(2026, 12, 31),
                          planned_jp=120, capacity=0, status="berjalan")
        cohort_b = Cohort(track_id=track.id, name="Angkatan B", tutor_id=tutor2,
                          start_date=date(2026, 9, 1), end_date=date(2026, 12, 31),
                          status="berjalan")
        cohort_c = Cohort(track_id=track.id, name="Angkatan 2018", tutor_id=None,
                          start_date=date(2018, 3, 1), end_date=date(2018, 8, 31),
                          status="selesai")
        s.add_all([cohort_a, cohort_b, cohort_c])
        s.flush()
        c1 = _client(s, 1, "Ahmad Fauzi", "L", date(2004, 5, 1), date(2026, 8, 1))
        c2 = _client(s, 2, "Bayu Saputra", "L", date(2003, 6, 2), date(2026, 8, 1))
        c3 = _client(s, 3, "Citra Lestari", "P", date(2005, 7, 3), date(2026, 8, 1))
        c5 = _client(s, 5, "Eko Prasetyo", "L", date(2002, 8, 5), date(2026, 8, 1))
        c4 = Client(reg_no="PM-2018-00004", name="Dewi Anggraini",
                    name_normalized="dewi anggraini", sex="P", birth_date=date(1999, 1, 4),
                    nik=make_nik("3507", "P", date(1999, 1, 4), 4), ppks_code="P02",
                    admission_date=date(2018, 1, 10), status="terminasi",
                    current_stage="terminasi", discharge_date=date(2019, 2, 1),
                    discharge_reason="selesai", health_notes="Riwayat asma")
        s.add(c4)
        s.flush()
        s.add_all([
            StageHistory(client_id=c4.id, stage="pendekatan_awal", started_on=date(2018, 1, 10)),
            StageHistory(client_id=c4.id, stage="terminasi", started_on=date(2019, 2, 1)),
        ])
        consent = Consent(client_id=c1.id, kind="klien", given_by="Ahmad Fauzi",
                          given_on=date(2026, 8, 1))
        s.add(consent)
        e1 = Enrollment(cohort_id=cohort_a.id, client_id=c1.id, enrolled_on=date(2026, 9, 1))
        e5 = Enrollment(cohort_id=cohort_a.id, client_id=c5.id, enrolled_on=date(2026, 9, 1),
                        competency_result="kompeten", assessment_score=90,
                        assessed_on=date(2026, 11, 2))
        e2 = Enrollment(cohort_id=cohort_b.id, client_id=c2.id, enrolled_on=date(2026, 9, 1))
        e4 = Enrollment(cohort_id=cohort_c.id, client_id=c4.id, enrolled_on=date(2018, 3, 1),
                        status="lulus", competency_result="kompeten",
                        certificate_no="0001/AC/PSBR-MLG/2018", graduated_on=date(2018, 8, 31))
        s.add_all([e1, e5, e2, e4])
        s.flush()
        fu_done = FollowUp(enrollment_id=e4.id, client_id=c4.id, months_after=3,
                           due_date=date(2018, 11, 30), done_date=date(2018, 12, 1),
                           method="telepon", outcome="bekerja", monthly_income=2_000_000)
        fu_open = FollowUp(enrollment_id=e4.id, client_id=c4.id, months_after=6,
                           due_date=date(2019, 2, 28))
        s.add_all([fu_done, fu_open])
        sa1 = TrainingSession(cohort_id=cohort_a.id, session_date=date(2026, 10, 5), jp=4,
                              tutor_id=tutor1, topic="Dasar refrigerasi")
        sa2 = TrainingSession(cohort_id=cohort_a.id, session_date=date(2026, 10, 12), jp=4,
                              tutor_id=tutor1, topic="Pengukuran tekanan")
        sb1 = TrainingSession(cohort_id=cohort_b.id, session_date=date(2026, 10, 6), jp=4,
                              tutor_id=tutor2)
        s.add_all([sa1, sa2, sb1])
        s.flush()
        s.add_all([Attendance(session_id=sa1.id, client_id=c1.id, code="H"),
                   Attendance(session_id=sa1.id, client_id=c5.id, code="H"),
                   Attendance(session_id=sb1.id, client_id=c2.id, code="H")])
        s.add(TutorAgreement(tutor_id=tutor1, number="PKS/01/2026", start_date=date(2026, 1, 1),
                             end_date=date(2026, 12, 31), rate_per_jp=100_000))
        staff_id = actors["staff"].user_id or 0
        r_draf = _facility(s, "USL-2026-001", "draf", ["draf"], staff_id)
        r_sub = _facility(s, "USL-2026-002", "diajukan", ["draf", "diajukan"], staff_id)
        r_ver = _facility(s, "USL-2026-003", "diverifikasi",
                          ["draf", "diajukan", "diverifikasi"], staff_id)
        r_app = _facility(s, "USL-2026-004", "disetujui",
                          ["draf", "diajukan", "diverifikasi", "disetujui"], staff_id)
        r_work = _facility(s, "USL-2026-005", "dikerjakan",
                           ["draf", "diajukan", "diverifikasi", "disetujui", "dianggarkan",
                            "dikerjakan"], staff_id)
        att = FacilityAttachment(request_id=r_draf.id, kind="sebelum", file_name="bengkel.png",
                                 media_type="image/png", content=PNG,
                                 sha256=hashlib.sha256(PNG).hexdigest(),
                                 added_by=staff_id, added_at=datetime(2026, 10, 1, 9, 0))
        s.add(att)
        s.flush()
        audit(s, admin, "seed", "client", c1.id, after={"note": "data uji"})
        ids.update(track=track.id, cohort_a=cohort_a.id, cohort_b=cohort_b.id,
                   cohort_c=cohort_c.id, c1=c1.id, c2=c2.id, c3=c3.id, c4=c4.id, c5=c5.id,
                   consent=consent.id, e1=e1.id, e2=e2.id, e4=e4.id, e5=e5.id,
                   fu_done=fu_done.id, fu_open=fu_open.id, sa1=sa1.id, sa2=sa2.id, sb1=sb1.id,
                   r_draf=r_draf.id, r_sub=r_sub.id, r_ver=r_ver.id, r_app=r_app.id,
                   r_work=r_work.id, attachment=att.id, staff_user=staff_id)
    return ids


def fingerprint(s: Session) -> dict[str, list[str]]:
    """Every row of every table, for 'nothing changed' comparisons."""
    return {
        table.name: sorted(repr(tuple(row)) for row in s.execute(select(table)).all())
        for table in Base.metadata.sorted_tables
    }


# ------------------------------------------------------------------------------ the actions


@dataclass
class Ctx:
    s: Session
    db: Database
    ids: dict[str, int]
    actor: Actor
    role: str
    tmp: Path


@dataclass(frozen=True)
class Action:
    name: str
    allowed: frozenset[str]
    run: Callable[[Ctx], Any]
    check: Callable[[Ctx, Any], None] | None = None
    #: Takes the Database (opens its own unit of work) instead of running in the test's session.
    db_level: bool = False


ACTIONS: list[Action] = []


def action(name: str, allowed: str, *, check: Callable[[Ctx, Any], None] | None = None,
           db_level: bool = False) -> Callable[[Callable[[Ctx], Any]], Callable[[Ctx], Any]]:
    roles = frozenset(allowed.split())
    assert roles <= set(ROLES), roles

    def register(fn: Callable[[Ctx], Any]) -> Callable[[Ctx], Any]:
        ACTIONS.append(Action(name, roles, fn, check, db_level))
        return fn

    return register


EVERYONE = "admin staff head tutor tutor2"
READERS = "admin staff head"            # roles that read everything (not tutors)
EDITORS = "admin staff"                 # roles that edit clients, training, tutors, follow-ups
OWN_READ = "admin staff head tutor"     # cohort A: its own tutor reads it, tutor2 does not
OWN_WORK = "admin staff tutor"          # cohort A work of sessions, attendance, assessment
DECIDERS = "admin head"                 # audit trail, personal-data inventory
APPROVERS = "head"                      # approvals: the head only (an admin never approves)
#: staff may verify, but every request of the data set was submitted by the staff user, who
#: therefore may not verify, reject or return it (separation of duties)
VERIFIERS = "head"


def _client_input(**kw: Any) -> C.ClientInput:
    base: dict[str, Any] = {"name": "Fajar Nugroho", "sex": "L", "birth_date": date(2006, 1, 2),
                            "nik": make_nik("3573", "L", date(2006, 1, 2), 9),
                            "ppks_code": "P02", "kab_kota_code": "3573",
                            "admission_date": date(2026, 11, 1)}
    base.update(kw)
    return C.ClientInput(**base)


def _version(s: Session, model: Any, ident: int) -> int:
    obj = s.get(model, ident)
    assert obj is not None
    return int(obj.version)


# --- users, settings, profile, backup


@action("users.list_users", "admin",
        check=lambda c, r: {u.username for u in r} >= {"admin", "staf", "kepala"})
def _(c: Ctx) -> Any:
    return U.list_users(c.s, c.actor)


@action("users.create_user", "admin", check=lambda c, r: r.username == "operator2")
def _(c: Ctx) -> Any:
    return U.create_user(c.s, c.actor, username="operator2", full_name="Operator Dua",
                         role="staff", password="Rahasia-456-xyz")


@action("users.update_user", "admin", check=lambda c, r: r.full_name == "Staf Baru")
def _(c: Ctx) -> Any:
    uid = c.ids["staff_user"]
    return U.update_user(c.s, c.actor, uid, version=_version(c.s, User, uid),
                         full_name="Staf Baru")


@action("users.reset_password", "admin")
def _(c: Ctx) -> Any:
    U.reset_password(c.s, c.actor, c.ids["staff_user"], "Sementara-789-abc")
    user = c.s.get(User, c.ids["staff_user"])
    assert user is not None and user.must_change_password is True
    return user


@action("settings.set_setting", "admin",
        check=lambda c, r: SET.get_setting(c.s, "idle_lock_minutes") == "20")
def _(c: Ctx) -> Any:
    return SET.set_setting(c.s, c.actor, "idle_lock_minutes", "20")


@action("profile.get_profile", EVERYONE + " prov_staff prov_head",
        check=lambda c, r: r.code == "PSBR-MLG")
def _(c: Ctx) -> Any:
    return PROF.get_profile(c.s, c.actor)


@action("profile.save_profile", "admin", check=lambda c, r: r.capacity == 120)
def _(c: Ctx) -> Any:
    current = PROF.get_profile(c.s, Actor.system())
    assert current is not None
    return PROF.save_profile(c.s, c.actor, PROF.ProfileInput(
        name=current.name, code=current.code, kab_kota_code="3507", capacity=120,
        head_name="Drs. Kepala", head_nip="197001011990031001"), version=current.version)


@action("profile.set_logo", "admin", check=lambda c, r: r.has_logo)
def _(c: Ctx) -> Any:
    return PROF.set_logo(c.s, c.actor, PNG)


def _backup_ok(c: Ctx, info: Any) -> None:
    assert info.verified and Path(info.path).is_file()


@action("backups.make_backup", "admin", check=_backup_ok, db_level=True)
def _(c: Ctx) -> Any:
    from jssc_desktop.services.backups import make_backup

    return make_backup(c.db, c.actor, folder=c.tmp / "cadangan")


# --- clients


@action("clients.check_client", EDITORS, check=lambda c, r: r.duplicates == [])
def _(c: Ctx) -> Any:
    return C.check_client(c.s, c.actor, _client_input(), today=TODAY)


@action("clients.register_client", EDITORS, check=lambda c, r: r.reg_no == "PM-2026-00006")
def _(c: Ctx) -> Any:
    return C.register_client(c.s, c.actor, _client_input(), today=TODAY)


@action("clients.update_client", EDITORS, check=lambda c, r: r.phone == "081299990000")
def _(c: Ctx) -> Any:
    cur = c.s.get(Client, c.ids["c3"])  # read directly: get_client would audit a view
    assert cur is not None
    data = C.ClientInput(**{k: getattr(cur, k) for k in C.INPUT_FIELDS} | {
        "phone": "081299990000"})
    return C.update_client(c.s, c.actor, cur.id, data, version=cur.version, today=TODAY)


@action("clients.move_stage", EDITORS, check=lambda c, r: r.current_stage == "asesmen")
def _(c: Ctx) -> Any:
    return C.move_stage(c.s, c.actor, c.ids["c3"], stage="asesmen",
                        started_on=date(2026, 9, 1), today=TODAY)


@action("clients.discharge_client", EDITORS, check=lambda c, r: r.status == "terminasi")
def _(c: Ctx) -> Any:
    return C.discharge_client(c.s, c.actor, c.ids["c3"], reason="kembali_keluarga",
                              discharge_date=date(2026, 11, 20), today=TODAY)


@action("clients.record_consent", EDITORS, check=lambda c, r: r.kind == "wali")
def _(c: Ctx) -> Any:
    return C.record_consent(c.s, c.actor, c.ids["c1"], kind="wali", given_by="Ibu Fauzi",
                            given_on=date(2026, 8, 1), today=TODAY)


@action("clients.withdraw_consent", EDITORS,
        check=lambda c, r: r.withdrawn_on == date(2026, 11, 1))
def _(c: Ctx) -> Any:
    return C.withdraw_consent(c.s, c.actor, c.ids["consent"], withdrawn_on=date(2026, 11, 1),
                              today=TODAY)


@action("clients.set_photo", EDITORS,
        check=lambda c, r: C.get_photo(c.s, Actor.system(), c.ids["c1"]) == PNG)
def _(c: Ctx) -> Any:
    return C.set_photo(c.s, c.actor, c.ids["c1"], PNG)


def _client_view_ok(c: Ctx, r: Any) -> None:
    nik = make_nik("3507", "L", date(2004, 5, 1), 1)
    assert r.name == "Ahmad Fauzi"
    if c.role.startswith("tutor"):
        assert r.masked and r.nik == mask_nik(nik) and r.health_notes is None
        assert r.address is None and r.consents == []
    else:
        assert not r.masked and r.nik == nik and r.health_notes == "Catatan kesehatan"


@action("clients.get_client (peserta angkatan A)", OWN_READ, check=_client_view_ok)
def _(c: Ctx) -> Any:
    return C.get_client(c.s, c.actor, c.ids["c1"], today=TODAY)


@action("clients.get_photo (peserta angkatan A)", OWN_READ, check=lambda c, r: r is None)
def _(c: Ctx) -> Any:
    return C.get_photo(c.s, c.actor, c.ids["c1"])


def _search_ok(c: Ctx, r: Any) -> None:
    names = [row.name for row in r.rows]
    if c.role == "tutor":
        assert names == ["Ahmad Fauzi", "Eko Prasetyo"]
        assert all("*" in row.nik_display for row in r.rows)
    elif c.role == "tutor2":
        assert names == ["Bayu Saputra"]
    else:
        assert r.total == 5 and all("*" not in row.nik_display for row in r.rows)


@action("clients.search_clients", EVERYONE, check=_search_ok)
def _(c: Ctx) -> Any:
    return C.search_clients(c.s, c.actor, C.ClientQuery(), today=TODAY)


# --- training


@action("training.list_tracks", EVERYONE, check=lambda c, r: [t.code for t in r] == ["AC"])
def _(c: Ctx) -> Any:
    return T.list_tracks(c.s, c.actor)


@action("training.create_track", EDITORS, check=lambda c, r: r.code == "BOGA")
def _(c: Ctx) -> Any:
    return T.create_track(c.s, c.actor, T.TrackInput(code="BOGA", name="Tata Boga",
                                                     total_jp=100))


@action("training.update_track", EDITORS, check=lambda c, r: r.total_jp == 150)
def _(c: Ctx) -> Any:
    tid = c.ids["track"]
    return T.update_track(c.s, c.actor, tid, T.TrackInput(code="AC", name="Reparasi AC",
                                                          total_jp=150),
                          version=_version(c.s, TrainingTrack, tid))


@action("training.create_cohort", EDITORS, check=lambda c, r: r.name == "Angkatan D")
def _(c: Ctx) -> Any:
    return T.create_cohort(c.s, c.actor, T.CohortInput(
        track_id=c.ids["track"], name="Angkatan D", start_date=date(2027, 1, 4),
        end_date=date(2027, 4, 30), tutor_id=c.ids["tutor1"], planned_jp=120))


@action("training.set_cohort_status", EDITORS, check=lambda c, r: r.status == "selesai")
def _(c: Ctx) -> Any:
    return T.set_cohort_status(c.s, c.actor, c.ids["cohort_a"], "selesai")


@action("training.get_cohort (A)", OWN_READ, check=lambda c, r: r.enrolled == 2)
def _(c: Ctx) -> Any:
    return T.get_cohort(c.s, c.actor, c.ids["cohort_a"])


def _cohorts_ok(c: Ctx, r: Any) -> None:
    names = sorted(x.name for x in r)
    expected = {"tutor": ["Angkatan A"], "tutor2": ["Angkatan B"]}.get(
        c.role, ["Angkatan 2018", "Angkatan A", "Angkatan B"])
    assert names == expected


@action("training.list_cohorts", EVERYONE, check=_cohorts_ok)
def _(c: Ctx) -> Any:
    return T.list_cohorts(c.s, c.actor)


@action("training.enroll_clients (A)", EDITORS, check=lambda c, r: len(r) == 1)
def _(c: Ctx) -> Any:
    return T.enroll_clients(c.s, c.actor, c.ids["cohort_a"], [c.ids["c3"]],
                            enrolled_on=date(2026, 11, 1))


@action("training.withdraw_enrollment (A)", EDITORS, check=lambda c, r: r.status == "keluar")
def _(c: Ctx) -> Any:
    return T.withdraw_enrollment(c.s, c.actor, c.ids["e1"], withdrawn_on=date(2026, 11, 20))


@action("training.list_enrollments (A)", OWN_READ, check=lambda c, r: len(r) == 2)
def _(c: Ctx) -> Any:
    return T.list_enrollments(c.s, c.actor, c.ids["cohort_a"])


@action("training.list_sessions (A)", OWN_READ, check=lambda c, r: len(r) == 2)
def _(c: Ctx) -> Any:
    return T.list_sessions(c.s, c.actor, c.ids["cohort_a"])


@action("training.add_session (A)", OWN_WORK, check=lambda c, r: r.jp == 3)
def _(c: Ctx) -> Any:
    return T.add_session(c.s, c.actor, c.ids["cohort_a"],
                         T.SessionInput(session_date=date(2026, 11, 2), jp=3, topic="Praktik"))


@action("training.update_session (A)", OWN_WORK, check=lambda c, r: r.topic == "Revisi")
def _(c: Ctx) -> Any:
    sid = c.ids["sa2"]
    return T.update_session(c.s, c.actor, sid,
                            T.SessionInput(session_date=date(2026, 10, 12), jp=4,
                                           topic="Revisi"),
                            version=_version(c.s, TrainingSession, sid))


@action("training.delete_session (A)", OWN_WORK,
        check=lambda c, r: c.s.get(TrainingSession, c.ids["sa2"]) is None)
def _(c: Ctx) -> Any:
    return T.delete_session(c.s, c.actor, c.ids["sa2"])


# --- attendance and assessment


@action("attendance.attendance_sheet (A)", OWN_READ,
        check=lambda c, r: sorted(x.code for x in r.rows) == ["H", "H"])
def _(c: Ctx) -> Any:
    return ATT.attendance_sheet(c.s, c.actor, c.ids["sa1"])


@action("attendance.save_attendance (A)", OWN_WORK,
        check=lambda c, r: sorted(x.code for x in r.rows) == ["H", "S"])
def _(c: Ctx) -> Any:
    return ATT.save_attendance(c.s, c.actor, c.ids["sa2"], {c.ids["c5"]: "S"})


@action("attendance.monthly_recap (A)", OWN_READ, check=lambda c, r: r.totals.get("H") == 2)
def _(c: Ctx) -> Any:
    return ATT.monthly_recap(c.s, c.actor, c.ids["cohort_a"], 2026, 10)


@action("graduation.record_assessment (A)", OWN_WORK,
        check=lambda c, r: r.competency_result == "kompeten")
def _(c: Ctx) -> Any:
    return G.record_assessment(c.s, c.actor, c.ids["e1"], score=85.5, result="kompeten",
                               assessed_on=date(2026, 11, 20))


@action("graduation.graduate (A)", EDITORS,
        check=lambda c, r: r.status == "lulus" and r.certificate_no)
def _(c: Ctx) -> Any:
    return G.graduate(c.s, c.actor, c.ids["e5"], graduated_on=date(2026, 11, 20))


@action("graduation.graduate_cohort (A)", EDITORS, check=lambda c, r: len(r) == 1)
def _(c: Ctx) -> Any:
    return G.graduate_cohort(c.s, c.actor, c.ids["cohort_a"], graduated_on=date(2026, 11, 20))


# --- tutors


@action("tutors.list_tutors", READERS, check=lambda c, r: len(r) == 2)
def _(c: Ctx) -> Any:
    return TU.list_tutors(c.s, c.actor, today=TODAY)


@action("tutors.get_tutor (tutor angkatan A)", OWN_READ,
        check=lambda c, r: r.name == "Budi Santoso" and len(r.agreements) == 1)
def _(c: Ctx) -> Any:
    return TU.get_tutor(c.s, c.actor, c.ids["tutor1"], today=TODAY)


@action("tutors.tutor_hours (tutor angkatan A)", OWN_READ,
        check=lambda c, r: (r.jp, r.honorarium) == (8, 800_000))
def _(c: Ctx) -> Any:
    return TU.tutor_hours(c.s, c.actor, c.ids["tutor1"], date(2026, 10, 1), date(2026, 10, 31))


@action("tutors.create_tutor", EDITORS, check=lambda c, r: r.name == "Rina Wijaya")
def _(c: Ctx) -> Any:
    return TU.create_tutor(c.s, c.actor, TU.TutorInput(name="Rina Wijaya",
                                                       tutor_type="internal"))


@action("tutors.update_tutor", EDITORS, check=lambda c, r: r.expertise == "Refrigerasi")
def _(c: Ctx) -> Any:
    tid = c.ids["tutor1"]
    return TU.update_tutor(c.s, c.actor, tid, TU.TutorInput(
        name="Budi Santoso", tutor_type="internal", expertise="Refrigerasi",
        rate_per_jp=100_000), version=_version(c.s, Tutor, tid))


@action("tutors.add_agreement", EDITORS, check=lambda c, r: r.number == "PKS/02/2027")
def _(c: Ctx) -> Any:
    return TU.add_agreement(c.s, c.actor, c.ids["tutor1"], TU.AgreementInput(
        number="PKS/02/2027", start_date=date(2027, 1, 1), end_date=date(2027, 12, 31),
        rate_per_jp=110_000))


# --- facility requests


FACILITY = F.FacilityInput(title="Sepeda motor praktik", kind="nonfisik", funding_source="csr",
                           estimated_cost=45_000_000)


@action("facility.list_requests", READERS, check=lambda c, r: r.total == 5)
def _(c: Ctx) -> Any:
    return F.list_requests(c.s, c.actor)


@action("facility.get_request", READERS, check=lambda c, r: r.number == "USL-2026-001")
def _(c: Ctx) -> Any:
    return F.get_request(c.s, c.actor, c.ids["r_draf"])


@action("facility.get_attachment", READERS, check=lambda c, r: r[1] == PNG)
def _(c: Ctx) -> Any:
    return F.get_attachment(c.s, c.actor, c.ids["attachment"])


@action("facility.create_request", EDITORS, check=lambda c, r: r.status == "draf")
def _(c: Ctx) -> Any:
    return F.create_request(c.s, c.actor, FACILITY, today=TODAY)


@action("facility.update_request (draf)", EDITORS,
        check=lambda c, r: r.title == "Sepeda motor praktik")
def _(c: Ctx) -> Any:
    rid = c.ids["r_draf"]
    return F.update_request(c.s, c.actor, rid, FACILITY,
                            version=_version(c.s, FacilityRequest, rid))


def _status_is(to: str) -> Callable[[Ctx, Any], None]:
    def check(c: Ctx, r: Any) -> None:
        assert r.status == to
    return check


def _status(rid_key: str, to: str, reason: str | None = None) -> Callable[[Ctx], Any]:
    def run(c: Ctx) -> Any:
        return F.change_status(c.s, c.actor, c.ids[rid_key], to, reason=reason, on=TODAY,
                               today=TODAY)
    return run


for _key, _to, _reason, _roles in (
        ("r_draf", "diajukan", None, EDITORS),
        ("r_sub", "draf", "Lengkapi RAB", VERIFIERS),
        ("r_sub", "diverifikasi", None, VERIFIERS),
        ("r_sub", "ditolak", "Bukan prioritas tahun ini", VERIFIERS),
        ("r_ver", "disetujui", None, APPROVERS),
        ("r_app", "dianggarkan", None, EDITORS),
        ("r_work", "selesai", None, EDITORS)):
    action(f"facility.change_status ({_key} → {_to})", _roles,
           check=_status_is(_to))(_status(_key, _to, _reason))


@action("facility.add_attachment (sebelum)", EDITORS, check=lambda c, r: r.size == len(PNG))
def _(c: Ctx) -> Any:
    return F.add_attachment(c.s, c.actor, c.ids["r_draf"], kind="sebelum",
                            file_name="lama.png", content=PNG)


@action("facility.add_attachment (sesudah)", EDITORS, check=lambda c, r: r.kind == "sesudah")
def _(c: Ctx) -> Any:
    return F.add_attachment(c.s, c.actor, c.ids["r_work"], kind="sesudah",
                            file_name="baru.png", content=PNG)


# --- follow-ups


@action("followups.list_followups", READERS, check=lambda c, r: r.total == 1)
def _(c: Ctx) -> Any:
    return FU.list_followups(c.s, c.actor, state="overdue", today=TODAY)


@action("followups.get_followup", READERS, check=lambda c, r: r.outcome == "bekerja")
def _(c: Ctx) -> Any:
    return FU.get_followup(c.s, c.actor, c.ids["fu_done"])


@action("followups.record_followup", EDITORS, check=lambda c, r: r.outcome == "wirausaha")
def _(c: Ctx) -> Any:
    return FU.record_followup(c.s, c.actor, c.ids["fu_open"], FU.FollowUpInput(
        done_date=date(2019, 3, 1), method="kunjungan", outcome="wirausaha",
        employer_or_business="Warung Bu Sri", monthly_income=1_800_000), today=TODAY)


@action("followups.track_effectiveness", READERS,
        check=lambda c, r: [(e.graduates, e.working) for e in r] == [(1, 1)])
def _(c: Ctx) -> Any:
    return FU.track_effectiveness(c.s, c.actor)


# --- audit log, dashboard


#: the province head reads the audit trail too (on a province installation, its own)
AUDITORS = DECIDERS + " prov_head"


@action("audit_log.list_audit", AUDITORS, check=lambda c, r: r.total >= 1)
def _(c: Ctx) -> Any:
    return AUD.list_audit(c.s, c.actor)


@action("audit_log.verify_chain", AUDITORS, check=lambda c, r: r.ok)
def _(c: Ctx) -> Any:
    return AUD.verify_chain(c.s, c.actor)


@action("audit_log.entity_history (klien)", "admin staff head prov_head",
        check=lambda c, r: [x.action for x in r] == ["seed"])
def _(c: Ctx) -> Any:
    return AUD.entity_history(c.s, c.actor, "client", c.ids["c1"])


@action("dashboard.dashboard", EVERYONE,
        check=lambda c, r: r.scope == ("tutor" if c.role.startswith("tutor") else "upt"))
def _(c: Ctx) -> Any:
    return DASH.dashboard(c.s, c.actor, today=TODAY)


# --- import


SHEET = IMP.Sheet("klien.xlsx", "Data", [
    ("Nama Lengkap", "NIK", "Alasan Tanpa NIK", "Jenis Kelamin", "Tgl Lahir", "Jenis PPKS",
     "Tgl Masuk"),
    ("Gita Permata", None, "Dokumen hilang", "P", "12-03-2005", "P02", "01-11-2026"),
])


@action("imports.plan_client_import", EDITORS, check=lambda c, r: (r.new, r.errors) == (1, []))
def _(c: Ctx) -> Any:
    return IMP.plan_client_import(c.s, c.actor, SHEET, today=TODAY)


@action("imports.apply_client_import", EDITORS, check=lambda c, r: r.new == 1)
def _(c: Ctx) -> Any:
    plan = IMP.plan_client_import(c.s, Actor.system(), SHEET, today=TODAY)
    return IMP.apply_client_import(c.s, c.actor, plan)


# --- data protection


@action("privacy.retention_candidates", "admin",
        check=lambda c, r: [x.client_id for x in r] == [c.ids["c4"]])
def _(c: Ctx) -> Any:
    return PRIV.retention_candidates(c.s, c.actor, years=5, today=TODAY)


@action("privacy.anonymise_client", "admin",
        check=lambda c, r: c.s.get(Client, c.ids["c4"]).anonymized_at is not None)  # type: ignore[union-attr]
def _(c: Ctx) -> Any:
    return PRIV.anonymise_client(c.s, c.actor, c.ids["c4"], reason="Masa simpan habis",
                                 today=TODAY)


@action("privacy.data_inventory", AUDITORS, check=lambda c, r: r.clients_total == 5)
def _(c: Ctx) -> Any:
    return PRIV.data_inventory(c.s, c.actor, today=TODAY, backup_folder=c.tmp)


@action("privacy.log_sensitive_export", READERS)
def _(c: Ctx) -> Any:
    return PRIV.log_sensitive_export(c.s, c.actor, "Daftar klien dengan NIK", 5)


# --- reports


@action("reports.report_dataset", READERS)
def _(c: Ctx) -> Any:
    from jssc_desktop.reports import report_dataset

    return report_dataset(c.s, c.actor, "monthly", "2026-10", today=TODAY)


@action("reports.approve_period", APPROVERS, check=lambda c, r: r is not None)
def _(c: Ctx) -> Any:
    from jssc_desktop.reports.approval import approve_period

    return approve_period(c.s, c.actor, "monthly", "2026-10", today=TODAY)


@action("reports.compare_with_archive", READERS)
def _(c: Ctx) -> Any:
    from jssc_desktop.domain.errors import NotFoundError
    from jssc_desktop.reports.approval import compare_with_archive

    try:
        return compare_with_archive(c.s, c.actor, "monthly", "2026-10", today=TODAY)
    except NotFoundError:  # allowed, and nothing approved yet to compare with
        return []


# ------------------------------------------------------------------------------------- tests

CASES = [pytest.param(a, role, id=f"{a.name}-{role}") for a in ACTIONS for role in ROLES]


def test_matrix_is_complete() -> None:
    """About forty actions, names unique, and each refused to at least one role or open to all."""
    names = [a.name for a in ACTIONS]
    assert len(names) == len(set(names)) and len(names) >= 40
    for a in ACTIONS:
        if a.allowed == frozenset(APPROVERS.split()):  # separation of duties: approvals
            continue
        if a.name.startswith("facility.change_status (r_sub"):  # the verifier's steps
            assert a.allowed == frozenset(VERIFIERS.split()), a.name
            continue
        assert "admin" in a.allowed, f"{a.name}: the administrator may do everything else"
    # Tutors are refused every edit of clients, tutors, facility, follow-ups, imports, reports.
    for a in ACTIONS:
        if a.name.split(".")[0] in ("clients", "tutors", "facility", "followups", "imports",
                                    "reports", "users", "settings", "backups", "privacy",
                                    "audit_log") and "search" not in a.name \
                and "get_client" not in a.name and "get_photo" not in a.name \
                and "get_tutor" not in a.name and "tutor_hours" not in a.name \
                and "get_profile" not in a.name:
            assert "tutor" not in a.allowed, a.name


def test_refusal_leaves_the_committed_database_unchanged(db: Database,
                                                         actors: dict[str, Actor]) -> None:
    """Outside any test transaction too: a refused unit of work commits nothing (one sample of
    each kind of refusal: role, tutor ownership, facility step)."""
    ids = build_dataset(db, actors)
    with db.session() as s:
        before = fingerprint(s)
    refusals = [
        lambda s: C.update_client(s, actors["head"], ids["c3"], C.ClientInput(),
                                  version=None, today=TODAY),
        lambda s: T.add_session(s, actors["tutor2"], ids["cohort_a"],
                                T.SessionInput(session_date=date(2026, 11, 2), jp=2)),
        lambda s: F.change_status(s, actors["staff"], ids["r_sub"], "diverifikasi",
                                  on=TODAY, today=TODAY),
        lambda s: PRIV.anonymise_client(s, actors["head"], ids["c4"], reason="Masa simpan",
                                        today=TODAY),
    ]
    for refuse in refusals:
        with pytest.raises(PermissionDenied), db.session() as s:
            refuse(s)
    with db.session() as s:
        assert fingerprint(s) == before


def _province_actors(database: Database) -> dict[str, Actor]:
    """Users with the province's roles (rows in ``users``, as ``user add`` makes them)."""
    out = {}
    with database.session() as s:
        for role, name in (("prov_staff", "Petugas Provinsi"), ("prov_head", "Pimpinan Dinsos")):
            user = User(username=role.replace("_", "."), full_name=name, role=role,
                        password_hash="x", must_change_password=False)
            s.add(user)
            s.flush()
            out[role] = Actor(user.id, user.username, role, name)
    return out


@dataclass(frozen=True)
class Matrix:
    db: Database
    actors: dict[str, Actor]
    ids: dict[str, int]


@pytest.fixture(scope="module", params=BACKENDS)
def matrix(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Matrix]:
    """The data set, built once per backend (the conftest's fresh databases and users).

    Every test runs inside one transaction that is rolled back (see :func:`isolated`), so each
    starts from exactly this data set.
    """
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("JSSC_TEST_PG_URL is not set: no PostgreSQL server for this run")
        database = _fresh_pg()
    else:
        database = _fresh_sqlite(tmp_path_factory.mktemp("matrix"))
    actors = _make_actors(database)
    actors.update(_province_actors(database))
    yield Matrix(database, actors, build_dataset(database, actors))
    database.dispose()


@contextmanager
def isolated(db: Database) -> Iterator[None]:
    """Run a test's units of work (``db.session()``, with its commit and rollback) as savepoints
    of one outer transaction that is rolled back at the end."""
    original = db._factory
    with db.engine.connect() as conn:
        outer = conn.begin()
        db._factory = sessionmaker(bind=conn, join_transaction_mode="create_savepoint",
                                   expire_on_commit=False)
        try:
            yield
        finally:
            db._factory = original
            outer.rollback()


@pytest.mark.parametrize(("act", "role"), CASES)
def test_role_against_action(matrix: Matrix, tmp_path: Path, act: Action, role: str) -> None:
    db, ids, actor = matrix.db, matrix.ids, matrix.actors[role]
    with isolated(db):
        with db.session() as s:
            before = fingerprint(s)
        if role in act.allowed:
            if act.db_level:  # the action opens its own units of work
                with db.session() as s:
                    ctx = Ctx(s, db, ids, actor, role, tmp_path)
                result = act.run(ctx)
                with db.session() as s:
                    if act.check:
                        act.check(Ctx(s, db, ids, actor, role, tmp_path), result)
            else:
                with db.session() as s:
                    ctx = Ctx(s, db, ids, actor, role, tmp_path)
                    result = act.run(ctx)
                    if act.check:
                        act.check(ctx, result)
            return

        if act.db_level:
            with db.session() as s:
                ctx = Ctx(s, db, ids, actor, role, tmp_path)
            with pytest.raises(PermissionDenied) as refused:
                act.run(ctx)
        else:
            with db.session() as s:
                ctx = Ctx(s, db, ids, actor, role, tmp_path)
                with pytest.raises(PermissionDenied) as refused:
                    act.run(ctx)
                # Nothing was written before the refusal, not even inside its own transaction.
                assert fingerprint(s) == before
        assert refused.value.message.strip()
        with db.session() as s:
            assert fingerprint(s) == before
