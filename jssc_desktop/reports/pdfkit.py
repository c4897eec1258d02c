"""Building blocks shared by every printed document: fonts, styles, the letterhead (kop surat),
tables that stay fast when long, the signature block and 'Halaman X dari Y' on every page.

ReportLab is imported inside the functions, so importing this module costs nothing; the command
line and the services start without it.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ..domain.formatting import format_date, format_nip
from ..paths import resource_path

log = logging.getLogger(__name__)

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
#: Rows per ReportLab Table: splitting one huge table across pages is quadratic in its length,
#: a run of tables of this size is linear and looks the same (the header repeats on each page).
CHUNK_ROWS = 200
#: The tallest a table row may be (points). A row never splits across pages in ReportLab, and a
#: row taller than a page is a LayoutError, so a longer text is cut into continuation rows: any
#: row then fits on a landscape A4 page below the letterhead and the repeated header.
MAX_ROW_HEIGHT = 250.0
#: Paragraphs shorter than this (characters) cannot reach MAX_ROW_HEIGHT in any column we print,
#: so only longer ones are measured (measuring every cell of a long table would double its cost).
_MEASURE_FROM = 150

HEADER_BG = (0.85, 0.89, 0.95)
TOTAL_BG = (0.93, 0.93, 0.93)
ZEBRA_BG = (0.975, 0.975, 0.985)
GRID = (0.55, 0.55, 0.6)

_fonts_ready = False


def register_fonts() -> None:
    """Embed DejaVu Sans (regular and bold): every Indonesian letter and the Rupiah sign print."""
    global _fonts_ready
    if _fonts_ready:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT),
                               (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, name)
    # Charts start from these defaults; without this every chart pulls in Helvetica.
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT
    _fonts_ready = True


@dataclass(frozen=True)
class Letterhead:
    """What the kop surat shows: the UPT's name, address and contacts, and its logo."""

    upt_name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None


@cache
def styles() -> dict[str, Any]:
    """Paragraph styles used by every document (all in DejaVu Sans)."""
    register_fonts()
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5, alignment=TA_LEFT)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "note": ParagraphStyle("note", parent=base, fontSize=7.5, leading=9.5,
                               textColor=(0.3, 0.3, 0.3)),
        "lead": ParagraphStyle("lead", parent=base, fontSize=7.5, leading=9.5,
                               textColor=(0.3, 0.3, 0.3)),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.8),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8,
                                    leading=9.8),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=9.8,
                                     alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=7.5,
                               leading=9.2, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=13,
                                leading=17, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, leading=13,
                                   alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                             spaceBefore=10, spaceAfter=5, textColor=(0.08, 0.2, 0.45)),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12,
                             spaceBefore=6, spaceAfter=3),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
    }


def esc(text: Any) -> str:
    """Text for a Paragraph: ReportLab reads a small markup language, so escape it."""
    from xml.sax.saxutils import escape

    return escape("" if text is None else str(text))


def break_long_words(markup: str, width: float, font: str, size: float) -> str:
    """Words wider than ``width`` that contain '/' get line breaks after a slash, filling each
    line as far as it goes ('Pekerjaan/' + 'usaha', '0026/JHT/' + 'PSBR-BATU/2024'), so
    ReportLab does not cut them inside a word ('Pekerjaan/usah' + 'a')."""
    from xml.sax.saxutils import unescape

    from reportlab.pdfbase.pdfmetrics import stringWidth

    def wide(text: str) -> float:
        return float(stringWidth(unescape(text), font, size))

    out = []
    for word in markup.split(" "):
        if "/" not in word or "<" in word or wide(word) <= width:
            out.append(word)
            continue
        parts = [p + "/" for p in word.split("/")[:-1]] + [word.split("/")[-1]]
        lines, line = [], ""
        for part in parts:
            if line and wide(line + part) > width:
                lines.append(line)
                line = part
            else:
                line += part
        lines.append(line)
        out.append("<br/>".join(x for x in lines if x))
    return " ".join(out)


@cache
def _cell_paragraph() -> type:
    from reportlab.platypus import Paragraph

    class CellParagraph(Paragraph):
        """A paragraph that, once it knows its column width, breaks over-wide words at a
        slash instead of inside a word."""

        def __init__(self, text: str, style: Any, *args: Any, **kwargs: Any) -> None:
            # Pieces made by split() arrive as fragments: they are not re-fitted.
            self._source = text if not args and not kwargs else ""
            self._fitted_to: float | None = None
            self._wrapped: tuple[float, tuple[float, float]] | None = None
            super().__init__(text, style, *args, **kwargs)

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            if self._fitted_to != avail_width and "/" in self._source:
                self._fitted_to = avail_width
                fitted = break_long_words(self._source, avail_width, self.style.fontName,
                                          self.style.fontSize)
                if fitted != self.text:
                    source, fitted_to = self._source, self._fitted_to
                    Paragraph.__init__(self, fitted, self.style)
                    self._source, self._fitted_to = source, fitted_to
                    self._wrapped = None
            # A table wraps a cell to measure its row, then again to draw it (and a header
            # row on every page): the lines broken for the same width are kept (ReportLab's
            # wrap depends on the width alone; it leaves them in blPara for drawing, which a
            # split that finds no room takes away)
            if self._wrapped is not None and self._wrapped[0] == avail_width and \
                    "blPara" in self.__dict__:
                return self._wrapped[1]
            width, height = super().wrap(avail_width, avail_height)
            self._wrapped = (avail_width, (float(width), float(height)))
            return self._wrapped[1]

    return CellParagraph


def para(text: Any, style: Any) -> Any:
    """A paragraph of plain ``text`` (escaped), wrapping at word boundaries and at slashes."""
    return _cell_paragraph()(esc(text), style)


def heading(text: str, style: str = "h2", *, room_mm: float = 35) -> Any:
    """A section heading that never ends a page: when less than ``room_mm`` is left below it
    (room for the heading and the first rows of what follows), it starts the next page."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, KeepTogether

    return KeepTogether([CondPageBreak(room_mm * mm), para(text, styles()[style])])


def logo_flowable(content: bytes | None, size_mm: float = 22) -> Any:
    """The UPT logo scaled into a square box, or None when absent or unreadable."""
    if not content:
        return None
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        reader = ImageReader(io.BytesIO(content))
        width, height = reader.getSize()
    except (OSError, ValueError, SyntaxError):  # a damaged picture must not stop the report
        log.warning("letterhead logo cannot be read; printed without it")
        return None
    box = size_mm * mm
    scale = min(box / width, box / height)
    return Image(io.BytesIO(content), width=width * scale, height=height * scale)


def default_emblem(size_mm: float = 22) -> Any:
    """A neutral emblem printed until the UPT uploads its logo: a shield with a star over three
    figures held by an open arc (care for people), drawn here, no picture file needed."""
    from reportlab.graphics.shapes import Circle, Drawing, Path, Polygon, Wedge
    from reportlab.lib.colors import Color
    from reportlab.lib.units import mm

    s = size_mm * mm
    navy, gold, white = Color(0.08, 0.2, 0.45), Color(0.85, 0.66, 0.15), Color(1, 1, 1)
    d = Drawing(s, s)

    def shield(inset: float, fill: Any, stroke: Any = None) -> Path:
        p = Path(fillColor=fill, strokeColor=stroke, strokeWidth=s * 0.015 if stroke else 0)
        left, right, top = s * (0.1 + inset), s * (0.9 - inset), s * (0.97 - inset)
        mid, low = s * 0.5, s * (0.03 + inset * 1.4)
        p.moveTo(left, top)
        p.lineTo(right, top)
        p.lineTo(right, s * 0.55)
        p.curveTo(right, s * 0.3, mid + s * 0.2, s * 0.14, mid, low)
        p.curveTo(mid - s * 0.2, s * 0.14, left, s * 0.3, left, s * 0.55)
        p.closePath()
        return p

    d.add(shield(0, navy))
    d.add(shield(0.05, None, gold))
    # star
    import math

    cx, cy, r_out, r_in = s * 0.5, s * 0.78, s * 0.085, s * 0.035
    points: list[float] = []
    for k in range(10):
        r = r_out if k % 2 == 0 else r_in
        a = math.pi / 2 + k * math.pi / 5
        points += [cx + r * math.cos(a), cy + r * math.sin(a)]
    d.add(Polygon(points, fillColor=gold, strokeColor=None))
    # three figures: heads and shoulders, the middle one taller
    for x, y, scale in ((0.33, 0.47, 0.8), (0.5, 0.52, 1.0), (0.67, 0.47, 0.8)):
        d.add(Circle(s * x, s * (y + 0.085 * scale), s * 0.05 * scale, fillColor=white,
                     strokeColor=None))
        d.add(Wedge(s * x, s * (y - 0.06 * scale), s * 0.1 * scale, 0, 180, fillColor=white,
                    strokeColor=None))
    # the open arc holding them
    arc = Path(fillColor=None, strokeColor=gold, strokeWidth=s * 0.035, strokeLineCap=1)
    arc.moveTo(s * 0.22, s * 0.36)
    arc.curveTo(s * 0.3, s * 0.2, s * 0.7, s * 0.2, s * 0.78, s * 0.36)
    d.add(arc)
    return d


def emblem(content: bytes | None, size_mm: float = 22) -> Any:
    """The UPT's uploaded logo, or the neutral default emblem when there is none (or it cannot
    be read)."""
    return logo_flowable(content, size_mm) or default_emblem(size_mm)


def letterhead(head: Letterhead, width: float) -> list[Any]:
    """Kop surat: PEMERINTAH PROVINSI JAWA TIMUR / DINAS SOSIAL / the UPT, address, a rule."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table, TableStyle

    st = styles()
    line = ParagraphStyle("kop", parent=st["base"], alignment=TA_CENTER, fontName=FONT_BOLD)
    lines = [
        Paragraph("PEMERINTAH PROVINSI JAWA TIMUR",
                  ParagraphStyle("kop1", parent=line, fontSize=12, leading=15)),
        Paragraph("DINAS SOSIAL", ParagraphStyle("kop2", parent=line, fontSize=14, leading=17)),
        Paragraph(esc(head.upt_name.upper()),
                  ParagraphStyle("kop3", parent=line, fontSize=11.5, leading=14)),
    ]
    contact = ", ".join(x for x in (head.address,) if x)
    extra = "  ".join(x for x in (f"Telp. {head.phone}" if head.phone else "",
                                  f"Email: {head.email}" if head.email else "") if x)
    small = ParagraphStyle("kop4", parent=st["base"], alignment=TA_CENTER, fontSize=8.5,
                           leading=10.5)
    if contact:
        lines.append(Paragraph(esc(contact), small))
    if extra:
        lines.append(Paragraph(esc(extra), small))
    side = 26 * mm
    table = Table([[emblem(head.logo), lines, ""]], colWidths=[side, width - 2 * side, side])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [
        table,
        Spacer(1, 2 * mm),
        HRFlowable(width="100%", thickness=2, color=(0, 0, 0), spaceBefore=0, spaceAfter=1),
        HRFlowable(width="100%", thickness=0.6, color=(0, 0, 0), spaceBefore=0,
                   spaceAfter=4 * mm),
    ]


def data_table(header: Sequence[Any], rows: Sequence[Sequence[Any]], widths: Sequence[float], *,
               totals: Sequence[Any] | None = None, right: Sequence[int] = (),
               center: Sequence[int] = (), chunk: int = CHUNK_ROWS,
               font_size: float = 8, keep_last: int = 0, tail: Sequence[Any] = (),
               empty: str = "Tidak ada data pada periode ini.") -> list[Any]:
    """A table as a run of ReportLab Tables of ``chunk`` rows, each with the header row
    (repeated on every page it spans). ``rows`` hold text or flowables; columns in ``right``
    are right-aligned (numbers). ``totals`` is a last bold row.

    ``tail`` (notes, a signature block) follows the table; with ``keep_last`` the last rows,
    the totals and the tail are kept on one page (a signature block then never stands alone on
    a page: see :func:`build_pdf_signed`)."""
    register_fonts()
    from reportlab.platypus import KeepTogether, Table, TableStyle

    st = styles()
    head = [h if not isinstance(h, str) else para(h, st["head"]) for h in header]
    # Only the commands ReportLab keeps per table (lines, backgrounds, spans): the cells'
    # font, padding and alignment come with the cell styles (``_cell_styles``), shared by
    # all the cells that look alike instead of one style object per cell set command by
    # command (the same look, a fifth of the work of laying out a long table)
    base_style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
    ]
    body = split_tall_rows([_wrapped(r, widths, font_size, right, center) for r in rows],
                           widths, padding=6)
    if not body and totals is None:
        body = [[para(empty, st["note"])] + [""] * (len(header) - 1)]
        base_style.append(("SPAN", (0, 1), (-1, 1)))
    cell = _cell_styles(len(header), font_size, tuple(right), tuple(center))
    keep = min(max(0, keep_last), len(body))
    kept, body = body[len(body) - keep:], body[:len(body) - keep]
    pieces = [(i, body[i:i + chunk]) for i in range(0, len(body), chunk)]
    if keep or not pieces:
        pieces.append((len(body), kept))
    out: list[Any] = []
    for n, (first, piece) in enumerate(pieces):
        data = [head, *piece]
        zebra = [(1, 1, 1), ZEBRA_BG] if first % 2 == 0 else [ZEBRA_BG, (1, 1, 1)]
        style = [*base_style, ("ROWBACKGROUNDS", (0, 1), (-1, -1), zebra)]
        looks = [cell["head"], *([cell["body"]] * len(piece))]
        if totals is not None and n == len(pieces) - 1:
            data.append(_wrapped(totals, widths, font_size, right, center, bold=True))
            style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG)]
            looks.append(cell["total"])
        table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT",
                      cellStyles=[list(row) for row in looks])
        table.setStyle(TableStyle(style))
        out.append(table)
    if keep:
        return [*out[:-1], KeepTogether([out[-1], *tail])]
    return [*out, *tail]


@cache
def _cell_styles(columns: int, font_size: float, right: tuple[int, ...],
                 center: tuple[int, ...]) -> dict[str, tuple[Any, ...]]:
    """The cell styles of a :func:`data_table` row, per column: ``head`` (the header row),
    ``body`` and ``total`` (the bold last row), as the table style commands ``FONT``,
    ``LEADING``, ``VALIGN``, the paddings and ``ALIGN`` set them cell by cell: the same
    objects for every table alike (ReportLab reads them; nothing here changes them)."""
    from reportlab.platypus.tables import CellStyle

    def look(name: str, font: str, leading: float, align: str) -> Any:
        style = CellStyle(name)
        style.fontname, style.fontsize, style.leading = font, font_size, leading
        style.valign = "MIDDLE"
        style.topPadding = style.bottomPadding = 2
        style.leftPadding = style.rightPadding = 3
        style.alignment = align
        return style

    def has(cols: tuple[int, ...], c: int) -> bool:
        return c in cols or c - columns in cols

    # (the commands for centred columns came after those for right-aligned ones)
    aligns = ["CENTER" if has(center, c) else "RIGHT" if has(right, c) else "LEFT"
              for c in range(columns)]
    head = look("head", FONT, font_size + 1.8, "LEFT")
    body = {a: look(f"body-{a}", FONT, font_size + 1.8, a) for a in set(aligns)}
    # a FONT command after LEADING sets the leading to 1.2 times the size (the totals row)
    total = {a: look(f"total-{a}", FONT_BOLD, font_size * 1.2, a) for a in set(aligns)}
    return {"head": (head,) * columns, "body": tuple(body[a] for a in aligns),
            "total": tuple(total[a] for a in aligns)}


def _wrapped(row: Sequence[Any], widths: Sequence[float], font_size: float,
             right: Sequence[int], center: Sequence[int], *, bold: bool = False) -> list[Any]:
    """Text cells that would overflow their column become wrapping paragraphs; the rest stay
    plain strings, which ReportLab lays out far faster than paragraphs."""
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = FONT_BOLD if bold else FONT
    out: list[Any] = []
    for col, value in enumerate(row):
        if isinstance(value, str) and value and \
                stringWidth(value, font, font_size) > widths[col] - 6.5:
            align = TA_RIGHT if col in right else TA_CENTER if col in center else TA_LEFT
            value = para(value, _cell_style(font, font_size, align))
        out.append(value)
    return out


def _split_cell(value: Any, width: float) -> list[Any]:
    """A paragraph cut into pieces no taller than MAX_ROW_HEIGHT; anything else unchanged."""
    from reportlab.platypus import Paragraph

    if not isinstance(value, Paragraph) or len(value.getPlainText()) < _MEASURE_FROM:
        return [value]
    pieces: list[Any] = []
    rest: Any = value
    while True:
        _w, height = rest.wrap(width, 1e9)
        if height <= MAX_ROW_HEIGHT:
            pieces.append(rest)
            return pieces
        parts = rest.split(width, MAX_ROW_HEIGHT)
        if len(parts) < 2:  # cannot be cut (one enormous line): leave it to ReportLab
            pieces.append(rest)
            return pieces
        pieces.append(parts[0])
        rest = parts[1]


def split_tall_rows(rows: Sequence[Sequence[Any]], widths: Sequence[float], *,
                    padding: float) -> list[list[Any]]:
    """Rows whose long texts would make them taller than a page become several rows: the first
    with the other cells, the next ones continuing only the long texts (a 9,000-character note
    then runs over as many pages as it needs instead of failing the whole document)."""
    out: list[list[Any]] = []
    for row in rows:
        cells = [_split_cell(v, widths[i] - padding) for i, v in enumerate(row)]
        count = max((len(c) for c in cells), default=1)
        if count == 1:
            out.append(list(row))
            continue
        for k in range(count):
            out.append([c[k] if k < len(c) else "" for c in cells])
    return out


@cache
def _cell_style(font: str, size: float, align: int) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"cell-{font}-{size}-{align}", fontName=font, fontSize=size,
                          leading=size + 1.8, alignment=align)


def key_value_table(pairs: Sequence[tuple[str, Any]], widths: Sequence[float]) -> Any:
    """Label: value lines (identity blocks), values wrapped as paragraphs."""
    from reportlab.platypus import Table, TableStyle

    st = styles()
    data = [[para(k, st["cell_bold"]), v if not isinstance(v, (str, int, float)) or
             isinstance(v, bool) else para(v, st["cell"])] for k, v in pairs]
    data = split_tall_rows(data, widths, padding=8)
    table = Table(data, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, (0.8, 0.8, 0.8)),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def signing_date(made_on: date, period_end: date | None = None) -> date:
    """The date printed above a signature: the day the document is made, also for a period
    that ended earlier (an annual report made on 12 January is dated 12 January, not
    31 December). ``period_end`` is accepted so callers state what they pass; it does not move
    the date."""
    del period_end
    return made_on


@cache
def _mark_class() -> type:
    from reportlab.platypus.flowables import Flowable

    class PageMark(Flowable):
        """Zero size; notes the page it is drawn on."""

        def __init__(self, marks: dict[str, int], key: str) -> None:
            super().__init__()
            self.marks, self.key = marks, key

        def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.marks[self.key] = self.canv.getPageNumber()

    return PageMark


def page_mark(marks: dict[str, int], key: str) -> Any:
    """A zero-size flowable that writes the number of the page it lands on to ``marks[key]``."""
    return _mark_class()(marks, key)


def _signer(name: str, rank: str | None, nip: str | None) -> list[Any]:
    """Name (underlined), pangkat/golongan, NIP spaced as printed (``NIP. 19780124 200303
    2 011``); ``nip=None`` leaves the NIP line out (signers who are not civil servants)."""
    from reportlab.platypus import Paragraph

    st = styles()
    lines = [Paragraph(f"<u><b>{esc(name) or '(.................................)'}</b></u>",
                       st["center"])]
    if rank:
        lines.append(Paragraph(esc(rank), st["center"]))
    if nip is not None:
        lines.append(Paragraph(esc(f"NIP. {format_nip(nip) or '-'}"), st["center"]))
    return lines


def signature_block(place: str, day: date | None, position: str, name: str, nip: str | None,
                    width: float, *, left: list[str] | None = None, rank: str | None = None,
                    left_signer: tuple[str, str, str | None, str | None] | None = None,
                    bare: bool = False) -> Any:
    """The closing block on the right: place and date, position, room to sign, name,
    pangkat/golongan (``rank``) and NIP (printed spaced).

    A second signer on the left: ``left_signer`` = (position, name, rank, nip), or the older
    ``left`` = [position, name, further lines]. The block is kept together, and
    :func:`build_pdf_signed` keeps it from standing alone on a page; ``bare`` returns just the
    table, to place inside another table (a certificate's bottom row).
    """
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    st = styles()
    when = ", ".join(x for x in (place, format_date(day)) if x)
    right_col = [Paragraph(esc(when), st["center"]), Paragraph(esc(position), st["center"]),
                 Spacer(1, 20 * mm), *_signer(name, rank, nip)]
    left_col: list[Any] = []
    if left_signer is not None:
        l_position, l_name, l_rank, l_nip = left_signer
        left_col = [Paragraph("&nbsp;", st["center"]), Paragraph(esc(l_position), st["center"]),
                    Spacer(1, 20 * mm), *_signer(l_name, l_rank, l_nip)]
    elif left:
        left_col = [Paragraph("&nbsp;", st["center"]),
                    Paragraph(esc(left[0]), st["center"]), Spacer(1, 20 * mm)]
        left_col += [Paragraph(f"<u><b>{esc(t)}</b></u>" if i == 0 else esc(t), st["center"])
                     for i, t in enumerate(left[1:])]
    half = width / 2
    table = Table([[left_col, right_col]], colWidths=[half, half])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    if bare:
        return table
    marks: dict[str, int] = {}
    block = KeepTogether([page_mark(marks, "signature"), Spacer(1, 6 * mm), table])
    block.page_marks = marks
    return block


@cache
def _watermark_png(text: str, alpha: float) -> bytes:
    """``text`` in large bold letters, turned 45°, as a translucent PNG: drawn as a picture so
    it never mixes into the page's text (copying or ``pdftotext`` reads the content only)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(resource_path("fonts", "DejaVuSans-Bold.ttf")), 160)
    left, top, right, bottom = (int(v) for v in font.getbbox(text))
    image = Image.new("RGBA", (right - left + 40, bottom - top + 40), (0, 0, 0, 0))
    ImageDraw.Draw(image).text((20 - left, 20 - top), text, font=font,
                               fill=(180, 25, 25, int(255 * alpha)))
    out = io.BytesIO()
    image.rotate(45, expand=True, resample=Image.Resampling.BICUBIC).save(out, "PNG")
    return out.getvalue()


@cache
def _watermark_reader(text: str, alpha: float) -> Any:
    """One decoded picture per watermark, shared by every page: ReportLab keeps its pixels
    after the first page (it embeds the picture once anyway), instead of decoding the PNG and
    splitting off its transparency again on each page."""
    from reportlab.lib.utils import ImageReader

    return ImageReader(io.BytesIO(_watermark_png(text, alpha)))


def draw_watermark(canvas: Any, text: str, *, alpha: float = 0.16) -> None:
    """A large translucent diagonal word across the page (``SEMENTARA``, ``DRAF``); the text
    under it stays readable."""
    if not text:
        return
    width, height = canvas._pagesize
    # Drawn once into a form of the document and placed on every page from there: the picture
    # is embedded once and not hashed again for each page.
    name = f"watermark-{zlib.crc32(repr((text, alpha, width, height)).encode()):08x}"
    if not canvas.hasForm(name):
        w, h = _watermark_reader(text, alpha).getSize()
        scale = min(width * 0.8 / w, height * 0.8 / h)
        canvas.beginForm(name)
        _draw_watermark_image(canvas, text, alpha, (width - w * scale) / 2,
                              (height - h * scale) / 2, w * scale, h * scale)
        canvas.endForm()
    canvas.doForm(name)


@cache
def _watermark_image(text: str, alpha: float) -> tuple[Any, Any]:
    """The watermark picture as PDF image objects (the colours, and the transparency as its
    soft mask), compressed once for every document: ``canvas.drawImage`` would hash and
    compress its 917×917 pixels again in each one (a fifth of the time of a short report)."""
    from reportlab.pdfbase.pdfdoc import PDFImageXObject

    reader = _watermark_reader(text, alpha)
    key = f"{zlib.crc32(repr((text, alpha)).encode()):08x}"
    image = PDFImageXObject(f"watermark-image-{key}", reader, mask="auto")
    smask = image._smask  # what drawImage does with mask="auto" and an alpha channel
    del image._smask
    smask.name = f"watermark-alpha-{key}"
    image.smask = _pdf_reference(smask.name)
    return image, smask


def _unregistered(obj: Any) -> Any:
    """A copy of a PDF object made for no document yet (the cached one is never registered)."""
    new = object.__new__(type(obj))
    new.__dict__.update((k, v) for k, v in obj.__dict__.items() if k != "__InternalName__")
    return new


def _pdf_reference(name: str) -> Any:
    from reportlab.pdfbase.pdfdoc import PDFObjectReference, xObjectName

    return PDFObjectReference(xObjectName(name))


def _draw_watermark_image(canvas: Any, text: str, alpha: float, x: float, y: float,
                          width: float, height: float) -> None:
    """``canvas.drawImage(reader, x, y, width, height, mask="auto")`` with the image objects
    made once (:func:`_watermark_image`), registered in this document as drawImage registers
    its own; the same objects and drawing commands in the file."""
    image, smask = _watermark_image(text, alpha)
    doc = canvas._doc
    registered = doc.getXObjectName(image.name)
    if registered not in doc.idToObject:
        # a document marks the objects it holds: each gets its own (the compressed pixels
        # are shared)
        image, smask = _unregistered(image), _unregistered(smask)
        doc.Reference(image, registered)
        doc.addForm(image.name, image)
        doc.Reference(smask, doc.getXObjectName(smask.name))
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")
    canvas.restoreState()
    canvas._formsinuse.append(image.name)  # in the resources of the form drawn into


def numbered_canvas(footer_left: str, header_right: str = "", watermark: str = "") -> type:
    """A canvas class that prints 'Halaman X dari Y' on every page, and optionally a status
    line at the top right (``header_right``) and a diagonal ``watermark``.

    The total is known only at the end, so pages are kept until ``save`` and then drawn with
    the count (the usual two-pass canvas of ReportLab).
    """
    from reportlab.pdfgen import canvas as rl_canvas

    register_fonts()

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", FONT)  # no unembedded Helvetica in the file
            kwargs.setdefault("initialFontSize", 9)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, height = self._pagesize
            if watermark:
                draw_watermark(self, watermark)
            self.saveState()
            if header_right:
                self.setFont(FONT_BOLD, 7.5)
                self.setFillColorRGB(0.6, 0.1, 0.1)
                self.drawRightString(width - 15 * 2.8346, height - 8 * 2.8346,
                                     header_right[:160])
            self.setFont(FONT, 7.5)
            self.setFillGray(0.35)
            self.setStrokeGray(0.6)
            self.setLineWidth(0.4)
            self.line(15 * 2.8346, 14 * 2.8346, width - 15 * 2.8346, 14 * 2.8346)
            self.drawString(15 * 2.8346, 10 * 2.8346, footer_left[:150])
            self.drawRightString(width - 15 * 2.8346, 10 * 2.8346,
                                 f"Halaman {self._pageNumber} dari {total}")
            self.restoreState()

    return NumberedCanvas


def build_pdf(story: list[Any], *, title: str, author: str, subject: str, footer: str | None,
              landscape: bool = False, margins_mm: tuple[float, float, float, float] =
              (15, 18, 18, 18), decorate: Callable[[Any, Any], None] | None = None,
              header: str = "", watermark: str = "") -> bytes:
    """Lay out ``story`` on A4 and return the PDF bytes. margins: top, right, bottom, left;
    ``decorate(canvas, doc)`` draws on every page (e.g. a certificate's border); ``footer``
    None prints no footer line and no page numbers (a certificate). ``header`` is a status
    line printed at the top right of every page and ``watermark`` a diagonal word across every
    page (``SEMENTARA``, ``DRAF``); both need a ``footer``, else use :func:`draw_watermark` in
    ``decorate``."""
    register_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as to_landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    out = io.BytesIO()
    top, right, bottom, left = margins_mm
    doc = SimpleDocTemplate(
        out, pagesize=to_landscape(A4) if landscape else A4, topMargin=top * mm,
        rightMargin=right * mm, bottomMargin=bottom * mm, leftMargin=left * mm, title=title,
        author=author, subject=subject, creator="JSSC Desktop", lang="id-ID",
        initialFontName=FONT, initialFontSize=9, initialLeading=11)
    kwargs: dict[str, Any] = {}
    if footer is not None:
        kwargs["canvasmaker"] = numbered_canvas(footer, header, watermark)
    if decorate is not None:
        kwargs.update(onFirstPage=decorate, onLaterPages=decorate)
    doc.build(story, **kwargs)
    return out.getvalue()


def build_pdf_signed(make_story: Callable[[int], list[Any]], *, keep_rows: int = 3,
                     **options: Any) -> bytes:
    """Lay out ``make_story(0)``; when its closing signature block lands on a later page than
    the end of the table above it, lay out ``make_story(keep_rows)`` instead, whose last table
    keeps its last rows with the signature (``data_table(keep_last=…, tail=…)``). ``options``
    are those of :func:`build_pdf`."""
    story = make_story(0)
    marks: dict[str, int] = {}
    index = max((i for i, f in enumerate(story) if hasattr(f, "page_marks")), default=None)
    if index is None:
        return build_pdf(story, **options)
    from reportlab.platypus import Table

    signature = story[index]
    # The mark goes right after the last table above the signature: notes between the two
    # may move with the signature, the table's rows must.
    after = next((i + 1 for i in range(index - 1, -1, -1) if isinstance(story[i], Table)),
                 index)
    story.insert(after, page_mark(marks, "before"))
    pdf = build_pdf(story, **options)  # (ReportLab consumes the list)
    signed_on = signature.page_marks.get("signature")
    if signed_on is None or signed_on <= marks.get("before", signed_on):
        return pdf
    return build_pdf(make_story(keep_rows), **options)


def frame_width(landscape: bool = False, left_mm: float = 18, right_mm: float = 18) -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    width = A4[1] if landscape else A4[0]
    return float(width - (left_mm + right_mm) * mm)


def mm_(value: float) -> float:
    from reportlab.lib.units import mm

    return float(value * mm)

