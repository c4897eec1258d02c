"""The client list as a lazily paged table model.

Only the rows scrolled into view are fetched: ``canFetchMore``/``fetchMore`` ask the service for
the next 200 rows (offset/limit, filtered and sorted in SQL), so a UPT with 100,000 clients opens
the list as fast as one with 100.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...services.base import Page
from ...services.clients import ClientQuery, ClientRow
from ..widgets import short_region_name, short_stage_name, short_status_name

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REG_NO = 0
    NAME = 1
    SEX = 2
    AGE = 3
    NIK = 4
    KAB_KOTA = 5
    PPKS = 6
    STAGE = 7
    STATUS = 8


#: Columns sorted in SQL: (sort key, whether the key runs opposite to the column).
SORTABLE: dict[Column, tuple[str, bool]] = {
    Column.REG_NO: ("reg_no", False),
    Column.NAME: ("name", False),
    Column.AGE: ("birth_date", True),  # older first = earlier birth date first
    Column.STATUS: ("status", False),
}

Loader = Callable[[ClientQuery], Page[ClientRow]]


class ClientTableModel(QAbstractTableModel):
    """Rows of :class:`ClientRow`, fetched page by page through ``loader``."""

    #: Emitted after every (re)load and fetch with the number of matching clients.
    total_changed = Signal(int)
    #: Emitted when loading failed; the page shows the error.
    load_failed = Signal(object)

    def __init__(self, loader: Loader, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.loader = loader
        self.query = ClientQuery(limit=PAGE_SIZE)
        self.rows: list[ClientRow] = []
        self.total = 0
        self.sort_column = Column.NAME
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.headers = {
            Column.REG_NO: self.tr("No. Registrasi"),
            Column.NAME: self.tr("Nama"),
            Column.SEX: self.tr("L/P"),
            Column.AGE: self.tr("Umur"),
            Column.NIK: self.tr("NIK"),
            Column.KAB_KOTA: self.tr("Kab/Kota"),
            Column.PPKS: self.tr("Kategori PPKS"),
            Column.STAGE: self.tr("Tahapan"),
            Column.STATUS: self.tr("Status"),
        }

    # ----------------------------------------------------------------------------- loading

    def set_query(self, query: ClientQuery) -> None:
        """New filters: start again from the first page."""
        self.query = replace(query, sort=self.query.sort, descending=self.query.descending,
                             offset=0, limit=PAGE_SIZE)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.total = 0
        try:
            page = self.loader(replace(self.query, offset=0, limit=PAGE_SIZE))
        except Exception as exc:  # noqa: BLE001 - shown by the page
            self.endResetModel()
            self.total_changed.emit(0)
            self.load_failed.emit(exc)
            return
        self.rows = list(page.rows)
        self.total = page.total
        self.endResetModel()
        self.total_changed.emit(self.total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or len(self.rows) >= self.total:
            return
        try:
            page = self.loader(replace(self.query, offset=len(self.rows), limit=PAGE_SIZE))
        except Exception as exc:  # noqa: BLE001
            self.total = len(self.rows)  # stop asking until the next reload
            self.load_failed.emit(exc)
            return
        new = list(page.rows)
        if not new:
            self.total = len(self.rows)  # someone deleted rows meanwhile
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        self.rows.extend(new)
        self.endInsertRows()
        if page.total != self.total:
            self.total = max(page.total, len(self.rows))
            self.total_changed.emit(self.total)

    # ------------------------------------------------------------------------------ sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        try:
            col = Column(column)
        except ValueError:
            return
        if col not in SORTABLE:
            return  # sorting those in SQL would need indexes nobody asked for
        key, inverted = SORTABLE[col]
        descending = (order == Qt.SortOrder.DescendingOrder) != inverted
        self.sort_column, self.sort_order = col, order
        if self.query.sort == key and self.query.descending == descending:
            return
        self.query = replace(self.query, sort=key, descending=descending)
        self.reload()

    # --------------------------------------------------------------------------- table model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and Column(section) not in SORTABLE:
            return self.tr("Kolom ini tidak dapat diurutkan; pakai penyaring di atas tabel.")
        return None

    def row_at(self, row: int) -> ClientRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.SEX, Column.AGE):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and r.status != "aktif":
            return QBrush(QColor("#6b7780"))
        if role == Qt.ItemDataRole.ToolTipRole:
            full = {Column.PPKS: r.ppks_name, Column.STAGE: r.stage_name,
                    Column.KAB_KOTA: r.kab_kota_name, Column.NAME: r.name,
                    Column.STATUS: r.status_name}
            return full.get(col)
        return None

    def _display(self, r: ClientRow, col: Column) -> str:
        if col == Column.REG_NO:
            return r.reg_no
        if col == Column.NAME:
            return r.name
        if col == Column.SEX:
            return r.sex
        if col == Column.AGE:
            return "" if r.age is None else str(r.age)
        if col == Column.NIK:
            return r.nik_display
        if col == Column.KAB_KOTA:
            return short_region_name(r.kab_kota_name)
        if col == Column.PPKS:
            return r.ppks_name
        if col == Column.STAGE:
            return short_stage_name(r.stage_name)
        return short_status_name(r.status_name)
