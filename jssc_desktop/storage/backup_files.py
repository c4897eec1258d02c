"""Backup files on disk: names, manifests, discovery, rotation and the checks every kind shares.

File names: ``jssc-YYYYMMDD-HHMMSS-<reason>.sqlite3`` (or ``.dump`` for PostgreSQL), with ``.enc``
added when the file is encrypted (``storage.backup_crypto``), e.g.
``jssc-20261123-070102-harian.sqlite3.enc``. Each backup gets a small JSON manifest beside it
(``<file>.json``) with its SHA-256, size, schema revision and row counts, so a backup damaged later
(a bad USB stick) is refused before a restore; it never holds personal data. Rotation keeps a
number of daily, weekly and monthly backups; it never deletes the newest one, one made today, or
a pre-migration or pre-restore backup younger than 30 days. Nothing here imports Qt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain.errors import StorageError, ValidationError
from ..domain.messages import msg
from ..fileutil import write_text_atomic
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
    r"\.(?P<ext>sqlite3|dump)(?P<enc>\.enc)?$"
)
ENCRYPTED_SUFFIX = ".enc"
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
    encrypted: bool = False

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
            msg("Alasan cadangan tidak valid: '{reason}'. Gunakan huruf kecil, angka dan "
                "tanda '-'.", reason=reason),
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


#: What else every new manifest records, by name: e.g. the audit chain head (id, hash, count) at
#: the moment of the backup, so that rows deleted later from the newest end are detected. Each
#: provider gets the Database and returns JSON-ready data (or None to record nothing); a provider
#: that fails is logged and left out, it never stops a backup.
ANCHOR_PROVIDERS: dict[str, Any] = {}


def register_anchor(name: str, provider: Any) -> None:
    """Record ``provider(db)`` under ``manifest["anchors"][name]`` in every new backup."""
    ANCHOR_PROVIDERS[name] = provider


def collect_anchors(db: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, provider in ANCHOR_PROVIDERS.items():
        try:
            value = provider(db)
        except Exception as exc:  # noqa: BLE001 - an anchor must never stop a backup
            log.warning("backup anchor %s not recorded: %s", name, type(exc).__name__)
            continue
        if value is not None:
            out[name] = value
    return out


def _write_manifest(path: Path, data: dict[str, Any]) -> None:
    write_text_atomic(manifest_path(path),
                      json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))


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
        encrypted = p.name.endswith(ENCRYPTED_SUFFIX)
        out.append(BackupFile(p, created, reason, kind, size, verified, encrypted))
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
        return msg("Disk penuh: cadangan tidak dapat ditulis ke {folder}.", folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return msg("Folder cadangan tidak dapat ditulisi: {folder}.", folder=folder)
    return msg("Cadangan tidak dapat ditulis ke {folder}: {error}.", folder=folder,
               error=exc.strerror or exc)


def _prepare_folder(folder: Path) -> Path:
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(msg("Folder cadangan tidak dapat dibuat: {folder} "
                           "({value}).", folder=folder, value=exc.strerror or exc)) from exc
    if not os.access(folder, os.W_OK):
        raise StorageError(msg("Folder cadangan tidak dapat ditulisi: {folder}.", folder=folder))
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

