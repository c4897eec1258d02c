"""Removing and listing a cohort's sessions, kept apart from services/training.py (its size);
``services.training`` re-exports both, so callers use them from there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import WorkflowError
from ..domain.messages import msg
from ..storage.models import Attendance, TrainingSession
from .base import Actor, audit, snapshot
from .period_lock import ensure_unlocked

if TYPE_CHECKING:
    from .training import SessionView


def delete_session(s: Session, actor: Actor, session_id: int, *,
                   lock_reason: str | None = None) -> None:
    """Remove a session entered by mistake; refused once attendance has been recorded."""
    from .training import _load_session

    session, cohort = _load_session(s, actor, session_id, "session.edit")
    recorded = s.execute(
        select(func.count(Attendance.id)).where(Attendance.session_id == session.id)
    ).scalar_one()
    if recorded:
        raise WorkflowError(
            msg("Pertemuan {session_date:%d-%m-%Y} angkatan {name} sudah berisi "
                "{recorded} catatan kehadiran; tidak dapat dihapus.",
                session_date=session.session_date, name=cohort.name, recorded=recorded))
    ensure_unlocked(s, actor, session.session_date, reason=lock_reason,
                    entity="training_session", entity_id=session.id)
    before = snapshot(session)
    s.delete(session)
    s.flush()
    audit(s, actor, "session.delete", "training_session", session_id, before=before)


def list_sessions(s: Session, actor: Actor, cohort_id: int) -> list[SessionView]:
    from .training import load_cohort, session_views

    cohort = load_cohort(s, actor, cohort_id, "training.view")
    sessions = list(s.execute(
        select(TrainingSession).where(TrainingSession.cohort_id == cohort.id)
        .order_by(TrainingSession.session_date, TrainingSession.id)).scalars())
    return session_views(s, sessions)
