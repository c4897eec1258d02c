"""The one place that builds the database connection: SQLite by default, PostgreSQL by URL.

``Database`` wraps an engine and a session factory. ``Database.session()`` is the unit of work:
one transaction that commits when the block ends normally and rolls back on any exception, so a
refused action leaves the database exactly as it was.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..domain.errors import (
    DAMAGED_PART_MESSAGE,
    READ_ONLY_MESSAGE,
    ConflictError,
    DuplicateError,
    ReadOnlyDatabaseError,
    StorageError,
    ValidationError,
    is_damaged_page_error,
)
from ..domain.messages import msg
from ..fileutil import write_text_atomic
from ..logsafe import scrub_values
from ..paths import config_path, default_database_path, read_config, write_config

log = logging.getLogger(__name__)

ENV_URL = "JSSC_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 10_000


#: The key of the per-user configuration file (``paths.config_path()``) that names a PostgreSQL
#: server chosen in Settings. It never carries a password; the password is in the OS keyring.
CONFIG_KEY = "database_url"


def configured_url() -> str | None:
    """The PostgreSQL URL chosen in Settings (``database_url`` in the per-user config), if any."""
    value = read_config().get(CONFIG_KEY)
    return value.strip() if isinstance(value, str) and value.strip() else None


def url_source(url: str | None = None) -> str:
    """Where :func:`resolve_url` takes the URL from: 'argument', 'environment', 'config' or
    'default' (the SQLite file in the data folder)."""
    if url:
        return "argument"
    if os.environ.get(ENV_URL):
        return "environment"
    if configured_url():
        return "config"
    return "default"


def resolve_url(url: str | None = None) -> URL:
    """The database to open, first found wins:

    1. ``url`` (the ``--db`` option),
    2. the ``JSSC_DATABASE_URL`` environment variable,
    3. ``database_url`` in the per-user configuration file (a server chosen in Settings),
    4. the SQLite file ``jssc.sqlite3`` in the data folder.

    A bare file path is accepted as a SQLite database. ``postgresql://`` URLs use psycopg 3. A
    PostgreSQL URL without a password gets the one stored in the OS keyring for its
    user/server/database, if any (``storage.credentials``).
    """
    text = url or os.environ.get(ENV_URL) or configured_url()
    if not text:
        return make_url(f"sqlite:///{default_database_path()}")
    if "://" not in text:
        return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")
    try:
        parsed = make_url(text)
    except Exception as exc:
        raise StorageError(msg("Alamat basis data tidak valid: {hide_password}.",
                               hide_password=_hide_password(text))) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StorageError(
            msg("Jenis basis data tidak didukung: '{get_backend_name}'. "
                "Gunakan berkas SQLite atau server PostgreSQL.",
                get_backend_name=parsed.get_backend_name())
        )
    if parsed.get_backend_name() == "postgresql" and not parsed.password and parsed.username:
        parsed = _with_stored_password(parsed)
    return parsed


def _hide_password(text: str) -> str:
    try:
        return make_url(text).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return text.split("://", 1)[0] + "://…" if "://" in text else "…"


def _with_stored_password(url: URL) -> URL:
    from .credentials import get_password

    try:
        password = get_password(url)
    except Exception as exc:  # noqa: BLE001 - a broken credential store must not stop the start
        log.warning("credential store unavailable: %s", type(exc).__name__)
        return url
    # URL.set keeps any character of the password as it is (no quoting round trip).
    return url.set(password=password) if password else url


def postgresql_url(*, host: str, port: int | None, database: str, username: str) -> URL:
    """A PostgreSQL URL from its parts, without a password (what may be kept in the config)."""
    return URL.create("postgresql", username=username or None, host=host or None,
                      port=port or None, database=database or None)


def remember_database_url(url: str | URL) -> str:
    """Keep a PostgreSQL server as this Windows user's database (used from the next start).

    The password, if the URL has one, is dropped: only ``user@host:port/database`` is written to
    the configuration file; the password belongs in the OS keyring. Returns what was written.
    """
    try:
        parsed = url if isinstance(url, URL) else make_url(url)
    except Exception as exc:
        raise ValidationError(msg("Alamat server PostgreSQL tidak valid."), "url") from exc
    if parsed.get_backend_name() != "postgresql":
        raise ValidationError(msg("Hanya alamat server PostgreSQL yang dapat disimpan."), "url")
    if not parsed.host or not parsed.database or not parsed.username:
        raise ValidationError(msg("Alamat server, nama basis data dan nama pengguna wajib diisi."),
                              "url")
    # URL.set(password=None) keeps the password: build the URL anew from its parts.
    clean = URL.create("postgresql", username=parsed.username, host=parsed.host,
                       port=parsed.port, database=parsed.database,
                       query={k: v for k, v in parsed.query.items() if k.lower() != "password"})
    text = clean.render_as_string(hide_password=False)
    write_config(**{CONFIG_KEY: text})  # a StorageError naming the file when it cannot
    return text


def forget_database_url() -> bool:
    """Go back to the SQLite file from the next start; False when no server was configured."""
    data = read_config()
    if CONFIG_KEY not in data:
        return False
    del data[CONFIG_KEY]
    write_text_atomic(config_path(), json.dumps(data, indent=2, ensure_ascii=False))
    return True


def safe_url(url: URL) -> str:
    """The URL for messages and logs, never with the password."""
    return url.render_as_string(hide_password=True)


#: Execution option of the read-only engine: its transactions start with a deferred BEGIN.
READ_ONLY_OPTION = "jssc_read_only"


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.close()


def create_db_engine(url: URL, *, echo: bool = False) -> Engine:
    if url.get_backend_name() == "sqlite":
        path = url.database
        if path and path != ":memory:":
            folder = Path(path).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(
                    msg("Folder basis data tidak dapat dibuat: {folder} ({strerror}).",
                        folder=folder, strerror=exc.strerror)
                ) from exc
            if not os.access(folder, os.W_OK):
                raise StorageError(msg("Folder basis data tidak dapat ditulisi: {folder}.",
                                       folder=folder))
        engine = create_engine(
            url, echo=echo, hide_parameters=True,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "connect", _no_autobegin)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    # hide_parameters: a failing INSERT must not put a client's NIK or name into a message.
    return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)


def _no_autobegin(dbapi_conn: sqlite3.Connection, _rec: object) -> None:
    """Switch pysqlite's own transaction handling off: it would send a deferred BEGIN only
    before the first write, after the reads of the same transaction."""
    dbapi_conn.isolation_level = None


def _begin_sqlite(conn: Connection) -> None:
    """Write transactions take SQLite's write lock at BEGIN (``BEGIN IMMEDIATE``).

    A deferred transaction that reads first and writes later cannot wait for the lock: when
    another connection wrote in between, SQLite refuses the upgrade at once (SQLITE_BUSY) and the
    busy timeout is never used. Taking the lock at BEGIN lets every writer queue for up to
    ``SQLITE_BUSY_TIMEOUT_MS``. Read-only units of work (``Database.read_session``) keep the
    deferred BEGIN, so in WAL mode they never wait for a writer nor hold one up.
    """
    options = conn.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":
        return  # maintenance (PRAGMA wal_checkpoint, VACUUM) outside any transaction
    if options.get(READ_ONLY_OPTION):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _read_only_sqlite_engine(url: URL, *, echo: bool = False) -> Engine:
    """An engine over a SQLite file that SQLite itself will not write to (``mode=ro``): for a
    damaged file, which is looked at but never changed."""
    path = Path(url.database or "")
    uri = f"{path.resolve().as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, echo=echo, hide_parameters=True)

    def pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA query_only=ON")  # a second refusal, before SQLite's own
        dbapi_conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")

    event.listen(engine, "connect", pragmas)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _refuse_flush(session: Session, _context: object, _instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        raise ReadOnlyDatabaseError(READ_ONLY_MESSAGE)


class Database:
    """An open database: engine, session factory and what to call it in messages.

    ``read_only`` (SQLite only): the file is opened so that nothing can write to it (a damaged
    file): every unit of work refuses to save with ReadOnlyDatabaseError and SQLite refuses any
    write statement; sessions carry ``info["read_only"]`` so a use case that would write as a
    side effect (a sign-in's audit row) can leave it out."""

    def __init__(self, url: str | URL | None = None, *, echo: bool = False,
                 read_only: bool = False) -> None:
        self.url = url if isinstance(url, URL) else resolve_url(url)
        self.read_only = bool(read_only and self.is_sqlite)
        if self.read_only:
            self.engine = _read_only_sqlite_engine(self.url, echo=echo)
        else:
            self.engine = create_db_engine(self.url, echo=echo)
        info = {"read_only": True} if self.read_only else {}
        # keep the follow-ups' latest-follow-up columns and the sessions' attendance counts up
        # to date on every flush
        from . import attendance_counts, followup_latest

        followup_latest.install()
        attendance_counts.install()
        self._factory = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._read_factory = sessionmaker(
            self.engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False,
            info=info)
        if self.read_only:
            for factory in (self._factory, self._read_factory):
                event.listen(factory, "before_flush", _refuse_flush)
        log.info("database: %s%s", safe_url(self.url), " (read-only)" if self.read_only else "")

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    @property
    def audit_anchor_path(self) -> Path:
        """The small file beside the database that anchors the audit chain's head outside it.

        SQLite: ``<file>.audit-anchor.json`` next to the database file. PostgreSQL: one file per
        server and database in this PC's data folder."""
        from ..paths import data_dir

        if self.sqlite_path is not None:
            return self.sqlite_path.with_name(self.sqlite_path.name + ".audit-anchor.json")
        ident = f"{self.url.host or 'local'}-{self.url.port or 5432}-{self.url.database or ''}"
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", ident)
        return data_dir() / "audit-anchors" / f"{safe}.json"

    def _anchor_after_commit(self, s: Session) -> None:
        anchor = s.info.pop("audit_anchor", None)
        chain_id = s.info.pop("audit_chain_id", None)
        if anchor is not None and chain_id and self.url.database != ":memory:":
            from .audit_chain import write_anchor_file

            write_anchor_file(self.audit_anchor_path, chain_id, head=anchor)

    @property
    def display_name(self) -> str:
        if self.sqlite_path:
            return str(self.sqlite_path)
        return safe_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit at the end, roll back on any error.

        On SQLite it holds the write lock from its start (``BEGIN IMMEDIATE``): other writers wait
        for it (up to the busy timeout) instead of being refused half-way."""
        yield from self._unit_of_work(self._factory)

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A unit of work that only reads (lists, reports): on SQLite it neither waits for nor
        holds up a writer. Writing in it works, but may be refused when another PC writes."""
        yield from self._unit_of_work(self._read_factory)

    def _unit_of_work(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        s = factory()
        try:
            yield s
            s.commit()
            self._anchor_after_commit(s)
        except StaleDataError as exc:
            s.rollback()
            raise ConflictError(
                msg("Data ini telah diubah oleh pengguna lain sejak dibuka. Tidak ada yang "
                "ditimpa; muat ulang data lalu ulangi perubahan.")
            ) from exc
        except IntegrityError as exc:
            s.rollback()
            if not _is_unique_violation(exc):
                raise
            raise DuplicateError(
                msg("Data yang sama sudah tersimpan, mungkin baru saja oleh pengguna lain. "
                "Tidak ada yang ditimpa; muat ulang data lalu periksa kembali.")
            ) from exc
        except DatabaseError as exc:
            s.rollback()
            if is_damaged_page_error(exc):
                raise StorageError(DAMAGED_PART_MESSAGE) from exc
            if not isinstance(exc, OperationalError):
                raise
            if self.read_only:
                raise ReadOnlyDatabaseError(READ_ONLY_MESSAGE) from exc
            raise StorageError(_operational_message(exc, self)) from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def check_connection(self) -> None:
        """Open and close one connection; a failure becomes a StorageError naming the database."""
        try:
            with self.engine.connect() as conn:
                if self.read_only:
                    conn.exec_driver_sql("SELECT 1")
                elif self.is_sqlite:
                    # A read-only file or folder only shows on the first write.
                    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS _jssc_probe (x INTEGER)")
                    conn.exec_driver_sql("DROP TABLE _jssc_probe")
                    conn.commit()
        except OperationalError as exc:
            raise StorageError(_operational_message(exc, self)) from exc

    def is_empty(self) -> bool:
        return not inspect(self.engine).has_table("alembic_version")

    def dispose(self) -> None:
        self.engine.dispose()

    def optimize(self, tables: tuple[str, ...] = (), *, on_close: bool = False) -> None:
        """Give the query planner statistics of the data as it now is.

        After a bulk change (demo data, an import, a migration): ``ANALYZE`` of ``tables`` (all
        when empty); SQLite samples at most a few hundred rows per index
        (``analysis_limit``), so this takes a fraction of a second even at 100,000 clients.
        ``on_close``: SQLite's own ``PRAGMA optimize``, which analyses only what needs it.
        Without statistics SQLite may walk a poor index (the status index for a NIK prefix).
        A failure is logged, never raised: statistics only make queries faster.
        """
        if self.read_only:
            return
        try:
            with self.engine.connect() as conn:
                if self.is_sqlite:
                    conn.exec_driver_sql("PRAGMA analysis_limit=400")
                    if on_close:
                        conn.exec_driver_sql("PRAGMA optimize")
                    else:
                        for table in tables or ("",):
                            conn.exec_driver_sql(f"ANALYZE {table}".strip())
                elif not on_close:
                    for table in tables or ("",):
                        conn.exec_driver_sql(f"ANALYZE {table}".strip())
                conn.commit()
        except SQLAlchemyError as exc:
            log.info("planner statistics not refreshed: %s", exc)


def _is_unique_violation(exc: IntegrityError) -> bool:
    """A UNIQUE constraint (two workstations saving the same thing), not a CHECK/FK bug."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "23505":  # PostgreSQL unique_violation
        return True
    return "unique constraint failed" in str(orig).lower()  # SQLite


def _operational_message(exc: SQLAlchemyError, db: Database) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return msg("Basis data sedang dipakai proses lain. Tunggu sebentar lalu coba lagi.")
    if db.read_only:
        return READ_ONLY_MESSAGE
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return msg("Basis data tidak dapat ditulisi: {name}.", name=db.display_name)
    if "disk" in text and "full" in text:
        return msg("Disk penuh: perubahan tidak disimpan. Kosongkan ruang disk lalu coba lagi.")
    if "no such table" in text or "does not exist" in text:
        return msg(
            "Struktur basis data belum dibuat atau belum diperbarui. "
            "Jalankan 'jssc-desktop migrate'."
        )
    return msg("Basis data tidak dapat dipakai ({name}): {detail}", name=db.display_name,
               detail=scrub_values(text.splitlines()[0] if text else ""))
