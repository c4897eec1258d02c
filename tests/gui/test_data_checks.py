"""Checks that keep wrong data out, driven through the real dialogs and pages (issue 13, point 4):
the user is asked before a second session on one day or a client in overlapping cohorts, a
cohort's earlier start shows its participants in the early session's grid, a facility request
without cost or description is not submitted, and "Semua hadir" keeps S/I/A/T marks unless told."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from jssc_desktop.services import attendance as attendance_svc
from jssc_desktop.services import facility as facility_svc
from jssc_desktop.services import training
from jssc_desktop.services.facility import FacilityInput
from jssc_desktop.services.training import CohortInput, TrackInput
from jssc_desktop.storage.models import Enrollment, FacilityRequest, TrainingSession
from tests.gui.daily_helpers import programme, show

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_modal(boxes):  # type: ignore[no-untyped-def]
    """A message box would wait for a click: record it instead."""
    return boxes


def _sessions_on(db, day: date) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.execute(select(func.count(TrainingSession.id))
                         .where(TrainingSession.session_date == day)).scalar_one()


def test_second_session_on_one_day_is_confirmed(qtbot, make_ctx, people, sqlite_db, boxes):
    from jssc_desktop.ui.pages.training_dialogs import SessionDialog

    p = programme(sqlite_db, people)
    ctx = make_ctx("staff")
    with sqlite_db.session() as s:
        cohort = training.get_cohort(s, ctx.actor, p.cohort_id)
    day = date.today() - timedelta(days=1)
    boxes.confirm_answer = False
    dialog = show(qtbot, SessionDialog(ctx, cohort, [], None), 500, 300)
    dialog.day.set_value(day)
    dialog.accept()
    assert "sudah memiliki pertemuan" in boxes.texts()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert _sessions_on(sqlite_db, day) == 1
    boxes.confirm_answer = True
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _sessions_on(sqlite_db, day) == 2


def test_enrolling_into_an_overlapping_cohort_warns(qtbot, make_ctx, people, sqlite_db,
                                                    boxes):
    from jssc_desktop.ui.pages.training_dialogs import EnrollDialog

    p = programme(sqlite_db, people)
    ctx = make_ctx("staff")
    with sqlite_db.session() as s:
        boga = training.create_track(s, ctx.actor, TrackInput("BOGA", "Tata Boga"))
        other = training.create_cohort(s, ctx.actor, CohortInput(
            boga.id, "Boga I", p.start + timedelta(days=10), p.end + timedelta(days=30)))
    dialog = show(qtbot, EnrollDialog(ctx, other, set()), 600, 500)
    dialog.load("agus")
    dialog.model.check_all_shown(True)
    boxes.confirm_answer = False
    dialog.accept()
    assert "Agus Salim" in boxes.texts() and "Angkatan I" in boxes.texts()
    with sqlite_db.session() as s:
        assert s.execute(select(func.count(Enrollment.id))
                         .where(Enrollment.cohort_id == other.id)).scalar_one() == 0
    boxes.confirm_answer = True
    dialog.accept()
    with sqlite_db.session() as s:
        assert s.execute(select(func.count(Enrollment.id))
                         .where(Enrollment.cohort_id == other.id)).scalar_one() == 1


def test_earlier_cohort_start_fills_the_tutors_grid(qtbot, make_ctx, people, sqlite_db,
                                                    boxes):
    from jssc_desktop.ui.pages.attendance import AttendancePage
    from jssc_desktop.ui.pages.training_dialogs import CohortDialog

    p = programme(sqlite_db, people)
    staff = make_ctx("staff")
    with sqlite_db.session() as s:
        cohort = training.get_cohort(s, staff.actor, p.cohort_id)
        tracks = training.list_tracks(s, staff.actor)
    dialog = show(qtbot, CohortDialog(staff, tracks, [], cohort), 500, 400)
    earlier = p.start - timedelta(days=14)
    dialog.start.setFocus()
    dialog.start.selectAll()
    qtbot.keyClicks(dialog.start, earlier.strftime("%d%m%Y"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, boxes.texts()
    tutor = make_ctx("tutor")
    with sqlite_db.session() as s:
        early = training.add_session(s, tutor.actor, p.cohort_id, training.SessionInput(
            earlier + timedelta(days=1), 2, "Pertemuan awal"))
    page = show(qtbot, AttendancePage(tutor))
    page._load_sessions(page.cohort(), select_id=early.id)
    assert page.session().id == early.id
    assert [r.name for r in page.model.rows] == ["Agus Salim", "Bambang Irawan",
                                                 "Citra Lestari"]


@pytest.mark.parametrize(("cost", "description", "says"), [
    (0, "Kompor rusak", "Rp 0"), (2_500_000, "", "uraian kebutuhan")])
def test_facility_request_without_cost_or_description_stays_a_draft(
        qtbot, make_ctx, people, sqlite_db, boxes, cost, description, says):
    from jssc_desktop.ui.pages.facility import FacilityPage

    with sqlite_db.session() as s:
        draft = facility_svc.create_request(s, people["staff"], FacilityInput(
            title="Kompor dapur praktik", kind="nonfisik", funding_source="apbd",
            estimated_cost=cost, priority="sedang", description=description))
    page = show(qtbot, FacilityPage(make_ctx("staff")))
    page.open_request(draft.id)
    qtbot.mouseClick(page.step_buttons["diajukan"], Qt.MouseButton.LeftButton)
    assert says in boxes.texts()
    with sqlite_db.session() as s:
        assert s.get(FacilityRequest, draft.id).status == "draf"


def test_all_present_keeps_saved_marks_unless_told(qtbot, make_ctx, people, sqlite_db,
                                                   boxes):
    from jssc_desktop.ui.pages.attendance import AttendancePage

    p = programme(sqlite_db, people)
    tutor = make_ctx("tutor")
    with sqlite_db.session() as s:
        attendance_svc.save_attendance(s, tutor.actor, p.session_id, {p.client_ids[1]: "S"})
    page = show(qtbot, AttendancePage(tutor))
    assert page.session().id == p.session_id
    boxes.confirm_answer = False  # "Hanya yang belum diisi"
    qtbot.mouseClick(page.all_present, Qt.MouseButton.LeftButton)
    assert "Bambang Irawan (S)" in boxes.texts()
    assert [r.code for r in page.model.rows] == ["H", "S", "H"]
    boxes.confirm_answer = True
    qtbot.mouseClick(page.all_present, Qt.MouseButton.LeftButton)
    assert [r.code for r in page.model.rows] == ["H", "H", "H"]
    # Nothing marked yet: no question at all.
    page.model.revert()
    boxes.shown.clear()
    page.model.set_code(1, None)
    qtbot.mouseClick(page.all_present, Qt.MouseButton.LeftButton)
    assert boxes.shown == [] and [r.code for r in page.model.rows] == ["H", "H", "H"]


