"""The audit log: filtered lists, record history, and detection of edits made outside the app."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from jssc_desktop.domain.errors import PermissionDenied
from jssc_desktop.services import audit_log
from jssc_desktop.services.base import Actor, audit
from jssc_desktop.storage.db import Database

#: The rows the ``actors`` fixture writes: each of its five users' creation.
USERS = 5


def _fill(db: Database, actors: dict[str, Actor]) -> None:
    with db.session() as s:
        audit(s, actors["staff"], "client.create", "client", 1, after={"name": "Agus", "n": 1.5})
        audit(s, actors["staff"], "client.update", "client", 1, {"name": "Agus"},
              {"name": "Agus Salim"})
        audit(s, actors["admin"], "user.create", "user", 9, after={"username": "dewi"})
        audit(s, actors["staff"], "client.create", "client", 2, after={"name": "Budi ✓"})
        audit(s, actors["head"], "facility.status", "facility_request", 1,
              {"status": "diajukan"}, {"status": "ditolak"}, reason="Anggaran habis")


def test_list_filters_and_pages(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    _fill(db, actors)
    with db.session() as s:
        all_ = audit_log.list_audit(s, actors["head"])
        clients = audit_log.list_audit(s, actors["admin"], entity="client")
        one = audit_log.list_audit(s, actors["admin"], entity="client", entity_id=1)
        by_user = audit_log.list_audit(s, actors["admin"], username="STAF")
        creates = audit_log.list_audit(s, actors["admin"], action="client.create")
        prefix = audit_log.list_audit(s, actors["admin"], action="client.")
        wild = audit_log.list_audit(s, actors["admin"], action="%")
        page = audit_log.list_audit(s, actors["admin"], offset=1, limit=2)
        today = audit_log.list_audit(s, actors["admin"], start=datetime.now().date(),
                                     end=datetime.now().date())
    assert all_.total == USERS + 5 and all_.rows[0].action == "facility.status"  # newest first
    assert all_.rows[0].reason == "Anggaran habis" and all_.rows[0].after == {"status": "ditolak"}
    assert clients.total == 3 and one.total == 2
    assert [r.action for r in one.rows] == ["client.update", "client.create"]
    assert by_user.total == 3 and {r.username for r in by_user.rows} == {"staf"}
    assert creates.total == 2 and prefix.total == 3 and wild.total == 0
    assert page.total == USERS + 5
    assert [r.action for r in page.rows] == ["client.create", "user.create"]
    assert today.total == USERS + 5
    for who in ("staff", "tutor"):
        with pytest.raises(PermissionDenied):
            with db.session() as s:
                audit_log.list_audit(s, actors[who])


def test_entity_history_permissions(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    _fill(db, actors)
    with db.session() as s:
        staff_view = audit_log.entity_history(s, actors["staff"], "client", 1)
        head_view = audit_log.entity_history(s, actors["head"], "facility_request", 1)
    assert [r.action for r in staff_view] == ["client.create", "client.update"]
    assert staff_view[1].before == {"name": "Agus"} and staff_view[1].username == "staf"
    assert [r.reason for r in head_view] == ["Anggaran habis"]
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            audit_log.entity_history(s, actors["staff"], "user", 9)
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            audit_log.entity_history(s, actors["tutor"], "client", 1)


def test_intact_chain_verifies(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        empty = audit_log.verify_chain(s, actors["admin"])
    assert empty.ok and empty.checked == USERS
    _fill(db, actors)
    with db.session() as s:
        check = audit_log.verify_chain(s, actors["head"])
    assert check.ok and check.checked == USERS + 5 and check.first_bad_id is None
    assert "utuh" in check.message
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            audit_log.verify_chain(s, actors["staff"])


def _ids(db: Database) -> list[int]:
    with db.session() as s:
        return [r.id for r in reversed(audit_log.list_audit(s, Actor.system()).rows)]


def test_tampered_row_detected(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    _fill(db, actors)
    ids = _ids(db)
    # someone edits the database directly: the renamed client in the second row
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'kepala' WHERE id = :id"),
                     {"id": ids[1]})
    with db.session() as s:
        check = audit_log.verify_chain(s, actors["admin"])
    assert not check.ok and check.first_bad_id == ids[1] and check.checked == 2
    assert f"#{ids[1]}" in check.message and "diubah di luar aplikasi" in check.message


def test_tampered_json_detected(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    _fill(db, actors)
    ids = _ids(db)
    with db.engine.begin() as conn:
        conn.execute(text("""UPDATE audit_log SET "after" = '{"status": "disetujui"}', """
                          "reason = NULL WHERE id = :id"), {"id": ids[4]})
    with db.session() as s:
        check = audit_log.verify_chain(s, actors["admin"])
    assert not check.ok and check.first_bad_id == ids[4] and check.checked == 5


def test_deleted_row_detected(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    _fill(db, actors)
    ids = _ids(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[2]})
    with db.session() as s:
        check = audit_log.verify_chain(s, actors["admin"])
    assert not check.ok and check.first_bad_id == ids[3]
    assert "dihapus" in check.message


def test_no_function_edits_audit_rows() -> None:
    public = [n for n in dir(audit_log) if not n.startswith("_")]
    assert not [n for n in public if n.startswith(("delete", "update", "edit", "purge"))]


def test_chain_of_real_service_writes_verifies(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    """Rows written by services (dates, money, Unicode, None) read back to the same hash."""
    from datetime import date

    from jssc_desktop.services import facility, tutors

    with db.session() as s:
        t = tutors.create_tutor(s, actors["staff"], tutors.TutorInput(
            name="Ni Luh Putu Ayu Saraswati", tutor_type="eksternal", partner_kind="dunia_usaha",
            institution="Café “Rasa Nusantara”", rate_per_jp=125_500))
        tutors.add_agreement(s, actors["staff"], t.id, tutors.AgreementInput(
            number="PKS/01/2026", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31),
            rate_per_jp=130_000, notes="Baris 1\nBaris 2"))
        r = facility.create_request(s, actors["staff"], facility.FacilityInput(
            title="Dapur praktik", kind="fisik", funding_source="apbd",
            estimated_cost=1_250_000_000, description="Dapur lama terlalu sempit."),
            today=date(2026, 11, 1))
        facility.change_status(s, actors["staff"], r.id, "diajukan", today=date(2026, 11, 2))
        facility.add_attachment(s, actors["staff"], r.id, kind="dokumen", file_name="rab.pdf",
                                content=b"%PDF-1.4 rab")
    with db.session() as s:
        check = audit_log.verify_chain(s, actors["admin"])
    assert check.ok and check.checked == USERS + 5, check.message
