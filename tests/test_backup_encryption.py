"""Encrypted, authenticated backups: nothing personal readable from a lost USB stick, a wrong
passphrase or a changed file refused with the live data untouched, orphan rows refused.

Real SQLite files and (with ``JSSC_TEST_PG_URL``) a real PostgreSQL database with pg_dump; the
OS keyring is an in-memory backend installed for the test (tests/test_db_config.py's).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text

from jssc_desktop.domain.errors import StorageError, ValidationError
from jssc_desktop.services import backups
from jssc_desktop.storage import backup as store
from jssc_desktop.storage import backup_crypto as crypto
from jssc_desktop.storage import backup_keys as keys
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Setting

from .conftest import TEST_BACKUP_PASSPHRASE
from .test_backups import ADMIN, STAFF, _decrypted, fill, mdb, pgdb, sdb, table_rows  # noqa: F401
from .test_db_config import MemoryKeyring

NAMES = [f"Klien Ke-{i}" for i in range(25)]
NIKS = [f"3507{i:012d}" for i in range(25)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(keys.ENV_PASSPHRASE, raising=False)
    keys._derived.clear()


def test_backup_bytes_hold_no_nik_and_no_name(mdb: Database) -> None:  # noqa: F811
    fill(mdb)
    info = backups.make_backup(mdb, ADMIN)
    data = info.path.read_bytes()
    manifest = store.manifest_path(info.path).read_bytes()
    assert data.startswith(crypto.MAGIC)
    for secret in NIKS + NAMES + ["Jl. Mawar", "Catatan kesehatan"]:
        for blob in (data, manifest):
            assert secret.encode("utf-8") not in blob, secret
            assert secret.encode("utf-16-le") not in blob, secret
    # and the plaintext really held them: the test could fail
    plain_file = _decrypted(info.path)
    if mdb.is_sqlite:
        plain = plain_file.read_bytes()
    else:  # a pg_dump archive is compressed: read its data as SQL text
        plain = subprocess.run([store.pg_tool("pg_restore"), "--data-only", "--file=-",
                                str(plain_file)], capture_output=True, check=True).stdout
    assert NIKS[3].encode() in plain and NAMES[3].encode() in plain
    # no plaintext left anywhere in the backup folder
    assert [p.name for p in info.path.parent.iterdir()
            if not p.name.endswith((".enc", ".json", ".plain"))] == []


def test_wrong_passphrase_refused_and_live_data_untouched(
        mdb: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    fill(mdb, 6)
    info = backups.make_backup(mdb, ADMIN)
    with mdb.engine.begin() as conn:
        conn.execute(text("UPDATE clients SET name = 'Diubah' WHERE id = 1"))
    current = table_rows(mdb)
    # "another PC": no key in a keyring, no passphrase in the environment
    _no_env(monkeypatch)
    with pytest.raises(keys.PassphraseNeeded):
        backups.restore_backup(mdb, ADMIN, info.path, confirm=True)
    with pytest.raises(crypto.WrongKeyError, match="Kata sandi cadangan salah"):
        backups.restore_backup(mdb, ADMIN, info.path, confirm=True,
                               passphrase="Bukan-Kata-Sandi-Ini-99")
    assert table_rows(mdb) == current
    assert not [b for b in backups.list_backups(mdb) if b.reason == "sebelum-pemulihan"]
    # the right passphrase restores it (the pre-restore backup then needs a key: env again)
    monkeypatch.setenv(keys.ENV_PASSPHRASE, TEST_BACKUP_PASSPHRASE)
    backups.restore_backup(mdb, ADMIN, info.path, confirm=True,
                           passphrase=TEST_BACKUP_PASSPHRASE)
    with mdb.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM clients WHERE id = 1")).scalar() == NAMES[0]


def test_changed_or_cut_file_refused(sdb: Database, tmp_path: Path) -> None:  # noqa: F811
    fill(sdb, 5)
    with sdb.session() as s:  # over 2 MiB: three chunks
        for i in range(300):
            s.add(Setting(key=f"isi.{i}", value=os.urandom(4000).hex()))
    info = backups.make_backup(sdb, ADMIN)
    data = info.path.read_bytes()
    header_end = len(crypto.MAGIC) + 4 + int.from_bytes(data[8:12], "big")
    chunk = 4 + crypto.CHUNK + 16
    cases = {
        "flip": data[:header_end + 5000] + bytes([data[header_end + 5000] ^ 1])
        + data[header_end + 5001:],
        "drop-last-chunk": data[:header_end + 2 * chunk],
        "swap-chunks": data[:header_end] + data[header_end + chunk:header_end + 2 * chunk]
        + data[header_end:header_end + chunk] + data[header_end + 2 * chunk:],
        "header-edit": data.replace(b'"kind": "sqlite"', b'"kind": "sqlitX"', 1),
    }
    current = table_rows(sdb)
    for name, blob in cases.items():
        bad = tmp_path / f"{name}.sqlite3.enc"
        bad.write_bytes(blob)
        with pytest.raises(StorageError, match="Data saat ini tidak diubah") as err:
            backups.restore_backup(sdb, ADMIN, bad, confirm=True)
        assert "diubah, terpotong atau rusak" in err.value.message, (name, err.value.message)
    assert table_rows(sdb) == current


def test_no_passphrase_no_backup(sdb: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    fill(sdb, 2)
    _no_env(monkeypatch)
    with pytest.raises(StorageError, match="Kata sandi cadangan belum diatur"):
        backups.make_backup(sdb, ADMIN)
    info = backups.daily_backup_if_due(sdb, ADMIN)
    assert info is not None and not info.verified and "belum diatur" in info.message
    assert not list(Path(os.environ["JSSC_DATA_DIR"], "backups").glob("jssc-*"))


def test_passphrase_set_kept_in_keyring_for_unattended_backups(
        sdb: Database, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        memory_keyring: MemoryKeyring) -> None:
    fill(sdb, 3)
    _no_env(monkeypatch)
    for weak in ("pendek", "dinsos1234567", "password12345", "aaaaaaaaaaaaaaa"):
        with pytest.raises(ValidationError):
            backups.set_backup_passphrase(sdb, ADMIN, weak)
    with pytest.raises(Exception, match="tidak berhak"):
        backups.set_backup_passphrase(sdb, STAFF, "Jeruk-Sepeda-Awan-27")
    status = backups.set_backup_passphrase(sdb, ADMIN, "Jeruk-Sepeda-Awan-27")
    assert status.configured and status.on_this_pc and status.key_check
    with sdb.session() as s:
        stored = json.loads(s.get(Setting, keys.SETTING_KEY).value)
    assert "key" not in stored and "Jeruk" not in json.dumps(stored)
    assert stored["key_check"] == status.key_check
    info = backups.make_backup(sdb, ADMIN)  # no environment: the keyring's key
    assert store.read_manifest(info.path)["key_check"] == status.key_check
    # the headless way must match the configured passphrase
    monkeypatch.setenv(keys.ENV_PASSPHRASE, "Lain-Sekali-Kalimatnya-88")
    with pytest.raises(StorageError, match="tidak sama"):
        backups.make_backup(sdb, ADMIN)
    monkeypatch.setenv(keys.ENV_PASSPHRASE, "Jeruk-Sepeda-Awan-27")
    assert backups.make_backup(sdb, ADMIN).verified
    # a second PC: nothing in its keyring until the passphrase is typed once
    _no_env(monkeypatch)
    keyring.set_keyring(MemoryKeyring())
    assert not backups.backup_key_status(sdb).on_this_pc
    with pytest.raises(StorageError, match="tidak tersimpan di PC ini"):
        backups.make_backup(sdb, ADMIN)
    with pytest.raises(ValidationError, match="salah"):
        backups.unlock_backup_key(sdb, ADMIN, "Jeruk-Sepeda-Awan-28")
    assert backups.unlock_backup_key(sdb, ADMIN, "Jeruk-Sepeda-Awan-27").on_this_pc
    assert backups.make_backup(sdb, ADMIN).verified


def test_restore_refuses_orphan_rows(sdb: Database, tmp_path: Path) -> None:  # noqa: F811
    """A backup made from a database whose clients were deleted behind the foreign keys."""
    fill(sdb, 12)
    source = tmp_path / "yatim.sqlite3"
    conn = sqlite3.connect(sdb.sqlite_path)
    conn.execute("VACUUM INTO ?", (str(source),))
    conn.close()
    conn = sqlite3.connect(source)  # foreign keys are off by default in a bare connection
    conn.execute("DELETE FROM clients WHERE id <= 4")
    conn.commit()
    conn.close()
    orphan_db = Database(str(source))
    key = keys.key_for_backup(sdb)
    result = store.make_backup_file(orphan_db, tmp_path / "out", key=key)
    orphan_db.dispose()
    current = table_rows(sdb)
    with pytest.raises(StorageError, match="baris yatim") as err:
        backups.restore_backup(sdb, ADMIN, result.path, confirm=True)
    assert "Data saat ini tidak diubah" in err.value.message
    assert table_rows(sdb) == current


@pytest.mark.postgresql
def test_pg_restore_refuses_orphan_rows(pgdb: Database) -> None:  # noqa: F811
    fill(pgdb, 8)
    with pgdb.engine.begin() as conn:  # behind the foreign keys' back, as a broken tool would
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text("DELETE FROM clients WHERE id <= 3"))
    info = backups.make_backup(pgdb, ADMIN)
    with pgdb.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text("DELETE FROM enrollments WHERE client_id <= 3"))
        conn.execute(text("DELETE FROM attendance WHERE client_id <= 3"))
    current = table_rows(pgdb, skip=("audit_log", "audit_chain_head"))
    with pytest.raises(StorageError, match="baris yatim"):
        backups.restore_backup(pgdb, ADMIN, info.path, confirm=True)
    assert table_rows(pgdb, skip=("audit_log", "audit_chain_head")) == current


# ------------------------------------------------- automatic copies: daily, before upgrade/restore


def _assert_no_personal_data(path: Path, db: Database) -> None:
    data = path.read_bytes()
    manifest = store.manifest_path(path).read_bytes()
    assert data.startswith(crypto.MAGIC), path.name
    for secret in NIKS + NAMES + ["Jl. Mawar", "Catatan kesehatan"]:
        for blob in (data, manifest):
            assert secret.encode("utf-8") not in blob, (path.name, secret)
            assert secret.encode("utf-16-le") not in blob, (path.name, secret)
    plain_file = _decrypted(path)  # and it really held them, so the test can fail
    if db.is_sqlite:
        plain = plain_file.read_bytes()
    else:
        plain = subprocess.run([store.pg_tool("pg_restore"), "--data-only", "--file=-",
                                str(plain_file)], capture_output=True, check=True).stdout
    plain_file.unlink()
    assert NIKS[3].encode() in plain and NAMES[3].encode() in plain


@pytest.mark.parametrize("passphrase", [True, False], ids=["passphrase", "no-passphrase"])
def test_automatic_copies_hold_no_nik_and_no_name(
        mdb: Database, monkeypatch: pytest.MonkeyPatch, passphrase: bool) -> None:  # noqa: F811
    """Daily, pre-upgrade and pre-restore copies are encrypted too; without any passphrase the
    pre-upgrade and pre-restore copies use the installation's own key (never plain text)."""
    from jssc_desktop.storage.migrate import backup_before_migration

    fill(mdb)
    daily = backups.daily_backup_if_due(mdb, ADMIN)
    assert daily is not None and daily.verified, daily
    _assert_no_personal_data(daily.path, mdb)
    manual = backups.make_backup(mdb, ADMIN)  # made with the passphrase, restored below
    if not passphrase:
        _no_env(monkeypatch)
    pre_migration = backup_before_migration(mdb, "0005_acting_head_recovery")
    assert pre_migration is not None
    _assert_no_personal_data(pre_migration, mdb)
    header = crypto.read_header(pre_migration)
    assert header["kdf"] == ("argon2id" if passphrase else crypto.LOCAL_KDF)
    backups.restore_backup(mdb, ADMIN, manual.path, confirm=True,
                           passphrase=TEST_BACKUP_PASSPHRASE)
    pre_restore = [b for b in backups.list_backups(mdb) if b.reason == "sebelum-pemulihan"]
    assert len(pre_restore) == 1
    _assert_no_personal_data(pre_restore[0].path, mdb)
    folder = manual.path.parent
    assert [p.name for p in folder.iterdir() if not p.name.endswith((".enc", ".json"))] == []


def test_copy_with_the_installation_key_restores_here_and_not_elsewhere(
        sdb: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # noqa: F811
    from jssc_desktop.storage.migrate import backup_before_migration

    fill(sdb, 4)
    _no_env(monkeypatch)
    with pytest.raises(StorageError, match="belum diatur"):  # a manual backup still needs one
        backups.make_backup(sdb, ADMIN)
    copy = backup_before_migration(sdb, "0005_acting_head_recovery")
    assert copy is not None and crypto.read_header(copy)["kdf"] == crypto.LOCAL_KDF
    key_files = list(keys.local_key_folder().glob("*.key"))
    assert len(key_files) == 1
    if os.name == "posix":
        assert key_files[0].stat().st_mode & 0o077 == 0
    # one installation key: a second copy uses the same one
    again = backup_before_migration(sdb, "0005_acting_head_recovery")
    assert again is not None
    assert crypto.read_header(again)["key_check"] == crypto.read_header(copy)["key_check"]
    with sdb.engine.begin() as conn:
        conn.execute(text("UPDATE clients SET name = 'Diubah' WHERE id = 1"))
    # on this PC it restores (the key file), with no passphrase asked
    assert backups.restore_needs_passphrase(copy) is None
    backups.restore_backup(sdb, ADMIN, copy, confirm=True)
    with sdb.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM clients WHERE id = 1")).scalar() == NAMES[0]
    # "another PC": another data folder, no key file; a passphrase does not help, clearly said
    monkeypatch.setenv("JSSC_DATA_DIR", str(tmp_path / "other-pc"))
    current = table_rows(sdb)
    for given in (None, TEST_BACKUP_PASSPHRASE):
        with pytest.raises(StorageError, match="kunci instalasi PC tempat ia dibuat"):
            backups.restore_backup(sdb, ADMIN, copy, confirm=True, passphrase=given)
    assert table_rows(sdb) == current
