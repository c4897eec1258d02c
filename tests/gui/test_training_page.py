"""Training page: programs and cohorts, enrolling many clients at once, assessment, graduation,
sessions; and what a tutor may see."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from jssc_desktop.storage.models import Enrollment, FollowUp, TrainingSession, TrainingTrack
from jssc_desktop.ui.pages import training as training_page
from jssc_desktop.ui.pages.training import TrainingPage
from jssc_desktop.ui.pages.training_dialogs import (
    AssessmentDialog,
    EnrollDialog,
    SessionDialog,
    TrackDialog,
)

from .conftest import add_clients

pytestmark = pytest.mark.gui


def _open(qtbot, make_ctx, actor) -> TrainingPage:  # type: ignore[no-untyped-def]
    page = TrainingPage(make_ctx(actor))
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_programs_cohorts_and_participants(qtbot, make_ctx, people, programme, qtmodeltester):
    page = _open(qtbot, make_ctx, people["staff"])
    assert page.current_track().name == "Reparasi AC"
    assert [c.name for c in page.cohorts.source.rows] == ["Angkatan I", "Angkatan II"]
    page.cohorts.select_where(lambda c: c.id == programme.cohort_id)
    assert page.title.text() == "Reparasi AC — Angkatan I"
    assert "Budi Santoso" in page.summary.text()
    assert [e.client_name for e in page.enrollments.source.rows] == [
        "Agus Salim", "Bambang Irawan", "Citra Lestari", "Dewi Sartika"]
    assert page.enrollments.model().index(0, 2).data() == "Aktif"
    assert page.sessions.source.rowCount() == 1
    for table in (page.tracks, page.cohorts, page.enrollments, page.sessions):
        qtmodeltester.check(table.source)


def test_enroll_many_clients_at_once(qtbot, make_ctx, people, programme, sqlite_db):
    new_ids = add_clients(sqlite_db, ["Gita Permata", "Gilang Ramadhan", "Hadi Susanto"])
    page = _open(qtbot, make_ctx, people["staff"])
    page.cohorts.select_where(lambda c: c.id == programme.cohort_id)
    taken = {e.client_id for e in page.enrollments.source.rows}
    dialog = EnrollDialog(page.ctx, page.cohort, taken, page)
    qtbot.addWidget(dialog)
    shown = {cid for cid, _label in dialog.model.items}
    assert set(new_ids) <= shown and not shown & taken  # already enrolled are not offered
    assert not dialog.ok_button.isEnabled()

    dialog.load("gi")  # the search field's debounced call
    labels = [label for _cid, label in dialog.model.items]
    assert len(labels) == 2 and all(label.startswith("Gi") for label in labels)
    dialog.model.check_all_shown(True)
    dialog.load("hadi")
    dialog.model.setData(dialog.model.index(0), Qt.CheckState.Checked,
                         Qt.ItemDataRole.CheckStateRole)
    assert dialog.count.text() == "3 klien dipilih"
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with sqlite_db.session() as s:
        enrolled = set(s.execute(select(Enrollment.client_id).where(
            Enrollment.cohort_id == programme.cohort_id)).scalars())
    assert set(new_ids) <= enrolled
    page.show_cohort()
    assert page.enrollments.source.rowCount() == 7


def test_assess_and_graduate(qtbot, make_ctx, people, programme, sqlite_db, monkeypatch):
    page = _open(qtbot, make_ctx, people["staff"])
    page.cohorts.select_where(lambda c: c.id == programme.cohort_id)
    page.enrollments.select_where(lambda e: e.client_name == "Citra Lestari")
    citra = page.enrollments.current()
    dialog = AssessmentDialog(page.ctx, citra, page)
    qtbot.addWidget(dialog)
    assert dialog.score.text() == "tanpa nilai angka"
    dialog.score.setValue(88.5)
    dialog.outcome.set_code("kompeten")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    # Saving reloaded the page (its live refresh), which kept the cohort and Citra selected.
    assert page.cohort.id == programme.cohort_id
    assert page.enrollments.current().id == citra.id
    page.load_enrollments()
    assert page.enrollments.select_where(lambda e: e.client_name == "Citra Lestari")
    assert page.enrollments.current().competency_result_name == "Kompeten"

    monkeypatch.setattr(training_page, "ask_date", lambda *a, **k: date.today())
    qtbot.mouseClick(page.graduate_button, Qt.MouseButton.LeftButton)
    with sqlite_db.session() as s:
        e = s.get(Enrollment, citra.id)
        assert e.status == "lulus" and e.certificate_no
        assert s.execute(select(func.count(FollowUp.id))
                         .where(FollowUp.enrollment_id == citra.id)).scalar_one() == 3
    assert page.enrollments.select_where(lambda x: x.id == citra.id)
    assert page.enrollments.current().status_name == "Lulus"


def test_reloads_keep_the_selection_while_ctrl_is_held(qtbot, make_ctx, people, programme):
    """A table chosen from by the program (a reload keeping the record selected, a search
    result) selects that one row also while Ctrl is down: Qt's selectRow would toggle an already
    selected row off, and the page then had no participant (the whole-folder GUI run found it
    after a Ctrl+S test left Ctrl down)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    page = _open(qtbot, make_ctx, people["staff"])
    page.cohorts.select_where(lambda c: c.id == programme.cohort_id)
    QTest.keyPress(page.enrollments, Qt.Key.Key_Control,  # held down, not released yet
                   Qt.KeyboardModifier.ControlModifier)
    try:
        assert QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier
        for _ in range(2):  # choosing the row that is already chosen keeps it chosen
            assert page.enrollments.select_where(lambda e: e.client_name == "Citra Lestari")
            assert [e.client_name for e in page.enrollments.selected()] == ["Citra Lestari"]
        page.load_enrollments()  # a reload keeps it
        assert [e.client_name for e in page.enrollments.selected()] == ["Citra Lestari"]
        assert page.enrollments.select_where(lambda e: e.client_name == "Agus Salim")
        assert [e.client_name for e in page.enrollments.selected()] == ["Agus Salim"]
        page.cohorts.select_where(lambda c: c.id == programme.cohort_id)
        assert page.cohort.id == programme.cohort_id
    finally:
        QTest.keyRelease(page.enrollments, Qt.Key.Key_A)  # a plain key: nothing held any more
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def test_graduating_an_unassessed_participant_is_refused(qtbot, make_ctx, people, programme,
                                                        sqlite_db, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("jssc_desktop.ui.usecase.show_error",
                        lambda parent, exc, **kw: shown.append(str(exc)))
    monkeypatch.setattr(training_page, "ask_date", lambda *a, **k: date.today())
    page = _open(qtbot, make_ctx, people["staff"])
    page.cohorts.select_where(lambda c: c.id == programme.cohort_id)
    page.enrollments.select_where(lambda e: e.client_name == "Agus Salim")
    qtbot.mouseClick(page.graduate_button, Qt.MouseButton.LeftButton)
    assert shown and "Agus Salim" in shown[0] and "belum dinilai" in shown[0]
    with sqlite_db.session() as s:
        assert s.execute(select(func.count(Enrollment.id))
                         .where(Enrollment.status == "lulus")).scalar_one() == 0


def test_new_track_and_session_dialogs(qtbot, make_ctx, people, programme, sqlite_db):
    ctx = make_ctx(people["staff"])
    track = TrackDialog(ctx)
    qtbot.addWidget(track)
    track.code.setText("boga")
    track.name.setText("Tata Boga")
    track.total_jp.setValue(150)
    track.accept()
    assert track.result() == track.DialogCode.Accepted
    with sqlite_db.session() as s:
        assert s.execute(select(TrainingTrack.code).where(TrainingTrack.name == "Tata Boga")) \
            .scalar_one() == "BOGA"

    page = _open(qtbot, make_ctx, people["staff"])
    page.tracks.select_where(lambda t: t.code == "AC")
    page.cohorts.select_where(lambda c: c.id == programme.cohort_id)
    dialog = SessionDialog(ctx, page.cohort, [], None, page)
    qtbot.addWidget(dialog)
    dialog.day.set_value(date.today() - timedelta(days=3))
    dialog.jp.setValue(3)
    dialog.topic.setText("Keselamatan kerja")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with sqlite_db.session() as s:
        topics = set(s.execute(select(TrainingSession.topic)).scalars())
    assert "Keselamatan kerja" in topics


def test_tutor_sees_own_cohorts_and_no_management_buttons(qtbot, make_ctx, people, programme):
    page = _open(qtbot, make_ctx, people["tutor"])
    assert [c.name for c in page.cohorts.source.rows] == ["Angkatan I"]
    assert not page.add_track.isVisible() and not page.add_cohort.isVisible()
    assert not page.enroll_button.isVisible() and not page.graduate_button.isVisible()
    assert page.assess_button.isVisible()  # tutors assess their participants
    assert not page.add_session.isHidden()


def test_certificate_printed_off_the_gui_thread(qtbot, make_ctx, people, programme, sqlite_db,
                                                tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from jssc_desktop.services import graduation

    pytest.importorskip("jssc_desktop.reports")
    with sqlite_db.session() as s:
        e = s.execute(select(Enrollment).where(
            Enrollment.client_id == programme.client_ids[0])).scalar_one()
        graduation.record_assessment(s, people["admin"], e.id, score=90, result="kompeten",
                                     assessed_on=date.today())
        graduation.graduate(s, people["admin"], e.id, graduated_on=date.today())
    opened: list = []
    infos: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path)))
    monkeypatch.setattr(training_page, "open_file", lambda path: opened.append(path))
    monkeypatch.setattr(training_page, "show_info", lambda p, title, text, *a: infos.append(text))
    page = _open(qtbot, make_ctx, people["staff"])
    page.cohorts.select_where(lambda c: c.id == programme.cohort_id)
    page.enrollments.select_where(lambda x: x.client_name == "Agus Salim")
    qtbot.mouseClick(page.certificate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    pdfs = list(tmp_path.glob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes()[:5] == b"%PDF-"
    assert opened == [pdfs[0]]
    assert "1 sertifikat" in infos[-1]
