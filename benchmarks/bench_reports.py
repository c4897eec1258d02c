"""Report figures: the data set of a month, a quarter, a semester and a year on the large
database (floor: 0.3 s each), both warm (the same process building it again) and cold (the
first data set of a fresh process, which is what a user meets: the window and the command line
build it once per process and period), the same on a small database with the same ten years (the
cost must follow the period's own rows, not the number of clients in the history), and whole
report commands (PDF + XLSX) against ``jssc-desktop user list`` on the large database, process
start included.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATASET_S = 0.3
MONTHLY_RATIO = 2.5
ANNUAL_RATIO = 3.5

PERIODS = (("monthly", "2026-10"), ("quarterly", "2026-Q3"), ("semester", "2026-S1"),
           ("annual", "2025"))


def _period_rows(data: Any) -> int:
    """The period's own rows, roughly: clients resident in it, sessions held, follow-ups due
    or done, cohorts running."""
    return (data.flow.at_start + data.flow.admitted + data.training.total.sessions
            + data.followups.due + data.followups.visits + len(data.training.cohorts))


def _dataset_seconds(path: Path, period_text: str, runs: int,
                     today: date) -> tuple[float, int, float]:
    """Median wall seconds of the data set, the period's own rows, and the median CPU seconds
    of this process (the figure to trust when the machine is shared: others' work does not
    add to it)."""
    from jssc_desktop.domain.periods import parse_period
    from jssc_desktop.reports.dataset import build_dataset
    from jssc_desktop.storage.db import Database

    db = Database(str(path))
    period = parse_period(period_text)

    def once() -> Any:
        with db.read_session() as s:  # as reports.generate_report_in reads it
            return build_dataset(s, period, today=today)

    rows = _period_rows(once())  # the first (cold) call is measured by _cold_dataset_seconds
    times, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        once()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    db.dispose()
    return statistics.median(times), rows, statistics.median(cpu)


#: The first data set of a fresh process. Before it the process has imported the report code,
#: opened the database and configured the ORM mappers, as a report command or the report page
#: has by then (sign-in or the report's status query come first); it prints the wall and CPU
#: seconds of that first call only.
_COLD = """
import sys, time
from datetime import date
from sqlalchemy.orm import configure_mappers
from jssc_desktop.domain.periods import parse_period
from jssc_desktop.reports.dataset import build_dataset
from jssc_desktop.storage.db import Database
db = Database(sys.argv[1])
period = parse_period(sys.argv[2])
configure_mappers()
with db.read_session() as s:
    s.connection()
started, cpu_started = time.perf_counter(), time.process_time()
with db.read_session() as s:
    build_dataset(s, period, today=date.fromisoformat(sys.argv[3]))
print(time.perf_counter() - started, time.process_time() - cpu_started)
db.dispose()
"""


def _cold_dataset_seconds(path: Path, period_text: str, runs: int,
                          today: date) -> tuple[float, float]:
    """Median wall and CPU seconds of the first data set in each of ``runs`` fresh processes."""
    walls, cpus = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _COLD, str(path), period_text,
                              today.isoformat()], check=True, capture_output=True, text=True,
                             cwd=ROOT)  # the checkout's code, as the rest of the run
        wall, cpu = (float(x) for x in out.stdout.split()[-2:])
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def _command_seconds(args: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return times


def bench_reports(big: Path, small: Path | None, runs: int, today: date, figure: Any,
                  env: dict[str, str]) -> list[Any]:
    figures = []
    for kind, text in PERIODS:
        big_s, big_rows, big_cpu = _dataset_seconds(big, text, runs, today)
        print(f"  data set {kind} {text}, large database: {big_s:.3f} s wall, "
              f"{big_cpu:.3f} s CPU of this process, load average {os.getloadavg()[0]:.1f}",
              flush=True)
        figures.append(figure(
            f"report data set, {kind} {text} (large database)", big_s, "s", DATASET_S,
            f"the floor itself ({DATASET_S} s)", False,
            {"period": text, "cpu_seconds": round(big_cpu, 3), "load": os.getloadavg()},
            floor_value=DATASET_S))
        cold_s, cold_cpu = _cold_dataset_seconds(big, text, max(3, runs), today)
        print(f"  data set {kind} {text}, large database, first in a fresh process: "
              f"{cold_s:.3f} s wall, {cold_cpu:.3f} s CPU, load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
        figures.append(figure(
            f"report data set, {kind} {text} (large database), cold", cold_s, "s", DATASET_S,
            f"the floor itself ({DATASET_S} s); the first data set of a fresh process", False,
            {"period": text, "cpu_seconds": round(cold_cpu, 3), "load": os.getloadavg()},
            floor_value=DATASET_S))
        if small is not None:
            small_s, small_rows, _small_cpu = _dataset_seconds(small, text, runs, today)
            # The cost may grow as much as the period's own rows grow, not more.
            growth = max(1.0, big_rows / max(small_rows, 1))
            figures.append(figure(
                f"report data set, {kind} {text}: large vs small database", big_s, "s",
                small_s, "the same period on the small database with the same years; floor: "
                "the growth of the period's own rows", False,
                {"period": text, "period_rows_large": big_rows,
                 "period_rows_small": small_rows}, floor_ratio=round(growth, 2)))

    py = sys.executable
    out = Path(tempfile.mkdtemp(prefix="jssc-bench-report-"))
    try:
        # 'user list' signs in (a demo administrator, README)
        env = dict(env, JSSC_PASSWORD="Lumbung-Data-26")
        baseline = [py, "-m", "jssc_desktop", "--db", str(big), "--as", "admin", "user", "list"]
        for kind, text, ratio in (("monthly", "2026-10", MONTHLY_RATIO),
                                  ("annual", "2025", ANNUAL_RATIO)):
            command = [py, "-m", "jssc_desktop", "--db", str(big), "report", kind, text,
                       "--format", "both", "--out", str(out)]
            _command_seconds(command, 1, env)  # warm-up (file cache, compiled modules)
            _command_seconds(baseline, 1, env)
            app_s, base_s = [], []
            for _ in range(max(3, runs // 2)):  # interleaved
                app_s += _command_seconds(command, 1, env)
                base_s += _command_seconds(baseline, 1, env)
            figures.append(figure(
                f"report {kind} {text} PDF+XLSX, whole command", statistics.median(app_s),
                "s", statistics.median(base_s), "'jssc-desktop user list' on the same database",
                False, {"command": " ".join(command[1:])}, floor_ratio=ratio))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return figures
