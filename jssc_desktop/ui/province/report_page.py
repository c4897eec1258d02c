"""'Laporan provinsi': the province report of a period (``reports/province.py``), in the formats
it offers, made off the GUI thread into a folder the user picks; the files made are listed and
can be opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from .. import usecase
from ..context import AppContext
from ..pages._common import PageBase, documents_dir, open_file, toolbar
from ..widgets import button, heading, hint_label, show_error, show_info
from .common import PeriodChooser

FORMAT_NAMES = {"pdf": "PDF", "xlsx": "Excel (XLSX)", "json": "JSON"}


def write_report(_session: Any, actor: Any, kind: str, period_key: str, formats: tuple[str, ...],
                 out_dir: Path, *, db: Any, progress: Any) -> list[Path]:
    """Worker body: the province report's files."""
    from ...reports.province import write_province_report

    progress("Menyusun laporan provinsi…", 0.1)
    return write_province_report(db, actor, kind, period_key, formats=formats, out_dir=out_dir)


class ProvinceReportPage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "province#report"

    topics = frozenset({RecordKind.PROVINCE_PACKAGE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: Any = None) -> None:
        super().__init__(ctx, parent)
        from ...reports.province import FORMATS

        self.busy = False
        self.paths: list[Path] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Laporan provinsi")))
        layout.addWidget(hint_label(self.tr(
            "Laporan gabungan satu periode dari paket terakhir setiap UPT: jumlah provinsi, "
            "satu baris per UPT dengan status dan tanggal diterima, UPT yang belum mengirim, "
            "asal klien dan efektivitas program keterampilan.")))
        choose = QGroupBox(self.tr("Pilih laporan"))
        cv = QVBoxLayout(choose)
        self.chooser = PeriodChooser(today)
        cv.addWidget(self.chooser)
        row = QHBoxLayout()
        self.format_boxes: dict[str, QCheckBox] = {}
        for f in FORMATS:
            box = QCheckBox(FORMAT_NAMES.get(f, f.upper()))
            box.setChecked(True)
            self.format_boxes[f] = box
            row.addWidget(box)
        row.addStretch(1)
        cv.addLayout(row)
        self.make_button = button(self.tr("Buat laporan provinsi…"), "reports", primary=True)
        self.make_button.clicked.connect(lambda: self.make())
        self.make_button.setEnabled(ctx.can("province.report"))
        cv.addLayout(toolbar(self.make_button))
        layout.addWidget(choose)

        files = QGroupBox(self.tr("Hasil"))
        fv = QVBoxLayout(files)
        self.result_label = hint_label(self.tr("Belum ada laporan yang dibuat."))
        fv.addWidget(self.result_label)
        self.file_list = QListWidget()
        self.file_list.itemDoubleClicked.connect(lambda item: open_file(Path(item.text())))
        fv.addWidget(self.file_list, 1)
        self.open_button = button(self.tr("Buka berkas"), "reports")
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setEnabled(False)
        fv.addLayout(toolbar(self.open_button))
        layout.addWidget(files, 1)

    def refresh(self) -> None:
        self._dirty = False

    def formats(self) -> tuple[str, ...]:
        return tuple(f for f, box in self.format_boxes.items() if box.isChecked())

    def make(self, folder: str | None = None) -> None:
        period = self.chooser.current()
        formats = self.formats()
        if period is None or self.busy:
            return
        if not formats:
            show_info(self, self.tr("Laporan provinsi"),
                      self.tr("Pilih paling sedikit satu format berkas."))
            return
        if not folder:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Pilih folder tujuan laporan provinsi"), documents_dir())
        if not folder:
            return
        self.busy = True
        self.make_button.setEnabled(False)
        usecase.run_in_background(
            self, self.ctx, write_report, period.kind, period.key, formats, Path(folder),
            db=self.ctx.db, title=self.tr("Laporan provinsi"),
            label=self.tr("Membuat laporan provinsi {label}…").format(label=period.title()),
            on_done=lambda paths: self._done(period.title(), paths), on_error=self._failed,
            cancellable=False)

    def _done(self, label: str, paths: list[Path]) -> None:
        self.busy = False
        self.make_button.setEnabled(True)
        self.paths = list(paths)
        self.file_list.clear()
        for p in self.paths:
            self.file_list.addItem(QListWidgetItem(str(p)))
        self.open_button.setEnabled(bool(self.paths))
        if self.paths:
            self.file_list.setCurrentRow(0)
        self.result_label.setText(self.tr(
            "Laporan provinsi {label}: {n} berkas disimpan di {folder}.").format(
                label=label, n=len(self.paths),
                folder=self.paths[0].parent if self.paths else ""))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.make_button.setEnabled(True)
        show_error(self, exc)

    def open_selected(self) -> None:
        item = self.file_list.currentItem()
        if item is not None:
            open_file(Path(item.text()))
