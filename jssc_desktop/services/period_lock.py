"""Periods locked by an approved report.

Once the Kepala UPT approves a period report, the numbers it carries must not move: any change
to data dated inside that period (an admission, a discharge, a session, attendance, a follow-up,
a facility status change…) is refused. An administrator may still correct such data when they
give a reason; the override is written to the audit log.

Services call :func:`ensure_unlocked` before writing, with the date the data is about:

    ensure_unlocked(s, actor, data.admission_date, reason=reason)

and, when a change moves a date, for both the old and the new date.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError, WorkflowError
from ..domain.formatting import format_date
from ..domain.periods import KIND_NAMES, parse_period
from ..storage.models import PeriodReport
from .base import ADMIN, Actor, audit, clean_text


def locked_period(session: Session, day: date | None) -> PeriodReport | None:
    """The approved period report covering ``day``, if any (the shortest such period)."""
    if day is None:
        return None
    return session.execute(
        select(PeriodReport)
        .where(PeriodReport.approved_at.is_not(None), PeriodReport.start_date <= day,
               PeriodReport.end_date >= day)
        .order_by(PeriodReport.end_date, PeriodReport.start_date.desc(), PeriodReport.id)
        .limit(1)
    ).scalar_one_or_none()


def period_label(row: PeriodReport) -> str:
    """``laporan bulanan Oktober 2026``."""
    try:
        label = parse_period(row.period).label
    except ValidationError:
        label = row.period
    return f"laporan {KIND_NAMES.get(row.kind, row.kind).lower()} {label}"


def ensure_unlocked(session: Session, actor: Actor, day: date | None, *,
                    reason: str | None = None, entity: str | None = None,
                    entity_id: int | None = None) -> None:
    """Refuse a change to data dated ``day`` when an approved report covers that day.

    An administrator who gives a ``reason`` may go ahead; the override is audited (action
    ``period.lock_override``) with the day, the period and what was changed.
    """
    row = locked_period(session, day)
    if row is None:
        return
    assert day is not None
    what = period_label(row)
    approved = format_date(row.approved_at.date()) if row.approved_at else ""
    why = clean_text(reason)
    if actor.role == ADMIN and why:
        audit(session, actor, "period.lock_override", "period_report", row.id,
              after={"day": day.isoformat(), "period": row.period, "kind": row.kind,
                     "entity": entity, "entity_id": entity_id}, reason=why)
        return
    if actor.role == ADMIN:
        raise WorkflowError(
            f"Tanggal {format_date(day)} termasuk {what} yang sudah disetujui dan dikunci. "
            "Administrator dapat tetap mengubahnya dengan menuliskan alasan koreksi.", "reason")
    raise WorkflowError(
        f"Tanggal {format_date(day)} termasuk {what} yang sudah disetujui Kepala UPT"
        f"{' pada ' + approved if approved else ''}; data periode itu dikunci dan tidak dapat "
        "diubah. Hubungi Administrator bila perlu koreksi.")
