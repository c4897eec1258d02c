"""The context a reviewer asks for next to a period's figures: the same headline figures for the
previous period and for the same period a year earlier, the UPT's annual targets (set in
Settings, see ``services/targets.py``) against what was achieved so far that year, and admissions
by referral source.

The headline figures are a :class:`Summary`, which is also the ``summary`` a province
consolidation adds up.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..domain.periods import Period, parse_period_for_kind
from ..domain.vocab import EARNING_OUTCOMES, PRESENT_CODES
from ..services.targets import TARGETS, target_key
from ..storage.attendance_counts import COLUMNS
from ..storage.models import (
    Client,
    Enrollment,
    FollowUp,
    Setting,
    TrainingSession,
    UptProfile,
)
from .model import CompareRow, Context, CountRow, ReportDataset, Summary, TargetRow
from .residence import resident_count

#: The figures compared with the previous period and the same period a year earlier.
COMPARED: tuple[tuple[str, str, str], ...] = (
    ("clients_start", "Klien pada awal periode", "int"),
    ("admitted", "Klien masuk", "int"),
    ("discharged", "Klien keluar", "int"),
    ("clients_end", "Klien pada akhir periode", "int"),
    ("graduates", "Lulusan pelatihan", "int"),
    ("attendance_rate", "Tingkat kehadiran pelatihan", "pct"),
    ("followup_graduates", "Lulusan terpantau bimbingan lanjut", "int"),
    ("earning_share", "Lulusan terpantau yang bekerja/berwirausaha", "pct"),
)


def summary_of(ds: ReportDataset) -> Summary:
    """The headline figures of a data set already computed."""
    t = ds.training.total
    return Summary(
        clients_start=ds.flow.at_start, admitted=ds.flow.admitted,
        discharged=ds.flow.discharged, clients_end=ds.flow.at_end, graduates=t.graduates,
        attendance_rate=t.attendance_rate, attendance_present=t.present,
        attendance_recorded=t.recorded, followup_graduates=ds.followups.graduates,
        earning=ds.followups.earning, earning_share=ds.followups.earning_share)


def summary_between(s: Session, start: date, end: date) -> Summary:
    """The headline figures for the days ``start``…``end`` (a few aggregate queries)."""

    def one(query: Any) -> int:
        return int(s.execute(query).scalar_one() or 0)

    # Residents on the first and the last day: found on the discharge-date index, so the cost
    # follows the residents of those days, not every client ever admitted (.residence).
    at_start = resident_count(s, start, at_end=False)
    admitted = _admitted(s, start, end)
    discharged = one(select(func.count(Client.id)).where(
        Client.discharge_date >= start, Client.discharge_date <= end))
    at_end = resident_count(s, end, at_end=True)
    graduates = _graduates(s, start, end)
    # From the days' sessions, each keeping its attendance by code
    # (storage/attendance_counts.py): the records themselves are not read.
    recorded, present = (int(n or 0) for n in s.execute(
        select(func.sum(sum(_count(code) for code in COLUMNS)),
               func.sum(sum(_count(code) for code in sorted(PRESENT_CODES))))
        .where(TrainingSession.session_date >= start, TrainingSession.session_date <= end)
    ).one())
    followed, earning = latest_outcomes(s, start, end)
    return Summary(at_start, admitted, discharged, at_end, graduates,
                   present / recorded if recorded else None, present, recorded, followed,
                   earning, earning / followed if followed else None)


def _count(code: str) -> Any:
    """A session's attendance records with ``code``."""
    return getattr(TrainingSession, COLUMNS[code])


def _admitted(s: Session, start: date, end: date) -> int:
    return int(s.execute(select(func.count(Client.id)).where(
        Client.admission_date >= start, Client.admission_date <= end)).scalar_one())


def _graduates(s: Session, start: date, end: date) -> int:
    return int(s.execute(select(func.count(Enrollment.id)).where(
        Enrollment.status == "lulus", Enrollment.graduated_on >= start,
        Enrollment.graduated_on <= end)).scalar_one())


def latest_done(start: date, end: date) -> Any:
    """The follow-ups that are their client's latest done by ``end`` and were done on or after
    ``start`` (a condition on follow-ups).

    Those are the follow-ups done between ``start`` and ``end`` whose client has no later one
    done by ``end`` (``client_next_done``, kept by storage/followup_latest.py): one range of the
    done-date index, which holds that column, the outcome and the income, so the cost follows
    the period's follow-ups, not every one ever done nor each client's history."""
    return and_(FollowUp.done_date >= start, FollowUp.done_date <= end,
                or_(FollowUp.client_next_done.is_(None), FollowUp.client_next_done > end))


def latest_followups(start: date, end: date) -> Any:
    """The ids of each graduate's latest follow-up done by ``end``, for the graduates whose
    latest one falls on or after ``start`` (:func:`latest_done`)."""
    return select(FollowUp.id).where(latest_done(start, end))


def latest_outcomes(s: Session, start: date, end: date) -> tuple[int, int]:
    """(graduates whose latest follow-up done by ``end`` falls on or after ``start``, how many of
    them earn a living by it): each graduate counted once."""
    followed = earning = 0
    for outcome, n in s.execute(
            select(FollowUp.outcome, func.count())
            .where(latest_done(start, end))
            .group_by(FollowUp.outcome)):
        followed += int(n)
        earning += int(n) if outcome in EARNING_OUTCOMES else 0
    return followed, earning


def _same_period_last_year(period: Period) -> Period:
    key = period.key
    return parse_period_for_kind(period.kind, f"{int(key[:4]) - 1}{key[4:]}")


def _targets(s: Session, period: Period, capacity: int, today: date
             ) -> tuple[int, list[TargetRow]]:
    year = period.end.year
    stored = {row.key: row.value for row in s.execute(
        select(Setting).where(Setting.key.like(f"target.{year}.%"))).scalars()}
    start = date(year, 1, 1)
    # Only the figures a target is set for, year to date (not a whole summary).
    end = min(period.end, max(today, start))
    followed, earning = latest_outcomes(s, start, end)
    actual: dict[str, float | int | None] = {
        "capacity": capacity, "admissions": _admitted(s, start, end),
        "graduates": _graduates(s, start, end),
        "employment_rate": earning / followed if followed else None}
    rows = []
    for number, (name, label, kind, _top) in enumerate(TARGETS, start=1):
        raw = stored.get(target_key(year, name))
        target: float | int | None
        try:
            target = None if not raw else (float(raw) / 100 if kind == "pct" else int(raw))
        except ValueError:
            target = None
        value = actual[name]
        achieved = value / target if target and value is not None else None
        rows.append(TargetRow(str(number), label, kind, name, target, value, achieved))
    return year, rows


def admissions(s: Session, period: Period) -> list[tuple[str | None, str | None, int]]:
    """(referral source, sex, how many) of the clients admitted in ``period``: the referral
    table of the context and the admissions of the report's client flow, from one query."""
    return [(text, sex, int(n)) for text, sex, n in s.execute(
        select(Client.referral_source, Client.sex, func.count(Client.id))
        .where(Client.admission_date >= period.start, Client.admission_date <= period.end)
        .group_by(Client.referral_source, Client.sex))]


def _referral(admitted: list[tuple[str | None, str | None, int]]) -> list[CountRow]:
    acc: dict[str, CountRow] = {}
    for text, sex, n in admitted:
        name = " ".join(str(text or "").split()) or "(tidak dicatat)"
        row = acc.setdefault(name.casefold(), CountRow("", name))
        row.count += int(n)
        if sex == "L":
            row.l += int(n)
        elif sex == "P":
            row.p += int(n)
    rows = sorted(acc.values(), key=lambda r: (r.name == "(tidak dicatat)", -r.count,
                                               r.name.casefold()))
    for i, row in enumerate(rows, start=1):
        row.code = f"R{i}"
    return rows


def build_context(s: Session, period: Period, current: Summary, today: date,
                  admitted: list[tuple[str | None, str | None, int]] | None = None) -> Context:
    """The context of ``period``; ``admitted`` is :func:`admissions` of the period when the
    caller has it already."""
    previous = period.previous()
    last_year = _same_period_last_year(period)
    before = summary_between(s, previous.start, previous.end)
    # For a year the previous period is the same period a year earlier: computed once.
    year_ago = before if (last_year.start, last_year.end) == (previous.start, previous.end) \
        else summary_between(s, last_year.start, last_year.end)
    comparison = [CompareRow(str(i), label, kind, key, getattr(current, key),
                             getattr(before, key), getattr(year_ago, key))
                  for i, (key, label, kind) in enumerate(COMPARED, start=1)]
    capacity = int(s.execute(select(func.max(UptProfile.capacity))).scalar_one() or 0)
    year, targets = _targets(s, period, capacity, today)
    return Context(previous.label, last_year.label, comparison, year, targets,
                   _referral(admissions(s, period) if admitted is None else admitted))

