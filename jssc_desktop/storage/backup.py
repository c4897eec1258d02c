"""Backups that can be trusted: made online, verified, rotated, and restored safely.

SQLite: the copy is made through SQLite's online backup API while other connections (other
windows, other Windows users of the same PC) keep working. The row counts of every table are read
in the same read transaction that the backup copies, so the copy can be checked against exactly
the state it was taken from. The finished copy is a single self-contained file (rollback-journal
mode, no ``-wal`` beside it), so it can be carried on a USB stick as it is.

PostgreSQL: ``pg_dump --format=custom`` with the snapshot of a transaction in which the row counts
are read; the dump is checked with ``pg_restore --list`` and by counting the rows of each table in
its data. Restore runs ``pg_restore --clean --if-exists --single-transaction`` into the same
database: it drops and recreates every table of the dump (tables the dump does not have are left
alone), and a failure half-way leaves the database as it was. When another workstation holds a
lock for longer than ``PG_LOCK_TIMEOUT_MS``, the restore is cancelled (and so rolled back) and the
message names that workstation's address. The PostgreSQL client programs (``pg_dump``,
``pg_restore``, same major version as the server or newer) must be installed; ``JSSC_PG_BIN`` may
name their folder (on Windows, ``C:\\Program Files\\PostgreSQL\\*\\bin`` is searched too).

Each backup gets a small JSON manifest beside it (``<file>.json``) with its SHA-256, size, schema
revision and row counts, so a backup damaged later (a bad USB stick) is refused before a restore.

File names: ``jssc-YYYYMMDD-HHMMSS-<reason>.sqlite3`` (or ``.dump`` for PostgreSQL), e.g.
``jssc-20261123-070102-harian.sqlite3``. Rotation keeps a number of daily, weekly and monthly
backups; it never deletes the newest one, one made today, or a pre-migration or pre-restore
backup younger than 30 days. Nothing here imports Qt.
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain.errors import StorageError, ValidationError
from .db import Database
from .models import Base

log = logging.getLogger(__name__)

PREFIX = "jssc"
SQLITE_EXT = "sqlite3"
PG_EXT = "dump"
MANIFEST_SUFFIX = ".json"
PROTECTED_REASONS = ("sebelum-migrasi", "sebelum-pemulihan")
PROTECTED_DAYS = 30
DEFAULT_KEEP = {"daily": 7, "weekly": 4, "monthly": 12}
BUSY_SECONDS = 30.0
#: How long a PostgreSQL restore waits for another workstation's open transaction.
PG_LOCK_TIMEOUT_MS = 30_000
SQLITE_MAGIC = b"SQLite format 3\x00"
PG_MAGIC = b"PGDMP"

NAME_RE = re.compile(
    r"^jssc-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*)(?:_(?P<n>\d+))?"
    r"\.(?P<ext>sqlite3|dump)$"
)
# Copies made by earlier versions before a migration: '<stem>-sebelum-migrasi-<rev>-<stamp>.sqlite3'
LEGACY_RE = re.compile(
    r"^.+-(?P<reason>sebelum-migrasi-[A-Za-z0-9_]+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite3$"
)
REASON_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


# --------------------------------------------------------------------------------- data types


@dataclass(frozen=True)
class BackupFile:
    """A backup found on disk (from its name and manifest)."""

    path: Path
    created: datetime
    reason: str
    kind: str  # 'sqlite' | 'postgresql'
    size: int
    verified: bool  # the manifest says it was verified and the size still matches

    @property
    def protected_reason(self) -> bool:
        return self.reason.startswith(PROTECTED_REASONS)


@dataclass(frozen=True)
class Verification:
    ok: bool
    message: str
    counts: dict[str, int] = field(default_factory=dict)
    revision: str | None = None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    verification: Verification
    counts: dict[str, int]
    revision: str | None
    copies: tuple[Path, ...] = ()
    copy_errors: tuple[str, ...] = ()


# ------------------------------------------------------------------------------------- names


def check_reason(reason: str) -> str:
    reason = (reason or "").strip().lower()
    if not REASON_RE.match(reason) or len(reason) > 40:
        raise ValidationError(
            f"Alasan cadangan tidak valid: '{reason}'. Gunakan huruf kecil, angka dan tanda '-'.",
            "reason",
        )
    return reason


def backup_name(reason: str, when: datetime, ext: str, n: int = 0) -> str:
    suffix = f"_{n}" if n else ""
    return f"{PREFIX}-{when:%Y%m%d-%H%M%S}-{check_reason(reason)}{suffix}.{ext}"


def parse_name(name: str) -> tuple[datetime, str, str] | None:
    """(created, reason, kind) of a backup file name, or None if it is not one of ours."""
    m = NAME_RE.match(name)
    if m:
        kind = "sqlite" if m["ext"] == SQLITE_EXT else "postgresql"
        try:
            return datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S"), m["reason"], kind
        except ValueError:
            return None
    m = LEGACY_RE.match(name)
    if m:
        try:
            return datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S"), m["reason"], "sqlite"
        except ValueError:
            return None
    return None


def _unique_target(folder: Path, reason: str, when: datetime, ext: str) -> Path:
    n = 0
    while True:
        target = folder / backup_name(reason, when, ext, n)
        if not target.exists() and not _partial(target).exists():
            return target
        n += 1


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def manifest_path(path: Path) -> Path:
    return path.with_name(path.name + MANIFEST_SUFFIX)


def read_manifest(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(manifest_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_manifest(path: Path, data: dict[str, Any]) -> None:
    target = manifest_path(path)
    tmp = target.with_name(target.name + ".partial")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True),
                   encoding="utf-8")
    os.replace(tmp, target)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def find_backups(folder: Path) -> list[BackupFile]:
    """Our backups in ``folder``, newest first."""
    out: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return out
    for p in entries:
        parsed = parse_name(p.name)
        if parsed is None or not p.is_file():
            continue
        created, reason, kind = parsed
        try:
            size = p.stat().st_size
        except OSError:
            continue
        man = read_manifest(p)
        verified = bool(man and man.get("verified") and man.get("size") == size)
        out.append(BackupFile(p, created, reason, kind, size, verified))
    out.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return out


def newest_verified(folder: Path, kind: str) -> BackupFile | None:
    """The newest backup of ``kind`` ('sqlite' | 'postgresql') in ``folder`` that its manifest
    vouches for, or None."""
    for b in find_backups(folder):
        if b.kind == kind and b.verified:
            return b
    return None


# ---------------------------------------------------------------------------------- helpers


def _fsync_file(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_partials(folder: Path, older_than: timedelta = timedelta(hours=1)) -> None:
    """Delete '.partial' leftovers of backups interrupted by a crash or power cut."""
    limit = time.time() - older_than.total_seconds()
    try:
        for p in folder.glob(f"{PREFIX}-*.partial"):
            try:
                if p.stat().st_mtime < limit:
                    p.unlink()
            except OSError:
                pass
    except OSError:
        pass


def _os_message(exc: OSError, folder: Path) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return f"Disk penuh: cadangan tidak dapat ditulis ke {folder}."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Folder cadangan tidak dapat ditulisi: {folder}."
    return f"Cadangan tidak dapat ditulis ke {folder}: {exc.strerror or exc}."


def _prepare_folder(folder: Path) -> Path:
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Folder cadangan tidak dapat dibuat: {folder} "
                           f"({exc.strerror or exc}).") from exc
    if not os.access(folder, os.W_OK):
        raise StorageError(f"Folder cadangan tidak dapat ditulisi: {folder}.")
    return folder


def model_tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sqlite_counts(conn: sqlite3.Connection) -> tuple[dict[str, int], str | None]:
    existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    counts = {
        t: int(conn.execute(f"SELECT count(*) FROM {_quote(t)}").fetchone()[0])
        for t in model_tables() if t in existing
    }
    revision = None
    if "alembic_version" in existing:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return counts, revision


def file_kind(path: Path) -> str | None:
    """'sqlite', 'postgresql' (a pg_dump custom archive) or None, from the first bytes."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_MAGIC):
        return "postgresql"
    return None


def describe_counts(counts: dict[str, int]) -> str:
    main = [("clients", "klien"), ("enrollments", "peserta pelatihan"),
            ("attendance", "catatan kehadiran"), ("audit_log", "catatan audit")]
    parts = [f"{counts[t]} {label}" for t, label in main if t in counts]
    return ", ".join(parts)


def _compare(expected: dict[str, int] | None, actual: dict[str, int]) -> str | None:
    if expected is None:
        return None
    for table, n in expected.items():
        if table not in actual:
            return f"tabel '{table}' tidak ada di cadangan"
        if actual[table] != n:
            return f"jumlah baris tabel '{table}' {actual[table]}, seharusnya {n}"
    return None


# ------------------------------------------------------------------------------------ SQLite


def _busy_guard(seconds: float):  # type: ignore[no-untyped-def]
    """A progress callback for Connection.backup that gives up after ``seconds`` of BUSY."""
    deadline = time.monotonic() + seconds

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise StorageError(
                "Basis data sedang dipakai proses lain terlalu lama. Tutup aplikasi di komputer "
                "atau akun lain yang membukanya, lalu coba lagi.")

    return progress


def sqlite_snapshot_backup(source: Path, target: Path) -> tuple[dict[str, int], str | None]:
    """Copy ``source`` to ``target`` online; returns the row counts and revision of the copy's
    state, read in the same read transaction that the backup copies."""
    src = sqlite3.connect(str(source), timeout=BUSY_SECONDS, isolation_level=None)
    dst: sqlite3.Connection | None = None
    try:
        src.execute("BEGIN")
        counts, revision = _sqlite_counts(src)  # starts the read snapshot
        dst = sqlite3.connect(str(target), isolation_level=None)
        src.backup(dst, progress=_busy_guard(BUSY_SECONDS))
        src.execute("COMMIT")
        # One self-contained file: no -wal beside it.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        if dst is not None:
            dst.close()
        src.close()
    _fsync_file(target)
    return counts, revision


def verify_sqlite(path: Path, *, expected: dict[str, int] | None = None,
                  expected_revision: str | None = None,
                  require_revision: bool = True) -> Verification:
    """Open a SQLite backup and check it: integrity, schema revision, row counts."""
    if file_kind(path) != "sqlite":
        return Verification(False, f"Berkas {path.name} bukan basis data SQLite JSSC yang utuh.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return Verification(False, f"Berkas {path.name} tidak dapat dibuka: {exc}.")
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            return Verification(False, f"Berkas {path.name} rusak: {exc}.")
        if rows != ["ok"]:
            detail = "; ".join(str(r) for r in rows[:3])
            return Verification(False, f"Berkas {path.name} rusak (pemeriksaan integritas: "
                                       f"{detail}).")
        try:
            counts, revision = _sqlite_counts(conn)
        except sqlite3.DatabaseError as exc:
            return Verification(False, f"Berkas {path.name} tidak dapat dibaca: {exc}.")
    finally:
        conn.close()
    return _judge(path, counts, revision, expected, expected_revision, require_revision)


def _judge(path: Path, counts: dict[str, int], revision: str | None,
           expected: dict[str, int] | None, expected_revision: str | None,
           require_revision: bool) -> Verification:
    if require_revision and revision is None:
        return Verification(False, f"Berkas {path.name} bukan cadangan JSSC Desktop "
                                   "(versi struktur basis data tidak ada).", counts, revision)
    if expected_revision is not None and revision != expected_revision:
        return Verification(False, f"Versi struktur di cadangan ({revision}) berbeda dengan "
                                   f"sumbernya ({expected_revision}).", counts, revision)
    problem = _compare(expected, counts)
    if problem:
        return Verification(False, f"Cadangan {path.name} tidak sama dengan sumbernya: "
                                   f"{problem}.", counts, revision)
    return Verification(True, f"Cadangan diverifikasi: utuh, {describe_counts(counts)}.",
                        counts, revision)


def _page_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


def restore_sqlite_file(db: Database, staged: Path) -> dict[str, int]:
    """Copy ``staged`` (a verified backup) into the live SQLite database via the backup API."""
    target = db.sqlite_path
    if target is None:
        raise StorageError("Basis data ini bukan berkas SQLite.")
    db.engine.dispose()  # our own pooled connections would hold the old schema
    src = sqlite3.connect(f"{staged.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target), timeout=BUSY_SECONDS, isolation_level=None)
    try:
        dst.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
        mode = dst.execute("PRAGMA journal_mode").fetchone()[0]
        if mode == "wal" and _page_size(src) != _page_size(dst):
            # A WAL database cannot change its page size; switch it out of WAL for the copy.
            dst.execute("PRAGMA journal_mode=DELETE")
        src.backup(dst, progress=_busy_guard(BUSY_SECONDS))
        dst.execute("PRAGMA journal_mode=WAL")
        rows = [r[0] for r in dst.execute("PRAGMA integrity_check").fetchall()]
        counts, _rev = _sqlite_counts(dst)
    except sqlite3.Error as exc:
        raise StorageError(f"Pemulihan gagal: {exc}.") from exc
    finally:
        dst.close()
        src.close()
    if rows != ["ok"]:
        raise StorageError("Pemeriksaan integritas setelah pemulihan gagal: "
                           + "; ".join(map(str, rows[:3])))
    return counts


# -------------------------------------------------------------------------------- PostgreSQL


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
        f"Program '{name}' tidak ditemukan. Pasang PostgreSQL Client (versi yang sama dengan "
        "server atau lebih baru) lalu tambahkan folder 'bin'-nya ke PATH, atau isi variabel "
        "lingkungan JSSC_PG_BIN dengan folder tersebut.")


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
        raise StorageError(f"{what} tidak dapat dijalankan: {exc}.") from exc
    except subprocess.TimeoutExpired as exc:
        raise StorageError(f"{what} tidak selesai dalam satu jam.") from exc
    return proc


def _pg_error(proc: subprocess.CompletedProcess[str], what: str) -> StorageError:
    lines = [ln for ln in (proc.stderr or "").splitlines() if ln.strip()]
    detail = lines[-1] if lines else f"kode keluar {proc.returncode}"
    low = (proc.stderr or "").lower()
    if "version mismatch" in low:
        return StorageError(f"{what} gagal: versi program PostgreSQL Client lebih lama dari "
                            f"versi server. Pasang versi yang sesuai. ({detail})")
    if "lock timeout" in low or "canceling statement due to lock" in low:
        return StorageError(f"{what} gagal: basis data sedang dipakai komputer lain. Tutup "
                            "aplikasi di komputer lain lalu coba lagi.")
    if "password authentication failed" in low or "no password supplied" in low:
        return StorageError(f"{what} gagal: kata sandi server PostgreSQL ditolak.")
    return StorageError(f"{what} gagal: {detail}")


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
        raise _pg_error(proc, "Pencadangan PostgreSQL (pg_dump)")
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
        raise StorageError(f"pg_restore tidak dapat dijalankan: {exc}.") from exc
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
            f"Pemulihan PostgreSQL dibatalkan: basis data sedang dipakai komputer lain{who}. "
            "Tutup aplikasi JSSC Desktop di komputer lain lalu coba lagi. Data saat ini tidak "
            "diubah.")
    if proc.returncode != 0:
        raise _pg_error(subprocess.CompletedProcess(cmd, proc.returncode, out, err),
                        "Pemulihan PostgreSQL (pg_restore)")
    with db.engine.connect() as conn:
        existing = set(sa_inspect(conn).get_table_names())
        return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {_quote(t)}").scalar_one())
                for t in model_tables() if t in existing}


# --------------------------------------------------------------------------------- make / copy


def _ext(db: Database) -> str:
    return SQLITE_EXT if db.is_sqlite else PG_EXT


def verify_file(path: Path, *, expected: dict[str, int] | None = None,
                expected_revision: str | None = None,
                require_revision: bool = True) -> Verification:
    kind = file_kind(path)
    if kind == "postgresql":
        return verify_pg_dump(path, expected=expected, expected_revision=expected_revision,
                              require_revision=require_revision)
    return verify_sqlite(path, expected=expected, expected_revision=expected_revision,
                         require_revision=require_revision)


def make_backup_file(db: Database, folder: Path, *, reason: str = "manual",
                     second_folder: Path | None = None,
                     now: datetime | None = None) -> BackupResult:
    """Back up ``db`` into ``folder`` (and a copy into ``second_folder``), verified.

    The primary copy is written under a temporary name and only renamed when verified; a copy
    that fails verification is deleted and a StorageError raised. A failing second copy (a USB
    stick that is not plugged in) does not fail the backup; it is reported in ``copy_errors``.
    """
    reason = check_reason(reason)
    folder = _prepare_folder(folder)
    remove_stale_partials(folder)
    when = now or datetime.now()
    ext = _ext(db)
    target = _unique_target(folder, reason, when, ext)
    partial = _partial(target)
    if db.is_sqlite:
        source = db.sqlite_path
        if source is None or not source.exists():
            raise StorageError("Basis data SQLite belum ada; tidak ada yang dicadangkan.")
    try:
        if db.is_sqlite:
            assert source is not None
            counts, revision = sqlite_snapshot_backup(source, partial)
        else:
            counts, revision = pg_snapshot_backup(db, partial)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(_os_message(exc, folder)) from exc
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        text = str(exc).lower()
        if "full" in text:
            raise StorageError(_os_message(OSError(28, "disk full"), folder)) from exc
        raise StorageError(f"Pencadangan gagal: {exc}.") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    check = verify_file(partial, expected=counts, expected_revision=revision,
                        require_revision=revision is not None)
    if not check.ok:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Cadangan gagal diverifikasi dan dihapus: {check.message}")
    size = partial.stat().st_size
    manifest = {
        "format": 1,
        "file": target.name,
        "backend": "sqlite" if db.is_sqlite else "postgresql",
        "source": db.display_name,
        "created": when.isoformat(timespec="seconds"),
        "reason": reason,
        "revision": revision,
        "counts": counts,
        "size": size,
        "sha256": sha256_of(partial),
        "verified": True,
    }
    # The manifest first, then the file under its final name: a backup never appears without
    # the manifest that vouches for it (a crash in between leaves only an orphan manifest).
    _write_manifest(target, manifest)
    os.replace(partial, target)
    _fsync_dir(folder)
    copies: list[Path] = []
    errors: list[str] = []
    if second_folder is not None and _differs(second_folder, folder):
        try:
            copies.append(copy_backup(target, second_folder, manifest))
        except StorageError as exc:
            errors.append(exc.message)
    log.info("backup %s (%s bytes) verified", target, size)
    return BackupResult(target, size, check, counts, revision, tuple(copies), tuple(errors))


def _differs(a: Path, b: Path) -> bool:
    try:
        return Path(a).expanduser().resolve() != Path(b).expanduser().resolve()
    except OSError:
        return True


def copy_backup(path: Path, folder: Path, manifest: dict[str, Any]) -> Path:
    """Copy a finished, closed backup file into ``folder`` and verify the copy."""
    try:
        folder = _prepare_folder(folder)
    except StorageError as exc:
        raise StorageError(f"Salinan kedua tidak dibuat: {exc.message}") from exc
    target = folder / path.name
    partial = _partial(target)
    try:
        shutil.copyfile(path, partial)
        _fsync_file(partial)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Salinan kedua tidak dibuat: {_os_message(exc, folder)}") from exc
    if sha256_of(partial) != manifest["sha256"]:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Salinan kedua di {folder} tidak sama dengan aslinya; dihapus.")
    check = verify_file(partial, expected=manifest["counts"],
                        expected_revision=manifest["revision"],
                        require_revision=manifest["revision"] is not None)
    if not check.ok:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Salinan kedua gagal diverifikasi: {check.message}")
    _write_manifest(target, manifest)
    os.replace(partial, target)
    _fsync_dir(folder)
    return target


# -------------------------------------------------------------------------------------- restore


@dataclass(frozen=True)
class StagedBackup:
    """A verified copy of the file chosen for a restore, in a private temporary folder."""

    path: Path
    kind: str
    verification: Verification
    folder: Path

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def stage_for_restore(db: Database, chosen: Path, *, known_revisions: Iterable[str],
                      work_dir: Path) -> StagedBackup:
    """Copy the chosen backup aside and verify it; refuse anything that is not sound.

    Nothing in the live database is touched here.
    """
    chosen = Path(chosen).expanduser()
    if not chosen.is_file():
        raise ValidationError(f"Berkas cadangan tidak ditemukan: {chosen}.", "path")
    kind = file_kind(chosen)
    if kind is None:
        raise StorageError(f"Berkas {chosen.name} bukan cadangan JSSC Desktop yang utuh "
                           "(jenis berkas tidak dikenali atau rusak). Data saat ini tidak "
                           "diubah.")
    expected_kind = "sqlite" if db.is_sqlite else "postgresql"
    if kind != expected_kind:
        names = {"sqlite": "berkas SQLite", "postgresql": "server PostgreSQL"}
        raise StorageError(f"Berkas {chosen.name} adalah cadangan {names[kind]}, sedangkan basis "
                           f"data ini {names[expected_kind]}. Data saat ini tidak diubah.")
    work_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".pemulihan-", dir=work_dir))
    staged = folder / chosen.name
    try:
        shutil.copyfile(chosen, staged)
        manifest = read_manifest(chosen)
        if manifest and manifest.get("sha256") and sha256_of(staged) != manifest["sha256"]:
            raise StorageError(f"Berkas {chosen.name} telah berubah atau rusak sejak dibuat "
                               "(sidik SHA-256 tidak cocok). Data saat ini tidak diubah.")
        expected = manifest.get("counts") if manifest else None
        check = verify_file(staged, expected=expected)
        if not check.ok:
            raise StorageError(f"{check.message} Data saat ini tidak diubah.")
        if check.revision not in set(known_revisions):
            raise StorageError(f"Cadangan {chosen.name} dibuat oleh versi JSSC Desktop yang lebih "
                               f"baru (struktur {check.revision}). Perbarui aplikasi dulu. Data "
                               "saat ini tidak diubah.")
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise StorageError(f"Berkas cadangan tidak dapat dibaca: {exc.strerror or exc}.") from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return StagedBackup(staged, kind, check, folder)


def restore_staged(db: Database, staged: StagedBackup) -> dict[str, int]:
    """Copy a staged, verified backup into the live database and check the result."""
    if staged.kind == "sqlite":
        counts = restore_sqlite_file(db, staged.path)
    else:
        counts = restore_pg_dump(db, staged.path)
    problem = _compare(staged.verification.counts, counts)
    if problem:
        raise StorageError(f"Hasil pemulihan tidak sama dengan cadangan: {problem}.")
    return counts


# ------------------------------------------------------------------------------------- rotation


def plan_rotation(backups: list[BackupFile], *, keep_daily: int = 7, keep_weekly: int = 4,
                  keep_monthly: int = 12,
                  now: datetime | None = None) -> tuple[list[BackupFile], list[BackupFile]]:
    """Split backups into (keep, delete), per kind (SQLite/PostgreSQL) separately.

    For each of the last ``keep_daily`` days (``keep_weekly`` ISO weeks, ``keep_monthly`` months)
    that have a backup, the newest backup of that day (week, month) is kept. The newest backup is
    always kept, every backup made today (several manual backups of one day are thinned out
    only once the day is over), and every pre-migration or pre-restore backup younger than 30
    days.
    """
    now = now or datetime.now()
    keep: set[Path] = set()
    by_kind: dict[str, list[BackupFile]] = {}
    for b in backups:
        by_kind.setdefault(b.kind, []).append(b)
    for items in by_kind.values():
        items = sorted(items, key=lambda b: (b.created, b.path.name), reverse=True)
        keep.add(items[0].path)
        rules = (
            (keep_daily, lambda d: d.date()),
            (keep_weekly, lambda d: tuple(d.isocalendar())[:2]),
            (keep_monthly, lambda d: (d.year, d.month)),
        )
        for limit, bucket in rules:
            seen: set[object] = set()
            for b in items:
                if len(seen) >= limit:
                    break
                key = bucket(b.created)
                if key not in seen:
                    seen.add(key)
                    keep.add(b.path)
        for b in items:
            if b.created.date() >= now.date():
                keep.add(b.path)
            if b.protected_reason and now - b.created < timedelta(days=PROTECTED_DAYS):
                keep.add(b.path)
    kept = [b for b in backups if b.path in keep]
    gone = [b for b in backups if b.path not in keep]
    return kept, gone


def rotate(folder: Path, *, keep_daily: int = 7, keep_weekly: int = 4, keep_monthly: int = 12,
           now: datetime | None = None) -> list[Path]:
    """Delete the backups in ``folder`` that the rotation does not keep; returns them."""
    _kept, gone = plan_rotation(find_backups(folder), keep_daily=keep_daily,
                                keep_weekly=keep_weekly, keep_monthly=keep_monthly, now=now)
    deleted = []
    for b in gone:
        try:
            b.path.unlink()
            manifest_path(b.path).unlink(missing_ok=True)
            deleted.append(b.path)
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", b.path, exc)
    return deleted
