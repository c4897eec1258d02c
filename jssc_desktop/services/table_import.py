"""What every spreadsheet import shares, for the kinds beyond clients (tutors, attendance,
follow-up results): the
header found under title rows by the office's own header words, columns mapped (and re-mappable),
each cell read as staff write it, a plan that names every problem by row and column and writes
nothing, and then all rows or none.

A kind is a :class:`TableKind`: its columns (key, template header, other header words, how a cell
is read) and two functions, one checking the rows against the database and one writing them. The
sheet reading, the error copy and ``remap`` are the client import's own (``services.imports``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ..domain.cells import cell_text
from ..domain.errors import ValidationError
from ..domain.messages import msg
from .base import Actor, require
from .imports import (
    MAX_HEADER_SCAN,
    PlanCounts,
    RowIssue,
    Sheet,
    best_header_row,
    is_blank_row,
    normalize_header,
)


@dataclass(frozen=True)
class TableColumn:
    key: str
    label: str                      # the template's header
    aliases: tuple[str, ...] = ()   # other header words staff use
    parse: Callable[[Any], Any] = cell_text
    required: bool = False


@dataclass(frozen=True)
class TableRow:
    """One sheet row that passed its cell checks: ``values`` by column key."""

    row: int
    values: dict[str, Any]
    action: str = "baru"            # 'baru' | 'lewati' | 'ubah'
    note: str = ""
    ref: Any = None                 # what the kind resolved (ids), for writing


@dataclass
class TablePlan(PlanCounts):
    kind: str
    file_name: str
    sheet_name: str
    header_row: int                          # 1-based
    headers: dict[int, str]
    mapping: dict[int, str]
    unmapped: list[tuple[int, str]]
    rows: list[TableRow]
    errors: list[RowIssue]
    label_of: dict[str, str] = field(default_factory=dict)
    #: What the user decided for this import (e.g. ``confirm_high_income`` for follow-ups).
    options: Mapping[str, Any] = field(default_factory=dict)
    #: Rows refused only because a value needs the user's confirmation (see ``options``).
    unconfirmed: list[int] = field(default_factory=list)

    def column_label(self, key: str) -> str:
        """The header as written in the sheet for ``key`` (else the template's)."""
        col = next((c for c, k in self.mapping.items() if k == key), None)
        if col is not None and self.headers.get(col):
            return self.headers[col]
        return self.label_of.get(key, key)


@dataclass(frozen=True)
class TableResult:
    file_name: str
    new: int
    updated: int
    skipped: int
    errors: list[RowIssue] = field(default_factory=list)


Checker = Callable[[Session, Actor, TablePlan], None]
Writer = Callable[[Session, Actor, TablePlan], TableResult]


@dataclass(frozen=True)
class TableKind:
    kind: str
    title: str                          # 'tutor', 'kehadiran' (in messages)
    columns: tuple[TableColumn, ...]
    #: the header row must have these columns (they say which table this is)
    header_needs: tuple[str, ...]
    check: Checker
    write: Writer
    hint: str = ""

    @property
    def by_key(self) -> dict[str, TableColumn]:
        return {c.key: c for c in self.columns}

    def aliases(self) -> dict[str, str]:
        return {normalize_header(a): c.key for c in self.columns for a in (c.label, *c.aliases)}


def detect_table_header(kind: TableKind,
                        rows: Sequence[Sequence[Any]]) -> tuple[int, dict[int, str]]:
    """The row (0-based) among the first 30 whose cells match the most known header words, and
    column index → key; title rows and merged cells above the table are skipped."""
    best, best_map = best_header_row(rows, kind.aliases())
    if best < 0 or not set(kind.header_needs) <= set(best_map.values()):
        names = ", ".join(f"'{kind.by_key[k].label}'" for k in kind.header_needs)
        raise ValidationError(
            msg("Baris judul kolom {title} tidak ditemukan: pastikan ada kolom {names} di "
                "{max_header_scan} baris pertama.",
                title=kind.title, names=names, max_header_scan=MAX_HEADER_SCAN), "header")
    return best, best_map


def plan_table_import(session: Session, actor: Actor, kind: TableKind, sheet: Sheet, *,
                      mapping: dict[int, str] | None = None,
                      header_row: int | None = None,
                      options: Mapping[str, Any] | None = None) -> TablePlan:
    """Read every row, check it, and say what an import would do. Nothing is written.
    ``options`` are the user's decisions the kind reads (kept on the plan)."""
    require(actor, "import.run")
    if mapping is None or header_row is None:
        detected_row, detected_map = detect_table_header(kind, sheet.rows)
        header_index = detected_row if header_row is None else header_row - 1
        mapping = dict(detected_map if mapping is None else mapping)
    else:
        header_index = header_row - 1
        mapping = dict(mapping)
    known = kind.by_key
    unknown = set(mapping.values()) - set(known)
    if unknown:
        raise ValidationError(msg("Kolom tujuan tidak dikenal: {items}.",
                                  items=', '.join(sorted(unknown))),
                              "mapping")
    header_cells = sheet.rows[header_index] if header_index < len(sheet.rows) else ()
    headers = {i: cell_text(v) or "" for i, v in enumerate(header_cells) if cell_text(v)}
    plan = TablePlan(kind.kind, sheet.file_name, sheet.sheet_name, header_index + 1, headers,
                     mapping, [(i, h) for i, h in headers.items() if i not in mapping], [], [],
                     {c.key: c.label for c in kind.columns}, dict(options or {}))
    for needed in kind.columns:
        if needed.required and needed.key not in mapping.values():
            plan.errors.append(RowIssue(header_index + 1, needed.label,
                                        msg("kolom wajib '{column}' tidak ada di lembar ini.",
                                            column=needed.label)))
    for index in range(header_index + 1, len(sheet.rows)):
        raw = sheet.rows[index]
        if is_blank_row(raw):
            continue
        values: dict[str, Any] = {}
        problems: list[RowIssue] = []
        for col, key in mapping.items():
            try:
                values[key] = known[key].parse(raw[col] if col < len(raw) else None)
            except ValidationError as exc:
                problems.append(RowIssue(index + 1, plan.column_label(key), exc.message))
        for column in kind.columns:
            if column.required and values.get(column.key) is None and \
                    column.key in mapping.values() and not problems:
                problems.append(RowIssue(index + 1, plan.column_label(column.key),
                                         "wajib diisi."))
        if problems:
            plan.errors.extend(problems)
        else:
            plan.rows.append(TableRow(index + 1, values))
    if not plan.errors or all(e.row != header_index + 1 for e in plan.errors):
        kind.check(session, actor, plan)
    plan.errors.sort(key=lambda e: e.row)
    return plan


def apply_table_import(session: Session, actor: Actor, kind: TableKind,
                       plan: TablePlan) -> TableResult:
    """Write every planned row in the caller's transaction: all of them, or (on any error)
    none."""
    require(actor, "import.run")
    if plan.errors:
        raise ValidationError(
            msg("Impor dibatalkan: {error_rows} baris bermasalah. Perbaiki lalu ulangi; "
                "tidak ada data yang disimpan. Galat pertama: {errors}",
                error_rows=plan.error_rows, errors=plan.errors[0]), "file")
    return kind.write(session, actor, plan)


def remap_table(plan: TablePlan, column: int, key: str | None) -> dict[int, str]:
    """The plan's mapping with one column assigned (or unassigned when ``key`` is None)."""
    mapping = {c: k for c, k in plan.mapping.items() if k != key and c != column}
    if key is not None:
        mapping[column] = key
    return mapping


def kind_named(name: str) -> TableKind:
    """The import of ``name`` (tutors|attendance|followups)."""
    if name == "tutors":
        from .tutor_import import TUTORS

        return TUTORS
    if name == "attendance":
        from .attendance_import import ATTENDANCE_IMPORT

        return ATTENDANCE_IMPORT
    if name == "followups":
        from .followup_import import FOLLOWUPS

        return FOLLOWUPS
    raise ValidationError(msg("Jenis impor tidak dikenal: '{name}'; pilih tutors, attendance atau "
                          "followups.", name=name), "kind")


__all__ = ["TableColumn", "TableKind", "TablePlan", "TableResult", "TableRow",
           "apply_table_import", "detect_table_header", "kind_named", "plan_table_import",
           "remap_table"]
