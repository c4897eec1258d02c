"""The program in a process of its own sets the garbage collector for a command's work: no
collection while its modules load, then what was loaded is frozen out of the collector's sight
and collection resumes with larger thresholds; the same ``main`` called inside another program
(the tests, the window's self-test) leaves that program's collector alone. The database the
command opened is still closed at exit (its write-ahead log written back and removed)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from jssc_desktop import cli_process
from jssc_desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import gc, json, sys
from jssc_desktop import cli_process
sys.argv = ["jssc-desktop", *sys.argv[1:]]
code = cli_process.run()
print(json.dumps({"code": code, "frozen": gc.get_freeze_count(), "enabled": gc.isenabled(),
                  "threshold": list(gc.get_threshold())}))
"""


def _probe(tmp_path: Path, *args: str) -> dict[str, object]:
    env = dict(os.environ, JSSC_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("JSSC_DATABASE_URL", None)
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def test_a_command_freezes_what_it_loaded_and_collects_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "baru.sqlite3"
    out = _probe(tmp_path, "--db", str(path), "migrate")
    assert out["code"] == 0
    # The database's connections were still closed at exit: the write-ahead log was written
    # back into the file and removed (a copy of the .sqlite3 file alone holds everything).
    assert path.is_file()
    assert not path.with_name(path.name + "-wal").exists()
    assert not path.with_name(path.name + "-shm").exists()
    assert int(str(out["frozen"])) > 50_000  # SQLAlchemy, the models, the services
    assert out["enabled"] is True
    assert out["threshold"] == list(cli_process.WORK_GC_THRESHOLD)


def test_a_command_without_a_database_leaves_collection_on(tmp_path: Path) -> None:
    out = _probe(tmp_path, "template", "clients", "--out", str(tmp_path / "klien.xlsx"))
    assert out["code"] == 0 and (tmp_path / "klien.xlsx").is_file()
    assert out["enabled"] is True and out["frozen"] == 0


def test_a_failing_command_leaves_collection_on(tmp_path: Path) -> None:
    out = _probe(tmp_path, "--db", str(tmp_path / "tidak-ada.sqlite3"), "user", "list")
    assert out["code"] == 1 and out["enabled"] is True


def test_main_inside_another_program_leaves_its_collector_alone(tmp_path: Path) -> None:
    frozen, threshold = gc.get_freeze_count(), gc.get_threshold()
    gc.disable()  # as the window's guard has it: collection only on the GUI thread
    try:
        assert main(["--db", str(tmp_path / "baru.sqlite3"), "migrate"]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert (gc.get_freeze_count(), gc.get_threshold()) == (frozen, threshold)
