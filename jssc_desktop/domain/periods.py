"""Reporting periods: ``2026-10`` (month), ``2026-Q3`` (quarter), ``2026-S2`` (half-year) and
``2026`` (year), each a closed range of dates with an Indonesian label (official documents) and
a label in the display language for the window (:meth:`Period.title`)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError
from .formatting import month_name
from .language import ENGLISH, resolve
from .messages import msg

KINDS = ("monthly", "quarterly", "semester", "annual")
KIND_NAMES = {"monthly": "Bulanan", "quarterly": "Triwulan", "semester": "Semester",
              "annual": "Tahunan"}
KIND_NAMES_EN = {"monthly": "Monthly", "quarterly": "Quarterly", "semester": "Half-yearly",
                 "annual": "Annual"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
MIN_YEAR, MAX_YEAR = 2000, 2100

_PATTERNS = [
    ("monthly", re.compile(r"^(\d{4})-(\d{1,2})$")),
    ("quarterly", re.compile(r"^(\d{4})-[Qq]([1-4])$")),
    ("semester", re.compile(r"^(\d{4})-[Ss]([12])$")),
    ("annual", re.compile(r"^(\d{4})$")),
]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Period:
    kind: str
    key: str
    start: date
    end: date
    label: str

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]

    def kind_name_in(self, language: str | None = None) -> str:
        """``Bulanan`` / ``Monthly`` (default: the display language)."""
        return (KIND_NAMES_EN if resolve(language) == ENGLISH else KIND_NAMES)[self.kind]

    def title(self, language: str | None = None) -> str:
        """The label in ``language`` (default: the display language): ``Oktober 2026`` /
        ``October 2026``, ``Triwulan III 2026`` / ``Quarter III 2026``, ``Semester II 2026`` /
        ``Half-year II 2026``, ``Tahun 2026`` / ``Year 2026``."""
        if resolve(language) != ENGLISH:
            return self.label
        year = self.start.year
        if self.kind == "monthly":
            return f"{month_name(self.start.month, ENGLISH)} {year}"
        if self.kind == "quarterly":
            return f"Quarter {ROMAN[(self.start.month - 1) // 3 + 1]} {year}"
        if self.kind == "semester":
            return f"Half-year {ROMAN[1 if self.start.month <= 6 else 2]} {year}"
        return f"Year {year}"

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def previous(self) -> Period:
        return period_containing(self.kind, date.fromordinal(self.start.toordinal() - 1))

    def next(self) -> Period:
        return period_containing(self.kind, date.fromordinal(self.end.toordinal() + 1))

    @property
    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month in the period."""
        return months_between(self.start, self.end)


@dataclass(frozen=True)
class ReportName:
    """A period's report as a message parameter, in the language the message is shown in:
    ``Laporan bulanan Oktober 2026`` / ``Monthly report October 2026`` (``province``: the
    province's report; ``lower``: inside a sentence, ``laporan bulanan …``)."""

    period: Period
    lower: bool = False
    province: bool = False

    def display(self, language: str | None = None) -> str:
        p = self.period
        if resolve(language) == ENGLISH:
            kind = p.kind_name_in(ENGLISH).lower()
            text = (f"Province {kind} report {p.title(ENGLISH)}" if self.province
                    else f"{p.kind_name_in(ENGLISH)} report {p.title(ENGLISH)}")
        else:
            where = " provinsi" if self.province else ""
            text = f"Laporan{where} {p.kind_name.lower()} {p.label}"
        return text[:1].lower() + text[1:] if self.lower else text

    def __str__(self) -> str:
        return self.display("id")


def _make(kind: str, year: int, number: int) -> Period:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(msg("Tahun periode {year} di luar rentang {min_year}–{max_year}.",
                                  year=year, min_year=MIN_YEAR, max_year=MAX_YEAR),
                              "periode")
    if kind == "monthly":
        if not 1 <= number <= 12:
            raise ValidationError(msg("Bulan {number} tidak ada; isi 1 sampai 12.",
                                      number=number), "periode")
        return Period(kind, f"{year}-{number:02d}", date(year, number, 1),
                      _month_end(year, number), f"{month_name(number, 'id')} {year}")
    if kind == "quarterly":
        first = 3 * (number - 1) + 1
        return Period(kind, f"{year}-Q{number}", date(year, first, 1),
                      _month_end(year, first + 2), f"Triwulan {ROMAN[number]} {year}")
    if kind == "semester":
        first = 6 * (number - 1) + 1
        return Period(kind, f"{year}-S{number}", date(year, first, 1),
                      _month_end(year, first + 5), f"Semester {ROMAN[number]} {year}")
    return Period("annual", str(year), date(year, 1, 1), date(year, 12, 31), f"Tahun {year}")


def parse_period(text: str | None) -> Period:
    """``2026-10`` / ``2026-Q3`` / ``2026-S2`` / ``2026`` to a Period; anything else is refused."""
    raw = (text or "").strip()
    for kind, pattern in _PATTERNS:
        m = pattern.match(raw)
        if m:
            return _make(kind, int(m[1]), int(m[2]) if kind != "annual" else 0)
    raise ValidationError(
        msg("Periode '{raw}' tidak dikenal. Contoh: 2026-10 (bulan), 2026-Q3 (triwulan), "
        "2026-S2 (semester), 2026 (tahun).", raw=raw), "periode")


def parse_period_for_kind(kind: str, text: str | None) -> Period:
    """Parse and check that the period matches the report kind (``monthly`` needs ``2026-10``)."""
    if kind not in KINDS:
        raise ValidationError(
            msg("Jenis laporan '{kind}' tidak dikenal; pilih monthly, quarterly, semester atau "
            "annual.", kind=kind), "jenis")
    period = parse_period(text)
    if period.kind != kind:
        examples = {"monthly": "2026-10", "quarterly": "2026-Q3", "semester": "2026-S2",
                    "annual": "2026"}
        raise ValidationError(
            msg("Periode '{text}' tidak cocok untuk laporan {lower}; "
                "contoh: {examples}.",
                text=text, lower=KIND_NAMES[kind].lower(), examples=examples[kind]), "periode")
    return period


def period_containing(kind: str, day: date) -> Period:
    """The period of the given kind that contains ``day``."""
    if kind == "monthly":
        return _make(kind, day.year, day.month)
    if kind == "quarterly":
        return _make(kind, day.year, (day.month - 1) // 3 + 1)
    if kind == "semester":
        return _make(kind, day.year, 1 if day.month <= 6 else 2)
    if kind == "annual":
        return _make(kind, day.year, 0)
    raise ValidationError(msg("Jenis laporan '{kind}' tidak dikenal.", kind=kind), "jenis")


def recent_periods(kind: str, today: date, count: int = 12) -> list[Period]:
    """The current period and the ones before it, newest first (for pickers)."""
    out = [period_containing(kind, today)]
    while len(out) < count:
        out.append(out[-1].previous())
    return out


def months_between(start: date, end: date) -> list[tuple[int, int]]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
