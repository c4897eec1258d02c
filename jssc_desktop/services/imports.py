"""Bringing staff's client spreadsheets in: find the header, map columns, validate every row with
the client form's own rules, report, then import all accepted rows in one transaction or none.

The flow is the same from the command line and the GUI wizard:

    sheet = read_sheet(path)                         # the first sheet with data (or a named one)
    plan = plan_client_import(s, actor, sheet)       # nothing is written; errors name row+column
    result = apply_client_import(s, actor, plan)     # one transaction; refuses if errors remain

``plan.mapping`` can be edited (column index → field key) before planning again, for columns the
importer did not recognise. The sheet is read by python-calamine (a compiled reader, some ten
times faster than openpyxl on a 10,000-row sheet), imported when first used; its values are
made the ones openpyxl gives (:func:`_as_openpyxl_gives`), which the cell rules were written
for.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, insert, select
from sqlalchemy.orm import Session

from ..domain.cells import (
    cell_text,
    parse_code,
    parse_date_cell,
    parse_kab_kota,
    parse_kk_cell,
    parse_nik_cell,
    parse_ppks,
    parse_sex,
)
from ..domain.codes import ClientStatus
from ..domain.errors import ValidationError
from ..domain.fields import CLIENT as CLIENT_FIELDS
from ..domain.messages import msg
from ..domain.vocab import NIK_MISSING_REASONS
from ..storage.models import Client, StageHistory
from .base import Actor, audit, require
from .client_checks import _validate
from .client_list import REG_PREFIX
from .clients import FIRST_STAGE, ClientInput
from .period_lock import locked_periods, report_name

MAX_HEADER_SCAN = 30
#: The template's example row carries this NIK; a sheet that still holds it skips that row.
EXAMPLE_NIK = str(CLIENT_FIELDS["nik"].example)
MAX_ROWS = 100_000


# ------------------------------------------------------------------------------------ columns

@dataclass(frozen=True)
class Column:
    key: str                 # ClientInput field
    label: str               # the template's header
    aliases: tuple[str, ...]  # other headers staff use (compared after normalising)
    parse: Callable[[Any], Any]
    required: bool = False
    hint: str = ""


def _text(value: Any) -> str | None:
    return cell_text(value)


def _date(label: str, key: str) -> Callable[[Any], Any]:
    return lambda v: parse_date_cell(v, label, key)


def _missing_reason(value: Any) -> str | None:
    return parse_code(NIK_MISSING_REASONS, value, "Alasan tanpa NIK", "nik_missing_reason")


#: How each imported client field's cell is read; the headers, aliases and hints are the field
#: registry's (``domain/fields.py``).
_PARSERS: dict[str, Callable[[Any], Any]] = {
    "nik": parse_nik_cell,
    "nik_missing_reason": _missing_reason,
    "kk": parse_kk_cell,
    "sex": parse_sex,
    "birth_date": _date(CLIENT_FIELDS["birth_date"].header, "birth_date"),
    "kab_kota_code": parse_kab_kota,
    "ppks_code": parse_ppks,
    "admission_date": _date(CLIENT_FIELDS["admission_date"].header, "admission_date"),
}
_MISSING_REASON_HINT = "Wajib bila NIK kosong: " + ", ".join(t.name for t in NIK_MISSING_REASONS)

CLIENT_COLUMNS: tuple[Column, ...] = tuple(
    Column(spec.name, spec.header, spec.import_aliases, _PARSERS.get(spec.name, _text),
           spec.required,
           _MISSING_REASON_HINT if spec.name == "nik_missing_reason" else spec.import_hint)
    for spec in CLIENT_FIELDS.imported()
)
COLUMNS_BY_KEY = {c.key: c for c in CLIENT_COLUMNS}


def normalize_header(text: Any) -> str:
    raw = cell_text(text) or ""
    raw = raw.lower().replace(".", " ").replace("_", " ")
    raw = re.sub(r"[^a-z0-9/ ]", " ", raw)
    raw = re.sub(r"\s*/\s*", "/", raw)
    return " ".join(raw.split())


_ALIASES = {normalize_header(a): c.key for c in CLIENT_COLUMNS for a in (c.label, *c.aliases)}


# ------------------------------------------------------------------------------------ reading

@dataclass(frozen=True)
class Sheet:
    file_name: str
    sheet_name: str
    rows: list[tuple[Any, ...]]   # every row of the sheet, values only; row 1 is rows[0]


#: Integers a float holds exactly: a whole number read as a float below this is an integer
#: (openpyxl gives an int for a number stored without a decimal point or exponent).
_EXACT = 2 ** 53


def _as_openpyxl_gives(value: Any) -> Any:
    """A value from python-calamine as openpyxl's read-only mode gives it, which the cell rules
    (``domain.cells``) were written and tested for: an empty cell is None (calamine gives
    ``""``), a whole number an int (calamine gives every number as a float; above 2**53 it
    stays a float, as a 16-digit NIK Excel stored as ``3.50701090296E+15`` does, so the NIK
    rule still refuses it), a date a datetime at midnight. An error cell (``#N/A``) reads as
    empty, where openpyxl gave its code as text."""
    kind = type(value)
    if kind is str:
        return value or None
    if kind is float:
        return int(value) if value.is_integer() and -_EXACT < value < _EXACT else value
    if kind is date:
        return datetime(value.year, value.month, value.day)
    return value


def open_workbook(path: Path) -> Any:
    """The workbook at ``path`` for reading, or a ValidationError that says it is not one."""
    from python_calamine import CalamineWorkbook

    if not path.is_file():
        raise ValidationError(msg("Berkas tidak ditemukan: {path}", path=path), "file")
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine's errors (zip, XML, password, format) and OSError
        raise ValidationError(
            msg("Berkas {name} tidak dapat dibaca sebagai Excel (.xlsx): {exc}",
                name=path.name, exc=exc), "file"
        ) from exc


def read_sheet(path: str | Path, sheet_name: str | None = None) -> Sheet:
    """Read a workbook's sheet (values, not formulas). Refuses unreadable files clearly."""
    path = Path(path)
    wb = open_workbook(path)
    try:
        names = list(wb.sheet_names)
        if sheet_name is not None:
            if sheet_name not in names:
                raise ValidationError(msg("Lembar '{sheet_name}' tidak ada di {name}.",
                                          sheet_name=sheet_name, name=path.name), "sheet")
            title = sheet_name
        else:
            title = next((n for n in names if n not in ("Petunjuk", "Daftar")), names[0])
        limit = MAX_ROWS + MAX_HEADER_SCAN
        try:
            # from A1 (row numbers in messages are the sheet's own), one row past the limit
            raw = wb.get_sheet_by_name(title).to_python(skip_empty_area=False,
                                                        nrows=limit + 1)
        except Exception as exc:  # a sheet part damaged inside a readable zip
            raise ValidationError(
                msg("Berkas {name} tidak dapat dibaca sebagai Excel (.xlsx): {exc}",
                    name=path.name, exc=exc), "file") from exc
        if len(raw) > limit:
            raise ValidationError(
                msg("Lembar {title} berisi lebih dari {max_rows} baris; bagi menjadi "
                    "beberapa berkas.", title=title, max_rows=MAX_ROWS), "file")
        convert = _as_openpyxl_gives
        rows = [tuple(map(convert, row)) for row in raw]
        while rows and not any(v is not None for v in rows[-1]):
            rows.pop()  # calamine's used range may end in empty rows; openpyxl's does not
        return Sheet(path.name, title, rows)
    finally:
        wb.close()


class SheetInBackground:
    """:func:`read_sheet` started in a thread, for the command line: the workbook is parsed
    while the database file is checked and the user signs in (SQLite's check and the
    password hash leave the interpreter free). :meth:`result` waits for the sheet, or raises
    what :func:`read_sheet` raised, so problems are still reported in the same order."""

    def __init__(self, path: str | Path, sheet_name: str | None = None) -> None:
        self._sheet: Sheet | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._read, args=(path, sheet_name),
                                        name="read-sheet", daemon=True)
        self._thread.start()

    def _read(self, path: str | Path, sheet_name: str | None) -> None:
        try:
            self._sheet = read_sheet(path, sheet_name)
        except Exception as exc:  # handed to the caller by result()
            self._error = exc

    def result(self) -> Sheet:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._sheet is not None
        return self._sheet


def best_header_row(rows: Sequence[Sequence[Any]],
                    aliases: Mapping[str, str]) -> tuple[int, dict[int, str]]:
    """The row (0-based) among the first 30 whose cells match the most known header words
    (``aliases``: normalised header → key), and column index → key; -1 when none matches.
    Title rows and merged cells above the table are skipped. Every import finds its header so."""
    best, best_map = -1, dict[int, str]()
    for index, row in enumerate(rows[:MAX_HEADER_SCAN]):
        mapping: dict[int, str] = {}
        for col, value in enumerate(row):
            key = aliases.get(normalize_header(value))
            if key and key not in mapping.values():
                mapping[col] = key
        if len(mapping) > len(best_map):
            best, best_map = index, mapping
    return best, best_map


def detect_header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[int, str]]:
    """The row (0-based) that looks most like a client header, and column index → field key."""
    best, best_map = best_header_row(rows, _ALIASES)
    if best < 0 or "name" not in best_map.values() or len(best_map) < 2:
        raise ValidationError(
            msg("Baris judul kolom tidak ditemukan: pastikan ada kolom seperti 'Nama Lengkap', "
            "'Jenis Kelamin', 'Jenis PPKS' dan 'Tgl Masuk' di 30 baris pertama."), "header")
    return best, best_map


def is_blank_row(row: Sequence[Any]) -> bool:
    """A sheet row with nothing in it (skipped by every import): ``cell_text`` of every cell is
    None, found without formatting them (only a text cell can be blank without being None,
    and only when it is all spaces)."""
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


# ------------------------------------------------------------------------------------ planning

@dataclass(frozen=True)
class RowIssue:
    row: int          # the sheet's row number, as Excel shows it
    column: str       # the header as written in the sheet (or the field's label)
    message: str

    def text(self) -> str:
        """The problem as a message (shown in the window's language)."""
        return msg("Baris {row}, kolom {column}: {message}", row=str(self.row),
                   column=self.column, message=self.message)

    def __str__(self) -> str:
        return str(self.text())


@dataclass(frozen=True)
class PlannedRow:
    row: int
    action: str                 # 'baru' | 'lewati'
    data: ClientInput
    values: dict[str, Any]      # cleaned by the client form's rules
    note: str = ""
    warnings: tuple[str, ...] = ()


class PlanCounts:
    """The counters and the one-line summary of every import plan (clients and the table kinds):
    ``rows`` carry an ``action`` ('baru' | 'ubah' | 'lewati'), ``errors`` name their row."""

    rows: Sequence[Any]
    errors: Sequence[RowIssue]

    @property
    def new(self) -> int:
        return sum(1 for r in self.rows if r.action == "baru")

    @property
    def updated(self) -> int:
        return sum(1 for r in self.rows if r.action == "ubah")

    @property
    def skipped(self) -> int:
        return sum(1 for r in self.rows if r.action == "lewati")

    @property
    def error_rows(self) -> int:
        return len({e.row for e in self.errors})

    def summary(self) -> str:
        return (f"{self.new} baru, {self.updated} diperbarui, {self.skipped} dilewati, "
                f"{self.error_rows} baris bermasalah ({len(self.errors)} galat)")


@dataclass(frozen=True)
class ImportPlan(PlanCounts):
    file_name: str
    sheet_name: str
    header_row: int                          # 1-based
    headers: dict[int, str]                  # column index → header text in the sheet
    mapping: dict[int, str]                  # column index → field key
    unmapped: list[tuple[int, str]]          # columns the importer did not recognise
    rows: list[PlannedRow]
    errors: list[RowIssue]


def _column_label(plan_headers: dict[int, str], col: int, key: str) -> str:
    header = plan_headers.get(col)
    return header or COLUMNS_BY_KEY[key].label


#: A row that passed the form's checks: (row number, input, cleaned values, warnings).
Candidate = tuple[int, ClientInput, dict[str, Any], list[str]]


def plan_client_import(session: Session, actor: Actor, sheet: Sheet, *,
                       mapping: dict[int, str] | None = None, header_row: int | None = None,
                       today: date | None = None) -> ImportPlan:
    """Check every row like a form entry, find duplicates in the file and in the database, and
    say what an import would do. Nothing is written."""
    require(actor, "import.run")
    today = today or date.today()
    if header_row is None or mapping is None:
        detected_row, detected_map = detect_header(sheet.rows)
        header_index = detected_row if header_row is None else header_row - 1
        mapping = dict(detected_map if mapping is None else mapping)
    else:
        header_index = header_row - 1
        mapping = dict(mapping)
    unknown = set(mapping.values()) - set(COLUMNS_BY_KEY)
    if unknown:
        raise ValidationError(msg("Kolom tujuan tidak dikenal: {items}.",
                                  items=', '.join(sorted(unknown))),
                              "mapping")
    header_cells = sheet.rows[header_index] if header_index < len(sheet.rows) else ()
    headers = {i: cell_text(v) or "" for i, v in enumerate(header_cells) if cell_text(v)}
    unmapped = [(i, h) for i, h in headers.items() if i not in mapping]
    errors: list[RowIssue] = []
    missing = [c for c in CLIENT_COLUMNS if c.required and c.key not in mapping.values()]
    for column in missing:
        errors.append(RowIssue(header_index + 1, column.label,
                               msg("kolom wajib '{column}' tidak ada di lembar ini.",
                                   column=column.label)))

    def label_of(key: str) -> str:
        return _column_label(headers, next((c for c, k in mapping.items() if k == key), -1), key)

    candidates = _checked_rows(sheet, header_index, mapping, headers, today, errors)
    unique = _without_file_duplicates(candidates, label_of, errors)
    unique = _without_locked_periods(session, unique, label_of, errors)
    planned = _planned(unique, *_registered(session, unique))
    errors.sort(key=lambda e: e.row)
    return ImportPlan(sheet.file_name, sheet.sheet_name, header_index + 1, headers, mapping,
                      unmapped, planned, errors)


class _CellReader:
    """One mapped column's cells read by its parser, each distinct value once: a sheet repeats
    most of its values (the same sex, kab/kota, PPKS category and admission date on many rows),
    and every parser is a pure function of the cell. The outcome is (value, None) or (None, the
    refusal's message)."""

    __slots__ = ("col", "key", "label", "_parse", "_seen")

    def __init__(self, col: int, key: str, label: str) -> None:
        self.col, self.key, self.label = col, key, label
        self._parse = COLUMNS_BY_KEY[key].parse
        self._seen: dict[tuple[type, Any], tuple[Any, str | None]] = {}

    def read(self, value: Any) -> tuple[Any, str | None]:
        memo = (value.__class__, value)  # the type too: True == 1 == 1.0, but not as a cell
        try:
            return self._seen[memo]
        except KeyError:
            pass
        except TypeError:  # an unhashable value (not one openpyxl gives): read it every time
            return self._outcome(value)
        outcome = self._seen[memo] = self._outcome(value)
        return outcome

    def _outcome(self, value: Any) -> tuple[Any, str | None]:
        try:
            return self._parse(value), None
        except ValidationError as exc:
            return None, exc.message


def _checked_rows(sheet: Sheet, header_index: int, mapping: dict[int, str],
                  headers: dict[int, str], today: date, errors: list[RowIssue]
                  ) -> list[Candidate]:
    """Every non-blank row below the header, parsed and checked like a form entry; the rows
    with a problem go to ``errors`` instead."""
    candidates: list[Candidate] = []
    readers = [_CellReader(col, key, _column_label(headers, col, key))
               for col, key in mapping.items()]
    for index in range(header_index + 1, len(sheet.rows)):
        raw = sheet.rows[index]
        if is_blank_row(raw):
            continue
        row_no = index + 1
        fields: dict[str, Any] = {}
        row_errors: list[RowIssue] = []
        width = len(raw)
        for reader in readers:
            value, problem = reader.read(raw[reader.col] if reader.col < width else None)
            if problem is None:
                fields[reader.key] = value
            else:
                row_errors.append(RowIssue(row_no, reader.label, problem))
        if row_errors:
            errors.extend(row_errors)
            continue
        data = ClientInput(**{k: v for k, v in fields.items() if v is not None})
        try:
            cleaned = _validate(data, today)
        except ValidationError as exc:
            at = next((c for c, k in mapping.items() if k == exc.field), None)
            label = (_column_label(headers, at, exc.field or "") if at is not None
                     else COLUMNS_BY_KEY.get(exc.field or "", CLIENT_COLUMNS[0]).label
                     if exc.field in COLUMNS_BY_KEY else (exc.field or "-"))
            errors.append(RowIssue(row_no, label, exc.message))
            continue
        candidates.append((row_no, data, cleaned.values, cleaned.warnings))
    return candidates


def _without_file_duplicates(candidates: list[Candidate], label_of: Callable[[str], str],
                             errors: list[RowIssue]) -> list[Candidate]:
    """Duplicates inside the file: the later row is the error, naming the earlier one."""
    first_by_nik: dict[str, int] = {}
    first_by_name: dict[tuple[str, date], int] = {}
    unique: list[Candidate] = []
    nik_col, name_col = label_of("nik"), label_of("name")
    for cand in candidates:
        row_no, _data, values, _w = cand
        nik = values.get("nik")
        same = (values["name_normalized"], values["birth_date"]) if values.get("birth_date") \
            else None
        if nik and nik in first_by_nik:
            errors.append(RowIssue(row_no, nik_col,
                                   msg("NIK sama dengan baris {row} di berkas ini.",
                                       row=str(first_by_nik[nik]))))
            continue
        if same and same in first_by_name:
            errors.append(RowIssue(
                row_no, name_col,
                msg("nama dan tanggal lahir sama dengan baris {row} di berkas ini.",
                    row=str(first_by_name[same]))))
            continue
        if nik:
            first_by_nik[nik] = row_no
        if same:
            first_by_name[same] = row_no
        unique.append(cand)
    return unique


def _registered(session: Session, unique: list[Candidate]
                ) -> tuple[dict[str, tuple[str, str]],
                           dict[tuple[str, date | None], tuple[str, str]]]:
    """Clients already in the database with the same NIK, or the same name and birth date, as
    a row: (registration number, name) by NIK and by (normalised name, birth date)."""
    existing_nik: dict[str, tuple[str, str]] = {}
    existing_name: dict[tuple[str, date | None], tuple[str, str]] = {}
    niks = [v["nik"] for _, _, v, _ in unique if v.get("nik")]
    for chunk in _chunks(niks, 500):
        for nik, reg_no, name in session.execute(
                select(Client.nik, Client.reg_no, Client.name).where(Client.nik.in_(chunk))):
            if nik is not None:
                existing_nik[nik] = (reg_no, name)
    # By name on its index, birth dates compared here: a (name, birth date) tuple IN list
    # makes SQLite scan the whole table once per chunk.
    keys = {(v["name_normalized"], v["birth_date"]) for _, _, v, _ in unique
            if v.get("birth_date")}
    names = sorted({name for name, _born in keys})
    for chunk in _chunks(names, 500):
        stmt = select(Client.name_normalized, Client.birth_date, Client.reg_no, Client.name).where(
            Client.name_normalized.in_(chunk))
        for norm, born, reg_no, name in session.execute(stmt):
            if (norm, born) in keys:
                existing_name[(norm, born)] = (reg_no, name)
    return existing_nik, existing_name


def _without_locked_periods(session: Session, unique: list[Candidate],
                            label_of: Callable[[str], str], errors: list[RowIssue]
                            ) -> list[Candidate]:
    """Rows dated inside a period whose report the head has approved are refused, as the form
    refuses them (only an Administrator may change such a period, one record at a time)."""
    locked = locked_periods(session, {v["admission_date"] for _, _, v, _ in unique})
    adm_col = label_of("admission_date")
    still: list[Candidate] = []
    for cand in unique:
        report = locked.get(cand[2]["admission_date"])
        if report is not None:
            errors.append(RowIssue(
                cand[0], adm_col,
                msg("tanggal masuk termasuk {report} yang laporannya sudah disetujui; data "
                    "periode itu tidak dapat ditambah lewat impor.",
                    report=report_name(report))))
        else:
            still.append(cand)
    return still


def _planned(unique: list[Candidate], existing_nik: dict[str, tuple[str, str]],
             existing_name: dict[tuple[str, date | None], tuple[str, str]]
             ) -> list[PlannedRow]:
    """What happens to each remaining row: new, or skipped with the reason."""
    planned: list[PlannedRow] = []
    for row_no, data, values, warnings in unique:
        if values.get("nik") == EXAMPLE_NIK:
            planned.append(PlannedRow(row_no, "lewati", data, values,
                                      msg("baris contoh templat")))
            continue
        hit = existing_nik.get(values.get("nik") or "")
        if hit:
            planned.append(PlannedRow(row_no, "lewati", data, values,
                                      msg("NIK sudah terdaftar atas nama {name} ({reg_no})",
                                          name=hit[1], reg_no=hit[0])))
            continue
        hit = existing_name.get((values["name_normalized"], values.get("birth_date")))
        if hit:
            planned.append(PlannedRow(
                row_no, "lewati", data, values,
                msg("nama dan tanggal lahir sama dengan {name} ({reg_no}) yang sudah terdaftar",
                    name=hit[1], reg_no=hit[0])))
            continue
        planned.append(PlannedRow(row_no, "baru", data, values, "", tuple(warnings)))
    return planned


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# ------------------------------------------------------------------------------------ applying

@dataclass(frozen=True)
class ImportResult:
    file_name: str
    new: int
    updated: int
    skipped: int
    errors: list[RowIssue] = field(default_factory=list)
    reg_numbers: list[str] = field(default_factory=list)


def _next_numbers(session: Session, years: Iterable[int]) -> dict[int, int]:
    """The next free registration sequence number per admission year."""
    out: dict[int, int] = {}
    for year in set(years):
        prefix = f"{REG_PREFIX}-{year:04d}-"
        top = session.execute(
            select(Client.reg_no).where(Client.reg_no.like(prefix + "%"))
            .order_by(Client.reg_no.desc()).limit(1)).scalar_one_or_none()
        out[year] = (int(top[len(prefix):]) + 1) if top and top[len(prefix):].isdigit() else 1
    return out


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) with one driver ``executemany`` of one compiled
    INSERT, each value converted by its column type's own bind processor: SQLAlchemy's
    per-row parameter handling costs as much as SQLite writing the rows. The SQL is the one
    ``conn.execute(insert(table), rows)`` sends (defaults such as CURRENT_TIMESTAMP inline)."""
    if not rows:
        return
    keys = list(rows[0])
    compiled = insert(table).values({k: bindparam(k) for k in keys}).compile(
        dialect=conn.dialect)
    order = list(compiled.positiontup or ())
    if set(order) != set(keys):  # a Python-side default to fill in: let SQLAlchemy do it
        for chunk in _chunks(rows, 2000):
            conn.execute(insert(table), chunk)
        return
    processors = [table.c[k].type.bind_processor(conn.dialect) for k in order]
    values_of = itemgetter(*order)  # one C call per row, not a generator
    params: list[tuple[Any, ...]] = ([(values_of(row),) for row in rows] if len(order) == 1
                                     else [values_of(row) for row in rows])
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    if converted:
        for n, values in enumerate(params):
            changed = list(values)
            for i, p in converted:
                if changed[i] is not None:
                    changed[i] = p(changed[i])
            params[n] = tuple(changed)
    conn.exec_driver_sql(compiled.string, params)


def apply_client_import(session: Session, actor: Actor, plan: ImportPlan) -> ImportResult:
    """Write every new row in the caller's transaction: all of them, or (on any error) none."""
    require(actor, "import.run")
    if plan.errors:
        raise ValidationError(
            msg("Impor dibatalkan: {error_rows} baris bermasalah. Perbaiki lalu ulangi; "
                "tidak ada data yang disimpan. Galat pertama: {errors}",
                error_rows=plan.error_rows, errors=plan.errors[0]), "file")
    new_rows = [r for r in plan.rows if r.action == "baru"]
    numbers = _next_numbers(session, (r.values["admission_date"].year for r in new_rows))
    records = []
    for r in new_rows:
        year = r.values["admission_date"].year
        reg_no = f"{REG_PREFIX}-{year:04d}-{numbers[year]:05d}"
        numbers[year] += 1
        records.append({**r.values, "reg_no": reg_no, "status": ClientStatus.RESIDENT.value,
                        "current_stage": FIRST_STAGE, "version": 1})
    ids: list[int] = []
    conn = session.connection()  # Core inserts: the ORM adds nothing for plain new rows
    clients = cast(Table, Client.__table__)
    stages_table = cast(Table, StageHistory.__table__)
    if conn.dialect.name == "sqlite":
        # SQLite returns generated ids one statement per row; numbering the rows ourselves
        # inside the transaction lets one executemany write them all.
        start = (session.execute(select(func.max(Client.id))).scalar_one() or 0) + 1
        ids = list(range(start, start + len(records)))
        for record, cid in zip(records, ids, strict=True):
            record["id"] = cid
        _insert_many(conn, clients, records)
    else:
        for chunk in _chunks(records, 2000):
            result = conn.execute(
                insert(clients).returning(clients.c.id, sort_by_parameter_order=True), chunk)
            ids.extend(result.scalars().all())
    stages = [{"client_id": cid, "stage": FIRST_STAGE, "started_on": rec["admission_date"],
               "recorded_by": actor.user_id} for cid, rec in zip(ids, records, strict=True)]
    if conn.dialect.name == "sqlite":
        _insert_many(conn, stages_table, stages)
    else:
        for chunk in _chunks(stages, 2000):
            conn.execute(insert(stages_table), chunk)
    audit(session, actor, "import.clients", "import", None,
          after={"file": plan.file_name, "sheet": plan.sheet_name, "new": len(records),
                 "skipped": plan.skipped, "first_reg_no": records[0]["reg_no"] if records else None,
                 "last_reg_no": records[-1]["reg_no"] if records else None})
    return ImportResult(plan.file_name, len(records), 0, plan.skipped, [],
                        [r["reg_no"] for r in records])


def import_clients(session: Session, actor: Actor, path: str | Path, *, dry_run: bool = False,
                   mapping: dict[int, str] | None = None, sheet_name: str | None = None,
                   today: date | None = None) -> tuple[ImportPlan, ImportResult | None]:
    """Plan and (unless ``dry_run``) apply, for the command line."""
    plan = plan_client_import(session, actor, read_sheet(path, sheet_name), mapping=mapping,
                              today=today)
    if dry_run:
        return plan, None
    return plan, apply_client_import(session, actor, plan)


# ------------------------------------------------------------------------------------ error copy

def write_error_copy(sheet: Sheet, plan: ImportPlan, out_path: str | Path) -> Path:
    """A copy of the sheet with a 'Keterangan Galat' column, for staff to fix and re-import."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    from .exports import set_text_safe

    by_row: dict[int, list[str]] = {}
    for issue in plan.errors:
        by_row.setdefault(issue.row, []).append(f"{issue.column}: {issue.message}")
    wb = Workbook()
    ws = wb.active
    ws.title = (sheet.sheet_name or "Data")[:31]
    width = max((len(r) for r in sheet.rows), default=0)
    red = PatternFill("solid", fgColor="F8D7DA")
    for index, raw in enumerate(sheet.rows, start=1):
        values = list(raw) + [None] * (width - len(raw))
        if index == plan.header_row:
            values.append("Keterangan Galat")
        else:
            values.append("; ".join(by_row.get(index, [])) or None)
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=index, column=col)
            if isinstance(value, str):
                set_text_safe(cell, value)
            elif isinstance(value, (datetime, date)):
                cell.value = value
                cell.number_format = "dd/mm/yyyy"
            else:
                cell.value = value
        if index in by_row:
            for col in range(1, width + 2):
                ws.cell(row=index, column=col).fill = red
        if index == plan.header_row:
            for col in range(1, width + 2):
                ws.cell(row=index, column=col).font = Font(bold=True)
    # Identity numbers stay text so Excel cannot round them.
    for col, key in plan.mapping.items():
        if key in ("nik", "kk"):
            for row in ws.iter_rows(min_col=col + 1, max_col=col + 1):
                row[0].number_format = "@"
    out_path = Path(out_path)
    wb.save(out_path)
    return out_path


def remap(plan: ImportPlan, column: int, key: str | None) -> dict[int, str]:
    """The plan's mapping with one column assigned (or unassigned when ``key`` is None)."""
    mapping = {c: k for c, k in plan.mapping.items() if k != key and c != column}
    if key is not None:
        mapping[column] = key
    return mapping


__all__ = [
    "CLIENT_COLUMNS", "Column", "ImportPlan", "ImportResult", "PlannedRow", "RowIssue", "Sheet",
    "SheetInBackground",
    "apply_client_import", "detect_header", "import_clients", "plan_client_import",
    "read_sheet", "remap", "write_error_copy",
]
