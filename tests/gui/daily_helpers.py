"""Building blocks of the daily-use window tests: a small training programme, clients, and a
page opened at a size, all on the real SQLite test database through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import count
from typing import Any

from jssc_desktop.domain.formatting import normalize_name
from jssc_desktop.services import training
from jssc_desktop.services.base import Actor
from jssc_desktop.services.training import CohortInput, SessionInput, TrackInput
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Client

_reg = count(500)


def add_clients(db: Database, names: list[str], *, ppks: str = "P02") -> list[int]:
    ids = []
    with db.session() as s:
        for name in names:
            n = next(_reg)
            c = Client(reg_no=f"PM-2026-{n:05d}", name=name, name_normalized=normalize_name(name),
                       sex="L" if n % 2 else "P", ppks_code=ppks,
                       nik_missing_reason="tidak_punya",
                       admission_date=date.today() - timedelta(days=200), status="aktif")
            s.add(c)
            s.flush()
            ids.append(c.id)
    return ids


@dataclass
class Programme:
    track_id: int
    cohort_id: int
    session_id: int
    client_ids: list[int]
    start: date
    end: date


def programme(db: Database, actors: dict[str, Actor]) -> Programme:
    """Track 'Reparasi AC', cohort 'Angkatan I' of tutor Budi with three participants and one
    session yesterday."""
    admin = actors["admin"]
    today = date.today()
    start, end = today - timedelta(days=30), today + timedelta(days=60)
    ids = add_clients(db, ["Agus Salim", "Bambang Irawan", "Citra Lestari"])
    with db.session() as s:
        track = training.create_track(s, admin, TrackInput(code="AC", name="Reparasi AC"))
        cohort = training.create_cohort(s, admin, CohortInput(
            track.id, "Angkatan I", start, end, tutor_id=actors["tutor"].tutor_id,
            planned_jp=120))
        training.set_cohort_status(s, admin, cohort.id, "berjalan")
        training.enroll_clients(s, admin, cohort.id, ids, enrolled_on=start)
        session = training.add_session(s, admin, cohort.id, SessionInput(
            today - timedelta(days=1), 4, "Pengenalan AC split"))
    return Programme(track.id, cohort.id, session.id, ids, start, end)


def show(qtbot: Any, widget: Any, width: int = 1200, height: int = 700) -> Any:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def graduates(db: Database, actors: dict[str, Actor], p: Programme,
              names: list[str]) -> list[int]:
    """Graduates of a cohort that ended 100 days ago: their 3-month follow-up is overdue."""
    from jssc_desktop.services import graduation

    admin = actors["admin"]
    today = date.today()
    start, end = today - timedelta(days=220), today - timedelta(days=100)
    ids = add_clients(db, names)
    with db.session() as s:
        cohort = training.create_cohort(s, admin, CohortInput(
            p.track_id, "Angkatan Lama", start, end, tutor_id=actors["tutor"].tutor_id))
        enrolled = training.enroll_clients(s, admin, cohort.id, ids, enrolled_on=start)
        for e in enrolled:
            graduation.record_assessment(s, admin, e.id, score=85, result="kompeten",
                                         assessed_on=end)
        graduation.graduate_cohort(s, admin, cohort.id, graduated_on=end)
    return ids
