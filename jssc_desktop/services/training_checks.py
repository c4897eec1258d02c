"""Checks that keep wrong training data out: a second session of a cohort on one day, a client in
two cohorts whose dates overlap, and participants' enrolment dates following a cohort's start
moved earlier (else the attendance grid of the earlier sessions would be empty).

The first two are unusual but possible (a morning and an afternoon session; a client in a short
course alongside a long one): they raise ConfirmationRequired, and the caller repeats the call with
the user's confirmation.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import ConfirmationRequired
from ..storage.models import Client, Cohort, Enrollment, TrainingSession
from .base import Actor, audit, diff, snapshot
from .period_lock import ensure_unlocked

#: Enrollment statuses that count for an overlap (a withdrawn client is no longer there).
_BUSY = ("aktif",)


def check_same_day_session(s: Session, cohort: Cohort, day: date, *,
                           session_id: int | None, confirmed: bool) -> None:
    """Refuse, until confirmed, a second session of ``cohort`` on ``day``."""
    if confirmed:
        return
    query = select(TrainingSession.id, TrainingSession.topic).where(
        TrainingSession.cohort_id == cohort.id, TrainingSession.session_date == day)
    if session_id is not None:
        query = query.where(TrainingSession.id != session_id)
    other = s.execute(query.limit(1)).first()
    if other is not None:
        topic = f" ({other[1]})" if other[1] else ""
        raise ConfirmationRequired(
            f"Angkatan {cohort.name} sudah memiliki pertemuan pada {day:%d-%m-%Y}{topic}. "
            "Tetap tambahkan pertemuan kedua pada hari yang sama?", "session_date")


def overlapping_enrollments(s: Session, cohort: Cohort, client_ids: list[int]) -> list[str]:
    """One line per client of ``client_ids`` already active in another cohort whose dates
    overlap ``cohort``'s."""
    rows = s.execute(
        select(Client.name, Client.reg_no, Cohort.name, Cohort.start_date, Cohort.end_date)
        .join(Enrollment, Enrollment.client_id == Client.id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .where(Client.id.in_(client_ids), Enrollment.status.in_(_BUSY),
               Cohort.id != cohort.id,
               Cohort.start_date <= cohort.end_date, Cohort.end_date >= cohort.start_date)
        .order_by(Client.name, Cohort.start_date)).all()
    return [f"{name} ({reg}): angkatan {other} {start:%d-%m-%Y} s.d. {end:%d-%m-%Y}"
            for name, reg, other, start, end in rows]


def check_overlapping_enrollments(s: Session, cohort: Cohort, client_ids: list[int], *,
                                  confirmed: bool) -> None:
    if confirmed:
        return
    lines = overlapping_enrollments(s, cohort, client_ids)
    if lines:
        raise ConfirmationRequired(
            f"Masa angkatan {cohort.name} ({cohort.start_date:%d-%m-%Y} s.d. "
            f"{cohort.end_date:%d-%m-%Y}) bertumpang tindih dengan angkatan lain yang masih "
            "diikuti:\n" + "\n".join(lines) + "\nTetap daftarkan?", "client_ids")


def follow_earlier_start(s: Session, actor: Actor, cohort: Cohort, old_start: date,
                         new_start: date, *, lock_reason: str | None) -> int:
    """A cohort's start moved earlier: participants who were there from the old start now are
    from the new start (their enrolment date moves with it). Late joiners keep their date.
    Returns the number of enrolments moved; each move is audited."""
    if new_start >= old_start:
        return 0
    moved = list(s.execute(
        select(Enrollment).where(Enrollment.cohort_id == cohort.id,
                                 Enrollment.enrolled_on <= old_start,
                                 Enrollment.enrolled_on > new_start)).scalars())
    if not moved:
        return 0
    ensure_unlocked(s, actor, [e.enrolled_on for e in moved] + [new_start],
                    reason=lock_reason, entity="cohort", entity_id=cohort.id)
    for enrollment in moved:
        before = snapshot(enrollment)
        enrollment.enrolled_on = new_start
        s.flush()
        b, a = diff(before, snapshot(enrollment))
        audit(s, actor, "enrollment.follow_cohort_start", "enrollment", enrollment.id, b, a)
    return len(moved)
