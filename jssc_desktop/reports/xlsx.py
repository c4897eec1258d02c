"""The periodic report as an Excel workbook: a cover sheet and one sheet per table of the report
description (:mod:`.layout`), each row with its code, zeros included.

Values only, never formulas: every number is the one of the data set (so the PDF and the
workbook agree), and any text that a spreadsheet could read as a formula (starting with
``= + - @``, a tab or a carriage return) is stored as text with a quote prefix, so a client,
tutor or request name typed as ``=HYPERLINK(...)`` can never run. The file is written by
:mod:`.sheets` (SpreadsheetML joined as text; openpyxl reads it back in the tests).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..domain.formatting import format_date, format_datetime, format_nip
from ..domain.language import official
from ..services.exports import xlsx_text
from .model import ReportDataset
from .sheets import PLAIN, Sheet, Style, workbook
from .tables import Table, cell_value, period_phrase, resolve, status_line

TEXT, INT, RP, PCT, DATE = "text", "int", "rp", "pct", "date"
FORMATS = {INT: "#,##0", RP: '"Rp" #,##0', PCT: "0.0%", DATE: "DD/MM/YYYY"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = "D9E2F3"
TOTAL_FILL = "EDEDED"
BORDER = "A6A6A6"

BOLD = Style(bold=True)
TITLE = Style(bold=True, size=12)
ITALIC = Style(italic=True)
NOTE = Style(italic=True, size=9)
HEADER = Style(bold=True, fill=HEADER_FILL, border=BORDER, horizontal="center",
               vertical="center", wrap=True)
BODY = Style(border=BORDER)
TOTAL = Style(bold=True, fill=TOTAL_FILL, border=BORDER)


def safe_text(value: str) -> str:
    """Text without the control characters a workbook cannot hold."""
    return xlsx_text(value)


class _Grid:
    """The cells of one sheet as :class:`.sheets.Sheet` wants them, placed by 1-based row and
    column as a spreadsheet names them."""

    def __init__(self, title: str) -> None:
        self.sheet = Sheet(title, [], header_rows=0)

    def put(self, row: int, col: int, value: Any, kind: str = TEXT,
            style: Style = PLAIN) -> None:
        """One value with its style; text that looks like a formula stays text, a number or
        date gets its kind's format."""
        if isinstance(value, str):
            value = safe_text(value)
            if value.startswith(FORMULA_START):
                style = replace(style, quote_prefix=True)
            elif not value:
                value = None  # an empty text is an empty cell
        elif value is not None and kind in FORMATS:
            style = replace(style, number_format=FORMATS[kind])
        rows = self.sheet.rows
        while len(rows) < row:
            rows.append([])
        cells = rows[row - 1]
        if len(cells) < col:
            cells.extend([None] * (col - len(cells)))
        cells[col - 1] = value
        if style != PLAIN:
            self.sheet.styles[row - 1, col - 1] = style


@official
def render_xlsx(ds: ReportDataset) -> bytes:
    """The workbook as bytes."""
    data = ds.to_dict()
    sections = resolve(data)
    tables = [tb for s in sections for tb in s.tables]
    sheets = [_cover(ds, tables)]
    grouped: dict[str, list[Table]] = {}
    for table in tables:
        grouped.setdefault(table.sheet, []).append(table)
    sheets += [_table_sheet(name, group, ds) for name, group in grouped.items()]
    return workbook(sheets, title=ds.title,
                    subject=period_phrase(ds.period.kind_name, ds.period.label))


# ----------------------------------------------------------------------------------- layout


def _cover(ds: ReportDataset, tables: list[Table]) -> Sheet:
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
    label_styles = {1: TITLE, 2: TITLE, 3: TITLE, 6: TITLE, 22: BOLD,
                    7: Style(bold=True, color="991A1A"),
                    **{r: BOLD for r in range(8, 21)}}
    grid = _Grid("Sampul")
    for r, (label, value, kind) in enumerate(lines, start=1):
        grid.put(r, 1, label, style=label_styles.get(r, PLAIN))
        if value is not None:
            grid.put(r, 2, value, kind, Style(horizontal="left"))
    grid.sheet.widths = [30, 70]
    return grid.sheet


def _table_sheet(name: str, tables: list[Table], ds: ReportDataset) -> Sheet:
    grid = _Grid(name)
    grid.put(1, 1, f"{tables[0].code} {tables[0].title}", style=TITLE)
    grid.put(2, 1, f"{ds.profile.name} · {ds.period.label} · {status_line(ds.status)}",
             style=ITALIC)
    row = 4
    widths: dict[int, int] = {}
    first_header: int | None = None
    for n, table in enumerate(tables):
        if n:
            grid.put(row, 1, f"{table.code} {table.title}", style=BOLD)
            row += 1
        header = ["Kode", table.label, *[c.header for c in table.columns]]
        for c, text in enumerate(header, start=1):
            grid.put(row, c, text, style=HEADER)
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
                grid.put(row, c, value, kind, TOTAL if is_total else BODY)
                widths[c] = max(widths.get(c, 0), _shown_length(value, kind) + 2)
            row += 1
        if table.note:
            grid.put(row, 1, table.note, style=NOTE)
            row += 1
        row += 1
    sheet = grid.sheet
    sheet.widths = [max(8, min(widths.get(c, 8), 60)) for c in range(1, max(widths) + 1)]
    if first_header is not None:
        sheet.header_rows = first_header
        sheet.repeat = (first_header, first_header)
    return sheet


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
