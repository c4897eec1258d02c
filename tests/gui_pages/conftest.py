"""Fixtures of the work-page tests: a real SQLite database with one user per role and a small
training programme built through the services (two cohorts of two different tutors)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import count

import pytest

from jssc_desktop.domain.formatting import normalize_name
from jssc_desktop.services import training
from jssc_desktop.services.base import Actor
from jssc_desktop.services.training import CohortInput, SessionInput, TrackInput
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Client
from jssc_desktop.ui.context import AppContext
from tests.conftest import _make_actors

_reg = count(1)


@pytest.fixture
def people(sqlite_db: Database) -> dict[str, Actor]:
    """One user per role (plus a second tutor) in the SQLite test database."""
    return _make_actors(sqlite_db)


@pytest.fixture
def make_ctx(sqlite_db: Database):  # type: ignore[no-untyped-def]
    def make(actor: Actor) -> AppContext:
        return AppContext(sqlite_db, actor)

    return make


def add_clients(db: Database, names: list[str], *, admitted: date | None = None) -> list[int]:
    """Active clients stored directly (the client service has its own tests)."""
    ids = []
    with db.session() as s:
        for name in names:
            n = next(_reg)
            c = Client(reg_no=f"PM-2026-{n:05d}", name=name, name_normalized=normalize_name(name),
                       sex="L" if n % 2 else "P", ppks_code="P02", nik_missing_reason="tidak_punya",
                       admission_date=admitted or date.today() - timedelta(days=200),
                       status="aktif")
            s.add(c)
            s.flush()
            ids.append(c.id)
    return ids


@dataclass
class Programme:
    track_id: int
    cohort_id: int
    other_cohort_id: int
    session_id: int
    client_ids: list[int]
    other_client_ids: list[int]
    names: dict[int, str] = field(default_factory=dict)
    start: date = date.today()
    end: date = date.today()


@pytest.fixture
def programme(sqlite_db: Database, people: dict[str, Actor]) -> Programme:
    """Track 'Reparasi AC' with cohort A (tutor Budi, four participants, one session) and
    cohort B (tutor Sri, two participants)."""
    admin = people["admin"]
    today = date.today()
    start, end = today - timedelta(days=30), today + timedelta(days=60)
    names = ["Agus Salim", "Bambang Irawan", "Citra Lestari", "Dewi Sartika"]
    others = ["Eko Prasetyo", "Fajar Nugroho"]
    ids = add_clients(sqlite_db, names)
    other_ids = add_clients(sqlite_db, others)
    with sqlite_db.session() as s:
        track = training.create_track(s, admin, TrackInput(code="AC", name="Reparasi AC",
                                                           total_jp=120))
        a = training.create_cohort(s, admin, CohortInput(
            track.id, "Angkatan I", start, end, tutor_id=people["tutor"].tutor_id,
            planned_jp=120, capacity=20))
        b = training.create_cohort(s, admin, CohortInput(
            track.id, "Angkatan II", start, end, tutor_id=people["tutor2"].tutor_id,
            planned_jp=120))
        training.set_cohort_status(s, admin, a.id, "berjalan")
        training.set_cohort_status(s, admin, b.id, "berjalan")
        training.enroll_clients(s, admin, a.id, ids, enrolled_on=start)
        training.enroll_clients(s, admin, b.id, other_ids, enrolled_on=start)
        session = training.add_session(s, admin, a.id, SessionInput(today - timedelta(days=1), 4,
                                                                    "Pengenalan AC split"))
    return Programme(track.id, a.id, b.id, session.id, ids, other_ids,
                     dict(zip(ids + other_ids, names + others, strict=True)), start, end)
