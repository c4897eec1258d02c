"""Where the data lives, as use cases (services/database_location.py) and on the command line
(``db copy-to``, ``db test``): a verified copy that never overwrites and is audited, a connection
test that names the problem in Indonesian; both for the administrator only."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from jssc_desktop.domain.errors import PermissionDenied, StorageError, ValidationError
from jssc_desktop.domain.messages import msg
from jssc_desktop.services.base import Actor
from jssc_desktop.services.database_location import (
    copy_database_to,
    describe_connection_failure,
    try_connection,
)
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, User

from .conftest import _make_actors
from .test_cli import add_user, assert_clean_error, run

PG_SERVER = os.environ.get("JSSC_TEST_PG_URL")


def _rows(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def people(sqlite_db: Database) -> dict[str, Actor]:
    """One user per role in the SQLite database of ``sqlite_db``."""
    return _make_actors(sqlite_db)


def test_copy_is_verified_audited_and_never_overwrites(sqlite_db: Database,
                                                      people: dict[str, Actor],
                                                      tmp_path: Path) -> None:
    actors = people
    folder = tmp_path / "lain"
    with sqlite_db.session() as s:
        users_before = len(s.scalars(select(User)).all())
        result = copy_database_to(s, actors["admin"], folder)
    assert result.path == folder / "jssc.sqlite3"
    assert _rows(result.path, "users") == users_before == 5
    assert result.message  # the verification's own words
    with sqlite_db.session() as s:
        row = s.scalars(select(AuditLog).where(AuditLog.action == "database.copy")).one()
        assert row.username == "admin"
        assert row.after == {"file": "jssc.sqlite3", "folder": str(folder),
                             "from": str(sqlite_db.sqlite_path)}
    size = result.path.stat().st_size
    with sqlite_db.session() as s, pytest.raises(StorageError, match="tidak ditimpa"):
        copy_database_to(s, actors["admin"], folder)
    assert result.path.stat().st_size == size
    assert not list(folder.glob("*.partial"))


def test_copy_onto_itself_is_refused_by_name(tmp_path: Path) -> None:
    from jssc_desktop.storage.models import Base

    (tmp_path / "sini").mkdir()
    here = Database(str(tmp_path / "sini" / "jssc.sqlite3"))
    Base.metadata.create_all(here.engine)
    try:
        with here.session() as s, pytest.raises(ValidationError) as refused:
            copy_database_to(s, Actor.system(), tmp_path / "sini")
        assert refused.value.field == "folder"
        assert "sudah berada di folder itu" in refused.value.message
    finally:
        here.dispose()


@pytest.mark.parametrize("role", ["staff", "head", "tutor"])
def test_only_the_administrator_copies_or_tests(sqlite_db: Database, people: dict[str, Actor],
                                               tmp_path: Path, role: str) -> None:
    actors = people
    with sqlite_db.session() as s, pytest.raises(PermissionDenied):
        copy_database_to(s, actors[role], tmp_path / "x")
    with sqlite_db.session() as s, pytest.raises(PermissionDenied):
        try_connection(s, actors[role], "postgresql://jssc@127.0.0.1:1/jssc")
    assert not (tmp_path / "x").exists()


def test_copy_of_a_server_database_is_refused(db: Database, actors: dict[str, Actor],
                                              tmp_path: Path) -> None:
    if db.is_sqlite:
        pytest.skip("the server case")
    with db.session() as s, pytest.raises(StorageError, match="bukan berkas SQLite"):
        copy_database_to(s, actors["admin"], tmp_path)


def test_connection_test_names_the_problem(db: Database, actors: dict[str, Actor]) -> None:
    with db.session() as s:
        check = try_connection(s, actors["admin"], "postgresql://jssc@127.0.0.1:1/jssc")
    assert not check.ok and check.server == "127.0.0.1:1"
    text = str(check.message)
    assert text.startswith("Tidak dapat tersambung ke server PostgreSQL 127.0.0.1:1.")
    assert "Tidak ada layanan PostgreSQL yang menjawab di 127.0.0.1 port 1" in text
    assert str(check.detail).startswith("Rincian teknis: ")
    with db.session() as s, pytest.raises(ValidationError):
        try_connection(s, actors["admin"], "sqlite:///x.sqlite3")


def test_connection_test_against_the_live_server(db: Database,
                                                 actors: dict[str, Actor]) -> None:
    if not PG_SERVER:
        pytest.skip("JSSC_TEST_PG_URL is not set: no PostgreSQL server for this run")
    u = make_url(PG_SERVER)
    with db.session() as s:
        check = try_connection(s, actors["admin"], u)
    assert check.ok, check
    assert str(check.message) == (f"Sambungan ke server PostgreSQL {u.host}:{u.port or 5432} "
                                  f"berhasil (basis data '{u.database}', pengguna "
                                  f"'{u.username}').")


def test_failure_texts_translate_with_their_values() -> None:
    class Refused(Exception):
        orig = "connection refused"

    reason = describe_connection_failure(Refused(), host="nas", port=5433, database="d",
                                         username="u")
    assert reason.params == {"host": "nas", "port": 5433}
    english = {reason.template: "Nothing answers at {host} port {port}."}
    outer = msg("Gagal: {reason}", reason=reason)
    assert outer.render("en", lambda t: english.get(t, t)) == \
        "Gagal: Nothing answers at nas port 5433."
    assert str(outer).startswith("Gagal: Tidak ada layanan PostgreSQL yang menjawab di nas port "
                                 "5433.")


def test_cli_db_copy_to_and_test(tmp_path: Path) -> None:
    path = tmp_path / "upt.sqlite3"
    assert run(tmp_path, "migrate", db=path).returncode == 0
    add_user(path, "adm", "admin")
    add_user(path, "pegawai", "staff")
    target = tmp_path / "salinan"
    proc = run(tmp_path, "db", "copy-to", str(target), db=path, as_user="adm")
    assert proc.returncode == 0, proc.stderr
    assert f"Basis data disalin dan diperiksa: {target / 'jssc.sqlite3'}" in proc.stdout
    assert _rows(target / "jssc.sqlite3", "users") == 2
    again = run(tmp_path, "db", "copy-to", str(target), db=path, as_user="adm")
    assert "tidak ditimpa" in assert_clean_error(again)
    refused = run(tmp_path, "db", "copy-to", str(tmp_path / "lain"), db=path, as_user="pegawai")
    assert "tidak berhak" in assert_clean_error(refused)
    proc = run(tmp_path, "db", "test", "postgresql://jssc@127.0.0.1:1/jssc", db=path,
               as_user="adm")
    assert proc.returncode == 1
    assert "Tidak dapat tersambung ke server PostgreSQL 127.0.0.1:1." in proc.stderr
    assert "Traceback" not in proc.stderr
    if PG_SERVER:
        proc = run(tmp_path, "db", "test", PG_SERVER, db=path, as_user="adm")
        assert proc.returncode == 0, proc.stderr
        assert "berhasil" in proc.stdout
