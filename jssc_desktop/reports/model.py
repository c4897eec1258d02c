"""The shape of a periodic report's data set: plain dataclasses of numbers, text and dates.

:mod:`.dataset` fills them from the database; the PDF, the XLSX, the in-app preview and the archive
comparison read them (through :meth:`ReportDataset.to_dict`, which is also what an approved period
keeps as JSON next to its files).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

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
    head_rank: str = ""


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
    discharged_l: int = 0
    discharged_p: int = 0


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
    code: str = ""


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
    code: str = ""
    rate_per_jp: int = 0
    cost: int = 0                   # honorarium: sum of JP × the rate in force
    outside_agreement: int = 0      # sessions of an external tutor not covered by an agreement


@dataclass
class TutorGroup:
    key: str
    name: str
    tutors: int
    sessions: int
    jp: int
    code: str = ""


@dataclass
class Tutors:
    rows: list[TutorRow]
    by_type: list[TutorGroup]
    by_institution: list[TutorGroup]
    active: int
    sessions: int
    jp: int
    cost: int = 0
    outside_agreement: int = 0


@dataclass
class FollowUps:
    """Follow-up in the period. Visits are counted as visits; graduates are counted once each,
    by their latest follow-up done in or before the period."""

    as_of: date                     # min(today, last day of the period)
    due: int                        # due in the period
    due_done: int                   # … of which done by ``as_of``
    visits: int                     # follow-ups done in the period (visits)
    overdue_in_period: int          # due in the period up to ``as_of``, not done by then
    overdue_before: int             # due before the period, still not done by ``as_of``
    graduates: int                  # graduates with a follow-up done in the period
    outcomes: list[CountRow]        # those graduates by their latest outcome
    earning: int
    earning_share: float | None
    median_income: int | None
    incomes_recorded: int
    by_months: list[MonthsRow] = field(default_factory=list)
    aid: list[AidRow] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return self.overdue_in_period + self.overdue_before


@dataclass
class MonthsRow:
    """Follow-ups of one kind (3, 6 or 12 months after graduation)."""

    code: str
    name: str
    due: int = 0
    visits: int = 0
    overdue: int = 0
    earning: int = 0


@dataclass
class AidRow:
    """Business aid by what was given: how many were given in the period and their value
    (``BusinessAid``), and their condition at the follow-ups done in the period."""

    code: str
    name: str
    given: int = 0
    value: int = 0
    count: int = 0
    in_use: int = 0
    not_in_use: int = 0
    broken: int = 0
    unknown: int = 0


@dataclass
class EffectRow:
    track_id: int | None
    name: str
    code: str = ""
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
    head_nip: str | None
    head_rank: str | None = None


@dataclass
class Correction:
    """A change to an approved period: who, when, why, and what it was about."""

    at: datetime
    who: str
    reason: str
    what: str


@dataclass
class ReportStatus:
    """Whether the numbers are final. ``sementara``: the period is unfinished or not approved;
    ``disetujui``: approved and unchanged since; ``perbaikan``: changed (or reopened) after an
    approval, revision ``revision``, until approved again."""

    state: str
    as_of: date
    revision: int = 0
    approved_at: datetime | None = None
    approved_by: str = ""
    checksum: str = ""
    corrections: list[Correction] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)

    @property
    def word(self) -> str:
        """``SEMENTARA``, ``DISETUJUI`` or ``PERBAIKAN KE-2``."""
        if self.state == "perbaikan":
            return f"PERBAIKAN KE-{self.revision}"
        return self.state.upper()


@dataclass
class Summary:
    """The headline figures a province consolidation adds up (and the comparison shows)."""

    clients_start: int
    admitted: int
    discharged: int
    clients_end: int
    graduates: int
    attendance_rate: float | None
    attendance_present: int = 0
    attendance_recorded: int = 0
    followup_graduates: int = 0
    earning: int = 0
    earning_share: float | None = None


@dataclass
class CompareRow:
    code: str
    name: str
    kind: str                      # int | pct
    key: str
    current: float | int | None = None
    previous: float | int | None = None
    last_year: float | int | None = None


@dataclass
class TargetRow:
    code: str
    name: str
    kind: str                      # int | pct
    key: str
    target: float | int | None = None
    actual: float | int | None = None
    achieved: float | None = None  # actual / target


@dataclass
class Context:
    """What a reviewer asks next: the same figures for the previous period and the same period
    a year earlier, the annual targets against actuals (year to date), admissions by referral
    source."""

    previous_label: str
    last_year_label: str
    comparison: list[CompareRow]
    target_year: int
    targets: list[TargetRow]
    referral: list[CountRow]


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
    summary: Summary | None = None
    context: Context | None = None
    status: ReportStatus | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: dates as ISO text, nothing else to convert."""
        data: dict[str, Any] = _jsonable(asdict(self))
        return data

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


def data_checksum(data: dict[str, Any]) -> str:
    """SHA-256 of a data set's figures (its JSON without the status, the signature and the time
    it was made): the same numbers always give the same checksum, printed on an approved
    report so a reader can check it against the archive."""
    import hashlib
    import json

    figures = {k: v for k, v in data.items()
               if k not in ("status", "generated_at", "signature")}
    text = json.dumps(figures, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()
