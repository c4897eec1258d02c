"""A workbook of plain tables written straight as SpreadsheetML (the XLSX format): sheets of
rows of text and numbers, a bold header row, column widths and cells shown as percentages.

The province report writes seven such sheets, about 4,000 cells, twelve times for a year's
reports; openpyxl spends some 20 µs a cell building a cell object and serialising it element by
element (80-100 ms a workbook), where these rows are joined as text (a few ms). The result is
read back by openpyxl in the tests, value by value, with its fonts and number formats. Only what
these tables need is written: no formulas, dates, merged cells or styles beyond the three below.
Each sheet prints as the report's own workbook does: A4, one page wide (landscape from
:data:`LANDSCAPE_FROM` columns), centred, its header row frozen on screen and repeated on every
printed page, and "Halaman n dari m" in the footer. The parts of a worksheet are written in the
order the format prescribes (Excel refuses a file whose parts are out of order).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

#: Cell styles (``cellXfs`` of styles.xml): plain, bold (a header), percentage with one decimal.
PLAIN, BOLD, PERCENT = 0, 1, 2
#: A sheet of this many columns or more prints in landscape (as the report's workbook).
LANDSCAPE_FROM = 7

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: Characters XML 1.0 cannot hold (openpyxl refuses them too): dropped from text.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_INF = float("inf")
_CONTENT_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"

_STYLES = (
    f'{_XML}<styleSheet xmlns="{_NS}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>')


@dataclass
class Sheet:
    """One sheet: ``rows`` of values (text, int, float or None for an empty cell); ``styles``
    gives a cell's style by (row, column), 0-based, where it is not PLAIN."""

    title: str
    widths: Sequence[float]
    rows: list[list[Any]] = field(default_factory=list)
    styles: dict[tuple[int, int], int] = field(default_factory=dict)
    #: How many rows at the top are the header: frozen on screen, repeated on printed pages.
    header_rows: int = 1


def _column(n: int) -> str:
    """``A`` … ``Z``, ``AA`` … for the 0-based column ``n``."""
    name = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name


def _text(value: str) -> str:
    value = _ILLEGAL.sub("", value)
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f"<is><t{space}>{escape(value)}</t></is>"


def _cell(ref: str, value: Any, style: int) -> str:
    s = f' s="{style}"' if style else ""
    kind = type(value)
    if kind is bool:
        return f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>'
    if kind is int:
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    if kind is float:
        if value != value or value in (_INF, -_INF):  # no number Excel reads: empty, as openpyxl
            return f'<c r="{ref}"{s}/>'
        return f'<c r="{ref}"{s}><v>{value:.16g}</v></c>'  # openpyxl's precision
    return f'<c r="{ref}" t="inlineStr"{s}>{_text(str(value))}</c>'


def _frozen(sheet: Sheet) -> int:
    """How many header rows are frozen and printed on every page (none on an empty sheet)."""
    return min(sheet.header_rows, len(sheet.rows)) if len(sheet.rows) > sheet.header_rows else 0


def _sheet_xml(sheet: Sheet) -> bytes:
    columns = max((len(r) for r in sheet.rows), default=0)
    names = [_column(c) for c in range(max(columns, len(sheet.widths)))]
    out = [f'{_XML}<worksheet xmlns="{_NS}">', '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>']
    frozen = _frozen(sheet)
    if frozen:
        out.append(f'<sheetViews><sheetView workbookViewId="0"><pane ySplit="{frozen}" '
                   f'topLeftCell="A{frozen + 1}" activePane="bottomLeft" state="frozen"/>'
                   '</sheetView></sheetViews>')
    if sheet.widths:
        out.append("<cols>")
        out += [f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                for i, w in enumerate(sheet.widths, start=1)]
        out.append("</cols>")
    out.append("<sheetData>")
    styles = sheet.styles
    for r, row in enumerate(sheet.rows):
        number = r + 1
        cells = [_cell(f"{names[c]}{number}", v, styles.get((r, c), PLAIN))
                 for c, v in enumerate(row) if v is not None]
        out.append(f'<row r="{number}">{"".join(cells)}</row>')
    orientation = "landscape" if max(columns, len(sheet.widths)) >= LANDSCAPE_FROM else "portrait"
    out.append(
        '</sheetData><printOptions horizontalCentered="1"/>'
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" '
        'footer="0.3"/>'
        f'<pageSetup paperSize="9" orientation="{orientation}" fitToWidth="1" fitToHeight="0"/>'
        "<headerFooter><oddFooter>&amp;CHalaman &amp;P dari &amp;N</oddFooter></headerFooter>"
        "</worksheet>")
    return "".join(out).encode("utf-8")


def _print_titles(sheets: Sequence[Sheet], titles: list[str]) -> str:
    """The header rows each sheet repeats on every printed page (Excel's "print titles")."""
    names = []
    for i, (sheet, title) in enumerate(zip(sheets, titles, strict=True)):
        frozen = _frozen(sheet)
        if frozen:
            quoted = _ILLEGAL.sub("", title).replace("'", "''")
            rows = escape(f"'{quoted}'!$1:${frozen}")
            names.append(f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">{rows}'
                         "</definedName>")
    return f"<definedNames>{''.join(names)}</definedNames>" if names else ""


def workbook(sheets: Sequence[Sheet]) -> bytes:
    """The XLSX file of ``sheets``, in order (titles at most 31 characters, unique)."""
    titles = [s.title[:31] for s in sheets]
    if len(set(titles)) != len(titles) or not titles:
        raise ValueError("sheet titles must be unique and at least one sheet given")
    n = len(sheets)
    types = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        f'ContentType="{_CONTENT_TYPES}.worksheet+xml"/>' for i in range(1, n + 1))
    content_types = (
        f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CONTENT_TYPES}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_CONTENT_TYPES}.styles+xml"/>'
        f"{types}</Types>")
    root_rels = (
        f'{_XML}<Relationships xmlns="{_PKG_REL_NS}"><Relationship Id="rId1" '
        f'Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    book = (
        f'{_XML}<workbook xmlns="{_NS}" xmlns:r="{_REL_NS}"><sheets>'
        + "".join(f'<sheet name={quoteattr(_ILLEGAL.sub("", t))} sheetId="{i}" r:id="rId{i}"/>'
                  for i, t in enumerate(titles, start=1))
        + "</sheets>" + _print_titles(sheets, titles) + "</workbook>")
    book_rels = (
        f'{_XML}<Relationships xmlns="{_PKG_REL_NS}">'
        + "".join(f'<Relationship Id="rId{i}" Type="{_REL_NS}/worksheet" '
                  f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
        + f'<Relationship Id="rId{n + 1}" Type="{_REL_NS}/styles" Target="styles.xml"/>'
        "</Relationships>")
    parts: list[tuple[str, str | bytes]] = [
        ("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
        ("xl/workbook.xml", book), ("xl/_rels/workbook.xml.rels", book_rels),
        ("xl/styles.xml", _STYLES)]
    parts += [(f"xl/worksheets/sheet{i}.xml", _sheet_xml(sheet))
              for i, sheet in enumerate(sheets, start=1)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in parts:
            # a fixed time in the zip: the same tables give the same file
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)
    return buf.getvalue()
