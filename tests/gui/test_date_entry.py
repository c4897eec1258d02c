"""Dates typed from the keyboard in the real date field, and Tab leaving every multi-line box."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from jssc_desktop.domain.errors import ValidationError
from jssc_desktop.ui.widgets import DateEdit

pytestmark = pytest.mark.gui


def _form(qtbot, optional: bool = True, value: date | None = None):  # type: ignore[no-untyped-def]
    host = QWidget()
    layout = QVBoxLayout(host)
    edit = DateEdit(optional=optional, value=value, field="birth_date", label="Tanggal lahir")
    after = QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(after)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit._test_host = host  # keep the window alive as long as the field
    return edit, after


@pytest.mark.parametrize("typed", ["05071990", "5/7/1990", "05-07-1990", "5 Juli 1990",
                                   "5 July 1990", "05.07.1990", "July 5, 1990"])
def test_typed_dates_are_read_shown_and_tab_leaves(qtbot, typed: str) -> None:
    edit, after = _form(qtbot)
    changes: list[object] = []
    edit.dateChanged.connect(changes.append)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert after.hasFocus(), "Tab must move to the next field"
    assert edit.text() == "05/07/1990"
    assert edit.value() == date(1990, 7, 5)
    assert changes == [date(1990, 7, 5)]
    assert edit.error_message() is None and edit.property("invalid") is not True
    assert "5 Juli 1990" in edit.toolTip()


def test_impossible_date_is_refused_with_a_message_and_kept(qtbot) -> None:
    edit, after = _form(qtbot)
    qtbot.keyClicks(edit, "31021990")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert edit.text() == "31021990", "what was typed is never discarded"
    assert edit.property("invalid") is True
    assert "bukan tanggal yang sah" in (edit.error_message() or "")
    with pytest.raises(ValidationError) as err:
        edit.value()
    assert err.value.field == "birth_date" and "Tanggal lahir" in err.value.message


def test_unreadable_text_says_how_to_write_it(qtbot) -> None:
    edit, _after = _form(qtbot)
    qtbot.keyClicks(edit, "kemarin")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert "05/07/1990" in (edit.error_message() or "")
    # Correcting it clears the mark.
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "1 Mei 2001")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.value() == date(2001, 5, 1) and edit.property("invalid") is not True


def test_select_all_then_typing_replaces_an_existing_date(qtbot) -> None:
    edit, _after = _form(qtbot, optional=False, value=date(2020, 1, 2))
    assert edit.text() == "02/01/2020"
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "17081945")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.value() == date(1945, 8, 17) and edit.text() == "17/08/1945"


def test_empty_optional_is_none_and_required_is_refused(qtbot) -> None:
    edit, _after = _form(qtbot)
    assert edit.value() is None
    required, _ = _form(qtbot, optional=False, value=date(2020, 1, 2))
    required.selectAll()
    qtbot.keyClick(required, Qt.Key.Key_Delete)
    qtbot.keyClick(required, Qt.Key.Key_Tab)
    assert required.property("invalid") is True
    with pytest.raises(ValidationError, match="wajib diisi"):
        required.value()


def test_calendar_button_picks_a_date(qtbot) -> None:
    edit, _after = _form(qtbot)
    edit.open_calendar()
    from PySide6.QtWidgets import QCalendarWidget

    calendar = edit._popup.findChild(QCalendarWidget)  # type: ignore[union-attr]
    assert calendar.selectedDate().year() == date.today().year  # not January 1900
    from PySide6.QtCore import QDate

    calendar.clicked.emit(QDate(2001, 2, 3))
    assert edit.value() == date(2001, 2, 3) and edit.text() == "03/02/2001"


def test_client_form_birth_date_typed_and_saved_check(qtbot, make_ctx) -> None:
    from jssc_desktop.ui.clients.form import ClientForm

    form = ClientForm(make_ctx("staff"), None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.birth_date.setFocus()
    qtbot.waitUntil(form.birth_date.hasFocus)
    qtbot.keyClicks(form.birth_date, "05071990")
    qtbot.keyClick(form.birth_date, Qt.Key.Key_Tab)
    assert form.birth_date.text() == "05/07/1990"
    assert form.input().birth_date == date(1990, 7, 5)


def test_tab_leaves_every_multiline_box_of_the_address_forms(qtbot, make_ctx) -> None:
    """The address boxes (client form, UPT profile, first run) and every other multi-line box of
    the pages move focus on Tab instead of typing a tab character."""
    from jssc_desktop.ui.clients.form import ClientForm
    from jssc_desktop.ui.settings.profile_tab import ProfileTab

    ctx = make_ctx("admin")
    for widget in (ClientForm(make_ctx("staff"), None), ProfileTab(ctx)):
        qtbot.addWidget(widget)
        boxes = widget.findChildren(QPlainTextEdit)
        assert boxes
        for box in boxes:
            if not box.isReadOnly():
                assert box.tabChangesFocus(), f"{type(widget).__name__}: {box.objectName()}"


def test_tab_in_profile_address_moves_focus(qtbot, make_ctx) -> None:
    from jssc_desktop.ui.settings.profile_tab import ProfileTab

    tab = ProfileTab(make_ctx("admin"))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.form.address.setFocus()
    qtbot.waitUntil(tab.form.address.hasFocus)
    qtbot.keyClicks(tab.form.address, "Jl. Raya 1")
    qtbot.keyClick(tab.form.address, Qt.Key.Key_Tab)
    assert "\t" not in tab.form.address.toPlainText()
    assert not tab.form.address.hasFocus()
