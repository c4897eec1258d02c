"""Client services: registration numbers, validation, duplicates, NIK warnings, stages, discharge,
consent, photo, masking for tutors and the SQL-side search. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.errors import (
    ConflictError,
    DuplicateError,
    PermissionDenied,
    ValidationError,
    WorkflowError,
)
from jssc_desktop.domain.nik import make_nik
from jssc_desktop.services import clients as C
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    AuditLog,
    Client,
    Cohort,
    Consent,
    Enrollment,
    StageHistory,
    TrainingTrack,
)

TODAY = date(2026, 11, 23)
BIRTH = date(2005, 3, 12)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _input(**overrides: Any) -> C.ClientInput:
    base: dict[str, Any] = {
        "name": "Ahmad Fauzi", "sex": "L", "birth_place": "Malang", "birth_date": BIRTH,
        "nik": make_nik("3507", "L", BIRTH, 1), "kk": "3507010101010001",
        "address": "Jl. Mawar 1", "kab_kota_code": "3507", "ppks_code": "P02",
        "disability": None, "health_notes": "Asma ringan",
        "phone": "081234567890", "guardian_name": "Sulastri", "guardian_relation": "Ibu",
        "guardian_phone": "081298765432", "family_notes": "Ayah merantau",
        "admission_date": date(2026, 1, 5),
    }
    base.update(overrides)
    return C.ClientInput(**base)


def _count(db: Database, model: Any) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _counts(db: Database) -> tuple[int, int, int, int]:
    return (_count(db, Client), _count(db, StageHistory), _count(db, AuditLog),
            _count(db, Consent))


def _register(db: Database, actor: Actor, **overrides: Any) -> C.ClientDetail:
    allow = overrides.pop("allow", False)
    with db.session() as s:
        return C.register_client(s, actor, _input(**overrides), today=TODAY,
                                 allow_possible_duplicate=allow)


def _last_audit(db: Database) -> AuditLog:
    with db.session() as s:
        return s.execute(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).scalar_one()


def _enroll(db: Database, client_ids: list[int], *, tutor_id: int | None,
            track_code: str = "AC", cohort_name: str = "Angkatan 1") -> tuple[int, int]:
    """Create a track, a cohort taught by ``tutor_id`` and enrollments; return (track, cohort)."""
    with db.session() as s:
        track = s.execute(select(TrainingTrack).where(TrainingTrack.code == track_code)
                          ).scalar_one_or_none()
        if track is None:
            track = TrainingTrack(code=track_code, name=f"Program {track_code}", total_jp=100)
            s.add(track)
            s.flush()
        cohort = Cohort(track_id=track.id, name=cohort_name, tutor_id=tutor_id,
                        start_date=date(2026, 2, 1), end_date=date(2026, 6, 30))
        s.add(cohort)
        s.flush()
        for cid in client_ids:
            s.add(Enrollment(cohort_id=cohort.id, client_id=cid, enrolled_on=date(2026, 2, 1)))
        return track.id, cohort.id


# ------------------------------------------------------------------------------ registration


def test_register_numbers_stage_and_audit(db: Database, actors: dict[str, Actor]) -> None:
    first = _register(db, actors["staff"])
    assert first.reg_no == "PM-2026-00001"
    assert first.status == "aktif" and first.current_stage == "pendekatan_awal"
    assert first.stage_name == "Pendekatan awal"
    assert [(st.stage, st.started_on, st.recorded_by_name) for st in first.stages] == [
        ("pendekatan_awal", date(2026, 1, 5), "Staf Administrasi")]
    assert first.age == 21 and first.masked is False
    assert first.ppks_name == "Anak Telantar" and first.kab_kota_name == "Kabupaten Malang"
    assert first.sex_name == "Laki-laki"
    entry = _last_audit(db)
    assert entry.action == "client.register" and entry.entity_id == first.id
    assert entry.username == "staf"
    assert entry.after["reg_no"] == "PM-2026-00001" and entry.after["name"] == "Ahmad Fauzi"

    second = _register(db, actors["admin"], name="Budi", nik=None, nik_missing_reason="hilang",
                       birth_date=None)
    assert second.reg_no == "PM-2026-00002"
    older = _register(db, actors["admin"], name="Citra", sex="P", nik=None,
                      nik_missing_reason="tidak_punya", admission_date=date(2025, 12, 31))
    assert older.reg_no == "PM-2025-00001"
    with db.session() as s:
        stored = s.get(Client, second.id)
        assert stored is not None and stored.name_normalized == "budi"
        assert stored.nik is None and stored.nik_missing_reason == "hilang"


def test_register_number_continues_after_highest_of_year(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        s.add(Client(reg_no="PM-2026-00041", name="Lama", name_normalized="lama", sex="L",
                     ppks_code="P02", nik_missing_reason="hilang",
                     admission_date=date(2026, 1, 1)))
        s.add(Client(reg_no="PM-2024-00090", name="Lebih Lama", name_normalized="lebih lama",
                     sex="L", ppks_code="P02", nik_missing_reason="hilang",
                     admission_date=date(2024, 1, 1)))
    detail = _register(db, actors["staff"])
    assert detail.reg_no == "PM-2026-00042"


def test_name_is_cleaned_and_nik_spaces_removed(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    nik = make_nik("3573", "P", date(1999, 7, 2), 12)
    spaced = f"{nik[:6]} {nik[6:12]} {nik[12:]}"
    detail = _register(db, actors["staff"], name="  Siti   Aminah ", sex="P", nik=spaced,
                       birth_date=date(1999, 7, 2), kab_kota_code="3573")
    assert detail.name == "Siti Aminah" and detail.nik == nik


def test_simultaneous_registrations_get_distinct_numbers(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    """Two workstations registering at the same moment on a shared PostgreSQL server."""
    if db.is_sqlite:
        pytest.skip("one SQLite file has one writer at a time")
    staff = actors["staff"]
    first_uow = db.session()
    s1 = first_uow.__enter__()
    first = C.register_client(s1, staff, _input(), today=TODAY)  # not committed yet
    result: dict[str, Any] = {}

    def other_workstation() -> None:
        try:
            with db.session() as s2:
                result["detail"] = C.register_client(
                    s2, staff, _input(name="Dewi", sex="P", birth_date=date(2003, 4, 4),
                                      nik=make_nik("3507", "P", date(2003, 4, 4), 2)),
                    today=TODAY)
        except Exception as exc:  # reported below
            result["error"] = exc

    worker = threading.Thread(target=other_workstation)
    worker.start()
    time.sleep(0.5)  # the other insert now waits on the unique registration number
    first_uow.__exit__(None, None, None)
    worker.join(20)
    assert "error" not in result, result.get("error")
    assert first.reg_no == "PM-2026-00001"
    assert result["detail"].reg_no == "PM-2026-00002"
    assert _count(db, Client) == 2 and _count(db, StageHistory) == 2


# ------------------------------------------------------------------------------ bad input

BAD_INPUTS = [
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"sex": "X"}, "sex"),
    ({"sex": ""}, "sex"),
    ({"ppks_code": "P99"}, "ppks_code"),
    ({"ppks_code": ""}, "ppks_code"),
    ({"kab_kota_code": "3599"}, "kab_kota_code"),
    ({"birth_date": date(2026, 12, 1)}, "birth_date"),
    ({"birth_date": date(1900, 1, 1), "nik": None, "nik_missing_reason": "hilang"},
     "birth_date"),
    ({"admission_date": date(2026, 11, 24)}, "admission_date"),
    ({"admission_date": None}, "admission_date"),
    ({"admission_date": date(2005, 3, 1)}, "admission_date"),
    ({"nik": "12345"}, "nik"),
    ({"nik": "35070112030500AB"}, "nik"),
    ({"nik": "3507011303050000"}, "nik"),
    ({"nik": None}, "nik_missing_reason"),
    ({"nik": None, "nik_missing_reason": "entah"}, "nik_missing_reason"),
    ({"kk": "123"}, "kk"),
    ({"phone": "0" * 51}, "phone"),
]


@pytest.mark.parametrize(("overrides", "field"), BAD_INPUTS)
def test_bad_input_refused_and_nothing_written(
    db: Database, actors: dict[str, Actor], overrides: dict[str, Any], field: str
) -> None:
    before = _counts(db)
    with pytest.raises(ValidationError) as err:
        _register(db, actors["staff"], **overrides)
    assert err.value.field == field
    assert err.value.message  # an Indonesian sentence, shown as it is
    assert _counts(db) == before


def test_check_client_raises_for_invalid_field(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, pytest.raises(ValidationError) as err:
        C.check_client(s, actors["staff"], _input(sex="Z"), today=TODAY)
    assert err.value.field == "sex"


def test_roles_without_edit_right_cannot_register(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    before = _counts(db)
    for role in ("head", "tutor"):
        with pytest.raises(PermissionDenied):
            _register(db, actors[role])
    assert _counts(db) == before


# ------------------------------------------------------------------------------ duplicates


def test_same_nik_always_refused_naming_existing(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    existing = _register(db, actors["staff"])
    before = _counts(db)
    with pytest.raises(DuplicateError) as err:
        _register(db, actors["staff"], name="Orang Lain", birth_date=date(1990, 1, 1),
                  allow=True)
    assert "Ahmad Fauzi" in err.value.message and "PM-2026-00001" in err.value.message
    assert err.value.existing_id == existing.id and err.value.field == "nik"
    assert _counts(db) == before


def test_same_name_and_birth_date_needs_confirmation(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    existing = _register(db, actors["staff"], name="H. Ahmad Fauzi", nik=None,
                         nik_missing_reason="hilang")
    before = _counts(db)
    with pytest.raises(DuplicateError) as err:
        _register(db, actors["staff"], name="ahmad   FAUZI", nik=None,
                  nik_missing_reason="belum_diketahui")
    assert "H. Ahmad Fauzi" in err.value.message and existing.reg_no in err.value.message
    assert err.value.existing_id == existing.id
    assert _counts(db) == before
    confirmed = _register(db, actors["staff"], name="ahmad   FAUZI", nik=None,
                          nik_missing_reason="belum_diketahui", allow=True)
    assert confirmed.reg_no == "PM-2026-00002"


def test_check_client_lists_duplicates_and_nik_warnings(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    by_nik = _register(db, actors["staff"])
    by_name = _register(db, actors["staff"], name="Siti Aminah", sex="P",
                        birth_date=date(2001, 5, 5), nik=None, nik_missing_reason="hilang")
    audit_rows = _count(db, AuditLog)
    # A female NIK born 1 Jan 2000 in Surabaya, typed as a man born 5 May 2001 from Malang.
    odd_nik = make_nik("3578", "P", date(2000, 1, 1), 7)
    with db.session() as s:
        check = C.check_client(
            s, actors["staff"],
            _input(name="SITI aminah", sex="L", birth_date=date(2001, 5, 5), nik=odd_nik,
                   kab_kota_code="3507"), today=TODAY)
        assert check.nik_info is not None and check.nik_info.sex == "P"
        assert len(check.warnings) == 3
        joined = " ".join(check.warnings)
        assert "perempuan" in joined and "1 Januari 2000" in joined and "Surabaya" in joined
        assert [(d.client_id, d.reason) for d in check.duplicates] == [
            (by_name.id, "Nama dan tanggal lahir sama")]
        check2 = C.check_client(s, actors["staff"], _input(name="Siti Aminah", sex="P",
                                birth_date=date(2001, 5, 5)), today=TODAY)
        reasons = {d.reason: (d.reg_no, d.name) for d in check2.duplicates}
        assert reasons == {"NIK sama": (by_nik.reg_no, "Ahmad Fauzi"),
                           "Nama dan tanggal lahir sama": (by_name.reg_no, "Siti Aminah")}
        # Checking the client's own record against itself finds nothing.
        own = C.check_client(s, actors["staff"], _input(), client_id=by_nik.id, today=TODAY)
        assert own.duplicates == [] and own.warnings == []
    assert _count(db, AuditLog) == audit_rows


def test_nik_mismatch_warns_but_does_not_block(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    nik = make_nik("3507", "P", date(2004, 8, 17), 3)
    detail = _register(db, actors["staff"], sex="L", birth_date=date(2004, 8, 18), nik=nik)
    assert detail.nik == nik and detail.sex == "L"
    entry = _last_audit(db)
    assert entry.action == "client.register" and "NIK" in (entry.reason or "")


# ------------------------------------------------------------------------------ updates


def test_update_audits_only_the_changes(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    with db.session() as s:
        updated = C.update_client(
            s, actors["admin"], detail.id,
            _input(name="Ahmad Fauzi Rahman", phone="0811111111"), version=detail.version,
            today=TODAY)
    assert updated.name == "Ahmad Fauzi Rahman" and updated.version == detail.version + 1
    entry = _last_audit(db)
    assert entry.action == "client.update" and entry.username == "admin"
    assert entry.before == {"name": "Ahmad Fauzi", "name_normalized": "ahmad fauzi",
                            "phone": "081234567890", "version": 1}
    assert entry.after == {"name": "Ahmad Fauzi Rahman", "name_normalized": "ahmad fauzi rahman",
                           "phone": "0811111111", "version": 2}


def test_stale_edit_refused_and_nothing_overwritten(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    with db.session() as s:
        C.update_client(s, actors["staff"], detail.id, _input(phone="0800000001"),
                        version=detail.version, today=TODAY)
    before = _counts(db)
    with pytest.raises(ConflictError), db.session() as s:
        C.update_client(s, actors["admin"], detail.id, _input(phone="0899999999"),
                        version=detail.version, today=TODAY)
    assert _counts(db) == before
    with db.session() as s:
        stored = s.get(Client, detail.id)
        assert stored is not None and stored.phone == "0800000001"


def test_update_admission_moves_first_stage(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    with db.session() as s:
        updated = C.update_client(s, actors["staff"], detail.id,
                                  _input(admission_date=date(2026, 1, 2)),
                                  version=detail.version, today=TODAY)
    assert updated.stages[0].started_on == date(2026, 1, 2)
    with db.session() as s:
        moved = C.move_stage(s, actors["staff"], detail.id, stage="asesmen",
                             started_on=date(2026, 2, 1), today=TODAY)
    with pytest.raises(ValidationError) as err, db.session() as s:
        C.update_client(s, actors["staff"], detail.id,
                        _input(admission_date=date(2026, 3, 1)), version=moved.version,
                        today=TODAY)
    assert err.value.field == "admission_date"


def test_update_to_another_clients_nik_refused(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    first = _register(db, actors["staff"])
    other = _register(db, actors["staff"], name="Dewi", sex="P", birth_date=date(2003, 4, 4),
                      nik=make_nik("3507", "P", date(2003, 4, 4), 2))
    with pytest.raises(DuplicateError) as err, db.session() as s:
        C.update_client(s, actors["staff"], other.id,
                        _input(name="Dewi", sex="P", birth_date=date(2003, 4, 4)),
                        version=other.version, today=TODAY)
    assert first.reg_no in err.value.message and err.value.existing_id == first.id
    with db.session() as s:
        stored = s.get(Client, other.id)
        assert stored is not None and stored.name == "Dewi" and stored.version == other.version


def test_update_refused_for_head_and_tutor(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    for role in ("head", "tutor"):
        with pytest.raises(PermissionDenied), db.session() as s:
            C.update_client(s, actors[role], detail.id, _input(name="X"),
                            version=detail.version, today=TODAY)


# ------------------------------------------------------------------------------ stages, discharge


def test_move_stage_appends_history(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    with db.session() as s:
        moved = C.move_stage(s, actors["staff"], detail.id, stage="asesmen",
                             started_on=date(2026, 2, 10), notes="Asesmen awal",
                             version=detail.version, today=TODAY)
    assert moved.current_stage == "asesmen"
    assert [st.stage for st in moved.stages] == ["pendekatan_awal", "asesmen"]
    assert moved.stages[1].notes == "Asesmen awal"
    entry = _last_audit(db)
    assert entry.action == "client.stage"
    assert entry.before == {"current_stage": "pendekatan_awal"}
    assert entry.after["current_stage"] == "asesmen" and entry.after["started_on"] == "2026-02-10"
    with db.session() as s:
        again = C.move_stage(s, actors["staff"], detail.id, stage="intervensi",
                             started_on=date(2026, 2, 10), today=TODAY)
    assert again.current_stage == "intervensi" and len(again.stages) == 3


@pytest.mark.parametrize(("kwargs", "field", "error"), [
    ({"stage": "asesmen", "started_on": date(2026, 1, 4)}, "started_on", ValidationError),
    ({"stage": "asesmen", "started_on": date(2026, 11, 24)}, "started_on", ValidationError),
    ({"stage": "terminasi", "started_on": date(2026, 3, 1)}, "stage", ValidationError),
    ({"stage": "bimbingan_lanjut", "started_on": date(2026, 3, 1)}, "stage", WorkflowError),
    ({"stage": "pendekatan_awal", "started_on": date(2026, 3, 1)}, "stage", ValidationError),
    ({"stage": "bertapa", "started_on": date(2026, 3, 1)}, "stage", ValidationError),
])
def test_move_stage_refusals(db: Database, actors, kwargs, field, error) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    before = _counts(db)
    with pytest.raises(error) as err, db.session() as s:
        C.move_stage(s, actors["staff"], detail.id, today=TODAY, **kwargs)
    assert err.value.field == field
    assert _counts(db) == before


def test_move_stage_not_before_last_stage(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    with db.session() as s:
        C.move_stage(s, actors["staff"], detail.id, stage="asesmen",
                     started_on=date(2026, 3, 1), today=TODAY)
    with pytest.raises(ValidationError, match="tahap terakhir") as err, db.session() as s:
        C.move_stage(s, actors["staff"], detail.id, stage="rencana",
                     started_on=date(2026, 2, 28), today=TODAY)
    assert err.value.field == "started_on"


def test_discharge_then_aftercare(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    with db.session() as s:
        done = C.discharge_client(
            s, actors["staff"], detail.id, reason="kembali_keluarga",
            discharge_date=date(2026, 10, 1), notes="Dijemput ibu", handover_to="Sulastri",
            handover_record="BA/12/X/2026", version=detail.version, today=TODAY)
    assert done.status == "terminasi" and done.status_name == "Terminasi"
    assert done.discharge_date == date(2026, 10, 1)
    assert done.discharge_reason_name == "Kembali ke keluarga"
    assert done.handover_to == "Sulastri" and done.handover_record == "BA/12/X/2026"
    assert done.current_stage == "terminasi"
    assert [st.stage for st in done.stages] == ["pendekatan_awal", "terminasi"]
    entry = _last_audit(db)
    assert entry.action == "client.discharge"
    assert entry.before["status"] == "aktif" and entry.after["status"] == "terminasi"
    assert entry.after["discharge_reason"] == "kembali_keluarga"

    before = _counts(db)
    with pytest.raises(WorkflowError, match="sudah diterminasi"), db.session() as s:
        C.discharge_client(s, actors["staff"], detail.id, reason="selesai",
                           discharge_date=date(2026, 10, 2), today=TODAY)
    with pytest.raises(WorkflowError), db.session() as s:
        C.move_stage(s, actors["staff"], detail.id, stage="asesmen",
                     started_on=date(2026, 10, 5), today=TODAY)
    assert _counts(db) == before
    with db.session() as s:
        after = C.move_stage(s, actors["staff"], detail.id, stage="bimbingan_lanjut",
                             started_on=date(2026, 10, 5), today=TODAY)
    assert after.current_stage == "bimbingan_lanjut" and after.status == "terminasi"


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"reason": "bosan", "discharge_date": date(2026, 10, 1)}, "reason"),
    ({"reason": "", "discharge_date": date(2026, 10, 1)}, "reason"),
    ({"reason": "selesai", "discharge_date": date(2026, 1, 4)}, "discharge_date"),
    ({"reason": "selesai", "discharge_date": date(2026, 11, 24)}, "discharge_date"),
    ({"reason": "selesai", "discharge_date": None}, "discharge_date"),
])
def test_discharge_refusals(db: Database, actors, kwargs, field) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    before = _counts(db)
    with pytest.raises(ValidationError) as err, db.session() as s:
        C.discharge_client(s, actors["staff"], detail.id, today=TODAY, **kwargs)
    assert err.value.field == field
    assert _counts(db) == before
    with db.session() as s:
        stored = s.get(Client, detail.id)
        assert stored is not None and stored.status == "aktif"


def test_discharge_needs_right_and_fresh_version(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    with pytest.raises(PermissionDenied), db.session() as s:
        C.discharge_client(s, actors["head"], detail.id, reason="selesai",
                           discharge_date=date(2026, 10, 1), today=TODAY)
    with db.session() as s:
        C.move_stage(s, actors["staff"], detail.id, stage="asesmen",
                     started_on=date(2026, 2, 1), today=TODAY)
    with pytest.raises(ConflictError), db.session() as s:
        C.discharge_client(s, actors["staff"], detail.id, reason="selesai",
                           discharge_date=date(2026, 10, 1), version=detail.version,
                           today=TODAY)


# ------------------------------------------------------------------------------ consent, photo


def test_consent_record_and_withdraw(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    with db.session() as s:
        consent = C.record_consent(s, actors["staff"], detail.id, kind="wali",
                                   given_by="Sulastri (ibu)", given_on=date(2026, 1, 5),
                                   scope="Pendataan dan pelaporan ke Dinsos", today=TODAY)
    assert consent.kind_name == "Wali/keluarga" and consent.withdrawn_on is None
    entry = _last_audit(db)
    assert entry.action == "consent.record" and entry.entity_id == consent.id
    with db.session() as s:
        withdrawn = C.withdraw_consent(s, actors["staff"], consent.id,
                                       withdrawn_on=date(2026, 6, 1), today=TODAY)
    assert withdrawn.withdrawn_on == date(2026, 6, 1)
    entry = _last_audit(db)
    assert entry.action == "consent.withdraw"
    assert entry.before == {"withdrawn_on": None} and entry.after == {"withdrawn_on": "2026-06-01"}
    with db.session() as s:
        shown = C.get_client(s, actors["staff"], detail.id, today=TODAY)
    assert [(c.id, c.withdrawn_on) for c in shown.consents] == [(consent.id, date(2026, 6, 1))]
    with pytest.raises(WorkflowError), db.session() as s:
        C.withdraw_consent(s, actors["staff"], consent.id, withdrawn_on=date(2026, 7, 1),
                           today=TODAY)


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"kind": "tetangga", "given_by": "A", "given_on": date(2026, 1, 5)}, "kind"),
    ({"kind": "klien", "given_by": "  ", "given_on": date(2026, 1, 5)}, "given_by"),
    ({"kind": "klien", "given_by": "A", "given_on": date(2026, 12, 1)}, "given_on"),
])
def test_consent_refusals(db: Database, actors, kwargs, field) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    before = _counts(db)
    with pytest.raises(ValidationError) as err, db.session() as s:
        C.record_consent(s, actors["staff"], detail.id, today=TODAY, **kwargs)
    assert err.value.field == field
    assert _counts(db) == before


def test_withdraw_before_given_refused(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    with db.session() as s:
        consent = C.record_consent(s, actors["staff"], detail.id, kind="klien",
                                   given_by="Ahmad", given_on=date(2026, 3, 1), today=TODAY)
    with pytest.raises(ValidationError) as err, db.session() as s:
        C.withdraw_consent(s, actors["staff"], consent.id, withdrawn_on=date(2026, 2, 1),
                           today=TODAY)
    assert err.value.field == "withdrawn_on"


def test_photo_png_or_jpeg_only(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    with db.session() as s:
        C.set_photo(s, actors["staff"], detail.id, PNG)
    entry = _last_audit(db)
    assert entry.action == "client.photo" and entry.before == {"photo": None}
    assert entry.after["photo"]["bytes"] == len(PNG)
    with db.session() as s:
        assert C.get_photo(s, actors["staff"], detail.id) == PNG
        assert C.get_client(s, actors["staff"], detail.id, today=TODAY).has_photo
    for bad in (b"%PDF-1.7 nope", b"", b"\xff\xd8\xff" + b"\x00" * (2 * 1024 * 1024)):
        with pytest.raises(ValidationError) as err, db.session() as s:
            C.set_photo(s, actors["staff"], detail.id, bad)
        assert err.value.field == "photo"
    with db.session() as s:
        assert C.get_photo(s, actors["staff"], detail.id) == PNG
        C.set_photo(s, actors["staff"], detail.id, None)
    with db.session() as s:
        assert C.get_photo(s, actors["staff"], detail.id) is None


# ------------------------------------------------------------------------------ viewing, masking


def test_staff_view_is_full_and_audited(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    detail = _register(db, actors["staff"])
    for role in ("staff", "head", "admin"):
        with db.session() as s:
            shown = C.get_client(s, actors[role], detail.id, today=TODAY)
        assert shown.masked is False and shown.nik == detail.nik
        assert shown.health_notes == "Asma ringan" and shown.guardian_name == "Sulastri"
        entry = _last_audit(db)
        assert entry.action == "client.view_sensitive" and entry.entity_id == detail.id
        assert entry.username == actors[role].username


def test_tutor_sees_masked_client_of_own_cohort_only(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    mine = _register(db, actors["staff"])
    other = _register(db, actors["staff"], name="Dewi", sex="P", birth_date=date(2003, 4, 4),
                      nik=make_nik("3507", "P", date(2003, 4, 4), 2))
    _enroll(db, [mine.id], tutor_id=actors["tutor"].tutor_id)
    _enroll(db, [other.id], tutor_id=actors["tutor2"].tutor_id, cohort_name="Angkatan 2")
    audit_rows = _count(db, AuditLog)
    with db.session() as s:
        shown = C.get_client(s, actors["tutor"], mine.id, today=TODAY)
    assert shown.masked is True
    assert shown.nik == "3507************" and shown.kk == "3507************"
    for name in ("health_notes", "family_notes", "guardian_name", "guardian_relation",
                 "guardian_phone", "guardian_address", "disability", "address", "phone"):
        assert getattr(shown, name) is None, name
    assert shown.name == "Ahmad Fauzi" and shown.reg_no == mine.reg_no
    assert [e.cohort_name for e in shown.enrollments] == ["Angkatan 1"]
    assert shown.enrollments[0].track_name == "Program AC"
    assert _count(db, AuditLog) == audit_rows  # nothing sensitive was shown
    with pytest.raises(PermissionDenied), db.session() as s:
        C.get_client(s, actors["tutor"], other.id, today=TODAY)
    with pytest.raises(PermissionDenied), db.session() as s:
        C.get_photo(s, actors["tutor"], other.id)
    with db.session() as s:
        assert C.get_client(s, actors["tutor2"], other.id, today=TODAY).masked


# ------------------------------------------------------------------------------ search


@pytest.fixture
def population(db: Database, actors: dict[str, Actor]) -> dict[str, C.ClientDetail]:
    """Five clients with varied names, NIKs, regions, categories, stages and statuses."""
    staff = actors["staff"]
    people: dict[str, dict[str, Any]] = {
        "ahmad": {"name": "Ahmad Fauzi", "sex": "L", "birth_date": date(2005, 3, 12),
                  "nik": make_nik("3507", "L", date(2005, 3, 12), 1), "kab_kota_code": "3507",
                  "ppks_code": "P02", "admission_date": date(2026, 1, 5)},
        "siti": {"name": "Siti Nur Aminah", "sex": "P", "birth_date": date(1999, 7, 2),
                 "nik": make_nik("3578", "P", date(1999, 7, 2), 5), "kab_kota_code": "3578",
                 "ppks_code": "P09", "admission_date": date(2025, 6, 1)},
        "budi": {"name": "Budi Santoso", "sex": "L", "birth_date": None, "nik": None,
                 "nik_missing_reason": "hilang", "kab_kota_code": "3573", "ppks_code": "P11",
                 "admission_date": date(2026, 3, 3)},
        "nur": {"name": "Nur Hidayati", "sex": "P", "birth_date": date(2010, 1, 20),
                "nik": make_nik("3507", "P", date(2010, 1, 20), 9), "kab_kota_code": "3507",
                "ppks_code": "P02", "admission_date": date(2024, 9, 9)},
        "aminah": {"name": "Aminah", "sex": "P", "birth_date": date(1950, 5, 5),
                   "nik": make_nik("3201", "P", date(1950, 5, 5), 4), "kab_kota_code": "9999",
                   "ppks_code": "P08", "admission_date": date(2026, 2, 2)},
    }
    made = {key: _register(db, staff, **values) for key, values in people.items()}
    with db.session() as s:
        C.move_stage(s, staff, made["siti"].id, stage="intervensi",
                     started_on=date(2025, 8, 1), today=TODAY)
        C.discharge_client(s, staff, made["nur"].id, reason="selesai",
                           discharge_date=date(2025, 12, 20), today=TODAY)
    return made


def _search(db: Database, actor: Actor, **kw: Any) -> C.Page[C.ClientRow]:  # type: ignore[name-defined]
    with db.session() as s:
        return C.search_clients(s, actor, C.ClientQuery(**kw), today=TODAY)


def _names(page: Any) -> list[str]:
    return [r.name for r in page.rows]


def test_search_by_name_prefix_and_word_prefix(db: Database, actors, population) -> None:  # type: ignore[no-untyped-def]
    staff = actors["staff"]
    assert _names(_search(db, staff, text="ahm")) == ["Ahmad Fauzi"]
    # "nur" starts one name and is a word inside another; "amin" starts a name and a word.
    assert _names(_search(db, staff, text="NUR")) == ["Nur Hidayati", "Siti Nur Aminah"]
    assert _names(_search(db, staff, text="amin")) == ["Aminah", "Siti Nur Aminah"]
    assert _names(_search(db, staff, text="santoso")) == ["Budi Santoso"]
    assert _names(_search(db, staff, text="ntoso")) == []
    assert _names(_search(db, staff, text="siti nur")) == ["Siti Nur Aminah"]
    # LIKE wildcards typed by the user are plain text ("a_i" would match "aminah" otherwise).
    assert _search(db, staff, text="a_i").total == 0
    assert _search(db, staff, text="%").total == 0


def test_search_by_nik_prefix_and_reg_no(db: Database, actors, population) -> None:  # type: ignore[no-untyped-def]
    staff = actors["staff"]
    assert _names(_search(db, staff, text="3507")) == ["Ahmad Fauzi", "Nur Hidayati"]
    assert _names(_search(db, staff, text=population["siti"].nik)) == ["Siti Nur Aminah"]
    assert _names(_search(db, staff, text="3201 01")) == ["Aminah"]
    assert _search(db, staff, text="9999999").total == 0
    assert _names(_search(db, staff, text="PM-2025")) == ["Siti Nur Aminah"]
    assert _names(_search(db, staff, text="pm-2026-00003")) == ["Aminah"]
    assert _search(db, staff, text="PM-2026").total == 3
    # Short digit runs also find registration numbers containing them.
    assert _names(_search(db, staff, text="00002")) == ["Budi Santoso"]
    assert _names(_search(db, staff, text="2024")) == ["Nur Hidayati"]
    rows = {r.name: r for r in _search(db, staff).rows}
    assert rows["Ahmad Fauzi"].nik_display == population["ahmad"].nik
    assert rows["Budi Santoso"].nik_display == "Tanpa NIK"


def test_search_filters(db: Database, actors, population) -> None:  # type: ignore[no-untyped-def]
    staff = actors["staff"]
    assert _names(_search(db, staff, status="terminasi")) == ["Nur Hidayati"]
    assert _search(db, staff, status="aktif").total == 4
    assert _names(_search(db, staff, ppks_code="P02")) == ["Ahmad Fauzi", "Nur Hidayati"]
    assert _names(_search(db, staff, stage="intervensi")) == ["Siti Nur Aminah"]
    assert _names(_search(db, staff, kab_kota_code="9999")) == ["Aminah"]
    assert _names(_search(db, staff, sex="L")) == ["Ahmad Fauzi", "Budi Santoso"]
    assert _names(_search(db, staff, sex="P", ppks_code="P02")) == ["Nur Hidayati"]
    track_id, _ = _enroll(db, [population["budi"].id, population["siti"].id], tutor_id=None)
    _enroll(db, [population["ahmad"].id], tutor_id=None, track_code="JHT")
    assert _names(_search(db, staff, track_id=track_id)) == ["Budi Santoso", "Siti Nur Aminah"]
    assert _names(_search(db, staff, track_id=track_id, text="siti")) == ["Siti Nur Aminah"]
    with pytest.raises(ValidationError) as err:
        _search(db, staff, status="kabur")
    assert err.value.field == "status"


def test_search_sorting_and_paging(db: Database, actors, population) -> None:  # type: ignore[no-untyped-def]
    staff = actors["staff"]
    by_name = ["Ahmad Fauzi", "Aminah", "Budi Santoso", "Nur Hidayati", "Siti Nur Aminah"]
    assert _names(_search(db, staff)) == by_name
    assert _names(_search(db, staff, descending=True)) == by_name[::-1]
    assert [r.reg_no for r in _search(db, staff, sort="reg_no").rows] == [
        "PM-2024-00001", "PM-2025-00001", "PM-2026-00001", "PM-2026-00002", "PM-2026-00003"]
    assert _names(_search(db, staff, sort="admission_date")) == [
        "Nur Hidayati", "Siti Nur Aminah", "Ahmad Fauzi", "Aminah", "Budi Santoso"]
    assert _names(_search(db, staff, sort="birth_date")) == [
        "Aminah", "Siti Nur Aminah", "Ahmad Fauzi", "Nur Hidayati", "Budi Santoso"]
    assert _names(_search(db, staff, sort="birth_date", descending=True)) == [
        "Nur Hidayati", "Ahmad Fauzi", "Siti Nur Aminah", "Aminah", "Budi Santoso"]
    assert _names(_search(db, staff, sort="status"))[-1] == "Nur Hidayati"
    page = _search(db, staff, offset=2, limit=2)
    assert page.total == 5 and _names(page) == by_name[2:4]
    assert (page.offset, page.limit) == (2, 2)
    last = _search(db, staff, offset=4, limit=2)
    assert last.total == 5 and _names(last) == by_name[4:]
    filtered = _search(db, staff, sex="P", limit=1)
    assert filtered.total == 3 and len(filtered.rows) == 1
    row = _search(db, staff, text="ahmad").rows[0]
    assert row.age == 21 and row.kab_kota_name == "Kabupaten Malang"
    assert row.ppks_name == "Anak Telantar" and row.stage_name == "Pendekatan awal"
    assert row.status_name == "Aktif (dalam layanan)"
    for bad in ({"sort": "nik"}, {"offset": -1}, {"limit": 0}):
        with pytest.raises(ValidationError):
            _search(db, staff, **bad)


def test_search_for_tutor_is_limited_and_masked(db: Database, actors, population) -> None:  # type: ignore[no-untyped-def]
    _enroll(db, [population["ahmad"].id, population["siti"].id],
            tutor_id=actors["tutor"].tutor_id)
    _enroll(db, [population["budi"].id], tutor_id=actors["tutor2"].tutor_id,
            cohort_name="Angkatan 2")
    tutor = actors["tutor"]
    page = _search(db, tutor)
    assert page.total == 2 and _names(page) == ["Ahmad Fauzi", "Siti Nur Aminah"]
    assert [r.nik_display for r in page.rows] == ["3507************", "3578************"]
    assert _search(db, tutor, text="3507").total == 0  # no probing of NIKs
    assert _names(_search(db, tutor, text="siti")) == ["Siti Nur Aminah"]
    assert _names(_search(db, actors["tutor2"])) == ["Budi Santoso"]
    assert _search(db, actors["head"]).total == 5


def test_search_uses_copy_of_query(db: Database, actors, population) -> None:  # type: ignore[no-untyped-def]
    query = C.ClientQuery(text="a", limit=1)
    with db.session() as s:
        first = C.search_clients(s, actors["staff"], query, today=TODAY)
        second = C.search_clients(s, actors["staff"], replace(query, offset=1), today=TODAY)
    assert first.total == second.total == 3
    assert first.rows[0].id != second.rows[0].id
