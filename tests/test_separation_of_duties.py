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
