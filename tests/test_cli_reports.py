"""`report approve|reopen` on the command line: a signed-in head, real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import upgrade
from jssc_desktop.storage.models import PeriodReport

from . import report_fixtures as rf
from .conftest import _make_actors

ROOT = Path(__file__).resolve().parent.parent


def _cli(tmp_path: Path, db: Path, *args: str, password: str | None = "Rahasia-123"
         ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("JSSC_DATABASE_URL", None)
    env["JSSC_DATA_DIR"] = str(tmp_path / "data")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("JSSC_PASSWORD", None)
    if password is not None:
        env["JSSC_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "jssc_desktop", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
                          stdin=subprocess.DEVNULL, check=False)


def test_head_approves_and_reopens_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "upt.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    rf.build(db, _make_actors(db))
    db.dispose()

    # not signed in, or signed in as staff: refused with a clear message, nothing archived
    proc = _cli(tmp_path, path, "report", "approve", "monthly", "2026-10")
    assert proc.returncode != 0 and "--as" in proc.stderr
    proc = _cli(tmp_path, path, "report", "approve", "monthly", "2026-10", "--as", "staf")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    proc = _cli(tmp_path, path, "report", "approve", "monthly", "2026-10", "--as", "kepala",
                password="salah")
    assert proc.returncode != 0

    proc = _cli(tmp_path, path, "report", "approve", "monthly", "2026-10", "--as", "kepala")
    assert proc.returncode == 0, proc.stderr
    assert "disetujui oleh Kepala UPT" in proc.stdout

    out = tmp_path / "out"
    proc = _cli(tmp_path, path, "report", "monthly", "2026-10", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "laporan-bulanan-2026-10-disetujui.pdf", "laporan-bulanan-2026-10-disetujui.xlsx"]
    db = Database(f"sqlite:///{path}")
    with db.session() as s:
        row = s.execute(select(PeriodReport)).scalar_one()
        assert (out / "laporan-bulanan-2026-10-disetujui.pdf").read_bytes() == row.pdf
    db.dispose()

    proc = _cli(tmp_path, path, "report", "reopen", "monthly", "2026-10", "--as", "kepala")
    assert proc.returncode != 0 and "Alasan" in proc.stderr
    proc = _cli(tmp_path, path, "report", "reopen", "monthly", "2026-10", "--as", "kepala",
                "--reason", "Data rujukan dilengkapi")
    assert proc.returncode == 0, proc.stderr
    proc = _cli(tmp_path, path, "report", "monthly", "2026-10", "--format", "pdf", "--out",
                str(tmp_path / "again"))
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in (tmp_path / "again").iterdir()] == [
        "laporan-bulanan-2026-10-perbaikan-1.pdf"]
