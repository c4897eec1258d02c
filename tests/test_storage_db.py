"""The engine: URL resolution, SQLite pragmas, password hiding, unwritable paths, migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from jssc_desktop.domain.errors import ConflictError, StorageError
from jssc_desktop.storage import migrate
from jssc_desktop.storage.db import Database, resolve_url, safe_url
from jssc_desktop.storage.models import Base, TrainingTrack

from .conftest import PG_URL, _fresh_pg


def test_url_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    default = resolve_url(None)
    assert default.get_backend_name() == "sqlite"
    assert default.database == str(tmp_path / "data" / "jssc.sqlite3")
    monkeypatch.setenv("JSSC_DATABASE_URL", "postgresql://u:pw@host/db")
    assert resolve_url(None).drivername == "postgresql+psycopg"
    assert resolve_url(str(tmp_path / "x.db")).database == str(tmp_path / "x.db")


def test_unsupported_backend_refused() -> None:
    with pytest.raises(StorageError, match="tidak didukung"):
        resolve_url("mysql://u@h/db")


def test_password_never_shown() -> None:
    url = resolve_url("postgresql://jssc:Sup3rSecret@db.local:5432/upt")
    assert "Sup3rSecret" not in safe_url(url)
    assert "***" in safe_url(url)


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_unwritable_database_path(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="tidak dapat dibuat"):
        Database(str(blocker / "jssc.sqlite3"))


def test_unit_of_work_rolls_back(db: Database) -> None:
    with pytest.raises(RuntimeError):
        with db.session() as s:
            s.add(TrainingTrack(code="AC", name="Reparasi AC"))
            s.flush()
            raise RuntimeError("boom")
    with db.session() as s:
        assert s.query(TrainingTrack).count() == 0


def test_concurrent_update_is_a_conflict(db: Database) -> None:
    """Two overlapping transactions write the same row: the second is refused, nothing is lost.

    PostgreSQL reaches the version check (``WHERE version = :old`` matches no row). On SQLite a
    write unit of work holds the write lock from its start, so the overlap can only come from a
    unit of work opened to read (``read_session``) that writes later: WAL mode refuses its stale
    snapshot before the version check, as a busy database.
    """
    with db.session() as s:
        s.add(TrainingTrack(code="AC", name="Reparasi AC"))
    expected = (ConflictError, "diubah oleh pengguna lain") if not db.is_sqlite else (
        StorageError, "sedang dipakai")
    with pytest.raises(expected[0], match=expected[1]):
        with db.read_session() as s1:
            track = s1.query(TrainingTrack).one()
            with db.session() as s2:
                s2.query(TrainingTrack).one().name = "Servis AC"
            track.name = "Teknik Pendingin"
    with db.session() as s:
        assert s.query(TrainingTrack).one().name == "Servis AC"


def test_constraints_are_named() -> None:
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            assert constraint.name, f"unnamed constraint on {table.name}"
        for index in table.indexes:
            assert index.name


def _fresh_db(tmp_path: Path, backend: str) -> Database:
    if backend == "sqlite":
        return Database(str(tmp_path / "mig.sqlite3"))
    if not PG_URL:
        pytest.skip("JSSC_TEST_PG_URL is not set")
    _fresh_pg()  # makes sure this process's database exists
    db = Database(PG_URL)
    Base.metadata.drop_all(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    return db


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def test_alembic_head_matches_models(tmp_path: Path, backend: str) -> None:
    db = _fresh_db(tmp_path, backend)
    try:
        migrate.upgrade(db)
        assert migrate.current_revision(db) == migrate.head_revision()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        if backend == "postgresql":
            # leave the shared test database as the db fixture expects it
            Base.metadata.drop_all(db.engine)
            with db.engine.begin() as conn:
                conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
            import tests.conftest as c

            c._pg_ready = False
        db.dispose()


def test_migration_copies_sqlite_file_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(str(tmp_path / "old.sqlite3"))
    migrate.upgrade(db, "0001")
    with db.session() as s:
        s.add(TrainingTrack(code="AC", name="Reparasi AC"))
    # Pretend the file is from an older schema by moving the marker back one step.
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002-future")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    calls: list[str] = []
    import alembic.command  # imported by migrate.upgrade only when it migrates

    monkeypatch.setattr(alembic.command, "upgrade", lambda cfg, rev: calls.append(rev))
    copy = migrate.upgrade(db)
    assert copy is not None and copy.exists()
    assert calls == ["head"]
    assert copy.name.endswith(".sqlite3.enc")  # encrypted like every other backup
    from .test_backups import _decrypted

    check = Database(str(_decrypted(copy)))
    with check.session() as s:
        assert s.query(TrainingTrack).one().code == "AC"
    assert migrate.upgrade(Database(str(tmp_path / "new.sqlite3"))) is None  # nothing to copy
