"""Business aid (bantuan usaha) given to graduates: what, value and date; checks, permissions,
period lock, audit, anonymisation, and the report's section 6.5 counted by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from jssc_desktop.domain.errors import PermissionDenied, ValidationError, WorkflowError
from jssc_desktop.domain.periods import parse_period
from jssc_desktop.reports.dataset import build_dataset
from jssc_desktop.services import business_aid as aid
from jssc_desktop.services import privacy
from jssc_desktop.services.business_aid import AidInput
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, BusinessAid, Client, FollowUp, PeriodReport

from .test_services_followups import World

TODAY = date(2026, 11, 23)


@pytest.fixture
def grads(db: Database) -> dict[str, int]:
    """Two graduates of Menjahit (Ani on 1 August 2026, Budi on 15 September 2026) and one
    client still in training."""
    with db.session() as s:
        w = World(s)
        ani = w.graduate("Menjahit", "Ani", date(2026, 8, 1))
        budi = w.graduate("Menjahit", "Budi", date(2026, 9, 15))
        w.graduate("Menjahit", "Citra", date(2026, 9, 15), status="aktif")
        citra = w.n
        ids = {"ani": ani[3].client_id, "budi": budi[3].client_id, "citra": citra,
               "ani_fu3": ani[3].id, "budi_fu3": budi[3].id}
    return ids


def _add(db: Database, actor, client_id: int, item: str, value: int, day: date,  # type: ignore[no-untyped-def]
         **kw) -> aid.AidView:
    with db.session() as s:
        return aid.add_aid(s, actor, client_id, AidInput(item, value, day, **kw), today=TODAY)


def test_aid_is_recorded_audited_corrected_and_deleted(db: Database, actors, grads) -> None:  # type: ignore[no-untyped-def]
    staff = actors["staff"]
    view = _add(db, staff, grads["ani"], "  Mesin jahit   dan obras ", 3_250_000,
                date(2026, 8, 10), notes="Diserahkan saat terminasi")
    assert (view.item, view.value, view.given_date) == ("Mesin jahit dan obras", 3_250_000,
                                                         date(2026, 8, 10))
    assert view.track_name == "Menjahit" and view.enrollment_id is not None
    with db.session() as s:
        corrected = aid.update_aid(s, staff, view.id,
                                   AidInput("Mesin jahit", 3_500_000, date(2026, 8, 12)),
                                   version=view.version, today=TODAY)
    assert (corrected.value, corrected.given_date, corrected.version) == (
        3_500_000, date(2026, 8, 12), view.version + 1)
    with db.session() as s:
        rows = aid.list_client_aid(s, staff, grads["ani"])
        assert [r.value for r in rows] == [3_500_000]
    with pytest.raises(ValidationError, match="Alasan"), db.session() as s:
        aid.delete_aid(s, staff, view.id, reason="  ", version=corrected.version)
    with db.session() as s:
        aid.delete_aid(s, staff, view.id, reason="Salah klien", version=corrected.version)
    with db.session() as s:
        assert s.scalars(select(BusinessAid)).all() == []
        actions = s.scalars(select(AuditLog.action).where(AuditLog.entity == "business_aid")
                            .order_by(AuditLog.id)).all()
        assert actions == ["aid.add", "aid.correct", "aid.delete"]
        deleted = s.scalars(select(AuditLog).where(AuditLog.action == "aid.delete")).one()
        assert deleted.reason == "Salah klien" and deleted.before["value"] == 3_500_000


@pytest.mark.parametrize("item, value, day, field", [
    ("", 1_000_000, date(2026, 8, 10), "item"),
    ("x" * 201, 1_000_000, date(2026, 8, 10), "item"),
    ("Gerobak", 0, date(2026, 8, 10), "value"),
    ("Gerobak", -5, date(2026, 8, 10), "value"),
    ("Gerobak", 2_000_000_000, date(2026, 8, 10), "value"),
    ("Gerobak", 1_000_000, None, "given_date"),
    ("Gerobak", 1_000_000, date(2026, 11, 24), "given_date"),   # tomorrow
    ("Gerobak", 1_000_000, date(2026, 7, 31), "given_date"),    # before graduating
])
def test_bad_aid_is_refused_naming_the_field(db: Database, actors, grads, item, value, day,  # type: ignore[no-untyped-def]
                                             field) -> None:
    with pytest.raises(ValidationError) as caught:
        _add(db, actors["staff"], grads["ani"], item, value, day)
    assert caught.value.field == field
    with db.session() as s:
        assert s.scalars(select(BusinessAid)).all() == []


def test_aid_goes_to_graduates_of_their_own_training(db: Database, actors, grads) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="belum lulus") as caught:
        _add(db, actors["staff"], grads["citra"], "Gerobak", 1_000_000, date(2026, 10, 1))
    assert caught.value.field == "enrollment_id"
    with db.session() as s:
        budi_enrollment = s.get(FollowUp, grads["budi_fu3"]).enrollment_id  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="diluluskan"):
        _add(db, actors["staff"], grads["ani"], "Gerobak", 1_000_000, date(2026, 10, 1),
             enrollment_id=budi_enrollment)


def test_only_staff_and_admin_record_aid(db: Database, actors, grads) -> None:  # type: ignore[no-untyped-def]
    for role in ("head", "tutor"):
        with pytest.raises(PermissionDenied):
            _add(db, actors[role], grads["ani"], "Gerobak", 1_000_000, date(2026, 8, 10))
    with pytest.raises(PermissionDenied), db.session() as s:
        aid.list_client_aid(s, actors["tutor"], grads["ani"])
    assert _add(db, actors["admin"], grads["ani"], "Gerobak", 1_000_000,
                date(2026, 8, 10)).value == 1_000_000


def test_aid_in_an_approved_period_is_locked(db: Database, actors, grads) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        s.add(PeriodReport(kind="monthly", period="2026-10", start_date=date(2026, 10, 1),
                           end_date=date(2026, 10, 31), approved_by=actors["head"].user_id,
                           approved_at=datetime(2026, 11, 5, 9, 30)))
    with pytest.raises(WorkflowError, match="Oktober 2026"):
        _add(db, actors["staff"], grads["budi"], "Gerobak", 1_000_000, date(2026, 10, 20))
    kept = _add(db, actors["staff"], grads["budi"], "Gerobak", 1_000_000, date(2026, 9, 20))
    # moving it into the locked month is refused as well, and nothing changes
    with pytest.raises(WorkflowError), db.session() as s:
        aid.update_aid(s, actors["staff"], kept.id,
                       AidInput("Gerobak", 1_000_000, date(2026, 10, 2)), today=TODAY)
    with db.session() as s:
        assert s.get(BusinessAid, kept.id).given_date == date(2026, 9, 20)  # type: ignore[union-attr]


def test_anonymising_a_client_clears_aid_notes(db: Database, actors, grads) -> None:  # type: ignore[no-untyped-def]
    view = _add(db, actors["staff"], grads["ani"], "Gerobak", 1_000_000, date(2026, 8, 10),
                notes="Rumah Ani di Jl. Melati 5")
    with db.session() as s:
        client = s.get(Client, grads["ani"])
        assert client is not None
        client.status, client.discharge_date, client.discharge_reason = (
            "terminasi", date(2026, 9, 1), "selesai")
    with db.session() as s:
        privacy.anonymise_client(s, actors["admin"], grads["ani"], reason="Permintaan klien",
                                 today=TODAY)
    with db.session() as s:
        row = s.get(BusinessAid, view.id)
        assert row is not None and row.notes is None and row.value == 1_000_000


def test_report_counts_aid_given_in_the_period_and_its_condition(db: Database, actors,  # type: ignore[no-untyped-def]
                                                                  grads) -> None:
    staff = actors["staff"]
    # October 2026: two sewing machines (one typed differently) and a cart; one in September.
    _add(db, staff, grads["ani"], "Mesin jahit", 3_000_000, date(2026, 10, 5))
    _add(db, staff, grads["budi"], "mesin  JAHIT", 2_750_000, date(2026, 10, 31))
    _add(db, staff, grads["budi"], "Gerobak", 1_500_000, date(2026, 10, 1))
    _add(db, staff, grads["ani"], "Gerobak", 9_999_000, date(2026, 9, 30))
    with db.session() as s:
        fu = s.get(FollowUp, grads["ani_fu3"])
        assert fu is not None
        fu.done_date, fu.method, fu.outcome = date(2026, 10, 20), "telepon", "wirausaha"
        fu.employer_or_business, fu.monthly_income = "Jahit Ani", 1_500_000
        fu.aid_received, fu.aid_condition = "Mesin Jahit", "dipakai"
    with db.session() as s:
        rows = build_dataset(s, parse_period("2026-10"), today=TODAY).followups.aid
    got = {r.name.casefold(): (r.code, r.given, r.value, r.count, r.in_use) for r in rows}
    assert got == {"mesin jahit": ("B1", 2, 5_750_000, 1, 1),
                   "gerobak": ("B2", 1, 1_500_000, 0, 0)}
    with db.session() as s:
        september = build_dataset(s, parse_period("2026-09"), today=TODAY)
    assert [(r.given, r.value) for r in september.followups.aid] == [(1, 9_999_000)]
