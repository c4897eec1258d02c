"""The home screen numbers: residents, stages, training, attendance, follow-ups, facility requests.

Every number is one SQL aggregate. A tutor sees only the numbers of their own cohorts (their
participants, their attendance) and nothing of case management, follow-up or facility requests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session

from ..domain.codes import ClientStatus
from ..domain.vocab import PRESENT_CODES, STAGES
from ..storage.models import (
    Attendance,
    Client,
    Cohort,
    Enrollment,
    FacilityRequest,
    FollowUp,
    TrainingSession,
    TrainingTrack,
    Tutor,
    UptProfile,
)
from .base import TUTOR, Actor, can, require
from .facility import awaiting_decision_statuses

ACTIVE = ClientStatus.RESIDENT.value
FINISHED_COHORT = "selesai"
FOLLOWUP_DUE_WINDOW_DAYS = 30


@dataclass(frozen=True)
class Dashboard:
    residents: int
    capacity: int
    by_stage: list[tuple[str, str, int]]
    in_training_by_track: list[tuple[int, str, int]]
    attendance_rate_month: float | None
    #: Follow-ups not done whose due date has passed (before today).
    followups_overdue: int
    facility_awaiting_decision: int
    clients_total: int
    today: date | None = None
    #: 'upt' (every number) or 'tutor' (only the tutor's own cohorts).
    scope: str = "upt"
    admitted_month: int = 0
    discharged_month: int = 0
    in_training: int = 0
    cohorts_running: int = 0
    sessions_month: int = 0
    jp_month: int = 0
    #: Follow-ups not done that fall due from today up to 30 days ahead (overdue ones NOT
    #: included: the two numbers are shown side by side and must not overlap).
    followups_due: int = 0
    facility_in_progress: int = 0
    tutors_active: int = 0
    statuses_awaiting_decision: list[str] = field(default_factory=list)


def _count(session: Session, stmt: Select[Any]) -> int:
    return int(session.execute(stmt).scalar_one() or 0)


def dashboard(session: Session, actor: Actor, *, today: date | None = None) -> Dashboard:
    require(actor, "training.view")
    today = today or date.today()
    month_start = today.replace(day=1)
    own: ColumnElement[bool] | None = None
    if actor.role == TUTOR:
        own = Cohort.tutor_id == actor.tutor_id if actor.tutor_id is not None else Cohort.id < 0

    def cohort_scope(*conds: ColumnElement[bool]) -> list[ColumnElement[bool]]:
        return [*conds, own] if own is not None else list(conds)

    # --- training: enrolled participants of cohorts that have started and are not closed
    running = cohort_scope(Cohort.start_date <= today, Cohort.status != FINISHED_COHORT)
    by_track = session.execute(
        select(TrainingTrack.id, TrainingTrack.name, func.count(Enrollment.id))
        .select_from(Enrollment)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
        .where(Enrollment.status == ACTIVE, *running)
        .group_by(TrainingTrack.id, TrainingTrack.name)
        .order_by(TrainingTrack.name)
    ).all()
    in_training_by_track = [(tid, name, int(n)) for tid, name, n in by_track]
    cohorts_running = _count(session, select(func.count(Cohort.id)).where(*running))

    # --- attendance of this month's sessions (up to today)
    month_sessions = cohort_scope(TrainingSession.session_date >= month_start,
                                  TrainingSession.session_date <= today)
    present = func.sum(case((Attendance.code.in_(sorted(PRESENT_CODES)), 1), else_=0))
    recorded, present_n = session.execute(
        select(func.count(Attendance.id), present)
        .select_from(Attendance)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(Cohort, Cohort.id == TrainingSession.cohort_id)
        .where(*month_sessions)
    ).one()
    attendance_rate = (int(present_n or 0) / int(recorded)) if recorded else None
    sessions_month, jp_month = session.execute(
        select(func.count(TrainingSession.id), func.coalesce(func.sum(TrainingSession.jp), 0))
        .join(Cohort, Cohort.id == TrainingSession.cohort_id)
        .where(*month_sessions)
    ).one()

    if own is not None:
        # A tutor: the participants of their running cohorts, nothing else.
        residents = _count(session, (
            select(func.count(func.distinct(Enrollment.client_id)))
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .join(Client, Client.id == Enrollment.client_id)
            .where(Enrollment.status == ACTIVE, Client.status == ACTIVE, *running)))
        clients_total = _count(session, (
            select(func.count(func.distinct(Enrollment.client_id)))
            .join(Cohort, Cohort.id == Enrollment.cohort_id).where(own)))
        return Dashboard(
            residents=residents, capacity=0, by_stage=[],
            in_training_by_track=in_training_by_track, attendance_rate_month=attendance_rate,
            followups_overdue=0, facility_awaiting_decision=0, clients_total=clients_total,
            today=today, scope="tutor", in_training=sum(n for _, _, n in in_training_by_track),
            cohorts_running=cohorts_running, sessions_month=int(sessions_month),
            jp_month=int(jp_month))

    # --- clients
    residents = _count(session, select(func.count(Client.id)).where(Client.status == ACTIVE))
    clients_total = _count(session, select(func.count(Client.id)))
    capacity = session.execute(
        select(UptProfile.capacity).order_by(UptProfile.id).limit(1)).scalar_one_or_none() or 0
    stage_counts = dict(session.execute(
        select(Client.current_stage, func.count(Client.id))
        .where(Client.status == ACTIVE)
        .group_by(Client.current_stage)
    ).all())
    by_stage = [(t.code, t.display(), int(stage_counts.get(t.code, 0))) for t in STAGES]
    admitted = _count(session, select(func.count(Client.id)).where(
        Client.admission_date >= month_start, Client.admission_date <= today))
    discharged = _count(session, select(func.count(Client.id)).where(
        Client.discharge_date >= month_start, Client.discharge_date <= today))

    # --- follow-up and facility requests, for those allowed to see them
    overdue = due = 0
    if can(actor, "followup.view"):
        overdue = _count(session, select(func.count(FollowUp.id)).where(
            FollowUp.done_date.is_(None), FollowUp.due_date < today))
        due = _count(session, select(func.count(FollowUp.id)).where(
            FollowUp.done_date.is_(None), FollowUp.due_date >= today,
            FollowUp.due_date <= today + timedelta(days=FOLLOWUP_DUE_WINDOW_DAYS)))
    awaiting_statuses = awaiting_decision_statuses()
    awaiting = in_progress = 0
    if can(actor, "facility.view"):
        awaiting = _count(session, select(func.count(FacilityRequest.id)).where(
            FacilityRequest.status.in_(awaiting_statuses)))
        in_progress = _count(session, select(func.count(FacilityRequest.id)).where(
            FacilityRequest.status.in_(("disetujui", "dianggarkan", "dikerjakan"))))
    tutors_active = _count(session, select(func.count(Tutor.id)).where(Tutor.active.is_(True)))

    return Dashboard(
        residents=residents,
        capacity=int(capacity),
        by_stage=by_stage,
        in_training_by_track=in_training_by_track,
        attendance_rate_month=attendance_rate,
        followups_overdue=overdue,
        facility_awaiting_decision=awaiting,
        clients_total=clients_total,
        today=today,
        scope="upt",
        admitted_month=admitted,
        discharged_month=discharged,
        in_training=sum(n for _, _, n in in_training_by_track),
        cohorts_running=cohorts_running,
        sessions_month=int(sessions_month),
        jp_month=int(jp_month),
        followups_due=due,
        facility_in_progress=in_progress,
        tutors_active=tutors_active,
        statuses_awaiting_decision=awaiting_statuses,
    )
