"""Separation of duties: the acting head (Plh.) designated by the head approves for the dates of
the designation, and nobody else but the head does; runs on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from jssc_desktop.domain.errors import PermissionDenied, ValidationError
from jssc_desktop.reports.approval import approve_period
from jssc_desktop.services import approvers, facility
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog

from .test_services_facility import _new, _step, second_staff

TODAY = date(2026, 11, 23)


def test_acting_head_approves_within_the_designation(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    siti = second_staff(db)
    head, staff, admin = actors["head"], actors["staff"], actors["admin"]
    # only the head designates, and only an active staff member
    with db.session() as s, pytest.raises(PermissionDenied):
        approvers.designate_acting_head(s, admin, siti.user_id, date(2026, 11, 20),
                                        date(2026, 11, 30))
    for who in (admin, actors["tutor"]):
        with db.session() as s, pytest.raises(ValidationError, match="tidak dapat ditunjuk"):
            approvers.designate_acting_head(s, head, who.user_id, date(2026, 11, 20),
                                            date(2026, 11, 30))
    with db.session() as s, pytest.raises(ValidationError, match="sebelum tanggal mulai"):
        approvers.designate_acting_head(s, head, siti.user_id, date(2026, 11, 30),
                                        date(2026, 11, 20))
    with db.session() as s:
        view = approvers.designate_acting_head(s, head, siti.user_id, date(2026, 11, 20),
                                               date(2026, 11, 30), "Kepala UPT dinas luar")
    with db.session() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "acting_head.designate")
                        ).scalar_one()
        assert row.user_id == head.user_id and row.entity_id == siti.user_id
        assert row.after["starts_on"] == "2026-11-20" and row.after["ends_on"] == "2026-11-30"
        assert approvers.may_approve(s, siti, TODAY)
        assert not approvers.may_approve(s, siti, date(2026, 12, 1))
        assert not approvers.may_approve(s, staff, TODAY) and not approvers.may_approve(s, admin)
        assert "Plh. Kepala UPT" in approvers.describe(view)

    # a request: staff submit, the head verifies, the Plh. approves
    r = _new(db, staff)
    r = _step(db, staff, r.id, "diajukan")
    r = _step(db, head, r.id, "diverifikasi")
    with db.session() as s:  # the verifier's own approval is refused even to a Plh.
        req = s.get(facility.FacilityRequest, r.id)
        assert facility.step_refusal(s, head, req, "disetujui", TODAY)
        assert facility.step_refusal(s, siti, req, "disetujui", TODAY) is None
        assert facility.step_refusal(s, siti, req, "disetujui", date(2026, 12, 2))
    r = _step(db, siti, r.id, "disetujui", on=TODAY)
    assert r.status == "disetujui"

    # the Plh. approves the period report; a revoked designation does not
    with db.session() as s:
        approve_period(s, siti, "monthly", "2026-10", today=TODAY)
    with db.session() as s:
        approvers.revoke_acting_head(s, head, view.id)
    with pytest.raises(PermissionDenied, match="Kepala UPT atau Plh"):
        with db.session() as s:
            approve_period(s, siti, "monthly", "2026-09", today=TODAY)
    with db.session() as s:
        assert not approvers.may_approve(s, siti, TODAY)
        assert [v.revoked for v in approvers.list_acting_heads(s, head)] == [True]


def _pdf_words(data: bytes, tmp_path) -> str:  # type: ignore[no-untyped-def]
    import subprocess

    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def test_facility_form_is_signed_by_whoever_approved_it(db: Database, actors, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Approved by a Plh.: 'Plh. Kepala UPT' and the Plh.'s name, not the head's name or NIP;
    approved by the head: 'Kepala UPT' and the head named in the profile, with the NIP."""
    from jssc_desktop.reports.documents import facility_form_pdf
    from jssc_desktop.services.base import Actor
    from jssc_desktop.services.profile import ProfileInput, save_profile

    with db.session() as s:
        save_profile(s, Actor.system(), ProfileInput(
            name="UPT Uji", code="UPT-UJI", head_name="Dra. Kepala Sejati",
            head_nip="196501011990031001"))
    siti = second_staff(db)
    head, staff = actors["head"], actors["staff"]
    with db.session() as s:
        approvers.designate_acting_head(s, head, siti.user_id, date(2026, 11, 20),
                                        date(2026, 11, 30), "Kepala UPT dinas luar")
    with db.session() as s:
        from jssc_desktop.services.users import hash_password
        from jssc_desktop.storage.models import User

        other = User(username="rina", full_name="Rina Verifikator", role="staff",
                     password_hash=hash_password("Rak-Arsip-Biru-77"), must_change_password=False)
        s.add(other)
        s.flush()
        second_verifier = Actor(other.id, "rina", "staff", "Rina Verifikator")
    by_plh = _new(db, staff)
    by_head = _new(db, staff)
    for rid, approver in ((by_plh.id, siti), (by_head.id, head)):
        _step(db, staff, rid, "diajukan")
        # whoever verifies does not approve: the head verifies what the Plh. approves, and a
        # second staff member what the head approves
        verifier = head if approver is siti else second_verifier
        _step(db, verifier, rid, "diverifikasi")
        _step(db, approver, rid, "disetujui", on=TODAY)
    with db.session() as s:
        plh_words = _pdf_words(facility_form_pdf(s, staff, by_plh.id, today=TODAY)[1], tmp_path)
        head_words = _pdf_words(facility_form_pdf(s, staff, by_head.id, today=TODAY)[1],
                                tmp_path)
    # the signature block closes the form (the proposer's column beside it on the left)
    signed = plh_words.rsplit("Diusulkan oleh", 1)[1]
    assert "Plh. Kepala UPT" in signed and "Siti Verifikator" in signed, signed
    assert "Dra. Kepala Sejati" not in plh_words and "1990031001" not in plh_words
    signed = head_words.rsplit("Diusulkan oleh", 1)[1]
    assert "Kepala UPT" in signed and "Dra. Kepala Sejati" in signed, signed
    assert "Plh." not in head_words and "1990031001" in signed.replace(" ", "")
