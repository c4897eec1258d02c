"""Audit figure: the daily check of the audit chain, incremental from the last verified row,
against the full verification of every row done in the same run (issue 14, "Also").

A migrated SQLite file gets ``rows`` audit rows (default 200,000) through the chain's own bulk
append (keyed with the installation secret, like every row). The full check
(``check_audit_log``) reads and recomputes all of them and records the last verified row in the
anchor file beside the database. Then, per timed run, a day's work (``daily`` rows, default
500) is appended through ``services.base.audit`` and the incremental check reads only those
(plus the anchors outside the table). Floor: the incremental check at most 100 ms.
"""

from __future__ import annotations

import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

DAILY_CHECK_MS = 100.0


def _fill(db: Any, rows: int) -> None:
    from jssc_desktop.storage import audit_chain

    start = datetime(2016, 1, 1, 7, 0)
    batch = 20_000
    for first in range(0, rows, batch):
        chunk = [{"at": start + timedelta(minutes=i), "user_id": 1, "username": "admin",
                  "action": "client.update", "entity": "client", "entity_id": i % 5000 + 1,
                  "before": {"phone": "0812"}, "after": {"phone": "0813"}, "reason": None}
                 for i in range(first, min(rows, first + batch))]
        with db.session() as s:
            audit_chain.append_many(s, chunk)


def bench_audit(folder: Path, runs: int, figure: Any, *, rows: int = 200_000,
                daily: int = 500) -> list[Any]:
    from jssc_desktop.services.audit_log import check_audit_log
    from jssc_desktop.services.base import Actor, audit
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.migrate import upgrade

    path = folder / "audit.sqlite3"
    db = Database(str(path))
    upgrade(db)
    admin = Actor(1, "admin", "admin", "Admin")
    started = time.perf_counter()
    _fill(db, rows)
    fill_s = time.perf_counter() - started
    full_ms = []
    for _ in range(2):
        t0 = time.perf_counter()
        check = check_audit_log(db, admin)
        full_ms.append((time.perf_counter() - t0) * 1000)
        assert check.ok, check.message
    quick_ms = []
    checked = 0
    for run in range(runs):
        with db.session() as s:  # a day's work, one unit of work per change as in the app
            for i in range(daily):
                audit(s, admin, "client.update", "client", i + 1, {"n": run}, {"n": run + 1})
        t0 = time.perf_counter()
        check = check_audit_log(db, admin, incremental=True)
        quick_ms.append((time.perf_counter() - t0) * 1000)
        assert check.ok and check.incremental, check.message
        checked = check.checked
    db.dispose()
    full = statistics.median(full_ms)
    quick = statistics.median(quick_ms)
    return [figure(
        f"audit log daily check, {daily} new of {rows:,} rows (median)", quick, "ms", full,
        "full verification of every row", False,
        details={"rows": rows, "daily": daily, "checked_per_run": checked,
                 "full_ms": full_ms, "incremental_ms": quick_ms,
                 "per_row_us_full": full * 1000 / rows, "fill_seconds": fill_s},
        floor_value=DAILY_CHECK_MS)]
