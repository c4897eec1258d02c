"""Facility requests: the step buttons follow the role and the status, a click moves the status,
a rejection asks why, photos are stored and shown as thumbnails."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from jssc_desktop.services import facility as facility_svc
from jssc_desktop.services.facility import FacilityInput
from jssc_desktop.storage.models import FacilityAttachment, FacilityRequest
from jssc_desktop.ui.pages import facility as facility_page
from jssc_desktop.ui.pages.facility import FacilityDialog, FacilityPage

pytestmark = pytest.mark.gui


@pytest.fixture
def request_id(sqlite_db, people) -> int:  # type: ignore[no-untyped-def]
    with sqlite_db.session() as s:
        detail = facility_svc.create_request(s, people["staff"], FacilityInput(
            title="Penggantian sepeda motor praktik", kind="nonfisik", funding_source="csr",
            estimated_cost=108_200_000, priority="tinggi",
            description="Model sepeda motor praktik sudah tidak beredar di pasaran."))
    return detail.id


def _status(db, request_id: int) -> str:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.execute(select(FacilityRequest.status)
                         .where(FacilityRequest.id == request_id)).scalar_one()


def _open(qtbot, make_ctx, actor) -> FacilityPage:  # type: ignore[no-untyped-def]
    page = FacilityPage(make_ctx(actor))
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _texts(page: FacilityPage) -> list[str]:
    return [b.text() for key, b in page.step_buttons.items() if not key.startswith("_")]


def test_staff_submits_a_draft(qtbot, make_ctx, people, request_id, sqlite_db, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(facility_page, "ask_confirm",
                        lambda parent, title, text, **kw: asked.append(text) or True)
    page = _open(qtbot, make_ctx, people["staff"])
    assert page.detail is not None and page.detail.id == request_id
    assert _texts(page) == ["Ajukan"]
    assert page.edit_button.isVisible()
    assert page.info["cost"].text() == "Rp 108.200.000"
    assert page.info["funding"].text() == "CSR perusahaan"

    qtbot.mouseClick(page.step_buttons["diajukan"], Qt.MouseButton.LeftButton)
    assert asked and "Diajukan" in asked[0]
    assert _status(sqlite_db, request_id) == "diajukan"
    assert page.detail.status == "diajukan"
    assert "Diajukan" in page.status_label.text()
    # The staff member cannot verify their own submission: no step button is left.
    assert _texts(page) == []
    assert not page.edit_button.isVisible()
    assert page.table.current().status_name == "Diajukan"


def _verified_by_a_colleague(db, people, request_id):  # type: ignore[no-untyped-def]
    """Staff submit, a second staff member verifies (not the submitter, not the approver)."""
    from tests.test_services_facility import second_staff

    colleague = second_staff(db)
    with db.session() as s:
        facility_svc.change_status(s, people["staff"], request_id, "diajukan")
        facility_svc.change_status(s, colleague, request_id, "diverifikasi")
    return colleague


def test_head_approves_or_rejects_a_verified_request(qtbot, make_ctx, people, request_id,
                                                     sqlite_db, monkeypatch):
    colleague = _verified_by_a_colleague(sqlite_db, people, request_id)
    # neither the verifier nor the administrator is offered an approval
    assert _texts(_open(qtbot, make_ctx, colleague)) == []
    assert _texts(_open(qtbot, make_ctx, people["admin"])) == []
    page = _open(qtbot, make_ctx, people["head"])
    assert set(_texts(page)) == {"Setujui", "Tolak"}
    assert not page.edit_button.isVisible()
    assert not page.add_before.isVisible()  # the head does not draft

    reasons = iter(["Anggaran CSR tahun ini sudah terpakai"])
    monkeypatch.setattr(facility_page, "ask_text", lambda *a, **k: next(reasons))
    qtbot.mouseClick(page.step_buttons["ditolak"], Qt.MouseButton.LeftButton)
    assert _status(sqlite_db, request_id) == "ditolak"
    last = page.detail.history[-1]
    assert last.to_status == "ditolak" and last.reason == "Anggaran CSR tahun ini sudah terpakai"
    assert len(page.history_rows) == 4
    assert "Anggaran CSR tahun ini sudah terpakai" in page.history.text()
    assert _texts(page) == []


def test_head_approves(qtbot, make_ctx, people, request_id, sqlite_db, monkeypatch):
    _verified_by_a_colleague(sqlite_db, people, request_id)
    monkeypatch.setattr(facility_page, "ask_confirm", lambda *a, **k: True)
    page = _open(qtbot, make_ctx, people["head"])
    qtbot.mouseClick(page.step_buttons["disetujui"], Qt.MouseButton.LeftButton)
    assert _status(sqlite_db, request_id) == "disetujui"
    # Budgeting is the staff's step, rejecting still the head's.
    assert _texts(page) == ["Tolak"]


def test_rejecting_without_a_reason_changes_nothing(qtbot, make_ctx, people, request_id,
                                                    sqlite_db, monkeypatch):
    with sqlite_db.session() as s:
        facility_svc.change_status(s, people["staff"], request_id, "diajukan")
    monkeypatch.setattr(facility_page, "ask_text", lambda *a, **k: None)
    page = _open(qtbot, make_ctx, people["head"])
    assert set(_texts(page)) == {"Verifikasi", "Tolak", "Kembalikan ke draf"}
    qtbot.mouseClick(page.step_buttons["ditolak"], Qt.MouseButton.LeftButton)
    assert _status(sqlite_db, request_id) == "diajukan"


def test_before_photo_is_stored_and_shown(qtbot, make_ctx, people, request_id, sqlite_db,
                                          tmp_path: Path):
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f9f"))
    photo = tmp_path / "motor-lama.png"
    assert image.save(str(photo))
    page = _open(qtbot, make_ctx, people["staff"])
    assert page.attach_files("sebelum", [photo])
    with sqlite_db.session() as s:
        stored = s.execute(select(FacilityAttachment)).scalar_one()
        assert (stored.kind, stored.file_name, stored.media_type) == (
            "sebelum", "motor-lama.png", "image/png")
        assert bytes(stored.content) == photo.read_bytes()
    assert page.attachment_model.rowCount() == 1
    item = page.attachment_model.item(0)
    assert item.text().startswith("Foto sebelum")
    assert not item.icon().isNull()
    assert stored.id in page._thumbs


def test_new_request_dialog_saves_a_draft(qtbot, make_ctx, people, sqlite_db):
    ctx = make_ctx(people["staff"])
    dialog = FacilityDialog(ctx, [])
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Perbaikan atap asrama putri")
    dialog.kind.set_code("fisik")
    dialog.funding.set_code("apbd")
    dialog.cost.set_amount(250_000_000)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with sqlite_db.session() as s:
        req = s.execute(select(FacilityRequest)).scalar_one()
        assert (req.title, req.kind, req.estimated_cost, req.status) == (
            "Perbaikan atap asrama putri", "fisik", 250_000_000, "draf")


def test_refused_draft_keeps_the_dialog_open(qtbot, make_ctx, people, sqlite_db, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("jssc_desktop.ui.usecase.show_error",
                        lambda parent, exc, **kw: shown.append(str(exc)))
    dialog = FacilityDialog(make_ctx(people["staff"]), [])
    qtbot.addWidget(dialog)
    dialog.accept()  # no title
    assert dialog.result() != dialog.DialogCode.Accepted
    assert shown and "judul" in shown[0].lower()
    assert dialog.title_edit.property("invalid") is True
