#!/usr/bin/env python
"""JSSC Desktop benchmarks: every figure is printed beside a baseline measured in the same run.

A figure alone says little (it depends on the machine, the disk, what else runs). Each one is
paired with the same work done the plainest way, with the ``sqlite3`` module and no application
code, on the same machine a moment apart; the ratio between the two is what to watch over time.

    python benchmarks/run.py                 # 100,000 clients over 10 years
    python benchmarks/run.py --quick         # 5,000 clients
    python benchmarks/run.py --reuse FILE    # search figures on an existing demo database

Results go to the terminal as a table and to ``benchmarks/results/latest.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_TODAY = date(2026, 11, 23)


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    baseline: float
    baseline_what: str
    higher_is_better: bool
    details: dict[str, Any] = field(default_factory=dict)
    #: The figure fails when its ratio is above this (lower-is-better figures only) …
    floor_ratio: float | None = None
    #: … or when its value is above this (in its own unit).
    floor_value: float | None = None
    #: The ratio floor is also met when the figure is at most this far above its baseline
    #: (in its own unit): for work whose raw SQL takes a millisecond, a ratio says little.
    floor_margin: float | None = None

    @property
    def ratio(self) -> float:
        """Application figure / baseline figure."""
        return self.value / self.baseline if self.baseline else float("nan")

    @property
    def ok(self) -> bool:
        within_margin = (self.floor_margin is not None
                         and self.value - self.baseline <= self.floor_margin)
        if self.floor_ratio is not None and not self.ratio <= self.floor_ratio \
                and not within_margin:
            return False
        return self.floor_value is None or self.value <= self.floor_value

    @property
    def floor(self) -> str:
        parts = []
        if self.floor_ratio is not None:
            parts.append(f"≤ {self.floor_ratio:g}×" + (
                f" or ≤ +{self.floor_margin:g} {self.unit}" if self.floor_margin else ""))
        if self.floor_value is not None:
            parts.append(f"≤ {self.floor_value:g} {self.unit}")
        return ", ".join(parts)


def _sqlite_pragmas(conn: sqlite3.Connection) -> None:
    """The pragmas the application sets on every connection (storage/db.py)."""
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


# ------------------------------------------------------------------------------ demo build rate


def bench_build(folder: Path, clients: int, years: int, seed: int,
                today: date) -> tuple[list[Figure], Path]:
    from jssc_desktop.services.demo import build_demo
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.migrate import upgrade

    path = folder / "demo.sqlite3"
    _remove_sqlite(path)
    db = Database(str(path))
    upgrade(db)
    print(f"Building demo data: {clients:,} clients over {years} years …", flush=True)
    started = time.perf_counter()
    summary = build_demo(db, clients=clients, years=years, seed=seed, today=today)
    elapsed = time.perf_counter() - started
    db.dispose()
    rows = sum(summary.counts.values())

    base_rows, base_seconds = _baseline_client_insert(path, folder / "baseline.sqlite3")
    details = {"clients": clients, "years": years, "seed": seed, "today": today.isoformat(),
               "seconds": round(elapsed, 3), "rows_written": rows, "counts": summary.counts,
               "baseline_rows": base_rows, "baseline_seconds": round(base_seconds, 3),
               "database_bytes": path.stat().st_size}
    what = "raw sqlite3 executemany of the same client rows (same table and indexes)"
    return [
        Figure("demo build, clients per second", clients / elapsed, "clients/s",
               base_rows / base_seconds, what, True, details),
        Figure("demo build, rows per second (all tables)", rows / elapsed, "rows/s",
               base_rows / base_seconds, what, True, {"rows_written": rows}),
    ], path


def _baseline_client_insert(built: Path, target: Path) -> tuple[int, float]:
    """Insert the demo's own client rows into an empty copy of the clients table."""
    src = sqlite3.connect(built)
    ddl = [sql for (sql,) in src.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'clients' AND sql IS NOT NULL "
        "ORDER BY type DESC")]  # the table first, then its indexes
    rows = src.execute("SELECT * FROM clients ORDER BY id").fetchall()
    src.close()
    _remove_sqlite(target)
    dst = sqlite3.connect(target, isolation_level=None)
    _sqlite_pragmas(dst)
    for sql in ddl:
        dst.execute(sql)
    marks = ", ".join("?" for _ in rows[0])
    started = time.perf_counter()
    dst.execute("BEGIN")
    dst.executemany(f"INSERT INTO clients VALUES ({marks})", rows)
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - started
    dst.close()
    _remove_sqlite(target)
    return len(rows), elapsed


# ------------------------------------------------------------------------------- client search


def _median_ms(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    result = fn()  # warm-up, not counted
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


RAW_COLUMNS = ("id, reg_no, name, sex, birth_date, nik, kab_kota_code, ppks_code, "
               "current_stage, status, admission_date")


def bench_search(path: Path, runs: int) -> list[Figure]:
    try:
        from jssc_desktop.services.clients import ClientQuery, search_clients
    except ImportError as exc:
        print(f"SKIPPED client search: services.clients.search_clients is not available ({exc}).")
        return []
    from jssc_desktop.services.base import Actor
    from jssc_desktop.storage.db import Database

    raw = sqlite3.connect(path)
    n = raw.execute("SELECT COUNT(*) FROM clients").fetchone()[0]
    if not n:
        print("SKIPPED client search: the database has no clients.")
        return []
    name_key = raw.execute("SELECT name_normalized FROM clients WHERE id >= ? ORDER BY id "
                           "LIMIT 1", (n // 2,)).fetchone()[0].split()[0][:4]
    nik = raw.execute("SELECT nik FROM clients WHERE nik IS NOT NULL AND id >= ? ORDER BY id "
                      "LIMIT 1", (n // 3,)).fetchone()[0]
    nik_key = nik[:10]
    nik_upper = str(int(nik_key) + 1).zfill(len(nik_key))

    esc = name_key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    name_where = ("(name_normalized LIKE ? ESCAPE '\\' OR name_normalized LIKE ? ESCAPE '\\')",
                  (esc + "%", "% " + esc + "%"))
    nik_where = ("(nik >= ? AND nik < ?)", (nik_key, nik_upper))

    db = Database(str(path))
    actor = Actor(None, "bench", "admin", "Benchmark")
    figures = []
    for label, text, (where, params) in (("name prefix", name_key, name_where),
                                         ("NIK prefix", nik_key, nik_where)):
        def service(text: str = text) -> Any:
            with db.session() as s:
                return search_clients(s, actor, ClientQuery(text=text, limit=50))

        def baseline(where: str = where, params: tuple = params) -> Any:
            total = raw.execute(f"SELECT COUNT(*) FROM clients WHERE {where}", params).fetchone()
            rows = raw.execute(f"SELECT {RAW_COLUMNS} FROM clients WHERE {where} "
                               "ORDER BY name_normalized, id LIMIT 50 OFFSET 0",
                               params).fetchall()
            return total[0], rows

        app_ms, page = _median_ms(service, runs)
        raw_ms, (raw_total, raw_rows) = _median_ms(baseline, runs)
        details = {"query": text, "runs": runs, "clients": n, "matches": page.total,
                   "baseline_matches": raw_total, "page_rows": len(page.rows)}
        if page.total != raw_total or [r.id for r in page.rows] != [r[0] for r in raw_rows]:
            details["warning"] = ("the baseline SQL no longer matches what search_clients "
                                  "returns; update RAW SQL in benchmarks/run.py")
            print(f"WARNING {label}: {details['warning']}")
        figures.append(Figure(f"client search by {label} '{text}' (median)", app_ms, "ms",
                              raw_ms, "the same count + page query in raw sqlite3", False,
                              details))
    db.dispose()
    raw.close()
    return figures


# ------------------------------------------------------------------------------------- output


def _fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:,.2f} ms"
    if unit == "s":
        return f"{value:,.3f} s"
    return f"{value:,.0f} {unit}"


def print_table(figures: list[Figure]) -> None:
    headers = ("figure", "JSSC Desktop", "baseline", "ratio", "floor", "")
    rows = []
    for f in figures:
        better = "higher is better" if f.higher_is_better else "lower is better"
        verdict = "" if not f.floor else ("ok" if f.ok else "FAILS")
        rows.append((f.name, _fmt(f.value, f.unit), _fmt(f.baseline, f.unit),
                     f"{f.ratio:.3g}× ({better})", f.floor, verdict))
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print()
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    print()
    seen = set()
    for f in figures:
        if f.baseline_what not in seen:
            seen.add(f.baseline_what)
            print(f"baseline of '{f.name}' (and those like it): {f.baseline_what}")


def write_json(figures: list[Figure], args: argparse.Namespace, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                    "platform": platform.platform(), "processor": platform.processor(),
                    "cpus": os.cpu_count()},
        "arguments": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "figures": [dict(asdict(f), ratio=f.ratio, ok=f.ok, floor=f.floor) for f in figures],
    }
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n",
                   encoding="utf-8")
    print(f"Results written to {out}")


SECTIONS = ("build", "search", "startup", "lists", "import", "reports", "audit")


def _demo_file(clients: int, years: int, seed: int, today: date) -> Path:
    """A demo database built once by the application's own command and kept in results/."""
    import subprocess

    path = RESULTS / f"demo-{clients}-{years}y-seed{seed}.sqlite3"
    if not path.exists():
        RESULTS.mkdir(parents=True, exist_ok=True)
        print(f"Building {path.name} (once; later runs reuse it) …", flush=True)
        part = path.with_suffix(".part")
        _remove_sqlite(part)
        subprocess.run([sys.executable, "-m", "jssc_desktop", "--db", str(part), "demo",
                        "--clients", str(clients), "--years", str(years), "--seed", str(seed),
                        "--today", today.isoformat()], check=True, stdout=subprocess.DEVNULL)
        for suffix in ("-wal", "-shm"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        part.rename(path)
    return path


def _at_head(path: Path, folder: Path) -> Path:
    """A working copy of ``path`` migrated to the current schema (the kept file stays as is)."""
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.migrate import upgrade

    copy = folder / path.name
    shutil.copyfile(path, copy)
    db = Database(str(copy))
    upgrade(db)
    db.dispose()
    return copy


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=100_000)
    p.add_argument("--small-clients", type=int, default=2_000,
                   help="clients of the small database with the same years (reports, import)")
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--today", default=DEFAULT_TODAY.isoformat(),
                   help="the demo's 'today' (fixed by default, so runs build the same data)")
    p.add_argument("--quick", action="store_true", help="5,000 clients instead")
    p.add_argument("--runs", type=int, default=15, help="timed runs per search figure")
    p.add_argument("--list-runs", type=int, default=5, help="timed runs per list action")
    p.add_argument("--startup-runs", type=int, default=7)
    p.add_argument("--import-rows", type=int, default=10_000)
    p.add_argument("--import-runs", type=int, default=3)
    p.add_argument("--audit-rows", type=int, default=200_000,
                   help="audit rows behind the daily incremental check")
    p.add_argument("--large", type=Path, metavar="FILE",
                   help="the large demo database to use (default: built once in results/)")
    p.add_argument("--small", type=Path, metavar="FILE",
                   help="the small demo database with the same years (default: built once)")
    p.add_argument("--only", default=",".join(SECTIONS),
                   help=f"comma-separated sections: {', '.join(SECTIONS)}")
    p.add_argument("--reuse", type=Path, metavar="FILE",
                   help="only the search figures, on this existing demo database")
    p.add_argument("--keep", action="store_true", help="keep the database built by 'build'")
    p.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    args = p.parse_args(argv)
    if args.quick:
        args.clients = 5_000
    sections = set(args.only.split(","))
    if args.reuse:
        sections = {"search"}
    today = date.fromisoformat(args.today)

    # The program's modules compiled once, as an installed program has them (pip compiles on
    # install, the frozen build ships bytecode): with PYTHONDONTWRITEBYTECODE set, every
    # process timed below would otherwise compile each changed module again.
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "jssc_desktop"),
                           quiet=1)
    figures: list[Figure] = []
    folder = Path(tempfile.mkdtemp(prefix="jssc-bench-"))
    os.environ.setdefault("JSSC_DATA_DIR", str(folder / "data"))  # pre-migration copies
    env = dict(os.environ)
    try:
        if "build" in sections:
            built, path = bench_build(folder, args.clients, args.years, args.seed, today)
            figures += built
            if args.keep:
                kept = RESULTS / f"demo-{args.clients}.sqlite3"
                _remove_sqlite(kept)
                shutil.copy2(path, kept)
                print(f"Database kept at {kept}")
            _remove_sqlite(path)
        if args.reuse:
            figures += bench_search(args.reuse, args.runs)
        if "audit" in sections:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from bench_audit import bench_audit

            print("Audit log …", flush=True)
            figures += bench_audit(folder, args.list_runs, Figure, rows=args.audit_rows)
        rest = sections - {"build", "audit"}
        if rest:
            large = _at_head(args.large or _demo_file(args.clients, args.years, args.seed,
                                                      today), folder)
            small = None
            if rest & {"import", "reports"}:
                small_src = args.small or _demo_file(args.small_clients, args.years,
                                                     args.seed, today)
                (folder / "small").mkdir()
                small = _at_head(small_src, folder / "small")
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            if "search" in sections and not args.reuse:
                figures += bench_search(large, args.runs)
            if "startup" in sections:
                from bench_startup import bench_startup

                print("Start-up …", flush=True)
                figures += bench_startup(large, args.startup_runs, Figure, env)
            if "lists" in sections:
                from bench_lists import bench_lists
                from PySide6.QtWidgets import QApplication

                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
                _app = QApplication.instance() or QApplication([])  # for the table model
                print("Lists …", flush=True)
                figures += bench_lists(large, args.list_runs, today, Figure)
            if "import" in sections:
                from bench_import import bench_full

                print("Import …", flush=True)
                dbs = {"small": small, "large": large} if small else {"large": large}
                figures += bench_full(dbs, args.import_rows, args.import_runs, Figure, env)
            if "reports" in sections:
                from bench_reports import bench_reports

                print("Reports …", flush=True)
                figures += bench_reports(large, small, args.list_runs, today, Figure, env)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if not figures:
        print("No figures measured.")
        return 1
    print_table(figures)
    write_json(figures, args, args.out)
    failed = [f for f in figures if f.floor and not f.ok]
    if failed:
        print(f"{len(failed)} figure(s) above their floor:")
        for f in failed:
            print(f"  {f.name}: {_fmt(f.value, f.unit)}, {f.ratio:.3g}× (floor {f.floor})")
        return 2
    print("Every floor holds.")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # not through interpreter shutdown: Qt objects of the list figures
