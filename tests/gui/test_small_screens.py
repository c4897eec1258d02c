"""Every page at 1024×768 and at 1366×768 with 125 % scaling, in both languages, on the demo data,
for every role, styled as the running program is: no label, button or combo box narrower than its
size hint, no word-wrapped text cut off, nothing pushed outside its pane, no number column too
narrow for its numbers (issue 13, point 6)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from jssc_desktop.services.base import Actor
from jssc_desktop.storage.models import User
from tests.gui.layout_check import SCREENS, cramped, each_tab

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_modal(boxes):  # type: ignore[no-untyped-def]
    """A message box would wait for a click: record it instead."""
    return boxes


@pytest.fixture(params=["id", "en"])
def styled(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The program's style, style sheet, palette and language; put back afterwards."""
    from PySide6.QtCore import QLocale

    from jssc_desktop.app import configure_application

    locale, sheet, palette = QLocale(), qapp.styleSheet(), qapp.palette()
    style = qapp.style().name()
    configure_application(qapp, request.param)
    yield request.param
    for translator in getattr(qapp, "_jssc_translators", []):
        qapp.removeTranslator(translator)
    qapp._jssc_translators = []
    qapp._jssc_styled = False
    QLocale.setDefault(locale)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture
def demo_db(sqlite_db):  # type: ignore[no-untyped-def]
    from jssc_desktop.services.demo import build_demo

    build_demo(sqlite_db, clients=300, years=2, seed=1)
    return sqlite_db


def _actor(db, username: str) -> Actor:  # type: ignore[no-untyped-def]
    with db.session() as s:
        u = s.execute(select(User).where(User.username == username)).scalar_one()
        return Actor(u.id, u.username, u.role, u.full_name, u.tutor_id)


@pytest.mark.parametrize("username", ["staf", "kepala", "tutor", "admin"])
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits(qtbot, styled, demo_db, username: str,
                         screen: tuple[int, int]) -> None:
    from jssc_desktop.ui.context import AppContext
    from jssc_desktop.ui.main_window import MainWindow

    window = MainWindow(AppContext(demo_db, _actor(demo_db, username)))
    qtbot.addWidget(window)
    window.resize(*screen)
    window.show()
    qtbot.waitExposed(window)
    hint = window.minimumSizeHint()
    problems = []
    if hint.width() > screen[0] or hint.height() > screen[1]:
        problems.append(f"window needs {hint.width()}×{hint.height()}")
    for key in window.area_keys():
        page = window.navigate(key)
        assert page is not None
        qtbot.wait(20)
        for tab in each_tab(page):
            problems += [f"{key}/{tab}: {p}" for p in cramped(window)]
    window.close()
    assert problems == [], "\n".join(problems)
