"""Shared fixtures.

``db`` is a fresh, empty-but-migrated database per test. It runs on a real SQLite file and, when
``JSSC_TEST_PG_URL`` names a PostgreSQL database (``.ci/run`` starts one), on that server too: every
test that uses ``db`` runs once per backend. ``sqlite_db`` is SQLite only, for GUI and CLI tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import text

from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Base, Tutor, User

_PG_SERVER_URL = os.environ.get("JSSC_TEST_PG_URL")
#: A database of this test process's own on the PostgreSQL server (created on first use), so that
#: several test runs can share one server.
PG_URL = (
    _PG_SERVER_URL.rsplit("/", 1)[0] + f"/jssc_test_{os.getpid()}" if _PG_SERVER_URL else None
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reads or writes the real OS credential store (tests that need one install their own).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

#: The backup passphrase of the test installation (headless, as JSSC_BACKUP_PASSPHRASE).
TEST_BACKUP_PASSPHRASE = "Uji-Cadangan-Rak-Arsip-42"


@pytest.fixture(autouse=True)
def _indonesian_afterwards() -> Iterator[None]:
    """A test that shows the window in English (configure_application) leaves the display
    language of names, dates and numbers Indonesian for the next test."""
    yield
    from jssc_desktop.domain.language import set_display_language

    set_display_language("id")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data folder or a database named by the environment."""
    monkeypatch.setenv("JSSC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JSSC_BACKUP_PASSPHRASE", TEST_BACKUP_PASSPHRASE)
    monkeypatch.delenv("JSSC_DATABASE_URL", raising=False)


def _fresh_sqlite(tmp_path: Path) -> Database:
    db = Database(str(tmp_path / "test.sqlite3"))
    Base.metadata.create_all(db.engine)
    return db


_pg_ready = False


def _admin_pg(sql: str) -> None:
    from sqlalchemy import create_engine

    assert _PG_SERVER_URL
    url = _PG_SERVER_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(sql))
    engine.dispose()


_pg_created = False


@pytest.fixture(scope="session", autouse=True)
def _own_pg_database() -> Iterator[None]:
    yield
    if _pg_created:
        _admin_pg(f"DROP DATABASE IF EXISTS jssc_test_{os.getpid()} WITH (FORCE)")


def _fresh_pg() -> Database:
    global _pg_ready, _pg_created
    assert PG_URL
    if not _pg_created:
        _admin_pg(f"DROP DATABASE IF EXISTS jssc_test_{os.getpid()}")
        _admin_pg(f"CREATE DATABASE jssc_test_{os.getpid()}")
        _pg_created = True
    db = Database(PG_URL)
    if not _pg_ready:
        Base.metadata.drop_all(db.engine)
        with db.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        Base.metadata.create_all(db.engine)
        _pg_ready = True
    else:
        names = ", ".join(t.name for t in Base.metadata.sorted_tables)
        with db.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    return db


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("JSSC_TEST_PG_URL is not set: no PostgreSQL server for this run")
        database = _fresh_pg()
    else:
        database = _fresh_sqlite(tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = _fresh_sqlite(tmp_path)
    yield database
    database.dispose()


def audit_new_user(session, user: User) -> None:  # type: ignore[no-untyped-def]
    """The audit row ``create_user`` writes, for a user a test adds straight to the table: the
    audit check compares every user's role with the one the log says it was given."""
    from jssc_desktop.services.base import audit, snapshot

    session.flush()
    audit(session, Actor(None, "sistem", "admin", "Sistem"), "user.create", "user", user.id,
          after=snapshot(user))


def _make_actors(database: Database) -> dict[str, Actor]:
    from jssc_desktop.services.users import hash_password

    pw = hash_password("Rahasia-123")
    actors: dict[str, Actor] = {}
    with database.session() as s:
        tutor = Tutor(name="Budi Santoso", tutor_type="internal", rate_per_jp=100_000)
        other = Tutor(name="Sri Wahyuni", tutor_type="eksternal", partner_kind="dunia_usaha",
                      institution="PT Dingin Sejuk", rate_per_jp=150_000)
        s.add_all([tutor, other])
        s.flush()
        specs = [
            ("admin", "admin", "Admin UPT", None),
            ("staff", "staf", "Staf Administrasi", None),
            ("head", "kepala", "Kepala UPT", None),
            ("tutor", "tutor", "Budi Santoso", tutor.id),
            ("tutor2", "tutor2", "Sri Wahyuni", other.id),
        ]
        for key, username, name, tutor_id in specs:
            role = "tutor" if key.startswith("tutor") else key
            user = User(username=username, full_name=name, role=role, password_hash=pw,
                        must_change_password=False, tutor_id=tutor_id)
            s.add(user)
            audit_new_user(s, user)
            actors[key] = Actor(user.id, username, role, name, tutor_id)
    return actors


@pytest.fixture
def actors(db: Database) -> dict[str, Actor]:
    """One user per role (plus a second tutor), with password 'Rahasia-123'."""
    return _make_actors(db)


@pytest.fixture
def today() -> date:
    return date(2026, 11, 23)


# ------------------------------------------------------------------------ credential stores


class MemoryKeyring(KeyringBackend):
    """A credential store in memory, standing in for Windows Credential Manager."""

    priority = 1  # type: ignore[assignment]  # keyring declares it a class property

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("tidak ada")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The OS credential store replaced by one in memory for the test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A computer without any credential store."""
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)
