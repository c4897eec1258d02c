"""Logs without personal data: a database error about a client never puts the client's NIK or
name into stderr or a log file, and log files are readable by their owner only.

The demo builder inserts known clients (the same seed gives the same NIKs and names); on the
second database a trigger (SQLite) or a CHECK constraint (PostgreSQL, whose message carries the
whole failing row) refuses them, which the command line treats as a bug: the traceback goes to
the log files, a one-line message to stderr.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from jssc_desktop.logsafe import scrub_values
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import upgrade
from jssc_desktop.storage.models import Client

from .conftest import _PG_SERVER_URL, _admin_pg

ROOT = Path(__file__).resolve().parent.parent
DEMO = ["demo", "--clients", "5", "--years", "1", "--seed", "3", "--today", "2026-11-23",
        "--quiet"]
RUN = ("import sys; from jssc_desktop.app import setup_logging; setup_logging(); "
       "from jssc_desktop import cli; sys.exit(cli.main(sys.argv[1:]))")


def _known_clients(tmp_path: Path) -> list[tuple[str, str]]:
    db = Database(str(tmp_path / "contoh.sqlite3"))
    upgrade(db)
    db.dispose()
    env = dict(os.environ, JSSC_DATA_DIR=str(tmp_path / "contoh-data"))
    subprocess.run([sys.executable, "-m", "jssc_desktop", "--db", str(tmp_path / "contoh.sqlite3"),
                    *DEMO], check=True, capture_output=True, cwd=ROOT, env=env, timeout=300)
    db = Database(str(tmp_path / "contoh.sqlite3"))
    with db.read_session() as s:
        rows = [(c.nik, c.name) for c in s.execute(select(Client)).scalars() if c.nik]
    db.dispose()
    assert rows
    return rows


def _run_and_check(url: str, data: Path, known: list[tuple[str, str]]) -> None:
    env = dict(os.environ, JSSC_DATA_DIR=str(data))
    env.pop("JSSC_DEBUG", None)
    proc = subprocess.run([sys.executable, "-c", RUN, "--db", url, *DEMO], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=300)
    assert proc.returncode == 3, proc.stderr  # a bug, reported in one line
    assert "Galat tak terduga" in proc.stderr
    logs = sorted((data / "logs").glob("*.log*"))
    assert logs, "the error was logged"
    texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in logs}
    assert any("Traceback" in t for t in texts.values())  # still useful for finding the bug
    for nik, name in known:
        assert nik not in proc.stderr and name not in proc.stderr
        for log_name, content in texts.items():
            assert nik not in content, f"NIK in {log_name}"
            assert name not in content, f"name in {log_name}"
    for p in logs:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


def test_sqlite_error_about_a_client_stays_out_of_logs(tmp_path: Path) -> None:
    known = _known_clients(tmp_path)
    path = tmp_path / "upt.sqlite3"
    db = Database(str(path))
    upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TRIGGER refuse_clients BEFORE INSERT ON clients "
                          "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"))
    db.dispose()
    _run_and_check(str(path), tmp_path / "data", known)


@pytest.mark.postgresql
def test_postgresql_error_with_the_failing_row_stays_out_of_logs(tmp_path: Path) -> None:
    if not _PG_SERVER_URL:
        pytest.skip("JSSC_TEST_PG_URL is not set")
    known = _known_clients(tmp_path)
    name = f"jssc_logs_{os.getpid()}"
    _admin_pg(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin_pg(f"CREATE DATABASE {name}")
    url = _PG_SERVER_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        db = Database(url)
        upgrade(db)
        with db.engine.begin() as conn:  # its message carries the whole failing row
            conn.execute(text("ALTER TABLE clients ADD CONSTRAINT refused_by_test "
                              "CHECK (nik IS NULL)"))
        db.dispose()
        _run_and_check(url, tmp_path / "data", known)
    finally:
        _admin_pg(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_scrubbing_keeps_the_shape_and_drops_the_values() -> None:
    message = ('duplicate key value violates unique constraint "uq_clients_nik"\n'
               "DETAIL:  Key (nik)=(3507014101900001) already exists.\n"
               "Failing row contains (12, 3507014101900001, Siti Aminah, Jl. Mawar 3).\n"
               "invalid input syntax for type integer: \"Siti\" telp 081234567890")
    clean = scrub_values(message)
    for value in ("3507014101900001", "Siti", "Aminah", "Mawar", "081234567890"):
        assert value not in clean
    assert "duplicate key value violates unique constraint" in clean
    assert "Key (nik)=(…)" in clean
