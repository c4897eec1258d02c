"""Starting the window: migration on an empty file, a clear refusal for a database that cannot
be opened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from jssc_desktop import app as app_module
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import current_revision, head_revision

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch):  # type: ignore[no-untyped-def]
    """run() installs its own hook; give pytest-qt's back afterwards."""
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_start_migrates_a_new_database_then_offers_first_run(qapp, tmp_path, monkeypatch):
    from jssc_desktop.ui import first_run

    opened = []

    def refuse(wizard):  # type: ignore[no-untyped-def]
        opened.append(type(wizard).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(first_run.FirstRunWizard, "exec", refuse)
    path = tmp_path / "baru.sqlite3"
    assert app_module.run(str(path)) == 0
    assert opened == ["FirstRunWizard"]
    db = Database(str(path))
    try:
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()


def test_start_with_an_unusable_database_says_why_and_exits_1(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(app_module, "_message",
                        lambda title, text, detail=None: shown.append((title, text)))
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    assert app_module.run(str(blocker / "data" / "jssc.sqlite3")) == 1
    assert shown and shown[0][0] == "Basis data tidak dapat dibuka"
    assert "Folder basis data" in shown[0][1]


def test_a_failed_daily_backup_is_named_once_in_the_status_bar(qtbot, ctx, monkeypatch):
    """The service gives the reason; the window says "Cadangan harian gagal:" in front of it,
    once, in the window's language."""
    from PySide6.QtWidgets import QMainWindow

    from jssc_desktop.storage import backup_keys

    # no backup passphrase anywhere (the tests' keyring is empty): the backup cannot be made
    monkeypatch.delenv(backup_keys.ENV_PASSPHRASE, raising=False)
    backup_keys._derived.clear()
    window = QMainWindow()
    qtbot.addWidget(window)
    app_module._daily_backup_later(window, ctx)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=30_000)
    text = window.statusBar().currentMessage()
    assert text.startswith("Cadangan harian gagal: ")
    assert text.count("Cadangan harian gagal") == 1, text
    assert "belum diatur" in text
