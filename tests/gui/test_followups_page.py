"""Follow-ups: the overdue list, recording an outcome in the dialog, the effectiveness table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from jssc_desktop.services import graduation, training
from jssc_desktop.services.training import CohortInput
from jssc_desktop.storage.models import FollowUp
from jssc_desktop.ui.pages.followups import FollowUpDialog, FollowUpsPage

from .conftest import add_clients

pytestmark = pytest.mark.gui


@pytest.fixture
def graduates(sqlite_db, people, programme):  # type: ignore[no-untyped-def]
    """Two graduates of a cohort that ended 100 days ago: their 3-month follow-up is overdue."""
    admin = people["admin"]
    today = date.today()
    start, end = today - timedelta(days=220), today - timedelta(days=100)
    ids = add_clients(sqlite_db, ["Gita Permata", "Hadi Susanto"],
                      admitted=today - timedelta(days=300))
    with sqlite_db.session() as s:
        cohort = training.create_cohort(s, admin, CohortInput(
            programme.track_id, "Angkatan Lama", start, end,
            tutor_id=people["tutor"].tutor_id))
        enrolled = training.enroll_clients(s, admin, cohort.id, ids, enrolled_on=start)
        for e in enrolled:
            graduation.record_assessment(s, admin, e.id, score=85, result="kompeten",
                                         assessed_on=end)
        graduation.graduate_cohort(s, admin, cohort.id, graduated_on=end)
    return ids


def _open(qtbot, make_ctx, actor) -> FollowUpsPage:  # type: ignore[no-untyped-def]
    page = FollowUpsPage(make_ctx(actor))
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_overdue_list_and_record_dialog(qtbot, make_ctx, people, graduates, sqlite_db,
                                       qtmodeltester):
    page = _open(qtbot, make_ctx, people["staff"])
    page.set_state("overdue")
    rows = page.table.source.rows
    assert sorted(r.client_name for r in rows) == ["Gita Permata", "Hadi Susanto"]
    assert all(r.months_after == 3 and r.overdue_days > 0 for r in rows)
    assert page.table.model().index(0, 6).data().endswith("hari")
    qtmodeltester.check(page.table.source)

    page.table.select_where(lambda r: r.client_name == "Gita Permata")
    row = page.table.current()
    dialog = FollowUpDialog(page.ctx, row, None, page)
    qtbot.addWidget(dialog)
    assert dialog.day.value() == date.today()
    assert dialog.income.isEnabled()  # 'Bekerja' is preselected
    dialog.method.set_code("kunjungan")
    dialog.outcome.set_code("wirausaha")
    dialog.employer.setText("Servis AC Gita")
    dialog.income.set_amount(2_750_000)
    dialog.aid.setText("Manifold gauge dan pompa vakum")
    assert dialog.aid_condition.isEnabled() and dialog.aid_condition.code() == "dipakai"
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    with sqlite_db.session() as s:
        fu = s.execute(select(FollowUp).where(FollowUp.id == row.id)).scalar_one()
        assert (fu.done_date, fu.method, fu.outcome, fu.employer_or_business,
                fu.monthly_income, fu.aid_received, fu.aid_condition) == (
            date.today(), "kunjungan", "wirausaha", "Servis AC Gita", 2_750_000,
            "Manifold gauge dan pompa vakum", "dipakai")

    page.load()
    assert [r.client_name for r in page.table.source.rows] == ["Hadi Susanto"]
    page.set_state("done")
    done = page.table.source.rows
    assert [(r.client_name, r.outcome_name, r.monthly_income) for r in done] == [
        ("Gita Permata", "Wirausaha", 2_750_000)]
    assert page.table.model().index(0, 8).data() == "Rp 2.750.000"


def test_not_working_outcome_disables_income(qtbot, make_ctx, people, graduates, sqlite_db):
    page = _open(qtbot, make_ctx, people["staff"])
    page.set_state("overdue")
    row = page.table.source.rows[0]
    dialog = FollowUpDialog(page.ctx, row, None, page)
    qtbot.addWidget(dialog)
    dialog.income.set_amount(1_000_000)
    dialog.outcome.set_code("tidak_bekerja")
    assert not dialog.income.isEnabled() and dialog.income.amount() == 0
    dialog.accept()
    with sqlite_db.session() as s:
        fu = s.get(FollowUp, row.id)
        assert (fu.outcome, fu.monthly_income) == ("tidak_bekerja", None)


def test_effectiveness_table(qtbot, make_ctx, people, graduates, sqlite_db):
    page = _open(qtbot, make_ctx, people["head"])
    assert not page.record_button.isVisible()  # the head reads, staff record
    page.tabs.setCurrentIndex(1)
    rows = page.effect.source.rows
    assert [(r.track_name, r.graduates, r.followed_up) for r in rows] == [("Reparasi AC", 2, 0)]
    assert page.effect.model().index(0, 4).data() == "—"


def test_unusual_income_is_confirmed_in_the_dialog(qtbot, make_ctx, people, graduates,
                                                   sqlite_db, monkeypatch):
    """Above the ceiling (Rp 20 juta) the dialog asks; 'Periksa lagi' keeps it open with
    nothing saved and no second message; 'Ya' saves the figure as typed."""
    from jssc_desktop.ui import usecase
    from jssc_desktop.ui.pages import followups as followups_page

    errors: list[str] = []
    monkeypatch.setattr(usecase, "show_error", lambda _p, exc, **_k: errors.append(str(exc)))
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def answer(_parent, _title, text, **_kw):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(followups_page, "ask_confirm", answer)
    page = _open(qtbot, make_ctx, people["staff"])
    page.set_state("overdue")
    row = page.table.source.rows[0]
    dialog = FollowUpDialog(page.ctx, row, None, page)
    qtbot.addWidget(dialog)
    dialog.outcome.set_code("bekerja")
    dialog.income.set_amount(35_000_000)
    dialog.accept()  # no workplace: refused before any question
    assert asked == [] and "tempat kerja" in errors[-1]
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.employer.setText("PT Sumber Dingin")
    dialog.accept()  # asked, answered 'Periksa lagi'
    assert len(asked) == 1 and "Rp 35.000.000" in asked[0] and len(errors) == 1
    assert dialog.result() != dialog.DialogCode.Accepted
    with sqlite_db.session() as s:
        assert s.get(FollowUp, row.id).done_date is None
    dialog.accept()  # asked again, answered 'Ya'
    assert dialog.result() == dialog.DialogCode.Accepted
    with sqlite_db.session() as s:
        fu = s.get(FollowUp, row.id)
        assert (fu.outcome, fu.employer_or_business, fu.monthly_income) == (
            "bekerja", "PT Sumber Dingin", 35_000_000)
