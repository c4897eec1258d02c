"""Checks that keep wrong training data out: a second session of a cohort on one day, a client in
two cohorts whose dates overlap, and participants' enrolment dates following a cohort's start
moved earlier (else the attendance grid of the earlier sessions would be empty).

The first two are unusual but possible (a morning and an afternoon session; a client in a short
course alongside a long one): they raise ConfirmationRequired, and the caller repeats the call with
the user's confirmation.

Also the plain field checks of the training records: dates and whole numbers
(:func:`require_date`, :func:`require_int`) and a training programme's fields
(:func:`clean_track`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from ..domain.errors import ConfirmationRequired, DuplicateError, ValidationError
from ..domain.messages import msg
from ..storage.models import Client, Cohort, Enrollment, TrainingSession, TrainingTrack
from .base import Actor, audit, clean_text, diff, snapshot
from .period_lock import ensure_unlocked

TRACK_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9.-]{0,19}$")

#: Enrollment statuses that count for an overlap (a withdrawn client is no longer there).
_BUSY = ("aktif",)


def check_same_day_session(s: Session, cohort: Cohort, day: date, *,
                           session_id: int | None, confirmed: bool) -> None:
    """Refuse, until confirmed, a second session of ``cohort`` on ``day``."""
    if confirmed:
        return
    query = select(TrainingSession.id, TrainingSession.topic).where(
        TrainingSession.cohort_id == cohort.id, TrainingSession.session_date == day)
    if session_id is not None:
        query = query.where(TrainingSession.id != session_id)
    other = s.execute(query.limit(1)).first()
    if other is not None:
        topic = f" ({other[1]})" if other[1] else ""
        raise ConfirmationRequired(
            msg("Angkatan {name} sudah memiliki pertemuan pada {day:%d-%m-%Y}{topic}. "
                "Tetap tambahkan pertemuan kedua pada hari yang sama?",
                name=cohort.name, day=day, topic=topic), "session_date")


def overlapping_enrollments(s: Session, cohort: Cohort, client_ids: list[int]) -> list[str]:
    """One line per client of ``client_ids`` already active in another cohort whose dates
    overlap ``cohort``'s."""
    rows = s.execute(
        select(Client.name, Client.reg_no, Cohort.name, Cohort.start_date, Cohort.end_date)
        .join(Enrollment, Enrollment.client_id == Client.id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .where(Client.id.in_(client_ids), Enrollment.status.in_(_BUSY),
               Cohort.id != cohort.id,
               Cohort.start_date <= cohort.end_date, Cohort.end_date >= cohort.start_date)
        .order_by(Client.name, Cohort.start_date)).all()
    return [f"{name} ({reg}): angkatan {other} {start:%d-%m-%Y} s.d. {end:%d-%m-%Y}"
            for name, reg, other, start, end in rows]


def check_overlapping_enrollments(s: Session, cohort: Cohort, client_ids: list[int], *,
                                  confirmed: bool) -> None:
    if confirmed:
        return
    lines = overlapping_enrollments(s, cohort, client_ids)
    if lines:
        raise ConfirmationRequired(
            msg("Masa angkatan {name} ({start:%d-%m-%Y} s.d. {end:%d-%m-%Y}) bertumpang tindih "
                "dengan angkatan lain yang masih diikuti:\n{lines}\nTetap daftarkan?",
                name=cohort.name, start=cohort.start_date, end=cohort.end_date,
                lines="\n".join(lines)), "client_ids")


def follow_earlier_start(s: Session, actor: Actor, cohort: Cohort, old_start: date,
                         new_start: date, *, lock_reason: str | None) -> int:
    """A cohort's start moved earlier: participants who were there from the old start now are
    from the new start (their enrolment date moves with it). Late joiners keep their date.
    Returns the number of enrolments moved; each move is audited."""
    if new_start >= old_start:
        return 0
    moved = list(s.execute(
        select(Enrollment).where(Enrollment.cohort_id == cohort.id,
                                 Enrollment.enrolled_on <= old_start,
                                 Enrollment.enrolled_on > new_start)).scalars())
    if not moved:
        return 0
    ensure_unlocked(s, actor, [e.enrolled_on for e in moved] + [new_start],
                    reason=lock_reason, entity="cohort", entity_id=cohort.id)
    for enrollment in moved:
        before = snapshot(enrollment)
        enrollment.enrolled_on = new_start
        s.flush()
        b, a = diff(before, snapshot(enrollment))
        audit(s, actor, "enrollment.follow_cohort_start", "enrollment", enrollment.id, b, a)
    return len(moved)


def require_date(value: Any, field: str, label: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise ValidationError(msg("{label} wajib diisi dengan tanggal yang benar.",
                                  label=label), field)
    return value


def require_int(value: Any, field: str, label: str, *, minimum: int = 0,
                maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(msg("{label} harus berupa bilangan bulat.", label=label), field)
    if value < minimum:
        raise ValidationError(msg("{label} tidak boleh kurang dari {minimum}.",
                                  label=label, minimum=minimum), field)
    if maximum is not None and value > maximum:
        raise ValidationError(msg("{label} tidak boleh lebih dari {maximum}.",
                                  label=label, maximum=maximum), field)
    return value


def clean_track(s: Session, data: Any, track_id: int | None) -> dict[str, Any]:
    """A training programme's fields (a ``TrackInput``) checked and cleaned for saving."""
    code = (data.code or "").strip().upper()
    if not code:
        raise ValidationError(msg("Kode program wajib diisi."), "code")
    if not TRACK_CODE_RE.match(code):
        raise ValidationError(
            msg("Kode program hanya boleh berisi huruf, angka, titik atau tanda minus "
            "(paling banyak 20 karakter), misalnya 'AC' atau 'BOGA'."), "code")
    name = clean_text(data.name)
    if not name:
        raise ValidationError(msg("Nama program wajib diisi."), "name")
    if len(name) > 120:
        raise ValidationError(msg("Nama program paling banyak 120 karakter."), "name")
    total_jp = require_int(data.total_jp, "total_jp", "Jumlah JP program", maximum=10_000)
    other = TrainingTrack.id != track_id if track_id is not None else true()
    same_code = s.execute(
        select(TrainingTrack.id, TrainingTrack.name)
        .where(TrainingTrack.code == code, other)).first()
    if same_code:
        raise DuplicateError(
            msg("Kode program '{code}' sudah dipakai oleh program {same_code}.",
                code=code, same_code=same_code[1]), "code",
            existing_id=same_code[0])
    # Compared in Python: SQLite's lower() folds ASCII letters only. Tracks are few.
    same_name = next((row for row in s.execute(
        select(TrainingTrack.id, TrainingTrack.code, TrainingTrack.name).where(other))
        if row[2].casefold() == name.casefold()), None)
    if same_name:
        raise DuplicateError(
            msg("Nama program '{same_name}' sudah dipakai (kode {same_name2}).",
                same_name=same_name[2], same_name2=same_name[1]), "name",
            existing_id=same_name[0])
    return {
        "code": code,
        "name": name,
        "description": clean_text(data.description),
        "total_jp": total_jp,
        "active": bool(data.active),
    }
