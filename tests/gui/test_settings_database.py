"""Settings → Basis Data: what is in use, the data folder choice with a verified copy, and the
PostgreSQL server form (connection test against a real server, password in the keyring only)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel
from sqlalchemy.engine import make_url

from jssc_desktop import paths
from jssc_desktop.storage import credentials
from jssc_desktop.storage.db import CONFIG_KEY, configured_url
from jssc_desktop.ui.settings.database_tab import DatabaseTab

pytestmark = pytest.mark.gui

PG_SERVER = os.environ.get("JSSC_TEST_PG_URL")


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs' shared and per-user folders pointed at temporary folders."""

    class Dirs:
        site_data_dir = str(tmp_path / "ProgramData" / "JSSC Desktop")
        user_data_dir = str(tmp_path / "LocalAppData" / "JSSC Desktop")
        user_config_dir = str(tmp_path / "config")

    monkeypatch.setattr(paths, "_dirs", Dirs)
    return tmp_path


@pytest.fixture
def tab_for(qtbot, make_ctx, monkeypatch):  # type: ignore[no-untyped-def]
    closed: list[bool] = []

    def make(role: str = "admin") -> DatabaseTab:
        tab = DatabaseTab(make_ctx(role))
        qtbot.addWidget(tab)
        monkeypatch.setattr(tab, "close_application", lambda: closed.append(True))
        tab.closed = closed  # type: ignore[attr-defined]
        return tab

    return make


def _wait_for_box(qtbot, boxes, kinds=("info", "warning", "error", "confirm"),  # type: ignore[no-untyped-def]
                  n=1):
    qtbot.waitUntil(lambda: sum(k in kinds for k, _, _ in boxes.shown) >= n, timeout=30_000)
    QThreadPool.globalInstance().waitForDone(5000)


def _config() -> dict:
    return json.loads(paths.config_path().read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------ what is in use


def test_shows_the_sqlite_file_in_use(tab_for, sqlite_db, folders):
    tab = tab_for("admin")
    assert tab.location_label.text() == str(sqlite_db.sqlite_path)
    assert tab.kind_label.text() == "Berkas SQLite di komputer ini"
    # the test run sets JSSC_DATA_DIR: the tab says that it decides the folder
    assert "JSSC_DATA_DIR" in tab.env_notice.text()
    assert tab.location_group.checkedButton() is not None


def test_other_roles_only_read(tab_for, sqlite_db, folders):
    tab = tab_for("staff")
    assert tab.location_label.text() == str(sqlite_db.sqlite_path)
    assert "Hanya Administrator" in " ".join(
        label.text() for label in tab.findChildren(QLabel))
    assert "Hanya untuk pengguna Windows ini" in tab.choice_label.text()
    for widget in (tab.save_location_button, tab.copy_button, tab.pg_host, tab.pg_password,
                   tab.save_server_button):
        assert not widget.isEnabledTo(tab)
        assert not widget.isVisibleTo(tab)
    assert not tab.test_button.isEnabledTo(tab)
    assert not tab.loc_user.isEnabledTo(tab)


# ---------------------------------------------------------------------------- data folder


def test_choosing_user_folder_writes_the_config_and_copies_verified(tab_for, sqlite_db,
                                                                    folders, boxes, qtbot):
    tab = tab_for("admin")
    tab.loc_user.setChecked(True)
    boxes.confirm_answer = False  # "copy now?" -> no; "close now?" -> no
    tab.save_location_button.click()
    assert _config()["data_location"] == "user"
    assert paths.data_location() == "user"
    texts = boxes.texts()
    assert "belum ada basis data" in texts and "Salin basis data" in texts
    assert "LocalAppData" in tab.next_label.text() or "JSSC_DATA_DIR" in tab.env_notice.text()
    assert tab.closed == []

    # now copy: a verified copy in the new folder, with the same rows
    boxes.shown.clear()
    boxes.confirm_answer = True
    tab.copy_button.click()
    _wait_for_box(qtbot, boxes, kinds=("confirm",))
    target = folders / "LocalAppData" / "JSSC Desktop" / "jssc.sqlite3"
    assert target.is_file()
    assert "disalin dan diperiksa" in boxes.texts(), boxes.texts()
    assert tab.closed == [True]  # the offer to close the application was taken
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT count(*) FROM users").fetchone()[0] == 5
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert not list(target.parent.glob("*.partial"))

    # a second copy never overwrites the first
    before = target.stat().st_mtime_ns
    boxes.shown.clear()
    tab.copy_button.click()
    _wait_for_box(qtbot, boxes, kinds=("error",))
    assert "tidak ditimpa" in boxes.texts()
    assert target.stat().st_mtime_ns == before


def test_other_folder_needs_a_choice_and_unwritable_is_refused(tab_for, folders, boxes,
                                                               monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    tab = tab_for("admin")
    tab.loc_other.setChecked(True)
    tab.custom_folder = ""
    tab.save_location_button.click()
    assert "Pilih dulu folder lain" in boxes.texts()
    assert "data_location" not in paths.read_config()

    blocker = folders / "berkas"
    blocker.write_text("x")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(blocker / "sub")))
    tab.pick_folder_button.click()
    assert tab.other_path.text() == str(blocker / "sub")
    tab.save_location_button.click()
    assert "tidak dapat ditulisi" in boxes.texts()
    assert "data_location" not in paths.read_config()

    good = folders / "D" / "JSSC"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(good)))
    tab.pick_folder_button.click()
    boxes.confirm_answer = False
    tab.save_location_button.click()
    assert _config()["data_location"] == str(good)


# ------------------------------------------------------------------------------- PostgreSQL


def _fill(tab: DatabaseTab, url: str, password: str = "") -> None:
    u = make_url(url)
    tab.pg_host.setText(u.host or "")
    tab.pg_port.setValue(u.port or 5432)
    tab.pg_database.setText(u.database or "")
    tab.pg_user.setText(u.username or "")
    tab.pg_password.setText(password or u.password or "")


@pytest.mark.postgresql
def test_connection_test_against_the_live_server(tab_for, boxes, qtbot, no_keyring):
    if not PG_SERVER:
        pytest.skip("JSSC_TEST_PG_URL is not set: no PostgreSQL server for this run")
    u = make_url(PG_SERVER)
    tab = tab_for("admin")
    _fill(tab, PG_SERVER)
    tab.test_button.click()
    _wait_for_box(qtbot, boxes, kinds=("info", "warning", "error"))
    server = f"{u.host}:{u.port or 5432}"
    kind, title, text = boxes.shown[-1]
    assert kind == "info", boxes.texts()
    assert title == "Uji sambungan"
    assert f"Sambungan ke server PostgreSQL {server} berhasil" in text
    assert tab.pg_status.text() == text and tab.pg_status.objectName() == "ok"
    assert tab.test_button.isEnabled()
    assert configured_url() is None  # a test saves nothing

    # the same server on a port where nothing listens
    boxes.shown.clear()
    tab.pg_port.setValue(1)
    tab.test_button.click()
    _wait_for_box(qtbot, boxes, kinds=("info", "warning", "error"))
    kind, _title, text = boxes.shown[-1]
    assert kind == "warning", boxes.texts()
    assert text.startswith(f"Tidak dapat tersambung ke server PostgreSQL {u.host}:1.")
    assert "Tidak ada layanan PostgreSQL yang menjawab" in text
    assert "refused" not in text.lower() and "connection" not in text.lower()
    assert tab.pg_status.objectName() == "error"


def test_connection_test_names_missing_fields(tab_for, boxes):
    tab = tab_for("admin")
    tab.pg_host.setText("server-upt")
    tab.test_button.click()
    assert "nama basis data" in boxes.texts() and "nama pengguna" in boxes.texts()
    assert tab.pg_database.property("invalid") is True
    assert tab.pg_host.property("invalid") is not True


def test_save_keeps_url_without_password_and_password_in_keyring(tab_for, boxes,
                                                                 memory_keyring, monkeypatch):
    from jssc_desktop.ui.settings import database_tab

    details: list[tuple[str, str]] = []

    def confirm(parent, title, text, **kwargs):  # type: ignore[no-untyped-def]
        details.append((text, kwargs.get("detail") or ""))
        boxes.shown.append(("confirm", title, text))
        return boxes.confirm_answer

    monkeypatch.setattr(database_tab, "ask_confirm", confirm)
    tab = tab_for("admin")
    assert not tab.sqlite_button.isEnabled()
    _fill(tab, "postgresql://jssc@server-upt:5433/jssc", password="Rahasia-PG-2026")
    boxes.confirm_answer = False
    tab.save_server_button.click()
    text = paths.config_path().read_text(encoding="utf-8")
    assert json.loads(text)[CONFIG_KEY] == "postgresql://jssc@server-upt:5433/jssc"
    assert "Rahasia" not in text
    assert memory_keyring.items == {
        (credentials.SERVICE, "jssc@server-upt:5433/jssc"): "Rahasia-PG-2026"}
    assert tab.pg_password.text() == ""
    assert "server-upt:5433" in tab.next_label.text()
    question = details[-1]
    assert "Server PostgreSQL server-upt:5433 disimpan" in question[0]
    assert "berlaku saat aplikasi dibuka berikutnya" in question[1]
    assert "Tutup aplikasi sekarang?" in question[1]
    assert tab.sqlite_button.isEnabled()

    # a new tab shows the saved server in the form
    again = tab_for("admin")
    assert (again.pg_host.text(), again.pg_port.value(), again.pg_database.text(),
            again.pg_user.text()) == ("server-upt", 5433, "jssc", "jssc")

    # back to SQLite: the entry is removed from the config file
    boxes.confirm_answer = True
    tab.sqlite_button.click()
    assert CONFIG_KEY not in _config()
    assert tab.closed == [True]
    assert "berkas SQLite" in tab.next_label.text()
    assert not tab.sqlite_button.isEnabled()


def test_without_a_keyring_the_password_is_not_saved_anywhere(tab_for, boxes, no_keyring,
                                                             tmp_path):
    tab = tab_for("admin")
    _fill(tab, "postgresql://jssc@server-upt/jssc", password="TidakBolehTersimpan-9")
    boxes.confirm_answer = False
    tab.save_server_button.click()
    assert "tidak memiliki penyimpanan kata sandi" in boxes.texts()
    assert "TIDAK disimpan" in boxes.texts()
    assert configured_url() == "postgresql://jssc@server-upt:5432/jssc"
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"TidakBolehTersimpan" not in path.read_bytes(), path
