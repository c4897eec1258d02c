"""Follow-up results (bimbingan lanjut) brought in from a spreadsheet.

Staff often visit graduates with a paper form and type the results into Excel later. Each row
names a graduate by registration number and the follow-up month (3, 6 or 12) and is recorded
through :func:`followups.record_followup`, so the rules are the form's own: dates, codes, an
earning outcome with a workplace and an income above zero, approved periods locked, and an income
above the ceiling in Pengaturan refused unless the import is explicitly confirmed
(``confirm_high_income``; on the command line ``--confirm-high-income``).

The import is one transaction: every row is recorded, or (on any error, or a dry run) none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.cells import cell_text, parse_code, parse_date_cell
from ..domain.errors import ConfirmationRequired, DomainError, ValidationError
from ..domain.vocab import AID_CONDITIONS, FOLLOWUP_METHODS, FOLLOWUP_OUTCOMES
from ..storage.models import Client, Cohort, Enrollment, FollowUp, TrainingTrack
from .base import Actor, require
from .followups import FollowUpInput, record_followup
from .imports import MAX_HEADER_SCAN, RowIssue, Sheet, normalize_header, read_sheet

MONTHS = (3, 6, 12)


@dataclass(frozen=True)
class _Col:
    key: str
    label: str
    aliases: tuple[str, ...]
    parse: Callable[[Any], Any]
    required: bool = False


def _income(value: Any) -> int | None:
    """Rupiah from a number cell or text such as ``Rp 2.500.000``; never a guess."""
    if value is None or isinstance(value, bool):
        return None if value is None else _bad_income(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != int(value):
            raise ValidationError(f"Penghasilan '{value}' bukan Rupiah bulat.", "monthly_income")
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
        f"Penghasilan '{value}' tidak dapat dibaca; tulis angka Rupiah seperti 2500000 atau "
        "Rp 2.500.000.", "monthly_income")


def _months(value: Any) -> int | None:
    text = cell_text(value)
    if text is None:
        return None
    m = re.fullmatch(r"(?:ke[- ]?)?(\d{1,2})(?:[.,]0+)?(?: ?bulan)?", text.lower())
    if not m or int(m[1]) not in MONTHS:
        raise ValidationError(f"Bulan ke '{text}' harus 3, 6 atau 12.", "months_after")
    return int(m[1])


COLUMNS: tuple[_Col, ...] = (
    _Col("reg_no", "No. Registrasi", ("nomor registrasi", "no registrasi", "no reg", "reg no",
                                      "nomor induk klien"), cell_text, True),
    _Col("months_after", "Bulan Ke", ("bulan", "bimbingan bulan ke", "bulan ke-", "tahap"),
         _months, True),
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
_BY_KEY = {c.key: c for c in COLUMNS}
_ALIASES = {normalize_header(a): c.key for c in COLUMNS for a in (c.label, *c.aliases)}


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


def _header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[int, str]]:
    best, best_map = -1, dict[int, str]()
    for index, row in enumerate(rows[:MAX_HEADER_SCAN]):
        mapping: dict[int, str] = {}
        for col, value in enumerate(row):
            key = _ALIASES.get(normalize_header(value))
            if key and key not in mapping.values():
                mapping[col] = key
        if len(mapping) > len(best_map):
            best, best_map = index, mapping
    missing = [c.label for c in COLUMNS if c.required and c.key not in best_map.values()]
    if best < 0 or missing:
        raise ValidationError(
            "Baris judul kolom bimbingan lanjut tidak lengkap; kolom yang belum ada: "
            f"{', '.join(missing)}.", "header")
    return best, best_map


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
        raise ValidationError(
            f"Tidak ada jadwal bimbingan lanjut bulan ke-{months} untuk {reg_no}"
            + (f" pada program {track}" if track else "")
            + " (klien belum lulus atau nomor registrasi salah).", "reg_no")
    if len(found) > 1:
        names = ", ".join(sorted(f[1] for f in found))
        raise ValidationError(
            f"{reg_no} lulus dari beberapa program ({names}): isi kolom Program.", "track")
    return found[0][0]


def import_followups(session: Session, actor: Actor, path: str | Path, *,
                     dry_run: bool = False, confirm_high_income: bool = False,
                     sheet_name: str | None = None,
                     today: date | None = None) -> FollowUpImportResult:
    """Record every row's follow-up result; on any error (or ``dry_run``) nothing is kept."""
    require(actor, "followup.edit")
    sheet: Sheet = read_sheet(path, sheet_name)
    header, mapping = _header(sheet.rows)
    headers = {col: cell_text(v) or "" for col, v in enumerate(sheet.rows[header])}
    result = FollowUpImportResult(sheet.file_name, sheet.sheet_name, header + 1)
    outer = session.begin_nested()
    for index in range(header + 1, len(sheet.rows)):
        raw = sheet.rows[index]
        if all(cell_text(v) is None for v in raw):
            continue
        row_no = index + 1
        values: dict[str, Any] = {}
        bad = False
        for col, key in mapping.items():
            try:
                values[key] = _BY_KEY[key].parse(raw[col] if col < len(raw) else None)
            except DomainError as exc:
                result.errors.append(RowIssue(row_no, headers.get(col) or _BY_KEY[key].label,
                                              exc.message))
                bad = True
        if bad:
            continue
        label = {key: headers.get(col) or _BY_KEY[key].label for col, key in mapping.items()}
        try:
            for key in ("reg_no", "months_after"):
                if values.get(key) is None:
                    raise ValidationError(f"{_BY_KEY[key].label} wajib diisi.", key)
            fu = _find_followup(session, values["reg_no"], values["months_after"],
                                values.get("track"))
            data = FollowUpInput(**{k: v for k, v in values.items()
                                    if k not in ("reg_no", "months_after", "track")})
            with session.begin_nested():
                record_followup(session, actor, fu.id, data, today=today,
                                confirm_high_income=confirm_high_income)
            result.recorded += 1
        except DomainError as exc:
            if isinstance(exc, ConfirmationRequired):
                result.unconfirmed.append(row_no)
            column = label.get(exc.field or "", _BY_KEY[exc.field].label
                               if exc.field in _BY_KEY else "-")
            result.errors.append(RowIssue(row_no, column, exc.message))
    if result.errors or dry_run:
        outer.rollback()
        if result.errors:
            result.recorded = 0
    else:
        outer.commit()
        result.saved = True
    return result
