"""Where the data lives, as use cases: copy the SQLite database into another folder (verified,
never overwriting) and test a connection to a PostgreSQL server.

Both are the administrator's (``settings.edit``), from Settings → Basis Data as well as the
command line (``jssc-desktop db copy-to FOLDER``, ``jssc-desktop db test URL``). Like every use
case they take the unit of work of the database in use and the acting user: the copy reads the
file behind that session and audits itself in it; the connection test only reads another server
and writes nothing.

Texts the window shows are messages (``domain.messages.msg``: the Indonesian sentence that keeps
its template and values; templates also marked for Qt's lupdate, context ``messages``), so the
window shows them in its language and the command line prints them as they are.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from ..domain.errors import DomainError, StorageError, ValidationError
from ..domain.messages import Message, msg
from ..storage.db import Database
from .base import Actor, audit, require

log = logging.getLogger(__name__)

#: The name of the SQLite database file in a data folder.
DB_FILE_NAME = "jssc.sqlite3"
DEFAULT_PG_PORT = 5432
#: Seconds a connection test waits for a server that does not answer.
CONNECT_TIMEOUT_S = 8
#: The Qt translation context of the texts below.
CONTEXT = "messages"

Progress = Callable[[str, float], None]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's marker name
    """Marks ``text`` for Qt's lupdate; the window translates it (no Qt import here)."""
    return text


# --------------------------------------------------------------------------------- the copy


@dataclass(frozen=True)
class CopyResult:
    path: Path
    #: The verification's own words (integrity, schema version, rows per table).
    message: str


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (False when either cannot be resolved)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def session_sqlite_path(session: Session) -> Path | None:
    """The SQLite file behind a unit of work, or None (PostgreSQL, in memory)."""
    bind = session.get_bind()
    url = bind.engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def copy_database_to(session: Session, actor: Actor, folder: Path | str, *,
                     progress: Progress | None = None) -> CopyResult:
    """Copy the SQLite database in use into ``folder``/jssc.sqlite3, verified; never overwrites.

    The copy is made with SQLite's online backup API (other windows may keep working), written
    under a temporary name, checked (integrity, schema version, row counts of every table
    against the state it was copied from) and only then given its final name. The audit row
    ('database.copy') goes into the database copied from.
    """
    require(actor, "settings.edit")
    from ..storage.backup import sqlite_snapshot_backup, verify_sqlite

    source = session_sqlite_path(session)
    if source is None or not source.exists():
        raise StorageError(msg("Basis data yang dipakai sekarang bukan berkas SQLite; tidak ada "
                           "berkas yang dapat disalin."))
    folder = Path(folder).expanduser()
    target = folder / DB_FILE_NAME
    if same_file(target, source):
        raise ValidationError(msg("Basis data sudah berada di folder itu: {target}.",
                                  target=target), "folder")
    if target.exists():
        raise StorageError(
            msg("Di folder {folder} sudah ada basis data ({db_file_name}). Berkas itu tidak "
            "ditimpa. Bila memang ingin menggantinya, pindahkan atau ganti nama berkas itu "
            "lebih dulu.", folder=folder, db_file_name=DB_FILE_NAME))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".jssc-salin-", suffix=".partial", dir=folder)
        os.close(fd)
        os.unlink(tmp_name)  # the backup API creates the file itself
    except OSError as exc:
        raise StorageError(msg("Folder {folder} tidak dapat ditulisi "
                           "({value}).", folder=folder, value=exc.strerror or exc)) from exc
    partial = Path(tmp_name)
    try:
        counts, revision = sqlite_snapshot_backup(source, partial)
        check = verify_sqlite(partial, expected=counts, expected_revision=revision,
                              require_revision=revision is not None)
        if not check.ok:
            raise StorageError(msg("Salinan gagal diperiksa dan dihapus: {message}",
                                   message=check.message))
        if target.exists():  # someone else was quicker: still never overwrite
            raise StorageError(msg("Di folder {folder} sudah ada basis data ({db_file_name}). "
                                   "Berkas itu tidak ditimpa.",
                                   folder=folder, db_file_name=DB_FILE_NAME))
        # A whole verified file takes its final name (as the verified backups do).
        os.replace(partial, target)
    except OSError as exc:
        raise StorageError(msg("Basis data tidak dapat disalin ke {folder} "
                           "({value}).", folder=folder, value=exc.strerror or exc)) from exc
    except sqlite3.Error as exc:
        raise StorageError(msg("Basis data tidak dapat disalin: {exc}.", exc=exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
    log.info("database copied to %s", target)
    audit(session, actor, "database.copy", "database", None, None,
          {"file": target.name, "folder": str(folder), "from": str(source)})
    return CopyResult(target, check.message)


# ----------------------------------------------------------------------- the connection test


@dataclass(frozen=True)
class ConnectionCheck:
    """What a connection test found; ``message`` and ``detail`` as the user reads them."""

    ok: bool
    server: str
    database: str
    username: str
    message: Message
    detail: Message
    #: True when the database has no JSSC tables yet (made at the first start with it).
    empty: bool = False


def describe_connection_failure(exc: BaseException, *, host: str, port: int, database: str,
                                username: str) -> Message:
    """Why a PostgreSQL connection failed, in plain Indonesian (the driver speaks English)."""
    # Only the driver's own words: our StorageError message repeats the URL, whose query
    # (connect_timeout=…) would read as a timeout.
    cause: BaseException | None = exc
    texts = []
    while cause is not None:
        orig = getattr(cause, "orig", None)
        if orig is not None:
            texts.append(str(orig))
        elif not isinstance(cause, DomainError):
            texts.append(str(cause))
        cause = cause.__cause__
    text = " ".join(texts).lower()
    if "password authentication failed" in text or "no password supplied" in text \
            or "password" in text and "authentication" in text:
        return msg(QT_TRANSLATE_NOOP("messages", "Nama pengguna atau kata sandi ditolak oleh "
                                               "server."))
    if "no pg_hba.conf entry" in text:
        return msg(QT_TRANSLATE_NOOP("messages", "Server menolak sambungan dari komputer ini: "
                                               "pg_hba.conf di server belum mengizinkannya."))
    if "database" in text and "does not exist" in text:
        return msg(QT_TRANSLATE_NOOP("messages", "Basis data '{name}' tidak ada di server itu."),
                    name=database)
    if "role" in text and "does not exist" in text:
        return msg(QT_TRANSLATE_NOOP("messages", "Pengguna '{name}' tidak dikenal di server itu."),
                    name=username)
    if any(words in text for words in (
            "could not translate host name", "name or service not known",
            "nodename nor servname", "no such host", "temporary failure in name resolution",
            "failed to resolve host")):
        return msg(QT_TRANSLATE_NOOP("messages", "Nama server '{host}' tidak dikenal. Periksa "
                                               "ejaannya atau gunakan alamat IP server."),
                    host=host)
    refused = msg(QT_TRANSLATE_NOOP(
        "messages", "Tidak ada layanan PostgreSQL yang menjawab di {host} port {port}. Periksa "
                 "alamat dan port, dan pastikan layanan PostgreSQL di server berjalan dan "
                 "menerima sambungan dari jaringan (listen_addresses)."),
        host=host, port=port)
    if "connection refused" in text:
        return refused
    if "timeout" in text or "timed out" in text:
        return msg(QT_TRANSLATE_NOOP("messages", "Server {host} tidak menjawab dalam {n} detik. "
                                               "Periksa alamat server dan jaringan (kabel, "
                                               "Wi-Fi, firewall)."),
                    host=host, n=CONNECT_TIMEOUT_S)
    if "could not connect" in text or "connection failed" in text:
        return refused
    return msg(QT_TRANSLATE_NOOP("messages", "Server menolak sambungan."))


def driver_message(exc: BaseException) -> str:
    """The database driver's own words for a failure (for the 'technical details' line)."""
    cause: BaseException | None = exc
    while cause is not None:
        orig = getattr(cause, "orig", None)
        if orig is not None:
            return " ".join(str(orig).split())
        cause = cause.__cause__
    return " ".join(str(getattr(exc, "message", exc)).split())


def try_connection(session: Session | None, actor: Actor, url: URL | str, *,
                   progress: Progress | None = None) -> ConnectionCheck:
    """Connect once to the PostgreSQL server of ``url`` (with its password) and say what was
    found. Nothing is written anywhere; ``session`` (the database in use) is not read."""
    require(actor, "settings.edit")
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() != "postgresql":
        raise ValidationError(msg("Uji sambungan hanya untuk alamat server PostgreSQL "
                              "(postgresql://pengguna@server:5432/basisdata)."), "url")
    host, port = url.host or "localhost", url.port or DEFAULT_PG_PORT
    database, username = url.database or "", url.username or ""
    server = f"{host}:{port}"
    db: Database | None = None
    try:
        db = Database(url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)}))
        db.check_connection()
        empty = db.is_empty()
    except Exception as exc:  # noqa: BLE001 - any failure is reported, none is a crash
        reason = describe_connection_failure(exc, host=host, port=port, database=database,
                                             username=username)
        technical = driver_message(exc)
        if url.password:
            technical = technical.replace(url.password, "***")
        return ConnectionCheck(
            False, server, database, username,
            msg(QT_TRANSLATE_NOOP("messages", "Tidak dapat tersambung ke server PostgreSQL "
                                            "{server}. {reason}"),
                 server=server, reason=reason),
            msg(QT_TRANSLATE_NOOP("messages", "Rincian teknis: {text}"),
                 text=technical or "-"))
    finally:
        if db is not None:
            db.dispose()
    if empty:
        detail = msg(QT_TRANSLATE_NOOP("messages", "Basis data '{name}' masih kosong; strukturnya "
                                                 "dibuat otomatis saat aplikasi dibuka dengan "
                                                 "server ini."), name=database)
    else:
        detail = msg(QT_TRANSLATE_NOOP("messages", "Basis data '{name}' sudah berisi struktur "
                                                 "data JSSC."), name=database)
    return ConnectionCheck(
        True, server, database, username,
        msg(QT_TRANSLATE_NOOP("messages", "Sambungan ke server PostgreSQL {server} berhasil "
                                        "(basis data '{name}', pengguna '{user}')."),
             server=server, name=database, user=username),
        detail, empty=empty)

