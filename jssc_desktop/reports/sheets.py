"""A workbook of plain tables written straight as SpreadsheetML (the XLSX format): sheets of
rows of text, numbers and dates, each cell with a :class:`Style` (font, fill, thin border,
alignment, number format), column widths, frozen header rows and print setup.

The province report writes seven such sheets, about 4,000 cells, twelve times for a year's
reports, and a UPT's periodic report some 3,000 styled cells in twenty sheets; openpyxl spends
some 20-60 µs a cell building a cell object, filing its style and serialising it element by
element (80-300 ms a workbook, plus 0.1 s to import it), where these rows are joined as text (a
few ms). The result is read back by openpyxl in the tests, value by value, with its fonts, fills,
borders and number formats. Only what these tables need is written: no formulas, merged cells,
images or shared strings (text is stored inline).
Each sheet prints as a report: A4, one page wide (landscape from :data:`LANDSCAPE_FROM`
columns), centred, its header rows frozen on screen and repeated on every printed page, and
"Halaman n dari m" in the footer. The parts of a worksheet are written in the order the format
prescribes (Excel refuses a file whose parts are out of order).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape, quoteattr


@dataclass(frozen=True)
class Style:
    """How a cell looks. Colours are ``RRGGBB``; ``border`` is the colour of a thin border on
    all four sides; ``quote_prefix`` keeps a text that looks like a formula a text in Excel
    even after the cell is edited."""

    bold: bool = False
    italic: bool = False
    size: float = 11
    color: str | None = None
    fill: str | None = None
    border: str | None = None
    horizontal: str | None = None
    vertical: str | None = None
    wrap: bool = False
    number_format: str | None = None
    quote_prefix: bool = False


PLAIN = Style()
BOLD = Style(bold=True)
PERCENT = Style(number_format="0.0%")
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
#: Number formats Excel knows by number (a file gives only the others' codes).
_BUILTIN_FORMATS = {"General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9,
                    "0.00%": 10, "@": 49}
#: Day 0 of Excel's serial dates (1900 system, as Excel on Windows writes them).
_EPOCH = date(1899, 12, 30)
_EPOCH_TIME = datetime(1899, 12, 30)


def _font_xml(style: Style) -> str:
    parts = ("<b/>" if style.bold else "") + ("<i/>" if style.italic else "")
    colour = f'<color rgb="FF{style.color}"/>' if style.color else ""
    return f'<font>{parts}<sz val="{style.size:g}"/>{colour}<name val="Calibri"/>' \
        '<family val="2"/></font>'


def _fill_xml(style: Style) -> str:
    if not style.fill:
        return '<fill><patternFill patternType="none"/></fill>'
    return (f'<fill><patternFill patternType="solid"><fgColor rgb="FF{style.fill}"/>'
            f'<bgColor rgb="FF{style.fill}"/></patternFill></fill>')


def _border_xml(style: Style) -> str:
    if not style.border:
        return "<border><left/><right/><top/><bottom/><diagonal/></border>"
    side = f'style="thin"><color rgb="FF{style.border}"/>'
    return (f"<border><left {side}</left><right {side}</right><top {side}</top>"
            f"<bottom {side}</bottom><diagonal/></border>")


class _StyleTable:
    """The workbook's styles.xml: every distinct :class:`Style` of its cells becomes one
    ``cellXfs`` entry (its index is the cell's ``s``), sharing fonts, fills, borders and
    number formats that are the same."""

    def __init__(self) -> None:
        self.index: dict[Style, int] = {PLAIN: 0}
        self._fonts: dict[str, int] = {_font_xml(PLAIN): 0}
        # the two fills every workbook starts with (Excel's own)
        self._fills: dict[str, int] = {_fill_xml(PLAIN): 0,
                                       '<fill><patternFill patternType="gray125"/></fill>': 1}
        self._borders: dict[str, int] = {_border_xml(PLAIN): 0}
        self._formats: dict[str, int] = {}
        self._xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']

    def __call__(self, style: Style) -> int:
        found = self.index.get(style)
        if found is not None:
            return found
        font = self._fonts.setdefault(_font_xml(style), len(self._fonts))
        fill = self._fills.setdefault(_fill_xml(style), len(self._fills))
        border = self._borders.setdefault(_border_xml(style), len(self._borders))
        number = 0
        if style.number_format:
            number = _BUILTIN_FORMATS.get(style.number_format, -1)
            if number < 0:
                number = self._formats.setdefault(style.number_format,
                                                  164 + len(self._formats))
        attributes = (f'numFmtId="{number}" fontId="{font}" fillId="{fill}" '
                      f'borderId="{border}" xfId="0"')
        attributes += ' applyNumberFormat="1"' if number else ""
        attributes += ' applyFont="1"' if font else ""
        attributes += ' applyFill="1"' if fill else ""
        attributes += ' applyBorder="1"' if border else ""
        attributes += ' quotePrefix="1"' if style.quote_prefix else ""
        align = ""
        if style.horizontal or style.vertical or style.wrap:
            align = "<alignment" + \
                (f' horizontal="{style.horizontal}"' if style.horizontal else "") + \
                (f' vertical="{style.vertical}"' if style.vertical else "") + \
                (' wrapText="1"' if style.wrap else "") + "/>"
            attributes += ' applyAlignment="1"'
        self._xfs.append(f"<xf {attributes}>{align}</xf>" if align else f"<xf {attributes}/>")
        self.index[style] = len(self._xfs) - 1
        return self.index[style]

    def xml(self) -> str:
        formats = "".join(f'<numFmt numFmtId="{i}" formatCode={quoteattr(code)}/>'
                          for code, i in self._formats.items())
        return (
            f'{_XML}<styleSheet xmlns="{_NS}">'
            + (f'<numFmts count="{len(self._formats)}">{formats}</numFmts>' if formats else "")
            + f'<fonts count="{len(self._fonts)}">{"".join(self._fonts)}</fonts>'
            + f'<fills count="{len(self._fills)}">{"".join(self._fills)}</fills>'
            + f'<borders count="{len(self._borders)}">{"".join(self._borders)}</borders>'
            + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            '</cellStyleXfs>'
            + f'<cellXfs count="{len(self._xfs)}">{"".join(self._xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles></styleSheet>")


@dataclass
class Sheet:
    """One sheet: ``rows`` of values (text, int, float, date or None for an empty cell);
    ``styles`` gives a cell's style by (row, column), 0-based, where it is not PLAIN (an empty
    cell with a style is written, e.g. a bordered blank in a table)."""

    title: str
    widths: Sequence[float]
    rows: list[list[Any]] = field(default_factory=list)
    styles: dict[tuple[int, int], Style] = field(default_factory=dict)
    #: How many rows at the top are frozen on screen (the header, or titles and header).
    header_rows: int = 1
    #: The rows (1-based, first and last) printed at the top of every page; by default the
    #: frozen rows.
    repeat: tuple[int, int] | None = None


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
    if value is None:
        return f'<c r="{ref}"{s}/>'
    if kind is bool:
        return f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>'
    if kind is int:
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    if kind is float:
        if value != value or value in (_INF, -_INF):  # no number Excel reads: empty, as openpyxl
            return f'<c r="{ref}"{s}/>'
        return f'<c r="{ref}"{s}><v>{value:.16g}</v></c>'  # openpyxl's precision
    if kind is datetime:
        serial = (value - _EPOCH_TIME).total_seconds() / 86400
        return f'<c r="{ref}"{s}><v>{serial:.16g}</v></c>'
    if kind is date:
        return f'<c r="{ref}"{s}><v>{(value - _EPOCH).days}</v></c>'
    return f'<c r="{ref}" t="inlineStr"{s}>{_text(str(value))}</c>'


def _frozen(sheet: Sheet) -> int:
    """How many header rows are frozen (none on a sheet that has nothing below them)."""
    return min(sheet.header_rows, len(sheet.rows)) if len(sheet.rows) > sheet.header_rows else 0


def _repeated(sheet: Sheet) -> tuple[int, int] | None:
    """The rows printed at the top of every page, 1-based, if any."""
    if sheet.repeat is not None:
        return sheet.repeat if sheet.repeat[1] <= len(sheet.rows) else None
    frozen = _frozen(sheet)
    return (1, frozen) if frozen else None


def _sheet_xml(sheet: Sheet, style_index: _StyleTable) -> bytes:
    columns = max((len(r) for r in sheet.rows), default=0)
    names = [_column(c) for c in range(max(columns, len(sheet.widths)))]
    # the used range, which a reader in read-only mode takes as the sheet's size
    used = f"A1:{_column(max(columns, 1) - 1)}{max(len(sheet.rows), 1)}"
    out = [f'{_XML}<worksheet xmlns="{_NS}">', '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
           f'<dimension ref="{used}"/>']
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
        cells = []
        for c, v in enumerate(row):
            style = styles.get((r, c))
            if v is None and style is None:
                continue
            cells.append(_cell(f"{names[c]}{number}", v,
                               style_index(style) if style is not None else 0))
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
        repeated = _repeated(sheet)
        if repeated:
            quoted = _ILLEGAL.sub("", title).replace("'", "''")
            rows = escape(f"'{quoted}'!${repeated[0]}:${repeated[1]}")
            names.append(f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">{rows}'
                         "</definedName>")
    return f"<definedNames>{''.join(names)}</definedNames>" if names else ""


def _core(title: str, subject: str, creator: str) -> str:
    """docProps/core.xml: the title, subject and author a spreadsheet shows in its file
    properties."""
    return (f'{_XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(_ILLEGAL.sub('', title))}</dc:title>"
            f"<dc:subject>{escape(_ILLEGAL.sub('', subject))}</dc:subject>"
            f"<dc:creator>{escape(_ILLEGAL.sub('', creator))}</dc:creator>"
            "</cp:coreProperties>")


def workbook(sheets: Sequence[Sheet], *, title: str = "", subject: str = "",
             creator: str = "JSSC Desktop") -> bytes:
    """The XLSX file of ``sheets``, in order (titles at most 31 characters, unique), with the
    document's ``title``, ``subject`` and ``creator`` in its properties."""
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
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        f"{types}</Types>")
    root_rels = (
        f'{_XML}<Relationships xmlns="{_PKG_REL_NS}"><Relationship Id="rId1" '
        f'Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/></Relationships>')
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
    style_index = _StyleTable()
    worksheets = [(f"xl/worksheets/sheet{i}.xml", _sheet_xml(sheet, style_index))
                  for i, sheet in enumerate(sheets, start=1)]
    parts: list[tuple[str, str | bytes]] = [
        ("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
        ("docProps/core.xml", _core(title, subject, creator)),
        ("xl/workbook.xml", book), ("xl/_rels/workbook.xml.rels", book_rels),
        ("xl/styles.xml", style_index.xml()), *worksheets]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in parts:
            # a fixed time in the zip: the same tables give the same file
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)
    return buf.getvalue()
