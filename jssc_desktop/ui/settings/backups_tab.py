"""Cadangan (administrators): make a verified backup off the GUI thread, list backups, restore."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_datetime, format_number
from ...paths import backup_dir
from ..context import AppContext
from ..widgets import (
    FlowLayout,
    ask_confirm,
    button,
    hint_label,
    show_error,
    show_info,
    show_warning,
    tr,
)
from ..worker import run_in_background

log = logging.getLogger(__name__)


def _size(n: int | None) -> str:
    if not n:
        return ""
    if n < 1024 * 1024:
        return tr("{n} KB").format(n=format_number(max(1, n // 1024)))
    return tr("{n} MB").format(n=format_number(n / (1024 * 1024), 1))


def run_backup(parent: QWidget, ctx: AppContext, on_done=None) -> None:
    """Make a manual backup behind a progress dialog and say where it went."""
    try:
        from ...services.backups import make_backup
    except ImportError:
        show_warning(parent, tr("Cadangan"), tr("Fitur cadangan belum tersedia di versi ini."))
        return

    def work(progress, db, actor):
        progress(tr("Menyalin dan memeriksa basis data…"), 0.1)
        return make_backup(db, actor, reason="manual")

    def done(info) -> None:
        text = tr("Cadangan dibuat dan diperiksa:\n{path}").format(path=info.path)
        if not getattr(info, "verified", True):
            text = tr("Cadangan dibuat tetapi pemeriksaannya gagal:\n{path}").format(
                path=info.path)
        show_info(parent, tr("Cadangan"), text, getattr(info, "message", None) or None)
        if on_done:
            on_done(info)

    run_in_background(parent, work, ctx.db, ctx.actor, title=tr("Cadangan"),
                      label=tr("Membuat cadangan basis data…"), cancellable=False,
                      on_done=done)


class BackupsTab(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "settings#backups"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        row = FlowLayout()  # wraps onto a second line on a small screen
        self.backup_button = button(self.tr("Cadangkan sekarang"), "backup", primary=True)
        self.backup_button.clicked.connect(lambda: run_backup(self, ctx, lambda _i: self.refresh()))
        self.restore_button = button(self.tr("Pulihkan cadangan terpilih…"), "restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = button(self.tr("Pulihkan dari berkas lain…"), "restore")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.folder_button = button(self.tr("Buka folder cadangan"), "database")
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup_dir()))))
        for b in (self.backup_button, self.restore_button, self.restore_file_button,
                  self.folder_button):
            row.addWidget(b)
        layout.addLayout(row)
        layout.addWidget(self._passphrase_box())
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Berkas"), self.tr("Waktu"),
                                              self.tr("Ukuran"), self.tr("Jenis dan keadaan")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint_label(self.tr(
            "Aplikasi membuat cadangan harian otomatis. Simpan juga salinan di tempat lain "
            "(flashdisk atau folder jaringan) agar data selamat bila komputer rusak atau "
            "hilang. Memulihkan cadangan mengganti semua data saat ini; data saat ini "
            "dicadangkan dulu.")))
        self.refresh()

    def refresh(self) -> None:
        try:
            from ...services.backups import list_backups

            self.backups = list(list_backups(self.ctx.db))
        except ImportError:
            self.backups = []
            self.backup_button.setEnabled(False)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.backups))
        for r, info in enumerate(self.backups):
            path = Path(info.path)
            created = getattr(info, "created", None)
            if created is None:
                try:
                    created = datetime.fromtimestamp(path.stat().st_mtime)
                except OSError:
                    created = None
            kind = getattr(info, "reason_name", "") or ""
            state = self.tr("Terverifikasi") if info.verified else self.tr("Belum diverifikasi")
            values = [path.name, format_datetime(created) if created else "",
                      _size(info.size), f"{kind}, {state}" if kind else state]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setToolTip(str(path) if c == 0 else (info.message or ""))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            show_warning(self, self.tr("Pulihkan"), self.tr("Pilih dulu cadangan di tabel."))
            return
        self.restore(Path(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)))

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas cadangan"), str(backup_dir()),
            self.tr("Cadangan JSSC (*.enc *.sqlite3 *.dump);;Semua berkas (*)"))
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        if not ask_confirm(
                self, self.tr("Pulihkan cadangan"),
                self.tr("Ganti SEMUA data saat ini dengan isi cadangan {name}?").format(
                    name=path.name),
                detail=self.tr("Data saat ini dicadangkan dulu. Setelah pemulihan, aplikasi "
                               "ditutup dan perlu dibuka kembali."),
                yes=self.tr("Pulihkan"), danger=True):
            return
        from ...services.backups import restore_backup, restore_needs_passphrase

        passphrase = None
        try:
            check = restore_needs_passphrase(path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        if check:
            passphrase = ask_passphrase(
                self, self.tr("Kata sandi cadangan"),
                self.tr("Berkas ini dienkripsi dengan kunci yang tidak tersimpan di PC ini "
                        "(sidik kunci {check}). Ketik kata sandi cadangan dari lembar "
                        "pemulihan:").format(check=check))
            if not passphrase:
                return

        def work(progress, db, actor, p):
            progress(self.tr("Memulihkan data…"), 0.1)
            return restore_backup(db, actor, p, confirm=True, passphrase=passphrase)

        def done(info) -> None:
            show_info(self, self.tr("Pulihkan cadangan"),
                      self.tr("Data telah dipulihkan. Aplikasi akan ditutup; buka kembali "
                              "untuk melanjutkan."), getattr(info, "message", None) or None)
            self.ctx.db.dispose()
            QApplication.quit()

        run_in_background(self, work, self.ctx.db, self.ctx.actor, path,
                          title=self.tr("Pulihkan cadangan"),
                          label=self.tr("Memulihkan data dari cadangan…"), cancellable=False,
                          on_done=done)

    # ------------------------------------------------------------------- backup passphrase

    def _passphrase_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kata sandi cadangan (enkripsi)"))
        row = QHBoxLayout(box)
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        row.addWidget(self.key_label, 1)
        self.set_key_button = button(self.tr("Atur kata sandi cadangan…"), "key")
        self.set_key_button.clicked.connect(self.set_passphrase)
        self.unlock_button = button(self.tr("Pakai di PC ini…"), "key")
        self.unlock_button.clicked.connect(self.unlock_passphrase)
        row.addWidget(self.set_key_button)
        row.addWidget(self.unlock_button)
        self.refresh_key_status()
        return box

    def refresh_key_status(self) -> None:
        from ...services.backups import backup_key_status

        try:
            status = backup_key_status(self.ctx.db)
        except Exception as exc:  # noqa: BLE001
            self.key_label.setText(str(exc))
            return
        if not status.configured:
            text = self.tr("Belum diatur: cadangan tidak dapat dibuat sebelum kata sandi "
                           "cadangan diatur.")
        elif status.on_this_pc or status.from_environment:
            text = self.tr("Diatur (sidik kunci {check}); kunci tersimpan di PC ini untuk "
                           "cadangan otomatis.").format(check=status.key_check)
        else:
            text = self.tr("Diatur (sidik kunci {check}), tetapi kuncinya belum tersimpan di "
                           "PC ini: klik 'Pakai di PC ini'.").format(check=status.key_check)
        if not status.keyring_available and not status.from_environment:
            text += " " + self.tr(
                "PC ini tidak memiliki penyimpanan kata sandi sistem operasi, sehingga kunci "
                "cadangan tidak dapat disimpan di sini: cadangan (harian maupun manual) di PC ini "
                "hanya dibuat bila petugas TI mengisi JSSC_BACKUP_PASSPHRASE.")
        self.key_label.setText(text)
        self.unlock_button.setVisible(status.configured and not status.on_this_pc)

    def set_passphrase(self) -> None:
        from ...services.backups import set_backup_passphrase

        passphrase = ask_passphrase(
            self, self.tr("Atur kata sandi cadangan"),
            self.tr("Minimal 12 karakter, sebaiknya beberapa kata yang tidak berhubungan. "
                    "Tanpa kata sandi ini cadangan tidak dapat dipulihkan di komputer lain: "
                    "cetak lembar pemulihan sesudahnya."), confirm=True)
        if not passphrase:
            return
        try:
            status = set_backup_passphrase(self.ctx.db, self.ctx.actor, passphrase)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.refresh_key_status()
        self.save_recovery_sheet(passphrase, status.key_check or "")

    def save_recovery_sheet(self, passphrase: str, key_check: str) -> None:
        from ...reports.recovery_sheet import recovery_sheet_pdf

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan lembar pemulihan untuk dicetak"),
            str(Path.home() / "lembar-pemulihan-cadangan.pdf"), self.tr("PDF (*.pdf)"))
        if not path:
            return
        try:
            recovery_sheet_pdf(Path(path), upt_name=_upt_name(self.ctx), passphrase=passphrase,
                               key_check=key_check, made_by=self.ctx.actor.full_name)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def unlock_passphrase(self) -> None:
        from ...services.backups import unlock_backup_key

        passphrase = ask_passphrase(self, self.tr("Pakai kata sandi cadangan di PC ini"),
                                    self.tr("Ketik kata sandi cadangan (lembar pemulihan):"))
        if not passphrase:
            return
        try:
            unlock_backup_key(self.ctx.db, self.ctx.actor, passphrase)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.refresh_key_status()


def _upt_name(ctx: AppContext) -> str:
    try:
        from ...services.profile import get_profile
        from ..usecase import fetch

        view = fetch(ctx, get_profile)
        return view.name if view else "UPT"
    except Exception:  # noqa: BLE001
        return "UPT"


def ask_passphrase(parent: QWidget | None, title: str, label: str, *,
                   confirm: bool = False) -> str | None:
    """A passphrase typed hidden (twice with ``confirm``); None when cancelled."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

    from ..widgets import dialog_buttons

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    caption = QLabel(label)
    caption.setWordWrap(True)
    layout.addWidget(caption)
    first = QLineEdit()
    first.setEchoMode(QLineEdit.EchoMode.Password)
    first.setMinimumWidth(380)
    layout.addWidget(first)
    second = QLineEdit()
    second.setEchoMode(QLineEdit.EchoMode.Password)
    second.setPlaceholderText(tr("Ulangi kata sandi"))
    second.setVisible(confirm)
    layout.addWidget(second)
    feedback = None
    if confirm:  # a new passphrase: say while typing whether it is strong enough
        from ..first_run_keys import PassphraseFeedback

        feedback = PassphraseFeedback()
        layout.addWidget(feedback)
    buttons = dialog_buttons(dialog, tr("Lanjutkan"))
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def check() -> None:
        if feedback is not None:
            ok.setEnabled(feedback.update_for(first.text(), second.text()))
            return
        ok.setEnabled(bool(first.text()))

    first.textChanged.connect(check)
    second.textChanged.connect(check)
    check()
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return first.text()
