"""Follow-ups of graduates: recording, due/overdue lists, and the track effectiveness table."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jssc_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from jssc_desktop.services import followups
from jssc_desktop.services.followups import FollowUpInput
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import (
    AuditLog,
    Client,
    Cohort,
    Enrollment,
    FollowUp,
    TrainingTrack,
)

TODAY = date(2026, 11, 23)


def _add_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    return day.replace(year=day.year + y, month=m + 1)


class World:
    """Builds clients, tracks, cohorts and graduations directly with the ORM."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.n = 0
        self.cohorts: dict[str, Cohort] = {}

    def cohort(self, track: str, start: date = date(2025, 1, 6)) -> Cohort:
        if track not in self.cohorts:
            t = TrainingTrack(code=track[:6].upper(), name=track)
            self.s.add(t)
            self.s.flush()
            c = Cohort(track_id=t.id, name="Angkatan I", start_date=start,
                       end_date=_add_months(start, 3), status="selesai")
            self.s.add(c)
            self.s.flush()
            self.cohorts[track] = c
        return self.cohorts[track]

    def client(self, name: str) -> Client:
        self.n += 1
        c = Client(reg_no=f"PM-2025-{self.n:05d}", nik_missing_reason="tidak_punya", name=name,
                   name_normalized=name.lower(), sex="L", ppks_code="P04",
                   admission_date=date(2024, 12, 1), current_stage="intervensi")
        self.s.add(c)
        self.s.flush()
        return c

    def graduate(self, track: str, name: str, on: date, *,
                 status: str = "lulus") -> dict[int, FollowUp]:
        client = self.client(name)
        e = Enrollment(cohort_id=self.cohort(track).id, client_id=client.id,
                       enrolled_on=date(2025, 1, 6), status=status,
                       competency_result="kompeten" if status == "lulus" else "belum_kompeten",
                       graduated_on=on if status == "lulus" else None)
        self.s.add(e)
        self.s.flush()
        if status != "lulus":
            return {}
        fus = {m: FollowUp(enrollment_id=e.id, client_id=client.id, months_after=m,
                           due_date=_add_months(on, m)) for m in (3, 6, 12)}
        self.s.add_all(fus.values())
        self.s.flush()
        return fus


def _done(fu: FollowUp, done: date, outcome: str, income: int | None = None) -> None:
    fu.done_date, fu.method, fu.outcome, fu.monthly_income = done, "telepon", outcome, income


@pytest.fixture
def schedule(db: Database, actors) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Four graduates with follow-ups due around TODAY (23 November 2026)."""
    with db.session() as s:
        w = World(s)
        x = w.graduate("Menjahit", "Xaverius", date(2026, 8, 23))   # 3 mo: due today
        y = w.graduate("Menjahit", "Yuliana", date(2026, 5, 25))    # 6 mo: due 25 Nov
        z = w.graduate("Menjahit", "Zainal", date(2026, 3, 1))      # 3 and 6 mo overdue
        v = w.graduate("Tata Boga", "Wahyu", date(2025, 12, 23))    # 12 mo: due 23 Dec
        _done(y[3], date(2026, 8, 30), "bekerja", 2_000_000)
        _done(v[3], date(2026, 3, 25), "tidak_bekerja")
        _done(v[6], date(2026, 6, 30), "wirausaha", 1_500_000)
        return {"x3": x[3].id, "y6": y[6].id, "z3": z[3].id, "z6": z[6].id, "w12": v[12].id,
                "y3": y[3].id, "w3": v[3].id, "w6": v[6].id,
                "boga": w.cohorts["Tata Boga"].track_id}


def _ids(page) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.id for r in page.rows]


def test_lists_due_overdue_done(db: Database, actors, schedule) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        due = followups.list_followups(s, actors["staff"], state="due", today=TODAY)
        overdue = followups.list_followups(s, actors["head"], state="overdue", today=TODAY)
        done = followups.list_followups(s, actors["staff"], state="done", today=TODAY)
        every = followups.list_followups(s, actors["staff"], state="all", today=TODAY)
        boga = followups.list_followups(s, actors["staff"], state="due", today=TODAY,
                                        track_id=schedule["boga"])
        page = followups.list_followups(s, actors["staff"], state="due", today=TODAY,
                                        offset=2, limit=2)
    k = schedule
    assert _ids(due) == [k["z3"], k["z6"], k["x3"], k["y6"], k["w12"]] and due.total == 5
    assert _ids(overdue) == [k["z3"], k["z6"]]
    assert [r.overdue_days for r in overdue.rows] == [175, 83]
    assert [r.overdue_days for r in due.rows] == [175, 83, 0, 0, 0]
    assert _ids(done) == [k["y3"], k["w6"], k["w3"]]  # most recent first
    assert done.rows[0].outcome_name == "Bekerja" and done.rows[0].monthly_income == 2_000_000
    assert every.total == 12
    assert _ids(boga) == [k["w12"]] and boga.rows[0].track_name == "Tata Boga"
    assert _ids(page) == [k["x3"], k["y6"]] and page.total == 5
    row = due.rows[2]
    assert (row.client_name, row.reg_no, row.cohort_name, row.months_after, row.due_date,
            row.graduated_on) == ("Xaverius", "PM-2025-00001", "Angkatan I", 3, TODAY,
                                  date(2026, 8, 23))
    with pytest.raises(ValidationError):
        with db.session() as s:
            followups.list_followups(s, actors["staff"], state="besok")
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            followups.list_followups(s, actors["tutor"])


GOOD = FollowUpInput(done_date=date(2026, 11, 20), method="kunjungan", outcome="wirausaha",
                     employer_or_business="Jahit Xaverius, Kepanjen", monthly_income=2_750_000,
                     aid_received="Mesin jahit dan obras", aid_condition="dipakai",
                     notes="Menerima pesanan seragam sekolah.")


def _snapshot(db: Database) -> tuple:  # type: ignore[type-arg]
    with db.session() as s:
        rows = s.execute(select(FollowUp.id, FollowUp.done_date, FollowUp.outcome,
                                FollowUp.monthly_income, FollowUp.version)
                         .order_by(FollowUp.id)).all()
        audits = s.execute(select(func.count()).select_from(AuditLog)).scalar_one()
    return tuple(rows), audits


def test_record_followup_and_audit(db: Database, actors, schedule) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        v = followups.record_followup(s, actors["staff"], schedule["x3"], GOOD, version=1,
                                      today=TODAY)
    assert v.outcome_name == "Wirausaha" and v.method_name == "Kunjungan rumah"
    assert v.aid_condition_name == "Masih dipakai" and v.monthly_income == 2_750_000
    assert v.recorded_by_name == "Staf Administrasi" and v.version == 2
    with db.session() as s:
        due = followups.list_followups(s, actors["staff"], state="due", today=TODAY)
        last = s.execute(select(AuditLog).order_by(AuditLog.id.desc())).scalars().first()
    assert schedule["x3"] not in _ids(due)
    assert last.action == "followup.record" and last.entity == "followup"
    assert last.after["outcome"] == "wirausaha" and last.before["done_date"] is None
    # a correction of a recorded follow-up is audited as such
    with db.session() as s:
        fixed = followups.record_followup(
            s, actors["admin"], schedule["x3"],
            FollowUpInput(**{**GOOD.__dict__, "monthly_income": 3_000_000}), version=2,
            today=TODAY)
        last = s.execute(select(AuditLog).order_by(AuditLog.id.desc())).scalars().first()
    assert fixed.monthly_income == 3_000_000
    assert last.action == "followup.correct" and last.before["monthly_income"] == 2_750_000


@pytest.mark.parametrize("change, field", [
    ({"done_date": date(2026, 11, 24)}, "done_date"),          # in the future
    ({"done_date": date(2026, 8, 22)}, "done_date"),           # before graduation
    ({"done_date": None}, "done_date"),
    ({"method": "merpati"}, "method"),
    ({"outcome": "pensiun"}, "outcome"),
    ({"outcome": None}, "outcome"),
    ({"monthly_income": -100}, "monthly_income"),
    ({"monthly_income": 2.5}, "monthly_income"),
    ({"outcome": "tidak_bekerja"}, "monthly_income"),          # income without earning outcome
    ({"aid_condition": None}, "aid_condition"),                # aid given, condition missing
    ({"aid_condition": "hilang"}, "aid_condition"),
    ({"aid_received": None}, "aid_condition"),                 # condition without aid
    # plausible input: an earning outcome needs a workplace/business and an income above zero
    ({"employer_or_business": None}, "employer_or_business"),
    ({"employer_or_business": "   "}, "employer_or_business"),
    ({"monthly_income": None}, "monthly_income"),
    ({"monthly_income": 0}, "monthly_income"),
    ({"outcome": "bekerja", "employer_or_business": None}, "employer_or_business"),
    ({"outcome": "bekerja", "monthly_income": 0}, "monthly_income"),
    ({"outcome": "kube", "monthly_income": None}, "monthly_income"),
])
def test_invalid_followup_refused(db: Database, actors, schedule, change, field) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(db)
    with pytest.raises(ValidationError) as err:
        with db.session() as s:
            followups.record_followup(s, actors["staff"], schedule["x3"],
                                      FollowUpInput(**{**GOOD.__dict__, **change}), today=TODAY)
    assert err.value.field == field
    assert _snapshot(db) == before


def test_followup_refusals_permission_and_version(db: Database, actors, schedule) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(db)
    for who in ("head", "tutor"):
        with pytest.raises(PermissionDenied):
            with db.session() as s:
                followups.record_followup(s, actors[who], schedule["x3"], GOOD, today=TODAY)
    with pytest.raises(ConflictError):
        with db.session() as s:
            followups.record_followup(s, actors["staff"], schedule["x3"], GOOD, version=7,
                                      today=TODAY)
    assert _snapshot(db) == before
    # not working and no income is fine; zero income on a non-earning outcome too
    with db.session() as s:
        v = followups.record_followup(s, actors["staff"], schedule["x3"], FollowUpInput(
            done_date=TODAY, method="telepon", outcome="sekolah", monthly_income=0), today=TODAY)
    assert v.outcome == "sekolah"


@pytest.fixture
def outcomes(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        w = World(s)
        jan = date(2026, 1, 10)
        c1 = w.graduate("Reparasi AC", "Agus", jan)
        _done(c1[3], date(2026, 4, 15), "tidak_bekerja")
        _done(c1[6], date(2026, 7, 20), "bekerja", 2_500_000)       # latest: working
        c2 = w.graduate("Reparasi AC", "Bambang", jan)
        _done(c2[3], date(2026, 4, 12), "bekerja", 3_000_000)
        _done(c2[6], date(2026, 7, 11), "wirausaha", 4_000_000)     # latest: working, 4 jt
        c3 = w.graduate("Reparasi AC", "Cahyo", jan)
        _done(c3[3], date(2026, 4, 11), "bekerja", 1_800_000)       # latest: working, 1,8 jt
        w.graduate("Reparasi AC", "Dedi", jan)                       # never reached yet
        c5 = w.graduate("Reparasi AC", "Eko", jan)
        _done(c5[3], date(2026, 4, 20), "tidak_terjangkau")
        w.graduate("Reparasi AC", "Fajar", jan, status="tidak_lulus")  # not a graduate
        b1 = w.graduate("Tata Boga", "Bunga", date(2025, 6, 1))
        _done(b1[3], date(2025, 9, 2), "kube", 1_000_001)
        b2 = w.graduate("Tata Boga", "Citra", date(2025, 6, 1))
        _done(b2[12], date(2026, 6, 3), "bekerja", 2_000_000)
        b3 = w.graduate("Tata Boga", "Dewi", date(2025, 6, 1))
        _done(b3[3], date(2025, 9, 5), "sekolah")
        b4 = w.graduate("Tata Boga", "Endah", date(2026, 3, 1))
        _done(b4[3], date(2026, 6, 2), "bekerja")                  # working, income unknown
        # a track whose participants have not graduated does not appear
        m = w.client("Fitri")
        s.add(Enrollment(cohort_id=w.cohort("Menjahit").id, client_id=m.id,
                         enrolled_on=date(2026, 10, 1)))


def test_track_effectiveness_all_time(db: Database, actors, outcomes) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        rows = followups.track_effectiveness(s, actors["head"])
    assert [r.track_name for r in rows] == ["Reparasi AC", "Tata Boga"]
    ac, boga = rows
    assert (ac.graduates, ac.followed_up, ac.working) == (5, 4, 3)
    assert ac.working_share == 0.75
    assert ac.median_income == 2_500_000
    assert ac.outcomes == {"bekerja": 2, "wirausaha": 1, "kube": 0, "sekolah": 0,
                           "tidak_bekerja": 0, "tidak_terjangkau": 1}
    assert (boga.graduates, boga.followed_up, boga.working) == (4, 4, 3)
    assert boga.working_share == 0.75
    # the median of 1.000.001 and 2.000.000 is 1.500.000,5: rounded half up
    assert boga.median_income == 1_500_001
    assert boga.outcomes["kube"] == 1 and boga.outcomes["sekolah"] == 1


def test_track_effectiveness_by_graduation_period(db: Database, actors, outcomes) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        rows = followups.track_effectiveness(s, actors["staff"], start=date(2026, 1, 1),
                                             end=date(2026, 12, 31))
        none = followups.track_effectiveness(s, actors["staff"], start=date(2024, 1, 1),
                                             end=date(2024, 12, 31))
    ac, boga = rows
    assert (ac.graduates, ac.followed_up, ac.working, ac.median_income) == (5, 4, 3, 2_500_000)
    assert (boga.graduates, boga.followed_up, boga.working) == (1, 1, 1)
    assert boga.working_share == 1.0 and boga.median_income is None
    assert none == []
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            followups.track_effectiveness(s, actors["tutor"])
    with pytest.raises(ValidationError):
        with db.session() as s:
            followups.track_effectiveness(s, actors["staff"], start=date(2026, 2, 1),
                                          end=date(2026, 1, 1))


def test_track_without_followups_has_no_share(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        World(s).graduate("Barbershop", "Gilang", date(2026, 10, 1))
    with db.session() as s:
        (row,) = followups.track_effectiveness(s, actors["admin"])
    assert (row.graduates, row.followed_up, row.working) == (1, 0, 0)
    assert row.working_share is None and row.median_income is None


def test_income_above_ceiling_needs_confirmation(db: Database, actors, schedule) -> None:  # type: ignore[no-untyped-def]
    """Rp 20 juta a month by default (a typo of one zero too many is the usual cause); the
    administrator can move the ceiling in Pengaturan; a confirmed figure is stored as typed."""
    from jssc_desktop.domain.errors import ConfirmationRequired
    from jssc_desktop.services.settings import set_setting

    before = _snapshot(db)
    high = FollowUpInput(**{**GOOD.__dict__, "monthly_income": 25_000_000})
    with pytest.raises(ConfirmationRequired) as err:
        with db.session() as s:
            followups.record_followup(s, actors["staff"], schedule["x3"], high, today=TODAY)
    assert err.value.field == "monthly_income"
    assert "Rp 25.000.000" in err.value.message and "Rp 20.000.000" in err.value.message
    assert _snapshot(db) == before
    # exactly the ceiling is not above it
    with db.session() as s:
        v = followups.record_followup(s, actors["staff"], schedule["x3"], FollowUpInput(
            **{**GOOD.__dict__, "monthly_income": 20_000_000}), today=TODAY)
    assert v.monthly_income == 20_000_000
    with db.session() as s:
        v = followups.record_followup(s, actors["staff"], schedule["x3"], high, today=TODAY,
                                      version=v.version, confirm_high_income=True)
    assert v.monthly_income == 25_000_000
    # a lower ceiling set by the administrator applies at once
    with db.session() as s:
        set_setting(s, actors["admin"], "followup_income_ceiling", "5.000.000")
    with pytest.raises(ConfirmationRequired, match="Rp 5.000.000"):
        with db.session() as s:
            followups.record_followup(s, actors["staff"], schedule["x3"], FollowUpInput(
                **{**GOOD.__dict__, "monthly_income": 6_000_000}), version=v.version,
                today=TODAY)
    with pytest.raises(ValidationError, match="Rp 100.000 dan Rp 1.000.000.000"):
        with db.session() as s:
            set_setting(s, actors["admin"], "followup_income_ceiling", "0")
