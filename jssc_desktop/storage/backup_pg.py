"""PostgreSQL backups: ``pg_dump --format=custom`` of a snapshot, checked, and restored in one
transaction.

The dump is made with the snapshot of a transaction in which the row counts are read; it is
checked with ``pg_restore --list`` and by counting the rows of each table in its data. Restore runs
``pg_restore --clean --if-exists --single-transaction`` into the same database: it drops and
recreates every table of the dump (tables the dump does not have are left alone), and a failure
half-way leaves the database as it was; foreign keys are created after the data, so a dump with
orphan rows fails and changes nothing. When another workstation holds a lock for longer than
``PG_LOCK_TIMEOUT_MS``, the restore is cancelled (and so rolled back) and the message names that
workstation's address. The PostgreSQL client programs (``pg_dump``, ``pg_restore``, same major
version as the server or newer) must be installed; ``JSSC_PG_BIN`` may name their folder (on
Windows, ``C:\\Program Files\\PostgreSQL\\*\\bin`` is searched too).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.messages import msg
from .backup_files import (
    PG_LOCK_TIMEOUT_MS,
    Verification,
    _fsync_file,
    _judge,
    _quote,
    file_kind,
    model_tables,
)
from .db import Database


def pg_tool(name: str) -> str:
    """Path of pg_dump/pg_restore, or a StorageError that says how to get it."""
    folder = os.environ.get("JSSC_PG_BIN")
    exe = name + (".exe" if sys.platform == "win32" else "")
    if folder and (Path(folder) / exe).is_file():
        return str(Path(folder) / exe)
    found = shutil.which(name)
    if found:
        return found
    if sys.platform == "win32":
        candidates = sorted(glob.glob(rf"C:\Program Files\PostgreSQL\*\bin\{exe}"), reverse=True)
        if candidates:
            return candidates[0]
    raise StorageError(
        msg("Program '{name}' tidak ditemukan. Pasang PostgreSQL Client (versi yang sama dengan "
        "server atau lebih baru) lalu tambahkan folder 'bin'-nya ke PATH, atau isi variabel "
        "lingkungan JSSC_PG_BIN dengan folder tersebut.", name=name))


def _pg_conn_args(db: Database) -> tuple[str, dict[str, str]]:
    from psycopg.conninfo import make_conninfo

    url = db.url
    params: dict[str, str] = {}
    if url.host:
        params["host"] = url.host
    if url.port:
        params["port"] = str(url.port)
    if url.username:
        params["user"] = url.username
    if url.database:
        params["dbname"] = url.database
    for key, value in url.query.items():
        params[key] = value if isinstance(value, str) else value[-1]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    env.setdefault("PGCONNECT_TIMEOUT", "15")
    return make_conninfo(**params), env


def _run(cmd: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600,
                              check=False)
    except OSError as exc:
        raise StorageError(msg("{what} tidak dapat dijalankan: {exc}.",
                               what=what, exc=exc)) from exc
    except subprocess.TimeoutExpired as exc:
        raise StorageError(msg("{what} tidak selesai dalam satu jam.", what=what)) from exc
    return proc


def _pg_error(proc: subprocess.CompletedProcess[str], what: str) -> StorageError:
    lines = [ln for ln in (proc.stderr or "").splitlines() if ln.strip()]
    detail = lines[-1] if lines else f"kode keluar {proc.returncode}"
    low = (proc.stderr or "").lower()
    if "version mismatch" in low:
        return StorageError(msg("{what} gagal: versi program PostgreSQL Client lebih lama dari "
                                "versi server. Pasang versi yang sesuai. ({detail})",
                                what=what, detail=detail))
    if "lock timeout" in low or "canceling statement due to lock" in low:
        return StorageError(msg("{what} gagal: basis data sedang dipakai komputer lain. Tutup "
                            "aplikasi di komputer lain lalu coba lagi.", what=what))
    if "violates foreign key constraint" in low:
        return StorageError(msg("{what} dibatalkan: cadangan memuat baris yatim (merujuk data yang "
                                "tidak ada) dan tidak utuh. Data saat ini tidak diubah. ({detail})",
                                what=what, detail=detail))
    if "password authentication failed" in low or "no password supplied" in low:
        return StorageError(msg("{what} gagal: kata sandi server PostgreSQL ditolak.", what=what))
    return StorageError(msg("{what} gagal: {detail}", what=what, detail=detail))


def pg_snapshot_backup(db: Database, target: Path) -> tuple[dict[str, int], str | None]:
    """pg_dump of the snapshot in which the row counts are read."""
    from sqlalchemy import inspect as sa_inspect

    pg_dump = pg_tool("pg_dump")
    conninfo, env = _pg_conn_args(db)
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            existing = set(sa_inspect(conn).get_table_names())
            counts = {
                t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {_quote(t)}").scalar_one())
                for t in model_tables() if t in existing
            }
            revision = None
            if "alembic_version" in existing:
                revision = conn.exec_driver_sql(
                    "SELECT version_num FROM alembic_version").scalar()
            proc = _run([pg_dump, "--format=custom", f"--snapshot={snapshot}", "--no-owner",
                         "--no-privileges", f"--file={target}", f"--dbname={conninfo}"],
                        env, "pg_dump")
    if proc.returncode != 0:
        raise _pg_error(proc, msg("Pencadangan PostgreSQL (pg_dump)"))
    _fsync_file(target)
    return counts, revision


_COPY_RE = re.compile(r'^COPY\s+(?:"?[\w]+"?\.)?"?(?P<table>[^"\s(]+)"?\s*\(.*\)\s+FROM\s+stdin;$')


def verify_pg_dump(path: Path, *, expected: dict[str, int] | None = None,
                   expected_revision: str | None = None,
                   require_revision: bool = True) -> Verification:
    """``pg_restore --list`` must read the archive; the rows of each table are counted."""
    if file_kind(path) != "postgresql":
        return Verification(False, f"Berkas {path.name} bukan cadangan PostgreSQL (pg_dump "
                                   "format custom) yang utuh.")
    pg_restore = pg_tool("pg_restore")
    proc = _run([pg_restore, "--list", str(path)], dict(os.environ), "pg_restore")
    if proc.returncode != 0:
        return Verification(False, f"Berkas {path.name} rusak: pg_restore tidak dapat "
                                   f"membacanya ({(proc.stderr or '').strip()[:200]}).")
    counts: dict[str, int] = {}
    revision: str | None = None
    try:
        with subprocess.Popen([pg_restore, "--data-only", "--file=-", str(path)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              encoding="utf-8", errors="replace") as pr:
            assert pr.stdout is not None
            table: str | None = None
            for line in pr.stdout:
                line = line.rstrip("\n")
                if table is None:
                    m = _COPY_RE.match(line)
                    if m:
                        table = m["table"]
                        counts.setdefault(table, 0)
                    continue
                if line == "\\.":
                    table = None
                    continue
                counts[table] += 1
                if table == "alembic_version" and revision is None:
                    revision = line.split("\t")[0]
            err = pr.stderr.read() if pr.stderr else ""
            rc = pr.wait()
    except OSError as exc:
        return Verification(False, f"pg_restore tidak dapat dijalankan: {exc}.")
    if rc != 0:
        return Verification(False, f"Berkas {path.name} rusak: data tidak dapat dibaca "
                                   f"({err.strip()[:200]}).")
    counts.pop("alembic_version", None)
    wanted = set(model_tables())
    counts = {t: n for t, n in counts.items() if t in wanted}
    # Tables without rows have no COPY block in some versions: count them as empty.
    if expected:
        for t in expected:
            counts.setdefault(t, 0)
    return _judge(path, counts, revision, expected, expected_revision, require_revision)


def restore_pg_dump(db: Database, path: Path) -> dict[str, int]:
    """Replace the tables of the dump in ``db``, in one transaction; returns the row counts.

    pg_restore resets ``lock_timeout`` itself, so a watchdog cancels it when it has waited
    ``PG_LOCK_TIMEOUT_MS`` for a lock held by another workstation; the single transaction then
    rolls back and the data stays as it was.
    """
    import uuid

    from sqlalchemy import inspect as sa_inspect

    pg_restore = pg_tool("pg_restore")
    conninfo, env = _pg_conn_args(db)
    app = f"jssc-pemulihan-{uuid.uuid4().hex[:12]}"
    env["PGAPPNAME"] = app
    db.engine.dispose()
    cmd = [pg_restore, "--clean", "--if-exists", "--single-transaction", "--exit-on-error",
           "--no-owner", "--no-privileges", f"--dbname={conninfo}", str(path)]
    try:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
    except OSError as exc:
        raise StorageError(msg("pg_restore tidak dapat dijalankan: {exc}.", exc=exc)) from exc
    blockers: list[str] = []
    waiting_since: float | None = None
    with db.engine.connect() as watch:
        watch = watch.execution_options(isolation_level="AUTOCOMMIT")
        while True:
            try:
                proc.wait(timeout=0.3)
                break
            except subprocess.TimeoutExpired:
                pass
            row = watch.exec_driver_sql(
                "SELECT pid, wait_event_type = 'Lock', pg_blocking_pids(pid) "
                "FROM pg_stat_activity WHERE application_name = %(app)s", {"app": app}
            ).first()
            if row is None or not row[1]:
                waiting_since = None
                continue
            waiting_since = waiting_since or time.monotonic()
            if (time.monotonic() - waiting_since) * 1000 >= PG_LOCK_TIMEOUT_MS:
                blockers = [
                    r[0] or r[1] or "?" for r in watch.exec_driver_sql(
                        "SELECT host(client_addr), application_name FROM pg_stat_activity "
                        "WHERE pid = ANY(%(pids)s)", {"pids": list(row[2] or [])})
                ]
                watch.exec_driver_sql("SELECT pg_cancel_backend(%(pid)s)", {"pid": row[0]})
                proc.wait()
                break
    out, err = proc.communicate()
    if blockers or proc.returncode != 0 and "canceling statement" in (err or "").lower():
        who = f" ({', '.join(sorted(set(blockers)))})" if blockers else ""
        raise StorageError(
            msg("Pemulihan PostgreSQL dibatalkan: basis data sedang dipakai komputer lain{who}. "
            "Tutup aplikasi JSSC Desktop di komputer lain lalu coba lagi. Data saat ini tidak "
            "diubah.", who=who))
    if proc.returncode != 0:
        raise _pg_error(subprocess.CompletedProcess(cmd, proc.returncode, out, err),
                        msg("Pemulihan PostgreSQL (pg_restore)"))
    with db.engine.connect() as conn:
        existing = set(sa_inspect(conn).get_table_names())
        return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {_quote(t)}").scalar_one())
                for t in model_tables() if t in existing}


