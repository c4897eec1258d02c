"""In English the window is English all the way (issue 13, point 9): every page, opened on the
demo data, shows no Indonesian word in its labels, buttons, tab and column headers, combo items
and the cells of the first table rows; a service's refusal is shown in English in a real dialog.

Text the users typed themselves (names, addresses, cohort names, request titles …) stays as they
wrote it: every text value stored in the demo database is taken out before the check.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from sqlalchemy import String, Text, select

from jssc_desktop.services.base import Actor
from jssc_desktop.storage.models import Base, User
from tests.gui.conftest import app_language
from tests.gui.layout_check import each_tab

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from indonesian_words import giveaways  # noqa: E402 - the tools folder is put on the path above

pytestmark = pytest.mark.gui
#: How many rows of each table are read.
ROWS = 8


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The program's style and the English translation; Indonesian again afterwards."""
    with app_language(qapp, "en"):
        yield


@pytest.fixture
def demo_db(sqlite_db):  # type: ignore[no-untyped-def]
    from jssc_desktop.services.demo import build_demo

    build_demo(sqlite_db, clients=150, years=2, seed=1)
    return sqlite_db


def _actor(db, username: str) -> Actor:  # type: ignore[no-untyped-def]
    with db.session() as s:
        u = s.execute(select(User).where(User.username == username)).scalar_one()
        return Actor(u.id, u.username, u.role, u.full_name, u.tutor_id)


def _typed_texts(db) -> list[str]:  # type: ignore[no-untyped-def]
    """Every stored text that holds a giveaway word (what users typed), longest first."""
    found: set[str] = set()
    with db.session() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str) and value.strip() and giveaways(value):
                        found.add(value.strip())
    return sorted(found, key=len, reverse=True)


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything visible in ``root`` a person reads."""
    for w in root.findChildren(QLabel):
        if w.isVisibleTo(root) and w.text():
            yield f"label {w.objectName()}", w.text()
    for w in root.findChildren(QAbstractButton):
        if w.isVisibleTo(root) and w.text():
            yield f"button {w.objectName()}", w.text()
    for w in root.findChildren(QGroupBox):
        if w.isVisibleTo(root) and w.title():
            yield "group", w.title()
    for w in root.findChildren(QLineEdit):
        if w.isVisibleTo(root) and w.placeholderText():
            yield "placeholder", w.placeholderText()
    for w in root.findChildren(QComboBox):
        if w.isVisibleTo(root):
            for i in range(w.count()):
                yield "combo item", w.itemText(i)
    for w in root.findChildren(QTabWidget):
        if w.isVisibleTo(root):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
    for view in root.findChildren(QAbstractItemView):
        if not view.isVisibleTo(root) or view.model() is None:
            continue
        yield from _model_texts(view)


def _columns(model) -> int:  # type: ignore[no-untyped-def]
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    for column in range(_columns(model)):
        header = model.headerData(column, Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.DisplayRole)
        if header:
            yield "column header", str(header)
    for row in range(min(ROWS, model.rowCount(QModelIndex()))):
        for column in range(max(1, _columns(model))):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str) and value:
                    yield f"cell {row},{column}", value


def _indonesian(text: str, typed: list[str]) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text)  # rich text: the words, not the tags
    words = giveaways(plain)
    if not words:
        return []
    for value in typed:
        if value in plain:
            plain = plain.replace(value, " ")
    return giveaways(plain)


def _pages(qtbot, db, username: str):  # type: ignore[no-untyped-def]
    """Open the main window as ``username`` at 1024×768 and show each of its pages in turn,
    yielding (window, page key, page); the window is closed at the end."""
    from jssc_desktop.ui.context import AppContext
    from jssc_desktop.ui.main_window import MainWindow

    window = MainWindow(AppContext(db, _actor(db, username)))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    for key in window.area_keys():
        page = window.navigate(key)
        assert page is not None
        qtbot.wait(30)
        yield window, key, page
    window.close()


@pytest.mark.parametrize("username", ["admin", "kepala", "tutor"])
def test_every_page_is_english(qtbot, boxes, english, demo_db,  # type: ignore[no-untyped-def]
                               username: str) -> None:
    typed = _typed_texts(demo_db)
    found: dict[str, str] = {}
    seen = 0
    for window, key, page in _pages(qtbot, demo_db, username):
        for tab in each_tab(page):
            qtbot.wait(10)
            for where, text in _texts(window):
                seen += 1
                words = _indonesian(text, typed)
                if words:
                    found.setdefault(text, f"{key}/{tab} {where}: {', '.join(words)}")
    assert seen > 300, "the walk read too few texts to prove anything"
    assert found == {}, "\n".join(f"{where}: {text!r}" for text, where in found.items())


def test_a_service_refusal_is_english_in_a_real_dialog(  # type: ignore[no-untyped-def]
        qtbot, english, sqlite_db) -> None:
    """A duplicate user name refused by the service appears in English in the warning box the
    window shows, with the value filled in; the Indonesian text is what the error carries."""
    import jssc_desktop.ui.widgets as widgets
    from jssc_desktop.domain.errors import DomainError
    from jssc_desktop.services import users
    from tests.conftest import _make_actors

    actors = _make_actors(sqlite_db)
    with sqlite_db.session() as s:
        users.create_user(s, actors["admin"], username="rina", full_name="Rina Marlina",
                          role="staff", password="Rahasia-2026x")
    with pytest.raises(DomainError) as caught, sqlite_db.session() as s:
        users.create_user(s, actors["admin"], username="rina", full_name="Rina Lain",
                          role="staff", password="Rahasia-2026x")
    assert str(caught.value) == "Nama pengguna 'rina' sudah dipakai."
    shown: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append((box.windowTitle(), box.text()))
        box.done(0)

    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(50, read_and_close)
    widgets.show_error(parent, caught.value)
    assert shown == [("Record already exists", "The user name 'rina' is already taken.")]


def test_no_column_header_is_cut(qtbot, boxes, english, demo_db) -> None:  # type: ignore[no-untyped-def]
    """At 1024×768 in English every table column is as wide as its header's text (semi-bold,
    with the style sheet's padding): no "icipants" for "Participants", no "lours" for "Hours".
    A column stretched to fill the table is the table's to size and is left out."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QHeaderView

    from jssc_desktop.ui.pages._common import DataTable

    cut: dict[str, str] = {}
    checked = 0
    for _window, key, page in _pages(qtbot, demo_db, "admin"):
        for table in page.findChildren(DataTable):
            header = table.horizontalHeader()
            font = QFont(header.font())
            font.setWeight(QFont.Weight.DemiBold)
            metrics = QFontMetrics(font)
            last = header.count() - 1
            for i in range(header.count()):
                if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch or (
                        i == last and header.stretchLastSection()):
                    continue
                text = str(table.model().headerData(i, Qt.Orientation.Horizontal,
                                                    Qt.ItemDataRole.DisplayRole))
                checked += 1
                widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                if header.sectionSize(i) < widest + 2 * 6:
                    cut[f"{key}: {text}"] = f"{header.sectionSize(i)} px"
    assert checked > 40, "the walk found too few columns to prove anything"
    assert cut == {}, cut
