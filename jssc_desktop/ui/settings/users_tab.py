"""Pengguna (administrators only): accounts, roles, temporary passwords, deactivation."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.formatting import format_datetime
from ...domain.vocab import ROLES
from ...services import users as svc
from .. import usecase
from ..context import AppContext
from ..widgets import (
    VocabCombo,
    ask_confirm,
    button,
    dialog_buttons,
    hint_label,
    mark_invalid,
    show_info,
)

POLICY = "Minimal 8 karakter, memuat huruf dan angka, dan tidak memuat nama pengguna."


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit

#: What the changes on this tab touch.
CHANGES = (RecordKind.USER,)


class UserDialog(QDialog):
    """New user (``user`` None) or changes to name, role and tutor link."""

    def __init__(self, ctx: AppContext, user: svc.UserView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Pengguna baru") if user is None else
                            self.tr("Ubah pengguna {username}").format(username=user.username))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(user.username if user else "")
        self.username.setReadOnly(user is not None)
        self.username.setPlaceholderText(self.tr("huruf kecil, mis. siti.aminah"))
        self.full_name = QLineEdit(user.full_name if user else "")
        self.role = VocabCombo(ROLES)
        self.role.set_code(user.role if user else "staff")
        self.tutor = QComboBox()
        self.tutor.addItem(self.tr("— pilih data tutor —"), None)
        self._load_tutors()
        if user and user.tutor_id:
            index = self.tutor.findData(user.tutor_id)
            self.tutor.setCurrentIndex(max(0, index))
        self.tutor_label = QLabel(self.tr("Data tutor *"))
        form.addRow(self.tr("Nama pengguna *"), self.username)
        form.addRow(self.tr("Nama lengkap *"), self.full_name)
        form.addRow(self.tr("Peran *"), self.role)
        form.addRow(self.tutor_label, self.tutor)
        self.password = _password_edit()
        self.repeat = _password_edit()
        self.must_change = QCheckBox(self.tr("Wajib ganti kata sandi saat pertama masuk"))
        self.must_change.setChecked(True)
        if user is None:
            form.addRow(self.tr("Kata sandi awal *"), self.password)
            form.addRow(self.tr("Ulangi kata sandi *"), self.repeat)
            form.addRow("", self.must_change)
        layout.addLayout(form)
        if user is None:
            layout.addWidget(hint_label(self.tr(POLICY)))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, save_shortcut=True)
        buttons.accepted.disconnect()
        buttons.accepted.connect(self.save)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.fields = {"username": self.username, "full_name": self.full_name,
                       "role": self.role, "tutor_id": self.tutor, "password": self.password}

    def _load_tutors(self) -> None:
        try:
            from ...services.tutors import list_tutors

            tutors = usecase.fetch(self.ctx, list_tutors, active_only=False)
        except Exception:  # noqa: BLE001 - without tutors no tutor account can be linked
            return
        for t in tutors:
            label = t.name if not t.institution else f"{t.name} ({t.institution})"
            self.tutor.addItem(label, t.id)

    def _role_changed(self) -> None:
        is_tutor = self.role.code() == "tutor"
        self.tutor.setVisible(is_tutor)
        self.tutor_label.setVisible(is_tutor)

    def save(self) -> None:
        for w in self.fields.values():
            mark_invalid(w, False)
        if self.user is None and self.password.text() != self.repeat.text():
            mark_invalid(self.repeat, True)
            self.error.setText(self.tr("Kedua kata sandi tidak sama."))
            return
        role = self.role.code() or ""
        tutor_id = self.tutor.currentData() if role == "tutor" else None
        if self.user is None:
            result = usecase.run(self, self.ctx, svc.create_user, username=self.username.text(),
                                 full_name=self.full_name.text(), role=role,
                                 password=self.password.text(), tutor_id=tutor_id,
                                 must_change=self.must_change.isChecked(), changes=CHANGES,
                                 fields=self.fields, message=self.error)
        else:
            result = usecase.run(self, self.ctx, svc.update_user, self.user.id,
                                 version=self.user.version, full_name=self.full_name.text(),
                                 role=role, tutor_id=tutor_id, changes=CHANGES,
                                 fields=self.fields, message=self.error)
        if result is usecase.FAILED:
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, user: svc.UserView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Atur ulang kata sandi"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Buat kata sandi sementara untuk {name}. Pengguna wajib menggantinya saat masuk "
            "berikutnya, dan kunci akibat salah kata sandi dibuka.").format(
                name=user.full_name)))
        form = QFormLayout()
        self.password = _password_edit()
        self.repeat = _password_edit()
        form.addRow(self.tr("Kata sandi sementara"), self.password)
        form.addRow(self.tr("Ulangi"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(hint_label(self.tr(POLICY)))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, self.tr("Atur ulang"), save_shortcut=True)
        buttons.accepted.disconnect()
        buttons.accepted.connect(self.save)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("Kedua kata sandi tidak sama."))
            return
        if usecase.run(self, self.ctx, svc.reset_password, self.user.id, self.password.text(),
                       changes=CHANGES, fields={"password": self.password},
                       message=self.error) is usecase.FAILED:
            return
        self.accept()


class UsersTab(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "settings#users"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[svc.UserView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        row = QHBoxLayout()
        self.add_button = button(self.tr("Tambah pengguna"), "add", primary=True)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = button(self.tr("Ubah"), "edit")
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button = button(self.tr("Atur ulang kata sandi"), "key")
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = button(self.tr("Nonaktifkan"), "lock")
        self.active_button.clicked.connect(self.toggle_active)
        for b in (self.add_button, self.edit_button, self.reset_button, self.active_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"),
            self.tr("Keadaan"), self.tr("Terakhir masuk")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        layout.addWidget(self.table, 1)
        layout.addWidget(hint_label(self.tr(
            "Akun tidak dihapus agar riwayat perubahan tetap dapat ditelusuri; nonaktifkan "
            "akun pegawai yang sudah tidak bertugas.")))
        self.refresh()

    def refresh(self) -> None:
        users = usecase.run(self, self.ctx, svc.list_users)
        if users is usecase.FAILED:
            return
        self.users = users
        now = svc.utcnow()  # lockout and login times are kept in UTC
        self.table.setRowCount(len(self.users))
        for r, u in enumerate(self.users):
            if not u.active:
                state = self.tr("Nonaktif")
            elif u.locked_until and u.locked_until > now:
                state = self.tr("Terkunci sementara")
            elif u.must_change_password:
                state = self.tr("Aktif, wajib ganti kata sandi")
            else:
                state = self.tr("Aktif")
            values = [u.username, u.full_name, u.role_name, state,
                      format_datetime(_local(u.last_login_at)) or self.tr("belum pernah")]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def selected(self) -> svc.UserView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        user_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((u for u in self.users if u.id == user_id), None)

    def _selection_changed(self) -> None:
        user = self.selected()
        for b in (self.edit_button, self.reset_button, self.active_button):
            b.setEnabled(user is not None)
        self.active_button.setText(self.tr("Aktifkan") if user and not user.active
                                   else self.tr("Nonaktifkan"))

    def add_user(self) -> None:
        if UserDialog(self.ctx, None, self).exec():
            self.refresh()

    def edit_user(self) -> None:
        user = self.selected()
        if user and UserDialog(self.ctx, user, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user and ResetPasswordDialog(self.ctx, user, self).exec():
            show_info(self, self.tr("Kata sandi"), self.tr(
                "Kata sandi sementara untuk {username} telah diatur. Sampaikan secara langsung, "
                "bukan lewat pesan berantai.").format(username=user.username))
            self.refresh()

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active and not ask_confirm(
                self, self.tr("Nonaktifkan pengguna"),
                self.tr("Nonaktifkan akun {username}? Pengguna ini tidak dapat masuk lagi "
                        "sampai diaktifkan kembali.").format(username=user.username),
                yes=self.tr("Nonaktifkan"), danger=True):
            return
        if usecase.run(self, self.ctx, svc.update_user, user.id, version=user.version,
                       active=not user.active, changes=CHANGES,
                       on_reload=self.refresh) is usecase.FAILED:
            return
        self.refresh()


def _local(moment: datetime | None) -> datetime | None:
    """A UTC time from the database in this PC's time zone, for display."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
