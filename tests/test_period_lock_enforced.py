"""The period lock is enforced by every service write whose data belongs to a dated period.

October 2026 carries an approved monthly report (a row made straight through the ORM, as the
approval would leave it); September 2026 has a report that is not approved yet (it locks nothing).
For every wired service function: staff (and tutors, where they may write) are refused with a
message naming the period and saying that an administrator with a reason may change it, and the
database is left exactly as it was; an administrator without a reason is refused too; an
administrator with a reason goes ahead and the override is audited; the same write dated outside
the period is not affected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from jssc_desktop.domain.errors import PermissionDenied, WorkflowError
from jssc_desktop.services import attendance as at
from jssc_desktop.services import clients as cl
from jssc_desktop.services import facility as fa
from jssc_desktop.services import followups as fu
from jssc_desktop.services import graduation as gr
from jssc_desktop.services import training as tr
from jssc_desktop.services.base import Actor
from jssc_desktop.services.period_lock import ensure_unlocked, locked_periods
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    Attendance,
    AuditLog,
    Base,
    Client,
    Consent,
    Enrollment,
    FacilityRequest,
    FollowUp,
    PeriodReport,
    StageHistory,
    TrainingSession,
)

pytestmark = pytest.mark.storage

TODAY = date(2026, 11, 23)
OCT_START, OCT_END = date(2026, 10, 1), date(2026, 10, 31)
REASON = "Koreksi berita acara yang terlambat masuk"


def d(month: int, day: int) -> date:
    return date(2026, month, day)


# ------------------------------------------------------------------------------------ the world


@dataclass
class World:
    actors: dict[str, Actor]
    c: dict[str, int] = field(default_factory=dict)       # clients by key
    e: dict[str, int] = field(default_factory=dict)       # enrollments by client key
    sess: dict[str, int] = field(default_factory=dict)    # sessions: sep, oct, nov
    fu: dict[str, int] = field(default_factory=dict)      # follow-ups: m3 (done in Oct), m6
    req: dict[str, int] = field(default_factory=dict)     # facility requests
    cohort: int = 0
    period_id: int = 0


def _client_input(name: str, admitted: date, **extra: Any) -> cl.ClientInput:
    return cl.ClientInput(name=name, sex="L", ppks_code="P09", nik_missing_reason="hilang",
                          admission_date=admitted, **extra)


def build_world(db: Database, actors: dict[str, Actor]) -> World:
    staff = actors["staff"]
    w = World(actors)
    with db.session() as s:
        for key, name, admitted in [
            ("andi", "Andi Pratama", d(9, 1)), ("budi", "Budi Hartono", d(10, 10)),
            ("c1", "Wawan Setiawan", d(8, 3)), ("c2", "Agus Salim", d(8, 3)),
            ("c3", "Nur Hidayat", d(8, 3)), ("c4", "Joko Susilo", d(2, 2)),
            ("c5", "Rudi Hermawan", d(8, 3)), ("c6", "Slamet Riyadi", d(8, 3)),
        ]:
            w.c[key] = cl.register_client(s, staff, _client_input(name, admitted),
                                          today=TODAY).id

        ac = tr.create_track(s, staff, tr.TrackInput("AC", "Reparasi AC"))
        cohort = tr.create_cohort(s, staff, tr.CohortInput(
            ac.id, "AC 2026-2", d(9, 1), d(12, 31), tutor_id=actors["tutor"].tutor_id))
        w.cohort = cohort.id
        for v in tr.enroll_clients(s, staff, cohort.id,
                                   [w.c["c1"], w.c["c2"], w.c["c5"], w.c["c6"]],
                                   enrolled_on=d(9, 1)):
            w.e[next(k for k, cid in w.c.items() if cid == v.client_id)] = v.id
        for key, day in (("sep", d(9, 20)), ("oct", d(10, 20)), ("nov", d(11, 4))):
            w.sess[key] = tr.add_session(s, staff, cohort.id,
                                         tr.SessionInput(day, 2, f"Materi {key}")).id

        early = tr.create_cohort(s, staff, tr.CohortInput(
            ac.id, "AC 2026-1", d(3, 1), d(6, 30), tutor_id=actors["tutor"].tutor_id))
        [graduate] = tr.enroll_clients(s, staff, early.id, [w.c["c4"]], enrolled_on=d(3, 1))
        w.e["c4"] = graduate.id

        req = fa.create_request(s, staff, fa.FacilityInput(
            "Rehab dapur praktik", "fisik", "apbd", 150_000_000,
            description="Dapur praktik rusak."), today=d(9, 10))
        w.req["draft"] = req.id
        for key, submitted in (("oct_sub", d(10, 5)), ("nov_sub", d(11, 2))):
            r = fa.create_request(s, staff, fa.FacilityInput(
                f"Peralatan AC {key}", "nonfisik", "csr", 40_000_000,
                description="Unit AC praktik."), today=d(9, 10))
            fa.change_status(s, staff, r.id, "diajukan", on=submitted, today=TODAY)
            w.req[key] = r.id

    with db.session() as s:  # states the services reach in steps not under test here
        e2, e4, e5, e6 = (s.get_one(Enrollment, w.e[k]) for k in ("c2", "c4", "c5", "c6"))
        e2.competency_result, e2.assessed_on, e2.assessment_score = "kompeten", d(9, 30), 85
        e5.status, e5.withdrawn_on = "keluar", d(10, 3)
        e6.status, e6.withdrawn_on = "keluar", d(9, 15)
        e4.status, e4.competency_result, e4.assessed_on = "lulus", "kompeten", d(6, 25)
        e4.graduated_on, e4.certificate_no = d(6, 30), "0001/AC/UPT/2026"
        m3 = FollowUp(enrollment_id=e4.id, client_id=w.c["c4"], months_after=3,
                      due_date=d(9, 30), done_date=d(10, 10), method="telepon",
                      outcome="bekerja", employer_or_business="Bengkel AC Jaya",
                      monthly_income=2_000_000)
        m6 = FollowUp(enrollment_id=e4.id, client_id=w.c["c4"], months_after=6,
                      due_date=d(12, 30))
        s.add_all([m3, m6])
        s.add(PeriodReport(kind="monthly", period="2026-09", start_date=d(9, 1),
                           end_date=d(9, 30)))  # generated, not approved: locks nothing
        locked = PeriodReport(kind="monthly", period="2026-10", start_date=OCT_START,
                              end_date=OCT_END, approved_by=actors["head"].user_id,
                              approved_at=datetime(2026, 11, 5, 9, 30))
        s.add(locked)
        s.flush()
        w.fu = {"m3": m3.id, "m6": m6.id}
        w.period_id = locked.id
    return w


@pytest.fixture
def world(db: Database, actors: dict[str, Actor]) -> World:
    return build_world(db, actors)


def dump(db: Database) -> list[tuple[str, list[tuple[str, ...]]]]:
    """Every row of every table, as text: equal dumps mean an unchanged database."""
    out = []
    with db.session() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table)).all()
            out.append((table.name, sorted(tuple(repr(v) for v in row) for row in rows)))
    return out


def overrides(db: Database) -> list[AuditLog]:
    with db.session() as s:
        rows = s.execute(select(AuditLog).where(AuditLog.action == "period.lock_override")
                         .order_by(AuditLog.id)).scalars().all()
        s.expunge_all()
        return list(rows)


# ------------------------------------------------------------------------------------ the cases

Call = Callable[[Session, World, Actor, "str | None"], Any]
Check = Callable[[Session, World], bool]


@dataclass(frozen=True)
class Case:
    inside: Call          # the write dated inside the locked period
    outside: Call         # the same kind of write dated outside it
    done_inside: Check    # the inside write took effect
    done_outside: Check   # the outside write took effect
    refused: tuple[str, ...] = ("staff",)
    outside_by: str = "staff"
    entity: str | None = None


def _client(s: Session, w: World, key: str) -> Client:
    c = s.get(Client, w.c[key])
    assert c is not None
    return c


def _update_admission(key: str, old: date, new: date) -> Call:
    def call(s: Session, w: World, a: Actor, r: str | None) -> Any:
        c = _client(s, w, key)
        assert c.admission_date == old
        return cl.update_client(s, a, c.id, _client_input(c.name, new), version=c.version,
                                today=TODAY, lock_reason=r)
    return call


def _stage(key: str, day: date) -> Call:
    return lambda s, w, a, r: cl.move_stage(s, a, w.c[key], stage="asesmen", started_on=day,
                                            today=TODAY, lock_reason=r)


def _has_stage(day: date) -> Check:
    return lambda s, w: s.execute(select(StageHistory).where(
        StageHistory.client_id == w.c["andi"], StageHistory.started_on == day,
        StageHistory.stage == "asesmen")).first() is not None


def _discharge(day: date) -> Call:
    return lambda s, w, a, r: cl.discharge_client(
        s, a, w.c["andi"], reason="selesai", discharge_date=day, handover_to="Orang tua",
        today=TODAY, lock_reason=r)


def _consent(day: date) -> Call:
    return lambda s, w, a, r: cl.record_consent(
        s, a, w.c["andi"], kind="klien", given_by="Andi Pratama", given_on=day, today=TODAY,
        lock_reason=r)


def _has_consent(day: date) -> Check:
    return lambda s, w: s.execute(select(Consent).where(
        Consent.client_id == w.c["andi"], Consent.given_on == day)).first() is not None


def _register(day: date) -> Call:
    return lambda s, w, a, r: cl.register_client(
        s, a, _client_input("Sugeng Raharjo", day), today=TODAY, lock_reason=r)


def _registered(day: date) -> Check:
    return lambda s, w: s.execute(select(Client).where(
        Client.name == "Sugeng Raharjo", Client.admission_date == day)).first() is not None


def _add_session(day: date) -> Call:
    return lambda s, w, a, r: tr.add_session(s, a, w.cohort, tr.SessionInput(day, 3, "Praktik"),
                                             lock_reason=r)


def _session_on(day: date, jp: int | None = None) -> Check:
    def check(s: Session, w: World) -> bool:
        stmt = select(TrainingSession).where(TrainingSession.session_date == day)
        if jp is not None:
            stmt = stmt.where(TrainingSession.jp == jp)
        return s.execute(stmt).first() is not None
    return check


def _update_session(key: str, day: date | None, jp: int = 2) -> Call:
    def call(s: Session, w: World, a: Actor, r: str | None) -> Any:
        x = s.get(TrainingSession, w.sess[key])
        assert x is not None
        return tr.update_session(s, a, x.id, tr.SessionInput(day or x.session_date, jp, x.topic),
                                 version=x.version, lock_reason=r)
    return call


def _delete_session(key: str) -> Call:
    return lambda s, w, a, r: tr.delete_session(s, a, w.sess[key], lock_reason=r)


def _session_gone(key: str) -> Check:
    return lambda s, w: s.get(TrainingSession, w.sess[key]) is None


def _attendance(key: str) -> Call:
    return lambda s, w, a, r: at.save_attendance(s, a, w.sess[key], {w.c["c2"]: "S"},
                                                 lock_reason=r)


def _attended(key: str) -> Check:
    return lambda s, w: s.execute(select(Attendance).where(
        Attendance.session_id == w.sess[key], Attendance.client_id == w.c["c2"],
        Attendance.code == "S")).first() is not None


def _enroll(key: str, day: date) -> Call:
    return lambda s, w, a, r: tr.enroll_clients(s, a, w.cohort, [w.c[key]], enrolled_on=day,
                                                lock_reason=r)


def _enrolled(key: str, day: date) -> Check:
    return lambda s, w: s.execute(select(Enrollment).where(
        Enrollment.client_id == w.c[key], Enrollment.cohort_id == w.cohort,
        Enrollment.status == "aktif", Enrollment.enrolled_on == day)).first() is not None


def _withdraw(day: date) -> Call:
    return lambda s, w, a, r: tr.withdraw_enrollment(s, a, w.e["c1"], withdrawn_on=day,
                                                     lock_reason=r)


def _enrollment_has(key: str, **values: Any) -> Check:
    def check(s: Session, w: World) -> bool:
        e = s.get(Enrollment, w.e[key])
        return e is not None and all(getattr(e, k) == v for k, v in values.items())
    return check


def _assess(day: date) -> Call:
    return lambda s, w, a, r: gr.record_assessment(
        s, a, w.e["c1"], score=78, result="kompeten", assessed_on=day, assessor="LSP",
        lock_reason=r)


def _graduate(day: date) -> Call:
    return lambda s, w, a, r: gr.graduate(s, a, w.e["c2"], graduated_on=day, lock_reason=r)


def _graduate_cohort(day: date) -> Call:
    return lambda s, w, a, r: gr.graduate_cohort(s, a, w.cohort, graduated_on=day,
                                                 lock_reason=r)


def _followup(key: str, day: date) -> Call:
    def call(s: Session, w: World, a: Actor, r: str | None) -> Any:
        data = fu.FollowUpInput(done_date=day, method="kunjungan", outcome="wirausaha",
                                employer_or_business="Servis AC Joko",
                                monthly_income=2_500_000)
        return fu.record_followup(s, a, w.fu[key], data, today=TODAY, lock_reason=r)
    return call


def _followup_done(key: str, day: date) -> Check:
    def check(s: Session, w: World) -> bool:
        row = s.get(FollowUp, w.fu[key])
        return row is not None and row.done_date == day and row.outcome == "wirausaha"
    return check


def _submit(day: date) -> Call:
    return lambda s, w, a, r: fa.change_status(s, a, w.req["draft"], "diajukan", on=day,
                                               today=TODAY, lock_reason=r)


def _back_to_draft(key: str) -> Call:
    return lambda s, w, a, r: fa.change_status(s, a, w.req[key], "draf",
                                               reason="RAB belum lengkap", on=d(11, 6),
                                               today=TODAY, lock_reason=r)


def _request_has(key: str, **values: Any) -> Check:
    def check(s: Session, w: World) -> bool:
        req = s.get(FacilityRequest, w.req[key])
        return req is not None and all(getattr(req, k) == v for k, v in values.items())
    return check


CASES: dict[str, Case] = {
    # clients
    "register_client": Case(_register(d(10, 15)), _register(d(11, 2)),
                            _registered(d(10, 15)), _registered(d(11, 2)), entity="client"),
    "update_client_new_date": Case(
        _update_admission("andi", d(9, 1), d(10, 5)), _update_admission("andi", d(9, 1), d(9, 5)),
        lambda s, w: _client(s, w, "andi").admission_date == d(10, 5),
        lambda s, w: _client(s, w, "andi").admission_date == d(9, 5), entity="client"),
    "update_client_old_date": Case(
        _update_admission("budi", d(10, 10), d(11, 2)),
        _update_admission("andi", d(9, 1), d(11, 2)),
        lambda s, w: _client(s, w, "budi").admission_date == d(11, 2),
        lambda s, w: _client(s, w, "andi").admission_date == d(11, 2), entity="client"),
    "move_stage": Case(_stage("andi", d(10, 20)), _stage("andi", d(11, 5)),
                       _has_stage(d(10, 20)), _has_stage(d(11, 5)), entity="client"),
    "discharge_client": Case(
        _discharge(d(10, 25)), _discharge(d(11, 10)),
        lambda s, w: _client(s, w, "andi").discharge_date == d(10, 25),
        lambda s, w: _client(s, w, "andi").discharge_date == d(11, 10), entity="client"),
    "record_consent": Case(_consent(d(10, 3)), _consent(d(11, 3)),
                           _has_consent(d(10, 3)), _has_consent(d(11, 3)), entity="consent"),
    # training
    "add_session": Case(_add_session(d(10, 7)), _add_session(d(11, 7)),
                        _session_on(d(10, 7)), _session_on(d(11, 7)),
                        refused=("staff", "tutor"), entity="cohort"),
    "update_session_new_date": Case(
        _update_session("sep", d(10, 21)), _update_session("sep", d(9, 21)),
        _session_on(d(10, 21)), _session_on(d(9, 21)),
        refused=("staff", "tutor"), outside_by="tutor", entity="training_session"),
    "update_session_old_date": Case(
        _update_session("oct", d(11, 9)), _update_session("nov", d(11, 9)),
        _session_on(d(11, 9)), _session_on(d(11, 9)), entity="training_session"),
    "update_session_jp": Case(
        _update_session("oct", None, jp=4), _update_session("nov", None, jp=4),
        _session_on(d(10, 20), jp=4), _session_on(d(11, 4), jp=4),
        refused=("staff", "tutor"), entity="training_session"),
    "delete_session": Case(_delete_session("oct"), _delete_session("nov"),
                           _session_gone("oct"), _session_gone("nov"),
                           refused=("staff", "tutor"), entity="training_session"),
    "save_attendance": Case(_attendance("oct"), _attendance("nov"),
                            _attended("oct"), _attended("nov"),
                            refused=("staff", "tutor"), outside_by="tutor",
                            entity="training_session"),
    "enroll_clients": Case(_enroll("c3", d(10, 12)), _enroll("c3", d(11, 12)),
                           _enrolled("c3", d(10, 12)), _enrolled("c3", d(11, 12)),
                           entity="cohort"),
    "reenroll_after_withdrawal_in_period": Case(
        _enroll("c5", d(11, 12)), _enroll("c6", d(11, 12)),
        _enrolled("c5", d(11, 12)), _enrolled("c6", d(11, 12)), entity="cohort"),
    "withdraw_enrollment": Case(
        _withdraw(d(10, 15)), _withdraw(d(11, 15)),
        _enrollment_has("c1", status="keluar", withdrawn_on=d(10, 15)),
        _enrollment_has("c1", status="keluar", withdrawn_on=d(11, 15)), entity="enrollment"),
    # graduation
    "record_assessment": Case(
        _assess(d(10, 28)), _assess(d(11, 18)),
        _enrollment_has("c1", competency_result="kompeten", assessed_on=d(10, 28)),
        _enrollment_has("c1", competency_result="kompeten", assessed_on=d(11, 18)),
        refused=("staff", "tutor"), outside_by="tutor", entity="enrollment"),
    "graduate": Case(_graduate(d(10, 30)), _graduate(d(11, 20)),
                     _enrollment_has("c2", status="lulus", graduated_on=d(10, 30)),
                     _enrollment_has("c2", status="lulus", graduated_on=d(11, 20)),
                     entity="enrollment"),
    "graduate_cohort": Case(_graduate_cohort(d(10, 30)), _graduate_cohort(d(11, 20)),
                            _enrollment_has("c2", status="lulus", graduated_on=d(10, 30)),
                            _enrollment_has("c2", status="lulus", graduated_on=d(11, 20)),
                            entity="cohort"),
    # follow-ups
    "record_followup": Case(_followup("m6", d(10, 5)), _followup("m6", d(11, 5)),
                            _followup_done("m6", d(10, 5)), _followup_done("m6", d(11, 5)),
                            entity="followup"),
    "correct_followup_done_in_period": Case(
        _followup("m3", d(11, 10)), _followup("m6", d(11, 10)),
        _followup_done("m3", d(11, 10)), _followup_done("m6", d(11, 10)), entity="followup"),
    # facility
    "change_status": Case(_submit(d(10, 8)), _submit(d(11, 8)),
                          _request_has("draft", status="diajukan", submitted_on=d(10, 8)),
                          _request_has("draft", status="diajukan", submitted_on=d(11, 8)),
                          entity="facility_request"),
}


def test_return_to_draft_of_a_submission_in_an_approved_period(db: Database, world: World) -> None:
    """Returning a submission to draft clears a submission date inside the approved period: the
    head (who may return it) is refused by the lock, and the administrator (who may override the
    lock) may not take decisions on requests (separation of duties)."""
    before = dump(db)
    with pytest.raises(WorkflowError, match="Oktober 2026"), db.session() as s:
        _back_to_draft("oct_sub")(s, world, world.actors["head"], REASON)
    with pytest.raises(PermissionDenied, match="pemisahan tugas"), db.session() as s:
        _back_to_draft("oct_sub")(s, world, world.actors["admin"], REASON)
    assert dump(db) == before
    with db.session() as s:  # outside the approved period the head returns it
        _back_to_draft("nov_sub")(s, world, world.actors["head"], None)
    with db.session() as s:
        assert _request_has("nov_sub", status="draf", submitted_on=None)(s, world)


# ------------------------------------------------------------------------------------ the tests


@pytest.mark.parametrize("name", list(CASES))
def test_locked_period_refuses_all_but_an_admin_with_a_reason(
        db: Database, world: World, name: str) -> None:
    case = CASES[name]
    before = dump(db)
    for role in case.refused:
        with pytest.raises(WorkflowError) as refused, db.session() as s:
            case.inside(s, world, world.actors[role], None)
        message = str(refused.value)
        assert "Oktober 2026" in message and "laporan bulanan" in message, message
        assert "Administrator" in message and "alasan" in message, message
        assert dump(db) == before, f"{role} changed the database"
        # a reason does not help anyone but an administrator
        with pytest.raises(WorkflowError, match="Oktober 2026"), db.session() as s:
            case.inside(s, world, world.actors[role], REASON)
        assert dump(db) == before

    for blank in (None, "   "):
        with pytest.raises(WorkflowError, match="alasan") as refused, db.session() as s:
            case.inside(s, world, world.actors["admin"], blank)
        assert "Oktober 2026" in str(refused.value)
        assert refused.value.field == "reason"
        assert dump(db) == before

    with db.session() as s:
        case.inside(s, world, world.actors["admin"], f"  {REASON} ")
    with db.session() as s:
        assert case.done_inside(s, world)
    rows = overrides(db)
    assert rows, "no period.lock_override audit row"
    for row in rows:
        assert row.reason == REASON and row.user_id == world.actors["admin"].user_id
        assert row.entity == "period_report" and row.entity_id == world.period_id
        after = row.after or {}
        assert after["period"] == "2026-10" and after["kind"] == "monthly"
        assert OCT_START <= date.fromisoformat(after["day"]) <= OCT_END
        assert after["entity"] == case.entity


@pytest.mark.parametrize("name", list(CASES))
def test_writes_dated_outside_the_locked_period_are_unaffected(
        db: Database, world: World, name: str) -> None:
    case = CASES[name]
    with db.session() as s:
        case.outside(s, world, world.actors[case.outside_by], None)
    with db.session() as s:
        assert case.done_outside(s, world)
    assert overrides(db) == []


def test_client_edits_that_do_not_move_the_admission_date_are_not_locked(
        db: Database, world: World) -> None:
    """Budi was admitted inside the locked month: his phone and birth date may still change."""
    staff = world.actors["staff"]
    with db.session() as s:
        c = _client(s, world, "budi")
        cl.update_client(s, staff, c.id, _client_input(
            c.name, c.admission_date, phone="0812-3456-7890", birth_date=date(1990, 10, 12)),
            version=c.version, today=TODAY)
    with db.session() as s:
        c = _client(s, world, "budi")
        assert c.phone == "0812-3456-7890" and c.birth_date == date(1990, 10, 12)
    assert overrides(db) == []


def test_unchanged_saves_inside_the_locked_period_are_not_refused(
        db: Database, world: World) -> None:
    """Saving a form without changing anything writes nothing, so the lock has nothing to say."""
    staff = world.actors["staff"]
    before = dump(db)
    with db.session() as s:
        x = s.get(TrainingSession, world.sess["oct"])
        assert x is not None
        tr.update_session(s, staff, x.id, tr.SessionInput(x.session_date, x.jp, x.topic),
                          version=x.version)
    assert dump(db) == before
    with db.session() as s:  # only who saved it last changes
        m3 = s.get(FollowUp, world.fu["m3"])
        assert m3 is not None
        fu.record_followup(s, staff, m3.id, fu.FollowUpInput(
            done_date=d(10, 10), method="telepon", outcome="bekerja",
            employer_or_business="Bengkel AC Jaya", monthly_income=2_000_000), today=TODAY)
    with db.session() as s:
        m3 = s.get(FollowUp, world.fu["m3"])
        assert m3 is not None and (m3.done_date, m3.monthly_income) == (d(10, 10), 2_000_000)
    assert overrides(db) == []


def test_attendance_already_saved_in_a_locked_session_is_locked_for_corrections(
        db: Database, world: World) -> None:
    admin, tutor = world.actors["admin"], world.actors["tutor"]
    with db.session() as s:  # recorded before the approval, then October was approved
        s.execute(select(PeriodReport).where(PeriodReport.id == world.period_id)
                  ).scalar_one().approved_at = None
    with db.session() as s:
        at.save_attendance(s, tutor, world.sess["oct"], {})
    with db.session() as s:
        s.get_one(PeriodReport, world.period_id).approved_at = datetime(2026, 11, 5, 9, 30)
    before = dump(db)
    with pytest.raises(WorkflowError, match="Oktober 2026"), db.session() as s:
        at.save_attendance(s, tutor, world.sess["oct"], {world.c["c1"]: "A"},
                           reason="Ternyata tidak hadir")
    assert dump(db) == before
    with db.session() as s:
        sheet = at.save_attendance(s, admin, world.sess["oct"], {world.c["c1"]: "A"},
                                   reason="Ternyata tidak hadir", lock_reason=REASON)
    assert {r.client_id: r.code for r in sheet.rows}[world.c["c1"]] == "A"
    assert [r.reason for r in overrides(db)] == [REASON]


def test_several_days_cost_one_query_without_the_archived_files(
        db: Database, world: World) -> None:
    statements: list[str] = []

    def log(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", log)
    try:
        with db.session() as s:
            s.execute(select(Client.id).limit(1)).all()  # the transaction is open
            statements.clear()
            found = locked_periods(s, [d(9, 30), d(10, 1), None, d(10, 31), d(10, 1),
                                       d(11, 1)])
            assert len(statements) == 1
            assert sorted(found) == [d(10, 1), d(10, 31)]
            assert "pdf" not in statements[0].lower() and "dataset" not in statements[0].lower()
            statements.clear()
            ensure_unlocked(s, world.actors["staff"], [d(11, 2), d(9, 3), None])
            ensure_unlocked(s, world.actors["staff"], None)
            ensure_unlocked(s, world.actors["staff"], [])
            assert len(statements) == 1  # days to check cost one query; no days cost none
    finally:
        event.remove(db.engine, "before_cursor_execute", log)


def test_the_shortest_approved_period_is_named(db: Database, world: World) -> None:
    with db.session() as s:
        s.add(PeriodReport(kind="quarterly", period="2026-Q4", start_date=d(10, 1),
                           end_date=d(12, 31), approved_by=world.actors["head"].user_id,
                           approved_at=datetime(2027, 1, 6, 8, 0)))
    with db.session() as s:
        found = locked_periods(s, [d(10, 15), d(11, 15)])
        assert found[d(10, 15)].period == "2026-10"
        assert found[d(11, 15)].period == "2026-Q4"
    with pytest.raises(WorkflowError, match="Triwulan IV 2026"), db.session() as s:
        _submit(d(11, 8))(s, world, world.actors["staff"], None)
