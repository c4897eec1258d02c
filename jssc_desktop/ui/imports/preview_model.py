"""The preview table of the import wizard: one line per sheet row that will be imported or skipped,
and one line per problem ('Baris N, kolom X: pesan'), problems in red. A proxy shows only the
problems when the user asks for them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...domain.cells import cell_text
from ...services.imports import ImportPlan, Sheet
from ..widgets import message_text

Index = QModelIndex | QPersistentModelIndex

NEW, SKIP, ERROR = "baru", "lewati", "galat"
ERROR_BACKGROUND = QColor("#fbe3e4")
ERROR_TEXT = QColor("#8b1a1a")
WARNING_TEXT = QColor("#8a4b00")
SKIP_TEXT = QColor("#5b6873")


@dataclass(frozen=True)
class PreviewRow:
    row: int        # the sheet's row number, as Excel shows it
    name: str
    action: str     # NEW | SKIP | ERROR
    note: str
    warning: bool = False


class Col(IntEnum):
    ROW = 0
    NAME = 1
    ACTION = 2
    NOTE = 3


def preview_rows(sheet: Sheet | None, plan: ImportPlan) -> list[PreviewRow]:
    """Planned rows and problems, in sheet order (a row's problems after the row itself)."""
    name_col = next((c for c, k in plan.mapping.items() if k == "name"), None)

    def name_of(row_no: int) -> str:
        if sheet is None or name_col is None or not 0 < row_no <= len(sheet.rows):
            return ""
        raw = sheet.rows[row_no - 1]
        return (cell_text(raw[name_col]) if name_col < len(raw) else None) or ""

    out: list[PreviewRow] = []
    for r in plan.rows:
        name = str(r.values.get("name") or "") or name_of(r.row)
        if r.action == "baru":
            warnings = getattr(r, "warnings", ())  # only client rows carry warnings
            out.append(PreviewRow(r.row, name, NEW, "; ".join(map(message_text, warnings)),
                                  bool(warnings)))
        else:
            out.append(PreviewRow(r.row, name, SKIP, message_text(r.note)))
    for issue in plan.errors:
        header = issue.row == plan.header_row
        out.append(PreviewRow(issue.row, "" if header else name_of(issue.row), ERROR,
                              message_text(issue.text())))
    out.sort(key=lambda p: (p.row, p.action == ERROR))
    return out


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PreviewRow] = []
        self.headers = {
            Col.ROW: self.tr("Baris"),
            Col.NAME: self.tr("Nama"),
            Col.ACTION: self.tr("Tindakan"),
            Col.NOTE: self.tr("Keterangan"),
        }
        self.actions = {
            NEW: self.tr("Baru"),
            SKIP: self.tr("Dilewati"),
            ERROR: self.tr("Bermasalah"),
        }

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Col)):
            return self.headers[Col(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Col.ROW:
                return str(r.row)
            if col == Col.NAME:
                return r.name
            if col == Col.ACTION:
                return self.actions[r.action]
            return r.note
        if role == Qt.ItemDataRole.ToolTipRole and col in (Col.NOTE, Col.NAME) and r.note:
            return r.note
        if role == Qt.ItemDataRole.BackgroundRole and r.action == ERROR:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.action == ERROR:
                return QBrush(ERROR_TEXT)
            if r.warning and col == Col.NOTE:
                return QBrush(WARNING_TEXT)
            if r.action == SKIP:
                return QBrush(SKIP_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Col.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProblemFilter(QSortFilterProxyModel):
    """Everything, or only the problems."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.only_problems = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_problems = on
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only_problems:
            return True
        model = self.sourceModel()
        assert isinstance(model, PreviewModel)
        return model.rows[source_row].action == ERROR
