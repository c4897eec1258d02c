"""Steps 1, 3 and 4 of the import wizard (step 2 is in mapping_page.py), and the small helpers
the pages share. Each page shows the wizard's state and asks the wizard to change it; slow work
happens in the wizard's background jobs, never here."""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ...domain.cells import cell_text
from ...domain.errors import DomainError, ValidationError
from ...domain.formatting import format_date_short, format_number
from ...domain.vocab import STAGES
from ...services.clients import FIRST_STAGE
from ...services.imports import ImportPlan, ImportResult
from .. import usecase, widgets
from ..widgets import button, error_text, hint_label
from .busy import BusyBar
from .preview_model import Col, PreviewModel, ProblemFilter, preview_rows
from .wizard import default_sheet, list_sheets

if TYPE_CHECKING:
    from .wizard import ImportWizard

log = logging.getLogger(__name__)

def _label(text: str = "", name: str | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the letters Excel shows above a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _sample_text(value: Any) -> str:
    if isinstance(value, datetime):
        return format_date_short(value.date())
    if isinstance(value, date):
        return format_date_short(value)
    return cell_text(value) or ""


def problem_rows(plan: ImportPlan) -> int:
    """Data rows with at least one problem (a missing column is reported on the header row)."""
    return len({e.row for e in plan.errors if e.row != plan.header_row})


def missing_columns(plan: ImportPlan) -> list[str]:
    """Required columns the sheet (as mapped) does not have."""
    return [e.column for e in plan.errors if e.row == plan.header_row]


def _save_path(suggested: str) -> str:
    return suggested if suggested.lower().endswith(".xlsx") else suggested + ".xlsx"


def what_of(kind: str) -> str:
    """What the wizard imports, in words for the texts of the tutor and attendance kinds."""
    return {"tutors": QCoreApplication.translate("ImportWizard", "data tutor"),
            "attendance": QCoreApplication.translate("ImportWizard", "catatan kehadiran"),
            "followups": QCoreApplication.translate("ImportWizard",
                                                    "hasil bimbingan lanjut")}.get(
        kind, QCoreApplication.translate("ImportWizard", "data klien"))


class _Page(QWizardPage):
    def what(self) -> str:
        return what_of(self.wiz().kind)

    def wiz(self) -> ImportWizard:
        return self.wizard()  # type: ignore[return-value]  # every page sits in an ImportWizard


# ---------------------------------------------------------------------------------- 1. file


class FilePage(_Page):
    """Step 1: the workbook and the sheet; the empty template for who has none."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Langkah 1 dari 4 · Pilih berkas Excel"))
        self.setSubTitle(self.tr(
            "Pilih buku kerja Excel (.xlsx) berisi daftar klien dan lembar yang memuat datanya. "
            "Belum ada data yang disimpan sampai langkah terakhir."))
        self.path: str | None = None
        if wizard.kind != "clients":
            self.setSubTitle(self.tr(
                "Pilih buku kerja Excel (.xlsx) berisi {what} dan lembar yang memuat datanya. "
                "Belum ada data yang disimpan sampai langkah terakhir.").format(
                    what=self._what(wizard)))

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(_label(self.tr("Berkas Excel"), wrap=False), 0, 0)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Belum ada berkas yang dipilih"))
        grid.addWidget(self.path_edit, 0, 1)
        self.browse_button = button(self.tr("Pilih berkas…"), "search")
        self.browse_button.clicked.connect(self.browse)
        grid.addWidget(self.browse_button, 0, 2)
        grid.addWidget(_label(self.tr("Lembar"), wrap=False), 1, 0)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumContentsLength(24)
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        grid.addWidget(self.sheet_combo, 1, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.error_label = _label(name="error")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        layout.addSpacing(6)
        layout.addWidget(hint_label(self.tr(
            "Baris judul di atas tabel dan sel yang digabung tidak masalah: baris judul kolom "
            "dicari otomatis. Di langkah berikutnya Anda dapat memeriksa kolom mana berisi data "
            "apa, lalu melihat pratinjau setiap baris sebelum menyimpan.")))

        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QHBoxLayout(box)
        inner.setContentsMargins(12, 10, 12, 10)
        inner.addWidget(hint_label(self.tr(
            "Belum punya berkas yang rapi? Unduh templat kosong: judul kolom, contoh pengisian, "
            "pilihan untuk jenis kelamin, kab/kota dan jenis PPKS, serta lembar petunjuk.")), 1)
        self.template_button = button(self.tr("Unduh templat"), "save")
        self.template_button.clicked.connect(self.save_template)
        inner.addWidget(self.template_button)
        layout.addWidget(box)
        layout.addStretch(1)

    def _what(self, wizard: ImportWizard) -> str:
        return what_of(wizard.kind)

    # ---- choosing
    def browse(self) -> None:
        start = str(Path(self.path).parent) if self.path else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas Excel"), start, self.tr("Excel (*.xlsx)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> bool:
        """Use this workbook (also called by tests instead of the file dialog)."""
        path = str(path)
        self.path = path
        self.path_edit.setText(path)
        self.path_edit.setToolTip(path)
        self.sheet_combo.clear()
        try:
            names = list_sheets(path)
        except DomainError as exc:
            self._show_error(error_text(exc))
            return False
        if not names:
            self._show_error(self.tr("Buku kerja ini tidak berisi lembar apa pun."))
            return False
        self._show_error("")
        self.sheet_combo.addItems(names)
        self.sheet_combo.setCurrentText(default_sheet(names) or names[0])
        self.sheet_combo.setEnabled(len(names) > 1)
        self.completeChanged.emit()
        return True

    def set_sheet(self, name: str) -> None:
        index = self.sheet_combo.findText(name)
        if index >= 0:
            self.sheet_combo.setCurrentIndex(index)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            self.sheet_combo.clear()
            self.sheet_combo.setEnabled(False)
        self.completeChanged.emit()

    def save_template(self) -> None:
        from ...services.templates import write_template

        kind = self._wizard.kind
        name = {"clients": self.tr("Templat impor klien.xlsx"),
                "tutors": self.tr("Templat impor tutor.xlsx"),
                "attendance": self.tr("Templat impor kehadiran.xlsx"),
                "followups": self.tr("Templat impor bimbingan lanjut.xlsx")}[kind]
        start = str((Path(self.path).parent if self.path else Path.home()) / name)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan templat"), start, self.tr("Excel (*.xlsx)"))
        if not path:
            return
        try:
            if kind in ("attendance", "followups"):
                # the programs' names for the list, read in a unit of work of the helper's
                written = usecase.fetch(
                    self._wizard.ctx, lambda s, _actor: write_template(kind, _save_path(path), s))
            else:
                written = write_template(kind, _save_path(path))
        except Exception as exc:  # noqa: BLE001 - shown in plain Indonesian, bugs logged
            widgets.show_error(self, exc)
            return
        if kind != "clients":
            widgets.show_info(self, self.tr("Templat disimpan"), self.tr(
                "Templat impor disimpan di:\n{path}").format(path=str(written)))
            return
        widgets.show_info(self, self.tr("Templat disimpan"), self.tr(
            "Templat impor klien disimpan di:\n{path}\n\nIsi satu klien per baris mulai di "
            "bawah baris contoh (baris contoh boleh dibiarkan; baris itu dilewati), lalu pilih "
            "berkas itu di sini.").format(path=str(written)))

    # ---- QWizardPage
    def isComplete(self) -> bool:
        return bool(self.path) and self.sheet_combo.count() > 0 and \
            not self.error_label.isVisibleTo(self)

    def validatePage(self) -> bool:
        if not self.path:
            return False
        self._wizard.choose(self.path, self.sheet_combo.currentText() or None)
        return True


# ------------------------------------------------------------------------------- 3. preview


class PreviewPage(_Page):
    """Step 3: what an import would do, row by row; problems block the import."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Langkah 3 dari 4 · Pratinjau"))
        self.setSubTitle(self.tr(
            "Apa yang akan terjadi pada setiap baris. Impor hanya berjalan bila tidak ada baris "
            "yang bermasalah; bila ada, tidak satu pun disimpan."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Impor"))

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        counts = QHBoxLayout()
        counts.setSpacing(24)
        self.new_label = QLabel()
        self.skipped_label = QLabel()
        self.error_count_label = QLabel()
        for label in (self.new_label, self.skipped_label, self.error_count_label):
            label.setTextFormat(Qt.TextFormat.RichText)
            counts.addWidget(label)
        counts.addStretch(1)
        self.only_problems = QCheckBox(self.tr("Hanya yang bermasalah"))
        self.only_problems.toggled.connect(self._filter_changed)
        counts.addWidget(self.only_problems)
        layout.addLayout(counts)

        self.model = PreviewModel(self)
        self.proxy = ProblemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        self.table.setColumnWidth(Col.ROW, 60)
        self.table.setColumnWidth(Col.NAME, 220)
        self.table.setColumnWidth(Col.ACTION, 100)
        header.setSectionResizeMode(Col.NOTE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        # Follow-ups: an income above the ceiling in Pengaturan is refused until confirmed.
        self.confirm_income = QCheckBox(self.tr(
            "Penghasilan di atas batas wajar memang benar (sudah diperiksa)"))
        self.confirm_income.setVisible(False)
        self.confirm_income.toggled.connect(
            lambda on: wizard.set_option("confirm_high_income", on))
        layout.addWidget(self.confirm_income)

        bottom = QHBoxLayout()
        self.reason_label = _label()
        bottom.addWidget(self.reason_label, 1)
        self.save_errors_button = button(self.tr("Simpan daftar galat…"), "save")
        self.save_errors_button.setToolTip(self.tr(
            "Salinan berkas dengan kolom 'Keterangan Galat' dan baris bermasalah berwarna merah, "
            "untuk diperbaiki lalu diimpor lagi."))
        self.save_errors_button.clicked.connect(self.save_error_copy)
        bottom.addWidget(self.save_errors_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        self.busy = BusyBar()
        layout.addWidget(self.busy)
        self.error_copy_worker: Any = None

        wizard.planning_changed.connect(self._planning_changed)
        wizard.plan_changed.connect(self._refresh)

    def initializePage(self) -> None:
        self._refresh()
        self._planning_changed(self._wizard.planning)

    def isComplete(self) -> bool:
        w = self._wizard
        return (not w.planning and w.plan is not None and not w.plan.errors
                and w.plan.new > 0)

    def _planning_changed(self, on: bool) -> None:
        if on:
            self.busy.start(self.tr("Memeriksa ulang setiap baris…"))
        else:
            self.busy.stop()
        self._update_reason()
        self.completeChanged.emit()

    def _refresh(self) -> None:
        plan = self._wizard.plan
        if plan is None:
            self.model.set_rows([])
            return
        self.model.set_rows(preview_rows(self._wizard.sheet, plan))
        self.new_label.setText(self.tr("<b style='font-size:13pt'>{n}</b> baru").format(
            n=format_number(plan.new)))
        self.skipped_label.setText(self.tr("<b style='font-size:13pt'>{n}</b> dilewati").format(
            n=format_number(plan.skipped)))
        color = "#a12622" if plan.errors else "#23673a"
        self.error_count_label.setText(self.tr(
            "<span style='color:{color}'><b style='font-size:13pt'>{n}</b> bermasalah</span>"
        ).format(color=color, n=format_number(problem_rows(plan))))
        self.error_count_label.setToolTip(self.tr("{n} baris dengan {m}", "",
                                                  problem_rows(plan)).format(
            n=problem_rows(plan),
            m=self.tr("{n} galat", "", len(plan.errors)).format(n=len(plan.errors))))
        self.save_errors_button.setVisible(bool(plan.errors))
        unconfirmed = bool(getattr(plan, "unconfirmed", ()))
        self.confirm_income.setVisible(
            unconfirmed or bool(self._wizard.options.get("confirm_high_income")))
        if not plan.errors and self.only_problems.isChecked():
            self.only_problems.setChecked(False)
        self.only_problems.setEnabled(bool(plan.errors))
        self._update_reason()
        self.completeChanged.emit()

    def _update_reason(self) -> None:
        w = self._wizard
        plan = w.plan
        if w.planning:
            text, name = self.tr("Sedang memeriksa…"), "hint"
        elif plan is None:
            text, name = "", "hint"
        elif plan.errors:
            parts = []
            missing = missing_columns(plan)
            if missing:
                parts.append(self.tr("kolom wajib {names} belum ada (pilih kolomnya di "
                                     "langkah 2)").format(names=", ".join(missing)))
            bad = problem_rows(plan)
            if bad:
                errors = len(plan.errors) - len(missing)
                parts.append(self.tr("{n} baris bermasalah ({m})", "", bad).format(
                    n=format_number(bad),
                    m=self.tr("{n} galat", "", errors).format(n=format_number(errors))))
            text, name = self.tr(
                "Impor belum dapat dijalankan: {problems}. Perbaiki baris itu di Excel lalu "
                "pilih berkasnya lagi (langkah 1), atau ubah pemetaan kolom (langkah 2). "
                "'Simpan daftar galat…' membuat salinan berkas dengan keterangan di setiap "
                "baris yang bermasalah.").format(problems="; ".join(parts)), "error"
        elif plan.new == 0 and self.wiz().kind != "clients":
            text, name = self.tr(
                "Tidak ada {what} baru untuk diimpor: semua baris sudah tersimpan atau "
                "dilewati.").format(what=self.what()), "warning"
        elif self.wiz().kind != "clients":
            text, name = self.tr(
                "Semua baris lolos pemeriksaan. Tekan 'Impor' untuk menyimpan {n} baris "
                "{what} sekaligus; bila terjadi masalah, tidak ada yang tersimpan.", "",
                        plan.new).format(
                    n=format_number(plan.new), what=self.what()), "ok"
        elif plan.new == 0:
            text, name = self.tr(
                "Tidak ada klien baru untuk diimpor: semua baris sudah terdaftar atau "
                "dilewati."), "warning"
        else:
            text, name = self.tr(
                "Semua baris lolos pemeriksaan. Tekan 'Impor' untuk menyimpan {n} klien baru "
                "sekaligus; bila terjadi masalah, tidak ada yang tersimpan.", "", plan.new).format(
                    n=format_number(plan.new)), "ok"
        self.reason_label.setText(text)
        if self.reason_label.objectName() != name:
            self.reason_label.setObjectName(name)
            self.reason_label.style().unpolish(self.reason_label)
            self.reason_label.style().polish(self.reason_label)

    def _filter_changed(self, on: bool) -> None:
        self.proxy.set_only_problems(on)

    def save_error_copy(self) -> None:
        w = self._wizard
        if w.plan is None or w.sheet is None or not w.plan.errors or w.path is None:
            return
        source = Path(w.path)
        start = str(source.with_name(self.tr("{stem} - galat.xlsx").format(stem=source.stem)))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan daftar galat"), start, self.tr("Excel (*.xlsx)"))
        if not path:
            return
        path = _save_path(path)
        if Path(path).resolve() == source.resolve():
            widgets.show_warning(self, self.tr("Pilih nama lain"), self.tr(
                "Daftar galat tidak boleh menimpa berkas asli; pilih nama berkas lain."))
            return
        from ..worker import run_in_background
        from .wizard import write_errors

        self.error_copy_worker = run_in_background(
            self, write_errors, w.sheet, w.plan, path,
            title=self.tr("Simpan daftar galat"), label=self.tr("Menulis salinan berkas…"),
            on_done=self._error_copy_saved, cancellable=False)

    def _error_copy_saved(self, path: Path) -> None:
        widgets.show_info(self, self.tr("Daftar galat disimpan"), self.tr(
            "Salinan berkas dengan keterangan galat disimpan di:\n{path}\n\nBaris bermasalah "
            "berwarna merah dan keterangannya ada di kolom terakhir. Perbaiki, lalu impor berkas "
            "itu lagi; kolom 'Keterangan Galat' akan diabaikan.").format(path=str(path)))


# -------------------------------------------------------------------------------- 4. result


class ResultPage(_Page):
    """Step 4: the import itself, then what it did."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Langkah 4 dari 4 · Impor"))
        self.setSubTitle(self.tr("Semua klien baru disimpan dalam satu langkah: semuanya, atau "
                                 "tidak satu pun bila terjadi masalah."))
        self.setFinalPage(True)
        if wizard.kind != "clients":
            self.setSubTitle(self.tr("Semua baris disimpan dalam satu langkah: semuanya, atau "
                                     "tidak satu pun bila terjadi masalah."))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.busy = BusyBar()
        layout.addWidget(self.busy)
        self.headline = QLabel()
        self.headline.setObjectName("heading")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.details = _label()
        layout.addWidget(self.details)
        self.error_label = _label(name="error")
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        self.retry_button = button(self.tr("Kembali ke pratinjau"), "restore")
        self.retry_button.clicked.connect(self.back_to_preview)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._clear()

        wizard.importing_changed.connect(self._importing_changed)
        wizard.import_done.connect(self._done)
        wizard.import_failed.connect(self._failed)

    def _clear(self) -> None:
        self.headline.setText("")
        self.details.setText("")
        self.error_label.setText("")
        self.error_label.setVisible(False)
        self.retry_button.setVisible(False)

    def initializePage(self) -> None:
        self._clear()
        self._wizard.start_import()

    def cleanupPage(self) -> None:
        self._clear()

    def isComplete(self) -> bool:
        return self._wizard.import_result is not None and not self._wizard.importing

    def _importing_changed(self, on: bool) -> None:
        if on and self._wizard.kind != "clients":
            self.busy.start(self.tr("Menyimpan {what}… jangan tutup jendela ini.").format(
                what=self.what()))
        elif on:
            self.busy.start(self.tr("Menyimpan klien baru… jangan tutup jendela ini."))
        else:
            self.busy.stop()
        self.completeChanged.emit()

    def _done(self, result: ImportResult) -> None:
        if self._wizard.kind != "clients":
            self.headline.setText(self.tr("{n} baris {what} telah disimpan.", "",
                    result.new).format(
                n=format_number(result.new), what=self.what()))
            self.details.setText(self.tr("{n} baris dilewati karena sudah tersimpan.", "",
                    result.skipped).format(
                n=format_number(result.skipped)) if result.skipped else "")
            self.completeChanged.emit()
            return
        self.headline.setText(self.tr("{n} klien baru telah disimpan.", "", result.new).format(
            n=format_number(result.new)))
        lines = []
        if result.reg_numbers:
            first, last = result.reg_numbers[0], result.reg_numbers[-1]
            lines.append(self.tr("Nomor registrasi: {first} – {last}.").format(
                first=first, last=last) if first != last
                else self.tr("Nomor registrasi: {first}.").format(first=first))
        if result.skipped:
            lines.append(self.tr(
                "{n} baris dilewati karena kliennya sudah terdaftar (atau baris contoh "
                "templat).", "", result.skipped).format(n=format_number(result.skipped)))
        lines.append(self.tr(
            "Klien baru berstatus aktif pada tahap {stage}. Lengkapi persetujuan pengolahan "
            "data dan data lainnya dari halaman Klien.").format(stage=STAGES.name(FIRST_STAGE)))
        self.details.setText("\n\n".join(lines))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError | DomainError):
            message = error_text(exc)
        else:
            message = self.tr("Terjadi kesalahan tak terduga; rinciannya telah dicatat di "
                              "berkas log untuk petugas TI.")
        self.headline.setText(self.tr("Impor tidak dijalankan; tidak ada data yang disimpan."))
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        self.retry_button.setVisible(True)
        self.completeChanged.emit()

    def back_to_preview(self) -> None:
        self._wizard.back()
        self._wizard.replan_current()
