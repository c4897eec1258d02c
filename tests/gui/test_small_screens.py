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
from tests.gui.conftest import app_language
from tests.gui.layout_check import SCREENS, cramped, each_tab

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_modal(boxes):  # type: ignore[no-untyped-def]
    """A message box would wait for a click: record it instead."""
    return boxes


@pytest.fixture(params=["id", "en"])
def styled(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The program's style, style sheet, palette and language; put back afterwards."""
    with app_language(qapp, request.param):
        yield request.param


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


#: Longer than any text the dashboard shows on any day, in either language.
LONG_DETAIL = ("Pengungkapan dan pemahaman masalah 1.234 · Penyusunan rencana pemecahan masalah "
               "5.678 · Resosialisasi 90 · Disclosure and understanding of the problem 12")


def _fill_cards(page, detail: str) -> None:  # type: ignore[no-untyped-def]
    for card in page.cards.values():
        card.set("1.234 / 5.678", detail)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_dashboard_cards_grow_with_their_text(qtbot, styled, sqlite_db, people,
                                              screen: tuple[int, int]) -> None:
    """Whatever the data of the day, a card is as tall as its text: the same check as above, on
    cards holding more text than any day gives them."""
    from jssc_desktop.ui.context import AppContext
    from jssc_desktop.ui.main_window import MainWindow

    window = MainWindow(AppContext(sqlite_db, people["staff"]))
    qtbot.addWidget(window)
    window.resize(*screen)
    window.show()
    qtbot.waitExposed(window)
    page = window.navigate("home")
    _fill_cards(page, LONG_DETAIL)
    qtbot.wait(20)
    assert cramped(window) == []
    card = next(iter(page.cards.values()))
    assert card.detail.height() >= card.detail.heightForWidth(card.detail.width()) - 1
    window.close()


def test_a_clipped_card_is_still_caught(qtbot, styled, sqlite_db, people) -> None:
    """The check above can fail: a card held to one height cuts its text, and is reported."""
    from PySide6.QtWidgets import QSizePolicy

    from jssc_desktop.ui.context import AppContext
    from jssc_desktop.ui.main_window import MainWindow

    window = MainWindow(AppContext(sqlite_db, people["staff"]))
    qtbot.addWidget(window)
    window.resize(*SCREENS[0])
    window.show()
    qtbot.waitExposed(window)
    page = window.navigate("home")
    _fill_cards(page, LONG_DETAIL)
    for card in page.cards.values():
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        card.setFixedHeight(112)
    qtbot.wait(20)
    problems = cramped(window)
    assert any("cardDetail" in p or "height" in p for p in problems), problems
    window.close()


@pytest.fixture
def province_db(sqlite_db, tmp_path):  # type: ignore[no-untyped-def]
    """A province installation that has received one demo UPT's October package."""
    from jssc_desktop.reports.package import build_package
    from jssc_desktop.services import users
    from jssc_desktop.services.demo import build_demo
    from jssc_desktop.services.province import init_province
    from jssc_desktop.services.province_inbox import describe_package, receive_files
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.migrate import upgrade

    upt = Database(str(tmp_path / "upt.sqlite3"))
    upgrade(upt)
    build_demo(upt, clients=40, years=1, seed=1)
    package = build_package(upt, _actor(upt, "kepala"), "monthly", "2026-10",
                            out_dir=tmp_path / "out")
    upt.dispose()
    with sqlite_db.session() as s:
        init_province(s, Actor.system())
        users.create_user(s, Actor.system(), username="petugas", full_name="Petugas Dinsos",
                          role="admin", password="Gerobak-Biru-Pelangi-77", must_change=False)
    info = describe_package(package.name, package.read_bytes())
    done = receive_files(sqlite_db, _actor(sqlite_db, "petugas"),
                         [(package.name, package.read_bytes())],
                         confirmed={info.upt_code: info.fingerprint})
    assert done[0].received is not None
    return sqlite_db


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_province_page_fits(qtbot, styled, province_db, screen: tuple[int, int]) -> None:
    from jssc_desktop.ui.context import AppContext
    from jssc_desktop.ui.main_window import MainWindow

    window = MainWindow(AppContext(province_db, _actor(province_db, "petugas")))
    qtbot.addWidget(window)
    window.resize(*screen)
    window.show()
    qtbot.waitExposed(window)
    assert window.area_keys()[:3] == ["home", "receive", "province_report"]
    problems = []
    for key in window.area_keys():
        page = window.navigate(key)
        assert page is not None
        qtbot.wait(20)
        for tab in each_tab(page):
            problems += [f"{key}/{tab}: {p}" for p in cramped(window)]
    window.close()
    assert problems == [], "\n".join(problems)
