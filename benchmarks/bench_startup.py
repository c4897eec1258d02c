"""Start-up figure: launch -> first visible window, for the application (its login window on
the large database) and for a bare PySide6 QMainWindow + QTableView script, interleaved, on
one Xvfb screen. Both print the same line when their first window is exposed (the
application does so when JSSC_STARTUP_PROBE is set) and exit; the time is taken when that
line arrives."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

RATIO = 1.5
HERE = Path(__file__).resolve().parent
LINE = "JSSC-FIRST-WINDOW"


def _launch(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True)
    assert proc.stdout is not None
    seconds = float("nan")
    for line in proc.stdout:
        if line.startswith(LINE):
            seconds = time.perf_counter() - started
            break
    proc.wait(timeout=60)
    return seconds


def _xvfb() -> tuple[subprocess.Popen[bytes] | None, str | None]:
    if shutil.which("Xvfb") is None:
        return None, None
    for number in range(91, 120):
        if not Path(f"/tmp/.X{number}-lock").exists():
            server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1024x768x24",
                                       "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            time.sleep(0.5)
            if server.poll() is None:
                return server, f":{number}"
    return None, None


def bench_startup(db_path: Path, runs: int, figure: Any, env: dict[str, str]) -> list[Any]:
    server, display = _xvfb()
    if server is None:
        print("SKIPPED start-up: Xvfb is not installed.")
        return []
    try:
        env = dict(env, DISPLAY=display or "", JSSC_STARTUP_PROBE="1")
        env.pop("QT_QPA_PLATFORM", None)
        app_cmd = [sys.executable, "-m", "jssc_desktop", "--db", str(db_path)]
        bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
        _launch(app_cmd, env)  # warm-up: compiled modules, file cache
        _launch(bare_cmd, env)
        app, bare = [], []
        for _ in range(runs):
            app.append(_launch(app_cmd, env))
            bare.append(_launch(bare_cmd, env))
    finally:
        server.terminate()
        server.wait(timeout=10)
    return [figure("launch -> first visible window (login)", statistics.median(app), "s",
                   statistics.median(bare),
                   "a bare PySide6 QMainWindow + QTableView script on the same Xvfb screen",
                   False, {"app_runs": app, "bare_runs": bare, "display": display},
                   floor_ratio=RATIO)]

