"""The PostgreSQL password, kept in the operating system's credential store, never in a file.

On Windows that is the Credential Manager (Pengelola Kredensial), on macOS the Keychain, on Linux
the Secret Service (GNOME Keyring, KWallet). The configured database URL carries no password
(``postgresql://jssc@server/jssc``); ``url_with_password`` adds the stored one when the
connection is opened. Where no credential store exists (a Linux server without a desktop
session), every function fails with a clear StorageError and the password can still be given in
``JSSC_DATABASE_URL``.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.engine import URL, make_url

from ..domain.errors import StorageError, ValidationError
from ..domain.messages import msg

log = logging.getLogger(__name__)

SERVICE = "JSSC Desktop (PostgreSQL)"

NO_BACKEND = msg(
    "Penyimpanan kata sandi sistem operasi tidak tersedia di komputer ini. Masukkan kata sandi "
    "PostgreSQL di alamat basis data (JSSC_DATABASE_URL) atau pasang layanan penyimpanan kata "
    "sandi (Windows Credential Manager, GNOME Keyring atau KWallet)."
)


def _keyring() -> Any:
    try:
        import keyring
    except ImportError as exc:  # pragma: no cover - keyring is a dependency
        raise StorageError(NO_BACKEND) from exc
    return keyring


def available() -> bool:
    """True when a usable (not the 'fail') credential store backend is configured."""
    try:
        kr = _keyring()
        backend = kr.get_keyring()
    except Exception:  # noqa: BLE001 - any backend failure means: not available
        return False
    priority = getattr(backend, "priority", 1)
    try:
        priority = float(priority)
    except (TypeError, ValueError):
        priority = 1
    name = type(backend).__module__ + "." + type(backend).__name__
    return priority > 0 and "fail" not in name.lower() and "null" not in name.lower()


def account_for(url: str | URL) -> str:
    """The key a password is stored under: 'user@host:port/database' (no password)."""
    u = _parse(url)
    if not u.username:
        raise ValidationError(msg("Alamat PostgreSQL harus memuat nama pengguna "
                              "(postgresql://PENGGUNA@SERVER/BASISDATA)."), "url")
    port = u.port or 5432
    return f"{u.username}@{u.host or 'localhost'}:{port}/{u.database or ''}"


def _parse(url: str | URL) -> URL:
    try:
        u = url if isinstance(url, URL) else make_url(url)
    except Exception as exc:
        raise ValidationError(msg("Alamat basis data tidak valid: {url}", url=url), "url") from exc
    if u.get_backend_name() != "postgresql":
        raise ValidationError(msg("Kata sandi hanya disimpan untuk alamat server PostgreSQL."),
                              "url")
    return u


def _call(what: str, fn: Any, *args: Any) -> Any:
    from keyring.errors import KeyringError, NoKeyringError

    try:
        return fn(*args)
    except NoKeyringError as exc:
        raise StorageError(NO_BACKEND) from exc
    except KeyringError as exc:
        raise StorageError(msg("Penyimpanan kata sandi sistem menolak {what}: {exc}",
                               what=what, exc=exc)) from exc
    except RuntimeError as exc:  # some backends raise RuntimeError when locked/unavailable
        raise StorageError(msg("{no_backend} ({exc})", no_backend=NO_BACKEND, exc=exc)) from exc


def store_password(url: str | URL, password: str) -> None:
    """Keep the password for the user/server/database of ``url``."""
    if not password:
        raise ValidationError(msg("Kata sandi PostgreSQL tidak boleh kosong."), "password")
    kr = _keyring()
    if not available():
        raise StorageError(NO_BACKEND)
    _call(msg("menyimpan kata sandi"), kr.set_password, SERVICE, account_for(url), password)


def get_password(url: str | URL) -> str | None:
    """The stored password, or None when none is stored."""
    kr = _keyring()
    if not available():
        raise StorageError(NO_BACKEND)
    password: str | None = _call(msg("membaca kata sandi"), kr.get_password, SERVICE,
                                 account_for(url))
    return password


def delete_password(url: str | URL) -> bool:
    """Forget the stored password; False when there was none."""
    from keyring.errors import PasswordDeleteError

    kr = _keyring()
    if not available():
        raise StorageError(NO_BACKEND)
    try:
        _call(msg("menghapus kata sandi"), kr.delete_password, SERVICE, account_for(url))
    except StorageError as exc:
        if isinstance(exc.__cause__, PasswordDeleteError):
            return False
        raise
    except PasswordDeleteError:
        return False
    return True


def url_with_password(url_without_password: str | URL) -> str:
    """The URL with the stored password added, as a string for ``Database``.

    A URL that already carries a password, or a non-PostgreSQL URL, is returned unchanged. When
    no password is stored, or no credential store exists, the URL is returned without one (the
    server may use trust or peer authentication); the connection attempt then reports a wrong
    password clearly.
    """
    text = (url_without_password.render_as_string(hide_password=False)
            if isinstance(url_without_password, URL) else url_without_password)
    if "://" not in text:
        return text
    try:
        u = make_url(text)
    except Exception:  # noqa: BLE001
        return text
    if u.get_backend_name() != "postgresql" or u.password or not u.username:
        return text
    try:
        password = get_password(u)
    except StorageError as exc:
        log.info("no credential store: %s", exc.message)
        return text
    if not password:
        return text
    return u.set(password=password).render_as_string(hide_password=False)
