"""The report description (:mod:`.layout`) applied to a data set: tables of rows with codes,
labels and typed values, ready for any renderer, and the comparison of two data sets by table,
row code and column.

Everything here works on the JSON form of a data set (:meth:`ReportDataset.to_dict`), so an
archived data set stored years ago renders and compares the same way; a figure it lacks is
``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.formatting import (
    format_date,
    format_nip,
    format_number,
    format_percent,
    format_rupiah,
    round_half_up,
)
from .layout import LAYOUT
from .model import ReportStatus

NUMERIC = ("int", "rp", "pct")


@dataclass
class Column:
    key: str
    header: str
    kind: str
    flag: bool = False


@dataclass
class Row:
    code: str
    label: str
    values: list[Any]
    kinds: list[str]


@dataclass
class Table:
    code: str
    title: str
    sheet: str
    label: str
    columns: list[Column]
    rows: list[Row]
    total: Row | None = None
    note: str = ""
    listing: bool = False
    chart: dict[str, Any] | None = None


@dataclass
class Section:
    code: str
    title: str
    tables: list[Table] = field(default_factory=list)


def get(data: Any, path: str) -> Any:
    """``get(d, "flow.at_end")``; None where any step is missing."""
    for part in path.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def _as_date(value: Any) -> date | None:
    if isinstance(value, date) or value is None:
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def placeholders(data: dict[str, Any]) -> dict[str, str]:
    """The words ``{end}``, ``{as_of}``, ``{previous}``, ``{last_year}``, ``{year}`` stand for."""
    end = _as_date(get(data, "period.end"))
    as_of = _as_date(get(data, "followups.as_of")) or end
    return {
        "end": format_date(end), "as_of": format_date(as_of),
        "previous": str(get(data, "context.previous_label") or "Periode sebelumnya"),
        "last_year": str(get(data, "context.last_year_label") or "Tahun lalu"),
        "year": str(get(data, "context.target_year") or (end.year if end else "")),
    }


def _fill(text: str, words: dict[str, str]) -> str:
    for key, value in words.items():
        text = text.replace("{" + key + "}", value)
    return text


def _table(spec: dict[str, Any], data: dict[str, Any], words: dict[str, str]) -> Table:
    columns = [Column(c["key"], _fill(c["header"], words), c["kind"], bool(c.get("flag")))
               for c in spec["columns"]]
    rows: list[Row] = []
    raw_rows: list[dict[str, Any]] = []
    if "fixed" in spec:
        for fx in spec["fixed"]:
            values = [get(data, fx["values"][c.key]) if c.key in fx["values"] else None
                      for c in columns]
            # a column the row does not fill stays empty (not a zero that was never counted)
            kinds = [("text" if c.key not in fx["values"] else
                      fx["kind"] if c.kind == "row" else c.kind) for c in columns]
            rows.append(Row(fx["code"], _fill(fx["label"], words), values, kinds))
    else:
        code_key = spec.get("code_key", "code")
        label_key = spec.get("label_key", "name")
        raw_rows = [r for r in (get(data, spec["rows"]) or []) if isinstance(r, dict)]
        for item in raw_rows:
            kinds = [str(item.get("kind") or "int") if c.kind == "row" else c.kind
                     for c in columns]
            rows.append(Row(str(item.get(code_key) or ""), str(item.get(label_key) or ""),
                            [get(item, c.key) for c in columns], kinds))
    total = _total(spec, data, columns, rows)
    for i, col in enumerate(spec["columns"]):
        share = col.get("share")
        if share is None:
            continue
        j = [c.key for c in columns].index(share)
        whole = total.values[j] if total is not None else None
        for row in rows:
            row.values[i] = row.values[j] / whole if whole else None
        if total is not None:
            total.values[i] = 1.0 if whole else None
    return Table(spec["code"], _fill(spec["title"], words), spec["sheet"], spec["label"],
                 columns, rows, total, _fill(spec.get("note", ""), words),
                 bool(spec.get("listing")), spec.get("chart"))


def _total(spec: dict[str, Any], data: dict[str, Any], columns: list[Column],
           rows: list[Row]) -> Row | None:
    how = spec.get("total")
    if how is None:
        return None
    kinds = [c.kind for c in columns]
    if how == "sum":
        nosum = {c["key"] for c in spec["columns"] if c.get("nosum")}
        values = [sum(r.values[i] or 0 for r in rows)
                  if c.kind in ("int", "rp") and c.key not in nosum else None
                  for i, c in enumerate(columns)]
        return Row("", "Jumlah", values, kinds)
    source = get(data, how) or {}
    return Row("", "Jumlah", [get(source, c.key) for c in columns], kinds)


def resolve(data: dict[str, Any]) -> list[Section]:
    """Every section and table of the report for the data set ``data`` (JSON form)."""
    words = placeholders(data)
    return [Section(s["code"], s["title"], [_table(t, data, words) for t in s["tables"]])
            for s in LAYOUT["sections"]]


def all_tables(data: dict[str, Any]) -> list[Table]:
    return [t for s in resolve(data) for t in s.tables]


# ----------------------------------------------------------------------- one way to show numbers


def status_line(status: ReportStatus | None) -> str:
    """The status as printed on every page: ``SEMENTARA · data per 30 November 2026``,
    ``DISETUJUI 2 November 2026 oleh … · checksum …``, ``PERBAIKAN KE-1 · data per …``."""
    if status is None:
        return ""
    if status.state == "disetujui":
        when = format_date(status.approved_at.date()) if status.approved_at else ""
        revised = f" (perbaikan ke-{status.revision})" if status.revision else ""
        return (f"DISETUJUI{revised} {when} oleh {status.approved_by} · checksum "
                f"{status.checksum[:16]}").strip()
    return f"{status.word} · data per {format_date(status.as_of)}"


def period_phrase(kind_name: str, label: str) -> str:
    """``Laporan Triwulan III 2026`` rather than ``Laporan Triwulan Triwulan III 2026``."""
    if label.lower().startswith(kind_name.lower()):
        return f"Laporan {label}"
    return f"Laporan {kind_name} {label}"




def shown(value: Any, kind: str) -> str:
    """A value as the report prints it (percentages rounded half up, one decimal)."""
    if kind == "int":
        return "–" if value is None else format_number(value)
    if kind == "pct":
        return format_percent(value)
    if kind == "rp":
        return "–" if value is None else format_rupiah(value)
    if kind == "date":
        return format_date(_as_date(value))
    if kind == "nip":
        return format_nip(value)
    return "" if value is None else str(value)


def cell_value(value: Any, kind: str) -> Any:
    """A value as the workbook stores it: a percentage as its fraction rounded half up to the
    shown digits (so Excel's ``0.0%`` shows exactly what the PDF prints), dates as dates."""
    if kind == "pct":
        return None if value is None else float(round_half_up(value, 3))
    if kind == "int":
        return None if value is None else int(value)
    if kind == "rp":
        return None if value is None else int(round_half_up(value))
    if kind == "date":
        return _as_date(value)
    if kind == "nip":
        return format_nip(value)
    return "" if value is None else str(value)


# ------------------------------------------------------------------------- what changed, in words


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """``['2.1 Alur klien · 2 Klien masuk dalam periode · Jumlah: 12 → 13', …]``: every value
    of every table that differs between two data sets, matched by table, row code and
    column."""
    before = {t.code: t for t in all_tables(old)}
    lines: list[str] = []
    for table in all_tables(new):
        was = before.get(table.code)
        old_rows = {r.code or r.label: r for r in (was.rows if was else [])}
        new_rows = {r.code or r.label: r for r in table.rows}
        for key in [*old_rows, *[k for k in new_rows if k not in old_rows]]:
            a, b = old_rows.get(key), new_rows.get(key)
            row = b or a
            if row is None:
                continue
            for i, col in enumerate(table.columns):
                kind = row.kinds[i]
                va = a.values[i] if a is not None else None
                vb = b.values[i] if b is not None else None
                if shown(va, kind) != shown(vb, kind):
                    where = f"{row.code} {row.label}".strip()
                    lines.append(f"{table.code} {table.title} · {where} · {col.header}: "
                                 f"{shown(va, kind) or '–'} → {shown(vb, kind) or '–'}")
    return lines
