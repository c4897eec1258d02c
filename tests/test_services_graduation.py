"""Graduation service: assessment, graduation, certificate numbers, follow-up schedule."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.errors import (
    ConflictError,
    PermissionDenied,
    ValidationError,
    WorkflowError,
)
from jssc_desktop.services import graduation as gr
from jssc_desktop.services import training as tr
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, Client, Enrollment, FollowUp, UptProfile

pytestmark = pytest.mark.storage

START, END = date(2026, 7, 1), date(2026, 11, 30)


def _count(db: Database, model: Any, *where: Any) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def make_clients(db: Database, names: list[str], *, first: int = 1) -> list[int]:
    """Client rows straight through the ORM (the clients service is tested on its own)."""
    ids = []
    with db.session() as s:
        for i, name in enumerate(names, start=first):
            c = Client(reg_no=f"PM-2026-{i:05d}", nik=None, nik_missing_reason="hilang",
                       name=name, name_normalized=name.casefold(), sex="L", ppks_code="P09",
                       admission_date=date(2026, 2, 1))
            s.add(c)
            s.flush()
            ids.append(c.id)
    return ids


@pytest.fixture
def cls(db: Database, actors: dict[str, Actor]) -> dict[str, Any]:
    """An AC cohort of actors['tutor'] with four participants, and a catering cohort."""
    staff = actors["staff"]
    ids = make_clients(db, ["Wawan Setiawan", "Agus Salim", "Nur Hidayat", "Joko Susilo",
                            "Lina Marlina"])
    with db.session() as s:
        ac = tr.create_track(s, staff, tr.TrackInput("AC", "Reparasi AC"))
        boga = tr.create_track(s, staff, tr.TrackInput("BOGA", "Tata Boga"))
        cohort = tr.create_cohort(s, staff, tr.CohortInput(
            ac.id, "AC 2026-1", START, END, tutor_id=actors["tutor"].tutor_id))
        catering = tr.create_cohort(s, staff, tr.CohortInput(
            boga.id, "Boga 2026-1", START, END, tutor_id=actors["tutor2"].tutor_id))
        views = tr.enroll_clients(s, staff, cohort.id, ids[:4], enrolled_on=START)
        [lina] = tr.enroll_clients(s, staff, catering.id, ids[4:], enrolled_on=START)
    by_name = {v.client_name.split()[0].lower(): v for v in views}
    by_name["lina"] = lina
    return {"cohort": cohort, "catering": catering, "e": by_name}


def _assess(db: Database, actor: Actor, enrollment: tr.EnrollmentView, result: str,
            score: float | None = 80, on: date = date(2026, 11, 20)) -> tr.EnrollmentView:
    with db.session() as s:
        return gr.record_assessment(s, actor, enrollment.id, score=score, result=result,
                                    assessed_on=on, assessor="LSP Pendingin Jatim")


def _set_upt_code(db: Database, code: str) -> None:
    with db.session() as s:
        s.add(UptProfile(name="UPT Rehabilitasi Sosial Bina Karya Malang", code=code))


def test_add_months_clamps_to_month_end() -> None:
    assert gr.add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert gr.add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert gr.add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert gr.add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert gr.add_months(date(2026, 3, 31), 3) == date(2026, 6, 30)
    assert gr.add_months(date(2026, 12, 15), 12) == date(2027, 12, 15)


def test_record_assessment_by_own_tutor(db: Database, actors: dict[str, Actor],
                                        cls: dict[str, Any]) -> None:
    wawan = cls["e"]["wawan"]
    view = _assess(db, actors["tutor"], wawan, "kompeten", score=87.5)
    assert (view.assessment_score, view.competency_result, view.competency_result_name) == (
        87.5, "kompeten", "Kompeten")
    assert view.assessed_on == date(2026, 11, 20) and view.assessor == "LSP Pendingin Jatim"
    assert view.version == wawan.version + 1 and view.status == "aktif"
    with db.session() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "enrollment.assess")
                        ).scalar_one()
    assert row.entity_id == wawan.id and row.after["competency_result"] == "kompeten"
    assert row.after["assessment_score"] == 87.5 and row.before["competency_result"] is None


@pytest.mark.parametrize("score, result, on, field", [
    (100.5, "kompeten", date(2026, 11, 20), "score"),
    (-1, "kompeten", date(2026, 11, 20), "score"),
    ("delapan", "kompeten", date(2026, 11, 20), "score"),
    (80, "lulus", date(2026, 11, 20), "result"),
    (80, "kompeten", date(2026, 6, 1), "assessed_on"),
])
def test_assessment_refusals(db: Database, actors: dict[str, Actor], cls: dict[str, Any],
                             score: Any, result: str, on: date, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        with db.session() as s:
            gr.record_assessment(s, actors["staff"], cls["e"]["wawan"].id, score=score,
                                 result=result, assessed_on=on)
    assert err.value.field == field
    assert _count(db, Enrollment, Enrollment.competency_result.is_not(None)) == 0


def test_assessment_permissions_and_stale_version(db: Database, actors: dict[str, Actor],
                                                  cls: dict[str, Any]) -> None:
    wawan, lina = cls["e"]["wawan"], cls["e"]["lina"]
    with pytest.raises(PermissionDenied, match="Angkatan AC 2026-1 bukan angkatan Anda."):
        _assess(db, actors["tutor2"], wawan, "kompeten")
    with pytest.raises(PermissionDenied, match="Angkatan Boga 2026-1 bukan angkatan Anda."):
        _assess(db, actors["tutor"], lina, "kompeten")
    with pytest.raises(PermissionDenied):
        _assess(db, actors["head"], wawan, "kompeten")
    _assess(db, actors["tutor2"], lina, "kompeten")
    first = _assess(db, actors["tutor"], wawan, "belum_kompeten", score=55)
    with pytest.raises(ConflictError, match="Wawan Setiawan"):
        with db.session() as s:
            gr.record_assessment(s, actors["tutor"], wawan.id, score=90, result="kompeten",
                                 assessed_on=date(2026, 11, 21), version=wawan.version)
    with db.session() as s:
        again = gr.record_assessment(s, actors["tutor"], wawan.id, score=75, result="kompeten",
                                     assessed_on=date(2026, 11, 27), version=first.version)
    assert again.competency_result == "kompeten" and again.assessment_score == 75.0


def test_graduate_assigns_certificate_and_followups(db: Database, actors: dict[str, Actor],
                                                    cls: dict[str, Any]) -> None:
    _set_upt_code(db, "RSBK-MLG")
    wawan = _assess(db, actors["tutor"], cls["e"]["wawan"], "kompeten")
    with db.session() as s:
        done = gr.graduate(s, actors["staff"], wawan.id, graduated_on=date(2026, 11, 30),
                           version=wawan.version)
    assert done.status == "lulus" and done.status_name == "Lulus"
    assert done.graduated_on == date(2026, 11, 30)
    assert done.certificate_no == "0001/AC/RSBK-MLG/2026"
    with db.session() as s:
        due = s.execute(select(FollowUp.months_after, FollowUp.due_date, FollowUp.client_id)
                        .where(FollowUp.enrollment_id == wawan.id)
                        .order_by(FollowUp.months_after)).all()
        row = s.execute(select(AuditLog).where(AuditLog.action == "enrollment.graduate")
                        ).scalar_one()
    assert [(m, d) for m, d, _ in due] == [
        (3, date(2027, 2, 28)), (6, date(2027, 5, 30)), (12, date(2027, 11, 30))]
    assert {c for _, _, c in due} == {wawan.client_id}
    assert row.after["status"] == "lulus" and row.after["certificate_no"] == done.certificate_no
    assert row.after["followups_due"] == {"3": "2027-02-28", "6": "2027-05-30",
                                          "12": "2027-11-30"}
    with pytest.raises(WorkflowError, match="berstatus Lulus"):
        with db.session() as s:
            gr.graduate(s, actors["staff"], wawan.id, graduated_on=date(2026, 11, 30))


def test_followups_from_the_last_day_of_january(db: Database, actors: dict[str, Actor],
                                                cls: dict[str, Any]) -> None:
    wawan = _assess(db, actors["staff"], cls["e"]["wawan"], "kompeten")
    with db.session() as s:
        gr.graduate(s, actors["staff"], wawan.id, graduated_on=date(2027, 1, 31))
        due = s.execute(select(FollowUp.due_date).where(FollowUp.enrollment_id == wawan.id)
                        .order_by(FollowUp.months_after)).scalars().all()
    assert due == [date(2027, 4, 30), date(2027, 7, 31), date(2028, 1, 31)]


def test_only_kompeten_graduates(db: Database, actors: dict[str, Actor],
                                 cls: dict[str, Any]) -> None:
    agus = _assess(db, actors["tutor"], cls["e"]["agus"], "belum_kompeten", score=40)
    with pytest.raises(WorkflowError, match=r"Agus Salim \(PM-2026-00002\).*belum kompeten"):
        with db.session() as s:
            gr.graduate(s, actors["staff"], agus.id, graduated_on=date(2026, 11, 30))
    with pytest.raises(WorkflowError, match="belum dinilai"):
        with db.session() as s:
            gr.graduate(s, actors["staff"], cls["e"]["nur"].id, graduated_on=date(2026, 11, 30))
    wawan = _assess(db, actors["tutor"], cls["e"]["wawan"], "kompeten")
    with pytest.raises(PermissionDenied, match="menetapkan kelulusan"):
        with db.session() as s:
            gr.graduate(s, actors["tutor"], wawan.id, graduated_on=date(2026, 11, 30))
    with pytest.raises(ValidationError, match="sebelum tanggal uji kompetensi"):
        with db.session() as s:
            gr.graduate(s, actors["staff"], wawan.id, graduated_on=date(2026, 11, 1))
    with pytest.raises(ConflictError):
        with db.session() as s:
            gr.graduate(s, actors["staff"], wawan.id, graduated_on=date(2026, 11, 30),
                        version=cls["e"]["wawan"].version)
    assert _count(db, Enrollment, Enrollment.status != "aktif") == 0
    assert _count(db, FollowUp) == 0


def test_certificate_numbers_run_per_year_across_the_upt(
        db: Database, actors: dict[str, Actor], cls: dict[str, Any]) -> None:
    e = cls["e"]
    for key in ("wawan", "agus", "nur"):
        _assess(db, actors["staff"], e[key], "kompeten")
    _assess(db, actors["staff"], e["lina"], "kompeten")
    numbers = []
    with db.session() as s:
        for key, day in (("wawan", date(2026, 11, 25)), ("lina", date(2026, 11, 26)),
                         ("agus", date(2026, 11, 27)), ("nur", date(2027, 1, 4))):
            numbers.append(gr.graduate(s, actors["admin"], e[key].id,
                                       graduated_on=day).certificate_no)
    # No UPT profile yet: 'UPT'. Catering shares the sequence; a new year starts again at 1.
    assert numbers == ["0001/AC/UPT/2026", "0002/BOGA/UPT/2026", "0003/AC/UPT/2026",
                       "0001/AC/UPT/2027"]


def test_graduate_cohort(db: Database, actors: dict[str, Actor], cls: dict[str, Any]) -> None:
    _set_upt_code(db, "RSBK")
    e = cls["e"]
    _assess(db, actors["tutor"], e["wawan"], "kompeten")
    _assess(db, actors["tutor"], e["agus"], "kompeten", score=91)
    _assess(db, actors["tutor"], e["nur"], "belum_kompeten", score=50)
    _assess(db, actors["tutor2"], e["lina"], "kompeten")
    with db.session() as s:  # a certificate earlier in the year from the catering cohort
        gr.graduate(s, actors["staff"], e["lina"].id, graduated_on=date(2026, 11, 28))
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            gr.graduate_cohort(s, actors["tutor"], cls["cohort"].id,
                               graduated_on=date(2026, 11, 30))
    with db.session() as s:
        changed = gr.graduate_cohort(s, actors["staff"], cls["cohort"].id,
                                     graduated_on=date(2026, 11, 30))
    assert [(v.client_name, v.status, v.certificate_no) for v in changed] == [
        ("Agus Salim", "lulus", "0002/AC/RSBK/2026"),
        ("Nur Hidayat", "tidak_lulus", None),
        ("Wawan Setiawan", "lulus", "0003/AC/RSBK/2026"),
    ]
    with db.session() as s:
        statuses = {v.client_name: v.status for v in tr.list_enrollments(
            s, actors["staff"], cls["cohort"].id)}
    assert statuses["Joko Susilo"] == "aktif"  # not assessed yet: untouched
    assert _count(db, FollowUp) == 9  # Lina, Agus, Wawan x 3
    assert _count(db, AuditLog, AuditLog.action == "enrollment.not_passed") == 1
    assert _count(db, AuditLog, AuditLog.action == "enrollment.graduate") == 3
    with pytest.raises(WorkflowError, match="tidak memiliki peserta aktif yang sudah dinilai"):
        with db.session() as s:
            gr.graduate_cohort(s, actors["staff"], cls["cohort"].id,
                               graduated_on=date(2026, 12, 1))


def test_graduate_cohort_refuses_all_when_one_date_is_wrong(
        db: Database, actors: dict[str, Actor], cls: dict[str, Any]) -> None:
    e = cls["e"]
    _assess(db, actors["tutor"], e["wawan"], "kompeten", on=date(2026, 11, 10))
    _assess(db, actors["tutor"], e["agus"], "kompeten", on=date(2026, 11, 25))
    _assess(db, actors["tutor"], e["nur"], "belum_kompeten")
    with pytest.raises(ValidationError, match="Agus Salim"):
        with db.session() as s:
            gr.graduate_cohort(s, actors["staff"], cls["cohort"].id,
                               graduated_on=date(2026, 11, 20))
    assert _count(db, Enrollment, Enrollment.status != "aktif") == 0
    assert _count(db, FollowUp) == 0


def test_withdrawn_participant_cannot_be_assessed(db: Database, actors: dict[str, Actor],
                                                  cls: dict[str, Any]) -> None:
    joko = cls["e"]["joko"]
    with db.session() as s:
        tr.withdraw_enrollment(s, actors["staff"], joko.id, withdrawn_on=date(2026, 9, 1))
    with pytest.raises(WorkflowError, match=r"Joko Susilo \(PM-2026-00004\) berstatus Keluar"):
        _assess(db, actors["tutor"], joko, "kompeten")
