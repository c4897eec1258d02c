"""Demo data: a realistic synthetic UPT, the same for the same seed, fast at 100,000 clients.

``build_demo`` fills an empty, migrated database with one UPT's history over a number of years:
the profile, one user per role, clients with consistent NIKs and dated rehabilitation stages,
training tracks with cohorts, sessions and attendance, tutors with their agreements, assessments,
graduations with certificates, follow-ups of graduates, facility requests through every status,
and a few audit rows.

Speed comes from plain data: the whole story is planned in memory first, every primary key is
assigned here, rows are written in large batches straight through the driver (executemany on
SQLite, COPY on PostgreSQL; see ``writer._Writer.insert``), nothing is read back, and names come
from pools drawn from Faker once. Everything happens in one transaction: a failed build leaves the
database empty. Determinism comes from seeded generators and from never reading the clock: every
timestamp is derived from the dates of the story (``today`` included). The only thing that
differs between two builds with the same seed and ``today`` is the salt of the password hashes.

The modules, in the order the story is told: ``data`` (the fixed tables of the story), ``timeline``
(helpers and the plan's records), ``plan`` (the story in memory), ``writer`` (batched inserts),
``people`` (profile, users, tutors, tracks, clients) and ``activity`` (cohorts, sessions and
attendance, follow-ups, facility requests, audit rows; ``_Builder.write`` orders all writing).
"""

from __future__ import annotations

import time
from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ...domain.errors import ConflictError, ValidationError
from ...domain.messages import Number, msg
from ...storage import attendance_counts, followup_latest
from ...storage.db import Database
from ...storage.models import Base, Client, TrainingTrack, Tutor, UptProfile, User
from .activity import _Builder
from .data import (
    DEMO_USERS,
    LABELS,
    MAX_CLIENTS,
    MAX_YEARS,
    UPT_CODE,
    UPT_NAME,
    DemoSummary,
    Progress,
)

__all__ = ["DEMO_USERS", "LABELS", "MAX_CLIENTS", "MAX_YEARS", "UPT_CODE", "UPT_NAME",
           "DemoSummary", "Progress", "build_demo"]


def _refuse_unless_empty(s: Session) -> None:
    n_clients = s.execute(select(func.count()).select_from(Client)).scalar_one()
    if n_clients:
        raise ConflictError(
            msg("Basis data sudah berisi {n_clients} klien. Data demo hanya dapat dibuat pada "
            "basis data kosong; gunakan berkas basis data baru (--db).", n_clients=n_clients))
    for model, label in ((User, "pengguna"), (Tutor, "tutor"), (TrainingTrack, "program"),
                         (UptProfile, "profil UPT")):
        if s.execute(select(func.count()).select_from(model)).scalar_one():
            raise ConflictError(
                msg("Basis data sudah berisi data {label}. Data demo hanya dapat dibuat pada "
                "basis data kosong; gunakan berkas basis data baru (--db).", label=label))


def _reset_sequences(s: Session) -> None:
    """PostgreSQL: move each id sequence past the ids written here."""
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        s.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))


def build_demo(db: Database, *, clients: int = 2000, years: int = 5, seed: int = 1,
               today: date | None = None, progress: Progress | None = None) -> DemoSummary:
    """Fill an empty database with a deterministic, realistic synthetic UPT."""
    if not isinstance(clients, int) or not 1 <= clients <= MAX_CLIENTS:
        raise ValidationError(
            msg("Jumlah klien data demo harus 1 sampai {most}.", most=Number(MAX_CLIENTS)),
            "clients")
    if not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise ValidationError(msg("Rentang tahun data demo harus 1 sampai {max_years}.",
                                  max_years=MAX_YEARS), "years")
    started = time.perf_counter()
    today = today or date.today()
    with db.session() as s:
        _refuse_unless_empty(s)
        builder = _Builder(clients, years, seed, today, progress)
        builder.plan()
        if db.is_sqlite:
            # A 64 MiB page cache for the one big transaction's index pages (reset below).
            s.execute(text("PRAGMA cache_size=-65536"))
        builder.write(s, sqlite=db.is_sqlite)
        # the rows went in without the ORM: from when until when each follow-up is its
        # graduate's latest (storage/followup_latest.py)
        followup_latest.refresh(s)
        attendance_counts.refresh(s)  # each session's attendance by code
        if not db.is_sqlite:
            _reset_sequences(s)
        builder.progress("Menyimpan", 0.0)
    if db.is_sqlite:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA cache_size=-2000")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.optimize()  # planner statistics for the new data
    builder.progress("Menyimpan", 1.0)
    counts = {LABELS[k]: v for k, v in builder.counts.items() if k in LABELS}
    return DemoSummary(counts, time.perf_counter() - started)
