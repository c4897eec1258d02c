"""Where the data lives: network-share detection, and the PostgreSQL password in the OS keyring."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from jssc_desktop.domain.errors import StorageError, ValidationError
from jssc_desktop.storage import credentials, location
from jssc_desktop.storage.db import Database

from .conftest import _PG_SERVER_URL, MemoryKeyring

# ------------------------------------------------------------------------------ network shares


@pytest.mark.parametrize("path", [
    r"\\nas-upt\data\jssc.sqlite3",
    r"\\192.168.1.10\berbagi\JSSC\jssc.sqlite3",
    "//nas-upt/data/jssc.sqlite3",
    r"\\?\UNC\nas-upt\data\jssc.sqlite3",
])
def test_unc_paths_are_network(path: str) -> None:
    assert location.is_network_path(path)


def _mounts(tmp_path: Path) -> tuple[Path, str]:
    nas = tmp_path / "nas"
    (nas / "lokal").mkdir(parents=True)
    (tmp_path / "nasx").mkdir()
    (tmp_path / "my share").mkdir()
    (tmp_path / "ssh").mkdir()
    table = tmp_path / "mounts"
    table.write_text(
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        f"nas-upt:/data {nas} nfs4 rw,vers=4.2 0 0\n"
        f"/dev/sdb1 {nas / 'lokal'} ext4 rw 0 0\n"
        "//nas-upt/berbagi "
        f"{str(tmp_path / 'my share').replace(' ', chr(92) + '040')} cifs rw 0 0\n"
        f"budi@server:/home {tmp_path / 'ssh'} fuse.sshfs rw 0 0\n",
        encoding="utf-8")
    return nas, str(table)


def test_linux_mount_table(tmp_path: Path) -> None:
    nas, table = _mounts(tmp_path)
    assert location.is_network_path(nas / "jssc.sqlite3", mounts_file=table)  # not yet created
    assert location.is_network_path(nas / "a" / "b" / "jssc.sqlite3", mounts_file=table)
    assert location.is_network_path(tmp_path / "my share" / "x.sqlite3", mounts_file=table)
    assert location.is_network_path(tmp_path / "ssh" / "x.sqlite3", mounts_file=table)
    # a local disk mounted inside the share, and a sibling whose name only starts the same
    assert not location.is_network_path(nas / "lokal" / "x.sqlite3", mounts_file=table)
    assert not location.is_network_path(tmp_path / "nasx" / "x.sqlite3", mounts_file=table)
    assert location.filesystem_type(tmp_path / "nasx", table) == "ext4"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/mounts is Linux")
def test_real_mount_table_sees_local_temp_folder(tmp_path: Path) -> None:
    assert location.filesystem_type(tmp_path) is not None
    assert not location.is_network_path(tmp_path / "jssc.sqlite3")


@pytest.mark.skipif(sys.platform != "win32", reason="GetDriveTypeW is Windows")
def test_windows_local_drive_is_not_network(tmp_path: Path) -> None:  # pragma: no cover
    assert not location.is_network_path(tmp_path / "jssc.sqlite3")
    assert not location.is_network_path(os.environ.get("SYSTEMDRIVE", "C:") + "\\x.sqlite3")


def test_network_warning_in_indonesian(tmp_path: Path) -> None:
    nas, table = _mounts(tmp_path)
    on_share = Database(str(nas / "jssc.sqlite3"))
    local = Database(str(tmp_path / "nasx" / "jssc.sqlite3"))
    try:
        text = location.network_warning(on_share, mounts_file=table)
        assert text is not None
        assert "folder jaringan" in text and str(nas / "jssc.sqlite3") in text
        assert "PostgreSQL" in text and location.README_SECTION in text
        readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
        assert location.README_SECTION in readme
        assert location.network_warning(local, mounts_file=table) is None
    finally:
        on_share.dispose()
        local.dispose()
    pg = Database("postgresql://jssc@server/jssc")
    assert location.network_warning(pg) is None


# ---------------------------------------------------------------------------------- keyring


URL = "postgresql://jssc@server-upt:5433/jssc"


def test_store_get_delete_password(memory_keyring: MemoryKeyring) -> None:
    assert credentials.available()
    assert credentials.get_password(URL) is None
    credentials.store_password(URL, "p@ss:w/rd #1")
    assert credentials.get_password(URL) == "p@ss:w/rd #1"
    assert list(memory_keyring.items) == [(credentials.SERVICE, "jssc@server-upt:5433/jssc")]
    # the same server under another database or user is another credential
    assert credentials.get_password("postgresql://jssc@server-upt:5433/lain") is None
    assert credentials.delete_password(URL) is True
    assert credentials.delete_password(URL) is False
    assert credentials.get_password(URL) is None


def test_url_with_password(memory_keyring: MemoryKeyring) -> None:
    assert credentials.url_with_password(URL) == URL  # nothing stored yet
    credentials.store_password(URL, "p@ss:w/rd #1")
    full = make_url(credentials.url_with_password(URL))
    assert full.password == "p@ss:w/rd #1" and full.username == "jssc"
    assert full.host == "server-upt" and full.port == 5433 and full.database == "jssc"
    explicit = "postgresql://jssc:lain@server-upt:5433/jssc"
    assert credentials.url_with_password(explicit) == explicit
    assert credentials.url_with_password("/data/jssc.sqlite3") == "/data/jssc.sqlite3"
    assert credentials.url_with_password("sqlite:///x.db") == "sqlite:///x.db"
    # the password never shows in what the application displays
    assert "p@ss" not in Database(credentials.url_with_password(URL)).display_name


def test_bad_input(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValidationError, match="nama pengguna"):
        credentials.store_password("postgresql://server/jssc", "x")
    with pytest.raises(ValidationError, match="hanya disimpan untuk alamat server PostgreSQL"):
        credentials.store_password("sqlite:///x.db", "x")
    with pytest.raises(ValidationError, match="tidak boleh kosong"):
        credentials.store_password(URL, "")


def test_no_keyring_backend_fails_clearly(no_keyring: None) -> None:
    assert not credentials.available()
    for call in (lambda: credentials.store_password(URL, "x"),
                 lambda: credentials.get_password(URL),
                 lambda: credentials.delete_password(URL)):
        with pytest.raises(StorageError, match="Penyimpanan kata sandi sistem operasi tidak "
                                               "tersedia") as err:
            call()
        assert "JSSC_DATABASE_URL" in err.value.message
    assert credentials.url_with_password(URL) == URL  # still usable without a password


@pytest.mark.postgresql
def test_stored_password_opens_the_server(memory_keyring: MemoryKeyring) -> None:
    if not _PG_SERVER_URL:
        pytest.skip("JSSC_TEST_PG_URL is not set: no PostgreSQL server for this run")
    url = make_url(_PG_SERVER_URL)
    if url.password:
        credentials.store_password(url.set(password=None), url.password)
        bare = url.set(password=None).render_as_string(hide_password=False)
    else:  # a trust-authenticated test server accepts any password
        bare = _PG_SERVER_URL
        credentials.store_password(bare, "disimpan-di-keyring")
    full = credentials.url_with_password(bare)
    assert make_url(full).password
    db = Database(full)
    try:
        db.check_connection()
    finally:
        db.dispose()
