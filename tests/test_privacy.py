"""Data protection services (UU 27/2022): retention list, anonymisation, data inventory, export log.

Runs on SQLite and PostgreSQL. Clients are made through the client services; training rows that
only serve as context (enrollments, follow-ups, attendance) are inserted directly.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.errors import PermissionDenied, ValidationError, WorkflowError
from jssc_desktop.domain.nik import make_nik
from jssc_desktop.paths import backup_dir
from jssc_desktop.services import clients as C
from jssc_desktop.services import privacy as P
from jssc_desktop.services.base import Actor
from jssc_desktop.services.facility import FacilityInput, add_attachment, create_request
from jssc_desktop.services.followups import track_effectiveness
from jssc_desktop.services.settings import DEFAULTS, set_setting
from jssc_desktop.services.tutors import TutorInput, create_tutor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    Attendance,
    AuditLog,
    Client,
    Cohort,
    Consent,
    Enrollment,
    FollowUp,
    StageHistory,
    TrainingSession,
    TrainingTrack,
)

TODAY = date(2026, 11, 23)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
BIRTH = date(2001, 3, 12)


def _input(**overrides: Any) -> C.ClientInput:
    base: dict[str, Any] = {
        "name": "Siti Rahmawati", "sex": "P", "birth_place": "Jember", "birth_date": BIRTH,
        "nik": make_nik("3509", "P", BIRTH, 7), "kk": "3509010101010007",
        "address": "Jl. Melati 12, Jember", "kab_kota_code": "3509", "ppks_code": "P09",
        "disability": "Tuna rungu", "health_notes": "Hipertensi", "religion": "Islam",
        "education": "SMP", "phone": "081211112222", "referral_source": "Dinsos Jember",
        "guardian_name": "Pak Slamet Riyadi", "guardian_relation": "Ayah",
        "guardian_phone": "081233334444", "guardian_address": "Dusun Krajan RT 2",
        "family_notes": "Orang tua bercerai", "admission_date": date(2018, 2, 5),
    }
    base.update(overrides)
    return C.ClientInput(**base)


def _register(db: Database, actor: Actor, **overrides: Any) -> C.ClientDetail:
    with db.session() as s:
        return C.register_client(s, actor, _input(**overrides), today=TODAY)


def _discharge(db: Database, actor: Actor, client_id: int, day: date, **kw: Any) -> None:
    with db.session() as s:
        C.discharge_client(s, actor, client_id, reason=kw.pop("reason", "selesai"),
                           discharge_date=day, today=TODAY, **kw)


def _count(db: Database, model: Any, *where: Any) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def _row(db: Database, client_id: int) -> dict[str, Any]:
    with db.session() as s:
        client = s.get(Client, client_id)
        assert client is not None
        return {c.key: getattr(client, c.key) for c in Client.__table__.columns}


def _training(db: Database, client_id: int) -> dict[str, int]:
    """A graduated enrollment with a stage note, an attendance note and two follow-ups."""
    with db.session() as s:
        track = TrainingTrack(code="JAHIT", name="Menjahit", total_jp=200)
        s.add(track)
        s.flush()
        cohort = Cohort(track_id=track.id, name="Angkatan 2018", start_date=date(2018, 3, 1),
                        end_date=date(2018, 8, 31), status="selesai")
        s.add(cohort)
        s.flush()
        enrollment = Enrollment(cohort_id=cohort.id, client_id=client_id,
                                enrolled_on=date(2018, 3, 1), status="lulus",
                                competency_result="kompeten", assessment_score=88,
                                assessor="Ibu Penguji", certificate_no="0001/JAHIT/UPT/2018",
                                graduated_on=date(2018, 8, 31))
        session = TrainingSession(cohort_id=cohort.id, session_date=date(2018, 3, 5), jp=4)
        s.add_all([enrollment, session])
        s.flush()
        s.add(Attendance(session_id=session.id, client_id=client_id, code="S",
                         note="Sakit demam berdarah, dirawat di RSUD"))
        s.add(FollowUp(enrollment_id=enrollment.id, client_id=client_id, months_after=3,
                       due_date=date(2018, 11, 30), done_date=date(2018, 12, 2),
                       method="kunjungan", outcome="wirausaha",
                       employer_or_business="Jahit Siti Rahmawati", monthly_income=1_500_000,
                       aid_received="Mesin jahit", aid_condition="dipakai",
                       notes="Tinggal bersama suami di rumah kontrakan"))
        s.add(FollowUp(enrollment_id=enrollment.id, client_id=client_id, months_after=6,
                       due_date=date(2019, 2, 28)))
        stage = s.execute(select(StageHistory).where(StageHistory.client_id == client_id)
                          ).scalars().first()
        assert stage is not None
        stage.notes = "Asesmen: trauma setelah perceraian orang tua"
        return {"track": track.id, "cohort": cohort.id, "enrollment": enrollment.id}


# -------------------------------------------------------------------------------- retention


def test_retention_candidates_with_fixed_today(db: Database, actors: dict[str, Actor]) -> None:
    admin = actors["admin"]
    old = _register(db, admin, name="Lama Sekali", nik=make_nik("3509", "P", BIRTH, 1))
    edge_in = _register(db, admin, name="Lewat Sehari", nik=make_nik("3509", "P", BIRTH, 2))
    edge_out = _register(db, admin, name="Tepat Lima", nik=make_nik("3509", "P", BIRTH, 3))
    recent = _register(db, admin, name="Baru Keluar", nik=make_nik("3509", "P", BIRTH, 4))
    _active = _register(db, admin, name="Masih Aktif", nik=make_nik("3509", "P", BIRTH, 5))
    _discharge(db, admin, old.id, date(2019, 6, 30))
    _discharge(db, admin, edge_in.id, date(2021, 11, 22))
    _discharge(db, admin, edge_out.id, date(2021, 11, 23))
    _discharge(db, admin, recent.id, date(2025, 1, 10))

    with db.session() as s:
        rows = P.retention_candidates(s, admin, years=5, today=TODAY)
    assert [(r.client_id, r.reg_no, r.name, r.discharge_date, r.years_since) for r in rows] == [
        (old.id, old.reg_no, "Lama Sekali", date(2019, 6, 30), 7),
        (edge_in.id, edge_in.reg_no, "Lewat Sehari", date(2021, 11, 22), 5),
    ]
    with db.session() as s:
        one_year = P.retention_candidates(s, admin, years=1, today=TODAY)
    assert [r.client_id for r in one_year] == [old.id, edge_in.id, edge_out.id, recent.id]

    # The period comes from the setting; without one, from the settings' own default.
    default_years = int(DEFAULTS["retention_years"])
    discharged = {old.id: date(2019, 6, 30), edge_in.id: date(2021, 11, 22),
                  edge_out.id: date(2021, 11, 23), recent.id: date(2025, 1, 10)}
    cutoff = TODAY.replace(year=TODAY.year - default_years)
    with db.session() as s:
        default_rows = P.retention_candidates(s, admin, today=TODAY)
        assert P.retention_years(s) == default_years
        set_setting(s, admin, "retention_years", "6")
    assert [r.client_id for r in default_rows] == [
        cid for cid, day in discharged.items() if day < cutoff]
    with db.session() as s:
        assert [r.client_id for r in P.retention_candidates(s, admin, today=TODAY)] == [old.id]

    # An anonymised client is no longer a candidate.
    with db.session() as s:
        P.anonymise_client(s, admin, old.id, reason="Masa simpan habis", today=TODAY)
    with db.session() as s:
        assert P.retention_candidates(s, admin, today=TODAY) == []


@pytest.mark.parametrize("role", ["staff", "head", "tutor"])
def test_retention_list_is_for_the_administrator(db: Database, actors: dict[str, Actor],
                                                 role: str) -> None:
    with db.session() as s, pytest.raises(PermissionDenied, match="Administrator"):
        P.retention_candidates(s, actors[role], years=5, today=TODAY)


@pytest.mark.parametrize("years", [0, -1, 101, "5", 2.5, True])
def test_retention_years_must_be_sane(db: Database, actors: dict[str, Actor],
                                      years: Any) -> None:
    with db.session() as s, pytest.raises(ValidationError) as err:
        P.retention_candidates(s, actors["admin"], years=years, today=TODAY)
    assert err.value.field == "years"


# ----------------------------------------------------------------------------- anonymisation


def test_anonymise_clears_every_personal_field_and_keeps_statistics(
        db: Database, actors: dict[str, Actor]) -> None:
    admin, staff = actors["admin"], actors["staff"]
    detail = _register(db, staff)
    ids = _training(db, detail.id)
    with db.session() as s:
        C.set_photo(s, staff, detail.id, PNG)
        consent = C.record_consent(s, staff, detail.id, kind="klien",
                                   given_by="Siti Rahmawati", given_on=date(2018, 2, 5),
                                   scope="Pendataan dan pelaporan", today=TODAY)
        C.record_consent(s, staff, detail.id, kind="wali", given_by="Pak Slamet Riyadi",
                         given_on=date(2018, 2, 5), today=TODAY)
        C.move_stage(s, staff, detail.id, stage="asesmen", started_on=date(2018, 2, 20),
                     notes="Wawancara dengan Pak Slamet Riyadi", today=TODAY)
    _discharge(db, staff, detail.id, date(2019, 1, 15), reason="kembali_keluarga",
               notes="Dijemput ayah, Pak Slamet Riyadi", handover_to="Pak Slamet Riyadi",
               handover_record="BA/12/2019 serah terima kepada ayah di Jember")
    before = _row(db, detail.id)
    with db.session() as s:
        effect_before = track_effectiveness(s, admin)
        stages_before = [(st.stage, st.started_on) for st in s.execute(
            select(StageHistory).where(StageHistory.client_id == detail.id)
            .order_by(StageHistory.id)).scalars()]
    personal_values = [str(before[k]) for k in (
        "name", "nik", "kk", "birth_place", "address", "phone", "guardian_name",
        "guardian_phone", "guardian_address", "health_notes", "family_notes", "disability",
        "handover_record", "referral_source")]

    with db.session() as s:
        P.anonymise_client(s, admin, detail.id, reason="Permintaan penghapusan oleh klien",
                           today=TODAY)

    after = _row(db, detail.id)
    expected: dict[str, Any] = {
        "id": before["id"], "reg_no": before["reg_no"],
        "name": f"Anonim {before['reg_no']}",
        "name_normalized": "anonim " + before["reg_no"].lower().replace("-", " "),
        "nik": None, "nik_missing_reason": "lainnya", "kk": None,
        "sex": "P", "birth_place": None, "birth_date": date(2001, 7, 1),
        "address": None, "kab_kota_code": "3509", "ppks_code": "P09", "disability": None,
        "health_notes": None, "religion": None, "education": None, "phone": None,
        "referral_source": None, "guardian_name": None, "guardian_relation": None,
        "guardian_phone": None, "guardian_address": None, "family_notes": None,
        "admission_date": date(2018, 2, 5), "status": "terminasi",
        "current_stage": "terminasi", "discharge_date": date(2019, 1, 15),
        "discharge_reason": "kembali_keluarga", "discharge_notes": None,
        "handover_record": None, "handover_to": None, "photo": None,
        "version": before["version"] + 1, "created_at": before["created_at"],
    }
    # Every column is decided: a column added later makes this test name it.
    assert set(after) == set(expected) | {"anonymized_at", "updated_at"}
    for key, value in expected.items():
        assert after[key] == value, key
    assert isinstance(after["anonymized_at"], datetime)
    assert after["anonymized_at"].date() == TODAY
    text = " ".join(str(v) for v in after.values())
    for value in personal_values:
        assert value not in text

    with db.session() as s:
        consents = s.execute(select(Consent).where(Consent.client_id == detail.id)
                             .order_by(Consent.id)).scalars().all()
        assert [(c.kind, c.given_by, c.given_on, c.scope) for c in consents] == [
            ("klien", "Anonim", date(2018, 2, 5), "Pendataan dan pelaporan"),
            ("wali", "Anonim", date(2018, 2, 5), None)]
        assert consents[0].id == consent.id
        stages = s.execute(select(StageHistory).where(StageHistory.client_id == detail.id)
                           .order_by(StageHistory.id)).scalars().all()
        assert [(st.stage, st.started_on) for st in stages] == stages_before
        assert all(st.notes is None for st in stages)
        att = s.execute(select(Attendance).where(Attendance.client_id == detail.id)
                        ).scalar_one()
        assert (att.code, att.note) == ("S", None)
        fus = s.execute(select(FollowUp).where(FollowUp.client_id == detail.id)
                        .order_by(FollowUp.months_after)).scalars().all()
        assert [(f.months_after, f.done_date, f.method, f.outcome, f.monthly_income,
                 f.aid_received, f.aid_condition, f.notes, f.employer_or_business)
                for f in fus] == [
            (3, date(2018, 12, 2), "kunjungan", "wirausaha", 1_500_000, "Mesin jahit",
             "dipakai", None, None),
            (6, None, None, None, None, None, None, None, None)]
        enr = s.get(Enrollment, ids["enrollment"])
        assert enr is not None and enr.status == "lulus"
        assert enr.certificate_no == "0001/JAHIT/UPT/2018" and float(enr.assessment_score) == 88
        assert track_effectiveness(s, admin) == effect_before

    # The audit row says what was cleared and why, never the values.
    with db.session() as s:
        entry = s.execute(select(AuditLog).where(AuditLog.action == "client.anonymise")
                          ).scalar_one()
    assert entry.entity == "client" and entry.entity_id == detail.id
    assert entry.reason == "Permintaan penghapusan oleh klien"
    dumped = json.dumps([entry.before, entry.after, entry.reason], ensure_ascii=False,
                        default=str)
    for value in personal_values + ["Slamet", "Rahmawati", "2001-03-12"]:
        assert value not in dumped, value
    assert "health_notes" in entry.after["cleared"] and "nik" in entry.after["replaced"]
    assert "photo" in entry.after["cleared"] and entry.after["birth_date"] == "tahun saja"
    assert entry.after["related_rows"]["consents.given_by"] == 2

    # The client view of the anonymised record shows nothing personal either.
    with db.session() as s:
        view = C.get_client(s, admin, detail.id, today=TODAY)
    assert view.name == f"Anonim {detail.reg_no}" and view.nik is None
    assert view.has_photo is False and view.age == 25


def test_anonymise_keeps_birth_year_not_after_admission(db: Database,
                                                        actors: dict[str, Actor]) -> None:
    admin = actors["admin"]
    born = date(2024, 1, 20)
    detail = _register(db, admin, name="Bayi Telantar", sex="L",
                       nik=make_nik("3578", "L", born, 1), birth_date=born,
                       admission_date=date(2024, 3, 1), ppks_code="P01")
    _discharge(db, admin, detail.id, date(2025, 3, 1), reason="dirujuk")
    with db.session() as s:
        P.anonymise_client(s, admin, detail.id, reason="Masa simpan habis", today=TODAY)
    row = _row(db, detail.id)
    assert row["birth_date"] == date(2024, 3, 1)  # same year, never after admission


def test_anonymise_refusals_change_nothing(db: Database, actors: dict[str, Actor]) -> None:
    admin = actors["admin"]
    active = _register(db, admin, name="Masih Tinggal", nik=make_nik("3509", "P", BIRTH, 11))
    gone = _register(db, admin, name="Sudah Pulang", nik=make_nik("3509", "P", BIRTH, 12))
    _discharge(db, admin, gone.id, date(2019, 5, 1))
    rows_before = (_row(db, active.id), _row(db, gone.id), _count(db, AuditLog))

    with db.session() as s, pytest.raises(WorkflowError, match="masih aktif"):
        P.anonymise_client(s, admin, active.id, reason="Masa simpan habis", today=TODAY)
    for reason in ("", "   ", None):
        with db.session() as s, pytest.raises(ValidationError) as err:
            P.anonymise_client(s, admin, gone.id, reason=reason, today=TODAY)  # type: ignore[arg-type]
        assert err.value.field == "reason"
    for role in ("staff", "head", "tutor"):
        with db.session() as s, pytest.raises(PermissionDenied):
            P.anonymise_client(s, actors[role], gone.id, reason="Masa simpan habis",
                               today=TODAY)
    assert (_row(db, active.id), _row(db, gone.id), _count(db, AuditLog)) == rows_before

    with db.session() as s:
        P.anonymise_client(s, admin, gone.id, reason="Masa simpan habis", today=TODAY)
    done = (_row(db, gone.id), _count(db, AuditLog))
    with db.session() as s, pytest.raises(WorkflowError, match="sudah dianonimkan"):
        P.anonymise_client(s, admin, gone.id, reason="Sekali lagi", today=TODAY)
    assert (_row(db, gone.id), _count(db, AuditLog)) == done


# ------------------------------------------------------------------------------- inventory


def _dataset(db: Database, actors: dict[str, Actor]) -> dict[str, int]:
    staff, admin = actors["staff"], actors["admin"]
    a = _register(db, staff, name="Ahmad Full Data", sex="L",
                  nik=make_nik("3507", "L", date(1998, 5, 5), 1), birth_date=date(1998, 5, 5),
                  admission_date=date(2026, 1, 5))
    b = _register(db, staff, name="Bima Anak", sex="L", nik=None,
                  nik_missing_reason="tidak_punya", kk=None, birth_date=date(2012, 8, 17),
                  health_notes=None, disability=None, family_notes=None, address=None,
                  phone=None, admission_date=date(2026, 2, 1))
    c = _register(db, staff, name="Cici Terminasi", nik=make_nik("3509", "P", BIRTH, 21),
                  kk=None, disability=None, family_notes=None, guardian_name=None,
                  guardian_relation=None, guardian_phone=None, guardian_address=None,
                  admission_date=date(2025, 1, 5))
    d = _register(db, staff, name="Dewi Dianonimkan", nik=make_nik("3509", "P", BIRTH, 22),
                  birth_date=date(2010, 1, 1), admission_date=date(2016, 1, 5))
    e = _register(db, staff, name="Eka Anak Batas", sex="L", nik=None,
                  nik_missing_reason="hilang", kk=None, birth_date=date(2008, 11, 23),
                  health_notes=None, disability=None, family_notes=None, guardian_name=None,
                  guardian_relation=None, guardian_phone=None, guardian_address=None,
                  admission_date=date(2026, 3, 1))
    with db.session() as s:
        C.set_photo(s, staff, a.id, PNG)
        C.set_photo(s, staff, d.id, PNG)
        first = C.record_consent(s, staff, a.id, kind="klien", given_by="Ahmad",
                                 given_on=date(2026, 1, 5), today=TODAY)
        C.record_consent(s, staff, b.id, kind="wali", given_by="Ibu Bima",
                         given_on=date(2026, 2, 1), today=TODAY)
        C.record_consent(s, staff, d.id, kind="klien", given_by="Dewi",
                         given_on=date(2016, 1, 5), today=TODAY)
        C.withdraw_consent(s, staff, first.id, withdrawn_on=date(2026, 6, 1), today=TODAY)
        create_tutor(s, staff, TutorInput(name="Rina Wijaya", tutor_type="internal",
                                          nip="198501012010012001", phone="081377778888",
                                          email="rina@example.org", rate_per_jp=50_000))
        create_tutor(s, staff, TutorInput(name="Joko", tutor_type="eksternal",
                                          partner_kind="dunia_usaha", institution="CV Maju",
                                          phone="0341-555123", rate_per_jp=75_000))
        req = create_request(s, staff, FacilityInput(
            title="Mesin jahit baru", kind="nonfisik", funding_source="csr",
            estimated_cost=20_000_000), today=TODAY)
        add_attachment(s, staff, req.id, kind="sebelum", file_name="mesin.png", content=PNG)
        add_attachment(s, staff, req.id, kind="dokumen", file_name="rab.pdf",
                       content=b"%PDF-1.4 rab")
    _discharge(db, staff, c.id, date(2026, 6, 30))
    _discharge(db, staff, d.id, date(2017, 6, 30))
    _training(db, c.id)  # two follow-ups of c: one done with income, one not yet
    with db.session() as s:
        P.anonymise_client(s, admin, d.id, reason="Masa simpan habis", today=TODAY)
    return {"a": a.id, "b": b.id, "c": c.id, "d": d.id, "e": e.id}


def test_inventory_counts_exactly(db: Database, actors: dict[str, Actor]) -> None:
    _dataset(db, actors)
    folder = backup_dir()
    older = folder / "jssc-20261120-070000-harian.sqlite3"
    newer = folder / "jssc-20261122-070000-harian.dump"
    decoy = folder / "lain.sqlite3"
    stamps = {older: datetime(2026, 11, 20, 7, 0), newer: datetime(2026, 11, 22, 7, 0),
              decoy: datetime(2026, 11, 23, 1, 0)}
    for path, when in stamps.items():
        path.write_bytes(b"x")
        os.utime(path, (when.timestamp(), when.timestamp()))
    audit_rows = _count(db, AuditLog)

    with db.session() as s:
        inv = P.data_inventory(s, actors["head"], today=TODAY)
    assert (inv.clients_total, inv.clients_active, inv.clients_discharged,
            inv.clients_anonymised) == (5, 3, 1, 1)
    # b (2012) is a child; e turns 18 today; the anonymised d (2010) is not counted.
    assert inv.children == 1
    assert (inv.with_nik, inv.with_kk, inv.with_birth_date) == (2, 1, 4)
    assert (inv.with_health_notes, inv.with_disability, inv.with_family_notes) == (2, 1, 1)
    assert (inv.with_guardian, inv.with_photo, inv.with_address, inv.with_phone) == (2, 1, 3, 3)
    assert (inv.consents_recorded, inv.consents_withdrawn) == (3, 1)
    assert inv.users_by_role == {"admin": 1, "staff": 1, "tutor": 2, "head": 1}
    assert inv.users_total == 5
    assert (inv.tutors_total, inv.tutors_with_nip, inv.tutors_with_phone,
            inv.tutors_with_email) == (4, 1, 2, 1)
    assert (inv.followups_done, inv.followups_with_income) == (1, 1)
    assert inv.facility_attachments == 2
    assert inv.facility_attachment_bytes == len(PNG) + len(b"%PDF-1.4 rab")
    assert inv.audit_rows == audit_rows
    assert inv.retention_due == 0 and inv.retention_years == int(DEFAULTS["retention_years"])
    assert inv.last_backup_file == str(newer)
    assert inv.last_backup_at == datetime(2026, 11, 22, 7, 0)
    if db.is_sqlite:
        assert inv.database == str(db.sqlite_path)
    else:
        assert inv.database.startswith("postgresql") and "jssc_test" in inv.database

    with db.session() as s:
        entry = s.execute(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).scalar_one()
    assert entry.action == "privacy.inventory" and entry.username == "kepala"
    assert entry.after["clients_total"] == 5

    text = P.inventory_text(inv)
    for line in ("Klien seluruhnya: 5", "Klien dengan NIK: 2", "Klien dengan nomor KK: 1",
                 "Klien anak (di bawah 18 tahun): 1", "Klien dengan catatan kesehatan: 2",
                 "Klien dengan data disabilitas: 1", "Klien dengan catatan keluarga: 1",
                 "Klien dengan data wali: 2", "Klien dengan foto: 1",
                 "Klien yang sudah dianonimkan: 1", "Persetujuan tercatat: 3",
                 "Persetujuan yang ditarik: 1", "Pengguna Tutor/Instruktur: 2",
                 "Tutor dengan NIP: 1", "Bimbingan lanjut dengan data penghasilan: 1",
                 "Lampiran usulan revitalisasi (foto/dokumen): 2",
                 f"Baris log audit: {audit_rows}", f"Berkas cadangan terakhir: {newer}",
                 "Cadangan terakhir: 22 November 2026 07.00", "3 x 24 jam"):
        assert line in text, line
    big = P.inventory_text(replace(inv, with_nik=1234, audit_rows=1_234_567))
    assert "Klien dengan NIK: 1.234\n" in big and "Baris log audit: 1.234.567\n" in big
    # The report holds counts, never the personal values themselves.
    assert "Ahmad" not in text and "Bima" not in text


def test_inventory_without_backups_and_permission(db: Database, actors: dict[str, Actor]) -> None:
    with db.session() as s:
        inv = P.data_inventory(s, actors["admin"], today=TODAY)
    assert inv.last_backup_at is None and inv.last_backup_file is None
    assert inv.clients_total == 0 and inv.users_total == 5
    assert "Cadangan terakhir: belum ada cadangan" in P.inventory_text(inv)
    for role in ("staff", "tutor"):
        before = _count(db, AuditLog)
        with db.session() as s, pytest.raises(PermissionDenied):
            P.data_inventory(s, actors[role], today=TODAY)
        assert _count(db, AuditLog) == before


def test_write_inventory_txt_and_xlsx(db: Database, actors: dict[str, Actor],
                                      tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _register(db, actors["staff"], admission_date=date(2026, 1, 5))
    with db.session() as s:
        inv = P.data_inventory(s, actors["admin"], today=TODAY)
    txt = P.write_inventory(inv, tmp_path / "out" / "inventaris.txt")
    content = txt.read_text(encoding="utf-8")
    assert content == P.inventory_text(inv)
    assert "Klien dengan NIK: 1" in content
    assert b"\r\n" in txt.read_bytes()

    xlsx = P.write_inventory(inv, tmp_path / "inventaris.xlsx")
    ws = load_workbook(xlsx).active
    rows = {(r[1], r[2]) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert ("Klien dengan NIK", 1) in rows and ("Klien dengan catatan kesehatan", 1) in rows
    assert ("Lokasi basis data", inv.database) in rows
    assert next(ws.iter_rows(max_row=1, values_only=True)) == ("Bagian", "Data", "Jumlah")

    with pytest.raises(ValidationError):
        P.write_inventory(inv, tmp_path / "inventaris.pdf")


# ----------------------------------------------------------------------------- export log


def test_sensitive_export_is_logged(db: Database, actors: dict[str, Actor]) -> None:
    with db.session() as s:
        P.log_sensitive_export(s, actors["staff"], "Daftar klien dengan NIK", 120)
    with db.session() as s:
        entry = s.execute(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).scalar_one()
    assert (entry.action, entry.entity, entry.username) == ("privacy.export", "export", "staf")
    assert entry.after == {"what": "Daftar klien dengan NIK", "rows": 120}

    before = _count(db, AuditLog)
    with db.session() as s, pytest.raises(PermissionDenied):
        P.log_sensitive_export(s, actors["tutor"], "Daftar klien", 3)
    for what, rows in (("", 1), ("Daftar", -1), ("Daftar", "12"), ("x" * 201, 1)):
        with db.session() as s, pytest.raises(ValidationError):
            P.log_sensitive_export(s, actors["admin"], what, rows)  # type: ignore[arg-type]
    assert _count(db, AuditLog) == before


def test_anonymised_client_cannot_be_edited_again(db: Database, actors: dict[str, Actor]) -> None:
    admin = actors["admin"]
    born = date(2001, 5, 4)
    detail = _register(db, admin, name="Rudi Hartono", sex="L",
                       nik=make_nik("3578", "L", born, 7), birth_date=born,
                       admission_date=date(2015, 3, 1), ppks_code="P11")
    _discharge(db, admin, detail.id, date(2016, 3, 1), reason="selesai")
    with db.session() as s:
        P.anonymise_client(s, admin, detail.id, reason="Masa simpan habis", today=TODAY)
    before = _row(db, detail.id)
    attempts = [
        lambda s: C.update_client(s, admin, detail.id, C.ClientInput(
            name="Rudi Hartono", sex="L", ppks_code="P11", nik_missing_reason="lainnya",
            admission_date=date(2015, 3, 1)), version=None, today=TODAY),
        lambda s: C.set_photo(s, admin, detail.id, None),
        lambda s: C.record_consent(s, admin, detail.id, kind="klien", given_by="Rudi",
                                   given_on=date(2016, 1, 1)),
    ]
    for attempt in attempts:
        with pytest.raises(WorkflowError, match="dianonimkan"):
            with db.session() as s:
                attempt(s)
    assert _row(db, detail.id) == before
