"""The archive of approved period reports: what the head signed, with its checksums, the files
as approved, and what has changed in the data since."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_datetime
from ..context import AppContext
from ..widgets import button, heading, hint_label, show_info
from ._common import FAILED, call, documents_dir, open_file, temp_dir


class ReportArchiveDialog(QDialog):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "reports#archive"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Arsip laporan yang disetujui"))
        self.resize(900, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Arsip laporan yang disetujui")))
        layout.addWidget(hint_label(self.tr(
            "Berkas PDF dan Excel disimpan persis seperti saat disetujui, dengan checksum "
            "SHA-256; berkas diperiksa lagi setiap kali dibuka.")))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Periode"), self.tr("Jenis"), self.tr("Disetujui oleh"),
            self.tr("Waktu persetujuan"), self.tr("SHA-256 PDF")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = button(self.tr("Buka PDF"), "reports")
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button = button(self.tr("Simpan Excel…"), "save")
        self.save_button.clicked.connect(self.save_xlsx)
        self.compare_button = button(self.tr("Bandingkan dengan data sekarang"), "refresh")
        self.compare_button.clicked.connect(self.compare)
        for b in (self.open_button, self.save_button, self.compare_button):
            row.addWidget(b)
        row.addStretch(1)
        close = button(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.reports: list = []
        self.reload()

    def reload(self) -> None:
        from ...reports.approval import list_archive

        reports = call(self, self.ctx, list_archive)
        self.reports = [] if reports is FAILED else list(reports)
        self.table.setRowCount(len(self.reports))
        for r, rep in enumerate(self.reports):
            values = [rep.title, rep.kind_title, rep.approved_by_name,
                      format_datetime(rep.approved_at), rep.pdf_sha256 or ""]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if self.reports:
            self.table.selectRow(0)
        for b in (self.open_button, self.save_button, self.compare_button):
            b.setEnabled(bool(self.reports))

    def selected(self):
        row = self.table.currentRow()
        return self.reports[row] if 0 <= row < len(self.reports) else None

    def _file(self, fmt: str) -> tuple[str, bytes] | None:
        from ...reports.approval import archived_file

        rep = self.selected()
        if rep is None:
            return None
        result = call(self, self.ctx, archived_file, rep.id, fmt)
        return None if result is FAILED else result

    def open_pdf(self) -> Path | None:
        found = self._file("pdf")
        if found is None:
            return None
        name, content = found
        path = temp_dir("arsip") / name
        path.write_bytes(content)
        open_file(path)
        return path

    def save_xlsx(self) -> Path | None:
        found = self._file("xlsx")
        if found is None:
            return None
        name, content = found
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan Excel arsip"), str(Path(documents_dir()) / name),
            self.tr("Excel (*.xlsx)"))
        if not target:
            return None
        Path(target).write_bytes(content)
        return Path(target)

    def compare(self) -> list[str] | None:
        from ...reports.approval import compare_with_archive

        rep = self.selected()
        if rep is None:
            return None

        def work(s, actor):
            return compare_with_archive(s, actor, rep.kind, rep.period)

        changes = call(self, self.ctx, work)
        if changes is FAILED:
            return None
        if not changes:
            show_info(self, self.tr("Tidak ada perubahan"), self.tr(
                "Data saat ini masih sama dengan laporan {label} yang disetujui.").format(
                    label=rep.title))
        else:
            show_info(self, self.tr("Data telah berubah"), self.tr(
                "Sejak laporan {label} disetujui, angka berikut berubah:").format(
                    label=rep.title), "\n".join(changes))
        return list(changes)
