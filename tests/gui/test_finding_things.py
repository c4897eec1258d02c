"""Finding things (issue 13, point 7), on the real pages: a search box on the follow-up list,
a cohort combo that filters as you type, periods newest first, duplicate check results that open,
a confirmation after saving a follow-up, no 'Setujui' for an approved period, the role that must
act named, and a lock screen that says why and is not cut off."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from jssc_desktop.services import clients as clients_svc
from jssc_desktop.services import facility as facility_svc
from jssc_desktop.services import training
from jssc_desktop.services.clients import ClientInput
from jssc_desktop.services.facility import FacilityInput
from jssc_desktop.services.training import CohortInput, TrackInput
from tests.gui.daily_helpers import graduates, programme, show

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_modal(boxes):  # type: ignore[no-untyped-def]
    """A message box would wait for a click: record it instead."""
    return boxes


def test_follow_up_list_has_a_search_box(qtbot, make_ctx, people, sqlite_db):
    from jssc_desktop.ui.pages.followups import FollowUpsPage

    p = programme(sqlite_db, people)
    graduates(sqlite_db, people, p, ["Gita Permata", "Hadi Susanto", "H. Gilang Ramadhan"])
    page = show(qtbot, FollowUpsPage(make_ctx("staff")))
    page.set_state("all")
    assert len(page.table.source.rows) == 9  # 3, 6 and 12 months for each
    qtbot.keyClicks(page.search, "gil")
    qtbot.waitUntil(lambda: len(page.table.source.rows) == 3, timeout=3000)
    assert {r.client_name for r in page.table.source.rows} == {"H. Gilang Ramadhan"}
    assert "3 dari 3" in page.count_label.text()
    page.search.setText(page.table.source.rows[0].reg_no.lower())
    qtbot.waitUntil(lambda: len(page.table.source.rows) == 3, timeout=3000)
    page.search.clear()
    qtbot.waitUntil(lambda: len(page.table.source.rows) == 9, timeout=3000)


def test_saving_a_follow_up_is_confirmed(qtbot, make_ctx, people, sqlite_db, monkeypatch,
                                         boxes):
    from jssc_desktop.ui.pages import followups as followups_page

    p = programme(sqlite_db, people)
    graduates(sqlite_db, people, p, ["Gita Permata"])
    page = show(qtbot, followups_page.FollowUpsPage(make_ctx("staff")))
    page.set_state("overdue")
    assert not page.saved_label.isVisible()

    def fill_and_save(dialog):  # type: ignore[no-untyped-def]
        dialog.method.set_code("telepon")
        dialog.outcome.set_code("bekerja")
        dialog.income.set_amount(1_500_000)
        dialog.employer.setText("Warung Makan Bu Gita")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(followups_page.FollowUpDialog, "exec", fill_and_save)
    page.table.select_first()
    page.record()
    assert page.saved_label.isVisible()
    text = page.saved_label.text()
    assert "Tersimpan" in text and "Gita Permata" in text and "bulan ke-3" in text
    assert "Bekerja" in text and "Selesai" in text
    assert page.table.source.rows == []  # it left the overdue list, as the text says


def test_attendance_cohort_combo_filters_as_you_type(qtbot, make_ctx, people, sqlite_db):
    from jssc_desktop.ui.pages.attendance import AttendancePage

    p = programme(sqlite_db, people)
    admin = people["admin"]
    with sqlite_db.session() as s:
        boga = training.create_track(s, admin, TrackInput("BOGA", "Tata Boga"))
        for n in range(1, 6):
            training.create_cohort(s, admin, CohortInput(
                boga.id, f"Boga {n}", p.start, p.end))
    page = show(qtbot, AttendancePage(make_ctx("staff")))
    combo = page.cohort_combo
    assert combo.count() == 6 and combo.isEditable()
    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "boga 4")
    completer = combo.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Tata Boga — Boga 4 (direncanakan)"
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.cohort() is not None and page.cohort().name == "Boga 4",
                    timeout=2000)
    # Text that matches nothing goes back to the chosen cohort on leaving the field.
    page.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "zzz")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    assert combo.currentText() == "Tata Boga — Boga 4 (direncanakan)"


def test_period_combo_newest_first(qtbot, make_ctx, people):
    from jssc_desktop.ui.pages.reports import ReportsPage

    page = show(qtbot, ReportsPage(make_ctx("staff"), today=date(2026, 11, 23)))
    keys = [page.period.itemData(i).key for i in range(page.period.count())]
    assert keys[:3] == ["2026-11", "2026-10", "2026-09"]
    assert keys == sorted(keys, reverse=True)
    assert page.current_period().key == "2026-10"  # the last finished month is chosen


def test_approved_period_is_not_offered_for_approval_again(qtbot, make_ctx, people,
                                                           sqlite_db):
    from jssc_desktop.reports.approval import approve_period
    from jssc_desktop.ui.pages.reports import ReportsPage

    with sqlite_db.session() as s:
        approve_period(s, people["head"], "monthly", "2026-09", today=date(2026, 11, 23))
    page = show(qtbot, ReportsPage(make_ctx("head"), today=date(2026, 11, 23)))
    assert page.current_period().key == "2026-10"
    assert page.approve_button.isVisible()
    page.select_period("monthly", "2026-09")
    assert not page.approve_button.isVisible()
    assert "sudah disetujui oleh Kepala UPT" in page.approval_label.text()


def test_duplicate_check_opens_the_records_it_lists(qtbot, make_ctx, sqlite_db, monkeypatch):
    from jssc_desktop.ui.clients import detail as detail_module
    from jssc_desktop.ui.clients.form import DuplicateDialog

    ctx = make_ctx("staff")
    same = ClientInput(name="Siti Aminah", sex="P", birth_date=date(2001, 4, 9),
                       nik_missing_reason="tidak_punya", ppks_code="P02",
                       admission_date=date(2026, 1, 5))
    with sqlite_db.session() as s:
        first = clients_svc.register_client(s, ctx.actor, same)
        check = clients_svc.check_client(s, ctx.actor, same)
    assert [d.client_id for d in check.duplicates] == [first.id]
    opened: list[int] = []
    monkeypatch.setattr(detail_module.ClientDetailDialog, "exec",
                        lambda self: opened.append(self.client_id) or 0)
    dialog = show(qtbot, DuplicateDialog(check, ctx=ctx), 560, 300)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [first.id]
    dialog.list.itemActivated.emit(dialog.list.item(0))
    assert opened == [first.id, first.id]
    assert dialog.detail_dialog.client is not None  # the real detail, loaded
    assert dialog.detail_dialog.client.name == "Siti Aminah"


def test_waiting_names_the_role_that_must_act(qtbot, make_ctx, people, sqlite_db):
    from jssc_desktop.ui.pages.facility import FacilityPage

    staff = people["staff"]
    with sqlite_db.session() as s:
        draft = facility_svc.create_request(s, staff, FacilityInput(
            title="Kompor dapur praktik", kind="nonfisik", funding_source="apbd",
            estimated_cost=2_500_000, priority="sedang", description="Kompor lama bocor."))
        facility_svc.change_status(s, staff, draft.id, "diajukan")
    page = show(qtbot, FacilityPage(make_ctx("staff")))
    page.open_request(draft.id)
    waiting = page.step_buttons["_waiting"]
    roles = facility_svc.waiting_for("diajukan")  # from the permission matrix
    assert "Kepala UPT" in roles
    assert waiting.text() == "Menunggu tindakan " + " atau ".join(roles) + "."


def _not_clipped(widget) -> list[str]:  # type: ignore[no-untyped-def]
    bad = []
    for label in widget.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if label.height() < need:
                bad.append(f"{label.text()[:40]}: {label.height()} < {need}")
        elif label.width() < label.sizeHint().width():
            bad.append(f"{label.text()[:40]}: {label.width()} < {label.sizeHint().width()}")
    return bad


def test_lock_screen_says_why_and_is_not_cut_off(qtbot, make_ctx, sqlite_db, people):
    from jssc_desktop.ui.login import UnlockDialog
    from jssc_desktop.ui.main_window import MainWindow
    from tests.gui.test_login import _answer_modal

    idle = show(qtbot, UnlockDialog(sqlite_db, people["staff"], idle_minutes=7), 1, 1)
    qtbot.wait(50)
    assert "tidak dipakai selama 7 menit" in idle.reason.text()
    assert _not_clipped(idle) == []
    manual = show(qtbot, UnlockDialog(sqlite_db, people["staff"]), 1, 1)
    assert "Kunci layar" in manual.reason.text() and "menit" not in manual.reason.text()
    idle.done(1)
    manual.done(1)

    window = MainWindow(make_ctx("staff"))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    seen = {}

    def look(modal) -> None:  # type: ignore[no-untyped-def]
        seen["screen"] = window.lock_reason.text()
        modal.password.setText("Rahasia-123")
        modal.try_unlock()

    _answer_modal(qtbot, look)
    window.idle.timer.timeout.emit()
    assert "tidak dipakai selama" in seen["screen"]
    window.close()
