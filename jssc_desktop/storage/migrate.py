"""Schema migrations with Alembic, with the SQLite file copied aside before any change.

``upgrade(db)`` brings any database to the current schema: an empty one is created from the first
revision up, an older one is first backed up (SQLite: an online-backup copy next to the other
backups) and then migrated, and a current one is left alone.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from ..domain.messages import msg
from ..paths import backup_dir
from .db import Database

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

#: The newest schema revision (the head of ``migrations/versions``). Adding a migration means
#: changing this too; ``tests/test_upgrades.py`` fails until it matches Alembic's head.
SCHEMA_HEAD = "0013_session_attendance_counts"


def stored_revision(db: Database) -> str | None:
    """The revision recorded in the database (None when it has no schema yet), read with one
    query instead of Alembic's migration context."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    return str(rows[0]) if len(rows) == 1 else None


def at_head(db: Database) -> bool:
    """The database is at the schema this program was built with."""
    return stored_revision(db) == SCHEMA_HEAD


def alembic_config(db: Database | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "jssc_desktop.storage:migrations")
    if db is not None:
        # configparser treats "%" as interpolation: a password with "%" must be doubled.
        cfg.set_main_option("sqlalchemy.url",
                            db.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    """Every schema revision this version of the program knows."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def refuse_newer(revision: str | None) -> None:
    """A database at a revision this program does not know was made by a newer version: say so
    plainly (no backup, no migration attempt)."""
    from ..domain.errors import NewerSchemaError

    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            msg("Basis data ini dibuat oleh versi JSSC Desktop yang lebih baru (struktur "
            "{revision}). Perbarui aplikasi ke versi terbaru lalu buka lagi; data tidak "
            "diubah.", revision=revision))


def backup_before_migration(db: Database, current: str) -> Path | None:
    """A verified backup ('sebelum-migrasi-<rev>') in the backup folder, before any change.

    SQLite: always (a failure stops the migration). PostgreSQL: with pg_dump when it is
    installed; without it the migration goes ahead and says so in the log.
    """
    import re

    from ..domain.errors import StorageError
    from .backup import make_backup_file

    if db.is_sqlite and (db.sqlite_path is None or not db.sqlite_path.exists()):
        return None
    reason = "sebelum-migrasi-" + (re.sub(r"[^a-z0-9]+", "-", current.lower()).strip("-") or "x")
    reason = reason[:40].rstrip("-")  # backup reasons are at most 40 characters (long ids)
    try:
        return make_backup_file(db, backup_dir(), reason=reason).path
    except StorageError as exc:
        if db.is_sqlite:
            raise
        log.warning("no backup before migrating %s: %s", db.display_name, exc.message)
        return None


def upgrade(db: Database, revision: str = "head") -> Path | None:
    """Migrate to ``revision``; returns the pre-migration copy of a SQLite file, if one was made."""
    if revision == "head" and at_head(db):
        return None  # the usual case, answered without importing Alembic
    from alembic import command

    current = current_revision(db)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    refuse_newer(current)
    copy = None
    if current is not None:
        copy = backup_before_migration(db, current)
        log.info("migrating %s from %s to %s (copy: %s)", db.display_name, current, target, copy)
    with db.engine.begin() as conn:
        cfg = alembic_config(db)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    db.optimize()  # statistics for the new schema's indexes
    return copy
