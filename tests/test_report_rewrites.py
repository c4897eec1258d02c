"""The report data set rewritten so that its cost follows the period (issue 14, part 4) gives
exactly the numbers of the data set as first written.

``tests/report_reference`` is a frozen copy of the original ``reports/dataset.py`` and
``reports/context.py``; both build the data set of the same periods on a demo database (ten
years of synthetic history with discharges, stage changes, cohorts, attendance, follow-ups and
facility requests), and every section must be equal, number by number, on every backend the
``db`` fixture runs on. Periods of every kind are taken at the start, in the middle and at the
end of the history, one before it, and the current month with ``today`` inside it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from jssc_desktop.domain.periods import parse_period
from jssc_desktop.reports.dataset import build_dataset
from jssc_desktop.services.demo import build_demo
from jssc_desktop.storage.db import Database

from .report_reference.dataset import build_dataset as reference_dataset

TODAY = date(2026, 11, 23)
PERIODS = ("2026-11", "2026-10", "2026-Q4", "2026-Q3", "2026-S2", "2026", "2025", "2024-02",
           "2023-S1", "2021-Q1", "2017-03", "2016", "2015-06")


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, clients=250, years=10, seed=7, today=TODAY)
    return db


def _plain(ds: Any) -> dict[str, Any]:
    data: dict[str, Any] = ds.to_dict()
    data.pop("generated_at")
    return data


def _differences(new: Any, old: Any, path: str = "") -> list[str]:
    if isinstance(new, dict) and isinstance(old, dict):
        out = []
        for key in sorted(set(new) | set(old)):
            out += _differences(new.get(key), old.get(key), f"{path}.{key}")
        return out
    if isinstance(new, list) and isinstance(old, list) and len(new) == len(old):
        return [d for i, (a, b) in enumerate(zip(new, old, strict=True))
                for d in _differences(a, b, f"{path}[{i}]")]
    return [] if new == old else [f"{path}: {new!r} != {old!r}"]


@pytest.mark.parametrize("today", [TODAY, date(2026, 10, 17)])
def test_rewritten_dataset_equals_the_original(demo: Database, today: date) -> None:
    seen: dict[str, int] = dict.fromkeys(
        ("at_end", "sessions", "recorded", "visits", "graduates", "working", "tutors"), 0)
    with demo.session() as s:
        for text in PERIODS:
            period = parse_period(text)
            ds = build_dataset(s, period, today=today)
            old = _plain(reference_dataset(s, period, today=today))
            assert _differences(_plain(ds), old) == [], text
            assert sum(r.count for r in ds.residents.by_stage) == ds.flow.at_end
            for name, value in (
                    ("at_end", ds.flow.at_end), ("sessions", ds.training.total.sessions),
                    ("recorded", ds.training.total.recorded), ("visits", ds.followups.visits),
                    ("graduates", ds.followups.graduates),
                    ("working", ds.effectiveness_total.working), ("tutors", ds.tutors.active)):
                seen[name] += value
    # the demo's history is not empty in these periods, so the equality says something
    assert all(seen.values()), seen


def test_the_comparison_detects_a_changed_number(demo: Database) -> None:
    """The check above can fail: one changed resident shows up as a difference."""
    with demo.session() as s:
        period = parse_period("2026-10")
        new = _plain(build_dataset(s, period, today=TODAY))
        old = _plain(reference_dataset(s, period, today=TODAY))
    new["flow"]["at_end"] += 1
    assert _differences(new, old) == [f".flow.at_end: {new['flow']['at_end']!r} != "
                                      f"{old['flow']['at_end']!r}"]
