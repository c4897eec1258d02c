"""Periods locked by an approved report.

Once the Kepala UPT approves a period report, the numbers it carries must not move: any change
to data dated inside that period (an admission, a discharge, a session, attendance, a follow-up,
a facility status change…) is refused. An administrator may still correct such data when they
give a reason; the override is written to the audit log.

Services call :func:`ensure_unlocked` after the permission check and the validation, before
writing, with the date the data is about:

    ensure_unlocked(s, actor, data.admission_date, reason=lock_reason)

and, when a change moves a date, with both the old and the new date (one query for all of them):

    ensure_unlocked(s, actor, [old_date, new_date], reason=lock_reason)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, load_only

from ..domain.errors import PeriodLockedError, ValidationError
from ..domain.messages import msg
from ..domain.periods import KIND_NAMES, ReportName, parse_period
from ..storage.models import PeriodReport
from .base import ADMIN, Actor, audit, clean_text

#: The columns the lock needs; the archived PDF, XLSX and data set are never loaded for it.
_LOCK_COLUMNS = load_only(
    PeriodReport.id, PeriodReport.kind, PeriodReport.period, PeriodReport.start_date,
    PeriodReport.end_date, PeriodReport.approved_by, PeriodReport.approved_at,
)


def _days(day: date | Iterable[date | None] | None) -> list[date]:
    """The distinct dates of ``day`` (one date, None, or several), in order."""
    if day is None:
        return []
    items: Iterable[date | None] = [day] if isinstance(day, date) else day
    out: list[date] = []
    for item in items:
        if item is None:
            continue
        if isinstance(item, datetime):
            item = item.date()
        if item not in out:
            out.append(item)
    return out


def locked_periods(session: Session, days: Iterable[date | None]) -> dict[date, PeriodReport]:
    """For each of ``days`` inside an approved period, the approved report covering it (the
    shortest such period). One query, on the ``(start_date, end_date)`` index, for all days."""
    wanted = _days(days)
    if not wanted:
        return {}
    covers = [and_(PeriodReport.start_date <= d, PeriodReport.end_date >= d) for d in wanted]
    rows = session.execute(
        select(PeriodReport)
        .options(_LOCK_COLUMNS)
        .where(PeriodReport.approved_at.is_not(None),
               covers[0] if len(covers) == 1 else or_(*covers))
        .order_by(PeriodReport.end_date, PeriodReport.start_date.desc(), PeriodReport.id)
    ).scalars().all()
    found: dict[date, PeriodReport] = {}
    for d in wanted:
        for row in rows:  # ordered: the first covering row is the shortest period
            if row.start_date <= d <= row.end_date:
                found[d] = row
                break
    return found


def locked_period(session: Session, day: date | None) -> PeriodReport | None:
    """The approved period report covering ``day``, if any (the shortest such period)."""
    if day is None:
        return None
    return locked_periods(session, [day]).get(day)


def period_label(row: PeriodReport) -> str:
    """``laporan bulanan Oktober 2026``."""
    try:
        label = parse_period(row.period).label
    except ValidationError:
        label = row.period
    return f"laporan {KIND_NAMES.get(row.kind, row.kind).lower()} {label}"


def report_name(row: PeriodReport) -> ReportName | str:
    """The report of ``row`` as a message parameter, in the message's language."""
    try:
        return ReportName(parse_period(row.period), lower=True)
    except ValidationError:
        return period_label(row)


def ensure_unlocked(session: Session, actor: Actor,
                    day: date | Iterable[date | None] | None, *,
                    reason: str | None = None, entity: str | None = None,
                    entity_id: int | None = None) -> None:
    """Refuse a change to data dated ``day`` when an approved report covers that day.

    ``day`` may be one date, None (nothing to check) or several dates (e.g. the old and the new
    date of an edit that moves a date); several dates cost one query as well.

    An administrator who gives a ``reason`` may go ahead; the override is audited (action
    ``period.lock_override``, one row per locked day) with the day, the period and what was
    changed.
    """
    locked = locked_periods(session, _days(day))
    if not locked:
        return
    why = clean_text(reason)
    if actor.role == ADMIN and why:
        for d, row in locked.items():
            audit(session, actor, "period.lock_override", "period_report", row.id,
                  after={"day": d.isoformat(), "period": row.period, "kind": row.kind,
                         "entity": entity, "entity_id": entity_id}, reason=why)
        return
    d, row = next(iter(locked.items()))
    what = report_name(row)
    if actor.role == ADMIN:
        raise PeriodLockedError(
            msg("Tanggal {d} termasuk {what} yang sudah disetujui dan dikunci. "
                "Administrator dapat tetap mengubahnya dengan menuliskan alasan koreksi.",
                d=d, what=what),
            overridable=True)
    approved = msg(" pada {day}", day=row.approved_at.date()) if row.approved_at else ""
    raise PeriodLockedError(
        msg("Tanggal {d} termasuk {what} yang sudah disetujui Kepala UPT"
            "{value}; data periode itu dikunci. Hanya "
            "Administrator yang dapat mengubahnya, dengan menuliskan alasan koreksi.",
            d=d, what=what, value=approved))
