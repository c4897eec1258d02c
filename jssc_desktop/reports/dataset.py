"""The data set of a periodic report (DESIGN.md section 6), computed once with SQL aggregates.

The same :class:`ReportDataset` is rendered to PDF, to XLSX and in the in-app preview, so every
number has one source. It is plain data (dataclasses of numbers, text and dates) and turns into
JSON with :meth:`ReportDataset.to_dict`; an approved period keeps that JSON next to its files.

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
- Follow-up: *due* in the period, of those *done* by its end, *done* in the period, *overdue* at
  its end (due on or before the last day, not done by then). Outcomes, the share earning a living
  (bekerja, wirausaha, KUBE) and the median income describe the follow-ups done in the period;
  the median income is over earning follow-ups with an income recorded.
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
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..domain.formatting import age_on
from ..domain.periods import Period
from ..domain.vocab import (
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
from ..storage.models import (
    Attendance,
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
    UptProfile,
)

UNKNOWN = "Tidak diketahui"
UNKNOWN_CODE = "-"


# ------------------------------------------------------------------------------------ the shape


@dataclass
class ProfileInfo:
    name: str
    code: str
    cluster: str
    address: str
    kab_kota_code: str
    kab_kota_name: str
    phone: str
    email: str
    capacity: int
    head_name: str
    head_nip: str
    has_logo: bool


@dataclass
class PeriodInfo:
    kind: str
    kind_name: str
    key: str
    start: date
    end: date
    label: str


@dataclass
class CountRow:
    """One line of a count by code: ``count`` in all, or per sex (``l``, ``p``)."""

    code: str
    name: str
    count: int = 0
    l: int = 0  # noqa: E741  -- the report's L/P (laki-laki/perempuan) columns
    p: int = 0


@dataclass
class Flow:
    at_start: int
    admitted: int
    admitted_l: int
    admitted_p: int
    discharged: int
    discharged_by_reason: list[CountRow]
    at_end: int
    at_end_l: int
    at_end_p: int
    capacity: int
    occupancy: float | None          # residents at the end / capacity


@dataclass
class Residents:
    """Residents at the end of the period, broken down four ways (each row has l, p, count)."""

    by_ppks: list[CountRow]
    by_age: list[CountRow]
    by_origin: list[CountRow]
    by_stage: list[CountRow]
    total: CountRow


@dataclass
class TrackRow:
    track_id: int | None
    code: str
    name: str
    cohorts: int = 0
    enrolled: int = 0
    sessions: int = 0
    jp: int = 0
    attendance: dict[str, int] = field(default_factory=dict)
    recorded: int = 0
    present: int = 0
    attendance_rate: float | None = None
    graduates: int = 0
    failed: int = 0
    pass_rate: float | None = None


@dataclass
class CohortRow:
    cohort_id: int
    track_name: str
    name: str
    tutor_name: str
    start_date: date
    end_date: date
    status: str
    enrolled: int = 0
    sessions: int = 0
    jp: int = 0
    attendance_rate: float | None = None
    graduates: int = 0


@dataclass
class Training:
    tracks: list[TrackRow]
    total: TrackRow
    cohorts: list[CohortRow]


@dataclass
class TutorRow:
    tutor_id: int
    name: str
    tutor_type: str
    type_name: str
    institution: str
    partner_kind_name: str
    sessions: int
    jp: int


@dataclass
class TutorGroup:
    key: str
    name: str
    tutors: int
    sessions: int
    jp: int


@dataclass
class Tutors:
    rows: list[TutorRow]
    by_type: list[TutorGroup]
    by_institution: list[TutorGroup]
    active: int
    sessions: int
    jp: int


@dataclass
class FollowUps:
    due: int
    due_done: int
    done: int
    overdue: int
    outcomes: list[CountRow]
    earning: int
    earning_share: float | None
    median_income: int | None
    incomes_recorded: int


@dataclass
class EffectRow:
    track_id: int | None
    name: str
    due: int = 0
    done: int = 0
    overdue: int = 0
    graduates: int = 0
    followed_up: int = 0
    working: int = 0
    working_share: float | None = None
    median_income: int | None = None


@dataclass
class AmountRow:
    code: str
    name: str
    count: int = 0
    cost: int = 0


@dataclass
class FacilityRow:
    request_id: int
    number: str
    title: str
    kind_name: str
    funding_name: str
    track_name: str
    estimated_cost: int
    status: str
    status_name: str
    completed_on: date | None


@dataclass
class Facility:
    total: int
    total_cost: int
    by_status: list[AmountRow]
    by_kind: list[AmountRow]
    by_funding: list[AmountRow]
    submitted: int
    submitted_cost: int
    completed: int
    completed_cost: int
    requests: list[FacilityRow]


@dataclass
class Signature:
    place: str
    day: date
    position: str
    head_name: str
    head_nip: str


@dataclass
class ReportDataset:
    period: PeriodInfo
    generated_at: datetime
    profile: ProfileInfo
    flow: Flow
    residents: Residents
    training: Training
    tutors: Tutors
    followups: FollowUps
    effectiveness: list[EffectRow]
    effectiveness_total: EffectRow
    facility: Facility
    signature: Signature

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: dates as ISO text, nothing else to convert."""
        return _jsonable(asdict(self))

    @property
    def title(self) -> str:
        return report_title(self.period.kind_name, self.profile.name, self.period.label)


def report_title(kind_name: str, upt_name: str, label: str) -> str:
    """``LAPORAN BULANAN UPT … PERIODE OKTOBER 2026``."""
    name = upt_name.strip() or "UPT"
    if not name.upper().startswith("UPT"):
        name = f"UPT {name}"
    return f"LAPORAN {kind_name.upper()} {name.upper()} PERIODE {label.upper()}"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable({f.name: getattr(value, f.name) for f in fields(value)})
    return value


# ------------------------------------------------------------------------------------- helpers


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _round_rupiah(value: float) -> int:
    """Half up, as people round money (the median of two incomes may end in .5)."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def _median(values: list[int]) -> int | None:
    return _round_rupiah(statistics.median(values)) if values else None


def _sexed(rows: Sequence[Any], order: list[str], names: dict[str, str],
           *, keep_zero: bool = False) -> list[CountRow]:
    """(code, sex, n) tuples to CountRows in vocabulary order; unknown codes at the end."""
    acc: dict[str, CountRow] = {}
    for code, sex, n in rows:
        key = code if code not in (None, "") else UNKNOWN_CODE
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
        head_name=_text(p.head_name), head_nip=_text(p.head_nip), has_logo=bool(has_logo))


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
        capacity=capacity, occupancy=_ratio(end_total, capacity))


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
        STAGES.codes, {t.code: t.name for t in STAGES}, keep_zero=True)
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
                              TrainingTrack.active).order_by(TrainingTrack.name)).all()
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

    active = {tid for tid, _c, _n, is_active in tracks if is_active}
    shown = []
    for tid, row in rows.items():
        _finish_track(row)
        busy = row.cohorts or row.enrolled or row.sessions or row.graduates or row.failed
        if busy or tid in active:
            shown.append(row)
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
    rows = {cid: CohortRow(cid, track, name, _text(tutor), start, end, status)
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
               taught.c.sessions, taught.c.jp)
        .join(taught, taught.c.tutor_id == Tutor.id)).all()
    type_order = {code: i for i, code in enumerate(TUTOR_TYPES.codes)}
    result = sorted(result, key=lambda r: (type_order.get(r[2], 99), r[1].casefold(), r[0]))
    rows = []
    for tid, name, ttype, institution, partner, n, jp in result:
        inst = _text(institution) or (upt_name if ttype == "internal" else "")
        rows.append(TutorRow(tid, name, ttype, TUTOR_TYPES.name(ttype), inst,
                             PARTNER_KINDS.name(partner), int(n), int(jp or 0)))

    def group(key_of: Any, name_of: Any, order: list[str] | None = None) -> list[TutorGroup]:
        acc: dict[str, TutorGroup] = {}
        for r in rows:
            key = key_of(r)
            g = acc.setdefault(key, TutorGroup(key, name_of(r), 0, 0, 0))
            g.tutors += 1
            g.sessions += r.sessions
            g.jp += r.jp
        if order:
            return [acc[k] for k in order if k in acc] + [
                g for k, g in acc.items() if k not in order]
        return sorted(acc.values(), key=lambda g: (-g.jp, g.name))

    by_type = group(lambda r: r.tutor_type, lambda r: r.type_name, TUTOR_TYPES.codes)
    by_inst = group(lambda r: r.institution or UNKNOWN_CODE,
                    lambda r: r.institution or "(lembaga tidak dicatat)")
    return Tutors(rows, by_type, by_inst, len(rows), sum(r.sessions for r in rows),
                  sum(r.jp for r in rows))


def _followups(s: Session, period: Period) -> FollowUps:
    due = s.execute(select(func.count(FollowUp.id))
                    .where(_in_period(FollowUp.due_date, period))).scalar_one()
    due_done = s.execute(select(func.count(FollowUp.id)).where(
        _in_period(FollowUp.due_date, period), FollowUp.done_date.is_not(None),
        FollowUp.done_date <= period.end)).scalar_one()
    overdue = s.execute(select(func.count(FollowUp.id)).where(
        FollowUp.due_date <= period.end,
        or_(FollowUp.done_date.is_(None), FollowUp.done_date > period.end))).scalar_one()
    outcomes = _sexed(
        [(code, "", n) for code, n in s.execute(
            select(FollowUp.outcome, func.count(FollowUp.id))
            .where(_in_period(FollowUp.done_date, period))
            .group_by(FollowUp.outcome))],
        FOLLOWUP_OUTCOMES.codes, {t.code: t.name for t in FOLLOWUP_OUTCOMES}, keep_zero=True)
    done = sum(r.count for r in outcomes)
    earning = sum(r.count for r in outcomes if r.code in EARNING_OUTCOMES)
    incomes = [int(v or 0) for v in s.execute(
        select(FollowUp.monthly_income).where(
            _in_period(FollowUp.done_date, period), FollowUp.outcome.in_(EARNING_OUTCOMES),
            FollowUp.monthly_income.is_not(None))).scalars()]
    return FollowUps(int(due), int(due_done), done, int(overdue), outcomes, earning,
                     _ratio(earning, done), _median(incomes), len(incomes))


def _effectiveness(s: Session, period: Period) -> tuple[list[EffectRow], EffectRow]:
    tracks = s.execute(select(TrainingTrack.id, TrainingTrack.name)
                       .order_by(TrainingTrack.name)).all()
    rows = {tid: EffectRow(tid, name) for tid, name in tracks}
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
            .where(FollowUp.due_date <= period.end,
                   or_(FollowUp.done_date.is_(None), FollowUp.done_date > period.end))
            .group_by(Cohort.track_id)):
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
    shown = []
    for tid, row in rows.items():
        row.working_share = _ratio(row.working, row.followed_up)
        row.median_income = _median(incomes[tid])
        if row.due or row.done or row.overdue or row.graduates:
            shown.append(row)
    total = EffectRow(None, "Jumlah")
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
        by_funding=[r for r in by_funding.values() if r.count],
        submitted=submitted, submitted_cost=submitted_cost,
        completed=completed, completed_cost=completed_cost, requests=rows)


def _day_after(day: date) -> datetime:
    return datetime.combine(date.fromordinal(day.toordinal() + 1), datetime.min.time())


def _signature(s: Session, period: Period, profile: ProfileInfo, today: date) -> Signature:
    setting = s.get(Setting, "report_place")
    place = (setting.value.strip() if setting is not None and setting.value else "") or \
        place_name(profile.kab_kota_code)
    return Signature(place=place, day=min(period.end, today), position="Kepala UPT",
                     head_name=profile.head_name, head_nip=profile.head_nip)


def build_dataset(session: Session, period: Period, *, today: date | None = None) -> ReportDataset:
    """Every number of the report for ``period``, from the database as it is now."""
    today = today or date.today()
    profile = _profile(session)
    return ReportDataset(
        period=PeriodInfo(period.kind, period.kind_name, period.key, period.start, period.end,
                          period.label),
        generated_at=datetime.now().replace(microsecond=0),
        profile=profile,
        flow=_flow(session, period, profile.capacity),
        residents=_residents(session, period),
        training=_training(session, period),
        tutors=_tutors(session, period, profile.name),
        followups=_followups(session, period),
        effectiveness=(eff := _effectiveness(session, period))[0],
        effectiveness_total=eff[1],
        facility=_facility(session, period),
        signature=_signature(session, period, profile, today),
    )


def load_logo(session: Session) -> bytes | None:
    """The letterhead logo of the UPT profile, if one was stored."""
    return session.execute(
        select(UptProfile.logo).order_by(UptProfile.id).limit(1)).scalar_one_or_none()
