"""Pieces shared by the work pages: a table model over view dataclasses, a table view that hands
back the selected record, one-call service invocation with error display, and a page base class
that refreshes itself when other pages announce a change.

A table here never holds ORM objects: its rows are the frozen View dataclasses the services
return, and each column says how to show a row and how to sort it (on the raw value, so that
dates and money sort as dates and money, not as text).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.fields import Registry
from ...domain.formatting import (
    format_date,
    format_date_short,
    format_number,
    format_percent,
    format_rupiah,
)
from .. import usecase
from ..context import AppContext
from ..fields import apply_limits, export_header, field_label
from ..usecase import FAILED
from ..widgets import EXPORT_ROLE, INDONESIAN, dialog_buttons, tr

log = logging.getLogger("jssc_desktop.ui.pages")

AnyIndex = QModelIndex | QPersistentModelIndex
#: The invisible root of a model, the default parent of rowCount/columnCount.
ROOT = QModelIndex()

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter


def call(parent: QWidget | None, ctx: AppContext, fn: Callable[..., Any], *args: Any,
         changes: Iterable[RecordKind] = (), on_reload: Callable[[], None] | None = None,
         **kwargs: Any) -> Any:
    """Run one service function as the logged-in user through :func:`ui.usecase.run`.

    Returns the service's result, or :data:`FAILED` after showing the error in plain Indonesian
    (nothing was written: the unit of work rolled back). ``changes`` are announced on success.
    """
    return usecase.run(parent, ctx, fn, *args, changes=changes, on_reload=on_reload, **kwargs)


# ---------------------------------------------------------------------------------- formatting


def fmt_date(value: date | None) -> str:
    return format_date(value)


def fmt_date_short(value: date | None) -> str:
    return format_date_short(value)


def fmt_money(value: int | float | None) -> str:
    return format_rupiah(value) if value is not None else ""


def fmt_number(value: int | float | None, digits: int = 0) -> str:
    return format_number(value, digits) if value is not None else ""


def fmt_percent(value: float | None) -> str:
    return format_percent(value) if value is not None else "—"


# --------------------------------------------------------------------------------- table model


@dataclass(frozen=True)
class Column:
    """One column: its (translated) header, how a row is shown, how it sorts."""

    header: str
    text: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    background: Callable[[Any], QColor | None] | None = None
    bold: Callable[[Any], bool] | None = None
    width: int | None = None
    #: the registry field the column shows (its header is then the registry's export header)
    field: str | None = None


def field_column(registry: Registry, name: str, text: Callable[[Any], Any], *args: Any,
                 **kwargs: Any) -> Column:
    """A column showing registry field ``name``: its header is the registry's export header."""
    return Column(export_header(registry, name), text, *args, field=name, **kwargs)


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of view dataclasses, one row per record."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    # ---- data access
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def find(self, predicate: Callable[[Any], bool]) -> int:
        for i, r in enumerate(self.rows):
            if predicate(r):
                return i
        return -1

    def replace_row(self, index: int, row: Any) -> None:
        self.rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.columns) - 1))

    # ---- Qt interface
    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].align:
                return int(self.columns[section].align)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.text(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            value = column.sort(row) if column.sort else column.text(row)
            return _sortable(value)
        if role == EXPORT_ROLE:
            value = column.sort(row) if column.sort else column.text(row)
            return value if isinstance(value, int | float | date) else None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            color = column.foreground(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            color = column.background(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        return None


def _sortable(value: Any) -> Any:
    """Qt sorts QVariants; give it plain comparable values (None sorts first)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.toordinal()
    if isinstance(value, bool):
        return int(value)
    return value


class SortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and filters on the shown text of every column (case-insensitive)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)


class DataTable(QTableView):
    """A sortable, row-selecting table over a :class:`RowsModel`."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None, *,
                 multi: bool = False, stretch: int | None = None) -> None:
        super().__init__(parent)
        self.source = RowsModel(columns, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                              else QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch is None)
        header.setMinimumSectionSize(40)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for i, column in enumerate(columns):
            if column.width:
                self.setColumnWidth(i, column.width)
        self._fit_headers(columns, stretch)

    def _fit_headers(self, columns: Sequence[Column], stretch: int | None) -> None:
        """Widen a column whose header text would be cut ("icipants" for "Participants"):
        its width is at least the header's text in the semi-bold of the application's style
        sheet (``QHeaderView::section``: 600, padding 6 px a side, a 1 px border) and a little
        slack."""
        font = QFont(self.horizontalHeader().font())
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        for i, column in enumerate(columns):
            if i == stretch:
                continue
            widest = max(metrics.horizontalAdvance(line) for line in column.header.split("\n"))
            needed = widest + 2 * 6 + 1 + 6
            if self.columnWidth(i) < needed:
                self.setColumnWidth(i, needed)

    def set_rows(self, rows: Iterable[Any], *, keep: Callable[[Any], Any] | None = None) -> None:
        """Replace the rows; with ``keep`` (a key function) the same record stays selected."""
        wanted = None
        if keep is not None:
            current = self.current()
            wanted = keep(current) if current is not None else None
        self.source.set_rows(rows)
        if wanted is not None and keep is not None:
            self.select_where(lambda r: keep(r) == wanted)

    def current(self) -> Any:
        """The record of the current (selected) row, or None."""
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        index = rows[0] if rows else self.currentIndex()
        if not index.isValid() or (rows == [] and not self.selectionModel().isSelected(index)):
            return None
        return index.data(ROW_ROLE)

    def selected(self) -> list[Any]:
        """Records of all selected rows, in display order."""
        indexes = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ROW_ROLE) for i in indexes]

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        source_row = self.source.find(predicate)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.source.index(source_row, 0))
        if not index.isValid():
            return False
        self._select_only(index.row())
        self.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self._select_only(0)

    def _select_only(self, row: int) -> None:
        """Make ``row`` the one selected and current row, whatever keys are held.

        ``selectRow`` follows the keyboard: with Ctrl held, as when a live reload arrives while
        the user Ctrl-clicks, it would toggle an already selected row off and the page would lose
        the record it keeps selected."""
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(self.proxy.index(row, 0),
                                              flags.ClearAndSelect | flags.Rows)


# ------------------------------------------------------------------------------------ money field


class MoneyEdit(QDoubleSpinBox):
    """Rupiah without decimals, grouped with dots ('Rp 3.000.000'); up to Rp 1 triliun."""

    def __init__(self, parent: QWidget | None = None, *, maximum: float = 1e12) -> None:
        super().__init__(parent)
        self.setLocale(INDONESIAN)
        self.setDecimals(0)
        self.setRange(0, maximum)
        self.setSingleStep(50_000)
        self.setPrefix("Rp ")
        self.setGroupSeparatorShown(True)
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.setAlignment(ALIGN_RIGHT)
        self.setMinimumWidth(150)

    def amount(self) -> int:
        return int(round(self.value()))

    def set_amount(self, value: int | float | None) -> None:
        self.setValue(float(value or 0))


# ------------------------------------------------------------------------------------ files


def open_file(path: Path) -> bool:
    """Open a document with the program Windows (or the desktop) associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def temp_dir(prefix: str) -> Path:
    """A private folder for generated previews, removed by the system's temp cleanup."""
    return Path(tempfile.mkdtemp(prefix=f"jssc-{prefix}-"))


def documents_dir() -> str:
    """Where save dialogs start: the user's Documents folder when there is one."""
    home = Path.home()
    for name in ("Documents", "Dokumen", "My Documents"):
        if (home / name).is_dir():
            return str(home / name)
    return str(home) if home.is_dir() else os.getcwd()



# ---------------------------------------------------------------------------------- page base


class PageBase(QWidget):
    """A page that reloads when data it shows changes elsewhere, lazily while hidden.

    ``topics`` are the :class:`RecordKind` values whose changes this page shows.
    """

    topics: frozenset[RecordKind] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self.watcher = usecase.ChangeWatcher(ctx, self, self.topics, self.refresh)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:  # pragma: no cover - every page overrides
        self._dirty = False

    def call(self, fn: Callable[..., Any], *args: Any,
             changes: Iterable[RecordKind] = (), **kwargs: Any) -> Any:
        return call(self, self.ctx, fn, *args, changes=changes, **kwargs)

    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """:meth:`call` for a use case that only reads (a list's page): in a read-only unit of
        work, which neither waits for nor holds up a writer."""
        return call(self, self.ctx, fn, *args, read_only=True, **kwargs)

    def announce(self, *kinds: RecordKind) -> None:
        """Tell every open page that records of ``kinds`` changed (this page included)."""
        usecase.announce(self.ctx, kinds, source=self)


def t(text: str) -> str:
    """Translate text in module-level code of the pages."""
    return tr(text, "Pages")


# ---------------------------------------------------------------------------------- form dialog


class FormDialog(QDialog):
    """A dialog with a form that saves through a service when the user presses Simpan.

    Subclasses fill ``self.form`` (registering each field widget under the service's field name
    with :meth:`add_field`) and implement :meth:`save`. A refused save keeps the dialog open with
    everything typed, shows the Indonesian message and puts the cursor in the field concerned.
    """

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None, *,
                 ok_text: str | None = None, width: int = 480) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_view: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.layout_.addLayout(self.form)
        self.fields: dict[str, QWidget] = {}
        self.buttons = dialog_buttons(self, ok_text, save_shortcut=True)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def finish_layout(self) -> None:
        """Call at the end of the subclass's constructor: buttons go last."""
        self.layout_.addWidget(self.buttons)

    def add_field(self, label: str, widget: QWidget, name: str | None = None) -> QWidget:
        self.form.addRow(label, widget)
        if name:
            self.fields[name] = widget
        return widget

    #: the field registry of the record kind the dialog edits (``domain/fields.py``)
    registry: Registry | None = None

    def add_spec(self, name: str, widget: QWidget) -> QWidget:
        """A field of :attr:`registry`: its label and length limit come from the registry."""
        assert self.registry is not None, "set the dialog's registry first"
        spec = self.registry[name]
        apply_limits(widget, spec)
        return self.add_field(field_label(spec), widget, name)

    def save(self, s: Any) -> Any:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    #: what a successful save changed (announced to every open page)
    changes: tuple[RecordKind, ...] = ()

    #: the administrator's correction reason for data in a locked period, while saving
    lock_reason: str | None = None

    #: the user confirmed an unusual but allowed input (ConfirmationRequired), while saving;
    #: subclasses pass it to services that take ``confirmed``
    confirmed: bool = False

    def _save(self, s: Any, _actor: Any, lock_reason: str | None = None,
              confirmed: bool = False) -> Any:
        self.lock_reason = lock_reason
        self.confirmed = confirmed
        return self.save(s)

    def accept(self) -> None:
        result = usecase.run(self, self.ctx, self._save, changes=self.changes,
                             fields=self.fields)
        if result is FAILED:
            return
        self.result_view = result
        super().accept()


def text_or_none(widget: QLineEdit | QPlainTextEdit) -> str | None:
    value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    value = value.strip()
    return value or None


def combo_select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def ask_date(parent: QWidget | None, title: str, text: str, default: date,
             ok_text: str | None = None) -> date | None:
    """Ask for one date (e.g. the graduation date); None when cancelled."""
    from ..widgets import DateEdit

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(label)
    edit = DateEdit(value=default)
    layout.addWidget(edit)
    layout.addWidget(dialog_buttons(dialog, ok_text or tr("Lanjutkan")))
    dialog.setMinimumWidth(380)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.value()


def toolbar(*widgets: QWidget | None, stretch: bool = True) -> QHBoxLayout:
    """A row of buttons (None leaves a gap), left-aligned."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        if w is None:
            row.addSpacing(12)
        else:
            row.addWidget(w)
    if stretch:
        row.addStretch(1)
    return row


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("subheading")
    return label
