"""Follow-up results (bimbingan lanjut) brought in from a spreadsheet.

Staff often visit graduates with a paper form and type the results into Excel later. Each row
names a graduate by registration number and the follow-up month (3, 6 or 12) and is recorded
through :func:`followups.record_followup`, so the rules are the form's own: dates, codes, an
earning outcome with a workplace and an income above zero, approved periods locked, and an income
above the ceiling in Pengaturan refused unless the import is explicitly confirmed
(``confirm_high_income``; on the command line ``--confirm-high-income``).

It is a table import (``services.table_import``: header found under title rows, columns
re-mappable, a plan naming every problem by row and column, then all rows or none), so the import
wizard offers it with the same steps as tutors and attendance; ``import_followups`` is the command
line's one call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.cells import cell_text, parse_code, parse_date_cell
from ..domain.errors import ConfirmationRequired, DomainError, ValidationError
from ..domain.messages import msg
from ..domain.vocab import AID_CONDITIONS, FOLLOWUP_METHODS, FOLLOWUP_OUTCOMES
from ..storage.models import Client, Cohort, Enrollment, FollowUp, TrainingTrack
from .base import Actor, require
from .followups import FollowUpInput, record_followup
from .imports import RowIssue, Sheet, read_sheet
from .table_import import (
    TableColumn,
    TableKind,
    TablePlan,
    TableResult,
    TableRow,
    apply_table_import,
    plan_table_import,
)

MONTHS = (3, 6, 12)
#: The registration number of the template's example row; a sheet that still holds it skips it.
EXAMPLE_REG_NO = "PM-0000-00000"


def _income(value: Any) -> int | None:
    """Rupiah from a number cell or text such as ``Rp 2.500.000``; never a guess."""
    if value is None or isinstance(value, bool):
        return None if value is None else _bad_income(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != int(value):
            raise ValidationError(msg("Penghasilan '{value}' bukan Rupiah bulat.",
                                      value=value), "monthly_income")
        return int(value)
    text = cell_text(value)
    if text is None or text in ("-", "–"):
        return None
    digits = re.sub(r"^rp\.?\s*", "", text.lower()).replace(".", "").replace(" ", "")
    digits = re.sub(r",00?$", "", digits)
    if not digits.isdigit():
        return _bad_income(text)
    return int(digits)


def _bad_income(value: Any) -> int:
    raise ValidationError(
        msg("Penghasilan '{value}' tidak dapat dibaca; tulis angka Rupiah seperti 2500000 atau "
        "Rp 2.500.000.", value=value), "monthly_income")


def _months(value: Any) -> int | None:
    text = cell_text(value)
    if text is None:
        return None
    m = re.fullmatch(r"(?:ke[- ]?)?(\d{1,2})(?:[.,]0+)?(?: ?bulan)?", text.lower())
    if not m or int(m[1]) not in MONTHS:
        raise ValidationError(msg("Bulan ke '{text}' harus 3, 6 atau 12.",
                                  text=text), "months_after")
    return int(m[1])


_Col = TableColumn

COLUMNS: tuple[TableColumn, ...] = (
    _Col("reg_no", "No. Registrasi", ("nomor registrasi", "no registrasi", "no reg", "reg no",
                                      "nomor induk klien"), cell_text, True),
    _Col("months_after", "Bulan Ke", ("bulan", "bimbingan bulan ke", "bulan ke-", "tahap"),
         _months, True),
    _Col("name", "Nama", ("nama lengkap", "nama lulusan", "nama klien", "nama pm"), cell_text),
    _Col("track", "Program", ("program keterampilan", "pelatihan", "keterampilan"), cell_text),
    _Col("done_date", "Tgl Pelaksanaan", ("tanggal pelaksanaan", "tanggal", "tgl",
                                          "tanggal kunjungan", "dilaksanakan"),
         lambda v: parse_date_cell(v, "Tanggal pelaksanaan", "done_date"), True),
    _Col("method", "Cara", ("metode", "cara bimbingan", "cara bimbingan lanjut"),
         lambda v: parse_code(FOLLOWUP_METHODS, v, "Cara", "method"), True),
    _Col("outcome", "Hasil", ("hasil bimbingan", "status", "status pekerjaan", "kegiatan"),
         lambda v: parse_code(FOLLOWUP_OUTCOMES, v, "Hasil", "outcome"), True),
    _Col("employer_or_business", "Tempat Kerja/Usaha",
         ("tempat kerja", "nama usaha", "pekerjaan/usaha", "tempat kerja usaha", "pekerjaan",
          "usaha"), cell_text),
    _Col("monthly_income", "Penghasilan per Bulan",
         ("penghasilan", "pendapatan", "penghasilan/bulan", "pendapatan per bulan",
          "penghasilan per bulan rp", "penghasilan rp"), _income),
    _Col("aid_received", "Bantuan", ("bantuan usaha", "bantuan diterima",
                                     "bantuan yang diterima"), cell_text),
    _Col("aid_condition", "Kondisi Bantuan", ("kondisi", "kondisi bantuan usaha"),
         lambda v: parse_code(AID_CONDITIONS, v, "Kondisi bantuan", "aid_condition")),
    _Col("notes", "Catatan", ("keterangan",), cell_text),
)


@dataclass
class FollowUpImportResult:
    file_name: str
    sheet_name: str
    header_row: int
    recorded: int = 0
    errors: list[RowIssue] = field(default_factory=list)
    #: Rows refused only because their income is above the ceiling and was not confirmed.
    unconfirmed: list[int] = field(default_factory=list)
    saved: bool = False

    def summary(self) -> str:
        rows = len({e.row for e in self.errors})
        return f"{self.recorded} hasil bimbingan lanjut, {rows} baris bermasalah"


def _find_followup(session: Session, reg_no: str, months: int,
                   track: str | None) -> FollowUp:
    stmt = (select(FollowUp, TrainingTrack.name, TrainingTrack.code)
            .join(Client, Client.id == FollowUp.client_id)
            .join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
            .where(Client.reg_no == reg_no, FollowUp.months_after == months))
    found = session.execute(stmt).all()
    if track:
        key = track.casefold()
        found = [f for f in found if key in (f[1].casefold(), (f[2] or "").casefold())]
    if not found:
        where = msg("{reg_no} pada program {track}", reg_no=reg_no, track=track) if track \
            else reg_no
        raise ValidationError(
            msg("Tidak ada jadwal bimbingan lanjut bulan ke-{months} untuk {where} (klien belum "
                "lulus atau nomor registrasi salah).", months=months, where=where), "reg_no")
    if len(found) > 1:
        names = ", ".join(sorted(f[1] for f in found))
        raise ValidationError(
            msg("{reg_no} lulus dari beberapa program ({names}): isi kolom Program.",
                reg_no=reg_no, names=names), "track")
    return found[0][0]


def _record(session: Session, actor: Actor, plan: TablePlan, row: TableRow) -> None:
    """Record one row's result on its scheduled follow-up, by the form's rules."""
    values = row.values
    fu = _find_followup(session, values["reg_no"], values["months_after"], values.get("track"))
    data = FollowUpInput(**{k: v for k, v in values.items()
                            if k not in ("reg_no", "months_after", "track", "name")})
    record_followup(session, actor, fu.id, data, today=plan.options.get("today"),
                    confirm_high_income=bool(plan.options.get("confirm_high_income")))


def _column(plan: TablePlan, exc: DomainError) -> str:
    return plan.column_label(exc.field) if exc.field in plan.label_of else "-"


def _check(session: Session, actor: Actor, plan: TablePlan) -> None:
    """Record every row inside a savepoint that is then rolled back: the form's own rules
    (earning outcome, income ceiling, approved periods) name the row and column."""
    require(actor, "followup.edit")
    checked: list[TableRow] = []
    outer = session.begin_nested()
    try:
        for row in plan.rows:
            if row.values.get("reg_no") == EXAMPLE_REG_NO:
                checked.append(TableRow(row.row, row.values, "lewati",
                                          msg("baris contoh templat")))
                continue
            try:
                with session.begin_nested():
                    _record(session, actor, plan, row)
            except DomainError as exc:
                if isinstance(exc, ConfirmationRequired):
                    plan.unconfirmed.append(row.row)
                plan.errors.append(RowIssue(row.row, _column(plan, exc), exc.message))
                continue
            checked.append(TableRow(row.row, row.values))  # a new result on its schedule
    finally:
        outer.rollback()
    plan.rows = checked


def _write(session: Session, actor: Actor, plan: TablePlan) -> TableResult:
    recorded = 0
    for row in plan.rows:
        if row.action != "baru":
            continue
        try:
            _record(session, actor, plan, row)
        except DomainError as exc:
            raise ValidationError(msg("Impor dibatalkan, tidak ada data yang disimpan: "
                                      "{row_issue}",
                                      row_issue=RowIssue(row.row, _column(plan, exc), exc.message)),
                                  "file") from exc
        recorded += 1
    return TableResult(plan.file_name, recorded, 0, plan.skipped)


FOLLOWUPS = TableKind("followups", "bimbingan lanjut", COLUMNS, ("reg_no", "months_after"),
                      _check, _write)


def import_followups(session: Session, actor: Actor, path: str | Path, *,
                     dry_run: bool = False, confirm_high_income: bool = False,
                     sheet_name: str | None = None,
                     today: date | None = None) -> FollowUpImportResult:
    """Record every row's follow-up result; on any error (or ``dry_run``) nothing is kept."""
    require(actor, "followup.edit")
    sheet: Sheet = read_sheet(path, sheet_name)
    plan = plan_table_import(session, actor, FOLLOWUPS, sheet, options={
        "confirm_high_income": confirm_high_income, "today": today})
    result = FollowUpImportResult(sheet.file_name, sheet.sheet_name, plan.header_row,
                                  errors=list(plan.errors), unconfirmed=list(plan.unconfirmed))
    if plan.errors:
        return result
    if dry_run:
        result.recorded = plan.new
        return result
    result.recorded = apply_table_import(session, actor, FOLLOWUPS, plan).new
    result.saved = True
    return result
