"""Small helpers of the story (dates as ordinals, weighted choices, SQLite storage forms) and the
plan's records before they become rows."""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Boolean, Date, DateTime

# ------------------------------------------------------------------------------------- helpers


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError(d)


def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def _at(ordinal: int, minutes: int = 0) -> datetime:
    """A deterministic timestamp on a story day: 08:00 plus ``minutes``."""
    return datetime.fromordinal(ordinal) + timedelta(hours=8, minutes=minutes)


def _cum(weights: Iterable[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


class _Picker:
    """Weighted choice with precomputed cumulative weights (fast in hot loops)."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, items: list[Any], weights: Iterable[float]) -> None:
        self.items = items
        self.cum = _cum(weights)
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def _datetime_text(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")


def _date_text(value: date) -> str:
    return value.isoformat()


def _sqlite_converter(column: Any) -> Callable[[Any], Any] | None:
    """How SQLAlchemy's SQLite dialect stores a Python value of this column."""
    kind = column.type
    if isinstance(kind, DateTime):
        return _datetime_text
    if isinstance(kind, Date):
        return _date_text
    if isinstance(kind, Boolean):
        return int
    return None


def _insert_sql(table: str, cols: list[str]) -> str:
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks})'


# The plan of the story, before it becomes rows. Dates are ordinals (date.toordinal()).


@dataclass(slots=True, eq=False)
class _Client:
    id: int
    adm: int
    ppks: str = ""
    sex: str = "L"
    age: int = 0
    birth: int = 0
    kab: str = ""
    chronic: bool = False
    i: int = 0  # start of the intervention stage
    path: str = "stay"  # early | train | stay
    track: int = 0  # preferred training track (index in TRACKS)
    stages: list[tuple[str, int]] = field(default_factory=list)
    dis: int | None = None
    reason: str | None = None
    graduated: bool = False
    enrollment: _Enrollment | None = None


@dataclass(slots=True, eq=False)
class _Cohort:
    track: int
    name: str
    start: int
    end: int
    dates: list[int]
    jp: int
    members: list[_Client]
    status: str
    id: int = 0
    tutor: dict[str, Any] = field(default_factory=dict)
    sub_tutor: dict[str, Any] | None = None


@dataclass(slots=True, eq=False)
class _Enrollment:
    id: int
    cohort: _Cohort
    client: _Client
    enrolled: int
    aid: bool
    status: str = "aktif"
    withdrawn: int | None = None
    score: float | None = None
    result: str | None = None
    assessed: int | None = None
    graduated: int | None = None
    certificate: str | None = None
