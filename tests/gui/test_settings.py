"""Settings: profile, users, general settings, backups, on a real SQLite database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from jssc_desktop.services import users
from jssc_desktop.services.base import Actor
from jssc_desktop.services.profile import ProfileInput, get_profile, save_profile
from jssc_desktop.services.settings import get_setting
from jssc_desktop.ui.settings import SettingsPage

pytestmark = pytest.mark.gui


def test_profile_tab_saves_and_names_a_bad_field(qtbot, make_ctx, boxes):
    ctx = make_ctx("admin")
    with ctx.session() as s:
        save_profile(s, Actor.system(), ProfileInput(name="UPT Lama", code="LAMA"))
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    tab = page.pages[0]
    assert tab.form.name.text() == "UPT Lama"
    tab.form.name.setText("UPT Pelayanan Sosial Bina Remaja Batu")
    tab.form.email.setText("bukan-email")
    tab.save()
    assert tab.form.email.property("invalid") is True
    assert "email" in tab.error.text().lower()
    tab.form.email.setText("psbr.batu@jatimprov.go.id")
    tab.save()
    with ctx.session() as s:
        assert get_profile(s, ctx.actor).name == "UPT Pelayanan Sosial Bina Remaja Batu"
    assert ("info", "Profil UPT", "Profil UPT telah disimpan.") in boxes.shown


def test_staff_reads_the_profile_but_cannot_edit(qtbot, make_ctx):
    ctx = make_ctx("staff")
    with ctx.session() as s:
        save_profile(s, Actor.system(), ProfileInput(name="UPT Batu", code="BATU"))
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    tab = page.pages[0]
    assert tab.form.name.text() == "UPT Batu"
    assert tab.form.name.isReadOnly()
    assert not hasattr(tab, "save_button")


def test_admin_creates_a_tutor_user_linked_to_a_tutor(qtbot, make_ctx, people):
    from jssc_desktop.ui.settings.users_tab import UserDialog, UsersTab

    ctx = make_ctx("admin")
    tab = UsersTab(ctx)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 5
    dialog = UserDialog(ctx, None, tab)
    qtbot.addWidget(dialog)
    dialog.username.setText("wahyu")
    dialog.full_name.setText("Wahyu Hidayat")
    dialog.role.set_code("tutor")
    assert dialog.tutor.isVisibleTo(dialog)
    dialog.password.setText("Kursus-AC-2026")
    dialog.repeat.setText("Kursus-AC-2026")
    dialog.save()  # no tutor record chosen
    assert "ditautkan" in dialog.error.text()
    dialog.tutor.setCurrentIndex(dialog.tutor.findData(people["tutor2"].tutor_id))
    dialog.save()
    assert dialog.result() == 1, dialog.error.text()
    tab.refresh()
    assert tab.table.rowCount() == 6
    with ctx.session() as s:
        view = users.find_user(s, ctx.actor, "wahyu")
    assert view.tutor_id == people["tutor2"].tutor_id
    assert view.must_change_password


def test_general_tab_saves_idle_minutes_and_language(qtbot, make_ctx, boxes):
    from jssc_desktop.ui.settings.general_tab import GeneralTab

    ctx = make_ctx("admin")
    tab = GeneralTab(ctx)
    qtbot.addWidget(tab)
    assert tab.idle.value() == 15
    tab.idle.setValue(5)
    tab.language.setCurrentIndex(tab.language.findData("en"))
    tab.place.setText("Batu")
    tab.save()
    with ctx.session() as s:
        assert get_setting(s, "idle_lock_minutes") == "5"
        assert get_setting(s, "language") == "en"
        assert get_setting(s, "report_place") == "Batu"
        assert get_setting(s, "followup_income_ceiling") == "20000000"  # the default kept


def test_general_tab_income_ceiling(qtbot, make_ctx, boxes):
    """The ceiling above which a follow-up income asks for confirmation: shown as Rupiah,
    saved as a whole number, refused below Rp 100.000 with the field marked."""
    from jssc_desktop.ui.settings.general_tab import GeneralTab

    ctx = make_ctx("admin")
    tab = GeneralTab(ctx)
    qtbot.addWidget(tab)
    assert tab.income_ceiling.text() == "Rp 20.000.000"
    tab.income_ceiling.set_amount(15_000_000)
    tab.save()
    with ctx.session() as s:
        assert get_setting(s, "followup_income_ceiling") == "15000000"
    tab.income_ceiling.set_amount(50_000)
    tab.save()
    assert "Rp 100.000" in tab.error.text()
    with ctx.session() as s:
        assert get_setting(s, "followup_income_ceiling") == "15000000"
    tab.refresh()
    assert tab.income_ceiling.amount() == 15_000_000


def test_backup_runs_off_the_gui_thread_and_is_listed(qtbot, make_ctx, boxes):
    from jssc_desktop.ui.settings.backups_tab import BackupsTab

    ctx = make_ctx("admin")
    tab = BackupsTab(ctx)
    qtbot.addWidget(tab)
    before = tab.table.rowCount()
    tab.backup_button.click()
    qtbot.waitUntil(lambda: any(k == "info" for k, _, _ in boxes.shown), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(5000)
    assert "Cadangan dibuat dan diperiksa" in boxes.texts(), boxes.texts()
    qtbot.waitUntil(lambda: tab.table.rowCount() == before + 1, timeout=5000)
    assert tab.table.item(0, 0).text().endswith(".sqlite3.enc")
