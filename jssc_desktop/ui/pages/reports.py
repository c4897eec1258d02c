"""Reports page: choose the kind (Bulanan/Triwulan/Semester/Tahunan) and the period, generate the
periodic report as PDF and XLSX off the GUI thread (with progress and Batal), preview the PDF in
the window, save either file, print, and — for the head — approve the period's report."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.formatting import format_datetime
from ...domain.periods import KIND_NAMES, KINDS, Period, recent_periods
from ...fileutil import safe_file_name
from .. import usecase
from ..context import AppContext
from ..widgets import ask_confirm, button, heading, hint_label, show_error, show_info
from ._common import FAILED, PageBase, documents_dir, temp_dir
from ._pdf import PdfPreview, print_pdf

#: How many periods of each kind the period chooser offers (newest first).
RECENT = {"monthly": 24, "quarterly": 12, "semester": 8, "annual": 6}


def generate_files(progress: Any, db: Any, actor: Any, kind: str, period_key: str,
                   out_dir: Path) -> list[Path]:
    """Worker body: both files from one data set; progress reports let the user cancel."""
    from ...reports import generate_report_in

    progress("Menghitung data laporan…", 0.05)
    paths = [Path(p) for p in generate_report_in(db, actor, kind, period_key,
                                                 formats=("pdf", "xlsx"), out_dir=out_dir,
                                                 progress=progress)]
    progress("Selesai", 1.0)
    return paths


def status_of(file_name: str) -> tuple[str, int]:
    """(state, revision) from a report file name: ``…-sementara.pdf``, ``…-disetujui.pdf``,
    ``…-perbaikan-2.pdf``."""
    stem = file_name.rsplit(".", 1)[0]
    for state in ("sementara", "disetujui"):
        if stem.endswith(f"-{state}"):
            return state, 0
    head, _, number = stem.rpartition("-")
    if head.endswith("-perbaikan") and number.isdigit():
        return "perbaikan", int(number)
    return "", 0


class ReportsPage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "reports"

    topics = frozenset({RecordKind.REPORT, RecordKind.PROFILE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = today
        self.pdf_path: Path | None = None
        self.xlsx_path: Path | None = None
        self.generated_for: Period | None = None
        self.status_state = ""
        self.worker: Any = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Laporan periodik")))
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        left = QWidget()
        left.setMinimumWidth(300)
        left.setMaximumWidth(380)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 8, 0)
        choose = QGroupBox(self.tr("Pilih laporan"))
        form = QFormLayout(choose)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(self.tr(KIND_NAMES[kind]), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_periods())
        self.period = QComboBox()
        self.period.setMinimumWidth(180)
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Periode"), self.period)
        self.generate_button = button(self.tr("Buat laporan"), "reports", primary=True)
        self.generate_button.clicked.connect(self.generate)
        form.addRow(self.generate_button)
        lv.addWidget(choose)

        files = QGroupBox(self.tr("Hasil"))
        fv = QVBoxLayout(files)
        self.result_label = hint_label(self.tr("Belum ada laporan yang dibuat."))
        fv.addWidget(self.result_label)
        self.save_pdf_button = button(self.tr("Simpan PDF…"), "save")
        self.save_xlsx_button = button(self.tr("Simpan Excel…"), "save")
        self.print_button = button(self.tr("Cetak…"), "print")
        self.save_pdf_button.clicked.connect(lambda: self.save_copy("pdf"))
        self.save_xlsx_button.clicked.connect(lambda: self.save_copy("xlsx"))
        self.print_button.clicked.connect(self.print_report)
        for b in (self.save_pdf_button, self.save_xlsx_button, self.print_button):
            fv.addWidget(b)
        lv.addWidget(files)

        self.approve_box = QGroupBox(self.tr("Persetujuan Kepala UPT"))
        av = QVBoxLayout(self.approve_box)
        self.approval_label = hint_label(self.tr(
            "Setelah diperiksa, Kepala UPT menyetujui laporan periode ini. Laporan yang "
            "disetujui dikunci dan tercatat di log audit."))
        av.addWidget(self.approval_label)
        self.approve_button = button(self.tr("Setujui laporan periode"), "check")
        self.approve_button.clicked.connect(self.approve)
        av.addWidget(self.approve_button)
        self.reopen_button = button(self.tr("Buka kembali untuk perbaikan…"), "edit")
        self.reopen_button.clicked.connect(self.reopen)
        self.reopen_button.setVisible(ctx.can("report.reopen"))
        av.addWidget(self.reopen_button)
        self.approve_box.setVisible(_may_approve(ctx))
        lv.addWidget(self.approve_box)
        self.archive_button = button(self.tr("Arsip laporan yang disetujui…"), "reports")
        self.archive_button.clicked.connect(self.show_archive)
        lv.addWidget(self.archive_button)
        from .report_package import PackageBox

        self.package_box = PackageBox(ctx, self.current_period, today)
        lv.addWidget(self.package_box)
        lv.addStretch(1)
        # On a short screen (1024x768, 125 %) the left column scrolls instead of squeezing its
        # texts.
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(left.minimumWidth() + bar)
        scroll.setMaximumWidth(left.maximumWidth() + bar)
        splitter.addWidget(scroll)

        self.preview = PdfPreview()
        self.preview.set_message(self.tr(
            "Pilih jenis dan periode, lalu tekan \"Buat laporan\".\n"
            "Pratinjau PDF akan tampil di sini."))
        splitter.addWidget(self.preview)
        splitter.setSizes([330, 820])
        self._fill_periods()
        self._set_result_enabled(False)

    def show_archive(self) -> None:
        from .report_archive import ReportArchiveDialog

        ReportArchiveDialog(self.ctx, self).exec()

    # ---------------------------------------------------------------------------------- state

    def refresh(self) -> None:
        self._dirty = False

    def _fill_periods(self) -> None:
        kind = self.kind.currentData()
        day = self.today or date.today()
        periods = recent_periods(kind, day, RECENT[kind])  # newest first, as listed
        self.period.blockSignals(True)
        self.period.clear()
        for p in periods:
            label = p.title() if p.end < day else self.tr("{label} (berjalan)").format(
                label=p.title())
            self.period.addItem(label, p)
        self.period.blockSignals(False)
        # A report is made after its period ends: the last finished period is chosen first.
        finished = next((i for i, p in enumerate(periods) if p.end < day), 0)
        self.period.setCurrentIndex(finished)
        self._period_changed()

    def current_period(self) -> Period | None:
        return self.period.currentData()

    def select_period(self, kind: str, key: str) -> bool:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        for i in range(self.period.count()):
            if self.period.itemData(i).key == key:
                self.period.setCurrentIndex(i)
                return True
        return False

    def approval(self, period: Period | None) -> Any:
        """The archived approval of ``period``, or None (also when it cannot be read)."""
        if period is None or not _may_approve(self.ctx):
            return None
        try:
            from ...reports.approval import list_archive
            from ..usecase import fetch

            archive = fetch(self.ctx, list_archive)
            return next((a for a in archive
                         if a.kind == period.kind and a.period == period.key), None)
        except Exception:  # noqa: BLE001 - the panel then simply offers approval
            return None

    def _show_approval(self) -> None:
        """An approved period is not offered 'Setujui' again: the panel says who approved it."""
        period = self.generated_for or self.current_period()
        approved = self.approval(period)
        if approved is not None:
            self.approval_label.setText(self.tr(
                "Laporan {label} sudah disetujui oleh {name} pada {when}. Untuk mengubahnya, "
                "laporan harus dibuka kembali.").format(
                    label=period.title(), name=approved.approved_by_name,
                    when=format_datetime(approved.approved_at)))
        else:
            self.approval_label.setText(self.tr(
                "Setelah diperiksa, Kepala UPT menyetujui laporan periode ini. Laporan yang "
                "disetujui dikunci dan tercatat di log audit."))
        self.approve_button.setVisible(approved is None)

    def _period_changed(self) -> None:
        if hasattr(self, "approval_label"):
            self._show_approval()
        period = self.current_period()
        stale = self.generated_for is not None and period != self.generated_for
        if stale:
            self.result_label.setText(self.tr(
                "Laporan yang tampil adalah {label}. Tekan \"Buat laporan\" untuk periode "
                "yang dipilih.").format(
                    label=self.generated_for.title()))  # type: ignore[union-attr]  # stale: set

    def _set_result_enabled(self, on: bool) -> None:
        self.save_pdf_button.setEnabled(on and self.pdf_path is not None)
        self.save_xlsx_button.setEnabled(on and self.xlsx_path is not None)
        self.print_button.setEnabled(on and self.pdf_path is not None)
        self.approve_button.setEnabled(on and self.status_state != "disetujui")
        self.reopen_button.setEnabled(on and self.status_state == "disetujui")
        self._show_approval()

    # ------------------------------------------------------------------------------ generate

    def generate(self) -> None:
        period = self.current_period()
        if period is None:
            return
        try:
            import jssc_desktop.reports as reports

            if not hasattr(reports, "generate_report"):
                raise ImportError("generate_report")
        except ImportError:
            show_info(self, self.tr("Belum tersedia"), self.tr(
                "Pembuatan laporan periodik belum tersedia pada versi aplikasi ini."))
            return
        from ..worker import run_in_background

        out_dir = temp_dir("laporan")
        self.generate_button.setEnabled(False)
        self.worker = run_in_background(
            self, generate_files, self.ctx.db, self.ctx.actor, period.kind, period.key, out_dir,
            title=self.tr("Membuat laporan"),
            label=self.tr("Laporan {kind} {label}").format(
                kind=self.tr(KIND_NAMES[period.kind]).lower(), label=period.title()),
            on_done=lambda paths: self._generated(period, paths),
            on_error=self._failed, on_cancel=self._cancelled)

    def _generated(self, period: Period, paths: list[Path]) -> None:
        self.worker = None
        self.generate_button.setEnabled(True)
        self.pdf_path = next((p for p in paths if p.suffix.lower() == ".pdf"), None)
        self.xlsx_path = next((p for p in paths if p.suffix.lower() == ".xlsx"), None)
        self.generated_for = period
        if self.pdf_path is not None:
            self.preview.load(self.pdf_path)
        self.status_state, revision = status_of(paths[0].name if paths else "")
        status = {
            "sementara": self.tr("SEMENTARA: belum disetujui, angka dapat berubah."),
            "disetujui": self.tr("DISETUJUI: berkas arsip yang disetujui, tidak berubah."),
            "perbaikan": self.tr("PERBAIKAN ke-{n}: data berubah setelah disetujui; setujui "
                                 "lagi setelah diperiksa.").format(n=revision),
        }.get(self.status_state, "")
        self.result_label.setText(self.tr(
            "Laporan {kind} {label}, dibuat {when}. Periksa pratinjau, lalu simpan atau "
            "cetak.").format(kind=self.tr(KIND_NAMES[period.kind]).lower(), label=period.title(),
                             when=format_datetime(datetime.now())) + "\n" + status)
        self._set_result_enabled(True)
        self.announce(RecordKind.REPORT)

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self.generate_button.setEnabled(True)
        show_error(self, exc)

    def _cancelled(self) -> None:
        self.worker = None
        self.generate_button.setEnabled(True)
        self.result_label.setText(self.tr("Pembuatan laporan dibatalkan."))

    # ---------------------------------------------------------------------------- save/print

    def reopen(self) -> None:
        period = self.generated_for
        if period is None:
            return
        from PySide6.QtWidgets import QInputDialog

        from ...reports.approval import reopen_period

        reason, ok = QInputDialog.getText(
            self, self.tr("Buka kembali laporan"), self.tr(
                "Alasan membuka kembali laporan {kind} {label} (tercatat di log audit dan "
                "tercetak pada laporan perbaikan):").format(
                    kind=self.tr(KIND_NAMES[period.kind]).lower(), label=period.title()))
        if not ok:
            return
        if self.call(reopen_period, period.kind, period.key, reason,
                     changes=(RecordKind.REPORT,)) is FAILED:
            return
        show_info(self, self.tr("Laporan dibuka kembali"), self.tr(
            "Laporan {kind} {label} dibuka kembali. Periode ini tidak terkunci lagi; laporan "
            "bertanda PERBAIKAN sampai disetujui lagi.").format(
                kind=self.tr(KIND_NAMES[period.kind]).lower(), label=period.title()))
        self.generate()

    def save_copy(self, fmt: str) -> None:
        source = self.pdf_path if fmt == "pdf" else self.xlsx_path
        if source is None or self.generated_for is None:
            return
        period = self.generated_for
        name = safe_file_name(f"Laporan {KIND_NAMES[period.kind]} {period.label}",
                              default="laporan") + f".{fmt}"
        filters = (self.tr("Dokumen PDF (*.pdf)") if fmt == "pdf"
                   else self.tr("Buku kerja Excel (*.xlsx)"))
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan"), str(Path(documents_dir()) / name), filters)
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        try:
            shutil.copyfile(source, path)
        except OSError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Laporan disimpan"),
                  self.tr("Laporan disimpan sebagai {path}.").format(path=path))

    def print_report(self) -> None:
        if self.pdf_path is not None and self.generated_for is not None:
            print_pdf(self, self.pdf_path, self.tr("Laporan {label}").format(
                label=self.generated_for.title()))

    # ------------------------------------------------------------------------------ approval

    def approve(self) -> None:
        period = self.generated_for
        if period is None:
            return
        try:
            from ...reports.approval import approve_period
        except ImportError:
            show_info(self, self.tr("Belum tersedia"), self.tr(
                "Persetujuan laporan periode belum tersedia pada versi aplikasi ini. Laporan "
                "tetap dapat disimpan dan dicetak untuk ditandatangani."))
            return
        if not ask_confirm(self, self.tr("Setujui laporan"), self.tr(
                "Setujui laporan {kind} {label}? Setelah disetujui, laporan periode ini dikunci "
                "sebagai laporan resmi.").format(kind=self.tr(KIND_NAMES[period.kind]).lower(),
                                                 label=period.title()),
                yes=self.tr("Setujui")):
            return
        archived = self.call(approve_period, period.kind, period.key,
                             changes=(RecordKind.REPORT,))
        if archived is FAILED:
            return
        show_info(self, self.tr("Laporan disetujui"), self.tr(
            "Laporan {kind} {label} disetujui oleh {name} pada {when} dan disimpan di arsip "
            "laporan.").format(kind=self.tr(KIND_NAMES[period.kind]).lower(), label=archived.label,
                    name=archived.approved_by_name,
                    when=format_datetime(archived.approved_at)))
        self.generate()  # shows the approved, archived files
        self._show_approval()


__all__ = ["ReportsPage", "generate_files"]


def _may_approve(ctx: AppContext) -> bool:
    """The head of UPT or today's acting head (Plh.); never an administrator."""
    from ...services.approvers import may_approve

    try:
        return bool(usecase.fetch(ctx, may_approve))
    except Exception:  # noqa: BLE001 - a hidden button is the safe answer
        return False
