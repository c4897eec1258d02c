"""A PostgreSQL server for a UPT with least privilege: an owner role and an application role.

``setup_server`` (``jssc-desktop server setup``) connects with an administrator's URL (the
``postgres`` superuser, or a role with CREATEROLE and CREATEDB) and:

1. creates (or updates the password of) the **owner** role, used only to migrate the schema, and
   the **application** role that the workstations sign in with;
2. creates the database, owned by the owner role, and closes it to everyone else
   (``REVOKE ALL … FROM PUBLIC``, no CREATE on the ``public`` schema);
3. migrates the schema as the owner (which also installs the trigger that refuses UPDATE and
   DELETE on ``audit_log``);
4. grants the application role SELECT/INSERT/UPDATE/DELETE on the data tables, but only SELECT
   and INSERT on ``audit_log`` and only SELECT on ``alembic_version``; no DDL anywhere. Default
   privileges give tables of later migrations the same rights (``grant_app_role`` runs again
   after every migration made with the owner role);
5. checks, signed in as the application role, that deleting audit rows and creating a table are
   both refused.

Passwords may hold any character: URLs are built with ``URL.create`` and role passwords are sent
as quoted literals (``psycopg.sql.Literal``), never through text formatting, and never logged.
Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from ..domain.errors import StorageError, ValidationError
from ..domain.messages import msg
from ..logsafe import scrub_values

log = logging.getLogger(__name__)

_NAME_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
#: Tables the application role may only read and append to / only read.
APPEND_ONLY = ("audit_log",)
READ_ONLY = ("alembic_version",)


@dataclass(frozen=True)
class ServerSetup:
    """What ``setup_server`` made: the application's URL (without password) and the checks."""

    app_url: URL
    owner_url: URL
    revision: str | None
    audit_delete_refused: bool
    ddl_refused: bool


def check_name(name: str, what: str) -> str:
    if not _NAME_RE.match(name or ""):
        raise ValidationError(
            msg("Nama {what} '{name}' tidak valid: huruf kecil, angka dan garis bawah, diawali "
            "huruf (mis. jssc_app).", what=what, name=name), what)
    return name


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _with(url: URL, *, username: str, password: str | None, database: str) -> URL:
    return URL.create("postgresql+psycopg", username=username, password=password,
                      host=url.host, port=url.port, database=database, query=url.query)


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": name}).first() is not None


def _ensure_role(conn: Connection, name: str, password: str) -> None:
    """Create or update a login role. The password goes to the server as a literal quoted by
    psycopg itself (``sql.Literal``) on the driver's connection, so that no character of it
    (quotes, backslashes, ``%`` that would read as a placeholder) is altered."""
    from psycopg import sql

    verb = "ALTER" if _role_exists(conn, name) else "CREATE"
    statement = sql.SQL(
        verb + " ROLE {} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD {}"
    ).format(sql.Identifier(name), sql.Literal(password))
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute(statement)


def grant_app_role(conn: Connection, app_role: str, owner_role: str) -> None:
    """The application role's rights on the current schema (run as the owner or a superuser)."""
    app, owner = _ident(app_role), _ident(owner_role)
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {app}")
    conn.exec_driver_sql(
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}")
    for table in APPEND_ONLY:
        conn.exec_driver_sql(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM {app}")
    for table in READ_ONLY:
        conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {table} FROM {app}")
    conn.exec_driver_sql(
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app}")
    conn.exec_driver_sql(
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {app}")


def _refused(conn: Connection, statement: str) -> bool:
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(statement)
    except DBAPIError as exc:
        return getattr(exc.orig, "sqlstate", None) == "42501"  # insufficient_privilege
    return False


def setup_server(admin_url: URL, *, database: str, owner_role: str, owner_password: str,
                 app_role: str, app_password: str) -> ServerSetup:
    """Create the roles and the database, migrate as the owner, grant the application role."""
    from .db import Database
    from .migrate import current_revision, upgrade

    check_name(database, msg("basis data"))
    check_name(owner_role, msg("peran pemilik"))
    check_name(app_role, msg("peran aplikasi"))
    if owner_role == app_role:
        raise ValidationError(msg("Peran pemilik dan peran aplikasi harus berbeda."), "app_role")
    if not owner_password or not app_password:
        raise ValidationError(msg("Kata sandi peran pemilik dan peran aplikasi wajib diisi."),
                              "password")
    if admin_url.get_backend_name() != "postgresql":
        raise ValidationError(msg("Alamat administrator harus alamat server PostgreSQL."), "url")
    admin = admin_url.set(drivername="postgresql+psycopg")
    try:
        engine = create_engine(admin, isolation_level="AUTOCOMMIT", hide_parameters=True)
        with engine.connect() as conn:
            _ensure_role(conn, owner_role, owner_password)
            _ensure_role(conn, app_role, app_password)
            exists = conn.exec_driver_sql(
                "SELECT 1 FROM pg_database WHERE datname = %(n)s", {"n": database}).first()
            if exists is None:
                conn.exec_driver_sql(
                    f"CREATE DATABASE {_ident(database)} OWNER {_ident(owner_role)} "
                    "ENCODING 'UTF8' TEMPLATE template0")
            else:
                conn.exec_driver_sql(
                    f"ALTER DATABASE {_ident(database)} OWNER TO {_ident(owner_role)}")
            conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {_ident(database)} FROM PUBLIC")
            conn.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {_ident(database)} TO "
                                 f"{_ident(app_role)}")
        engine.dispose()
        engine = create_engine(admin.set(database=database), isolation_level="AUTOCOMMIT",
                               hide_parameters=True)
        with engine.connect() as conn:
            conn.exec_driver_sql(f"ALTER SCHEMA public OWNER TO {_ident(owner_role)}")
            conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        engine.dispose()
        owner_url = _with(admin, username=owner_role, password=owner_password,
                          database=database)
        owner_db = Database(owner_url)
        try:
            owner_db.check_connection()
            upgrade(owner_db)
            revision = current_revision(owner_db)
            with owner_db.engine.begin() as conn:
                grant_app_role(conn, app_role, owner_role)
        finally:
            owner_db.dispose()
        app_url = _with(admin, username=app_role, password=app_password, database=database)
        engine = create_engine(app_url, hide_parameters=True)
        with engine.connect() as conn:
            audit_refused = _refused(conn, "DELETE FROM audit_log")
            ddl_refused = _refused(conn, "CREATE TABLE jssc_probe (x integer)")
            conn.rollback()
        engine.dispose()
    except SQLAlchemyError as exc:
        text = str(getattr(exc, "orig", exc)).splitlines()[0] if str(exc) else ""
        raise StorageError(msg("Penyiapan server PostgreSQL gagal: {scrub_values}",
                               scrub_values=scrub_values(text))) from exc
    log.info("server set up: database %s, owner %s, app role %s", database, owner_role, app_role)
    # URL.set(password=None) would keep the password: build them anew without one.
    return ServerSetup(_with(admin, username=app_role, password=None, database=database),
                       _with(admin, username=owner_role, password=None, database=database),
                       revision, audit_refused, ddl_refused)
