"""Demo UPTs for the province tests: a real SQLite database built by the demo for a seed (each
seed is another UPT of the province's list), and its period packages made by its Kepala UPT."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jssc_desktop.domain.periods import parse_period_for_kind
from jssc_desktop.reports.dataset import build_dataset
from jssc_desktop.reports.package import build_package
from jssc_desktop.services.base import Actor
from jssc_desktop.services.demo import build_demo
from jssc_desktop.storage import audit_key
from jssc_desktop.storage.audit_chain import head_record
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import upgrade
from jssc_desktop.storage.models import UptProfile, User

TODAY = date(2026, 11, 23)


@dataclass
class DemoUpt:
    seed: int
    code: str
    name: str
    path: Path
    secret: bytes
    head: Actor
    packages: dict[tuple[str, str], Path] = field(default_factory=dict)
    #: the data set's summary of each packaged period, as the UPT computed it
    summaries: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)


def demo_upt(base: Path, *, seed: int, clients: int, years: int,
             periods: list[tuple[str, str]], today: date = TODAY) -> DemoUpt:
    """Build the demo UPT of ``seed`` under ``base`` and package ``periods`` (kind, period)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JSSC_DATA_DIR", str(base / "data"))
        audit_key.forget_cache()
        try:
            path = base / f"upt-{seed}.sqlite3"
            db = Database(str(path))
            upgrade(db)
            build_demo(db, clients=clients, years=years, seed=seed, today=today)
            with db.read_session() as s:
                profile = s.execute(select(UptProfile)).scalar_one()
                head = s.execute(select(User).where(User.role == "head")).scalars().first()
                assert head is not None
                actor = Actor(head.id, head.username, "head", head.full_name)
                code, name = profile.code, profile.name
            upt = DemoUpt(seed, code, name, path, b"", actor)
            for kind, period in periods:
                upt.packages[(kind, period)] = build_package(
                    db, actor, kind, period, out_dir=base / f"out-{seed}", today=today)
                with db.read_session() as s:
                    summary = build_dataset(s, parse_period_for_kind(kind, period),
                                            today=today).summary
                assert summary is not None
                upt.summaries[(kind, period)] = dict(summary.__dict__)
            with db.read_session() as s:
                chain = str((head_record(s) or {})["chain_id"])
            upt.secret = audit_key.chain_key(chain, create=False)
            db.dispose()
        finally:
            audit_key.forget_cache()
    return upt


#: The three demo UPTs of the province tests, built once per test run (seeds 1, 2, 3: three
#: different UPTs of the province's list), each with its October 2026 and 2025 packages.
SEEDS = (1, 2, 3)
PERIODS = [("monthly", "2026-10"), ("annual", "2025")]
_built: dict[str, list[DemoUpt]] = {}


def three_upts(base: Path) -> list[DemoUpt]:
    if "three" not in _built:
        _built["three"] = [demo_upt(base, seed=seed, clients=150, years=2, periods=PERIODS)
                           for seed in SEEDS]
    return _built["three"]
