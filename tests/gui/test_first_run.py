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
