"""The data set of a periodic report (docs/ARCHITECTURE.md section 7), computed once with SQL
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

from collections import Counter
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..domain.formatting import age_on
from ..domain.language import official
from ..domain.periods import Period
from ..domain.vocab import (
    AGE_GROUPS,
    ATTENDANCE,
    DISCHARGE_REASONS,
    FACILITY_KINDS,
    FACILITY_STATUSES,
    FUNDING_SOURCES,
    KAB_KOTA,
    PARTNER_KINDS,
    PPKS,
    PRESENT_CODES,
    STAGES,
    TUTOR_TYPES,
    age_group,
)
from ..storage.attendance_counts import COLUMNS
from ..storage.models import (
    Client,
    Cohort,
    Enrollment,
    FacilityRequest,
    FacilityStatusChange,
    Setting,
    TrainingSession,
    TrainingTrack,
    Tutor,
    TutorAgreement,
    UptProfile,
)
from .followup_figures import FollowUpCounts, effectiveness, followups
from .model import (
    AmountRow,
    CohortRow,
    Facility,
    FacilityRow,
    Flow,
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
from .residence import resident_count, residents_at_end
from .tally import UNKNOWN_CODE
from .tally import ratio as _ratio
from .tally import sexed as _sexed
from .tally import total as _total

__all__ = ["ReportDataset", "build_dataset", "load_logo", "place_name", "report_title"]

# ------------------------------------------------------------------------------------- helpers


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


def _flow(s: Session, period: Period, capacity: int,
          residents: list[tuple[str, str, date | None, str | None, str]],
          admissions: list[tuple[str | None, str | None, int]]) -> Flow:
    """The client flow; ``admissions`` are (referral source, sex, how many) of the clients
    admitted in the period (:func:`.context.admissions`, shared with the referral table)."""
    at_start = resident_count(s, period.start, at_end=False)
    admitted: Counter[str | None] = Counter()
    for _source, sex, n in admissions:
        admitted[sex] += n
    reasons = _sexed(
        s.execute(select(Client.discharge_reason, Client.sex, func.count(Client.id))
                  .where(Client.discharge_date >= period.start,
                         Client.discharge_date <= period.end)
                  .group_by(Client.discharge_reason, Client.sex)).all(),
        DISCHARGE_REASONS.codes, {t.code: t.name for t in DISCHARGE_REASONS})
    at_end = Counter(sex for sex, *_rest in residents)
    end_total = len(residents)
    return Flow(
        at_start=at_start,
        admitted=sum(int(n) for n in admitted.values()),
        admitted_l=int(admitted.get("L", 0)), admitted_p=int(admitted.get("P", 0)),
        discharged=sum(r.count for r in reasons),
        discharged_by_reason=reasons,
        at_end=end_total, at_end_l=at_end["L"], at_end_p=at_end["P"],
        capacity=capacity, occupancy=_ratio(end_total, capacity),
        discharged_l=sum(r.l for r in reasons), discharged_p=sum(r.p for r in reasons))


def _counted(pairs: Any) -> list[tuple[Any, str, int]]:
    return [(code, sex, n) for (code, sex), n in Counter(pairs).items()]


def _residents(period: Period,
               residents: list[tuple[str, str, date | None, str | None, str]]) -> Residents:
    """The breakdowns of the residents at the end, each counted from the same rows (one query
    for all of them, see :func:`.residence.residents_at_end`)."""
    by_ppks = _sexed(_counted((ppks, sex) for sex, ppks, _b, _k, _s in residents),
                     PPKS.codes, {t.code: t.name for t in PPKS})
    ages: Counter[tuple[str, str]] = Counter()
    for sex, _p, birth, _k, _s in residents:
        age = age_on(birth, period.end) if birth is not None else None
        ages[(age_group(max(age, 0)) if age is not None else UNKNOWN_CODE, sex)] += 1
    by_age = _sexed([(code, sex, n) for (code, sex), n in ages.items()], AGE_GROUPS.codes,
                    {t.code: t.name for t in AGE_GROUPS}, keep_zero=True)
    by_origin = _sexed(_counted((kab, sex) for sex, _p, _b, kab, _s in residents),
                       KAB_KOTA.codes, {t.code: t.name for t in KAB_KOTA})
    by_stage = _sexed(_counted((stage, sex) for sex, _p, _b, _k, stage in residents),
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
    held = _held(s, period)
    for (_cid, tid), (n, jp, codes) in held.items():
        rows[tid].sessions += n
        rows[tid].jp += jp
        for code, count in codes.items():
            rows[tid].attendance[code] = rows[tid].attendance.get(code, 0) + count
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
    return Training(shown, total, _cohorts(s, period, held))


Held = dict[tuple[int, int], tuple[int, int, dict[str, int]]]


def _held(s: Session, period: Period) -> Held:
    """Per (cohort, track): the sessions and JP held in the period and their attendance by
    code, shared by the per-track and the per-cohort tables. One pass over the period's
    sessions: each session keeps how many attendance records of each code it has
    (storage/attendance_counts.py), so the period's records themselves are not read."""
    codes = ATTENDANCE.codes
    out: Held = {}
    for cid, tid, n, jp, *counts in s.execute(
            select(TrainingSession.cohort_id, Cohort.track_id, func.count(TrainingSession.id),
                   func.sum(TrainingSession.jp),
                   *(func.sum(getattr(TrainingSession, COLUMNS[code])) for code in codes))
            .join(Cohort, Cohort.id == TrainingSession.cohort_id)
            .where(_in_period(TrainingSession.session_date, period))
            .group_by(TrainingSession.cohort_id, Cohort.track_id)):
        out[(int(cid), int(tid))] = (int(n), int(jp or 0), {
            code: int(k) for code, k in zip(codes, counts, strict=True) if k})
    return out


def _finish_track(row: TrackRow) -> None:
    row.recorded = sum(row.attendance.values())
    row.present = sum(n for code, n in row.attendance.items() if code in PRESENT_CODES)
    row.attendance_rate = _ratio(row.present, row.recorded)
    row.pass_rate = _ratio(row.graduates, row.graduates + row.failed)


def _cohorts(s: Session, period: Period, held: Held) -> list[CohortRow]:
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
    for (cid, _tid), (n, jp, codes) in held.items():
        if cid not in rows:  # a session dated outside its cohort's own dates
            continue
        rows[cid].sessions, rows[cid].jp = n, jp
        if codes:
            rows[cid].attendance_rate = _ratio(
                sum(c for code, c in codes.items() if code in PRESENT_CODES),
                sum(codes.values()))
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
    agreement covered.

    The rate of each teaching day is looked up in SQL (the highest rate of the tutor's
    agreements in force that day, on the (tutor, start date) index) and the days are added up
    per tutor and rate there, so a few rows per tutor come back instead of one per teaching
    day."""
    if not base_rate:
        return {}
    who = func.coalesce(TrainingSession.tutor_id, Cohort.tutor_id)
    days = (select(who.label("tutor_id"), TrainingSession.session_date.label("day"),
                   func.count(TrainingSession.id).label("n"),
                   func.sum(TrainingSession.jp).label("jp"))
            .join(Cohort, Cohort.id == TrainingSession.cohort_id)
            .where(_in_period(TrainingSession.session_date, period), who.is_not(None))
            .group_by(who, TrainingSession.session_date).subquery())
    agreed = (select(func.max(func.coalesce(TutorAgreement.rate_per_jp, 0)))
              .where(TutorAgreement.tutor_id == days.c.tutor_id,
                     TutorAgreement.start_date <= days.c.day,
                     TutorAgreement.end_date >= days.c.day)
              .scalar_subquery())
    rated = select(days.c.tutor_id, agreed.label("rate"), days.c.n, days.c.jp).subquery()
    out: dict[int, tuple[int, int]] = {}
    for tid, rate, n, jp in s.execute(
            select(rated.c.tutor_id, rated.c.rate, func.sum(rated.c.n), func.sum(rated.c.jp))
            .group_by(rated.c.tutor_id, rated.c.rate)):
        tid = int(tid)
        if tid not in base_rate:
            continue
        cost, outside = out.get(tid, (0, 0))
        if rate is None:  # no agreement in force on those days: the tutor's own rate
            out[tid] = (cost + base_rate[tid] * int(jp or 0), outside + int(n))
        else:
            out[tid] = (cost + int(rate) * int(jp or 0), outside)
    return out


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
    from .context import admissions, build_context, summary_of

    today = today or date.today()
    profile = _profile(session)
    counts = FollowUpCounts(session, period, min(today, period.end))
    eff = effectiveness(session, period, counts)
    residents = residents_at_end(session, period.end)
    admitted = admissions(session, period)
    ds = ReportDataset(
        period=PeriodInfo(period.kind, period.kind_name, period.key, period.start, period.end,
                          period.label),
        generated_at=datetime.now().replace(microsecond=0),
        profile=profile,
        flow=_flow(session, period, profile.capacity, residents, admitted),
        residents=_residents(period, residents),
        training=_training(session, period),
        tutors=_tutors(session, period, profile.name),
        followups=followups(session, period, today, counts),
        effectiveness=eff[0],
        effectiveness_total=eff[1],
        facility=_facility(session, period),
        signature=_signature(session, profile, today),
        status=ReportStatus("sementara", min(today, period.end)),
    )
    ds.summary = summary_of(ds)
    ds.context = build_context(session, period, ds.summary, today, admitted)
    return ds


def load_logo(session: Session) -> bytes | None:
    """The letterhead logo of the UPT profile, if one was stored."""
    return session.execute(
        select(UptProfile.logo).order_by(UptProfile.id).limit(1)).scalar_one_or_none()
