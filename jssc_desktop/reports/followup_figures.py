"""Follow-up (bimbingan lanjut) sections of the report data set: the follow-up figures of the
period and the cumulative track effectiveness table. Definitions are in :mod:`.dataset`.

Every count of the period comes from three grouped passes, one per set of follow-ups the report
talks about: those *due* in the period, those *done* (visited) in it, and those *overdue* as of
``as_of``. Each pass is grouped by months after graduation and track, so the totals, the
3/6/12-month table and the per-track columns are read from the same rows instead of one query
per figure.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select, union_all
from sqlalchemy.orm import Session

from ..domain.periods import Period
from ..domain.vocab import EARNING_OUTCOMES, FOLLOWUP_OUTCOMES
from ..storage.models import BusinessAid, Cohort, Enrollment, FollowUp, TrainingTrack
from .context import latest_done
from .model import AidRow, EffectRow, FollowUps, MonthsRow
from .residence import unindexed
from .tally import median, ratio, sexed

MONTHS = (3, 6, 12)

#: (months after graduation, track, 0/1 flag, how many)
Tally = list[tuple[int, int, int, int]]


def overdue(as_of: date, *, flag: Any) -> Any:
    """The follow-ups due on or before ``as_of`` and not done by then, as :func:`_flagged`
    rows: two ranges of the done-date index (not done at all; done only after ``as_of``),
    which also holds what the rows need (due date, months, enrollment), instead of
    every follow-up due so far. The due date of the second branch is kept off its own index
    on SQLite (:class:`.residence.unindexed`): without planner statistics SQLite would
    otherwise read every follow-up due so far by due date."""
    return union_all(
        _flagged(FollowUp.done_date.is_(None), FollowUp.due_date <= as_of, flag=flag),
        _flagged(FollowUp.done_date > as_of, unindexed(FollowUp.due_date) <= as_of, flag=flag))


def _flagged(*where: Any, flag: Any) -> Any:
    """Months after graduation, track and a 0/1 ``flag`` of each follow-up matching ``where``,
    the follow-ups read first (their enrollment and cohort then looked up by id: the
    enrollment id is kept off the follow-ups' own index, so that the planner never starts
    from every cohort instead)."""
    return (select(FollowUp.months_after.label("months"), Cohort.track_id.label("track"),
                   flag.label("flag"))
            .select_from(FollowUp)
            .join(Enrollment, Enrollment.id == unindexed(FollowUp.enrollment_id))
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(*where))


def _in_period(column: Any, period: Period) -> Any:
    return and_(column >= period.start, column <= period.end)


def _tallied(s: Session, rows: Any) -> Tally:
    """(months, track, flag, n): ``rows`` grouped in SQL (the flag is a column of a subquery,
    so PostgreSQL groups by the same expression it selects)."""
    sub = rows.subquery()
    return [(int(m), int(t), int(f), int(n)) for m, t, f, n in s.execute(
        select(sub.c.months, sub.c.track, sub.c.flag, func.count())
        .group_by(sub.c.months, sub.c.track, sub.c.flag))]


class FollowUpCounts:
    """The three passes over the period's follow-ups, kept for both sections."""

    def __init__(self, s: Session, period: Period, as_of: date) -> None:
        done_by = case((FollowUp.done_date <= as_of, 1), else_=0)
        earning = case((FollowUp.outcome.in_(EARNING_OUTCOMES), 1), else_=0)
        before = case((FollowUp.due_date < period.start, 1), else_=0)
        self.due = _tallied(s, _flagged(_in_period(FollowUp.due_date, period), flag=done_by))
        self.done = _tallied(s, _flagged(_in_period(FollowUp.done_date, period), flag=earning))
        self.overdue = _tallied(s, overdue(as_of, flag=before))


def _total(rows: Tally, flag: int | None = None) -> int:
    """How many of ``rows`` (only those with ``flag`` when given)."""
    return sum(n for _m, _t, f, n in rows if flag is None or f == flag)


def _by(rows: Tally, key: int, flag: int | None = None) -> dict[int, int]:
    """How many of ``rows`` per months after graduation (``key`` 0) or per track (1)."""
    out: dict[int, int] = defaultdict(int)
    for row in rows:
        if flag is None or row[2] == flag:
            out[row[key]] += row[3]
    return out


def followups(s: Session, period: Period, today: date, counts: FollowUpCounts) -> FollowUps:
    as_of = min(today, period.end)
    # Each graduate once: their latest follow-up done by the end, when it falls in the period,
    # counted per (outcome, income) in SQL rather than read one row per graduate.
    latest = [(code, income, int(n)) for code, income, n in s.execute(
        select(FollowUp.outcome, FollowUp.monthly_income, func.count())
        .where(latest_done(period.start, as_of))
        .group_by(FollowUp.outcome, FollowUp.monthly_income))]
    outcomes = sexed([(code, "", n) for code, _income, n in latest], FOLLOWUP_OUTCOMES.codes,
                     {t.code: t.name for t in FOLLOWUP_OUTCOMES})
    graduates = sum(n for _code, _income, n in latest)
    earning = sum(r.count for r in outcomes if r.code in EARNING_OUTCOMES)
    incomes = [int(income) for code, income, n in latest
               if code in EARNING_OUTCOMES and income is not None for _ in range(n)]
    return FollowUps(
        as_of=as_of, due=_total(counts.due), due_done=_total(counts.due, flag=1),
        visits=_total(counts.done), overdue_in_period=_total(counts.overdue, flag=0),
        overdue_before=_total(counts.overdue, flag=1), graduates=graduates,
        outcomes=outcomes, earning=earning, earning_share=ratio(earning, graduates),
        median_income=median(incomes), incomes_recorded=len(incomes),
        by_months=_by_months(counts), aid=_aid(s, period))


def _by_months(counts: FollowUpCounts) -> list[MonthsRow]:
    rows = {m: MonthsRow(str(m), f"{m} bulan setelah lulus") for m in MONTHS}
    for name, tally in (("due", _by(counts.due, 0)), ("visits", _by(counts.done, 0)),
                        ("overdue", _by(counts.overdue, 0)),
                        ("earning", _by(counts.done, 0, flag=1))):
        for months, n in tally.items():
            if months in rows:
                setattr(rows[months], name, n)
    return list(rows.values())


def _aid(s: Session, period: Period) -> list[AidRow]:
    """Business aid by what was given: aid given in the period with its value, and the condition
    of aid as recorded at the follow-ups done in the period (rows merged by name, case and
    spacing ignored)."""
    acc: dict[str, AidRow] = {}

    def row_for(text: object) -> AidRow:
        name = " ".join(str(text).split())
        return acc.setdefault(name.casefold(), AidRow("", name))

    for item, n, value in s.execute(
            select(BusinessAid.item, func.count(BusinessAid.id), func.sum(BusinessAid.value))
            .where(_in_period(BusinessAid.given_date, period))
            .group_by(BusinessAid.item)):
        row = row_for(item)
        row.given += int(n)
        row.value += int(value or 0)
    for text, condition, n in s.execute(
            select(FollowUp.aid_received, FollowUp.aid_condition, func.count(FollowUp.id))
            .where(_in_period(FollowUp.done_date, period), FollowUp.aid_received.is_not(None),
                   FollowUp.aid_received != "")
            .group_by(FollowUp.aid_received, FollowUp.aid_condition)):
        row = row_for(text)
        row.count += int(n)
        slot = {"dipakai": "in_use", "tidak_dipakai": "not_in_use", "rusak": "broken"}.get(
            condition or "", "unknown")
        setattr(row, slot, getattr(row, slot) + int(n))
    out = sorted(acc.values(), key=lambda r: (-r.given, -r.count, r.name.casefold()))
    for i, row in enumerate(out, start=1):
        row.code = f"B{i}"
    return out


def effectiveness(s: Session, period: Period, counts: FollowUpCounts
                  ) -> tuple[list[EffectRow], EffectRow]:
    tracks = s.execute(select(TrainingTrack.id, TrainingTrack.name, TrainingTrack.code)
                       .order_by(TrainingTrack.code, TrainingTrack.name)).all()
    rows = {tid: EffectRow(tid, name, code) for tid, name, code in tracks}
    for name, tally in (("due", counts.due), ("done", counts.done),
                        ("overdue", counts.overdue)):
        for tid, n in _by(tally, 1).items():
            setattr(rows[tid], name, n)

    # Distinct graduates so far per track, read from the (status, graduated_on, cohort_id,
    # client_id) index alone.
    graduated = and_(Enrollment.status == "lulus", Enrollment.graduated_on.is_not(None),
                     Enrollment.graduated_on <= period.end)
    for tid, n in s.execute(
            select(Cohort.track_id, func.count(func.distinct(Enrollment.client_id)))
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(graduated).group_by(Cohort.track_id)):
        rows[tid].graduates = int(n)

    # The latest follow-up done by the end of the period, per graduate and track: those that
    # count by then and are not superseded by then (storage/followup_latest.py), two ranges of
    # the ix_followups_latest index read from the index alone, instead of ranking every
    # follow-up ever done. Each range is grouped on its own: the first (not superseded at all,
    # most of them) comes in the index's order, which is the grouping order, so it is not
    # sorted.
    end = period.end
    incomes: dict[int, list[int]] = defaultdict(list)
    # (the second range is closed above so that SQLite's planner, from its statistics, takes
    # it as the narrow range it is rather than scanning the table)
    for until in (FollowUp.latest_until.is_(None),
                  and_(FollowUp.latest_until > end, FollowUp.latest_until <= date.max)):
        latest = list(s.execute(
            select(FollowUp.latest_track_id, FollowUp.outcome, FollowUp.monthly_income,
                   func.count())
            .where(until, FollowUp.latest_from <= end)
            .group_by(FollowUp.latest_track_id, FollowUp.outcome, FollowUp.monthly_income)))
        _add_latest(rows, incomes, latest)
    shown = list(rows.values())  # every track, so the rows are the same in every period
    for tid, row in rows.items():
        row.working_share = ratio(row.working, row.followed_up)
        row.median_income = median(incomes[tid])
    total = EffectRow(None, "Jumlah", "total")
    for row in shown:
        for name in ("due", "done", "overdue", "graduates", "followed_up", "working"):
            setattr(total, name, getattr(total, name) + getattr(row, name))
    total.working_share = ratio(total.working, total.followed_up)
    total.median_income = median([i for tid in rows for i in incomes[tid]])
    return shown, total


def _add_latest(rows: dict[int, EffectRow], incomes: dict[int, list[int]],
                latest: list[Any]) -> None:
    """Adds (track, outcome, income, how many) latest follow-ups to the table's rows."""
    for tid, outcome, income, n in latest:
        row = rows[tid]
        row.followed_up += int(n)
        if outcome in EARNING_OUTCOMES:
            row.working += int(n)
            if income is not None:
                incomes[tid] += [int(income)] * int(n)
