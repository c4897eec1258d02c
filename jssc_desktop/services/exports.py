"""Lists to XLSX and CSV, exactly as shown on screen, with user text that can never run.

A cell whose text begins with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) is read by
Excel as a formula: a known way to smuggle commands in through a name or an address typed by
someone. Every text value written here stays text. openpyxl is imported when first used.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..fileutil import atomic_file

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: What a workbook cannot hold: the C0 control characters other than tab, line feed and carriage
#: return (openpyxl raises IllegalCharacterError on them) and lone surrogates (not UTF-8).
XLSX_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def xlsx_text(text: str) -> str:
    """``text`` without the characters a workbook cannot hold (pasted from other programs)."""
    return XLSX_ILLEGAL.sub("", text)


def set_text_safe(cell: Any, text: str) -> None:
    """Put ``text`` in an openpyxl cell as a plain string, never a formula."""
    text = xlsx_text(text)
    cell.value = text
    if text.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True


def csv_safe(value: Any) -> Any:
    """For CSV, a leading apostrophe is the accepted way to keep a formula-like text as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_table(path: str | Path, title: str, headers: Sequence[str],
                 rows: Iterable[Sequence[Any]], *, money_columns: Sequence[int] = (),
                 percent_columns: Sequence[int] = ()) -> Path:
    """Write a list to ``path`` (.xlsx or .csv, by its suffix); returns the path.

    ``money_columns``/``percent_columns`` are 0-based indexes shown as Rupiah / percentages."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(msg("Ekspor hanya ke berkas .xlsx atau .csv."), "file")
    with atomic_file(path) as tmp:
        if suffix == ".csv":
            _write_csv(tmp, headers, rows)
        else:
            _write_xlsx(tmp, title, headers, rows, money_columns, percent_columns)
    return path


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    # UTF-8 with BOM and semicolons: what Excel in an Indonesian locale opens correctly.
    with path.open("w", encoding="utf-8-sig", errors="replace", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([csv_safe(_plain(v)) for v in row])


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal):
        return float(value)
    if value is None:
        return ""
    return value


def _write_xlsx(path: Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                money_columns: Sequence[int], percent_columns: Sequence[int]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = _sheet_title(title)
    fill = PatternFill("solid", fgColor="1F6F5C")
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col)
        set_text_safe(cell, str(header))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    widths = [len(str(h)) + 2 for h in headers]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                set_text_safe(cell, value)
            elif isinstance(value, datetime):
                cell.value = value
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = "dd/mm/yyyy"
            elif isinstance(value, Decimal):
                cell.value = float(value)
            else:
                cell.value = value
            if c - 1 in money_columns:
                cell.number_format = '"Rp" #,##0'
            elif c - 1 in percent_columns:
                cell.number_format = "0.0%"
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], min(60, len(str(_plain(value))) + 2))
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.page_setup.orientation = "landscape" if len(headers) > 6 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


def _sheet_title(title: str) -> str:
    bad = '[]:*?/\\'
    clean = "".join("-" if ch in bad else ch for ch in title).strip() or "Data"
    return clean[:31]
