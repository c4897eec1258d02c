"""Backups as user actions: make one, restore one, list them, and the daily automatic backup.

Making and restoring a backup is for the administrator (``backup.run``); the automatic backup at
the first start of a day runs for whoever starts the application. Every backup is verified before
it counts (see ``storage.backup``). A restore first backs up the current state
('sebelum-pemulihan'), checks the chosen file, copies it in, checks the result, brings an older
schema up to date, and
writes the audit row into the restored database, so the trail says who replaced the data and from
which file.

Settings read from the ``settings`` table (key/value): ``backup_second_folder`` (e.g. a USB stick),
``backup_keep_daily`` / ``backup_keep_weekly`` / ``backup_keep_monthly`` (defaults 7 / 4 / 12).
"""

from __future__ import annotations

import json
import logging
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from ..domain.errors import DomainError, StorageError, ValidationError
from ..domain.messages import msg
from ..paths import backup_dir
from ..storage import backup as store
from ..storage import backup_keys as keys
from ..storage.backup_crypto import check_passphrase_strength
from ..storage.db import Database
from ..storage.health import check_sqlite_file, move_aside
from ..storage.models import Setting
from .base import Actor, audit, require

log = logging.getLogger(__name__)

AUDIT_ATTEMPTS = 10

REASON_NAMES = {
    "manual": "manual",
    "harian": "harian (otomatis)",
    "sebelum-pemulihan": "sebelum pemulihan",
    "sebelum-migrasi": "sebelum pembaruan struktur",
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    verified: bool
    message: str
    created: datetime | None = None
    reason: str = ""
    reason_name: str = ""
    kind: str = ""  # 'sqlite' | 'postgresql'
    copies: tuple[Path, ...] = ()


# ------------------------------------------------------------------------------------ settings


def _settings(db: Database) -> dict[str, str]:
    keys = ("backup_second_folder", "backup_keep_daily", "backup_keep_weekly",
            "backup_keep_monthly")
    try:
        with db.session() as s:
            rows = s.query(Setting).filter(Setting.key.in_(keys)).all()
            return {r.key: r.value for r in rows}
    except (DomainError, SQLAlchemyError):  # no settings table yet: defaults
        return {}


def _keep(values: dict[str, str]) -> tuple[int, int, int]:
    """(daily, weekly, monthly) numbers of backups the rotation keeps."""
    out = []
    for name, default in store.DEFAULT_KEEP.items():
        raw = (values.get(f"backup_keep_{name}") or "").strip()
        out.append(int(raw) if raw.isdigit() else default)
    return out[0], out[1], out[2]


def _rotate(folder: Path, keep: tuple[int, int, int]) -> list[Path]:
    return store.rotate(folder, keep_daily=keep[0], keep_weekly=keep[1], keep_monthly=keep[2])


def _second_folder(values: dict[str, str]) -> Path | None:
    raw = (values.get("backup_second_folder") or "").strip()
    return Path(raw).expanduser() if raw else None


def _has_data(db: Database) -> bool:
    """False for a database that does not exist yet or has no tables (a new PC's first restore)."""
    from sqlalchemy import inspect as sa_inspect

    path = db.sqlite_path
    if db.is_sqlite and (path is None or not path.exists() or path.stat().st_size == 0):
        return False
    try:
        with db.engine.connect() as conn:
            names = set(sa_inspect(conn).get_table_names())
    except SQLAlchemyError as exc:
        raise StorageError(msg("Basis data tidak dapat dibuka: {display_name}.",
                               display_name=db.display_name)) from exc
    return bool(names & set(store.model_tables())) or "alembic_version" in names


def _known_revisions() -> set[str]:
    from ..storage.migrate import known_revisions

    return known_revisions()


def _reason_name(reason: str) -> str:
    for code, name in REASON_NAMES.items():
        if reason == code or reason.startswith(code + "-"):
            return name
    return reason


def _size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


# --------------------------------------------------------------------------------------- actions


def _backup(db: Database, *, folder: Path | None, reason: str, rotate: bool) -> BackupInfo:
    values = _settings(db)
    primary = Path(folder).expanduser() if folder else backup_dir()
    second = _second_folder(values) if folder is None else None
    result = store.make_backup_file(db, primary, reason=reason, second_folder=second)
    lines = [result.verification.message]
    for copy in result.copies:
        lines.append(f"Salinan kedua: {copy}")
    lines.extend(result.copy_errors)
    if rotate:
        keep = _keep(values)
        deleted = _rotate(primary, keep)
        if second is not None and result.copies:
            deleted += _rotate(second, keep)
        if deleted:
            lines.append(f"{len(deleted)} cadangan lama dihapus sesuai aturan penyimpanan.")
    parsed = store.parse_name(result.path.name)
    return BackupInfo(
        path=result.path, size=result.size, verified=result.verification.ok,
        message="\n".join(lines), created=parsed[0] if parsed else None, reason=reason,
        reason_name=_reason_name(reason), kind="sqlite" if db.is_sqlite else "postgresql",
        copies=result.copies)


def _audit_backup(db: Database, actor: Actor, action: str, info: BackupInfo,
                  extra: dict[str, Any] | None = None) -> None:
    after = {"file": info.path.name, "folder": str(info.path.parent), "size": info.size,
             "reason": info.reason, "verified": info.verified}
    if extra:
        after.update(extra)
    for attempt in range(AUDIT_ATTEMPTS):
        try:
            with db.session() as s:
                audit(s, actor, action, "backup", None, None, after)
            return
        except StorageError as exc:  # busy: another window is writing right now
            if "sedang dipakai" not in exc.message or attempt + 1 == AUDIT_ATTEMPTS:
                log.warning("audit of %s not written: %s", action, exc)
                return
            time.sleep(0.2 * (attempt + 1))
        except (DomainError, SQLAlchemyError) as exc:  # e.g. a database without the audit table
            log.warning("audit of %s not written: %s", action, exc)
            return


def make_backup(db: Database, actor: Actor, *, folder: Path | str | None = None,
                reason: str = "manual") -> BackupInfo:
    """Back up the database now (into ``folder``, else the backup folder and the second folder
    from the settings), verify it, and apply the rotation in the backup folders."""
    require(actor, "backup.run")
    info = _backup(db, folder=Path(folder) if folder else None, reason=reason,
                   rotate=folder is None)
    _audit_backup(db, actor, "backup.make", info)
    return info


def list_backups(db: Database) -> list[BackupInfo]:
    """Backups of this kind of database in the backup folder and the second folder, newest first."""
    kind = "sqlite" if db.is_sqlite else "postgresql"
    folders = [backup_dir()]
    second = _second_folder(_settings(db))
    if second is not None and second.is_dir():
        folders.append(second)
    found: list[store.BackupFile] = []
    for folder in folders:
        found.extend(b for b in store.find_backups(folder) if b.kind == kind)
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    out = []
    for b in found:
        state = "terverifikasi" if b.verified else "belum diverifikasi"
        if b.encrypted:
            state += ", terenkripsi"
        out.append(BackupInfo(
            path=b.path, size=b.size, verified=b.verified,
            message=f"Cadangan {_reason_name(b.reason)}, {_size_text(b.size)}, {state}",
            created=b.created, reason=b.reason, reason_name=_reason_name(b.reason),
            kind=b.kind))
    return out


def daily_backup_if_due(db: Database, actor: Actor, *, today: date | None = None
                        ) -> BackupInfo | None:
    """At the first start of a day: if the backup folder holds no backup made today, make one.

    Runs for any user (it is maintenance, not a user action). Returns None when a backup of today
    already exists. A failure does not stop the application: it is returned as a BackupInfo with
    ``verified=False`` and the reason in ``message``, for the window to show.
    """
    today = today or date.today()
    kind = "sqlite" if db.is_sqlite else "postgresql"
    folder = backup_dir()
    if any(b.kind == kind and b.created.date() == today for b in store.find_backups(folder)):
        return None
    try:
        info = _backup(db, folder=None, reason="harian", rotate=True)
    except DomainError as exc:
        log.warning("daily backup failed: %s", exc.message)
        return BackupInfo(path=folder, size=0, verified=False,
                          message=exc.message, reason="harian",
                          reason_name=_reason_name("harian"), kind=kind)
    _audit_backup(db, actor, "backup.make", info)
    return info


def restore_backup(db: Database, actor: Actor, path: Path | str, *, confirm: bool,
                   passphrase: str | None = None) -> BackupInfo:
    """Replace the data with the chosen backup, safely.

    1. the chosen file is copied aside, decrypted (the key of this PC, else ``passphrase`` or
       JSSC_BACKUP_PASSPHRASE) and verified (integrity, schema revision, SHA-256 and row counts
       from its manifest, no orphan rows); a wrong passphrase or a bad file is refused and
       nothing is touched;
    2. the current state is backed up ('sebelum-pemulihan');
    3. the file is copied in through the SQLite backup API (PostgreSQL: pg_restore in one
       transaction) and the result is checked against the file;
    4. an older schema is brought up to date; the audit row is written into the restored data.
    """
    require(actor, "backup.run")
    if not confirm:
        raise ValidationError(msg("Pemulihan menimpa semua data saat ini dan harus dikonfirmasi."),
                              "confirm")
    from ..storage.migrate import head_revision, upgrade

    chosen = Path(path).expanduser()
    # The plaintext is staged beside the database (same disk, same protection), never in the
    # backup folder, which may be a USB stick.
    work_dir = db.sqlite_path.parent if db.sqlite_path else Path(tempfile.gettempdir())
    staged = store.stage_for_restore(
        db, chosen, known_revisions=_known_revisions(), work_dir=work_dir,
        key_lookup=lambda header: keys.key_for_file(db, header, passphrase))
    damaged_copy: Path | None = None
    try:
        before: BackupInfo | None = None
        if db.sqlite_path is not None and check_sqlite_file(db.sqlite_path).damaged:
            # Never written to: the damaged file is kept aside as it is.
            db.engine.dispose()
            damaged_copy = move_aside(db.sqlite_path)
        elif _has_data(db):
            before = _backup(db, folder=None, reason="sebelum-pemulihan", rotate=False)
            _audit_backup(db, actor, "backup.make", before)
        counts = store.restore_staged(db, staged)
    finally:
        staged.cleanup()
    lines = [f"Data saat ini dicadangkan dulu: {before.path}" if before else
             f"Berkas yang rusak disimpan apa adanya sebagai {damaged_copy}." if damaged_copy else
             "Basis data tujuan masih kosong; tidak ada yang perlu dicadangkan dulu.",
             f"Hasil pemulihan diperiksa: utuh, {store.describe_counts(counts)}."]
    revision = staged.verification.revision
    if revision != head_revision():
        copy = upgrade(db)
        note = f" Salinan sebelum pembaruan: {copy}" if copy else ""
        lines.append(f"Struktur basis data diperbarui dari versi {revision} ke "
                     f"{head_revision()}.{note}")
    info = BackupInfo(
        path=chosen, size=chosen.stat().st_size, verified=True, message="\n".join(lines),
        reason="pemulihan", reason_name="pemulihan",
        kind="sqlite" if db.is_sqlite else "postgresql",
        copies=(before.path,) if before else ())
    _audit_backup(db, actor, "backup.restore", info,
                  {"before_backup": before.path.name if before else None,
                   "damaged_file": damaged_copy.name if damaged_copy else None,
                   "revision": revision,
                   "clients": counts.get("clients")})
    # The audit anchor beside the database vouched for the replaced data: start it anew. Older
    # backup manifests are set aside by the check (they precede the restore row).
    from .audit_log import reset_anchor

    try:
        reset_anchor(db)
    except (DomainError, SQLAlchemyError) as exc:
        log.warning("audit anchor not reset after restore: %s", type(exc).__name__)
    return info


# ------------------------------------------------------------------------------ backup passphrase


@dataclass(frozen=True)
class BackupKeyStatus:
    """What the Settings page shows about the backup passphrase (never the key)."""

    configured: bool
    key_check: str | None
    on_this_pc: bool
    from_environment: bool
    #: This PC has an OS credential store to keep the key for unattended (daily) backups.
    keyring_available: bool = True


def backup_key_status(db: Database) -> BackupKeyStatus:
    import os

    params = keys.read_params(db)
    check = str(params["key_check"]) if params else None
    from ..storage.credentials import available

    return BackupKeyStatus(params is not None, check,
                           bool(check and keys.keyring_key(check) is not None),
                           bool(os.environ.get(keys.ENV_PASSPHRASE)), available())


def set_backup_passphrase(db: Database, actor: Actor, passphrase: str) -> BackupKeyStatus:
    """Set (or change) the backup passphrase: a new key with a new salt, its parameters in the
    settings, the key in this PC's keyring. Older backups keep their own key: they are restored
    with the passphrase they were made with."""
    require(actor, "backup.run")
    check_passphrase_strength(passphrase)
    key = keys.new_key(passphrase)
    with db.session() as s:
        row = s.get(Setting, keys.SETTING_KEY)
        value = json.dumps(key.params(), sort_keys=True)
        before = None
        if row is None:
            s.add(Setting(key=keys.SETTING_KEY, value=value))
        else:
            before = {"key_check": json.loads(row.value).get("key_check")}
            row.value = value
        audit(s, actor, "backup.passphrase_set", "setting", None, before,
              {"key_check": key.check})
    keys.store_in_keyring(key)
    return backup_key_status(db)


def passphrase_problem(passphrase: str) -> str | None:
    """For the window's live feedback while the passphrase is typed: what is wrong with it
    (too short, too easy to guess), or None when it is strong enough."""
    try:
        check_passphrase_strength(passphrase)
    except ValidationError as exc:
        return exc.message
    return None


def restore_needs_passphrase(path: Path | str) -> str | None:
    """For the window: the key check of an encrypted backup whose key this PC does not hold
    (ask for the passphrase first), else None."""
    import os

    from ..storage import backup_crypto

    chosen = Path(path)
    if not backup_crypto.is_encrypted(chosen):
        return None
    check = str(backup_crypto.read_header(chosen).get("key_check") or "")
    if keys.keyring_key(check) is not None or os.environ.get(keys.ENV_PASSPHRASE):
        return None
    return check


def unlock_backup_key(db: Database, actor: Actor, passphrase: str) -> BackupKeyStatus:
    """On another PC sharing the database: type the passphrase once so that this PC keeps the
    key for its unattended backups. A wrong passphrase is refused."""
    require(actor, "backup.run")
    params = keys.read_params(db)
    if params is None:
        raise ValidationError(msg("Kata sandi cadangan belum diatur."), "backup_passphrase")
    key = keys.key_from_header(passphrase, params)
    if key.check != params.get("key_check"):
        raise ValidationError(msg("Kata sandi cadangan salah."), "backup_passphrase")
    if not keys.store_in_keyring(key):
        raise StorageError(msg("Penyimpanan kata sandi sistem operasi tidak tersedia di PC ini; "
                               "gunakan {env_passphrase} untuk cadangan otomatis.",
                               env_passphrase=keys.ENV_PASSPHRASE))
    return backup_key_status(db)


__all__ = [
    "BackupInfo",
    "StorageError",
    "daily_backup_if_due",
    "list_backups",
    "make_backup",
    "restore_backup",
]
