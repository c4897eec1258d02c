"""Keyboard shortcuts (issue 13, point 8): defined once in ui/shortcuts.py, listed in the guide's
"Pintasan keyboard" topic in both languages exactly as defined, named in the buttons' tooltips,
and doing what they say (Ctrl+S saves a form, Ctrl+Shift+H marks everyone present)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import select

from jssc_desktop.storage.models import Attendance, Client, TrainingTrack
from jssc_desktop.ui import help as guide
from jssc_desktop.ui import shortcuts
from jssc_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui




def _guide_table(language: str) -> list[tuple[str, str, str]]:
    text = guide.topic_path("shortcuts", language).read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("|")]
    cells = [tuple(c.strip() for c in row.strip("|").split("|")) for row in rows]
    return [c for c in cells[2:]]  # after the header and its rule


def test_the_guide_lists_the_shortcuts_as_defined(language) -> None:
    """The same keys, actions and places, in the definitions' order, in the language shown."""
    table = shortcuts.table()
    assert _guide_table(language) == table
    if language == "en":
        assert ("Ctrl+S", "Save", "Forms, dialogs, attendance, tutors, settings") in table
    else:
        assert ("Ctrl+Shift+H", "Semua hadir", "Kehadiran") in table


def test_every_bindable_shortcut_is_a_real_key_and_none_repeats() -> None:
    seen = set()
    for s in shortcuts.SHORTCUTS:
        if s.bindable:
            sequence = s.sequence()
            assert not sequence.isEmpty() and sequence.toString() == s.keys, s
            assert s.keys not in seen, s
            seen.add(s.keys)


def test_the_window_menus_use_the_definitions(qtbot, make_ctx, boxes) -> None:
    window = MainWindow(make_ctx("staff"))
    qtbot.addWidget(window)
    keys = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.shortcut().isEmpty():
                keys.setdefault(action.shortcut().toString(), []).append(action.text())
    for name in ("refresh", "search", "new_client", "lock", "fullscreen", "quit", "help"):
        assert shortcuts.shortcut(name).keys in keys, name
    assert all(len(texts) == 1 for texts in keys.values()), keys  # no key used twice


def _activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)


def test_ctrl_s_saves_the_client_form(qtbot, make_ctx, boxes, language) -> None:
    from jssc_desktop.ui.clients.form import ClientForm

    ctx = make_ctx("staff")
    form = ClientForm(ctx, None, today=date(2026, 11, 23))
    _activate(qtbot, form)
    save_name = "Save" if language == "en" else "Simpan"
    assert form.save_button.toolTip() == f"{save_name} (Ctrl+S)"
    form.name.setText("Sulastri Wulandari")
    form.sex.set_code("P")
    form.ppks.set_code("P02")
    form.nik_missing_reason.set_code("hilang")
    form.admission_date.set_value(date(2026, 10, 1))
    form.name.setFocus()
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.saved is not None, timeout=3000)
    with ctx.session() as s:
        assert s.execute(select(Client.name)).scalars().all() == ["Sulastri Wulandari"]


def test_ctrl_s_saves_a_dialog_form(qtbot, make_ctx, boxes) -> None:
    from jssc_desktop.ui.pages.training_dialogs import TrackDialog

    ctx = make_ctx("staff")
    dialog = TrackDialog(ctx)
    dialog.finished.connect(lambda code: setattr(dialog, "closed_with", code))
    dialog.setModal(False)
    _activate(qtbot, dialog)
    assert dialog.ok_button.toolTip() == "Simpan (Ctrl+S)"
    dialog.code.setText("LAS")
    dialog.name.setText("Las Listrik")
    dialog.total_jp.setValue(90)
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(dialog, "closed_with", None) is not None, timeout=3000)
    with ctx.session() as s:
        assert s.execute(select(TrainingTrack.name)).scalars().all() == ["Las Listrik"]


def test_attendance_keys_mark_everyone_present_and_save(qtbot, make_ctx, people, programme,
                                                       sqlite_db, boxes, language) -> None:
    from jssc_desktop.ui.pages.attendance import AttendancePage

    page = AttendancePage(make_ctx(people["tutor"]))
    page.resize(1024, 700)
    _activate(qtbot, page)
    assert page.all_present.toolTip().endswith("(Ctrl+Shift+H)")
    assert page.save_button.toolTip().endswith("(Ctrl+S)")
    assert page.save_button.shortcut() == QKeySequence("Ctrl+S")
    assert [r.code for r in page.model.rows] == [None] * 4
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: [r.code for r in page.model.rows] == ["H"] * 4, timeout=3000)
    qtbot.keyClick(page.grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.model.is_dirty(), timeout=3000)
    with sqlite_db.session() as s:
        codes = s.execute(select(Attendance.code)
                          .where(Attendance.session_id == programme.session_id)).scalars()
        assert sorted(codes) == ["H"] * 4


def test_a_hidden_page_does_not_take_the_save_key(qtbot, make_ctx, boxes) -> None:
    """Ctrl+S belongs to the page shown: the tutors page's save button, hidden behind the
    settings page, does not react (and the shortcut is not ambiguous)."""
    window = MainWindow(make_ctx("admin"))
    _activate(qtbot, window)
    tutors = window.navigate("tutors")
    saved: list[str] = []
    tutors.save_button.clicked.connect(lambda: saved.append("tutors"))
    settings = window.navigate("settings")
    general = settings.pages[settings.tab_titles().index("Umum")]
    settings.tabs.setCurrentWidget(general)
    general.save_button.clicked.connect(lambda: saved.append("general"))
    general.setFocus()
    qtbot.keyClick(general, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(saved), timeout=3000)
    assert saved == ["general"]
