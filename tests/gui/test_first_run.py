"""The first-run wizard on an empty database: UPT profile and first administrator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from jssc_desktop.services import users
from jssc_desktop.services.base import Actor
from jssc_desktop.services.profile import get_profile
from jssc_desktop.ui.first_run import FirstRunWizard

pytestmark = pytest.mark.gui


def fill_profile(page) -> None:  # type: ignore[no-untyped-def]
    page = page.form  # the one UPT profile form, shared with the settings tab
    page.name.setText("UPT Rehabilitasi Sosial Bina Remaja Malang")
    page.code.setText("RSBR-MLG")
    page.kab_kota.set_code("3573")
    page.capacity.setValue(120)
    page.head_name.setText("Drs. Bambang Wijaya")
    page.head_nip.setText("196805121990031005")


def test_wizard_creates_profile_and_admin(qtbot, sqlite_db):
    wizard = FirstRunWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.profile_page
    assert not wizard.profile_page.isComplete()
    fill_profile(wizard.profile_page)
    assert wizard.profile_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    page = wizard.admin_page
    page.username.setText("admin")
    page.full_name.setText("Rina Kusuma")
    page.password.setText("Kopi-Tubruk-88")
    page.repeat.setText("Kopi-Tubruk-88")
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.admin_username == "admin"
    with sqlite_db.session() as s:
        profile = get_profile(s, Actor.system())
        assert profile is not None
        assert profile.name == "UPT Rehabilitasi Sosial Bina Remaja Malang"
        assert profile.kab_kota_name == "Kota Malang"
        assert profile.capacity == 120
        actor = users.login(s, "admin", "Kopi-Tubruk-88")
        assert actor.role == "admin"
        assert not users.must_change_password(s, actor)


def test_wizard_names_a_bad_profile_field_and_stays(qtbot, sqlite_db, boxes):
    wizard = FirstRunWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    fill_profile(wizard.profile_page)
    wizard.profile_page.form.head_nip.setText("12345")
    wizard.next()
    assert wizard.currentPage() is wizard.profile_page
    assert wizard.profile_page.form.head_nip.property("invalid") is True
    assert "NIP" in boxes.texts()
    with sqlite_db.session() as s:  # the trial save was rolled back
        assert get_profile(s, Actor.system()) is None


def test_wizard_refuses_a_weak_password_and_saves_nothing(qtbot, sqlite_db):
    wizard = FirstRunWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    fill_profile(wizard.profile_page)
    wizard.next()
    page = wizard.admin_page
    page.username.setText("admin")
    page.full_name.setText("Rina Kusuma")
    page.password.setText("admin123")
    page.repeat.setText("admin123")
    wizard.accept()
    assert wizard.result() != QDialog.DialogCode.Accepted
    assert "nama pengguna" in page.error.text()
    assert page.password.property("invalid") is True
    with sqlite_db.session() as s:
        assert users.count_users(s) == 0
        assert get_profile(s, Actor.system()) is None


def test_mismatched_passwords_are_caught_on_the_form(qtbot, sqlite_db):
    wizard = FirstRunWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    fill_profile(wizard.profile_page)
    wizard.next()
    page = wizard.admin_page
    page.username.setText("admin")
    page.full_name.setText("Rina Kusuma")
    page.password.setText("Kopi-Tubruk-88")
    page.repeat.setText("Kopi-Tubruk-89")
    wizard.accept()
    assert page.error.text() == "Kedua kata sandi tidak sama."
    with sqlite_db.session() as s:
        assert users.count_users(s) == 0


def test_demo_button_builds_demo_data_off_the_gui_thread(qtbot, sqlite_db, boxes):
    from sqlalchemy import func, select

    from jssc_desktop.storage.models import Client

    wizard = FirstRunWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert not wizard.welcome.demo_button.isEnabled()  # no second build while the first runs
    qtbot.waitUntil(lambda: wizard.demo_built, timeout=60_000)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.admin_username == "admin"
    logins = "\n".join(text for kind, _, text in boxes.shown if kind == "info")
    assert "Administrator: nama pengguna admin, kata sandi Lumbung-Data-26" in logins
    assert "Tutor/Instruktur: nama pengguna tutor" in logins
    with sqlite_db.session() as s:
        assert s.execute(select(func.count()).select_from(Client)).scalar_one() == 500
        assert users.login(s, "staf", "Berkas-Rapi-26").role == "staff"


def test_wizard_sets_backup_passphrase_and_shows_recovery_material(  # type: ignore[no-untyped-def]
        qtbot, sqlite_db, monkeypatch, tmp_path):
    """After the administrator: the backup passphrase (live strength feedback, typed twice),
    then the recovery key and the recovery sheet; finishing needs 'I have stored it'."""
    import subprocess

    import keyring
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from jssc_desktop.services import backups
    from jssc_desktop.storage import backup_keys

    from ..test_db_config import MemoryKeyring

    monkeypatch.delenv(backup_keys.ENV_PASSPHRASE, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        wizard = FirstRunWizard(sqlite_db)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        fill_profile(wizard.profile_page)
        wizard.next()
        page = wizard.admin_page
        page.username.setText("admin")
        page.full_name.setText("Rina Kusuma")
        page.password.setText("Kopi-Tubruk-88")
        page.repeat.setText("Kopi-Tubruk-88")
        wizard.next()
        keys_page = wizard.backup_page
        assert wizard.currentPage() is keys_page
        assert "Credential Manager" in keys_page.keyring_note.text()
        assert not keys_page.isComplete()
        for weak in ("pendek", "password12345"):
            keys_page.passphrase.setText(weak)
            assert not keys_page.isComplete() and keys_page.feedback.text(), weak
        keys_page.passphrase.setText("Jeruk-Sepeda-Awan-27")
        keys_page.repeat.setText("Jeruk-Sepeda-Awan-2")
        assert not keys_page.isComplete() and "Ulangi" in keys_page.feedback.text()
        keys_page.repeat.setText("Jeruk-Sepeda-Awan-27")
        assert keys_page.isComplete() and "Kuat" in keys_page.feedback.text()
        wizard.next()
        status = backups.backup_key_status(sqlite_db)
        assert status.configured and status.on_this_pc  # unattended backups can run
        recovery = wizard.recovery_page
        assert wizard.currentPage() is recovery
        key = recovery.recovery_key.text()
        assert key and recovery.key_check.text() == status.key_check
        assert not recovery.isComplete()  # not before 'I have stored it'
        sheet = tmp_path / "lembar.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: True)
        recovery.print_button.click()
        text = " ".join(subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        assert "Jeruk-Sepeda-Awan-27" in text and status.key_check in text
        assert key in text and "user recover admin" in text
        recovery.stored.setChecked(True)
        assert recovery.isComplete()
        wizard.accept()
        assert wizard.result() == QDialog.DialogCode.Accepted
        # the key really resets the administrator's password
        with sqlite_db.session() as s:
            users.recover_with_key(s, "admin", key, "Teh-Manis-Hangat-55")
        with sqlite_db.session() as s:
            assert users.login(s, "admin", "Teh-Manis-Hangat-55").role == "admin"
        # a backup is made with that passphrase, no environment variable needed
        info = backups.make_backup(sqlite_db, Actor(1, "admin", "admin", "Rina Kusuma"))
        assert info.verified
    finally:
        keyring.set_keyring(previous)


def test_wizard_says_what_happens_without_a_keyring(qtbot, sqlite_db):  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(sqlite_db)  # the tests' keyring backend is the null one
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    fill_profile(wizard.profile_page)
    wizard.next()
    page = wizard.admin_page
    page.username.setText("admin")
    page.full_name.setText("Rina Kusuma")
    page.password.setText("Kopi-Tubruk-88")
    page.repeat.setText("Kopi-Tubruk-88")
    wizard.next()
    note = wizard.backup_page.keyring_note.text()
    assert "tidak memiliki penyimpanan kata sandi" in note and "JSSC_BACKUP_PASSPHRASE" in note
