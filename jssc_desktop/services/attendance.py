"""Attendance (kehadiran) of a cohort's sessions: the sheet, saving it, and the monthly recap.

A tutor fills a session with one click ("semua hadir": every participant gets the default code)
and then marks the exceptions. Codes already saved are never overwritten by the default; changing
one is a correction that needs a reason and is written to the audit log row by row.

The participants of a session are the enrollments that cover its date: enrolled on or before it,
not withdrawn before it and not graduated before it.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import false, func, insert, or_, select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.vocab import ATTENDANCE, PRESENT_CODES
from ..storage import attendance_counts
from ..storage.models import Attendance, Client, Cohort, Enrollment, TrainingSession, Tutor
from .base import Actor, audit, clean_text, get_or_404, require
from .period_lock import ensure_unlocked
from .training import (
    SessionView,
    client_label,
    ensure_own_cohort,
    load_cohort,
    session_view,
)

MAX_NOTE = 300


@dataclass(frozen=True)
class AttendanceRow:
    client_id: int
    reg_no: str
    client_name: str
    code: str | None
    note: str | None
    code_name: str = ""


@dataclass(frozen=True)
class AttendanceSheet:
    session: SessionView
    cohort_name: str
    track_name: str
    rows: list[AttendanceRow]


@dataclass(frozen=True)
class RecapRow:
    client_id: int
    reg_no: str
    client_name: str
    codes: dict[date, str]
    counts: dict[str, int]
    percent: float | None


@dataclass(frozen=True)
class MonthlyRecap:
    cohort_id: int
    cohort_name: str
    track_name: str
    tutor_name: str
    year: int
    month: int
    days: list[date]
    rows: list[RecapRow]
    totals: dict[str, int]
    percent: float | None


def _valid_codes_text() -> str:
    return ", ".join(f"{t.code} ({t.name})" for t in ATTENDANCE)


def _on_roster(e: Enrollment, day: date) -> bool:
    """Was this enrollment a participant of the cohort on ``day``?"""
    if e.enrolled_on > day:
        return False
    if e.status == "keluar":
        return e.withdrawn_on is not None and e.withdrawn_on >= day
    return not (e.status == "lulus" and e.graduated_on is not None and e.graduated_on < day)


def _participants(s: Session, cohort_id: int) -> dict[int, tuple[Enrollment, Client]]:
    rows = s.execute(
        select(Enrollment, Client).join(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.cohort_id == cohort_id)).all()
    return {e.client_id: (e, c) for e, c in rows}


def _existing(s: Session, session_id: int) -> dict[int, Attendance]:
    return {
        a.client_id: a for a in s.execute(
            select(Attendance).where(Attendance.session_id == session_id)).scalars()
    }


def _load(s: Session, actor: Actor, session_id: int,
          action: str) -> tuple[TrainingSession, Cohort]:
    require(actor, action)
    session = get_or_404(s, TrainingSession, session_id, "Pertemuan")
    cohort = get_or_404(s, Cohort, session.cohort_id, "Angkatan")
    ensure_own_cohort(actor, cohort)
    return session, cohort


def _sheet(s: Session, session: TrainingSession, cohort: Cohort) -> AttendanceSheet:
    s.flush()
    participants = _participants(s, cohort.id)
    existing = _existing(s, session.id)
    rows = []
    for cid, (e, c) in participants.items():
        row = existing.get(cid)
        if row is None and not _on_roster(e, session.session_date):
            continue
        code = row.code if row is not None else None
        rows.append(AttendanceRow(cid, c.reg_no, c.name, code,
                                  row.note if row is not None else None,
                                  ATTENDANCE.name(code)))
    rows.sort(key=lambda r: (r.client_name.casefold(), r.reg_no))
    return AttendanceSheet(session_view(s, session), cohort.name, cohort.track.name, rows)


def attendance_sheet(s: Session, actor: Actor, session_id: int) -> AttendanceSheet:
    """The participants of a session with the code saved for each (None: not yet recorded)."""
    session, cohort = _load(s, actor, session_id, "training.view")
    return _sheet(s, session, cohort)


def _client_names(s: Session, ids: list[int]) -> dict[int, str]:
    rows = s.execute(select(Client).where(Client.id.in_(ids))).scalars()
    return {c.id: client_label(c) for c in rows}


def save_attendance(s: Session, actor: Actor, session_id: int, codes: dict[int, str], *,
                    default: str | None = "H", notes: dict[int, str] | None = None,
                    reason: str | None = None,
                    lock_reason: str | None = None) -> AttendanceSheet:
    """Save a session's attendance: ``codes`` are the exceptions, the rest get ``default``.

    The default fills only participants without a saved code. A changed saved code is a
    correction: refused without ``reason``, audited per row with the code before and after.
    Everything is checked before anything is written. A session dated inside an approved
    (locked) period is only changed by an administrator who gives ``lock_reason``.
    """
    session, cohort = _load(s, actor, session_id, "attendance.record")
    codes = dict(codes or {})
    notes = dict(notes or {})
    participants = _participants(s, cohort.id)
    existing = _existing(s, session.id)
    day = session.session_date

    for cid in list(codes) + list(notes):
        if isinstance(cid, bool) or not isinstance(cid, int):
            raise ValidationError(msg("Nomor klien tidak sah: {cid!r}.", cid=cid), "codes")
    outsiders = [cid for cid in dict.fromkeys(list(codes) + list(notes))
                 if cid not in participants]
    if outsiders:
        names = _client_names(s, outsiders)
        label = ", ".join(names.get(cid, f"klien nomor {cid} (tidak ditemukan)")
                          for cid in outsiders)
        raise ValidationError(
            msg("{label} tidak terdaftar sebagai peserta angkatan {name}.",
                label=label, name=cohort.name), "codes")

    def who(cid: int) -> str:
        return client_label(participants[cid][1])

    wanted: dict[int, str] = {}
    for cid, raw in codes.items():
        code = (raw or "").strip().upper() if isinstance(raw, str) else ""
        if code not in ATTENDANCE:
            raise ValidationError(
                msg("Kode kehadiran '{raw}' untuk {who} tidak dikenal. "
                    "Kode yang sah: {valid_codes_text}.",
                    raw=raw, who=who(cid), valid_codes_text=_valid_codes_text()), "codes")
        if cid not in existing and not _on_roster(participants[cid][0], day):
            raise ValidationError(
                msg("{who} bukan peserta angkatan {name} pada tanggal "
                "{day:%d-%m-%Y}.", who=who(cid), name=cohort.name, day=day), "codes")
        wanted[cid] = code
    if default is not None:
        fill = default.strip().upper() if isinstance(default, str) else ""
        if fill not in ATTENDANCE:
            raise ValidationError(
                msg("Kode kehadiran bawaan '{default}' tidak dikenal. "
                    "Kode yang sah: {valid_codes_text}.",
                    default=default, valid_codes_text=_valid_codes_text()), "default")
        for cid, (e, _c) in participants.items():
            if cid not in wanted and cid not in existing and _on_roster(e, day):
                wanted[cid] = fill

    clean_notes: dict[int, str | None] = {}
    for cid, note in notes.items():
        text = clean_text(note)
        if text and len(text) > MAX_NOTE:
            raise ValidationError(
                msg("Catatan kehadiran {who} paling banyak {max_note} karakter.",
                    who=who(cid), max_note=MAX_NOTE), "notes")
        if cid not in wanted and cid not in existing:
            raise ValidationError(
                msg("Catatan untuk {who} memerlukan kode kehadiran.", who=who(cid)), "notes")
        clean_notes[cid] = text

    new = {cid: code for cid, code in wanted.items() if cid not in existing}
    corrections = {cid: (existing[cid].code, code) for cid, code in wanted.items()
                   if cid in existing and existing[cid].code != code}
    note_changes = {cid: text for cid, text in clean_notes.items()
                    if cid in existing and existing[cid].note != text}
    why = clean_text(reason)
    if corrections and not why:
        listed = "; ".join(f"{who(cid)}: {old} → {code}"
                           for cid, (old, code) in corrections.items())
        raise ValidationError(
            msg("Mengubah kehadiran yang sudah tersimpan memerlukan alasan ({listed}).",
                listed=listed), "reason")
    if new or corrections or note_changes:
        ensure_unlocked(s, actor, day, reason=lock_reason, entity="training_session",
                        entity_id=session.id)

    if new:
        s.execute(insert(Attendance), [
            {"session_id": session.id, "client_id": cid, "code": code,
             "note": clean_notes.get(cid), "recorded_by": actor.user_id, "version": 1}
            for cid, code in new.items()
        ])
        attendance_counts.refresh(s, [session.id])  # written without the ORM's flush
        counts = {c: 0 for c in ATTENDANCE.codes}
        for code in new.values():
            counts[code] += 1
        audit(s, actor, "attendance.save", "training_session", session.id, after={
            "session_date": day.isoformat(), "cohort_id": cohort.id,
            "recorded": len(new), "counts": counts,
        })
    for cid, (old, code) in corrections.items():
        row = existing[cid]
        row.code = code
        row.recorded_by = actor.user_id
        if cid in note_changes:
            row.note = note_changes.pop(cid)
        s.flush()
        audit(s, actor, "attendance.correct", "attendance", row.id,
              before={"session_id": session.id, "client_id": cid, "code": old},
              after={"code": code}, reason=why)
    for cid, text in note_changes.items():
        row = existing[cid]
        before_note = row.note
        row.note = text
        s.flush()
        audit(s, actor, "attendance.note", "attendance", row.id,
              before={"session_id": session.id, "client_id": cid, "note": before_note},
              after={"note": text}, reason=why)
    return _sheet(s, session, cohort)


def _fraction(present: int, recorded: int) -> float | None:
    return present / recorded if recorded else None


def monthly_recap(s: Session, actor: Actor, cohort_id: int, year: int,
                  month: int) -> MonthlyRecap:
    """H/S/I/A/T per participant over the sessions held in one month, with the share present."""
    cohort = load_cohort(s, actor, cohort_id, "training.view")
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2999:
        raise ValidationError(msg("Tahun tidak sah: {year!r}.", year=year), "year")
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValidationError(msg("Bulan harus 1 sampai 12, bukan {month!r}.",
                                  month=month), "month")
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    in_month = (TrainingSession.cohort_id == cohort.id,
                TrainingSession.session_date >= first, TrainingSession.session_date <= last)

    days = list(s.execute(
        select(TrainingSession.session_date).where(*in_month).distinct()
        .order_by(TrainingSession.session_date)).scalars())

    per_day: dict[int, dict[date, list[str]]] = defaultdict(lambda: defaultdict(list))
    for cid, day, code in s.execute(
            select(Attendance.client_id, TrainingSession.session_date, Attendance.code)
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .where(*in_month)
            .order_by(TrainingSession.session_date, TrainingSession.id)):
        per_day[cid][day].append(code)

    counts: dict[int, dict[str, int]] = defaultdict(lambda: {c: 0 for c in ATTENDANCE.codes})
    for cid, code, n in s.execute(
            select(Attendance.client_id, Attendance.code, func.count(Attendance.id))
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .where(*in_month)
            .group_by(Attendance.client_id, Attendance.code)):
        counts[cid][code] = int(n)

    people = s.execute(
        select(Client.id, Client.reg_no, Client.name, Client.name_normalized)
        .join(Enrollment, Enrollment.client_id == Client.id)
        .where(Enrollment.cohort_id == cohort.id,
               or_(Client.id.in_(list(per_day)) if per_day else false(),
                   (Enrollment.enrolled_on <= last)
                   & or_(Enrollment.withdrawn_on.is_(None), Enrollment.withdrawn_on >= first)))
        .order_by(Client.name_normalized, Client.reg_no)).all()

    totals = {c: 0 for c in ATTENDANCE.codes}
    rows = []
    for cid, reg_no, name, _norm in people:
        row_counts = dict(counts[cid])
        for code, n in row_counts.items():
            totals[code] += n
        row_codes = {d: "/".join(dict.fromkeys(cs)) for d, cs in per_day[cid].items()}
        recorded = sum(row_counts.values())
        present = sum(n for code, n in row_counts.items() if code in PRESENT_CODES)
        rows.append(RecapRow(cid, reg_no, name, row_codes, row_counts,
                             _fraction(present, recorded)))
    tutor_name = ""
    if cohort.tutor_id is not None:
        tutor = s.get(Tutor, cohort.tutor_id)
        tutor_name = tutor.name if tutor else ""
    present_total = sum(n for code, n in totals.items() if code in PRESENT_CODES)
    return MonthlyRecap(
        cohort.id, cohort.name, cohort.track.name, tutor_name, year, month, days, rows, totals,
        _fraction(present_total, sum(totals.values())))

