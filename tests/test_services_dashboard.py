"""Home screen numbers for the UPT and for a tutor's own cohorts."""

from __future__ import annotations

from datetime import date

import pytest

from jssc_desktop.services.base import Actor
from jssc_desktop.services.dashboard import dashboard
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    Attendance,
    Client,
    Cohort,
    Enrollment,
    FacilityRequest,
    FollowUp,
    TrainingSession,
    TrainingTrack,
    UptProfile,
)

TODAY = date(2026, 11, 23)


@pytest.fixture
def upt(db: Database, actors: dict[str, Actor]) -> dict[str, int]:
    budi, sri = actors["tutor"].tutor_id, actors["tutor2"].tutor_id
    with db.session() as s:
        s.add(UptProfile(name="UPT PSBR Malang", code="PSBR-MLG", capacity=120))

        def client(n: int, name: str, stage: str, admitted: date = date(2026, 2, 1),
                   **kw: object) -> Client:
            c = Client(reg_no=f"PM-2026-{n:05d}", nik_missing_reason="tidak_punya", name=name,
                       name_normalized=name.lower(), sex="P", ppks_code="P02",
                       admission_date=admitted, current_stage=stage, **kw)
            s.add(c)
            s.flush()
            return c

        a = client(1, "Ani", "intervensi")
        b = client(2, "Bayu", "intervensi")
        c = client(3, "Cici", "terminasi", status="terminasi", discharge_date=date(2026, 11, 10),
                   discharge_reason="kembali_keluarga")
        d = client(4, "Dodi", "resosialisasi")
        e = client(5, "Euis", "pendekatan_awal", admitted=date(2026, 11, 5))

        tracks = {}
        for code, name in (("AC", "Reparasi AC"), ("BOGA", "Tata Boga"), ("JHT", "Menjahit")):
            tracks[code] = TrainingTrack(code=code, name=name)
        s.add_all(tracks.values())
        s.flush()

        def cohort(track: str, name: str, tutor: int | None, start: date, status: str) -> Cohort:
            co = Cohort(track_id=tracks[track].id, name=name, tutor_id=tutor, start_date=start,
                        end_date=date(2027, 2, 1), status=status)
            s.add(co)
            s.flush()
            return co

        c1 = cohort("AC", "Angkatan II", budi, date(2026, 9, 1), "berjalan")
        c2 = cohort("BOGA", "Angkatan II", sri, date(2026, 9, 1), "berjalan")
        c3 = cohort("JHT", "Angkatan I", sri, date(2026, 1, 5), "selesai")
        c4 = cohort("AC", "Angkatan III", budi, date(2026, 12, 1), "direncanakan")

        def enroll(co: Cohort, cl: Client, status: str = "aktif",
                   graduated: date | None = None) -> Enrollment:
            en = Enrollment(cohort_id=co.id, client_id=cl.id, enrolled_on=co.start_date,
                            status=status, graduated_on=graduated)
            s.add(en)
            s.flush()
            return en

        enroll(c1, a)
        enroll(c1, b)
        enroll(c1, c, "keluar")
        enroll(c2, d)
        grad_e = enroll(c3, e, "lulus", date(2026, 6, 1))
        grad_d = enroll(c3, d, "lulus", date(2026, 5, 1))
        enroll(c4, e)  # a cohort that has not started

        def session(co: Cohort, day: date, jp: int, codes: dict[Client, str]) -> None:
            ts = TrainingSession(cohort_id=co.id, session_date=day, jp=jp)
            s.add(ts)
            s.flush()
            s.add_all(Attendance(session_id=ts.id, client_id=cl.id, code=code)
                      for cl, code in codes.items())

        session(c1, date(2026, 11, 2), 4, {a: "H", b: "A"})
        session(c1, date(2026, 11, 20), 6, {a: "H", b: "T"})
        session(c1, date(2026, 10, 30), 4, {a: "A", b: "A"})    # last month: not counted
        session(c2, date(2026, 11, 3), 5, {d: "H"})
        session(c2, date(2026, 11, 4), 5, {d: "S"})

        s.add_all([
            FollowUp(enrollment_id=grad_e.id, client_id=e.id, months_after=3,
                     due_date=date(2026, 9, 1)),                       # overdue
            FollowUp(enrollment_id=grad_e.id, client_id=e.id, months_after=6,
                     due_date=date(2026, 12, 1)),                      # due soon
            FollowUp(enrollment_id=grad_e.id, client_id=e.id, months_after=12,
                     due_date=date(2027, 6, 1)),
            FollowUp(enrollment_id=grad_d.id, client_id=d.id, months_after=3,
                     due_date=date(2026, 8, 1), done_date=date(2026, 8, 5), outcome="bekerja"),
            FollowUp(enrollment_id=grad_d.id, client_id=d.id, months_after=6,
                     due_date=date(2026, 11, 1)),                      # overdue
        ])
        for i, status in enumerate(["draf", "diajukan", "diverifikasi", "disetujui", "selesai"]):
            s.add(FacilityRequest(number=f"USL-2026-{i + 1:03d}", title=f"Usulan {i}",
                                  kind="fisik", funding_source="apbd", status=status))
        return {"ac": tracks["AC"].id, "boga": tracks["BOGA"].id}


def test_upt_dashboard_numbers(db: Database, actors, upt) -> None:  # type: ignore[no-untyped-def]
    for who in ("admin", "staff", "head"):
        with db.session() as s:
            d = dashboard(s, actors[who], today=TODAY)
        assert d.scope == "upt"
        assert (d.residents, d.capacity, d.clients_total) == (4, 120, 5)
        assert (d.admitted_month, d.discharged_month) == (1, 1)
        stages = {code: n for code, _, n in d.by_stage}
        assert stages == {"pendekatan_awal": 1, "asesmen": 0, "rencana": 0, "intervensi": 2,
                          "resosialisasi": 1, "terminasi": 0, "bimbingan_lanjut": 0}
        assert d.by_stage[3][1] == "Pemecahan masalah (intervensi)"
        assert d.in_training_by_track == [(upt["ac"], "Reparasi AC", 2),
                                          (upt["boga"], "Tata Boga", 1)]
        assert d.in_training == 3 and d.cohorts_running == 2
        # November up to the 23rd: H A H T H S -> 4 of 6 present
        assert d.attendance_rate_month == pytest.approx(4 / 6)
        assert (d.sessions_month, d.jp_month) == (4, 20)
        assert (d.followups_overdue, d.followups_due) == (2, 1)  # due soon excludes overdue
        assert (d.facility_awaiting_decision, d.facility_in_progress) == (2, 1)
        assert d.tutors_active == 2


def test_followups_due_soon_and_overdue_do_not_overlap(db: Database, actors,  # type: ignore[no-untyped-def]
                                                         upt) -> None:
    """The card once said '460 jatuh tempo dalam 30 hari' where 316 of them were overdue: the
    two numbers are disjoint, split at today (due today is due, not overdue), and the window
    ends on today + 30 days inclusive."""
    from datetime import timedelta

    with db.session() as s:
        cohort = s.query(Cohort).filter(Cohort.status == "selesai").one()
        for n, (offset, done) in enumerate(((-1, None), (0, None), (30, None), (31, None),
                                            (-40, TODAY), (5, TODAY)), start=10):
            cl = Client(reg_no=f"PM-2026-{n:05d}", nik_missing_reason="tidak_punya",
                        name=f"Lulusan {n}", name_normalized=f"lulusan {n}", sex="L",
                        ppks_code="P02", admission_date=date(2026, 1, 2),
                        current_stage="bimbingan_lanjut", status="terminasi",
                        discharge_date=date(2026, 6, 2), discharge_reason="selesai")
            s.add(cl)
            s.flush()
            en = Enrollment(cohort_id=cohort.id, client_id=cl.id, enrolled_on=cohort.start_date,
                            status="lulus", graduated_on=date(2026, 6, 1))
            s.add(en)
            s.flush()
            s.add(FollowUp(enrollment_id=en.id, client_id=cl.id, months_after=3,
                           due_date=TODAY + timedelta(days=offset), done_date=done,
                           outcome="bekerja" if done else None))
    with db.session() as s:
        d = dashboard(s, actors["staff"], today=TODAY)
        not_done = s.query(FollowUp).filter(FollowUp.done_date.is_(None)).all()
    # the fixture's 2 overdue + 1 due soon, plus yesterday (overdue), today and +30 (due soon)
    assert (d.followups_overdue, d.followups_due) == (3, 3)
    within = [f for f in not_done if f.due_date <= TODAY + timedelta(days=30)]
    assert d.followups_overdue + d.followups_due == len(within) == 6


def test_tutor_sees_only_own_cohorts(db: Database, actors, upt) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        budi = dashboard(s, actors["tutor"], today=TODAY)
        sri = dashboard(s, actors["tutor2"], today=TODAY)
    assert budi.scope == "tutor"
    assert budi.in_training_by_track == [(upt["ac"], "Reparasi AC", 2)]
    assert (budi.residents, budi.clients_total, budi.capacity) == (2, 4, 0)
    assert budi.attendance_rate_month == pytest.approx(3 / 4)
    assert (budi.sessions_month, budi.jp_month, budi.cohorts_running) == (2, 10, 1)
    assert budi.by_stage == []
    assert (budi.followups_overdue, budi.facility_awaiting_decision) == (0, 0)
    assert sri.in_training_by_track == [(upt["boga"], "Tata Boga", 1)]
    assert sri.attendance_rate_month == pytest.approx(1 / 2)
    assert (sri.residents, sri.clients_total) == (1, 2)  # Dodi active; Euis graduated


def test_month_boundaries_follow_today(db: Database, actors, upt) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        early = dashboard(s, actors["staff"], today=date(2026, 11, 2))
        october = dashboard(s, actors["staff"], today=date(2026, 10, 31))
    assert early.attendance_rate_month == pytest.approx(1 / 2)  # only the 2 November session
    assert october.attendance_rate_month == 0.0 and october.admitted_month == 0


def test_empty_database(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        d = dashboard(s, actors["head"], today=TODAY)
    assert (d.residents, d.capacity, d.clients_total) == (0, 0, 0)
    assert d.attendance_rate_month is None and d.in_training_by_track == []
    assert (d.followups_overdue, d.facility_awaiting_decision) == (0, 0)
    assert sum(n for _, _, n in d.by_stage) == 0
