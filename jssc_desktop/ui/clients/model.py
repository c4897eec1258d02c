"""The client list as a lazily paged table model.

Only the rows scrolled into view are fetched: ``canFetchMore``/``fetchMore`` ask the service for
the next 2,000 rows after the sort key of the last row already shown (filtered, sorted and paged by
key in SQL), so a UPT with 100,000 clients opens the list as fast as one with 100 and scrolling
to its end reads each row once. The clients are counted once per filter or sort change. The
rows stay database records (:func:`~jssc_desktop.services.client_list.scroll_clients`) until one
is painted or asked for: only then is it made into a :class:`ClientRow` and the text of its cells
prepared, once, not each time Qt paints it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any, overload

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...domain.codes import ClientStatus
from ...domain.fields import CLIENT as CLIENT_FIELDS
from ...domain.language import ENGLISH, display_language
from ...domain.vocab import SEXES
from ...services.base import Page
from ...services.client_list import ClientQuery, ClientRecords, ClientRow, SortKey
from ..fields import export_header
from ..widgets import EXPORT_ROLE, short_region_name, short_stage_name, short_status_name

PAGE_SIZE = 200
#: Rows asked for by each further page: fewer round trips when scrolling far (a page of 2,000
#: takes about 10 ms at 100,000 clients, of which the unit of work and the service are a few
#: tenths of a millisecond), while the first page stays small so the list opens at once.
FETCH_SIZE = 2000
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


#: The client field (``domain/fields.py``) each column shows, which gives its header in the list
#: and in the list's export; None for a column worked out from other fields.
FIELDS: dict[Column, str | None] = {
    Column.REG_NO: "reg_no",
    Column.NAME: "name",
    Column.SEX: "sex",
    Column.AGE: None,  # from the birth date
    Column.NIK: "nik",
    Column.KAB_KOTA: "kab_kota_code",
    Column.PPKS: "ppks_code",
    Column.STAGE: "current_stage",
    Column.STATUS: "status",
}

#: Columns sorted in SQL: (sort key, whether the key runs opposite to the column).
SORTABLE: dict[Column, tuple[str, bool]] = {
    Column.REG_NO: ("reg_no", False),
    Column.NAME: ("name", False),
    Column.AGE: ("birth_date", True),  # older first = earlier birth date first
    Column.STATUS: ("status", False),
}

Loader = Callable[[ClientQuery], Page[ClientRow] | ClientRecords]


class Rows(Sequence[ClientRow]):
    """The rows loaded so far, each made into a :class:`ClientRow` when first asked for."""

    def __init__(self) -> None:
        #: A database record until the row is first asked for, then its ClientRow.
        self.items: list[Any] = []
        self.make: Callable[[Any], ClientRow] | None = None

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, i: int) -> ClientRow: ...
    @overload
    def __getitem__(self, i: slice) -> list[ClientRow]: ...

    def __getitem__(self, i: int | slice) -> ClientRow | list[ClientRow]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self.items)))]
        item = self.items[i]
        if type(item) is not ClientRow:
            item = self.items[i] = self.make(item)  # type: ignore[misc]  # set with records
        return item  # type: ignore[no-any-return]  # a ClientRow by now

    def __iter__(self) -> Iterator[ClientRow]:
        return (self[i] for i in range(len(self.items)))

    def take(self, page: Page[ClientRow] | ClientRecords) -> int:
        """Append a page's rows (records stay records); returns how many."""
        if isinstance(page, ClientRecords):
            self.make = page.make
            self.items.extend(page.records)
            return len(page.records)
        self.items.extend(page.rows)
        return len(page.rows)


class ClientTableModel(QAbstractTableModel):
    """Rows of :class:`ClientRow`, fetched page by page through ``loader``."""

    #: Emitted after every (re)load and fetch with the number of matching clients.
    total_changed = Signal(int)
    #: Emitted when loading failed; the page shows the error.
    load_failed = Signal(object)

    def __init__(self, loader: Loader, parent=None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.query = ClientQuery(limit=PAGE_SIZE)
        self.rows = Rows()
        self.cells: list[tuple[str, ...] | None] = []
        self.after: SortKey | None = None
        self.total = 0
        self.sort_column = Column.NAME
        self.sort_order = Qt.SortOrder.AscendingOrder
        # The registry's header of each field shown; the age is worked out from the birth date.
        self.headers = {column: export_header(CLIENT_FIELDS, name) if name else self.tr("Umur")
                         for column, name in FIELDS.items()}

    # ----------------------------------------------------------------------------- loading

    def set_query(self, query: ClientQuery) -> None:
        """New filters: start again from the first page."""
        self.query = replace(query, sort=self.query.sort, descending=self.query.descending,
                             offset=0, limit=PAGE_SIZE)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows, self.cells, self.after = Rows(), [], None
        self.total = 0
        try:
            page = self.loader(replace(self.query, offset=0, limit=PAGE_SIZE, after=None,
                                       count=True))
        except Exception as exc:  # noqa: BLE001 - shown by the page
            self.endResetModel()
            self.total_changed.emit(0)
            self.load_failed.emit(exc)
            return
        self._take(page)
        self.total = page.total
        self.endResetModel()
        self.total_changed.emit(self.total)

    def _take(self, page: Page[ClientRow] | ClientRecords) -> None:
        self.cells.extend([None] * self.rows.take(page))  # made when first painted
        self.after = getattr(page, "after", None)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or len(self.rows) >= self.total:
            return
        if self.after is not None:
            query = replace(self.query, offset=0, limit=FETCH_SIZE, after=self.after, count=False)
        else:  # a loader that does not page by key
            query = replace(self.query, offset=len(self.rows), limit=FETCH_SIZE)
        try:
            page = self.loader(query)
        except Exception as exc:  # noqa: BLE001
            self.total = len(self.rows)  # stop asking until the next reload
            self.load_failed.emit(exc)
            return
        new = len(page.records if isinstance(page, ClientRecords) else page.rows)
        if not new:
            self.total = len(self.rows)  # someone deleted rows meanwhile
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + new - 1)
        self._take(page)
        self.endInsertRows()
        if page.total >= 0 and page.total != self.total:
            self.total = max(page.total, len(self.rows))
            self.total_changed.emit(self.total)
        elif new < query.limit and len(self.rows) != self.total:
            self.total = len(self.rows)  # the end came sooner: rows were deleted meanwhile
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
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and Column(section) not in SORTABLE:
            return self.tr("Kolom ini tidak dapat diurutkan; pakai penyaring di atas tabel.")
        return None

    def row_at(self, row: int) -> ClientRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not 0 <= row < len(self.rows) or not index.isValid():
            return None
        if role == _DISPLAY:
            cells = self.cells[row]
            if cells is None:
                cells = self.cells[row] = _cells(self.rows[row])
            return cells[index.column()]
        r = self.rows[row]
        if role == ID_ROLE:
            return r.id
        if role == ROW_ROLE:
            return r
        column = index.column()
        if role == EXPORT_ROLE:
            return r.age if column == Column.AGE else None  # exported as a number
        if role == _ALIGN:
            return _CENTER if column in _CENTERED else None
        if role == _FOREGROUND:
            return _MUTED if r.status != ClientStatus.RESIDENT else None
        if role == _TOOLTIP:
            full = {Column.PPKS: r.ppks_name, Column.STAGE: r.stage_name,
                    Column.KAB_KOTA: r.kab_kota_name, Column.NAME: r.name,
                    Column.STATUS: r.status_name}
            return full.get(column)  # type: ignore[call-overload]  # column may be any Column
        return None


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_CENTERED = (int(Column.SEX), int(Column.AGE))
_MUTED = QBrush(QColor("#6b7780"))


def _sex_letter(code: str | None) -> str:
    """``L``/``P`` as stored; in English the first letter of the English name (``M``/``F``)."""
    if code and display_language() == ENGLISH:
        return SEXES.name(code)[:1] or code
    return code or ""


def _cells(r: ClientRow) -> tuple[str, ...]:
    """The text of each column of one row, in :class:`Column` order."""
    return (r.reg_no, r.name, _sex_letter(r.sex), "" if r.age is None else str(r.age),
            r.nik_display, short_region_name(r.kab_kota_name), r.ppks_name,
            short_stage_name(r.stage_name), short_status_name(r.status_name))
