"""The attendance grid (participants × one session, set with H/S/I/A/T keys) and the monthly
recap grid (participants × session days with counts and the share present) as Qt models."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...domain.vocab import ATTENDANCE
from ...services.attendance import AttendanceSheet, MonthlyRecap
from ._common import ALIGN_CENTER, ALIGN_RIGHT, ROOT, AnyIndex, fmt_date, fmt_percent

#: Cell colours of the attendance codes (light, so that black text stays readable).
CODE_COLORS = {
    "H": QColor("#dff0e3"),
    "T": QColor("#eef5d6"),
    "S": QColor("#fdf0d2"),
    "I": QColor("#dceaf7"),
    "A": QColor("#f8d9d7"),
}


def code_label(code: str | None) -> str:
    return f"{code} · {ATTENDANCE.name(code)}" if code else "—"


# ----------------------------------------------------------------------------------- grid model


@dataclass
class GridRow:
    client_id: int
    reg_no: str
    name: str
    saved_code: str | None
    code: str | None
    saved_note: str | None
    note: str | None

    @property
    def changed(self) -> bool:
        return self.code != self.saved_code or (self.note or None) != (self.saved_note or None)

    @property
    def correction(self) -> bool:
        return self.saved_code is not None and self.code != self.saved_code


class AttendanceModel(QAbstractTableModel):
    """One row per participant of the session; the code column is set with keys or buttons,
    the note column is edited in place."""

    NO, REG, NAME, CODE, NOTE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self.headers = [self.tr("No."), self.tr("No. registrasi"), self.tr("Nama peserta"),
                        self.tr("Kehadiran"), self.tr("Catatan")]

    def load(self, sheet: AttendanceSheet | None) -> None:
        self.beginResetModel()
        self.rows = [] if sheet is None else [
            GridRow(r.client_id, r.reg_no, r.client_name, r.code, r.code, r.note, r.note)
            for r in sheet.rows
        ]
        self.endResetModel()

    # ---- editing
    def set_code(self, row: int, code: str | None) -> None:
        if 0 <= row < len(self.rows) and self.rows[row].code != code:
            self.rows[row].code = code
            self._row_changed(row)

    def set_all(self, code: str) -> None:
        for r in self.rows:
            r.code = code
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.NOTE))

    def set_blank(self, code: str) -> None:
        """Fill only the rows not marked yet."""
        for row, r in enumerate(self.rows):
            if r.code is None:
                r.code = code
                self._row_changed(row)

    def revert(self) -> None:
        self.beginResetModel()
        for r in self.rows:
            r.code, r.note = r.saved_code, r.saved_note
        self.endResetModel()

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.NOTE))

    # ---- what to save
    def codes(self) -> dict[int, str]:
        return {r.client_id: r.code for r in self.rows if r.code is not None}

    def notes(self) -> dict[int, str]:
        return {r.client_id: r.note or "" for r in self.rows
                if (r.note or None) != (r.saved_note or None)}

    def corrections(self) -> list[GridRow]:
        return [r for r in self.rows if r.correction]

    def blanks(self) -> list[GridRow]:
        return [r for r in self.rows if r.code is None]

    def is_dirty(self) -> bool:
        return any(r.changed for r in self.rows)

    def counts(self) -> dict[str, int]:
        out = {c: 0 for c in ATTENDANCE.codes}
        for r in self.rows:
            if r.code:
                out[r.code] = out.get(r.code, 0) + 1
        return out

    # ---- Qt interface
    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.NO:
                return str(index.row() + 1)
            if col == self.REG:
                return r.reg_no
            if col == self.NAME:
                return r.name
            if col == self.CODE:
                return code_label(r.code) if role == Qt.ItemDataRole.DisplayRole else r.code
            if col == self.NOTE:
                return r.note or ""
        if role == Qt.ItemDataRole.BackgroundRole and col == self.CODE and r.code:
            return QBrush(CODE_COLORS.get(r.code, QColor("white")))
        if role == Qt.ItemDataRole.FontRole and r.changed and col in (self.CODE, self.NOTE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.NO,):
            return int(ALIGN_RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CODE and r.correction:
            return self.tr("Koreksi: sebelumnya {old}").format(old=code_label(r.saved_code))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CODE and r.changed:
            return self.tr("Belum disimpan")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = self.rows[index.row()]
        if index.column() == self.NOTE:
            r.note = str(value).strip() or None
        elif index.column() == self.CODE:
            code = str(value or "").strip().upper() or None
            if code is not None and code not in ATTENDANCE:
                return False
            r.code = code
        else:
            return False
        self._row_changed(index.row())
        return True


class AttendanceGrid(QTableView):
    """Typing H, S, I, A or T sets the current row and moves to the next one."""

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.grid_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(28)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(AttendanceModel.NO, 44)
        self.setColumnWidth(AttendanceModel.REG, 130)
        self.setColumnWidth(AttendanceModel.NAME, 260)
        self.setColumnWidth(AttendanceModel.CODE, 140)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        text = event.text().upper()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.AltModifier))
        if plain and len(text) == 1 and text in ATTENDANCE and self.state() != \
                QAbstractItemView.State.EditingState:
            self.set_code_and_advance(text)
            event.accept()
            return
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.state() != QAbstractItemView.State.EditingState:
            for row in self.selected_rows():
                self.grid_model.set_code(row, self.grid_model.rows[row].saved_code)
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def set_code_and_advance(self, code: str) -> None:
        """Set ``code`` on the selected rows (or the current one) and move below the last."""
        rows = self.selected_rows()
        if not rows:
            if not self.grid_model.rows:
                return
            rows = [0]
        for row in rows:
            self.grid_model.set_code(row, code)
        self.go_to_row(min(rows[-1] + 1, self.grid_model.rowCount() - 1))

    def go_to_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.grid_model.index(row, AttendanceModel.CODE)
        self.setCurrentIndex(index)
        self.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)


# ---------------------------------------------------------------------------------- recap model


class RecapModel(QAbstractTableModel):
    """Participants × session days, then H/S/I/A/T counts and the share present; a total row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.recap: MonthlyRecap | None = None
        self.fixed = [self.tr("No. registrasi"), self.tr("Nama")]

    def load(self, recap: MonthlyRecap | None) -> None:
        self.beginResetModel()
        self.recap = recap
        self.endResetModel()

    @property
    def days(self) -> list[date]:
        return self.recap.days if self.recap else []

    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        if parent.isValid() or self.recap is None:
            return 0
        return len(self.recap.rows) + (1 if self.recap.rows else 0)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        if parent.isValid() or self.recap is None:
            return 0
        return len(self.fixed) + len(self.days) + len(ATTENDANCE.codes) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.recap is None:
            return None
        n_fixed, n_days = len(self.fixed), len(self.days)
        codes = ATTENDANCE.codes
        if role == Qt.ItemDataRole.DisplayRole:
            if section < n_fixed:
                return self.fixed[section]
            if section < n_fixed + n_days:
                return str(self.days[section - n_fixed].day)
            if section < n_fixed + n_days + len(codes):
                return codes[section - n_fixed - n_days]
            return "%"
        if role == Qt.ItemDataRole.ToolTipRole:
            if n_fixed <= section < n_fixed + n_days:
                return fmt_date(self.days[section - n_fixed])
            if n_fixed + n_days <= section < n_fixed + n_days + len(codes):
                return ATTENDANCE.name(codes[section - n_fixed - n_days])
            if section == n_fixed + n_days + len(codes):
                return self.tr("Persentase hadir (H dan T) dari pertemuan yang tercatat")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.recap is None:
            return None
        recap = self.recap
        n_fixed, n_days = len(self.fixed), len(self.days)
        codes = ATTENDANCE.codes
        col = index.column()
        total_row = index.row() == len(recap.rows)
        row = None if total_row else recap.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "" if row is None else row.reg_no
            if col == 1:
                return self.tr("Jumlah") if row is None else row.client_name
            if col < n_fixed + n_days:
                return "" if row is None else row.codes.get(self.days[col - n_fixed], "")
            if col < n_fixed + n_days + len(codes):
                code = codes[col - n_fixed - n_days]
                counts = recap.totals if row is None else row.counts
                return str(counts.get(code, 0))
            return fmt_percent(recap.percent if row is None else row.percent)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= n_fixed:
            return int(ALIGN_CENTER if col < n_fixed + n_days else ALIGN_RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and row is not None and \
                n_fixed <= col < n_fixed + n_days:
            code = row.codes.get(self.days[col - n_fixed], "")
            color = CODE_COLORS.get(code[:1]) if code else None
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.FontRole and total_row:
            font = QFont()
            font.setBold(True)
            return font
        return None
