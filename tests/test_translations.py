"""The English translation of the window: the committed .ts is complete and sound, the committed
.qm matches it, and the window really shows English when it is loaded.

The .ts file is updated with ``python tools/translations.py update`` (not run here): these tests
only look at what is committed, so a new untranslated text fails until it is translated.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "jssc_en.ts"
QM = ROOT / "resources" / "translations" / "jssc_en.qm"

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d+|%n")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
OBSOLETE = ("obsolete", "vanished")


def _messages() -> list[tuple[str, str, str | None, ET.Element | None]]:
    """(context, source, disambiguation, <translation>) of every message in the .ts."""
    found = []
    for context in ET.parse(TS).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found.append((name, message.findtext("source") or "", message.findtext("comment"),
                          message.find("translation")))
    return found


def _current() -> list[tuple[str, str, str | None, ET.Element | None]]:
    return [m for m in _messages()
            if m[3] is None or m[3].get("type") not in OBSOLETE]


def _text(node: ET.Element | None) -> str:
    return "" if node is None else (node.text or "")


def _forms(node: ET.Element | None) -> list[str]:
    """The translation's text, or each plural form of a counted text (numerus)."""
    forms = [] if node is None else [f.text or "" for f in node.findall("numerusform")]
    return forms or [_text(node)]


# ---------------------------------------------------------------------------- the .ts file


def test_ts_is_complete() -> None:
    current = _current()
    assert len(current) > 100, "the .ts holds far too few texts; was it emptied?"
    unfinished = [(c, s) for c, s, _, node in current
                  if node is None or node.get("type") == "unfinished" or not _text(node)]
    assert not unfinished, (
        f"{len(unfinished)} texts have no English translation yet (run 'python "
        f"tools/translations.py update', translate, then 'release'): {unfinished[:10]}")


def test_ts_has_no_duplicate_or_empty_messages() -> None:
    current = _current()
    keys = Counter((c, s, d) for c, s, d, _ in current)
    assert [k for k, n in keys.items() if n > 1] == []
    assert all(s.strip() for _, s, _, _ in current)


def test_ts_uses_the_domain_words() -> None:
    english = {(c, s): _text(node) for c, s, _, node in _current()}
    assert english[("MainWindow", "Klien")] == "Clients"
    assert english[("MainWindow", "Usulan Revitalisasi")] == "Revitalization requests"
    assert english[("MainWindow", "Bimbingan Lanjut")] == "Follow-up"


@pytest.mark.parametrize("kind", ["placeholders", "html", "accelerators"])
def test_translations_keep_placeholders_tags_and_accelerators(kind: str) -> None:
    def accelerators(text: str) -> int:
        text = re.sub(r"&(?:[A-Za-z]+|#\d+);", "", text).replace("&&", "")
        return len(re.findall(r"&\S", text))

    extract = {
        "placeholders": lambda t: Counter(PLACEHOLDER.findall(t)),
        "html": lambda t: Counter(x.lower() for x in TAG.findall(t)),
        "accelerators": accelerators,
    }[kind]
    wrong = [(c, s, form) for c, s, _, node in _current() for form in _forms(node)
             if form.strip() and extract(s) != extract(form)]
    assert wrong == []


def test_placeholder_check_can_fail() -> None:
    assert Counter(PLACEHOLDER.findall("Hapus {name}? %1")) != Counter(
        PLACEHOLDER.findall("Delete {nama}? %1"))


# ------------------------------------------------------------------------------ the .qm file


@pytest.fixture
def english(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The English translation installed on the test application (removed afterwards)."""
    from PySide6.QtCore import QTranslator

    assert QM.is_file(), "jssc_en.qm is missing: run 'python tools/translations.py release'"
    translator = QTranslator()
    assert translator.load(str(QM)), "jssc_en.qm cannot be loaded"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_qm_matches_the_ts(english) -> None:  # type: ignore[no-untyped-def]
    """Every translation in the .ts is in the .qm: a .qm not released after an edit fails."""
    stale = []
    for context, source, disambiguation, node in _current():
        forms = _forms(node)
        for n, form in zip((1, 2), forms, strict=False):  # the one and the many form
            got = english.translate(context, source, disambiguation, n if len(forms) > 1 else -1)
            if got != form:
                stale.append((context, source, got, form))
    assert stale == [], f"run 'python tools/translations.py release': {stale[:5]}"


def test_translate_returns_english(english) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    assert translate("MainWindow", "Klien") == "Clients"
    assert translate("MainWindow", "Pengaturan") == "Settings"
    assert translate("App", "Tutup") == "Close"
    assert translate("App", "Cadangan harian gagal: {error}").format(error="x") == \
        "Daily backup failed: x"
    assert translate("NoSuchContext", "Klien") == "Klien"  # unknown texts stay Indonesian


def test_helper_translations_reach_their_context(english) -> None:  # type: ignore[no-untyped-def]
    """Texts translated through the helpers ui.widgets.tr() and the pages' t()."""
    from jssc_desktop.ui.pages._common import t
    from jssc_desktop.ui.widgets import tr

    assert tr("Tutup") == "Close"
    assert tr("Batal") == "Cancel"
    assert t("Belum ada dokumen.") == "No document yet."


# -------------------------------------------------------------------------------- the window


class _Recorder:
    """A translator that notes every text the application asks for, and translates nothing."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTranslator

        asked: set[tuple[str, str]] = set()

        class Recorder(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
                # Returns None, not "": an empty string would replace the text.
                asked.add((context, source))

            def isEmpty(self) -> bool:
                return False

        self.asked = asked
        self.translator = Recorder()


@pytest.fixture
def admin_ctx(sqlite_db):  # type: ignore[no-untyped-def]
    from jssc_desktop.services import users
    from jssc_desktop.services.base import Actor
    from jssc_desktop.ui.context import AppContext

    with sqlite_db.session() as s:
        view = users.create_user(s, Actor.system(), username="admin", full_name="Siti Aminah",
                                 role="admin", password="Rahasia-123", must_change=False)
    return AppContext(sqlite_db, Actor(view.id, view.username, view.role, view.full_name,
                                       view.tutor_id))


def _main_window_class():  # type: ignore[no-untyped-def]
    try:
        from jssc_desktop.ui.main_window import MainWindow
    except ImportError as exc:
        pytest.skip(f"jssc_desktop.ui.main_window.MainWindow is not available yet: {exc}")
    return MainWindow


@pytest.mark.gui
def test_main_window_in_english(qtbot, english, admin_ctx) -> None:  # type: ignore[no-untyped-def]
    MainWindow = _main_window_class()
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav == ["Home", "Clients", "Training", "Attendance", "Tutors",
                   "Revitalization requests", "Follow-up", "Reports", "Audit Log", "Settings"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]


@pytest.mark.gui
def test_every_text_the_window_asks_for_is_translated(qtbot, english,  # type: ignore[no-untyped-def]
                                                      admin_ctx, qapp) -> None:
    """Open every area as administrator and check that each text the code passed to Qt's
    translation is in the .ts: catches texts lupdate cannot see and wrong contexts."""
    MainWindow = _main_window_class()
    recorder = _Recorder()
    qapp.installTranslator(recorder.translator)  # asked first, then the English translator
    try:
        window = MainWindow(admin_ctx)
        qtbot.addWidget(window)
        for key in window.area_keys():
            window.navigate(key)
    finally:
        qapp.removeTranslator(recorder.translator)
    translated = {(c, s) for c, s, _, node in _current() if _text(node)}
    ours = {(c, s) for c, s in recorder.asked if not c.startswith("Q") and s.strip()}
    assert ("MainWindow", "Klien") in ours
    # PySide's self.tr() asks the class of the object, then its base classes, until the text
    # changes; a text is fine when one of the contexts it was asked in translates it.
    found = {s for c, s in ours if (c, s) in translated}
    missing = sorted((c, s) for c, s in ours if s not in found)
    assert missing == [], f"texts without an English translation: {missing[:15]}"


@pytest.fixture
def restore_app(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """configure_application() changes the shared test application: put it back."""
    from PySide6.QtCore import QLocale

    locale, sheet, palette = QLocale(), qapp.styleSheet(), qapp.palette()
    yield
    for translator in getattr(qapp, "_jssc_translators", []):
        qapp.removeTranslator(translator)
    qapp._jssc_translators = []
    QLocale.setDefault(locale)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.mark.gui
@pytest.mark.parametrize("language, expected", [("en", "Clients"), ("id", "Klien")])
def test_configure_application_loads_the_language(qapp, restore_app, language,  # type: ignore[no-untyped-def]
                                                  expected) -> None:
    from PySide6.QtCore import QCoreApplication, QObject

    from jssc_desktop.app import configure_application

    class MainWindow(QObject):  # the context of the real main window's texts
        def label(self) -> str:
            return self.tr("Klien")

    configure_application(qapp, language)
    assert MainWindow().label() == expected
    assert QCoreApplication.translate("App", "Tutup") == ("Close" if language == "en"
                                                          else "Tutup")


# ----------------------------------------------------------------- the extraction tool itself


def _tool():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("jssc_translations_tool",
                                                  ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_scanner_finds_texts_lupdate_cannot_see(tmp_path: Path) -> None:
    (tmp_path / "helpers.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def tr(text, context='JSSC'):\n"
        "    return QCoreApplication.translate(context, text)\n",
        encoding="utf-8")
    source = tmp_path / "sample_page.py"
    source.write_text(
        "from PySide6.QtCore import QT_TRANSLATE_NOOP\n"
        "from PySide6.QtWidgets import QWidget\n"
        "from . import helpers\n"
        "from .helpers import tr\n"
        "CONTEXT = 'Sample'\n"
        "STEPS = {'a': 'Ajukan', 'b': QT_TRANSLATE_NOOP('SamplePage', 'Tolak')}\n"
        "STATES = (('due', 'Jatuh tempo'), ('done', 'Selesai'))\n"
        "def t(text):\n"
        "    return helpers.tr(text, CONTEXT)\n"
        "class SamplePage(QWidget):\n"
        "    def build(self, code, name):\n"
        "        tr('Tutup')\n"
        "        tr('Batal', 'Other')\n"
        "        t('Simpan')\n"
        "        self.tr(STEPS[code])\n"
        "        for _code, label in STATES:\n"
        "            self.tr(label)\n"
        "        self.tr(f'Hapus {name}')\n"
        "        self.tr(name)\n"
        "        tr(STEPS.get(code, name))\n",
        encoding="utf-8")
    scan = _tool().scan_sources([source])
    found = {(e.context, e.text, e.line) for e in scan.extras}
    assert found == {("JSSC", "Tutup", 12), ("Other", "Batal", 13), ("Sample", "Simpan", 14),
                     ("SamplePage", "Ajukan", 15), ("SamplePage", "Tolak", 15),
                     ("SamplePage", "Jatuh tempo", 17), ("SamplePage", "Selesai", 17),
                     ("JSSC", "Ajukan", 20), ("JSSC", "Tolak", 20)}
    assert len(scan.warnings) == 3, scan.warnings
    assert "f-string" in scan.warnings[0] and ":18:" in scan.warnings[0]
    assert "run time" in scan.warnings[1] and ":19:" in scan.warnings[1]
    assert "QT_TRANSLATE_NOOP in context 'SamplePage'" in scan.warnings[2]
    assert ":20:" in scan.warnings[2]


def test_ts_writer_round_trips(tmp_path: Path) -> None:
    """The writer keeps everything lupdate and Qt Linguist put in the file."""
    tool = _tool()
    copy = tmp_path / "copy.ts"
    tool.save_ts(tool.load_ts(TS), copy)

    def canonical(path: Path) -> str:
        return ET.canonicalize(from_file=str(path), strip_text=True)

    assert canonical(copy) == canonical(TS)
    texts = [(m.findtext("source"), m.findtext("translation"))
             for m in ET.parse(TS).getroot().iter("message")]
    assert [(m.findtext("source"), m.findtext("translation"))
            for m in ET.parse(copy).getroot().iter("message")] == texts
    assert copy.read_text(encoding="utf-8").startswith(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1"')
