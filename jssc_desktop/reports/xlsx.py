"""The periodic report as an Excel workbook: a cover sheet and one sheet per table of the report
description (:mod:`.layout`), each row with its code, zeros included.

Values only, never formulas: every number is the one of the data set (so the PDF and the
workbook agree), and any text that a spreadsheet could read as a formula (starting with
``= + - @``, a tab or a carriage return) is stored as text with a quote prefix, so a client,
tutor or request name typed as ``=HYPERLINK(...)`` can never run. openpyxl is imported inside
the functions.
"""

from __future__ import annotations

import io
from copy import copy
from typing import Any

from ..domain.formatting import format_date, format_datetime, format_nip
from ..domain.language import official
from ..services.exports import xlsx_text
from .model import ReportDataset
from .tables import Table, cell_value, period_phrase, resolve, status_line

TEXT, INT, RP, PCT, DATE = "text", "int", "rp", "pct", "date"
FORMATS = {INT: "#,##0", RP: '"Rp" #,##0', PCT: "0.0%", DATE: "DD/MM/YYYY"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = "D9E2F3"
TOTAL_FILL = "EDEDED"
LANDSCAPE_FROM = 7  # columns


def safe_text(value: str) -> str:
    """Text without the control characters a workbook cannot hold."""
    return xlsx_text(value)


def put(ws: Any, row: int, col: int, value: Any, kind: str = TEXT) -> Any:
    """Write one value; text that looks like a formula stays text."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = safe_text(value)
        cell.value = text
        if text.startswith(FORMULA_START):
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value
        if kind in FORMATS and value is not None:
            cell.number_format = FORMATS[kind]
    return cell


class _Styles:
    """Cell styles worked out once per combination, then copied to every cell that has it.

    openpyxl files a font, fill, border or alignment given to a cell by hashing and comparing
    the whole object with the workbook's list of them, every time: for the few thousand styled
    cells of a report that was most of the workbook's writing time. A cell's style is a small
    array of those list positions (``cell._style``); the first cell of each combination gets
    the objects, the others a copy of its array, so the file is the same."""

    def __init__(self) -> None:
        self._seen: dict[tuple[Any, ...], Any] = {}

    def apply(self, cell: Any, name: str, **attributes: Any) -> Any:
        # with the number format and quote prefix that put() gave it (no array: unstyled)
        key = (name, *(cell._style if cell._style is not None else ()))
        done = self._seen.get(key)
        if done is not None:
            cell._style = copy(done)
            return cell
        for attribute, value in attributes.items():
            setattr(cell, attribute, value)
        self._seen[key] = copy(cell._style)
        return cell


@official
def render_xlsx(ds: ReportDataset) -> bytes:
    """The workbook as bytes."""
    from openpyxl import Workbook

    data = ds.to_dict()
    sections = resolve(data)
    wb = Workbook()
    cover = wb.active
    cover.title = "Sampul"
    tables = [tb for s in sections for tb in s.tables]
    _cover(cover, ds, tables)
    sheets: dict[str, list[Table]] = {}
    for table in tables:
        sheets.setdefault(table.sheet, []).append(table)
    styles = _Styles()
    for name, group in sheets.items():
        _write_sheet(wb.create_sheet(name), group, ds, styles)
    wb.properties.title = ds.title
    wb.properties.creator = "JSSC Desktop"
    wb.properties.subject = period_phrase(ds.period.kind_name, ds.period.label)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# ----------------------------------------------------------------------------------- layout


def _cover(ws: Any, ds: ReportDataset, tables: list[Table]) -> None:
    from openpyxl.styles import Alignment, Font

    p, sig = ds.profile, ds.signature
    lines: list[tuple[str, Any, str]] = [
        ("PEMERINTAH PROVINSI JAWA TIMUR", None, TEXT),
        ("DINAS SOSIAL", None, TEXT),
        (p.name.upper(), None, TEXT),
        (p.address, None, TEXT),
        ("", None, TEXT),
        (ds.title, None, TEXT),
        (status_line(ds.status), None, TEXT),
        ("Periode", ds.period.label, TEXT),
        ("Tanggal awal", ds.period.start, DATE),
        ("Tanggal akhir", ds.period.end, DATE),
        ("Nama UPT", p.name, TEXT),
        ("Kode UPT", p.code, TEXT),
        ("Kabupaten/kota", p.kab_kota_name, TEXT),
        ("Kapasitas", p.capacity, INT),
        ("Klien pada akhir periode", ds.flow.at_end, INT),
        ("Tingkat hunian", cell_value(ds.flow.occupancy, PCT), PCT),
        ("Tempat, tanggal", f"{sig.place}, {format_date(sig.day)}".strip(", "), TEXT),
        ("Kepala UPT", sig.head_name, TEXT),
        ("NIP", format_nip(sig.head_nip), TEXT),
        ("Dibuat", format_datetime(ds.generated_at), TEXT),
        ("", None, TEXT),
        ("Isi buku kerja", None, TEXT),
    ]
    lines += [(table.sheet, f"{table.code} {table.title}", TEXT) for table in tables]
    for r, (label, value, kind) in enumerate(lines, start=1):
        put(ws, r, 1, label)
        if value is not None:
            put(ws, r, 2, value, kind).alignment = Alignment(horizontal="left")
    for r in (1, 2, 3, 6, 22):
        ws.cell(row=r, column=1).font = Font(bold=True, size=12 if r != 22 else 11)
    ws.cell(row=7, column=1).font = Font(bold=True, color="991A1A")
    for r in range(8, 21):
        ws.cell(row=r, column=1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70
    _print_setup(ws, columns=2, header_row=None)


def _write_sheet(ws: Any, tables: list[Table], ds: ReportDataset, styles: _Styles) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor=TOTAL_FILL)
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    centered = Alignment(horizontal="center", vertical="center", wrap_text=True)
    put(ws, 1, 1, f"{tables[0].code} {tables[0].title}").font = Font(bold=True, size=12)
    put(ws, 2, 1, f"{ds.profile.name} · {ds.period.label} · "
                  f"{status_line(ds.status)}").font = Font(italic=True)
    row = 4
    widths: dict[int, int] = {}
    first_header: int | None = None
    columns = max(len(t.columns) + 2 for t in tables)
    for n, table in enumerate(tables):
        if n:
            put(ws, row, 1, f"{table.code} {table.title}").font = bold
            row += 1
        header = ["Kode", table.label, *[c.header for c in table.columns]]
        for c, text in enumerate(header, start=1):
            styles.apply(put(ws, row, c, text), "header", font=bold, fill=head_fill,
                         border=border, alignment=centered)
            widths[c] = max(widths.get(c, 0), min(len(text), 24) + 2)
        if first_header is None:
            first_header = row
        row += 1
        lines = [*table.rows, *([table.total] if table.total is not None else [])]
        for i, line in enumerate(lines):
            is_total = table.total is not None and i == len(lines) - 1
            cells: list[tuple[Any, str]] = [(line.code, TEXT), (line.label, TEXT)]
            cells += [(None if is_total and v is None else cell_value(v, k), k)
                      for v, k in zip(line.values, line.kinds, strict=True)]
            for c, (value, kind) in enumerate(cells, start=1):
                cell = put(ws, row, c, value, kind)
                if is_total:
                    styles.apply(cell, "total", border=border, font=bold, fill=total_fill)
                else:
                    styles.apply(cell, "cell", border=border)
                widths[c] = max(widths.get(c, 0), _shown_length(value, kind) + 2)
            row += 1
        if table.note:
            put(ws, row, 1, table.note).font = Font(italic=True, size=9)
            row += 1
        row += 1
    for c, w in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = max(8, min(w, 60))
    if first_header is not None:
        ws.freeze_panes = ws.cell(row=first_header + 1, column=1)
    _print_setup(ws, columns=columns, header_row=first_header)


def _shown_length(value: Any, kind: str) -> int:
    if value is None:
        return 1
    if kind == RP:
        return len(f"Rp {value:,}") if isinstance(value, int) else 12
    if kind == PCT:
        return 7
    if kind == DATE:
        return 10
    if isinstance(value, (int, float)):
        return len(f"{value:,}")
    return len(str(value))


def _print_setup(ws: Any, *, columns: int, header_row: int | None) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if columns >= LANDSCAPE_FROM else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddFooter.center.text = "Halaman &P dari &N"
