"""Importing attendance kept in a spreadsheet (one row per client per session, as in the
template): every row must name an enrolled participant (registration number, checked against
the name when given), a cohort, a session on that date and a known code. Marks already saved
with the same code are skipped; a different saved code is refused (corrections go through the
attendance page, with a reason). Rows of approved periods are refused. All rows are saved, per
session through the attendance service, in one transaction, or none."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.cells import cell_text, parse_code, parse_date_cell
from ..domain.formatting import normalize_name
from ..domain.messages import msg
from ..domain.vocab import ATTENDANCE
from ..storage.models import Attendance, Client, Cohort, Enrollment, TrainingSession, TrainingTrack
from .attendance import save_attendance
from .base import Actor, audit
from .imports import RowIssue
from .period_lock import locked_periods, report_name
from .table_import import TableColumn, TableKind, TablePlan, TableResult, TableRow


def _code(value: Any) -> str | None:
    text = cell_text(value)
    if text is not None and text.upper() in ("V", "✓", "√", "HADIR"):
        return "H"
    return parse_code(ATTENDANCE, value, "Kode kehadiran", "code")


def _day(value: Any) -> date | None:
    return parse_date_cell(value, "Tanggal", "session_date")


def _reg_no(value: Any) -> str | None:
    text = cell_text(value)
    return text.upper().replace(" ", "") if text else None


COLUMNS: tuple[TableColumn, ...] = (
    TableColumn("reg_no", "No. Registrasi", ("No Registrasi", "No. Reg", "No Reg",
                                             "Nomor Registrasi", "No. Induk", "No Induk", "NRP"),
                _reg_no, True),
    TableColumn("name", "Nama Lengkap", ("Nama", "Nama Peserta", "Nama PM", "Nama Klien",
                                         "Nama Penerima Manfaat")),
    TableColumn("track", "Program", ("Program Keterampilan", "Kejuruan", "Pelatihan",
                                     "Jenis Pelatihan")),
    TableColumn("cohort", "Angkatan", ("Nama Angkatan", "Kelas", "Gelombang"), cell_text, True),
    TableColumn("session_date", "Tanggal", ("Tgl", "Tanggal Pertemuan", "Tgl Pertemuan",
                                            "Hari/Tanggal", "Tgl."), _day, True),
    TableColumn("code", "Kode Kehadiran", ("Kehadiran", "Kode", "Absensi", "Presensi", "Status",
                                           "Keterangan Hadir"), _code, True),
    TableColumn("note", "Keterangan", ("Ket", "Ket.", "Catatan")),
)


def _cohorts(session: Session) -> dict[str, list[tuple[int, str]]]:
    """Cohort name (normalised) → [(cohort id, track name)]."""
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for cid, name, track in session.execute(
            select(Cohort.id, Cohort.name, TrainingTrack.name)
            .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)):
        out[normalize_name(name)].append((cid, track))
    return out


def _resolve_cohort(plan: TablePlan, row: TableRow,
                    cohorts: dict[str, list[tuple[int, str]]]) -> int | None:
    found = cohorts.get(normalize_name(row.values["cohort"]), [])
    track = row.values.get("track")
    if track:
        found = [c for c in found if normalize_name(c[1]) == normalize_name(track)]
    if len(found) == 1:
        return found[0][0]
    if not found:
        message = msg("angkatan '{cohort}' pada program {track} tidak ditemukan.",
                      cohort=row.values["cohort"], track=track) if track else \
            msg("angkatan '{cohort}' tidak ditemukan.", cohort=row.values["cohort"])
    else:
        message = msg("ada {count} angkatan bernama '{cohort}'; isi kolom Program.",
                      count=str(len(found)), cohort=row.values["cohort"])
    plan.errors.append(RowIssue(row.row, plan.column_label("cohort"), message))
    return None


def _check(session: Session, actor: Actor, plan: TablePlan) -> None:
    cohorts = _cohorts(session)
    regs = {r.values["reg_no"] for r in plan.rows}
    clients = {reg: (cid, name) for cid, reg, name in session.execute(
        select(Client.id, Client.reg_no, Client.name).where(Client.reg_no.in_(regs)))}
    seen: dict[tuple[int, int], int] = {}
    locked = locked_periods(session, {r.values["session_date"] for r in plan.rows})
    checked: list[TableRow] = []
    for row in plan.rows:
        reg = row.values["reg_no"]
        if reg not in clients:
            plan.errors.append(RowIssue(row.row, plan.column_label("reg_no"),
                                        msg("klien dengan nomor registrasi {reg} tidak "
                                            "ditemukan.", reg=reg)))
            continue
        client_id, client_name = clients[reg]
        given = row.values.get("name")
        if given and normalize_name(given) != normalize_name(client_name):
            plan.errors.append(RowIssue(
                row.row, plan.column_label("name"),
                msg("nomor {reg} milik {name}, bukan {given}; periksa barisnya.", reg=reg,
                    name=client_name, given=given)))
            continue
        cohort_id = _resolve_cohort(plan, row, cohorts)
        if cohort_id is None:
            continue
        day = row.values["session_date"]
        report = locked.get(day)
        if report is not None:
            plan.errors.append(RowIssue(
                row.row, plan.column_label("session_date"),
                msg("tanggal {day} termasuk {report} yang laporannya sudah disetujui.",
                    day=day, report=report_name(report))))
            continue
        session_id = session.execute(
            select(TrainingSession.id).where(TrainingSession.cohort_id == cohort_id,
                                             TrainingSession.session_date == day)
            .order_by(TrainingSession.id)).scalars().first()
        if session_id is None:
            plan.errors.append(RowIssue(
                row.row, plan.column_label("session_date"),
                msg("angkatan {cohort} tidak memiliki pertemuan pada {day}; tambahkan "
                    "pertemuannya dulu di halaman Pelatihan.", cohort=row.values["cohort"],
                    day=day)))
            continue
        enrolled = session.execute(
            select(Enrollment.enrolled_on, Enrollment.withdrawn_on).where(
                Enrollment.cohort_id == cohort_id, Enrollment.client_id == client_id)).first()
        if enrolled is None or enrolled[0] > day or (enrolled[1] is not None
                                                     and enrolled[1] < day):
            plan.errors.append(RowIssue(
                row.row, plan.column_label("reg_no"),
                msg("{name} bukan peserta angkatan {cohort} pada {day}.", name=client_name,
                    cohort=row.values["cohort"], day=day)))
            continue
        key = (session_id, client_id)
        if key in seen:
            plan.errors.append(RowIssue(
                row.row, plan.column_label("reg_no"),
                msg("kehadiran {name} pada {day} sudah ada di baris {row}.", name=client_name,
                    day=day, row=str(seen[key]))))
            continue
        seen[key] = row.row
        saved = session.execute(select(Attendance.code).where(
            Attendance.session_id == session_id, Attendance.client_id == client_id)).scalar()
        ref = (session_id, client_id)
        if saved == row.values["code"]:
            checked.append(TableRow(row.row, row.values, "lewati", msg("sudah tercatat sama"), ref))
        elif saved is not None:
            plan.errors.append(RowIssue(
                row.row, plan.column_label("code"),
                msg("{name} sudah tercatat {code} pada {day}; koreksi lewat halaman Kehadiran "
                    "dengan alasannya.", name=client_name, code=saved, day=day)))
        else:
            checked.append(TableRow(row.row, row.values, "baru", "", ref))
    plan.rows = checked


def _write(session: Session, actor: Actor, plan: TablePlan) -> TableResult:
    by_session: dict[int, dict[int, str]] = defaultdict(dict)
    notes: dict[int, dict[int, str]] = defaultdict(dict)
    for row in plan.rows:
        if row.action != "baru":
            continue
        session_id, client_id = row.ref
        by_session[session_id][client_id] = row.values["code"]
        if row.values.get("note"):
            notes[session_id][client_id] = row.values["note"]
    for session_id, codes in by_session.items():
        save_attendance(session, actor, session_id, codes, default=None,
                        notes=notes.get(session_id) or None)
    added = sum(len(c) for c in by_session.values())
    audit(session, actor, "import.attendance", "import", None,
          after={"file": plan.file_name, "sheet": plan.sheet_name, "new": added,
                 "sessions": len(by_session), "skipped": plan.skipped})
    return TableResult(plan.file_name, added, 0, plan.skipped)


ATTENDANCE_IMPORT = TableKind("attendance", "kehadiran", COLUMNS,
                              ("reg_no", "session_date", "code"), _check, _write)

__all__ = ["ATTENDANCE_IMPORT", "COLUMNS"]
