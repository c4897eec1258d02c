"""Counting helpers shared by the sections of the report data set: rates, medians in whole
Rupiah, and (code, sex, n) tallies turned into table rows in vocabulary order."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

from .model import CountRow

UNKNOWN = "Tidak diketahui"
UNKNOWN_CODE = "-"


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def round_rupiah(value: float) -> int:
    """Half up, as people round money (the median of two incomes may end in .5)."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def median(values: list[int]) -> int | None:
    return round_rupiah(statistics.median(values)) if values else None


def sexed(rows: Sequence[Any], order: list[str], names: dict[str, str],
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


def total(rows: list[CountRow], name: str = "Jumlah") -> CountRow:
    return CountRow("total", name, sum(r.count for r in rows), sum(r.l for r in rows),
                    sum(r.p for r in rows))
