"""Any list on screen to Excel or CSV, exactly as the user sees it.

:func:`export_model` writes the visible columns (in the order the user arranged them, when the
table view is given) and rows of a Qt model, using each cell's display text, so a list exported
from a filtered, sorted table is the list on screen. A model that loads its rows lazily
(``canFetchMore``) is loaded completely first, after a question above 20,000 rows. The file is
written off the GUI thread by :func:`jssc_desktop.services.exports.export_table`, which keeps
every text a text (a name starting with '=' never becomes a formula).

Lists holding personal data (``sensitive=True``) are recorded in the access log of sensitive data
(UU 27/2022) in the same transaction that writes the file.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEventLoop,
    QModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLayout,
    QProgressDialog,
    QPushButton,
    QTableView,
    QToolBar,
    QWidget,
)

from ..domain.formatting import format_number
from ..fileutil import safe_file_name
from ..services.base import Actor
from ..storage.db import Database
from . import widgets
from .context import AppContext

log = logging.getLogger(__name__)

#: Above this many rows, loading a lazy list completely is confirmed first.
LARGE_EXPORT = 20_000
CONTEXT = "Export"

_last_dir: Path | None = None


def _tr(text: str) -> str:
    return widgets.tr(text, CONTEXT)

# ------------------------------------------------------------------------------------ pieces


def _privacy_logger() -> Callable[..., Any] | None:
    try:
        from ..services import privacy  # written separately; may be absent in this build
    except ImportError:
        return None
    try:
        return privacy.log_sensitive_export
    except AttributeError:
        return None


def _known_total(model: QAbstractItemModel) -> int | None:
    """The full row count of a lazily loaded model when it tells (``total``), through proxies."""
    current: Any = model
    while current is not None:
        total = getattr(current, "total", None)
        if isinstance(total, int):
            return total
        source = getattr(current, "sourceModel", None)
        current = source() if callable(source) else None
    return None


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, QDateTime):
        return value.toPython()
    if isinstance(value, QDate):
        return value.toPython()
    if isinstance(value, str):
        return value if value != "" else None
    if isinstance(value, (int, float, date)):
        return value
    return str(value)


def fetch_all(parent: QWidget | None, model: QAbstractItemModel) -> bool:
    """Load every row of a lazy model; False when the user declined or cancelled."""
    root = QModelIndex()
    if not model.canFetchMore(root):
        return True
    total = _known_total(model)
    asked = False
    if total is not None and total > LARGE_EXPORT:
        if not _confirm_large(parent, total):
            return False
        asked = True
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(_tr("Ekspor"))
    dialog.setLabelText(_tr("Mengambil semua baris daftar…"))
    dialog.setCancelButtonText(_tr("Batal"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setMinimumWidth(380)
    dialog.setRange(0, total or 0)
    try:
        while model.canFetchMore(root):
            before = model.rowCount(root)
            model.fetchMore(root)
            after = model.rowCount(root)
            if after <= before:
                break  # the model has nothing more to give, whatever it says
            if not asked and after > LARGE_EXPORT and model.canFetchMore(root):
                dialog.hide()
                if not _confirm_large(parent, None):
                    return False
                asked = True
            if total:
                dialog.setValue(min(after, total))
            QCoreApplication.processEvents()
            if dialog.wasCanceled():
                return False
        return True
    finally:
        dialog.reset()
        dialog.deleteLater()


def _confirm_large(parent: QWidget | None, total: int | None) -> bool:
    # tr with the count: the English plural form ("1 row", "2 rows")
    text = (QCoreApplication.translate("Export", "Daftar ini berisi {n} baris.", None, total)
            .format(n=format_number(total)) if total
            else QCoreApplication.translate("Export", "Daftar ini berisi lebih dari {n} baris.",
                                            None, LARGE_EXPORT).format(
                n=format_number(LARGE_EXPORT)))
    return widgets.ask_confirm(
        parent, _tr("Ekspor daftar besar"),
        text + " " + _tr("Mengambil semuanya dapat memakan waktu beberapa menit dan berkasnya "
                         "akan besar. Ekspor semua baris?"),
        yes=_tr("Ekspor semua"), no=_tr("Batal"))


_NUMBER_SHOWN = re.compile(r"^(-?)(Rp\s?)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(%?)")


def typed_cell(shown: Any, raw: Any) -> tuple[Any, str | None]:
    """What an exported cell holds: the typed value ``raw`` (from EXPORT_ROLE) when the shown
    text stands for it, else the text. The second item says 'money' or 'percent' for columns
    that need a number format."""
    if isinstance(raw, bool) or raw is None or not isinstance(shown, str) or not shown:
        return _plain(shown), None
    if isinstance(raw, date):
        return raw, None
    if not isinstance(raw, int | float):
        return _plain(shown), None
    m = _NUMBER_SHOWN.match(shown.strip())
    if m is None:
        return _plain(shown), None
    number = float(m[3].replace(".", "") + ("." + m[4] if m[4] else ""))
    number = -number if m[1] else number
    if m[5]:
        if abs(raw * 100 - number) <= 0.051 * max(1.0, abs(number) / 100):
            return raw, "percent"
        if abs(raw - number) < 0.051:  # a percentage kept as 0-100
            return raw / 100, "percent"
        return _plain(shown), None
    if abs(raw - number) < 0.51:
        return raw, "money" if m[2] else None
    return _plain(shown), None


def table_contents(model: QAbstractItemModel, view: QAbstractItemView | None = None
                   ) -> tuple[list[str], list[list[Any]]]:
    """Headers and values of the visible columns and rows (view order when given); numbers,
    amounts, percentages and dates are exported as such, not as text (see :func:`typed_cell`)."""
    headers, rows, _formats = table_contents_typed(model, view)
    return headers, rows


def table_contents_typed(model: QAbstractItemModel, view: QAbstractItemView | None = None
                         ) -> tuple[list[str], list[list[Any]], dict[int, str]]:
    """:func:`table_contents` plus column index → 'money' | 'percent'."""
    root = QModelIndex()
    columns: list[int] = []
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if header is not None:
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if 0 <= logical < model.columnCount(root) and not header.isSectionHidden(logical):
                columns.append(logical)
    else:
        columns = list(range(model.columnCount(root)))
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.DisplayRole) or "") for c in columns]
    rows: list[list[Any]] = []
    formats: dict[int, str] = {}
    for r in range(model.rowCount(root)):
        if isinstance(view, QTableView) and view.isRowHidden(r):
            continue
        cells = []
        for i, c in enumerate(columns):
            index = model.index(r, c, root)
            value, kind = typed_cell(model.data(index, Qt.ItemDataRole.DisplayRole),
                                     model.data(index, widgets.EXPORT_ROLE))
            if kind:
                formats[i] = kind
            cells.append(value)
        rows.append(cells)
    return headers, rows, formats


def write_export(progress: Any, db: Database, actor: Actor, path: str, title: str,
                 headers: list[str], rows: list[list[Any]], sensitive: bool,
                 formats: dict[int, str] | None = None) -> Path:
    """The background part: log (when sensitive) and write, in one transaction."""
    from functools import partial

    from ..services.exports import export_table as write_table

    formats = formats or {}
    export_table = partial(
        write_table, money_columns=[c for c, k in formats.items() if k == "money"],
        percent_columns=[c for c, k in formats.items() if k == "percent"])

    progress(_tr("Menulis berkas…"), 0.2)
    logger = _privacy_logger() if sensitive else None
    if logger is None:
        if sensitive:
            log.info("sensitive export of %r not logged: privacy service not available", title)
        return export_table(path, title, headers, rows)
    target = Path(path)
    existed = target.exists()
    written = False
    try:
        with db.session() as s:
            logger(s, actor, title, len(rows))
            export_table(target, title, headers, rows)
            written = True
    except BaseException:
        # The log entry rolled back: a file nobody logged must not stay behind.
        if written and not existed:
            target.unlink(missing_ok=True)
        raise
    return target


def _ask_path(parent: QWidget | None, title: str) -> str | None:
    global _last_dir
    folder = _last_dir or (Path.home() / "Documents" if (Path.home() / "Documents").is_dir()
                           else Path.home())
    name = safe_file_name(title, default="Daftar", max_length=80)
    start = str(folder / (name + f" {date.today():%Y-%m-%d}.xlsx"))
    xlsx, csv = _tr("Excel (*.xlsx)"), _tr("CSV (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Ekspor {title}").format(title=title), start, f"{xlsx};;{csv}")
    if not path:
        return None
    suffix = Path(path).suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        path += ".csv" if chosen == csv or "csv" in (chosen or "").lower() else ".xlsx"
    _last_dir = Path(path).parent
    return path


# ---------------------------------------------------------------------------------- the API


def export_model(parent: QWidget | None, ctx: AppContext, title: str,
                 model: QAbstractItemModel, *, sensitive: bool = False,
                 view: QAbstractItemView | None = None) -> Path | None:
    """Ask for a file and write the list there; the path, or None when cancelled or failed.

    ``view``: the table showing ``model``, so that hidden columns and rows stay out and columns
    keep the order the user dragged them into."""
    if view is not None and view.model() is not model:
        model = view.model()
    if not fetch_all(parent, model):
        return None
    path = _ask_path(parent, title)
    if path is None:
        return None
    headers, rows, formats = table_contents_typed(model, view)

    from .worker import run_in_background

    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Path) -> None:
        outcome["path"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    worker = run_in_background(
        parent, write_export, ctx.db, ctx.actor, path, title, headers, rows, sensitive, formats,
        title=_tr("Ekspor"), label=QCoreApplication.translate(
            "Export", "Menulis {n} baris ke {name}…", None, len(rows)).format(
            n=format_number(len(rows)), name=Path(path).name),
        on_done=done, on_error=failed, cancellable=False)
    del worker  # kept alive by the worker module until it reports
    if not outcome:
        loop.exec()
    if "error" in outcome:
        widgets.show_error(parent, outcome["error"])
        return None
    written = Path(outcome["path"])
    if widgets.ask_confirm(
            parent, _tr("Ekspor selesai"),
            QCoreApplication.translate("Export", "{n} baris diekspor ke:\n{path}", None,
                                       len(rows)).format(n=format_number(len(rows)),
                                                         path=str(written)),
            yes=_tr("Buka berkas"), no=_tr("Tutup")):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return written


def add_export_button(toolbar_or_layout: QToolBar | QLayout, parent: QWidget, ctx: AppContext,
                      title: str | Callable[[], str],
                      model_getter: Callable[[], QAbstractItemModel | QAbstractItemView | None],
                      *, sensitive: bool | Callable[[], bool] = False
                      ) -> QPushButton | QAction | None:
    """An 'Ekspor…' button (in a layout) or action (on a toolbar) exporting what
    ``model_getter`` returns: a model, or the table view showing it (preferred).

    A list that is always sensitive is only offered to roles that may export sensitive data
    (``client.view_sensitive``): a tutor is not shown a button that would refuse after the
    file was picked. Returns None when nothing was offered."""
    if sensitive is True and not ctx.can("client.view_sensitive"):
        return None

    def run() -> None:
        target = model_getter()
        if target is None:
            return
        view = target if isinstance(target, QAbstractItemView) else None
        model = view.model() if view is not None else target
        if model is None:
            return
        name = title() if callable(title) else title
        secret = sensitive() if callable(sensitive) else sensitive
        export_model(parent, ctx, name, model, sensitive=secret,  # type: ignore[arg-type]  # None: asked
                     view=view)

    tip = _tr("Simpan daftar yang tampil ke berkas Excel atau CSV")
    if isinstance(toolbar_or_layout, QToolBar):
        from .icons import icon

        action = QAction(icon("save"), _tr("Ekspor…"), parent)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: run())
        toolbar_or_layout.addAction(action)
        return action
    export_button = widgets.button(_tr("Ekspor…"), "save")
    export_button.setToolTip(tip)
    export_button.clicked.connect(lambda _checked=False: run())
    toolbar_or_layout.addWidget(export_button)
    return export_button


__all__ = ["LARGE_EXPORT", "add_export_button", "export_model", "fetch_all", "table_contents"]
