"""Login, forced password change and the idle lock, on a real SQLite database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from jssc_desktop.services import users
from jssc_desktop.services.base import Actor
from jssc_desktop.ui.login import ChangePasswordDialog, LoginDialog, UnlockDialog

pytestmark = pytest.mark.gui

PASSWORD = "Rahasia-123"


def test_login_success_sets_actor(qtbot, sqlite_db, people):
    dialog = LoginDialog(sqlite_db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "staf")
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.try_login()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert dialog.actor.username == "staf"
    assert dialog.actor.role == "staff"


def test_login_failure_shows_indonesian_message(qtbot, sqlite_db, people):
    dialog = LoginDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("staf")
    dialog.password.setText("salah-sekali-1")
    dialog.try_login()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Nama pengguna atau kata sandi salah."


def test_empty_username_is_refused_without_a_query(qtbot, sqlite_db, people):
    dialog = LoginDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.try_login()
    assert dialog.actor is None
    assert "nama pengguna" in dialog.error.text().lower()


def test_lockout_after_five_failures_is_explained(qtbot, sqlite_db, people):
    dialog = LoginDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.username.setText("kepala")
    for _ in range(5):
        dialog.password.setText("bukan-sandinya-1")
        dialog.try_login()
    # Even the right password is refused now, with the reason and the waiting time.
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    assert dialog.actor is None
    assert "terkunci" in dialog.error.text()
    assert "menit" in dialog.error.text()


def _answer_modal(qtbot, fill) -> None:  # type: ignore[no-untyped-def]
    """Run ``fill(dialog)`` on the next modal dialog as soon as it opens."""

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            try:
                fill(modal)
            finally:
                if modal.isVisible():  # the answer did not close it: fail, do not hang
                    modal.reject()
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def test_first_login_forces_a_password_change(qtbot, sqlite_db, people):
    with sqlite_db.session() as s:
        users.create_user(s, Actor.system(), username="baru", full_name="Pegawai Baru",
                          role="staff", password="Sementara-1", must_change=True)
    dialog = LoginDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.username.setText("baru")
    dialog.password.setText("Sementara-1")

    def change(modal: QDialog) -> None:
        assert isinstance(modal, ChangePasswordDialog)
        modal.new.setText("Melati-Putih-26")
        modal.repeat.setText("Melati-Putih-26")
        modal.save()

    _answer_modal(qtbot, change)
    dialog.try_login()
    assert dialog.actor is not None and dialog.actor.username == "baru"
    with sqlite_db.session() as s:
        assert users.login(s, "baru", "Melati-Putih-26").username == "baru"
        assert not users.must_change_password(s, dialog.actor)


def test_refusing_the_forced_change_refuses_the_login(qtbot, sqlite_db, people):
    with sqlite_db.session() as s:
        users.create_user(s, Actor.system(), username="baru2", full_name="Pegawai Dua",
                          role="staff", password="Sementara-1", must_change=True)
    dialog = LoginDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.username.setText("baru2")
    dialog.password.setText("Sementara-1")
    _answer_modal(qtbot, lambda modal: modal.reject())
    dialog.try_login()
    assert dialog.actor is None
    assert "harus diganti" in dialog.error.text()


def test_change_password_policy_message_is_shown(qtbot, sqlite_db, people):
    dialog = ChangePasswordDialog(sqlite_db, people["staff"])
    qtbot.addWidget(dialog)
    dialog.old.setText(PASSWORD)
    dialog.new.setText("pendek")
    dialog.repeat.setText("pendek")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "minimal 8 karakter" in dialog.error.text()


def test_unlock_needs_the_same_users_password(qtbot, sqlite_db, people):
    dialog = UnlockDialog(sqlite_db, people["tutor"])
    qtbot.addWidget(dialog)
    dialog.password.setText("salah-123")
    dialog.try_unlock()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Kata sandi salah."
    dialog.password.setText(PASSWORD)
    dialog.try_unlock()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_idle_lock_hides_the_window_until_the_password(qtbot, make_ctx):
    from jssc_desktop.services.settings import set_setting
    from jssc_desktop.ui.main_window import MainWindow

    ctx = make_ctx("staff")
    with ctx.session() as s:
        set_setting(s, Actor.system(), "idle_lock_minutes", "7")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.idle.minutes == 7
    assert window.idle.timer.interval() == 7 * 60_000
    assert window.idle.timer.isActive()
    seen = {}

    def unlock(modal: QDialog) -> None:
        assert isinstance(modal, UnlockDialog)
        seen["locked_index"] = window.outer.currentIndex()
        modal.password.setText("salah-123")
        modal.try_unlock()
        seen["still_open"] = modal.isVisible()
        modal.password.setText(PASSWORD)
        modal.try_unlock()

    _answer_modal(qtbot, unlock)
    window.idle.timer.timeout.emit()  # as if 7 minutes passed without input
    assert seen == {"locked_index": 1, "still_open": True}
    assert window.outer.currentIndex() == 0
    assert not window.locked
    assert window.idle.timer.isActive()
    window.close()
