"""The installation secret that keys the audit chain, kept outside the database.

Whoever can write to the database but does not hold this secret cannot recompute the chain after
editing rows. The secret is named by the chain's id (``audit_chain_head.chain_id``) and looked up,
first found wins, in:

1. ``JSSC_AUDIT_KEY``: the recovery text (headless servers, scripts, CI);
2. the recovery copy: ``<data folder>/audit-keys/<chain id>.key``, readable by its owner only
   (mode 0600 in a 0700 folder; on Windows the data folder's permissions apply);
3. the operating system's credential store (``keyring``: Windows Credential Manager, macOS
   Keychain, Secret Service on Linux), which also restores a lost recovery copy.

It is made on the first audited write of a new chain and written to both the credential store
(when there is one) and the recovery copy. Where no credential store exists (a Linux server or CI
without a desktop session) the recovery copy alone holds it. Every PC sharing a PostgreSQL server
needs the same secret: ``jssc-desktop audit key show`` prints the recovery text on a PC that has it,
``jssc-desktop audit key import`` (text on stdin) installs it on another. Nothing here imports Qt.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import re
import secrets
from pathlib import Path

from ..domain.errors import StorageError, ValidationError
from ..domain.messages import msg
from ..fileutil import write_text_atomic
from ..paths import data_dir

log = logging.getLogger(__name__)

ENV_KEY = "JSSC_AUDIT_KEY"
SERVICE = "JSSC Desktop (kunci audit)"
PREFIX = "JSSC-AUDIT-1"
KEY_BYTES = 32

_cache: dict[str, bytes] = {}

_TEXT_RE = re.compile(rf"^{PREFIX}:(?P<chain>[0-9a-f-]{{36}}):(?P<key>[A-Z2-7]+=*)$")


def recovery_text(chain_id: str, key: bytes) -> str:
    """One line that restores the secret on another PC (print it, keep it with the admin)."""
    return f"{PREFIX}:{chain_id}:{base64.b32encode(key).decode()}"


def parse_recovery_text(text: str) -> tuple[str, bytes]:
    """(chain id, secret) from a recovery text; spaces and line breaks are ignored."""
    parts = "".join(str(text).split()).split(":")
    match = None
    if len(parts) == 3 and parts[0].upper() == PREFIX:
        match = _TEXT_RE.match(f"{PREFIX}:{parts[1].lower()}:{parts[2].upper()}")
    if match is None:
        raise ValidationError(msg("Teks pemulihan kunci audit tidak dikenali (harus diawali "
                              "{prefix}:).", prefix=PREFIX), "key")
    try:
        key = base64.b32decode(match["key"])
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise ValidationError(msg("Teks pemulihan kunci audit tidak lengkap."), "key")
    return match["chain"], key


def key_folder() -> Path:
    return data_dir() / "audit-keys"


def _key_file(chain_id: str) -> Path:
    if not re.fullmatch(r"[0-9a-f-]{36}", chain_id):
        raise StorageError(msg("Nomor rantai log audit tidak valid."))
    return key_folder() / f"{chain_id}.key"


def _from_env(chain_id: str) -> bytes | None:
    text = os.environ.get(ENV_KEY)
    if not text:
        return None
    try:
        env_chain, key = parse_recovery_text(text)
    except ValidationError:
        log.warning("%s is set but is not a recovery text", ENV_KEY)
        return None
    return key if env_chain == chain_id else None


def _keyring_get(chain_id: str) -> bytes | None:
    from . import credentials

    if not credentials.available():
        return None
    try:
        import keyring

        text = keyring.get_password(SERVICE, chain_id)
    except Exception as exc:  # noqa: BLE001 - a locked or broken store: use the recovery copy
        log.info("credential store unreadable: %s", type(exc).__name__)
        return None
    if not text:
        return None
    try:
        return parse_recovery_text(text)[1]
    except ValidationError:
        return None


def _keyring_set(chain_id: str, key: bytes) -> bool:
    from . import credentials

    if not credentials.available():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, chain_id, recovery_text(chain_id, key))
    except Exception as exc:  # noqa: BLE001
        log.info("credential store refused the audit key: %s", type(exc).__name__)
        return False
    return True


def _file_get(chain_id: str) -> bytes | None:
    try:
        return parse_recovery_text(_key_file(chain_id).read_text(encoding="utf-8"))[1]
    except (OSError, ValidationError):
        return None


def _file_set(chain_id: str, key: bytes) -> Path:
    folder = key_folder()
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    path = _key_file(chain_id)
    write_text_atomic(path, recovery_text(chain_id, key) + "\n", mode=0o600)
    return path


def _save_copy(chain_id: str, key: bytes) -> None:
    """Write the recovery copy; a failure is the StorageError a user sees."""
    try:
        _file_set(chain_id, key)
    except (OSError, StorageError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else exc.message
        raise StorageError(
            msg("Kunci audit tidak dapat disimpan di {key_folder} ({reason}).",
                key_folder=key_folder(), reason=reason)) from exc


def find_key(chain_id: str) -> bytes | None:
    """The secret of this chain from the first place that has it, or None."""
    if chain_id in _cache:
        return _cache[chain_id]
    # The recovery copy is read before the credential store: it holds the same secret and is
    # much cheaper to reach (loading a keyring backend takes a noticeable part of a second).
    key = _from_env(chain_id) or _file_get(chain_id)
    if key is None:
        key = _keyring_get(chain_id)
        if key is not None:
            try:
                _save_copy(chain_id, key)  # the recovery copy was lost: write it again
            except StorageError as exc:
                log.warning("audit key recovery copy not written: %s", exc.message)
    if key is not None:
        _cache[chain_id] = key
    return key


MISSING = msg("Kunci audit instalasi ini tidak ada di komputer ini, sehingga log audit tidak dapat "
           "ditulis atau diperiksa. Pasang teks pemulihannya dari komputer yang sudah memakai "
           "basis data ini: 'jssc-desktop audit key show' di sana, lalu 'jssc-desktop audit key "
           "import' di sini.")


def chain_key(chain_id: str, *, create: bool) -> bytes:
    """The secret of ``chain_id``; made and stored when ``create`` and none exists yet."""
    key = find_key(chain_id)
    if key is not None:
        return key
    if not create:
        raise StorageError(MISSING)
    key = secrets.token_bytes(KEY_BYTES)
    _save_copy(chain_id, key)
    _keyring_set(chain_id, key)
    _cache[chain_id] = key
    return key


def install_key(text: str) -> str:
    """Install a recovery text on this PC (credential store and recovery copy); returns the
    chain id it belongs to."""
    chain_id, key = parse_recovery_text(text)
    _save_copy(chain_id, key)
    _keyring_set(chain_id, key)
    _cache[chain_id] = key
    return chain_id


def forget_cache() -> None:
    """Drop the in-process copies (tests that move the data folder)."""
    _cache.clear()
