"""The client form checks on saving or on leaving a field, not on opening, and "Batal" (or
closing the window) with unsaved changes asks first. Real widgets, real focus changes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from jssc_desktop.services import clients as svc
from jssc_desktop.ui.clients.form import ClientForm

pytestmark = pytest.mark.gui


def _red(form: ClientForm) -> list[str]:
    return [name for name, w in form.fields.items() if w.property("invalid")]


def _open(qtbot, form: ClientForm) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()


def _leave(qtbot, widget: QWidget, to: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    to.setFocus()
    qtbot.waitUntil(to.hasFocus, timeout=2000)


def test_new_form_opens_without_errors(qtbot, make_ctx, boxes):
    form = ClientForm(make_ctx("staff"), None)
    _open(qtbot, form)
    assert _red(form) == []
    assert form.nik_hint.objectName() != "warning"
    assert "pilih alasannya di bawah" not in form.nik_hint.text().lower() or \
        form.nik_hint.objectName() == "hint"
    assert form.summary.text() == ""


def test_leaving_an_empty_required_field_marks_it(qtbot, make_ctx, boxes):
    form = ClientForm(make_ctx("staff"), None)
    _open(qtbot, form)
    _leave(qtbot, form.name, form.birth_place)
    assert _red(form) == ["name"]
    qtbot.keyClicks(form.name, "Rudi")
    assert "name" not in _red(form)


def test_leaving_the_nik_without_a_reason_marks_the_reason(qtbot, make_ctx, boxes):
    form = ClientForm(make_ctx("staff"), None)
    _open(qtbot, form)
    _leave(qtbot, form.nik, form.kk)
    assert "nik_missing_reason" in _red(form)
    assert form.nik_hint.objectName() == "warning"


def test_saving_shows_every_missing_field(qtbot, make_ctx, boxes):
    form = ClientForm(make_ctx("staff"), None)
    _open(qtbot, form)
    form.save()
    assert form.saved is None
    assert {"name", "sex", "ppks_code", "nik_missing_reason"} <= set(_red(form))
    assert form.summary.text()


def test_cancel_without_changes_closes_without_asking(qtbot, make_ctx, boxes):
    form = ClientForm(make_ctx("staff"), None)
    _open(qtbot, form)
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert [k for k, _t, _x in boxes.shown if k == "confirm"] == []


def test_cancel_with_changes_asks_and_can_go_back(qtbot, make_ctx, boxes):
    form = ClientForm(make_ctx("staff"), None)
    _open(qtbot, form)
    qtbot.keyClicks(form.name, "Rudi Hartono")
    boxes.confirm_answer = False  # "Kembali ke formulir"
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.name.text() == "Rudi Hartono"
    assert [t for k, t, _x in boxes.shown if k == "confirm"] == ["Perubahan belum disimpan"]
    boxes.confirm_answer = True  # "Buang perubahan"
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()


def test_escape_and_closing_the_window_ask_too(qtbot, make_ctx, boxes):
    form = ClientForm(make_ctx("staff"), None)
    _open(qtbot, form)
    form.sex.set_code("L")
    boxes.confirm_answer = False
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()
    form.close()
    assert form.isVisible()
    assert len([k for k, _t, _x in boxes.shown if k == "confirm"]) == 2


def test_edit_form_unchanged_closes_and_changed_asks(qtbot, make_ctx, boxes):
    ctx = make_ctx("staff")
    with ctx.session() as s:
        detail = svc.register_client(s, ctx.actor, svc.ClientInput(
            name="Siti Rahmawati", sex="P", ppks_code="P02", nik_missing_reason="tidak_punya",
            admission_date=date(2026, 10, 1)), today=date(2026, 11, 23))
        detail = svc.get_client(s, ctx.actor, detail.id)
    form = ClientForm(ctx, detail, today=date(2026, 11, 23))
    _open(qtbot, form)
    assert _red(form) == []
    form.phone.setText("08123")
    boxes.confirm_answer = False
    form.reject()
    assert form.isVisible()
    form.phone.clear()  # back to what is stored: nothing to lose
    form.reject()
    assert not form.isVisible()
    assert len([k for k, _t, _x in boxes.shown if k == "confirm"]) == 1
