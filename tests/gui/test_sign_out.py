"""Berkas → Keluar akun: back to the login dialog without restarting; the next user gets a new
window with their own role, and the sign-out is in the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from jssc_desktop import app as app_module
from jssc_desktop.storage.models import AuditLog
from jssc_desktop.ui.context import AppContext
from jssc_desktop.ui.main_window import MainWindow


def test_sign_out_returns_to_login_and_switches_user(qtbot, sqlite_db, people,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    from jssc_desktop.ui import login as login_module

    shown: list[object] = []

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]  # the user types and signs in
        shown.append(dialog)
        dialog.actor = people["head"]
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(login_module.LoginDialog, "exec", fake_exec)
    window = MainWindow(AppContext(sqlite_db, people["staff"]))
    qtbot.addWidget(window)
    window.signed_out.connect(lambda: app_module._sign_in_again(
        QApplication.instance(), sqlite_db, "UPT Uji", people["staff"]))
    window.show()
    actions = [a for a in window.menuBar().actions()[0].menu().actions()
               if "ganti pengguna" in a.text()]
    assert len(actions) == 1
    actions[0].trigger()
    assert shown, "the login dialog was not shown again"
    assert not window.isVisible()
    new = app_module._windows[-1]
    assert isinstance(new, MainWindow) and new is not window
    assert new.ctx.actor.username == "kepala"
    with sqlite_db.session() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "user.logout")).scalar_one()
        assert row.username == "staf"
    new.close()
    app_module._windows.clear()
