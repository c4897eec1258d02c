"""A busy office: several PCs (OS processes) write audited records at the same moment.

SQLite: 4 processes x 100 writes on one file -> 0 refused, 0 lost, one audit chain; 4
simultaneous logins all succeed (write transactions begin IMMEDIATE and wait the busy timeout).
PostgreSQL (with ``JSSC_TEST_PG_URL``): 4 processes x 250 audited writes on a migrated database ->
one chain (no forks, no reused ids) and ``jssc-desktop audit verify`` exits 0. The figures are
printed (``-s``) for the record.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jssc_desktop.services.audit_log import check_audit_log
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import upgrade
from jssc_desktop.storage.models import AuditLog, Setting

from .conftest import _PG_SERVER_URL, _admin_pg

ROOT = Path(__file__).resolve().parent.parent
WRITER = Path(__file__).resolve().parent / "audit_writer.py"
ADMIN = Actor(None, "sistem", "admin", "Sistem")


def _race(url: str, workers: int, writes: int, *, login: tuple[str, str] | None = None
          ) -> list[dict]:
    start_at = time.time() + 6.0  # every worker imported and connected before this moment
    extra = ["login", *login] if login else []
    procs = [subprocess.Popen([sys.executable, str(WRITER), url, str(w), str(writes),
                               str(start_at), *extra], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=dict(os.environ))
             for w in range(workers)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _chain_facts(db: Database) -> tuple[int, int, int]:
    """(rows, distinct non-NULL prev_hash values, max id) of the audit log."""
    with db.read_session() as s:
        rows = s.execute(select(func.count()).select_from(AuditLog)).scalar_one()
        prevs = s.execute(select(func.count(func.distinct(AuditLog.prev_hash)))).scalar_one()
        top = s.execute(select(func.max(AuditLog.id))).scalar_one()
    return rows, prevs, top


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jssc_desktop", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env=dict(os.environ))


def test_sqlite_four_writers_lose_and_refuse_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sqlite3"
    db = Database(str(path))
    upgrade(db)
    from jssc_desktop.services.users import create_user

    with db.session() as s:  # through the service, audited like any user an administrator adds
        for k in range(4):
            create_user(s, ADMIN, username=f"staf{k}", full_name=f"Staf {k}", role="staff",
                        password="Rahasia-123", must_change=False)
    results = _race(str(path), 4, 100, login=None)
    logins = _race(str(path), 4, 0, login=("staf1", "Rahasia-123"))
    refused = sum(r["refused"] for r in results)
    written = sum(r["ok"] for r in results)
    with db.read_session() as s:
        stored = s.execute(select(func.count()).select_from(Setting)
                           .where(Setting.key.like("w%"))).scalar_one()
    rows, prevs, top = _chain_facts(db)
    print(f"\nSQLite 4 x 100 audited writes: {written} written, {refused} refused, {stored} "
          f"stored, {rows} audit rows, slowest worker {max(r['seconds'] for r in results):.2f} s;"
          f" 4 simultaneous logins: {[r['login'] for r in logins]}")
    assert refused == 0, [r["errors"] for r in results]
    assert written == stored == 400
    assert [r["login"] for r in logins] == ["staf1"] * 4
    # one chain: every row but the first (prev_hash NULL) links to a different row
    assert rows == top == 408 and prevs == rows - 1  # 400 writes, 4 users, 4 sign-ins
    check = check_audit_log(db, ADMIN)
    assert check.ok, check.message
    db.dispose()


@pytest.fixture
def pg_url() -> str:
    if not _PG_SERVER_URL:
        pytest.skip("JSSC_TEST_PG_URL is not set")
    name = f"jssc_busy_{os.getpid()}"
    _admin_pg(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin_pg(f"CREATE DATABASE {name}")
    yield _PG_SERVER_URL.rsplit("/", 1)[0] + f"/{name}"
    _admin_pg(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.mark.postgresql
def test_postgresql_four_writers_make_one_chain(pg_url: str) -> None:
    db = Database(pg_url)
    upgrade(db)
    results = _race(pg_url, 4, 250)
    refused = sum(r["refused"] for r in results)
    written = sum(r["ok"] for r in results)
    rows, prevs, top = _chain_facts(db)
    verify = _cli("--db", pg_url, "audit", "verify")
    print(f"\nPostgreSQL 4 x 250 audited writes: {written} written, {refused} refused, {rows} "
          f"audit rows, {prevs} distinct prev_hash, max id {top}, slowest worker "
          f"{max(r['seconds'] for r in results):.2f} s; audit verify exit {verify.returncode}: "
          f"{(verify.stdout or verify.stderr).strip()}")
    assert refused == 0, [r["errors"] for r in results]
    assert written == rows == top == prevs + 1 == 1000
    assert verify.returncode == 0, verify.stderr
    assert "utuh" in verify.stdout
    db.dispose()
