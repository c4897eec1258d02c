"""PostgreSQL with least privilege, on a server that really checks passwords.

A private PostgreSQL server is started with SCRAM password authentication (the shared test server
trusts everyone, so it could not tell a mangled password from a right one). ``jssc-desktop server
setup`` creates the owner and application roles with passwords full of URL and SQL specials; the
application role then works for the application, but cannot delete or change audit rows, cannot
change the schema, and even the owner's DELETE meets the append-only trigger. Neither password
appears in any output or log.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from jssc_desktop.services.base import Actor, audit
from jssc_desktop.storage.db import Database

ROOT = Path(__file__).resolve().parent.parent
SUPER_PW = "Adm%in@:/'\"pw"
OWNER_PW = "Pem%25ilik@host:5432/db?'\"; DROP ROLE x;--"
APP_PW = "Apl%ik@si:/\\'\"#&= ok"


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def scram_server() -> Iterator[URL]:
    bindir = _bindir()
    if bindir is None or not os.environ.get("JSSC_TEST_PG_URL"):
        pytest.skip("PostgreSQL server programs are not installed (or no PostgreSQL run)")
    # Directly under the temporary folder: the postgres account cannot enter pytest's own.
    base = Path(tempfile.mkdtemp(prefix="jssc-scram-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        as_postgres = ["su", "postgres", "-s", "/bin/sh", "-c"]
    pwfile = base / "pw"
    pwfile.write_text(SUPER_PW + "\n")
    if as_postgres:
        shutil.chown(pwfile, "postgres")
    port = _free_port()

    def run(cmd: str) -> None:
        full = [*as_postgres, cmd] if as_postgres else ["sh", "-c", cmd]
        subprocess.run(full, check=True, capture_output=True, timeout=120)

    data = base / "data"
    run(f"{bindir}/initdb -D '{data}' -U postgres --auth-host=scram-sha-256 --auth-local=trust "
        f"--pwfile='{pwfile}' --encoding=UTF8")
    run(f"{bindir}/pg_ctl -D '{data}' -l '{base}/log' -o '-p {port} -k {base} "
        f"-c listen_addresses=127.0.0.1 -c fsync=off' -w start")
    try:
        yield URL.create("postgresql+psycopg", username="postgres", password=SUPER_PW,
                         host="127.0.0.1", port=port, database="postgres")
    finally:
        run(f"{bindir}/pg_ctl -D '{data}' -m immediate stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.postgresql
def test_server_setup_gives_the_app_least_privilege(scram_server: URL, tmp_path: Path) -> None:
    admin_text = scram_server.render_as_string(hide_password=False)
    env = dict(os.environ, JSSC_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run(
        [sys.executable, "-m", "jssc_desktop", "server", "setup", "--admin-url", admin_text,
         "--database", "jssc_upt", "--owner", "jssc_owner", "--app-role", "jssc_app",
         "--passwords-stdin"],
        input=f"{OWNER_PW}\n{APP_PW}\n", capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "ditolak" in proc.stdout and "TIDAK" not in proc.stdout
    for secret in (SUPER_PW, OWNER_PW, APP_PW):
        assert secret not in proc.stdout + proc.stderr
    app = URL.create("postgresql+psycopg", username="jssc_app", password=APP_PW,
                     host=scram_server.host, port=scram_server.port, database="jssc_upt")
    owner = app.set(username="jssc_owner", password=OWNER_PW)

    # The application works through its role: audited writes, checks …
    db = Database(app)
    with db.session() as s:
        audit(s, Actor(None, "admin", "admin"), "test.write", "setting", 1)
    from jssc_desktop.services.audit_log import check_audit_log

    assert check_audit_log(db, Actor(None, "admin", "admin")).ok
    # … but cannot delete or rewrite the audit trail, nor change the schema.
    engine = create_engine(app)
    for statement in ("DELETE FROM audit_log", "UPDATE audit_log SET reason = 'x'",
                      "TRUNCATE audit_log", "CREATE TABLE sneaky (x int)",
                      "ALTER TABLE clients ADD COLUMN sneaky int", "DROP TABLE audit_log",
                      "UPDATE alembic_version SET version_num = 'x'"):
        with engine.connect() as conn, pytest.raises(DBAPIError) as refused:
            conn.execute(text(statement))
        assert refused.value.orig.sqlstate == "42501", statement  # insufficient_privilege
    engine.dispose()
    # Even the owner meets the trigger: the audit table only grows.
    engine = create_engine(owner)
    with engine.connect() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("DELETE FROM audit_log"))
    engine.dispose()
    # A URL typed with the password quoted (%-escapes) opens it too, and migrate works (Alembic's
    # configparser no longer trips on '%').
    typed = owner.render_as_string(hide_password=False)
    assert "%25" in typed
    migrate = subprocess.run([sys.executable, "-m", "jssc_desktop", "--db", typed, "migrate"],
                             capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert migrate.returncode == 0, migrate.stderr
    logs = "".join(p.read_text(errors="replace") for p in (tmp_path / "data").rglob("*.log"))
    for secret in (OWNER_PW, APP_PW, SUPER_PW):
        assert secret not in migrate.stdout + migrate.stderr + logs
    db.dispose()
