"""What 'fits on a small screen' means, checked on real widgets: every visible label, button and
combo box at least as wide as its size hint (else its text is cut or drawn over a neighbour),
word-wrapped labels as tall as their text needs, and table columns of numbers (right-aligned or
centred) wide enough that a value is never shown as '100,…'."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)

#: The screens the window must work on, in device-independent pixels: 1024×768 at 100 %, and a
#: 1366×768 laptop at Windows' usual 125 % scaling (1093×614).
SCREENS = ((1024, 768), (1093, 614))


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, QLabel | QAbstractButton):
        text = w.text()
    elif isinstance(w, QComboBox):
        text = w.currentText()
    chain = []
    parent = w.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(w).__name__} {text[:40]!r} in {'/'.join(chain)}"


def _check_table(view: QTableView) -> list[str]:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return []
    bad = []
    header = view.horizontalHeader()
    rows = min(model.rowCount(), 40)
    for col in range(model.columnCount()):
        if view.isColumnHidden(col) or (header.stretchLastSection()
                                        and header.visualIndex(col) == header.count() - 1):
            continue
        align = model.index(0, col).data(Qt.ItemDataRole.TextAlignmentRole)
        flags = int(align or 0)
        if not flags & int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter):
            continue  # text columns may elide; their tooltip shows the whole text
        metrics = view.fontMetrics()
        texts = [str(model.index(r, col).data() or "") for r in range(rows)]
        if any(t.endswith("%") for t in texts):
            texts.append("100,0%")  # the widest a percentage gets
        need = max(metrics.horizontalAdvance(t) for t in texts) + 12
        if view.columnWidth(col) < need:
            head = model.headerData(col, Qt.Orientation.Horizontal)
            bad.append(f"table column {head!r}: {view.columnWidth(col)} < {need}")
    return bad


def _inside_window(w: QWidget) -> bool:
    """Whether ``w`` lies within the visible part of every ancestor (not cut off by a pane)."""
    rect = w.rect()
    child: QWidget = w
    parent = w.parentWidget()
    while parent is not None and not child.isWindow():
        rect = rect.translated(child.pos())
        if type(parent).__name__ == "QWidget" and type(parent.parentWidget()).__name__ in (
                "QScrollArea",):
            return True
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(rect):
            return False
        child, parent = parent, parent.parentWidget()
    return True


def cramped(root: QWidget) -> list[str]:
    """What does not fit in ``root`` as it is laid out now (empty: everything fits)."""
    QApplication.processEvents()
    bad: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.window() is not root.window():
            continue
        parent = w.parentWidget()
        if (isinstance(w, QLabel | QAbstractButton | QComboBox) and parent is not None
                and not parent.rect().contains(w.geometry())
                and type(parent).__name__ not in ("QScrollArea", "QWidget")
                or isinstance(w, QLabel | QAbstractButton | QComboBox) and parent is not None
                and not _inside_window(w)):
            bad.append(f"{_name(w)}: outside its pane")
            continue
        if isinstance(w, QLabel):
            if not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > 0 and w.height() + 1 < need:
                    bad.append(f"{_name(w)}: height {w.height()} < {need}")
                continue
            if w.width() + 1 < w.sizeHint().width():
                bad.append(f"{_name(w)}: width {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QAbstractButton | QComboBox):
            if type(w).__name__ in ("QTabBarCloseButton", "QToolButton") and not w.text():
                continue
            if w.width() + 1 < w.sizeHint().width():
                bad.append(f"{_name(w)}: width {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QTableView):
            bad += _check_table(w)
        elif isinstance(w, QScrollArea) and w.widget() is not None and \
                w.horizontalScrollBar().maximum() > 0:
            # A detail pane that only fits by scrolling sideways is a clipped pane.
            bad.append(f"{_name(w)}: content {w.widget().width()} wider than "
                       f"{w.viewport().width()}")
    return bad


def each_tab(root: QWidget):  # type: ignore[no-untyped-def]
    """Show every tab of every tab widget in ``root`` in turn (outer tabs first), yielding a
    label of what is shown."""
    tabs = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]
    if not tabs:
        yield ""
        return
    outer = tabs[0]
    for i in range(outer.count()):
        outer.setCurrentIndex(i)
        QApplication.processEvents()
        yield outer.tabText(i)
