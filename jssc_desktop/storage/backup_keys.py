"""Where the backup key comes from: the OS keyring, ``JSSC_BACKUP_PASSPHRASE``, or a passphrase.

The administrator sets the backup passphrase once (first-run wizard or Pengaturan → Cadangan). Its
key derivation parameters (salt, Argon2id cost and the key's public check value, never the key or
the passphrase) are kept in the ``settings`` table under ``backup_key``, so every PC sharing the
database derives the same key; the derived key itself is kept in the OS keyring of each PC that
makes unattended backups. ``JSSC_BACKUP_PASSPHRASE`` is the headless way, as ``BORG_PASSPHRASE``
is for Borg: it must match the configured passphrase when one is configured.

Restoring a file needs the key it was encrypted with: the keyring's when the check values match
(the same installation), else one derived from a passphrase and the file's own header (another PC,
a new installation).

The copies made automatically before a schema upgrade or a restore are never written in plain
text, even before any passphrase exists (an installation upgraded from a version without
encrypted backups, a restore before the administrator set one): they are then encrypted with the
installation's own random key (``local_key``), kept in ``<data folder>/backup-keys`` (owner only)
and in the OS keyring. Such a copy is restored on the PC that made it, or on one the key file is
copied to; a lost USB stick holding it gives nothing away.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ..domain.errors import StorageError
from ..domain.messages import msg
from ..fileutil import write_text_atomic
from .backup_crypto import (  # noqa: F401
    LOCAL_KDF,
    LOCAL_ONLY,
    BackupKey,
    WrongKeyError,
    derive_key,
    key_from_header,
)
from .db import Database

log = logging.getLogger(__name__)

ENV_PASSPHRASE = "JSSC_BACKUP_PASSPHRASE"
SETTING_KEY = "backup_key"
KEYRING_SERVICE = "JSSC Desktop (kunci cadangan)"

NOT_CONFIGURED = msg(
    "Kata sandi cadangan belum diatur, sehingga cadangan tidak dapat dienkripsi. Administrator: "
    "atur di Pengaturan → Cadangan (atau isi JSSC_BACKUP_PASSPHRASE untuk perintah baris).")

#: Derived keys of this process, so a passphrase costs one Argon2id run, not one per backup.
_derived: dict[tuple[str, str], BackupKey] = {}


class PassphraseNeeded(StorageError):
    """The file is encrypted with a key this PC does not hold: ask for the passphrase."""

    def __init__(self, message: str, key_check: str | None = None) -> None:
        super().__init__(message)
        self.key_check = key_check


def read_params(db: Database) -> dict[str, Any] | None:
    """The configured key parameters (salt, cost, check value), or None."""
    try:
        with db.engine.connect() as conn:
            raw = conn.execute(text("SELECT value FROM settings WHERE key = :k"),
                               {"k": SETTING_KEY}).scalar()
    except SQLAlchemyError:
        return None
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) and data.get("key_check") else None


def _derive_cached(passphrase: str, params: dict[str, Any] | None) -> BackupKey:
    tag = json.dumps({k: params[k] for k in ("salt", "t", "m", "p")}, sort_keys=True) \
        if params else ""
    cached = _derived.get((passphrase, tag))
    if cached is None:
        cached = key_from_header(passphrase, params) if params else derive_key(passphrase)
        _derived[(passphrase, tag)] = cached
    return cached


def new_key(passphrase: str) -> BackupKey:
    """A key with a fresh salt (setting or changing the passphrase)."""
    key = derive_key(passphrase)
    _derived[(passphrase, json.dumps({k: key.params()[k] for k in ("salt", "t", "m", "p")},
                                     sort_keys=True))] = key
    return key


def key_for_backup(db: Database) -> BackupKey | None:
    """The key new backups are encrypted with; None when no passphrase is configured anywhere.

    A configured passphrase whose key this PC does not hold (and no JSSC_BACKUP_PASSPHRASE) is a
    StorageError that says how to fix it: backups are never silently written unencrypted."""
    params = read_params(db)
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        key = _derive_cached(env, params)
        if params and key.check != params.get("key_check"):
            raise StorageError(
                msg("{env_passphrase} tidak sama dengan kata sandi cadangan yang diatur "
                "Administrator; cadangan tidak dibuat.", env_passphrase=ENV_PASSPHRASE))
        return key
    if params is None:
        return None
    stored = keyring_key(str(params["key_check"]))
    if stored is None:
        raise StorageError(
            msg("Kunci cadangan tidak tersimpan di PC ini. Administrator: masukkan kata sandi "
            "cadangan sekali di Pengaturan → Cadangan agar cadangan otomatis dapat dibuat "
            "(atau isi {env_passphrase}).", env_passphrase=ENV_PASSPHRASE))
    return stored


def key_for_file(db: Database | None, header: dict[str, Any],
                 passphrase: str | None = None) -> BackupKey:
    """The key to decrypt a file with this header: from this PC, the environment or
    ``passphrase``; a wrong passphrase is WrongKeyError, none at all PassphraseNeeded."""
    check = str(header.get("key_check") or "")
    stored = keyring_key(check) if check else None
    if stored is not None:
        return stored
    if header.get("kdf") == LOCAL_KDF:
        raise StorageError(LOCAL_ONLY)
    candidates = [p for p in (passphrase, os.environ.get(ENV_PASSPHRASE)) if p]
    if not candidates:
        raise PassphraseNeeded(
            "Berkas cadangan ini dienkripsi dengan kunci yang tidak tersimpan di PC ini. "
            "Masukkan kata sandi cadangan (lembar pemulihan) untuk memulihkannya.", check)
    for candidate in candidates:
        key = _derive_cached(candidate, header)
        if key.check == check:
            return key
    raise WrongKeyError(
        "Kata sandi cadangan salah: berkas ini dienkripsi dengan kata sandi lain. Data saat "
        "ini tidak diubah.")


# -------------------------------------------------------------------------------- OS keyring


def _keyring() -> Any:
    from .credentials import available

    if not available():
        return None
    import keyring

    return keyring


def keyring_key(check: str) -> BackupKey | None:
    """The key stored on this PC under its check value, if any (the OS keyring, or for the
    installation's local key its key file)."""
    local = _local_file_key(check)
    if local is not None:
        return local
    kr = _keyring()
    if kr is None:
        return None
    try:
        raw = kr.get_password(KEYRING_SERVICE, check)
    except Exception as exc:  # noqa: BLE001 - a locked or broken store: as if absent
        log.info("backup key not readable from the keyring: %s", type(exc).__name__)
        return None
    if not raw:
        return None
    try:
        key = BackupKey.decode(raw)
    except (ValueError, KeyError, TypeError):
        log.warning("backup key in the keyring is damaged")
        return None
    return key if key.check == check else None


def store_in_keyring(key: BackupKey) -> bool:
    """Keep the derived key on this PC for unattended backups; False without a keyring."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(KEYRING_SERVICE, key.check, key.encoded())
    except Exception as exc:  # noqa: BLE001
        log.warning("backup key not stored in the keyring: %s", type(exc).__name__)
        return False
    return True


# ------------------------------------------------------------------ the installation's local key


def local_key_folder() -> Path:
    from ..paths import data_dir

    return data_dir() / "backup-keys"


def _local_file_key(check: str) -> BackupKey | None:
    if not re.fullmatch(r"[0-9a-f]{16}", check or ""):
        return None
    try:
        key = BackupKey.decode((local_key_folder() / f"{check}.key").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return key if key.local and key.check == check else None


def local_key() -> BackupKey:
    """The installation's random backup key for the automatic copies made before an upgrade or a
    restore when no passphrase is configured; made on first use, kept in the key folder (owner
    only) and the OS keyring. A failure to keep it is a StorageError: the copy is then not made
    and the upgrade or restore does not go ahead."""
    folder = local_key_folder()
    for path in sorted(folder.glob("*.key")) if folder.is_dir() else []:
        found = _local_file_key(path.stem)
        if found is not None:
            return found
    key = BackupKey(secrets.token_bytes(32), secrets.token_bytes(16), local=True)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
        write_text_atomic(folder / f"{key.check}.key", key.encoded() + "\n", mode=0o600)
    except OSError as exc:
        raise StorageError(msg("Kunci salinan otomatis tidak dapat disimpan di {folder} "
                           "({value}).", folder=folder, value=exc.strerror or exc)) from exc
    store_in_keyring(key)
    log.info("installation backup key %s made", key.check)
    return key
