"""Which database opens: --db > JSSC_DATABASE_URL > the server chosen in Settings (per-user
config file, never with a password) > the SQLite file in the data folder."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest

from jssc_desktop import paths
from jssc_desktop.domain.errors import StorageError, ValidationError
from jssc_desktop.storage import credentials
from jssc_desktop.storage.db import (
    CONFIG_KEY,
    Database,
    configured_url,
    forget_database_url,
    postgresql_url,
    remember_database_url,
    resolve_url,
    safe_url,
    url_source,
)

from .conftest import MemoryKeyring

SERVER = "postgresql://jssc@192.168.1.10:5433/jssc"


def _config_text() -> str:
    return paths.config_path().read_text(encoding="utf-8")


def test_config_lives_in_the_test_data_folder(tmp_path: Path) -> None:
    assert paths.config_path() == tmp_path / "data" / "config.json"


def test_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                    memory_keyring: MemoryKeyring) -> None:
    # 4. nothing configured: the SQLite file in the data folder
    assert url_source() == "default"
    default = resolve_url(None)
    assert default.get_backend_name() == "sqlite"
    assert default.database == str(tmp_path / "data" / "jssc.sqlite3")

    # 3. a server chosen in Settings
    remember_database_url(SERVER)
    assert url_source() == "config"
    chosen = resolve_url(None)
    assert chosen.drivername == "postgresql+psycopg"
    assert (chosen.host, chosen.port, chosen.database, chosen.username) == (
        "192.168.1.10", 5433, "jssc", "jssc")

    # 2. the environment beats the config file
    monkeypatch.setenv("JSSC_DATABASE_URL", "postgresql://lain@server-b/upt")
    assert url_source() == "environment"
    assert resolve_url(None).host == "server-b"

    # 1. --db beats everything
    assert url_source(str(tmp_path / "x.sqlite3")) == "argument"
    explicit = resolve_url(str(tmp_path / "x.sqlite3"))
    assert explicit.get_backend_name() == "sqlite"
    assert explicit.database == str(tmp_path / "x.sqlite3")

    # back to SQLite: the config entry is removed, not blanked
    monkeypatch.delenv("JSSC_DATABASE_URL")
    assert forget_database_url() is True
    assert CONFIG_KEY not in json.loads(_config_text())
    assert forget_database_url() is False
    assert resolve_url(None).database == str(tmp_path / "data" / "jssc.sqlite3")


def test_password_comes_from_the_keyring_never_from_the_file(
        memory_keyring: MemoryKeyring) -> None:
    secret = "Rahasia:UPT/2026 #1"
    written = remember_database_url("postgresql://jssc:" + "Rahasia%3AUPT%2F2026%20%231"
                                    + "@192.168.1.10:5433/jssc")
    assert written == SERVER  # the password in the typed URL was dropped
    credentials.store_password(SERVER, secret)
    text = _config_text()
    assert "Rahasia" not in text and "2026" not in text
    assert json.loads(text)[CONFIG_KEY] == SERVER
    url = resolve_url(None)
    assert url.password == secret
    assert secret not in safe_url(url)
    assert secret not in Database(url).display_name
    # other settings in the same file survive
    paths.write_config(data_location="user")
    assert configured_url() == SERVER and paths.read_config()["data_location"] == "user"
    forget_database_url()
    assert paths.read_config() == {"data_location": "user"}


def test_environment_url_without_password_also_uses_the_keyring(
        monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> None:
    credentials.store_password(SERVER, "dari-keyring")
    monkeypatch.setenv("JSSC_DATABASE_URL", SERVER)
    assert resolve_url(None).password == "dari-keyring"
    monkeypatch.setenv("JSSC_DATABASE_URL", "postgresql://jssc:eksplisit@192.168.1.10:5433/jssc")
    assert resolve_url(None).password == "eksplisit"


def test_no_keyring_still_opens_without_password() -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        remember_database_url(SERVER)
        url = resolve_url(None)
    finally:
        keyring.set_keyring(previous)
    assert url.password is None and url.host == "192.168.1.10"


def test_postgresql_url_from_parts() -> None:
    url = postgresql_url(host="server-upt", port=5432, database="jssc", username="budi")
    assert url.render_as_string(hide_password=False) == "postgresql://budi@server-upt:5432/jssc"
    assert remember_database_url(url) == "postgresql://budi@server-upt:5432/jssc"


@pytest.mark.parametrize("bad", [
    "sqlite:///x.sqlite3",
    "postgresql://server-upt/jssc",         # no user
    "postgresql://budi@/jssc",              # no server
    "postgresql://budi@server-upt",         # no database
    "bukan alamat",
])
def test_only_complete_postgresql_urls_are_remembered(bad: str) -> None:
    with pytest.raises(ValidationError):
        remember_database_url(bad)
    assert configured_url() is None


def test_bad_config_value_is_a_clear_error() -> None:
    paths.write_config(database_url="mysql://u@h/db")
    with pytest.raises(StorageError, match="tidak didukung"):
        resolve_url(None)
    paths.write_config(database_url="postgresql://u@h:notaport/db")
    with pytest.raises(StorageError, match="tidak valid"):
        resolve_url(None)
    paths.write_config(database_url="")
    assert url_source() == "default"


def test_password_in_the_query_string_is_dropped_too() -> None:
    written = remember_database_url(
        "postgresql://jssc@server-upt/jssc?password=Bocor123&sslmode=require")
    assert "Bocor123" not in _config_text()
    assert written == "postgresql://jssc@server-upt/jssc?sslmode=require"
