"""The tutor's attendance screen: one click for all present, keyboard for the exceptions, saved
rows in the database, corrections with a reason, tutors limited to their own cohorts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from jssc_desktop.services import attendance as attendance_svc
from jssc_desktop.storage.models import Attendance, AuditLog
from jssc_desktop.ui.pages.attendance import AttendanceModel, AttendancePage, RecapModel

pytestmark = pytest.mark.gui


def _saved(db, session_id: int) -> dict[int, str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        rows = s.execute(select(Attendance.client_id, Attendance.code)
                         .where(Attendance.session_id == session_id)).all()
    return {cid: code for cid, code in rows}


def _open(qtbot, make_ctx, actor):  # type: ignore[no-untyped-def]
    page = AttendancePage(make_ctx(actor))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_all_present_then_keyboard_exception_then_save(qtbot, make_ctx, people, programme,
                                                       sqlite_db):
    page = _open(qtbot, make_ctx, people["tutor"])
    assert page.cohort().id == programme.cohort_id
    assert page.session().id == programme.session_id
    names = [r.name for r in page.model.rows]
    assert names == ["Agus Salim", "Bambang Irawan", "Citra Lestari", "Dewi Sartika"]

    qtbot.mouseClick(page.all_present, Qt.MouseButton.LeftButton)
    assert [r.code for r in page.model.rows] == ["H"] * 4

    # Bambang was sick, Citra came late: type S on row 2; the cursor moves to row 3; type T.
    page.grid.go_to_row(1)
    qtbot.keyClick(page.grid, Qt.Key.Key_S)
    assert page.grid.currentIndex().row() == 2
    qtbot.keyClicks(page.grid, "t")
    assert [r.code for r in page.model.rows] == ["H", "S", "T", "H"]
    assert page.model.is_dirty()

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    ids = {r.name: r.client_id for r in page.model.rows}
    assert _saved(sqlite_db, programme.session_id) == {
        ids["Agus Salim"]: "H", ids["Bambang Irawan"]: "S", ids["Citra Lestari"]: "T",
        ids["Dewi Sartika"]: "H"}
    assert not page.model.is_dirty()
    assert "terisi 4" in page.session_combo.currentText()


def test_correction_asks_for_a_reason(qtbot, make_ctx, people, programme, sqlite_db,
                                      monkeypatch):
    with sqlite_db.session() as s:
        attendance_svc.save_attendance(s, people["tutor"], programme.session_id, {})
    page = _open(qtbot, make_ctx, people["tutor"])
    assert [r.saved_code for r in page.model.rows] == ["H"] * 4
    asked: list[str] = []

    def fake_get_text(parent, title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "Salah catat: Dewi izin ke puskesmas", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake_get_text))
    page.grid.go_to_row(3)
    qtbot.keyClick(page.grid, Qt.Key.Key_I)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1 and "Dewi Sartika" in asked[0]
    dewi = programme.client_ids[3]
    assert _saved(sqlite_db, programme.session_id)[dewi] == "I"
    with sqlite_db.session() as s:
        reasons = list(s.execute(select(AuditLog.reason).where(AuditLog.reason.is_not(None)))
                       .scalars())
    assert "Salah catat: Dewi izin ke puskesmas" in reasons


def test_correction_cancelled_saves_nothing(qtbot, make_ctx, people, programme, sqlite_db,
                                            monkeypatch):
    with sqlite_db.session() as s:
        attendance_svc.save_attendance(s, people["tutor"], programme.session_id, {})
    page = _open(qtbot, make_ctx, people["tutor"])
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("", False)))
    page.grid.go_to_row(0)
    qtbot.keyClick(page.grid, Qt.Key.Key_A)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert set(_saved(sqlite_db, programme.session_id).values()) == {"H"}
    assert page.model.is_dirty()  # what was typed is kept


def test_tutor_sees_only_own_cohorts(qtbot, make_ctx, people, programme):
    page = _open(qtbot, make_ctx, people["tutor2"])
    cohorts = [page.cohort_combo.itemData(i) for i in range(page.cohort_combo.count())]
    assert [c.id for c in cohorts] == [programme.other_cohort_id]
    assert page.cohort_combo.currentText() == "Reparasi AC — Angkatan II"
    # Staff see both.
    staff_page = _open(qtbot, make_ctx, people["staff"])
    assert staff_page.cohort_combo.count() == 2


def test_monthly_recap_grid(qtbot, make_ctx, people, programme, sqlite_db, qtmodeltester):
    with sqlite_db.session() as s:
        attendance_svc.save_attendance(s, people["tutor"], programme.session_id,
                                       {programme.client_ids[1]: "S"})
    page = _open(qtbot, make_ctx, people["tutor"])
    day = page.session().session_date
    page.tabs.setCurrentIndex(1)
    index = page.month_combo.findData(f"{day.year:04d}-{day.month:02d}")
    page.month_combo.setCurrentIndex(index)
    model: RecapModel = page.recap_model
    assert model.recap is not None and model.recap.days == [day]
    # columns: reg no, name, one day, H S I A T, %
    assert model.columnCount() == 2 + 1 + 5 + 1
    assert model.headerData(2, Qt.Orientation.Horizontal) == str(day.day)
    bambang = [r.client_name for r in model.recap.rows].index("Bambang Irawan")
    assert model.index(bambang, 2).data() == "S"
    total_row = model.rowCount() - 1
    assert model.index(total_row, 1).data() == "Jumlah"
    assert model.index(total_row, 3).data() == "3"   # H
    assert model.index(total_row, 4).data() == "1"   # S
    assert model.index(total_row, 8).data() == "75,0%"
    qtmodeltester.check(model)


def test_attendance_model_passes_the_model_tester(qtbot, make_ctx, people, programme,
                                                  qtmodeltester):
    page = _open(qtbot, make_ctx, people["staff"])
    model: AttendanceModel = page.model
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_head_can_look_but_not_record(qtbot, make_ctx, people, programme):
    page = _open(qtbot, make_ctx, people["head"])
    assert page.model.rowCount() == 4
    assert not page.save_button.isVisible()
    assert not page.all_present.isVisible()
    assert date.today() >= programme.start


def test_recap_saved_as_pdf(qtbot, make_ctx, people, programme, sqlite_db, tmp_path,
                            monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from jssc_desktop.ui.pages import attendance as attendance_page

    pytest.importorskip("jssc_desktop.reports")
    with sqlite_db.session() as s:
        attendance_svc.save_attendance(s, people["tutor"], programme.session_id, {})
    opened: list = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path)))
    monkeypatch.setattr(attendance_page, "open_file", lambda path: opened.append(path))
    monkeypatch.setattr(attendance_page, "show_info", lambda *a, **k: None)
    page = _open(qtbot, make_ctx, people["tutor"])
    day = page.session().session_date
    page.tabs.setCurrentIndex(1)
    page.month_combo.setCurrentIndex(page.month_combo.findData(f"{day:%Y-%m}"))
    qtbot.mouseClick(page.save_recap_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened[0].parent == tmp_path and opened[0].read_bytes()[:5] == b"%PDF-"


def test_leaving_with_unsaved_marks_asks_first(qtbot, make_ctx, people, programme, sqlite_db,
                                               monkeypatch):
    from jssc_desktop.ui import main_window
    from jssc_desktop.ui.pages import attendance as attendance_page

    window = main_window.MainWindow(make_ctx(people["tutor"]))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.navigate("attendance")
    assert page.session() is not None
    page.all_present.click()
    assert page.model.is_dirty()
    answers = [False, True]
    asked = []

    def answer(*a, **k):  # type: ignore[no-untyped-def]
        asked.append(a)
        return answers.pop(0)

    monkeypatch.setattr(attendance_page, "ask_confirm", answer)
    window.navigate("training")
    assert window.current_key() == "attendance" and window.stack.currentWidget() is page
    window.navigate("training")
    assert window.current_key() == "training" and len(asked) == 2
    assert _saved(sqlite_db, programme.session_id) == {}
