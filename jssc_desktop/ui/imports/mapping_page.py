"""Step 2 of the import wizard: which column of the sheet holds which client field, with sample
values per column, the columns not recognised in yellow and the errors each column causes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain.cells import cell_text
from ...domain.errors import DomainError
from ...domain.formatting import format_number
from ..widgets import error_text
from .busy import BusyBar
from .pages import _column_letter, _label, _Page, _sample_text, problem_rows

if TYPE_CHECKING:
    from .wizard import ImportWizard

UNMAPPED_BACKGROUND = QColor("#fff3d6")
SAMPLES = 3


# ------------------------------------------------------------------------------- 2. mapping


class MappingColumn:
    """Columns of the mapping table."""

    LETTER, HEADER, FIELD, SAMPLE1, SAMPLE2, SAMPLE3, ERRORS = range(7)


class MappingPage(_Page):
    """Step 2: which column of the sheet holds which client field."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Langkah 2 dari 4 · Cocokkan kolom"))
        self.setSubTitle(self.tr(
            "Periksa kolom mana di berkas Anda berisi data apa. Kolom yang belum dikenali "
            "ditandai kuning: pilih isinya, atau biarkan '(abaikan)'."))
        self.combos: dict[int, QComboBox] = {}
        self._shown_headers: tuple[int, tuple[tuple[int, str], ...]] | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(_label(self.tr("Baris judul kolom di lembar:"), wrap=False))
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 30)
        self.header_spin.setToolTip(self.tr(
            "Nomor baris (seperti di Excel) yang berisi judul kolom. Ditemukan otomatis; ubah "
            "bila salah."))
        self.header_spin.valueChanged.connect(self._header_row_changed)
        top.addWidget(self.header_spin)
        top.addSpacing(16)
        self.file_label = _label(name="hint", wrap=False)
        top.addWidget(self.file_label, 1)
        layout.addLayout(top)

        self.note_label = _label(name="warning")
        self.note_label.setVisible(False)
        layout.addWidget(self.note_label)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Kolom"), self.tr("Judul di berkas"), self.tr("Diisi ke data"),
            self.tr("Contoh isi 1"), self.tr("Contoh isi 2"), self.tr("Contoh isi 3"),
            self.tr("Galat")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in ((MappingColumn.LETTER, 56), (MappingColumn.HEADER, 190),
                           (MappingColumn.FIELD, 230), (MappingColumn.SAMPLE1, 160),
                           (MappingColumn.SAMPLE2, 160), (MappingColumn.SAMPLE3, 160),
                           (MappingColumn.ERRORS, 60)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(MappingColumn.SAMPLE3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        layout.addWidget(self.table, 1)

        self.unmapped_label = _label(name="warning")
        self.missing_label = _label(name="error")
        self.summary_label = _label(name="hint")
        self.error_label = _label(name="error")
        for label in (self.unmapped_label, self.missing_label, self.summary_label,
                      self.error_label):
            label.setVisible(False)
            layout.addWidget(label)
        self.busy = BusyBar()
        layout.addWidget(self.busy)

        wizard.planning_changed.connect(self._planning_changed)
        wizard.plan_changed.connect(self._sync)
        wizard.plan_failed.connect(self._failed)

    # ---- QWizardPage
    def initializePage(self) -> None:
        w = self._wizard
        if w.needs_loading():
            self._shown_headers = None
            self.table.setRowCount(0)
            self.combos.clear()
            for label in (self.unmapped_label, self.missing_label, self.summary_label,
                          self.error_label, self.note_label):
                label.setVisible(False)
            w.load()
        else:
            self._sync()
        self._planning_changed(w.planning)

    def isComplete(self) -> bool:
        w = self._wizard
        return not w.planning and w.plan is not None and w.load_error is None

    # ---- reacting to the wizard
    def _planning_changed(self, on: bool) -> None:
        if on:
            first = self._wizard.sheet is None
            self.busy.start(self.tr("Membaca berkas dan memeriksa setiap baris…") if first
                            else self.tr("Memeriksa ulang setiap baris dengan pemetaan baru…"))
        else:
            self.busy.stop()
        self.header_spin.setEnabled(not on and self._wizard.sheet is not None)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc) if isinstance(exc, DomainError) else self.tr(
            "Berkas tidak dapat diperiksa karena kesalahan program; rinciannya dicatat di "
            "berkas log.")
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        self.completeChanged.emit()

    def _sync(self) -> None:
        """Show the wizard's current plan: rebuild the rows only when the headers changed."""
        w = self._wizard
        plan, sheet = w.plan, w.sheet
        if plan is None or sheet is None:
            return
        self.error_label.setVisible(False)
        self.file_label.setText(self.tr("{file}, lembar {sheet}: {rows} baris data", "",
                len(plan.rows) + problem_rows(plan)).format(
            file=plan.file_name, sheet=plan.sheet_name,
            rows=format_number(len(plan.rows) + problem_rows(plan))))
        self.note_label.setText(w.note)
        self.note_label.setVisible(bool(w.note) and not plan.mapping)
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, min(30, len(sheet.rows))))
        self.header_spin.setValue(plan.header_row)
        self.header_spin.blockSignals(False)
        shown = (plan.header_row, tuple(sorted(plan.headers.items())))
        if shown != self._shown_headers:
            self._build_rows()
            self._shown_headers = shown
        self._update_rows()
        self._update_status()
        self.completeChanged.emit()

    def _build_rows(self) -> None:
        w = self._wizard
        plan, sheet = w.plan, w.sheet
        assert plan is not None and sheet is not None
        columns = sorted(plan.headers)
        samples = self._samples(columns)
        self.table.setRowCount(0)
        self.combos.clear()
        self.table.setRowCount(len(columns))
        for row, col in enumerate(columns):
            letter = QTableWidgetItem(_column_letter(col))
            letter.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, MappingColumn.LETTER, letter)
            header = QTableWidgetItem(plan.headers[col])
            header.setToolTip(plan.headers[col])
            self.table.setItem(row, MappingColumn.HEADER, header)
            combo = QComboBox()
            combo.addItem(self.tr("(abaikan)"), None)
            for c in self._wizard.columns:
                text = self.tr("{label} (wajib)").format(label=c.label) if c.required \
                    else c.label
                combo.addItem(text, c.key)
                if getattr(c, "hint", ""):
                    combo.setItemData(combo.count() - 1, c.hint, Qt.ItemDataRole.ToolTipRole)
            combo.setMaxVisibleItems(20)
            combo.currentIndexChanged.connect(lambda _i, c=col: self._combo_changed(c))
            self.table.setCellWidget(row, MappingColumn.FIELD, combo)
            self.combos[col] = combo
            for n in range(SAMPLES):
                text = samples[col][n] if n < len(samples[col]) else ""
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, MappingColumn.SAMPLE1 + n, item)
            errors = QTableWidgetItem("")
            errors.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, MappingColumn.ERRORS, errors)

    def _samples(self, columns: list[int]) -> dict[int, list[str]]:
        """The first few filled values under the header, per column."""
        w = self._wizard
        assert w.plan is not None and w.sheet is not None
        out: dict[int, list[str]] = {c: [] for c in columns}
        for raw in w.sheet.rows[w.plan.header_row:]:
            if all(cell_text(v) is None for v in raw):
                continue
            for c in columns:
                if len(out[c]) < SAMPLES:
                    out[c].append(_sample_text(raw[c]) if c < len(raw) else "")
            if all(len(v) >= SAMPLES for v in out.values()):
                break
        return out

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        return item

    def _update_rows(self) -> None:
        w = self._wizard
        assert w.plan is not None
        errors_by_header: dict[str, int] = {}
        for issue in w.plan.errors:
            errors_by_header[issue.column] = errors_by_header.get(issue.column, 0) + 1
        for row, col in enumerate(sorted(self.combos)):
            combo = self.combos[col]
            key = w.mapping.get(col)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(key)))
            combo.blockSignals(False)
            unmapped = key is None
            header_text = w.plan.headers.get(col, "")
            tip = self.tr("Kolom ini belum dikenali dan akan diabaikan; pilih isinya bila "
                          "perlu diimpor.") if unmapped else ""
            for c in (MappingColumn.LETTER, MappingColumn.HEADER):
                item = self._item(row, c)
                item.setBackground(QBrush(UNMAPPED_BACKGROUND) if unmapped else QBrush())
                item.setToolTip(tip or header_text)
            count = errors_by_header.get(header_text, 0) if key else 0
            item = self._item(row, MappingColumn.ERRORS)
            item.setText(format_number(count) if count else "")
            item.setForeground(QBrush(QColor("#a12622")))
            item.setToolTip(self.tr("{n} galat di kolom ini; rinciannya di langkah berikutnya.", "",
                    count)
                            .format(n=count) if count else "")

    def _update_status(self) -> None:
        w = self._wizard
        plan = w.plan
        assert plan is not None
        unmapped = self.unmapped_headers()
        self.unmapped_label.setText(self.tr(
            "Belum dikenali, akan diabaikan: {names}.").format(names=", ".join(unmapped)))
        self.unmapped_label.setVisible(bool(unmapped))
        missing = [c.label for c in w.columns
                   if c.required and c.key not in w.mapping.values()]
        self.missing_label.setText(self.tr(
            "Kolom wajib belum ada: {names}. Pilih kolom berkas yang berisi data itu.").format(
                names=", ".join(missing)))
        self.missing_label.setVisible(bool(missing))
        self.summary_label.setText(self.tr(
            "Hasil pemeriksaan: {new} baris siap diimpor, {skipped} dilewati, {bad}.", "",
            plan.new).format(
                new=format_number(plan.new), skipped=format_number(plan.skipped),
                bad=self.tr("{n} baris bermasalah", "", problem_rows(plan)).format(
                    n=format_number(problem_rows(plan)))))
        self.summary_label.setVisible(True)

    # ---- user actions
    def unmapped_headers(self) -> list[str]:
        """Headers of the sheet that no client field takes (shown in yellow)."""
        w = self._wizard
        if w.plan is None:
            return []
        return [h for c, h in sorted(w.plan.headers.items()) if c not in w.mapping]

    def column_of(self, header: str) -> int | None:
        """The column index of a header text (for tests and keyboard users alike)."""
        w = self._wizard
        if w.plan is None:
            return None
        return next((c for c, h in w.plan.headers.items() if h == header), None)

    def _combo_changed(self, column: int) -> None:
        combo = self.combos.get(column)
        if combo is None:
            return
        key = combo.currentData()
        if key is not None and key not in {c.key for c in self._wizard.columns}:
            return
        self._wizard.assign(column, key)
        self._update_rows_now()

    def _update_rows_now(self) -> None:
        # Reflect the new mapping at once (another column may have given up the field);
        # the error counts follow when the new plan arrives.
        for col, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(self._wizard.mapping.get(col))))
            combo.blockSignals(False)

    def _header_row_changed(self, value: int) -> None:
        self._wizard.set_header_row(value)
