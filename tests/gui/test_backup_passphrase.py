"""Pengaturan → Cadangan: the administrator sets the backup passphrase, gets a recovery sheet to
print, and a restore on a PC without the key asks for the passphrase."""

from __future__ import annotations

import subprocess
from pathlib import Path

import keyring
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from jssc_desktop.services import backups
from jssc_desktop.storage import backup_keys
from jssc_desktop.ui.settings import backups_tab
from jssc_desktop.ui.settings.backups_tab import BackupsTab

from ..test_db_config import MemoryKeyring


def test_set_passphrase_and_print_the_recovery_sheet(qtbot, make_ctx, sqlite_db, tmp_path,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    monkeypatch.delenv(backup_keys.ENV_PASSPHRASE, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        tab = BackupsTab(make_ctx("admin"))
        qtbot.addWidget(tab)
        tab.resize(1000, 700)
        tab.show()
        assert "Belum diatur" in tab.key_label.text()
        sheet = tmp_path / "lembar.pdf"
        monkeypatch.setattr(backups_tab, "ask_passphrase",
                            lambda *a, **k: "Jeruk-Sepeda-Awan-27")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: True)
        tab.set_passphrase()
        status = backups.backup_key_status(sqlite_db)
        assert status.configured and status.on_this_pc
        assert status.key_check in tab.key_label.text()
        text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Jeruk-Sepeda-Awan-27" in text and status.key_check in text
        assert "LEMBAR PEMULIHAN" in text
        # a backup made now is encrypted with that key; without the key on this PC a restore
        # asks for the passphrase before anything happens
        info = backups.make_backup(sqlite_db, make_ctx("admin").actor)
        keyring.set_keyring(MemoryKeyring())
        assert backups.restore_needs_passphrase(info.path) == status.key_check
        asked: list[str] = []
        monkeypatch.setattr(backups_tab, "ask_confirm", lambda *a, **k: True)
        monkeypatch.setattr(backups_tab, "ask_passphrase",
                            lambda *a, **k: asked.append(a[2]) or None)
        tab.restore(Path(info.path))
        assert asked and status.key_check in asked[0]
    finally:
        keyring.set_keyring(previous)


def test_new_passphrase_dialog_gives_live_strength_feedback(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Settings → Cadangan's 'set passphrase' dialog: OK only for a strong passphrase typed
    twice, with the reason shown while typing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit

    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QDialog) and w.isVisible())
        first, second = dialog.findChildren(QLineEdit)[:2]
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        labels = dialog.findChildren(QLabel)
        first.setText("password12345")
        second.setText("password12345")
        seen["weak_ok"] = ok.isEnabled()
        seen["weak_text"] = " ".join(label.text() for label in labels)
        first.setText("Jeruk-Sepeda-Awan-27")
        second.setText("Jeruk-Sepeda-Awan-27")
        seen["strong_ok"] = ok.isEnabled()
        ok.click()

    QTimer.singleShot(0, drive)
    got = backups_tab.ask_passphrase(None, "Atur", "Kata sandi", confirm=True)
    assert got == "Jeruk-Sepeda-Awan-27"
    assert seen["weak_ok"] is False and "lemah" in str(seen["weak_text"])
    assert seen["strong_ok"] is True
