"""Tutors: validation, agreements, JP taught and honorarium, permissions, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from jssc_desktop.services import tutors
from jssc_desktop.services.base import Actor
from jssc_desktop.services.tutors import AgreementInput, TutorInput
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    AuditLog,
    Cohort,
    TrainingSession,
    TrainingTrack,
    Tutor,
    TutorAgreement,
)

TODAY = date(2026, 11, 23)
EXTERNAL = TutorInput(name="  Ir. Hadi  Wijaya ", tutor_type="eksternal",
                      partner_kind="perguruan_tinggi", institution="Politeknik Negeri Malang",
                      expertise="Refrigerasi dan tata udara", rate_per_jp=150_000,
                      email="hadi@polinema.ac.id", phone="0812-3456-7890")


def _counts(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        return (s.execute(select(func.count()).select_from(Tutor)).scalar_one(),
                s.execute(select(func.count()).select_from(TutorAgreement)).scalar_one(),
                s.execute(select(func.count()).select_from(AuditLog)).scalar_one())


@pytest.fixture
def teaching(db: Database, actors: dict[str, Actor]) -> dict[str, int]:
    """Two cohorts: one of Budi (tutor), one of Sri (tutor2); sessions with and without tutor."""
    budi, sri = actors["tutor"].tutor_id, actors["tutor2"].tutor_id
    with db.session() as s:
        ac = TrainingTrack(code="AC", name="Reparasi AC", total_jp=120)
        boga = TrainingTrack(code="BOGA", name="Tata Boga", total_jp=100)
        s.add_all([ac, boga])
        s.flush()
        c1 = Cohort(track_id=ac.id, name="Angkatan I 2026", tutor_id=budi,
                    start_date=date(2026, 9, 1), end_date=date(2026, 12, 20), status="berjalan")
        c2 = Cohort(track_id=boga.id, name="Angkatan I 2026", tutor_id=sri,
                    start_date=date(2026, 9, 1), end_date=date(2026, 12, 20), status="berjalan")
        s.add_all([c1, c2])
        s.flush()
        s.add_all([
            # Budi's cohort, no session tutor: Budi's (4 + 6 JP)
            TrainingSession(cohort_id=c1.id, session_date=date(2026, 9, 7), jp=4),
            TrainingSession(cohort_id=c1.id, session_date=date(2026, 10, 5), jp=6),
            # Budi's cohort, Sri stands in: Sri's
            TrainingSession(cohort_id=c1.id, session_date=date(2026, 10, 6), jp=3, tutor_id=sri),
            # Sri's cohort: Sri's (5 + 2), one given by Budi (8)
            TrainingSession(cohort_id=c2.id, session_date=date(2026, 9, 8), jp=5),
            TrainingSession(cohort_id=c2.id, session_date=date(2026, 11, 2), jp=2),
            TrainingSession(cohort_id=c2.id, session_date=date(2026, 11, 3), jp=8, tutor_id=budi),
        ])
        return {"budi": budi, "sri": sri, "c1": c1.id, "c2": c2.id}


def test_create_external_tutor_cleans_and_audits(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        t = tutors.create_tutor(s, actors["staff"], EXTERNAL, today=TODAY)
    assert t.name == "Ir. Hadi Wijaya"
    assert t.type_name == "Eksternal (mitra)" and t.partner_kind_name == "Perguruan tinggi"
    assert t.rate_per_jp == 150_000 and t.jp_taught_total == 0 and t.version == 1
    assert not t.agreement_valid_today and t.agreements == [] and t.cohorts == []
    with db.session() as s:
        row = s.execute(select(AuditLog).order_by(AuditLog.id.desc())).scalars().first()
        assert row.action == "tutor.create" and row.entity == "tutor" and row.entity_id == t.id
        assert row.after["institution"] == "Politeknik Negeri Malang"


@pytest.mark.parametrize("data, field", [
    (TutorInput(name=" ", tutor_type="internal"), "name"),
    (TutorInput(name="A", tutor_type="tamu"), "tutor_type"),
    (TutorInput(name="A", tutor_type="eksternal", institution="PT X"), "partner_kind"),
    (TutorInput(name="A", tutor_type="eksternal", partner_kind="bank", institution="PT X"),
     "partner_kind"),
    (TutorInput(name="A", tutor_type="eksternal", partner_kind="dunia_usaha"), "institution"),
    (TutorInput(name="A", tutor_type="eksternal", partner_kind="dunia_usaha", institution="PT X",
                nip="198001012006041001"), "nip"),
    (TutorInput(name="A", tutor_type="internal", nip="12345"), "nip"),
    (TutorInput(name="A", tutor_type="internal", partner_kind="opd"), "partner_kind"),
    (TutorInput(name="A", tutor_type="internal", rate_per_jp=-1), "rate_per_jp"),
    (TutorInput(name="A", tutor_type="internal", rate_per_jp=1.5), "rate_per_jp"),  # type: ignore[arg-type]
    (TutorInput(name="A", tutor_type="internal", email="bukan-email"), "email"),
])
def test_invalid_tutor_refused_and_nothing_written(db: Database, actors, data, field) -> None:  # type: ignore[no-untyped-def]
    before = _counts(db)
    with pytest.raises(ValidationError) as err:
        with db.session() as s:
            tutors.create_tutor(s, actors["admin"], data)
    assert err.value.field == field
    assert _counts(db) == before


def test_internal_tutor_with_nip(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        t = tutors.create_tutor(s, actors["admin"], TutorInput(
            name="Siti Aminah", tutor_type="internal", nip="1980 0101 2006 0410 01"))
    assert t.nip == "198001012006041001" and t.partner_kind is None


def test_permissions(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    for who in ("head", "tutor"):
        with pytest.raises(PermissionDenied):
            with db.session() as s:
                tutors.create_tutor(s, actors[who], EXTERNAL)
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            tutors.list_tutors(s, actors["tutor"])
    # a tutor may open their own record, not another's
    with db.session() as s:
        own = tutors.get_tutor(s, actors["tutor"], actors["tutor"].tutor_id)
    assert own.name == "Budi Santoso"
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            tutors.get_tutor(s, actors["tutor"], actors["tutor2"].tutor_id)
    with db.session() as s:
        assert len(tutors.list_tutors(s, actors["head"])) == 2


def test_update_tutor_with_stale_version_refused(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        t = tutors.create_tutor(s, actors["staff"], EXTERNAL)
    changed = TutorInput(**{**EXTERNAL.__dict__, "rate_per_jp": 175_000})
    with db.session() as s:
        t2 = tutors.update_tutor(s, actors["staff"], t.id, changed, version=t.version)
    assert t2.rate_per_jp == 175_000 and t2.version == t.version + 1
    with db.session() as s:
        row = s.execute(select(AuditLog).order_by(AuditLog.id.desc())).scalars().first()
        assert row.action == "tutor.update"
        assert row.before["rate_per_jp"] == 150_000 and row.after["rate_per_jp"] == 175_000
        assert "name" not in row.after
    before = _counts(db)
    with pytest.raises(ConflictError):
        with db.session() as s:
            tutors.update_tutor(s, actors["staff"], t.id, EXTERNAL, version=t.version)
    assert _counts(db) == before
    with db.session() as s:
        assert tutors.get_tutor(s, actors["staff"], t.id).rate_per_jp == 175_000


def test_agreements_validity_and_refusals(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    sri = actors["tutor2"].tutor_id
    with db.session() as s:
        a = tutors.add_agreement(s, actors["staff"], sri, AgreementInput(
            number="045/MoU/UPT-PSBR/2026", start_date=date(2026, 1, 1),
            end_date=date(2026, 12, 31), rate_per_jp=160_000), today=TODAY)
    assert a.valid_today and a.rate_per_jp == 160_000
    before = _counts(db)
    bad = [
        (AgreementInput(number="", start_date=date(2026, 1, 1), end_date=date(2026, 2, 1),
                        rate_per_jp=0), "number"),
        (AgreementInput(number="X/1", start_date=date(2026, 3, 1), end_date=date(2026, 2, 1),
                        rate_per_jp=0), "end_date"),
        (AgreementInput(number="X/1", start_date=date(2026, 1, 1), end_date=date(2026, 2, 1),
                        rate_per_jp=-5), "rate_per_jp"),
        (AgreementInput(number="045/MoU/UPT-PSBR/2026", start_date=date(2027, 1, 1),
                        end_date=date(2027, 2, 1), rate_per_jp=0), "number"),
    ]
    for data, field in bad:
        with pytest.raises(ValidationError) as err:
            with db.session() as s:
                tutors.add_agreement(s, actors["staff"], sri, data)
        assert err.value.field == field
    assert _counts(db) == before
    with db.session() as s:
        detail = tutors.get_tutor(s, actors["staff"], sri, today=TODAY)
        later = tutors.get_tutor(s, actors["staff"], sri, today=date(2027, 1, 1))
    assert detail.agreement_valid_today and not later.agreement_valid_today
    with db.session() as s:
        upd = tutors.update_agreement(s, actors["staff"], a.id, AgreementInput(
            number="045/MoU/UPT-PSBR/2026", start_date=date(2026, 1, 1),
            end_date=date(2027, 6, 30), rate_per_jp=160_000), version=a.version,
            today=date(2027, 1, 1))
    assert upd.valid_today and upd.version == a.version + 1
    with db.session() as s:
        history = s.execute(select(AuditLog.action).where(
            AuditLog.entity == "tutor", AuditLog.entity_id == sri)).scalars().all()
    assert history == ["tutor.agreement_add", "tutor.agreement_update"]
    with pytest.raises(ConflictError):
        with db.session() as s:
            tutors.update_agreement(s, actors["staff"], a.id, AgreementInput(
                number="045/MoU/UPT-PSBR/2026", start_date=date(2026, 1, 1),
                end_date=date(2026, 6, 30), rate_per_jp=0), version=a.version)


def test_jp_taught_counts_session_or_cohort_tutor(db: Database, actors, teaching) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        budi = tutors.get_tutor(s, actors["staff"], teaching["budi"])
        sri = tutors.get_tutor(s, actors["staff"], teaching["sri"])
        rows = {r.name: r for r in tutors.list_tutors(s, actors["staff"])}
    assert budi.jp_taught_total == 4 + 6 + 8
    assert sri.jp_taught_total == 3 + 5 + 2
    assert rows["Budi Santoso"].jp_taught == 18 and rows["Sri Wahyuni"].jp_taught == 10
    assert [c.track_name for c in budi.cohorts] == ["Reparasi AC"]
    assert budi.cohorts[0] == (teaching["c1"], "Angkatan I 2026", "Reparasi AC")


def test_list_tutors_filters(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        t = tutors.create_tutor(s, actors["staff"], EXTERNAL)
        tutors.add_agreement(s, actors["staff"], t.id, AgreementInput(
            number="1/PKS/2026", start_date=date(2026, 1, 1), end_date=date(2026, 6, 30),
            rate_per_jp=1))
        tutors.add_agreement(s, actors["staff"], t.id, AgreementInput(
            number="2/PKS/2026", start_date=date(2026, 7, 1), end_date=date(2027, 3, 31),
            rate_per_jp=1))
        tutors.create_tutor(s, actors["staff"], TutorInput(name="Lama Sekali",
                                                           tutor_type="internal", active=False))
    with db.session() as s:
        everyone = tutors.list_tutors(s, actors["staff"], today=TODAY)
        active = tutors.list_tutors(s, actors["staff"], active_only=True)
        polinema = tutors.list_tutors(s, actors["staff"], text="polinema")  # only in the e-mail
        refrig = tutors.list_tutors(s, actors["staff"], text="REFRIGERASI")
        pct = tutors.list_tutors(s, actors["staff"], text="%")
    assert [r.name for r in everyone] == ["Budi Santoso", "Ir. Hadi Wijaya", "Lama Sekali",
                                          "Sri Wahyuni"]
    hadi = everyone[1]
    assert hadi.agreement_until == date(2027, 3, 31) and hadi.agreement_valid_today
    assert everyone[0].agreement_until is None
    assert "Lama Sekali" not in [r.name for r in active] and len(active) == 3
    assert polinema == []
    assert [r.name for r in refrig] == ["Ir. Hadi Wijaya"]
    assert pct == []


def test_tutor_hours_and_honorarium_by_agreement(db: Database, actors, teaching) -> None:  # type: ignore[no-untyped-def]
    budi = teaching["budi"]  # own rate 100.000
    with db.session() as s:
        tutors.add_agreement(s, actors["admin"], budi, AgreementInput(
            number="SPK/10/2026", start_date=date(2026, 10, 1), end_date=date(2026, 10, 31),
            rate_per_jp=120_000))
    with db.session() as s:
        h = tutors.tutor_hours(s, actors["staff"], budi, date(2026, 9, 1), date(2026, 11, 30))
        oct_only = tutors.tutor_hours(s, actors["head"], budi, date(2026, 10, 1),
                                      date(2026, 10, 31))
        own = tutors.tutor_hours(s, actors["tutor"], budi, date(2026, 9, 1), date(2026, 9, 30))
    # 4 JP in Sept at 100.000, 6 JP in Oct at 120.000, 8 JP in Nov at 100.000
    assert (h.jp, h.sessions, h.honorarium) == (18, 3, 4 * 100_000 + 6 * 120_000 + 8 * 100_000)
    assert h.jp_without_agreement == 12 and h.jp_by_rate == {100_000: 12, 120_000: 6}
    assert (oct_only.jp, oct_only.sessions, oct_only.honorarium) == (6, 1, 720_000)
    assert (own.jp, own.honorarium) == (4, 400_000)
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            tutors.tutor_hours(s, actors["tutor2"], budi, date(2026, 9, 1), date(2026, 9, 30))
    with pytest.raises(ValidationError):
        with db.session() as s:
            tutors.tutor_hours(s, actors["staff"], budi, date(2026, 9, 30), date(2026, 9, 1))
