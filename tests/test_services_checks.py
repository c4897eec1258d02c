"""Checks that keep wrong data out (issue 13, point 4), on SQLite and PostgreSQL: a second
session of a cohort on one day, overlapping cohorts of one client, a cohort's start moved earlier
taking its participants along, and facility requests submitted without a cost or description."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.errors import ConfirmationRequired, ValidationError
from jssc_desktop.services import attendance as att
from jssc_desktop.services import facility
from jssc_desktop.services import training as tr
from jssc_desktop.services.base import Actor
from jssc_desktop.services.facility import FacilityInput
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, Enrollment, TrainingSession
from tests.test_services_training import END, START
from tests.test_services_training import world as world

pytestmark = pytest.mark.storage


def test_second_session_on_the_same_day_needs_confirmation(db: Database, actors,
                                                           world: dict[str, Any]) -> None:
    tutor = actors["tutor"]
    cohort = world["cohort"]
    day = date(2026, 10, 5)
    with db.session() as s:
        tr.add_session(s, tutor, cohort.id, tr.SessionInput(day, 2, "Pagi"))
    with pytest.raises(ConfirmationRequired, match="05-10-2026 \\(Pagi\\)"), db.session() as s:
        tr.add_session(s, tutor, cohort.id, tr.SessionInput(day, 2, "Siang"))
    with db.session() as s:
        assert s.execute(select(func.count(TrainingSession.id))).scalar_one() == 1
        later = tr.add_session(s, tutor, cohort.id, tr.SessionInput(date(2026, 10, 6), 2))
    # Moving another session onto that day asks too; keeping its own day does not.
    with pytest.raises(ConfirmationRequired), db.session() as s:
        tr.update_session(s, tutor, later.id, tr.SessionInput(day, 2), version=later.version)
    with db.session() as s:
        tr.update_session(s, tutor, later.id, tr.SessionInput(date(2026, 10, 6), 3),
                          version=later.version)
        tr.add_session(s, tutor, cohort.id, tr.SessionInput(day, 2, "Siang"), confirmed=True)
        assert s.execute(select(func.count(TrainingSession.id))
                         .where(TrainingSession.session_date == day)).scalar_one() == 2


def test_client_in_two_overlapping_cohorts_gets_a_warning(db: Database, actors,
                                                          world: dict[str, Any]) -> None:
    admin = actors["admin"]
    a, b = world["clients"][:2]
    with db.session() as s:
        boga = tr.create_track(s, admin, tr.TrackInput("BOGA", "Tata Boga"))
        overlapping = tr.create_cohort(s, admin, tr.CohortInput(
            boga.id, "Boga 2026-1", date(2026, 12, 1), date(2027, 2, 28)))
        jahit = tr.create_track(s, admin, tr.TrackInput("JAHIT", "Menjahit"))
        later = tr.create_cohort(s, admin, tr.CohortInput(
            jahit.id, "Jahit 2027-1", date(2027, 1, 1), date(2027, 3, 31)))
        tr.enroll_clients(s, admin, world["cohort"].id, [a], enrolled_on=START)
    with pytest.raises(ConfirmationRequired) as err, db.session() as s:
        tr.enroll_clients(s, admin, overlapping.id, [a, b], enrolled_on=date(2026, 12, 1))
    assert "Agus Salim (PM-2026-00001): angkatan AC 2026-1 01-10-2026 s.d. 31-12-2026" in (
        err.value.message)
    assert "Bambang" not in err.value.message
    with db.session() as s:
        assert s.execute(select(func.count(Enrollment.id))).scalar_one() == 1  # nothing written
        tr.enroll_clients(s, admin, later.id, [a], enrolled_on=date(2027, 1, 1))  # no overlap
        tr.enroll_clients(s, admin, overlapping.id, [a, b], enrolled_on=date(2026, 12, 1),
                          confirmed=True)
        assert s.execute(select(func.count(Enrollment.id))).scalar_one() == 4


def test_moving_a_cohort_start_earlier_moves_the_participants(db: Database, actors,
                                                              world: dict[str, Any]) -> None:
    admin, tutor = actors["admin"], actors["tutor"]
    cohort = world["cohort"]
    first, late = world["clients"][:2]
    with db.session() as s:
        tr.enroll_clients(s, admin, cohort.id, [first], enrolled_on=START)
        tr.enroll_clients(s, admin, cohort.id, [late], enrolled_on=date(2026, 11, 2))
        cohort = tr.get_cohort(s, admin, cohort.id)
        moved = tr.update_cohort(s, admin, cohort.id, tr.CohortInput(
            cohort.track_id, cohort.name, date(2026, 9, 14), END, tutor_id=cohort.tutor_id,
            planned_jp=120, capacity=3), version=cohort.version)
        session = tr.add_session(s, tutor, moved.id, tr.SessionInput(date(2026, 9, 15), 2))
        sheet = att.attendance_sheet(s, tutor, session.id)
        dates = dict(s.execute(select(Enrollment.client_id, Enrollment.enrolled_on)).all())
        audited = s.execute(select(func.count(AuditLog.id)).where(
            AuditLog.action == "enrollment.follow_cohort_start")).scalar_one()
    assert dates == {first: date(2026, 9, 14), late: date(2026, 11, 2)}
    assert [r.client_id for r in sheet.rows] == [first], "the grid of an early session"
    assert audited == 1


MOTOR = FacilityInput(title="Motor praktik", kind="nonfisik", funding_source="csr",
                      estimated_cost=45_000_000, priority="tinggi",
                      description="Motor praktik lama sudah tidak beredar di pasaran.")


@pytest.mark.parametrize(("cost", "description", "says"), [
    (0, "Uraian", "perkiraan biaya \\(RAB\\) lebih dari Rp 0"),
    (1_000_000, None, "uraian kebutuhan"),
    (0, "   ", "Rp 0 dan uraian kebutuhan"),
])
def test_facility_request_without_cost_or_description_is_not_submitted(
        db: Database, actors: dict[str, Actor], cost: int, description: str | None,
        says: str) -> None:
    staff = actors["staff"]
    data = FacilityInput(**{**MOTOR.__dict__, "estimated_cost": cost,
                            "description": description})
    with db.session() as s:
        draft = facility.create_request(s, staff, data, today=date(2026, 11, 23))
    with pytest.raises(ValidationError, match=says), db.session() as s:
        facility.change_status(s, staff, draft.id, "diajukan", today=date(2026, 11, 23))
    with db.session() as s:
        assert facility.get_request(s, staff, draft.id).status == "draf"
        fixed = facility.update_request(s, staff, draft.id, MOTOR, version=draft.version)
        done = facility.change_status(s, staff, fixed.id, "diajukan", today=date(2026, 11, 23))
    assert done.status == "diajukan"

