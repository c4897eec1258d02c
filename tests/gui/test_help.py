"""The user guide inside the program (issue 13, point 8): every page declares its topic and every
topic has its file in Indonesian and English; F1 opens the guide at the page in use, in the
program's language; links, sections and pictures all resolve; back and forward work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from jssc_desktop.ui import help as guide
from jssc_desktop.ui import main_window

pytestmark = pytest.mark.gui

LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")




def _classes_with_topics() -> list[type]:
    from jssc_desktop.ui.clients.detail import ClientDetailDialog
    from jssc_desktop.ui.clients.form import ClientForm
    from jssc_desktop.ui.first_run import FirstRunWizard
    from jssc_desktop.ui.imports.wizard import ImportWizard
    from jssc_desktop.ui.login import ChangePasswordDialog, LoginDialog, UnlockDialog
    from jssc_desktop.ui.pages.report_archive import ReportArchiveDialog
    from jssc_desktop.ui.settings import (
        acting_head_tab,
        backups_tab,
        database_tab,
        general_tab,
        privacy_tab,
        profile_tab,
        targets_tab,
        users_tab,
    )

    pages = [loader() for loader in (*main_window.PAGE_LOADERS,
                                     *main_window.PROVINCE_PAGE_LOADERS)]
    return pages + [
        ClientDetailDialog, ClientForm, FirstRunWizard, ImportWizard, LoginDialog,
        ChangePasswordDialog, UnlockDialog, ReportArchiveDialog, profile_tab.ProfileTab,
        users_tab.UsersTab, general_tab.GeneralTab, targets_tab.TargetsTab,
        database_tab.DatabaseTab, backups_tab.BackupsTab, privacy_tab.PrivacyTab,
        acting_head_tab.ActingHeadTab]


def _anchors(topic: str, language: str) -> dict[str, str]:
    return guide.read_topic(guide.topic_path(topic, language))[1]


@pytest.mark.parametrize("cls", _classes_with_topics(), ids=lambda c: c.__name__)
def test_every_page_and_dialog_declares_a_topic_with_both_files(cls: type) -> None:
    assert "help_topic" in vars(cls), f"{cls.__name__} declares no help_topic"
    topic = vars(cls)["help_topic"]
    name, _, section = topic.partition("#")
    assert name in guide.TOPICS
    for language in guide.LANGUAGES:
        assert guide.topic_path(topic, language).is_file(), (topic, language)
        if section:
            assert section in _anchors(name, language), (topic, language)


def test_the_guide_has_the_same_topics_and_sections_in_both_languages() -> None:
    for language in guide.LANGUAGES:
        files = {p.stem for p in guide.guide_dir(language).glob("*.md")}
        assert files == set(guide.TOPICS), language
    for topic in guide.TOPICS:
        assert _anchors(topic, "id").keys() == _anchors(topic, "en").keys(), topic
        assert guide.topic_title(topic, "id") != topic  # every file has its title


@pytest.mark.parametrize("lang", guide.LANGUAGES)
def test_links_and_pictures_point_at_files_that_exist(lang: str) -> None:
    """Read as text: every link is another topic (and section) of the same language, every
    picture a screenshot in that language; no web address (the guide works offline)."""
    checked = 0
    for topic in guide.TOPICS:
        path = guide.topic_path(topic, lang)
        for is_image, target in LINK.findall(path.read_text(encoding="utf-8")):
            assert "://" not in target, (topic, target)
            file, _, section = target.partition("#")
            resolved = (path.parent / file).resolve() if file else path
            assert resolved.is_file(), (topic, target)
            if is_image:
                assert resolved.name.endswith(f"-{lang}.png"), (topic, target)
            elif section:
                assert section in guide.read_topic(resolved)[1], (topic, target)
            checked += 1
    assert checked > 40


def test_every_topic_renders_with_its_pictures(qtbot, language) -> None:
    window = guide.HelpWindow(None, language)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    pictures = 0
    for topic in guide.TOPICS:
        window.show_topic(topic)
        assert window.current_topic() == topic
        assert f"/guide/{language}/{topic}.md" in window.browser.source().toLocalFile()
        text = window.browser.document().toPlainText()
        assert guide.topic_title(topic, language) in text
        assert "{#" not in text  # section marks are not shown
        pictures += text.count("\ufffc")  # one object character per picture shown
    assert window.browser.missing == []
    assert pictures >= 11
    assert window.contents.count() == len(guide.TOPICS)


def _click_link(qtbot, browser: guide.GuideBrowser, href: str) -> None:  # type: ignore[no-untyped-def]
    """A left click in the middle of the first link to ``href`` in the shown topic."""
    from PySide6.QtGui import QTextCursor

    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                point = browser.cursorRect(cursor).center()
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_sections_links_back_and_forward(qtbot) -> None:
    window = guide.HelpWindow(None, "id")
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_topic("clients")
    assert not window.back_button.isEnabled()
    # Click the page's own link to the client form.
    _click_link(qtbot, window.browser, "client-form.md")
    assert window.current_topic() == "client-form"
    assert window.contents.currentItem().data(Qt.ItemDataRole.UserRole) == "client-form"
    assert window.back_button.isEnabled()
    window.back_button.click()
    assert window.current_topic() == "clients"
    window.forward_button.click()
    assert window.current_topic() == "client-form"
    window.show_topic("settings#backups")
    assert window.current_topic() == "settings#backups"
    assert window.browser.section_top > 300  # far down the page, not at its top
    assert window.browser.verticalScrollBar().value() > 0
    window.contents_button.click()
    assert window.current_topic() == "index"
    window.contents.setCurrentRow(guide.TOPICS.index("attendance"))
    assert window.current_topic() == "attendance"
    assert window.browser.missing == []


def _open_help(window: QWidget) -> guide.HelpWindow | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, guide.HelpWindow) and w.isVisible()]
    return found[0] if found else None


def _close_help() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, guide.HelpWindow):
            w.close()
            w.deleteLater()


def test_f1_on_each_page_opens_the_guide_there(qtbot, make_ctx, boxes, language) -> None:
    window = main_window.MainWindow(make_ctx("admin"))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    keys = window.area_keys()
    assert len(keys) == len(main_window.PAGE_LOADERS)  # the administrator sees every page
    for key in keys:
        page = window.navigate(key)
        assert page is not None
        page.setFocus()
        qtbot.keyClick(page, Qt.Key.Key_F1)
        shown = _open_help(window)
        assert shown is not None, key
        assert shown.language == language
        assert shown.current_topic() == type(page).help_topic, key
        assert f"/guide/{language}/" in shown.browser.source().toLocalFile()
        assert shown.browser.missing == []
        assert shown.windowTitle().startswith(guide.topic_title(type(page).help_topic,
                                                                language))
    # From the navigation list F1 opens the page shown; one help window is reused.
    window.navigate("attendance")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    assert _open_help(window).current_topic() == "attendance"
    assert len(window.findChildren(guide.HelpWindow)) == 1
    # F1 inside the guide goes to its contents, in the same window.
    shown = _open_help(window)
    qtbot.keyClick(shown.browser, Qt.Key.Key_F1)
    assert shown.current_topic() == "index"
    assert shown.findChildren(guide.HelpWindow) == []
    _close_help()


def test_f1_in_a_settings_tab_opens_its_section(qtbot, make_ctx, boxes) -> None:
    window = main_window.MainWindow(make_ctx("admin"))
    qtbot.addWidget(window)
    window.show()
    page = window.navigate("settings")
    page.tabs.setCurrentIndex(page.tab_titles().index("Cadangan"))
    tab = page.tabs.currentWidget()
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_F1)
    assert _open_help(window).current_topic() == "settings#backups"
    _close_help()


def test_f1_in_a_dialog_opens_its_topic(qtbot, make_ctx, boxes, language) -> None:
    from jssc_desktop.ui.clients.form import ClientForm
    from jssc_desktop.ui.login import LoginDialog

    form = ClientForm(make_ctx("staff"), None)
    qtbot.addWidget(form)
    form.show()
    form.name.setFocus()
    qtbot.keyClick(form.name, Qt.Key.Key_F1)
    shown = form.findChild(guide.HelpWindow)
    assert shown is not None and shown.isVisible()
    assert shown.current_topic() == "client-form"
    assert shown.language == language
    login = LoginDialog(None)
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClick(login, Qt.Key.Key_F1)
    assert login.findChild(guide.HelpWindow).current_topic() == "signin"
    _close_help()


def test_help_menu(qtbot, make_ctx, boxes) -> None:
    window = main_window.MainWindow(make_ctx("staff"))
    qtbot.addWidget(window)
    window.show()
    window.navigate("clients")
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "B&antuan")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Panduan pengguna", "Pintasan &keyboard", "Apa yang &baru",
                     "&Tentang JSSC Desktop"]
    menu.actions()[0].trigger()
    assert _open_help(window).current_topic() == "clients"
    assert menu.actions()[0].shortcut().toString() == "F1"
    menu.actions()[1].trigger()
    assert _open_help(window).current_topic() == "shortcuts"
    menu.actions()[2].trigger()
    shown = _open_help(window)
    assert shown.current_topic() == "whats-new"
    from jssc_desktop import __version__

    assert __version__ in shown.browser.document().toPlainText()
    _close_help()


def test_the_guide_ships_in_the_frozen_build() -> None:
    """The spec bundles resources/ (the guide) and the screenshots at the same relative place."""
    spec = (Path(__file__).resolve().parents[2] / "installer" / "jssc_desktop.spec").read_text(
        encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert '(str(ROOT / "docs" / "screenshots"), "docs/screenshots")' in spec


@pytest.fixture
def province_ctx(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A province installation (SQLite file) and its administrator's context."""
    from jssc_desktop.services import users
    from jssc_desktop.services.base import Actor
    from jssc_desktop.services.province import init_province
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.migrate import upgrade
    from jssc_desktop.ui.context import AppContext

    db = Database(str(tmp_path / "provinsi.sqlite3"))
    upgrade(db)
    with db.session() as s:
        init_province(s, Actor.system())
        view = users.create_user(s, Actor.system(), username="petugas",
                                 full_name="Petugas Dinsos", role="admin",
                                 password="Gerobak-Biru-Pelangi-77", must_change=False)
    yield AppContext(db, Actor(view.id, view.username, view.role, view.full_name))
    db.dispose()


def test_f1_on_the_province_pages(qtbot, boxes, province_ctx) -> None:
    window = main_window.MainWindow(province_ctx)
    qtbot.addWidget(window)
    window.show()
    topics = {}
    for key in window.area_keys():
        page = window.navigate(key)
        page.setFocus()
        qtbot.keyClick(page, Qt.Key.Key_F1)
        shown = _open_help(window)
        topics[key] = shown.current_topic()
        assert shown.browser.missing == [], key
    assert topics == {"home": "province#dashboard", "receive": "province#receive",
                      "province_report": "province#report", "audit": "audit",
                      "settings": "settings"}
    _close_help()


def test_the_installation_check_finds_a_missing_topic_or_picture(tmp_path, monkeypatch) -> None:
    """``selftest`` (run on the frozen build) reports the guide complete, and would name what
    is missing."""
    import shutil

    assert guide.check_guide() == []
    copy = tmp_path / "resources" / "guide"
    shutil.copytree(guide.guide_dir("id").parent, copy)
    (copy / "en" / "audit.md").unlink()
    shots = tmp_path / "docs" / "screenshots"
    shutil.copytree(Path(guide.guide_dir("id")).parents[2] / "docs" / "screenshots", shots)
    (shots / "training-id.png").unlink()
    monkeypatch.setattr(guide, "resource_path", lambda *parts: tmp_path.joinpath("resources",
                                                                                  *parts))
    missing = guide.check_guide()
    assert any(m.endswith("en/audit.md") for m in missing)
    assert any(m.endswith("training-id.png") for m in missing)
    assert len(missing) == 2
