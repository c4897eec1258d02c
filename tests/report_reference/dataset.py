"""Frozen reference copy (see __init__.py) of:

The data set of a periodic report (docs/ARCHITECTURE.md section 7), computed once with SQL
aggregates.

Each section is one query function (``_flow``, ``_residents``, …); the shape they fill lives in
:mod:`.model`. The same :class:`ReportDataset` is rendered to PDF, to XLSX and in the in-app
preview, so every number has one source. It is plain data (dataclasses of numbers, text and
dates) and turns into JSON with :meth:`ReportDataset.to_dict`; an approved period keeps that
JSON next to its files.

Definitions (the words a reader of the report relies on):

- A client is *resident* on a day when admitted on or before it and not discharged on or before
  it. *Residents at the start* were admitted before the first day of the period and not
  discharged before it; *residents at the end* are resident on its last day. So
  ``at_start + admitted - discharged = at_end`` always holds.
- Breakdowns of residents (PPKS, age, origin, stage) describe the residents at the end; the age is
  taken on the last day of the period, the stage is the latest stage started on or before it.
- A cohort *runs* in the period when its dates overlap it. Its participants are enrollments made
  by the end of the period and not withdrawn before its start. Sessions, JP and attendance count
  sessions held in the period; the attendance rate is (H + T) / recorded. *Graduates* graduated in
  the period; *did not pass* were assessed in the period (or their cohort ended in it); the pass
  rate is graduates / (graduates + did not pass).
- A tutor is *active* when they taught at least one session in the period (the session's tutor,
  else the cohort's).
- Follow-up: *due* in the period, of those *done* by ``as_of`` = min(today, last day); *visits*
  done in the period; *overdue* as of ``as_of`` (due on or before it, not done by then), split
  into those due in the period and the backlog due before it. Each *graduate* with a follow-up
  in the period is counted once, by their latest follow-up; outcomes, the share earning a living
  (bekerja, wirausaha, KUBE) and the median income (of those earning, income recorded) describe
  those graduates, not the visits.
- The track effectiveness table is cumulative up to the end of the period: per track, the
  distinct graduates so far, how many of them have a follow-up done by the end, how many of those
  earn a living by their latest follow-up, and the median of those latest incomes.
- Facility requests are counted with their status on the last day of the period (from the status
  history), among the requests that existed by then.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from jssc_desktop.domain.formatting import age_on
from jssc_desktop.domain.language import official
from jssc_desktop.domain.periods import Period
from jssc_desktop.domain.vocab import (
    AGE_GROUPS,
    ATTENDANCE,
    DISCHARGE_REASONS,
    EARNING_OUTCOMES,
    FACILITY_KINDS,
    FACILITY_STATUSES,
    FOLLOWUP_OUTCOMES,
    FUNDING_SOURCES,
    KAB_KOTA,
    PARTNER_KINDS,
    PPKS,
    PRESENT_CODES,
    STAGES,
    TUTOR_TYPES,
    age_group,
)
from jssc_desktop.reports.model import (
    AidRow,
    AmountRow,
    CohortRow,
    CountRow,
    EffectRow,
    Facility,
    FacilityRow,
    Flow,
    FollowUps,
    MonthsRow,
    PeriodInfo,
    ProfileInfo,
    ReportDataset,
    ReportStatus,
    Residents,
    Signature,
    TrackRow,
    Training,
    TutorGroup,
    TutorRow,
    Tutors,
    report_title,
)
from jssc_desktop.storage.models import (
    Attendance,
    BusinessAid,
    Client,
    Cohort,
    Enrollment,
    FacilityRequest,
    FacilityStatusChange,
    FollowUp,
    Setting,
    StageHistory,
    TrainingSession,
    TrainingTrack,
    Tutor,
    TutorAgreement,
    UptProfile,
)

from .context import latest_followups

__all__ = ["ReportDataset", "build_dataset", "load_logo", "place_name", "report_title"]

UNKNOWN = "Tidak diketahui"
UNKNOWN_CODE = "-"


# ------------------------------------------------------------------------------------- helpers


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _round_rupiah(value: float) -> int:
    """Half up, as people round money (the median of two incomes may end in .5)."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def _median(values: list[int]) -> int | None:
    return _round_rupiah(statistics.median(values)) if values else None


def _sexed(rows: Sequence[Any], order: list[str], names: dict[str, str],
           *, keep_zero: bool = True) -> list[CountRow]:
    """(code, sex, n) tuples to CountRows in vocabulary order, every code of ``order`` present
    (zeros included) and a last "Tidak diketahui" row (code ``-``) holding anything without a
    code or with a code outside the vocabulary, so a table has the same rows in every period.
    ``keep_zero=False`` gives only the codes that occur (free-text groupings)."""
    acc: dict[str, CountRow] = {}
    known = set(order)
    for code, sex, n in rows:
        key = code if code not in (None, "") else UNKNOWN_CODE
        if keep_zero and key not in known:
            key = UNKNOWN_CODE
        row = acc.setdefault(key, CountRow(key, names.get(key, UNKNOWN if key == UNKNOWN_CODE
                                                           else str(key))))
        if sex == "L":
            row.l += int(n)
        elif sex == "P":
            row.p += int(n)
        row.count += int(n)
    out = []
    for code in order:
        if code in acc:
            out.append(acc.pop(code))
        elif keep_zero:
            out.append(CountRow(code, names.get(code, code)))
    if keep_zero and UNKNOWN_CODE not in acc:
        acc[UNKNOWN_CODE] = CountRow(UNKNOWN_CODE, UNKNOWN)
    rest = sorted(acc.values(), key=lambda r: (r.code == UNKNOWN_CODE, r.name))
    return out + rest


def _total(rows: list[CountRow], name: str = "Jumlah") -> CountRow:
    return CountRow("total", name, sum(r.count for r in rows), sum(r.l for r in rows),
                    sum(r.p for r in rows))


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def place_name(kab_kota_code: str | None) -> str:
    """The place a letter is signed in, from a kab/kota code (``3507`` -> ``Malang``)."""
    term = KAB_KOTA.get(kab_kota_code)
    if term is None:
        return ""
    return str(term.extra.get("short") or term.name)


# -------------------------------------------------------------------------------- the sections


def _profile(s: Session) -> ProfileInfo:
    p = s.execute(select(UptProfile).order_by(UptProfile.id).limit(1)).scalar_one_or_none()
    if p is None:
        return ProfileInfo("UPT (profil belum diisi)", "", "", "", "", "", "", "", 0, "", "",
                           False)
    has_logo = s.execute(
        select(UptProfile.logo.is_not(None)).where(UptProfile.id == p.id)).scalar_one()
    return ProfileInfo(
        name=p.name, code=p.code, cluster=_text(p.cluster), address=_text(p.address),
        kab_kota_code=_text(p.kab_kota_code), kab_kota_name=KAB_KOTA.name(p.kab_kota_code),
        phone=_text(p.phone), email=_text(p.email), capacity=int(p.capacity or 0),
        head_name=_text(p.head_name), head_nip=_text(p.head_nip), has_logo=bool(has_logo),
        head_rank=_text(p.head_rank))


def _resident_at_end(period: Period) -> Any:
    """Admitted by the last day and not discharged by then.

    Written as two index lookups (still resident, discharged after the period) so the cost
    follows the residents of the period, not every client ever admitted."""
    return _resident_on(period.end, after=True)


def _resident_on(day: date, *, after: bool) -> Any:
    """Clients admitted by ``day`` (on or before when ``after``, else strictly before) and not
    discharged by then (discharged after ``day``, or on or after it when not ``after``)."""
    admitted = Client.admission_date <= day if after else Client.admission_date < day
    discharged_later = Client.discharge_date > day if after else Client.discharge_date >= day
    return Client.id.in_(
        select(Client.id).where(Client.discharge_date.is_(None), admitted)
        .union_all(select(Client.id).where(discharged_later, admitted)))


def _flow(s: Session, period: Period, capacity: int) -> Flow:
    at_start = s.execute(
        select(func.count(Client.id)).where(_resident_on(period.start, after=False))
    ).scalar_one()
    admitted = dict(s.execute(
        select(Client.sex, func.count(Client.id))
        .where(Client.admission_date >= period.start, Client.admission_date <= period.end)
        .group_by(Client.sex)).all())
    reasons = _sexed(
        s.execute(select(Client.discharge_reason, Client.sex, func.count(Client.id))
                  .where(Client.discharge_date >= period.start,
                         Client.discharge_date <= period.end)
                  .group_by(Client.discharge_reason, Client.sex)).all(),
        DISCHARGE_REASONS.codes, {t.code: t.name for t in DISCHARGE_REASONS})
    at_end = dict(s.execute(
        select(Client.sex, func.count(Client.id)).where(_resident_at_end(period))
        .group_by(Client.sex)).all())
    end_total = sum(int(n) for n in at_end.values())
    return Flow(
        at_start=int(at_start),
        admitted=sum(int(n) for n in admitted.values()),
        admitted_l=int(admitted.get("L", 0)), admitted_p=int(admitted.get("P", 0)),
        discharged=sum(r.count for r in reasons),
        discharged_by_reason=reasons,
        at_end=end_total, at_end_l=int(at_end.get("L", 0)), at_end_p=int(at_end.get("P", 0)),
        capacity=capacity, occupancy=_ratio(end_total, capacity),
        discharged_l=sum(r.l for r in reasons), discharged_p=sum(r.p for r in reasons))


def _residents(s: Session, period: Period) -> Residents:
    resident = _resident_at_end(period)
    by_ppks = _sexed(
        s.execute(select(Client.ppks_code, Client.sex, func.count(Client.id)).where(resident)
                  .group_by(Client.ppks_code, Client.sex)).all(),
        PPKS.codes, {t.code: t.name for t in PPKS})

    ages: list[tuple[str, str, int]] = []
    for birth, sex, n in s.execute(
            select(Client.birth_date, Client.sex, func.count(Client.id)).where(resident)
            .group_by(Client.birth_date, Client.sex)):
        age = age_on(birth, period.end) if birth is not None else None
        ages.append((age_group(max(age, 0)) if age is not None else UNKNOWN_CODE, sex, n))
    by_age = _sexed(ages, AGE_GROUPS.codes, {t.code: t.name for t in AGE_GROUPS},
                    keep_zero=True)

    by_origin = _sexed(
        s.execute(select(Client.kab_kota_code, Client.sex, func.count(Client.id))
                  .where(resident).group_by(Client.kab_kota_code, Client.sex)).all(),
        KAB_KOTA.codes, {t.code: t.name for t in KAB_KOTA})

    # The stage each resident was in on the last day: the latest stage started by then, one
    # look-up per resident on the (client_id, started_on) index.
    stage_then = (select(StageHistory.stage)
                  .where(StageHistory.client_id == Client.id,
                         StageHistory.started_on <= period.end)
                  .order_by(StageHistory.started_on.desc(), StageHistory.id.desc())
                  .limit(1).correlate(Client).scalar_subquery())
    staged = (select(func.coalesce(stage_then, Client.current_stage).label("stage"),
                     Client.sex.label("sex"))
              .where(resident).subquery())
    by_stage = _sexed(
        s.execute(select(staged.c.stage, staged.c.sex, func.count())
                  .group_by(staged.c.stage, staged.c.sex)).all(),
        STAGES.codes, {t.code: t.name for t in STAGES})
    numbers = {code: str(i) for i, code in enumerate(STAGES.codes, start=1)}
    for row in by_stage:  # stages are printed by their number in Permensos 16/2019
        row.code = numbers.get(row.code, row.code)
    return Residents(by_ppks, by_age, by_origin, by_stage, _total(by_ppks))


def _running(period: Period) -> Any:
    return and_(Cohort.start_date <= period.end, Cohort.end_date >= period.start)


def _participating(period: Period) -> Any:
    return and_(Enrollment.enrolled_on <= period.end,
                or_(Enrollment.withdrawn_on.is_(None), Enrollment.withdrawn_on >= period.start))


def _failed_in(period: Period) -> Any:
    decided = func.coalesce(Enrollment.assessed_on, Cohort.end_date)
    return and_(Enrollment.status == "tidak_lulus", decided >= period.start,
                decided <= period.end)


def _graduated_in(period: Period) -> Any:
    return and_(Enrollment.status == "lulus", Enrollment.graduated_on >= period.start,
                Enrollment.graduated_on <= period.end)


def _in_period(column: Any, period: Period) -> Any:
    return and_(column >= period.start, column <= period.end)


def _training(s: Session, period: Period) -> Training:
    tracks = s.execute(select(TrainingTrack.id, TrainingTrack.code, TrainingTrack.name,
                              TrainingTrack.active)
                       .order_by(TrainingTrack.code, TrainingTrack.name)).all()
    rows = {tid: TrackRow(tid, code, name, attendance={c: 0 for c in ATTENDANCE.codes})
            for tid, code, name, _active in tracks}

    for tid, n in s.execute(select(Cohort.track_id, func.count(Cohort.id))
                            .where(_running(period)).group_by(Cohort.track_id)):
        rows[tid].cohorts = int(n)
    for tid, n in s.execute(
            select(Cohort.track_id, func.count(Enrollment.id))
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(_running(period), _participating(period))
            .group_by(Cohort.track_id)):
        rows[tid].enrolled = int(n)
    for tid, n, jp in s.execute(
            select(Cohort.track_id, func.count(TrainingSession.id), func.sum(TrainingSession.jp))
            .join(Cohort, Cohort.id == TrainingSession.cohort_id)
            .where(_in_period(TrainingSession.session_date, period))
            .group_by(Cohort.track_id)):
        rows[tid].sessions, rows[tid].jp = int(n), int(jp or 0)
    for tid, code, n in s.execute(
            select(Cohort.track_id, Attendance.code, func.count(Attendance.id))
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .join(Cohort, Cohort.id == TrainingSession.cohort_id)
            .where(_in_period(TrainingSession.session_date, period))
            .group_by(Cohort.track_id, Attendance.code)):
        rows[tid].attendance[code] = rows[tid].attendance.get(code, 0) + int(n)
    for tid, n in s.execute(
            select(Cohort.track_id, func.count(Enrollment.id))
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(_graduated_in(period)).group_by(Cohort.track_id)):
        rows[tid].graduates = int(n)
    for tid, n in s.execute(
            select(Cohort.track_id, func.count(Enrollment.id))
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(_failed_in(period)).group_by(Cohort.track_id)):
        rows[tid].failed = int(n)

    # Every track, busy or not, so the table has the same rows in every period.
    shown = list(rows.values())
    for row in shown:
        _finish_track(row)
    total = TrackRow(None, "", "Jumlah", attendance={c: 0 for c in ATTENDANCE.codes})
    for row in shown:
        for name in ("cohorts", "enrolled", "sessions", "jp", "graduates", "failed"):
            setattr(total, name, getattr(total, name) + getattr(row, name))
        for code, n in row.attendance.items():
            total.attendance[code] = total.attendance.get(code, 0) + n
    _finish_track(total)
    return Training(shown, total, _cohorts(s, period))


def _finish_track(row: TrackRow) -> None:
    row.recorded = sum(row.attendance.values())
    row.present = sum(n for code, n in row.attendance.items() if code in PRESENT_CODES)
    row.attendance_rate = _ratio(row.present, row.recorded)
    row.pass_rate = _ratio(row.graduates, row.graduates + row.failed)


def _cohorts(s: Session, period: Period) -> list[CohortRow]:
    cohorts = s.execute(
        select(Cohort.id, TrainingTrack.name, Cohort.name, Tutor.name, Cohort.start_date,
               Cohort.end_date, Cohort.status)
        .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
        .outerjoin(Tutor, Tutor.id == Cohort.tutor_id)
        .where(_running(period))
        .order_by(TrainingTrack.name, Cohort.start_date, Cohort.name)).all()
    rows = {cid: CohortRow(cid, track, name, _text(tutor), start, end, status, code=f"A{cid}")
            for cid, track, name, tutor, start, end, status in cohorts}
    if not rows:
        return []
    ids = list(rows)
    for cid, n in s.execute(
            select(Enrollment.cohort_id, func.count(Enrollment.id))
            .where(Enrollment.cohort_id.in_(ids), _participating(period))
            .group_by(Enrollment.cohort_id)):
        rows[cid].enrolled = int(n)
    for cid, n, jp in s.execute(
            select(TrainingSession.cohort_id, func.count(TrainingSession.id),
                   func.sum(TrainingSession.jp))
            .where(TrainingSession.cohort_id.in_(ids),
                   _in_period(TrainingSession.session_date, period))
            .group_by(TrainingSession.cohort_id)):
        rows[cid].sessions, rows[cid].jp = int(n), int(jp or 0)
    present: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for cid, code, n in s.execute(
            select(TrainingSession.cohort_id, Attendance.code, func.count(Attendance.id))
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .where(TrainingSession.cohort_id.in_(ids),
                   _in_period(TrainingSession.session_date, period))
            .group_by(TrainingSession.cohort_id, Attendance.code)):
        present[cid][1] += int(n)
        if code in PRESENT_CODES:
            present[cid][0] += int(n)
    for cid, (p, recorded) in present.items():
        rows[cid].attendance_rate = _ratio(p, recorded)
    for cid, n in s.execute(
            select(Enrollment.cohort_id, func.count(Enrollment.id))
            .where(Enrollment.cohort_id.in_(ids), _graduated_in(period))
            .group_by(Enrollment.cohort_id)):
        rows[cid].graduates = int(n)
    return list(rows.values())


def _tutors(s: Session, period: Period, upt_name: str) -> Tutors:
    who = func.coalesce(TrainingSession.tutor_id, Cohort.tutor_id).label("tutor_id")
    taught = (select(who, func.count(TrainingSession.id).label("sessions"),
                     func.sum(TrainingSession.jp).label("jp"))
              .select_from(TrainingSession)
              .join(Cohort, Cohort.id == TrainingSession.cohort_id)
              .where(_in_period(TrainingSession.session_date, period))
              .group_by(who).subquery())
    result = s.execute(
        select(Tutor.id, Tutor.name, Tutor.tutor_type, Tutor.institution, Tutor.partner_kind,
               taught.c.sessions, taught.c.jp, Tutor.rate_per_jp)
        .join(taught, taught.c.tutor_id == Tutor.id)).all()
    type_order = {code: i for i, code in enumerate(TUTOR_TYPES.codes)}
    result = sorted(result, key=lambda r: (type_order.get(r[2], 99), r[1].casefold(), r[0]))
    pay = _honorarium(s, period, {r[0]: int(r[7] or 0) for r in result})
    rows = []
    for tid, name, ttype, institution, partner, n, jp, rate in result:
        inst = _text(institution) or (upt_name if ttype == "internal" else "")
        cost, outside = pay.get(tid, (0, 0))
        rows.append(TutorRow(tid, name, ttype, TUTOR_TYPES.name(ttype), inst,
                             PARTNER_KINDS.name(partner), int(n), int(jp or 0), f"T{tid}",
                             int(rate or 0), cost, outside if ttype != "internal" else 0))

    def group(key_of: Any, name_of: Any, order: list[str] | None = None) -> list[TutorGroup]:
        acc: dict[str, TutorGroup] = {}
        for r in rows:
            key = key_of(r)
            g = acc.setdefault(key, TutorGroup(key, name_of(r), 0, 0, 0))
            g.tutors += 1
            g.sessions += r.sessions
            g.jp += r.jp
        if order:  # every code of the vocabulary, zeros included
            for k in order:
                acc.setdefault(k, TutorGroup(k, TUTOR_TYPES.name(k), 0, 0, 0))
            return [acc[k] for k in order] + [
                g for k, g in acc.items() if k not in order]
        return sorted(acc.values(), key=lambda g: (-g.jp, g.name))

    by_type = group(lambda r: r.tutor_type, lambda r: r.type_name, TUTOR_TYPES.codes)
    by_inst = group(lambda r: r.institution or UNKNOWN_CODE,
                    lambda r: r.institution or "(lembaga tidak dicatat)")
    for g in by_type:
        g.code = g.key
    for i, g in enumerate(by_inst, start=1):
        g.code = f"L{i}"
    return Tutors(rows, by_type, by_inst, len(rows), sum(r.sessions for r in rows),
                  sum(r.jp for r in rows), sum(r.cost for r in rows),
                  sum(r.outside_agreement for r in rows))


def _honorarium(s: Session, period: Period, base_rate: dict[int, int]
                ) -> dict[int, tuple[int, int]]:
    """Per tutor: the honorarium of the JP taught in the period (JP × the rate of the agreement
    in force on the session's day, else the tutor's own rate) and how many sessions no
    agreement covered."""
    if not base_rate:
        return {}
    who = func.coalesce(TrainingSession.tutor_id, Cohort.tutor_id)
    days = s.execute(
        select(who, TrainingSession.session_date, func.count(TrainingSession.id),
               func.sum(TrainingSession.jp))
        .join(Cohort, Cohort.id == TrainingSession.cohort_id)
        .where(_in_period(TrainingSession.session_date, period), who.is_not(None))
        .group_by(who, TrainingSession.session_date)).all()
    agreements: dict[int, list[tuple[date, date, int]]] = defaultdict(list)
    for tid, start, end, rate in s.execute(
            select(TutorAgreement.tutor_id, TutorAgreement.start_date, TutorAgreement.end_date,
                   TutorAgreement.rate_per_jp)
            .where(TutorAgreement.tutor_id.in_(list(base_rate)),
                   TutorAgreement.start_date <= period.end,
                   TutorAgreement.end_date >= period.start)):
        agreements[tid].append((start, end, int(rate or 0)))
    out: dict[int, tuple[int, int]] = {}
    for tid, day, n, jp in days:
        rates = [r for start, end, r in agreements.get(tid, []) if start <= day <= end]
        rate = max(rates) if rates else base_rate.get(tid, 0)
        cost, outside = out.get(tid, (0, 0))
        out[tid] = (cost + rate * int(jp or 0), outside + (0 if rates else int(n)))
    return out


def _overdue(as_of: date) -> Any:
    """Due on or before ``as_of`` and not done by then: two ranges of the (done_date,
    due_date) index (not done at all; done only after ``as_of``) instead of every follow-up
    due so far."""
    return FollowUp.id.in_(
        select(FollowUp.id).where(FollowUp.done_date.is_(None), FollowUp.due_date <= as_of)
        .union_all(select(FollowUp.id).where(FollowUp.done_date > as_of,
                                             FollowUp.due_date <= as_of)))


def _count(s: Session, *where: Any) -> int:
    return int(s.execute(select(func.count(FollowUp.id)).where(*where)).scalar_one())


def _followups(s: Session, period: Period, today: date) -> FollowUps:
    as_of = min(today, period.end)
    due_in = _in_period(FollowUp.due_date, period)
    done_in = _in_period(FollowUp.done_date, period)
    due = _count(s, due_in)
    due_done = _count(s, due_in, FollowUp.done_date.is_not(None), FollowUp.done_date <= as_of)
    visits = _count(s, done_in)
    overdue_in = _count(s, due_in, _overdue(as_of))
    overdue_before = _count(s, FollowUp.due_date < period.start, _overdue(as_of))

    # Each graduate once: their latest follow-up done by the end, when it falls in the period.
    latest = s.execute(select(FollowUp.outcome, FollowUp.monthly_income)
                       .where(FollowUp.id.in_(latest_followups(period.start, as_of)))).all()
    outcomes = _sexed([(code, "", 1) for code, _income in latest], FOLLOWUP_OUTCOMES.codes,
                      {t.code: t.name for t in FOLLOWUP_OUTCOMES})
    graduates = len(latest)
    earning = sum(r.count for r in outcomes if r.code in EARNING_OUTCOMES)
    incomes = [int(income) for code, income in latest
               if code in EARNING_OUTCOMES and income is not None]
    return FollowUps(
        as_of=as_of, due=due, due_done=due_done, visits=visits,
        overdue_in_period=overdue_in, overdue_before=overdue_before, graduates=graduates,
        outcomes=outcomes, earning=earning, earning_share=_ratio(earning, graduates),
        median_income=_median(incomes), incomes_recorded=len(incomes),
        by_months=_followups_by_months(s, period, as_of), aid=_aid(s, period))


def _followups_by_months(s: Session, period: Period, as_of: date) -> list[MonthsRow]:
    rows = {m: MonthsRow(str(m), f"{m} bulan setelah lulus") for m in (3, 6, 12)}
    queries = (
        ("due", _in_period(FollowUp.due_date, period)),
        ("visits", _in_period(FollowUp.done_date, period)),
        ("overdue", _overdue(as_of)),
        ("earning", and_(_in_period(FollowUp.done_date, period),
                         FollowUp.outcome.in_(EARNING_OUTCOMES))),
    )
    for name, where in queries:
        for months, n in s.execute(select(FollowUp.months_after, func.count(FollowUp.id))
                                   .where(where).group_by(FollowUp.months_after)):
            if months in rows:
                setattr(rows[months], name, int(n))
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


def _effectiveness(s: Session, period: Period, today: date
                   ) -> tuple[list[EffectRow], EffectRow]:
    tracks = s.execute(select(TrainingTrack.id, TrainingTrack.name, TrainingTrack.code)
                       .order_by(TrainingTrack.code, TrainingTrack.name)).all()
    rows = {tid: EffectRow(tid, name, code) for tid, name, code in tracks}
    as_of = min(today, period.end)
    for tid, n in s.execute(
            select(Cohort.track_id, func.count(FollowUp.id))
            .join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(_in_period(FollowUp.due_date, period)).group_by(Cohort.track_id)):
        rows[tid].due = int(n)
    for tid, n in s.execute(
            select(Cohort.track_id, func.count(FollowUp.id))
            .join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(_in_period(FollowUp.done_date, period)).group_by(Cohort.track_id)):
        rows[tid].done = int(n)
    for tid, n in s.execute(
            select(Cohort.track_id, func.count(FollowUp.id))
            .join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(_overdue(as_of)).group_by(Cohort.track_id)):
        rows[tid].overdue = int(n)

    graduated = and_(Enrollment.status == "lulus", Enrollment.graduated_on.is_not(None),
                     Enrollment.graduated_on <= period.end)
    for tid, n in s.execute(
            select(Cohort.track_id, func.count(func.distinct(Enrollment.client_id)))
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(graduated).group_by(Cohort.track_id)):
        rows[tid].graduates = int(n)

    # The latest follow-up done by the end of the period, per graduate and track.
    rank = func.row_number().over(
        partition_by=(Cohort.track_id, FollowUp.client_id),
        order_by=(FollowUp.done_date.desc(), FollowUp.months_after.desc(), FollowUp.id.desc()),
    ).label("rank")
    ranked = (select(Cohort.track_id.label("track_id"), FollowUp.outcome.label("outcome"),
                     FollowUp.monthly_income.label("income"), rank)
              .select_from(FollowUp)
              .join(Enrollment, and_(Enrollment.id == FollowUp.enrollment_id, graduated))
              .join(Cohort, Cohort.id == Enrollment.cohort_id)
              .where(FollowUp.done_date.is_not(None), FollowUp.done_date <= period.end)
              .subquery())
    incomes: dict[int, list[int]] = defaultdict(list)
    for tid, outcome, income in s.execute(
            select(ranked.c.track_id, ranked.c.outcome, ranked.c.income)
            .where(ranked.c.rank == 1)):
        row = rows[tid]
        row.followed_up += 1
        if outcome in EARNING_OUTCOMES:
            row.working += 1
            if income is not None:
                incomes[tid].append(int(income))
    shown = list(rows.values())  # every track, so the rows are the same in every period
    for tid, row in rows.items():
        row.working_share = _ratio(row.working, row.followed_up)
        row.median_income = _median(incomes[tid])
    total = EffectRow(None, "Jumlah", "total")
    for row in shown:
        for name in ("due", "done", "overdue", "graduates", "followed_up", "working"):
            setattr(total, name, getattr(total, name) + getattr(row, name))
    total.working_share = _ratio(total.working, total.followed_up)
    total.median_income = _median([i for tid in rows for i in incomes[tid]])
    return shown, total


def _facility(s: Session, period: Period) -> Facility:
    # Status on the last day: the latest change made by then; a request without any recorded
    # change has its current status. Requests created after the period are left out.
    rank = func.row_number().over(
        partition_by=FacilityStatusChange.request_id,
        order_by=(FacilityStatusChange.changed_on.desc(), FacilityStatusChange.id.desc()),
    ).label("rank")
    ranked = (select(FacilityStatusChange.request_id.label("request_id"),
                     FacilityStatusChange.to_status.label("to_status"), rank)
              .where(FacilityStatusChange.changed_on <= period.end).subquery())
    latest = select(ranked.c.request_id, ranked.c.to_status).where(ranked.c.rank == 1).subquery()
    changes = (select(FacilityStatusChange.request_id.label("request_id"),
                      func.count(FacilityStatusChange.id).label("n"),
                      func.min(FacilityStatusChange.changed_on).label("first"))
               .group_by(FacilityStatusChange.request_id).subquery())
    result = s.execute(
        select(FacilityRequest.id, FacilityRequest.number, FacilityRequest.title,
               FacilityRequest.kind, FacilityRequest.funding_source, TrainingTrack.name,
               FacilityRequest.estimated_cost, FacilityRequest.status, latest.c.to_status,
               changes.c.n, changes.c.first, FacilityRequest.created_at,
               FacilityRequest.submitted_on, FacilityRequest.completed_on)
        .outerjoin(latest, latest.c.request_id == FacilityRequest.id)
        .outerjoin(changes, changes.c.request_id == FacilityRequest.id)
        .outerjoin(TrainingTrack, TrainingTrack.id == FacilityRequest.track_id)
        .where(or_(FacilityRequest.created_at < _day_after(period.end),
                   changes.c.first <= period.end))
        .order_by(FacilityRequest.number)).all()

    by_status: dict[str, AmountRow] = {c: AmountRow(c, FACILITY_STATUSES.name(c))
                                       for c in FACILITY_STATUSES.codes}
    by_kind: dict[str, AmountRow] = {c: AmountRow(c, FACILITY_KINDS.name(c))
                                     for c in FACILITY_KINDS.codes}
    by_funding: dict[str, AmountRow] = {c: AmountRow(c, FUNDING_SOURCES.name(c))
                                        for c in FUNDING_SOURCES.codes}
    rows = []
    submitted = submitted_cost = completed = completed_cost = 0
    for (rid, number, title, kind, funding, track, cost, current, at_end, n_changes, _first,
         _created, submitted_on, completed_on) in result:
        status = at_end or (current if not n_changes else "draf")
        cost = int(cost or 0)
        for table, key, vocab in ((by_status, status, FACILITY_STATUSES),
                                  (by_kind, kind, FACILITY_KINDS),
                                  (by_funding, funding, FUNDING_SOURCES)):
            row = table.setdefault(key, AmountRow(key, vocab.name(key)))
            row.count += 1
            row.cost += cost
        done_on = completed_on if completed_on is not None and completed_on <= period.end \
            else None
        if submitted_on is not None and period.contains(submitted_on):
            submitted += 1
            submitted_cost += cost
        if completed_on is not None and period.contains(completed_on):
            completed += 1
            completed_cost += cost
        rows.append(FacilityRow(rid, number, title, FACILITY_KINDS.name(kind),
                                FUNDING_SOURCES.name(funding), _text(track), cost, status,
                                FACILITY_STATUSES.name(status), done_on))
    return Facility(
        total=len(rows), total_cost=sum(r.estimated_cost for r in rows),
        by_status=list(by_status.values()), by_kind=list(by_kind.values()),
        by_funding=list(by_funding.values()),
        submitted=submitted, submitted_cost=submitted_cost,
        completed=completed, completed_cost=completed_cost, requests=rows)


def _day_after(day: date) -> datetime:
    return datetime.combine(date.fromordinal(day.toordinal() + 1), datetime.min.time())


def _signature(s: Session, profile: ProfileInfo, today: date) -> Signature:
    """Signed where the UPT is, on the day the report is made (an approval re-dates it to the
    approval day and puts the approver's name in it)."""
    setting = s.get(Setting, "report_place")
    place = (setting.value.strip() if setting is not None and setting.value else "") or \
        place_name(profile.kab_kota_code)
    return Signature(place=place, day=today, position="Kepala UPT",
                     head_name=profile.head_name, head_nip=profile.head_nip,
                     head_rank=profile.head_rank or None)


@official
def build_dataset(session: Session, period: Period, *, today: date | None = None) -> ReportDataset:
    """Every number of the report for ``period``, from the database as it is now; the status
    is ``sementara`` until :mod:`.approval` says otherwise."""
    from .context import build_context, summary_of

    today = today or date.today()
    profile = _profile(session)
    eff = _effectiveness(session, period, today)
    ds = ReportDataset(
        period=PeriodInfo(period.kind, period.kind_name, period.key, period.start, period.end,
                          period.label),
        generated_at=datetime.now().replace(microsecond=0),
        profile=profile,
        flow=_flow(session, period, profile.capacity),
        residents=_residents(session, period),
        training=_training(session, period),
        tutors=_tutors(session, period, profile.name),
        followups=_followups(session, period, today),
        effectiveness=eff[0],
        effectiveness_total=eff[1],
        facility=_facility(session, period),
        signature=_signature(session, profile, today),
        status=ReportStatus("sementara", min(today, period.end)),
    )
    ds.summary = summary_of(ds)
    ds.context = build_context(session, period, ds.summary, today)
    return ds


def load_logo(session: Session) -> bytes | None:
    """The letterhead logo of the UPT profile, if one was stored."""
    return session.execute(
        select(UptProfile.logo).order_by(UptProfile.id).limit(1)).scalar_one_or_none()
