"""Signing in, the forced first-password change, and unlocking an idle-locked window.

The login dialog is the first window: it is shown before the database is open (and before
SQLAlchemy is imported), so the user can type while the database is opened and checked in the
background. The sign-in button waits for it (:meth:`LoginDialog.set_database`); a database that
cannot be opened is explained in the dialog (:meth:`LoginDialog.set_database_error`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import AuthError, DomainError
from .icons import app_icon
from .widgets import dialog_buttons, error_text, heading, hint_label, set_window_icon, show_error

if TYPE_CHECKING:
    from ..services.base import Actor
    from ..storage.db import Database


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(240)
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


class LoginDialog(QDialog):
    """User name and password; ``actor`` holds the signed-in user after accept().

    ``db`` may be None while the database is still being opened: the dialog shows that, and a
    sign-in asked for meanwhile goes ahead as soon as :meth:`set_database` is called."""

    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "signin"

    def __init__(self, db: Database | None, parent: QWidget | None = None, *,
                 upt_name: str | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self._waiting = False
        self.setWindowTitle(self.tr("Masuk — JSSC Desktop"))
        set_window_icon(self)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(52, 52))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        self.title = heading(self.tr("JSSC Desktop"))
        titles.addWidget(self.title)
        self.subtitle = hint_label()
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        layout.addLayout(head)
        form = QFormLayout()
        form.setContentsMargins(0, 12, 0, 4)
        self.username = QLineEdit(username)
        self.username.setMinimumWidth(240)
        self.password = _password_edit()
        self.username_label = QLabel()
        self.password_label = QLabel()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        layout.addLayout(form)
        self.status = hint_label()
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = dialog_buttons(self, self.tr("Masuk"), self.tr("Keluar"))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.try_login)
        layout.addWidget(self.buttons)
        self.upt_name = upt_name
        self.retranslate()
        self._show_state()
        (self.password if username else self.username).setFocus()

    def retranslate(self) -> None:
        """Every text again, in the language now installed (it may change once the database
        tells which language the UPT chose)."""
        from PySide6.QtWidgets import QDialogButtonBox

        self.setWindowTitle(self.tr("Masuk — JSSC Desktop"))
        self.title.setText(self.tr("JSSC Desktop"))
        self.subtitle.setText(self.upt_name or self.tr(
            "Data klien, pelatihan dan laporan UPT Dinas Sosial Provinsi Jawa Timur"))
        self.username_label.setText(self.tr("Nama pengguna"))
        self.password_label.setText(self.tr("Kata sandi"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))
        self._show_state()

    def set_upt_name(self, name: str | None) -> None:
        if name and name != self.upt_name:
            self.upt_name = name
            self.subtitle.setText(name)

    def set_database(self, db: Database) -> None:
        """The database is open and checked: signing in can go ahead (at once, if asked)."""
        self.db = db
        self._show_state()
        if self._waiting:
            self._waiting = False
            self.try_login()

    def set_database_error(self, message: str) -> None:
        """The database cannot be used: say why; signing in stays impossible."""
        from PySide6.QtWidgets import QDialogButtonBox

        self._waiting = False
        self.status.hide()
        self._fail(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _show_state(self) -> None:
        if self.db is None:
            self.status.setText(self.tr("Membuka basis data …"))
            self.status.show()
        else:
            self.status.hide()

    def try_login(self) -> None:
        name = self.username.text().strip()
        if not name:
            self._fail(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        if self.db is None:  # still opening: sign in as soon as it is ready
            self._waiting = True
            self.status.setText(self.tr("Menunggu basis data siap …"))
            self.status.show()
            return
        from ..services import users

        try:
            with self.db.session() as s:
                actor = users.login(s, name, self.password.text())
                must_change = users.must_change_password(s, actor)
        except AuthError as exc:
            self._fail(error_text(exc))
            self.password.selectAll()
            self.password.setFocus()
            return
        except Exception as exc:  # noqa: BLE001 - storage problems and bugs
            show_error(self, exc)
            return
        if must_change:
            change = ChangePasswordDialog(self.db, actor, self, old_password=self.password.text(),
                                          forced=True)
            if change.exec() != QDialog.DialogCode.Accepted:
                self._fail(self.tr("Kata sandi harus diganti sebelum dapat memakai aplikasi."))
                return
        self.actor = actor
        self.accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class ChangePasswordDialog(QDialog):
    """Change one's own password (forced after an administrator set a temporary one)."""

    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "signin#password"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *,
                 old_password: str | None = None, forced: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(hint_label(self.tr(
                "Ini pertama kali Anda masuk, atau kata sandi Anda baru diatur ulang oleh "
                "Administrator. Buat kata sandi baru yang hanya Anda ketahui.")))
        layout.addWidget(hint_label(self.tr(
            "Minimal 8 karakter, memuat huruf dan angka, dan tidak memuat nama pengguna.")))
        form = QFormLayout()
        self.old = _password_edit()
        if old_password is not None:
            self.old.setText(old_password)
        else:
            form.addRow(self.tr("Kata sandi lama"), self.old)
        self.new = _password_edit()
        self.repeat = _password_edit()
        form.addRow(self.tr("Kata sandi baru"), self.new)
        form.addRow(self.tr("Ulangi kata sandi baru"), self.repeat)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, self.tr("Simpan kata sandi"), save_shortcut=True)
        buttons.accepted.disconnect()
        buttons.accepted.connect(self.save)
        layout.addWidget(buttons)
        (self.new if old_password is not None else self.old).setFocus()

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("Kedua kata sandi baru tidak sama."))
            self.error.show()
            self.repeat.setFocus()
            return
        from ..services import users

        try:
            with self.db.session() as s:
                users.change_own_password(s, self.actor, self.old.text(), self.new.text())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            (self.old if exc.field == "old_password" else self.new).setFocus()
            return
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.accept()


class UnlockDialog(QDialog):
    """The idle lock: only the same user's password opens the window again."""

    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "signin#lock"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *,
                 idle_minutes: int | None = None) -> None:
        """``idle_minutes``: locked after that many minutes without use; None: locked by the
        user (Kunci layar, Ctrl+L)."""
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.quit_requested = False
        self.setWindowTitle(self.tr("Layar terkunci"))
        self.setMinimumWidth(480)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        set_window_icon(self)
        layout = QVBoxLayout(self)
        # Word-wrapped text gets the height it needs (a fixed dialog would cut it off).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(self.tr("Layar terkunci")))
        self.reason = hint_label(self.lock_reason(idle_minutes))
        layout.addWidget(self.reason)
        layout.addWidget(hint_label(self.tr(
            "Data klien tidak terlihat selama layar terkunci. Masukkan kata sandi {name} untuk "
            "melanjutkan.").format(name=actor.full_name or actor.username)))
        form = QFormLayout()
        user = QLineEdit(actor.username)
        user.setReadOnly(True)
        self.password = _password_edit()
        form.addRow(self.tr("Nama pengguna"), user)
        form.addRow(self.tr("Kata sandi"), self.password)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, self.tr("Buka kunci"), self.tr("Keluar dari aplikasi"))
        buttons.accepted.disconnect()
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.disconnect()
        buttons.rejected.connect(self._quit)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.password.setFocus()

    def lock_reason(self, idle_minutes: int | None) -> str:
        if idle_minutes:
            return self.tr("Aplikasi dikunci otomatis karena tidak dipakai selama {n} menit "
                           "(Pengaturan › Umum).", "", idle_minutes).format(n=idle_minutes)
        return self.tr("Aplikasi dikunci oleh {name} dengan \"Kunci layar\" (Ctrl+L).").format(
            name=self.actor.full_name or self.actor.username)

    def try_unlock(self) -> None:
        from ..services import users

        try:
            with self.db.session() as s:
                ok = users.verify_password(s, self.actor, self.password.text())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        if not ok:
            self.error.setText(self.tr("Kata sandi salah."))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def _quit(self) -> None:
        self.quit_requested = True
        self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Escape must not unlock: only the password or leaving the application.
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.quit_requested and self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            return
        super().closeEvent(event)
