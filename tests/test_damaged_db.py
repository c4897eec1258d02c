"""Damaged or foreign databases: a damaged file is never written to, a newer schema gets a clear
'perbarui aplikasi', and a mistyped --db does not create an empty database.

Run as real processes on real files (the command line), plus the storage check itself.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from jssc_desktop.domain.errors import DamagedDatabaseError, NewerSchemaError
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.health import check_sqlite_file, refuse_if_damaged
from jssc_desktop.storage.migrate import upgrade

from .test_cli import TEST_PASSWORD, add_user, assert_clean_error, run


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(path: Path) -> None:
    """A migrated database with enough rows to span many pages."""
    db = Database(str(path))
    try:
        upgrade(db)
        with db.engine.begin() as conn:
            for i in range(400):
                conn.exec_driver_sql(
                    "INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "x" * 300))
    finally:
        db.dispose()
    add_user(path)
    conn2 = sqlite3.connect(path)
    conn2.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn2.execute("PRAGMA journal_mode=DELETE")
    conn2.close()


def _flip_bytes(path: Path) -> None:
    """Overwrite a b-tree page header deep in the file (a bad sector, a bad USB stick)."""
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    target = (pages - 3) * page
    data[target:target + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def test_quick_check_tells_sound_from_damaged(tmp_path: Path) -> None:
    path = tmp_path / "jssc.sqlite3"
    _filled(path)
    assert check_sqlite_file(path).damaged is False
    assert check_sqlite_file(path).checked is True
    assert check_sqlite_file(tmp_path / "none.sqlite3").damaged is False
    _flip_bytes(path)
    before = _sha(path)
    health = check_sqlite_file(path)
    assert health.damaged, health
    assert _sha(path) == before  # checking never writes
    not_db = tmp_path / "foto.sqlite3"
    not_db.write_bytes(b"\x89PNG\r\n" + b"\0" * 5000)
    assert check_sqlite_file(not_db).damaged
    with pytest.raises(DamagedDatabaseError, match="rusak") as caught:
        refuse_if_damaged(Database(str(path)), tmp_path / "cadangan")
    assert "Tidak ada cadangan terverifikasi" in caught.value.message


def test_quick_check_is_bounded_in_time(tmp_path: Path) -> None:
    path = tmp_path / "jssc.sqlite3"
    _filled(path)
    health = check_sqlite_file(path, seconds=0.0)
    assert not health.damaged  # out of time: unchecked, never called damaged
    assert not health.checked or health.detail == "ok"


def _refused_read_only(proc) -> str:  # type: ignore[no-untyped-def]
    """Exit 1: the read-only warning, then one 'Galat:' line (no traceback); that line."""
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "hanya-baca" in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("Galat: "), proc.stderr
    return last


def test_damaged_file_is_read_only_for_every_command_and_never_written(tmp_path: Path) -> None:
    """Read commands work with a warning; writes are refused with a clear message; commands
    that work below the engine (migrate, backup) are refused; not one byte changes."""
    path = tmp_path / "jssc.sqlite3"
    _filled(path)
    _flip_bytes(path)
    before = _sha(path)
    mtime = path.stat().st_mtime_ns
    listed = run(tmp_path, "user", "list", db=path, as_user="admin", password=TEST_PASSWORD)
    assert listed.returncode == 0, listed.stderr
    assert "admin" in listed.stdout and "hanya-baca" in listed.stderr and "rusak" in listed.stderr
    verified = run(tmp_path, "audit", "verify", db=path)
    assert verified.returncode == 0 and "hanya-baca" in verified.stderr, verified.stderr
    # a read that needs the damaged page: a clear message, not "unexpected error"
    line = _refused_read_only(run(tmp_path, "report", "monthly", "2026-10", "--out",
                                  str(tmp_path), db=path))
    assert "rusak dan tidak dapat dibaca" in line, line
    for args in (("user", "add", "bob", "--role", "staff", "--password-stdin"),
                 ("user", "passwd", "admin", "--password-stdin")):
        proc = run(tmp_path, *args, db=path, as_user="admin", password=TEST_PASSWORD,
                   stdin="Rahasia-Panjang-991\n")
        line = _refused_read_only(proc)
        assert "hanya-baca" in line and "tidak disimpan" in line, line
    for args in (("migrate",), ("backup",)):
        line = assert_clean_error(run(tmp_path, *args, db=path, as_user="admin",
                                      password=TEST_PASSWORD))
        assert "rusak" in line and "tidak akan ditulisi" in line, line
    assert _sha(path) == before and path.stat().st_mtime_ns == mtime
    assert not (path.with_name(path.name + "-wal")).exists()
    assert not list((tmp_path / "data").glob("**/jssc-*"))  # no backup of a damaged file


def test_read_only_database_refuses_every_write_in_storage(tmp_path: Path) -> None:
    """The storage layer itself: a unit of work that adds or changes a row, a raw INSERT and a
    sign-in on a byte-flipped file: writes refused, the sign-in checks the password only."""
    from sqlalchemy import select, text

    from jssc_desktop.domain.errors import AuthError, ReadOnlyDatabaseError
    from jssc_desktop.services import users
    from jssc_desktop.storage.models import Setting, User

    path = tmp_path / "jssc.sqlite3"
    _filled(path)
    _flip_bytes(path)
    before = _sha(path)
    db = Database(str(path), read_only=True)
    try:
        with db.read_session() as s:
            assert s.execute(select(User.username)).scalars().all() == ["admin"]
        with pytest.raises(ReadOnlyDatabaseError, match="hanya-baca"), db.session() as s:
            s.add(Setting(key="baru", value="x"))
        with pytest.raises(ReadOnlyDatabaseError), db.session() as s:
            s.execute(select(User)).scalar_one().full_name = "Diubah"
        with pytest.raises(ReadOnlyDatabaseError), db.session() as s:
            s.execute(text("INSERT INTO settings (key, value) VALUES ('a', 'b')"))
        with db.session() as s:
            actor = users.login(s, "admin", TEST_PASSWORD)
        assert actor.username == "admin"
        for _ in range(6):  # no failure count (nothing can be written), never a crash
            with pytest.raises(AuthError), db.session() as s:
                users.login(s, "admin", "salah-sandi")
        db.check_connection()
        db.optimize(on_close=True)
    finally:
        db.dispose()
    assert _sha(path) == before
    assert not path.with_name(path.name + "-wal").exists()


def test_newer_schema_says_update_the_program_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "jssc.sqlite3"
    _filled(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    for args in (("migrate",), ("user", "list"), ("report", "monthly", "2026-10")):
        line = assert_clean_error(run(tmp_path, *args, db=path))
        assert "Perbarui aplikasi" in line and "0099_from_the_future" in line, line
    assert not list((tmp_path / "data").glob("**/jssc-*"))
    db = Database(str(path))
    try:
        with pytest.raises(NewerSchemaError):
            upgrade(db)
    finally:
        db.dispose()


def test_mistyped_db_path_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "salah-ketik.sqlite3"
    for args in (("user", "list"), ("report", "monthly", "2026-10"), ("backup",),
                 ("import", "clients", str(tmp_path / "x.xlsx"))):
        line = assert_clean_error(run(tmp_path, *args, db=missing))
        assert "tidak ditemukan" in line and "salah-ketik" in line, line
        assert not missing.exists()
    assert run(tmp_path, "migrate", db=missing).returncode == 0
    assert missing.exists()


def test_damaged_file_offers_and_takes_the_newest_verified_backup(tmp_path: Path) -> None:
    path = tmp_path / "jssc.sqlite3"
    _filled(path)
    made = run(tmp_path, "backup", db=path, as_user="admin", password=TEST_PASSWORD)
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.split("diverifikasi:")[1].splitlines()[0].strip())
    _flip_bytes(path)
    damaged_sha = _sha(path)
    listed = run(tmp_path, "user", "list", db=path, as_user="admin", password=TEST_PASSWORD)
    assert listed.returncode == 0 and "hanya-baca" in listed.stderr, listed.stderr
    assert str(backup) in listed.stderr and "jssc-desktop restore" in listed.stderr
    proc = run(tmp_path, "restore", str(backup), "--yes", db=path)
    assert proc.returncode == 0, proc.stderr
    assert "rusak disimpan apa adanya" in proc.stdout
    aside = [p for p in tmp_path.iterdir() if ".rusak-" in p.name and p.name[-1].isdigit()]
    assert len(aside) == 1 and _sha(aside[0]) == damaged_sha  # kept, never written
    assert not check_sqlite_file(path).damaged
    assert run(tmp_path, "report", "monthly", "2026-10", "--out", str(tmp_path), db=path
               ).returncode == 0
