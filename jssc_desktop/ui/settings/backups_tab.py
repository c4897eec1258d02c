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
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_datetime, format_number
from ...paths import backup_dir
from ..context import AppContext
from ..widgets import ask_confirm, button, hint_label, show_error, show_info, show_warning, tr
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
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        row = QHBoxLayout()
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
        row.addStretch(1)
        layout.addLayout(row)
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
            self.tr("Cadangan JSSC (*.sqlite3 *.dump);;Semua berkas (*)"))
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
        from ...services.backups import restore_backup

        def work(progress, db, actor, p):
            progress(self.tr("Memulihkan data…"), 0.1)
            return restore_backup(db, actor, p, confirm=True)

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
