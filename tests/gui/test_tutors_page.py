"""Tutors page: list and search, the tutor form, agreements and the honorarium computation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from jssc_desktop.storage.models import Tutor, TutorAgreement
from jssc_desktop.ui.pages.tutors import AgreementDialog, TutorsPage

pytestmark = pytest.mark.gui


def _open(qtbot, make_ctx, actor) -> TutorsPage:  # type: ignore[no-untyped-def]
    page = TutorsPage(make_ctx(actor))
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_list_search_and_detail(qtbot, make_ctx, people, qtmodeltester):
    page = _open(qtbot, make_ctx, people["staff"])
    assert [r.name for r in page.table.source.rows] == ["Budi Santoso", "Sri Wahyuni"]
    qtmodeltester.check(page.table.source)
    assert page.table.model().index(1, 1).data() == "Eksternal"
    page.search.setText("dingin")
    page.search.search_changed.emit("dingin")
    assert [r.name for r in page.table.source.rows] == ["Sri Wahyuni"]
    assert page.detail is not None and page.detail.name == "Sri Wahyuni"
    assert page.institution.text() == "PT Dingin Sejuk"
    assert page.partner_kind.code() == "dunia_usaha"
    assert not page.nip.isEnabled()  # external tutors have no NIP
    assert page.rate.amount() == 150_000


def test_create_external_tutor(qtbot, make_ctx, people, sqlite_db):
    page = _open(qtbot, make_ctx, people["staff"])
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.creating and page.name.text() == ""
    page.name.setText("Rina Kartika, S.Pd.")
    page.tutor_type.set_code("eksternal")
    page.partner_kind.set_code("perguruan_tinggi")
    page.institution.setText("Universitas Negeri Malang")
    page.expertise.setText("Tata busana")
    page.certifications.setPlainText("BNSP Penjahit Busana Wanita")
    page.rate.set_amount(175_000)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with sqlite_db.session() as s:
        t = s.execute(select(Tutor).where(Tutor.name == "Rina Kartika, S.Pd.")).scalar_one()
        assert (t.tutor_type, t.partner_kind, t.institution, t.rate_per_jp) == (
            "eksternal", "perguruan_tinggi", "Universitas Negeri Malang", 175_000)
    assert page.detail is not None and page.detail.name == "Rina Kartika, S.Pd."
    assert page.table.current().name == "Rina Kartika, S.Pd."


def test_invalid_nip_marks_the_field(qtbot, make_ctx, people, sqlite_db, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("jssc_desktop.ui.usecase.show_error",
                        lambda parent, exc, **kw: shown.append(str(exc)))
    page = _open(qtbot, make_ctx, people["staff"])
    page.table.select_where(lambda r: r.name == "Budi Santoso")
    page.nip.setText("12345")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert shown == ["NIP harus 18 digit angka."]
    assert page.nip.property("invalid") is True
    with sqlite_db.session() as s:
        assert s.execute(select(Tutor.nip).where(Tutor.name == "Budi Santoso")).scalar_one() \
            is None


def test_agreement_and_honorarium(qtbot, make_ctx, people, programme, sqlite_db):
    from jssc_desktop.services import training
    from jssc_desktop.services.training import SessionInput

    today = date.today()
    with sqlite_db.session() as s:
        # Sri teaches cohort B: two sessions of 4 and 2 JP.
        training.add_session(s, people["admin"], programme.other_cohort_id,
                             SessionInput(today - timedelta(days=5), 4))
        training.add_session(s, people["admin"], programme.other_cohort_id,
                             SessionInput(today - timedelta(days=2), 2))
    page = _open(qtbot, make_ctx, people["staff"])
    page.table.select_where(lambda r: r.name == "Sri Wahyuni")
    dialog = AgreementDialog(page.ctx, page.detail, None, page)
    qtbot.addWidget(dialog)
    dialog.number.setText("MoU/PSBR/2026/07")
    dialog.start.set_value(today - timedelta(days=40))
    dialog.end.set_value(today + timedelta(days=300))
    dialog.rate.set_amount(160_000)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    page._reload_detail()
    assert [a.number for a in page.agreements.source.rows] == ["MoU/PSBR/2026/07"]
    assert page.agreements.model().index(0, 4).data() == "Ya"

    page.hours_start.set_value(today - timedelta(days=30))
    page.hours_end.set_value(today)
    qtbot.mouseClick(page.hours_button, Qt.MouseButton.LeftButton)
    text = page.hours_result.text()
    assert "6 JP" in text and "2 pertemuan" in text and "Rp 960.000" in text

    with sqlite_db.session() as s:
        assert s.execute(select(TutorAgreement.rate_per_jp)).scalar_one() == 160_000


def test_head_reads_only(qtbot, make_ctx, people):
    page = _open(qtbot, make_ctx, people["head"])
    assert page.detail is not None
    assert not page.save_button.isVisible() and not page.new_button.isVisible()
    assert not page.name.isEnabled()
    assert page.hours_button.isEnabled()


def test_list_pages_with_the_shared_paging(qtbot, make_ctx, people, sqlite_db):
    """The tutor list pages like the audit, follow-up and facility lists (ui/paging.py): the
    first page, 'Tampilkan lebih banyak' under it, and the count line."""
    with sqlite_db.session() as s:
        s.add(Tutor(name="Citra Lestari", tutor_type="internal", rate_per_jp=90_000))
    page = _open(qtbot, make_ctx, people["staff"])
    assert page.count_label.text() == "3 tutor" and not page.more_button.isVisibleTo(page)
    page.paging.page_size = 2
    page.load()
    assert [r.name for r in page.table.source.rows] == ["Budi Santoso", "Citra Lestari"]
    assert page.count_label.text() == "Menampilkan 2 dari 3 tutor"
    assert page.more_button.isVisibleTo(page)
    page.more_button.click()
    assert [r.name for r in page.table.source.rows] == ["Budi Santoso", "Citra Lestari",
                                                        "Sri Wahyuni"]
    assert page.count_label.text() == "3 tutor" and not page.more_button.isVisibleTo(page)
