"""The first window paints before the database is opened, and without the heavy libraries;
signing in waits for the database; a database that cannot be opened is explained in the dialog.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jssc_desktop.services.base import Actor
from jssc_desktop.services.users import create_user
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import upgrade
from jssc_desktop.ui.login import LoginDialog

pytestmark = pytest.mark.gui


def _probe(db_arg: str, tmp_path: Path) -> str:
    env = dict(os.environ, JSSC_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen",
               JSSC_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-m", "jssc_desktop", "--db", db_arg], env=env,
                         capture_output=True, text=True, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("JSSC-FIRST-WINDOW")]
    assert lines, out.stderr
    return lines[0]


def _database_with_a_user(path: Path) -> None:
    db = Database(str(path))
    upgrade(db)
    with db.session() as s:
        create_user(s, Actor.system(), username="siti", full_name="Siti", role="admin",
                    password="Rahasia-2026", must_change=False)
    db.dispose()


def test_login_window_paints_without_sqlalchemy_alembic_or_qtawesome(tmp_path: Path) -> None:
    path = tmp_path / "upt.sqlite3"
    _database_with_a_user(path)
    assert _probe(str(path), tmp_path) == "JSSC-FIRST-WINDOW loaded=-"


def test_first_run_wizard_on_a_new_file_paints_without_them_too(tmp_path: Path) -> None:
    assert _probe(str(tmp_path / "baru.sqlite3"), tmp_path) == "JSSC-FIRST-WINDOW loaded=-"


def test_sign_in_pressed_before_the_database_is_open_goes_ahead_once_it_is(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "upt.sqlite3"
    _database_with_a_user(path)
    dialog = LoginDialog(None, username="siti")
    qtbot.addWidget(dialog)
    assert not dialog.status.isHidden() and "Membuka" in dialog.status.text()
    dialog.password.setText("Rahasia-2026")
    dialog.try_login()
    assert dialog.actor is None and "Menunggu" in dialog.status.text()
    db = Database(str(path))
    try:
        dialog.set_database(db)
        assert dialog.actor is not None and dialog.actor.username == "siti"
        assert dialog.status.isHidden()
    finally:
        db.dispose()


def test_a_database_that_cannot_be_opened_is_explained_in_the_login(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = LoginDialog(None, username="siti")
    qtbot.addWidget(dialog)
    dialog.set_database_error("Basis data tidak dapat dibuka: berkas terkunci.")
    assert dialog.error.text() == "Basis data tidak dapat dibuka: berkas terkunci."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
