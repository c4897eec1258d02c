"""Building blocks shared by every printed document: fonts, styles, the letterhead (kop surat),
tables that stay fast when long, the signature block and 'Halaman X dari Y' on every page.

ReportLab is imported inside the functions, so importing this module costs nothing; the command
line and the services start without it.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ..domain.formatting import format_date
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


def para(text: Any, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(esc(text), style)


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
    logo = logo_flowable(head.logo)
    side = 26 * mm
    table = Table([[logo or "", lines, ""]], colWidths=[side, width - 2 * side, side])
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
               font_size: float = 8) -> list[Any]:
    """A table as a run of ReportLab Tables of ``chunk`` rows, each with the header row
    (repeated on every page it spans). ``rows`` hold text or flowables; columns in ``right``
    are right-aligned (numbers). ``totals`` is a last bold row."""
    register_fonts()
    from reportlab.platypus import Table, TableStyle

    st = styles()
    head = [h if not isinstance(h, str) else para(h, st["head"]) for h in header]
    base_style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 1.8),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [(1, 1, 1), ZEBRA_BG]),
    ]
    for col in right:
        base_style.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
    for col in center:
        base_style.append(("ALIGN", (col, 1), (col, -1), "CENTER"))
    body = split_tall_rows([_wrapped(r, widths, font_size, right, center) for r in rows],
                           widths, padding=6)
    if not body and totals is None:
        body = [[para("Tidak ada data pada periode ini.", st["note"])] +
                [""] * (len(header) - 1)]
        base_style.append(("SPAN", (0, 1), (-1, 1)))
    pieces = [body[i:i + chunk] for i in range(0, len(body), chunk)] or [[]]
    out = []
    for n, piece in enumerate(pieces):
        data = [head, *piece]
        style = list(base_style)
        if totals is not None and n == len(pieces) - 1:
            data.append(_wrapped(totals, widths, font_size, right, center, bold=True))
            style += [("FONT", (0, -1), (-1, -1), FONT_BOLD, font_size),
                      ("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG)]
        table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        out.append(table)
    return out


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


def signature_block(place: str, day: date | None, position: str, name: str, nip: str | None,
                    width: float, *, left: list[str] | None = None) -> Any:
    """The closing block on the right: place and date, position, room to sign, name, NIP
    (``nip=None`` leaves the NIP line out, for signers who are not civil servants).

    ``left`` optionally prints a second signer on the left: position, name, further lines.
    """
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    st = styles()
    when = ", ".join(x for x in (place, format_date(day)) if x)
    right_col = [
        Paragraph(esc(when), st["center"]),
        Paragraph(esc(position), st["center"]),
        Spacer(1, 22 * mm),
        Paragraph(f"<u><b>{esc(name) or '(.................................)'}</b></u>",
                  st["center"]),
    ]
    if nip is not None:
        right_col.append(Paragraph(esc(f"NIP. {nip}" if nip else "NIP. -"), st["center"]))
    left_col: list[Any] = []
    if left:
        left_col = [Paragraph("&nbsp;", st["center"]),
                    Paragraph(esc(left[0]), st["center"]), Spacer(1, 22 * mm)]
        left_col += [Paragraph(f"<u><b>{esc(t)}</b></u>" if i == 0 else esc(t), st["center"])
                     for i, t in enumerate(left[1:])]
    half = width / 2
    table = Table([[left_col, right_col]], colWidths=[half, half])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 6 * mm), table])


def numbered_canvas(footer_left: str) -> type:
    """A canvas class that prints 'Halaman X dari Y' on every page.

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
            width, _height = self._pagesize
            self.saveState()
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
              (15, 18, 18, 18), decorate: Callable[[Any, Any], None] | None = None) -> bytes:
    """Lay out ``story`` on A4 and return the PDF bytes. margins: top, right, bottom, left;
    ``decorate(canvas, doc)`` draws on every page (e.g. a certificate's border); ``footer``
    None prints no footer line and no page numbers (a certificate)."""
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
        kwargs["canvasmaker"] = numbered_canvas(footer)
    if decorate is not None:
        kwargs.update(onFirstPage=decorate, onLaterPages=decorate)
    doc.build(story, **kwargs)
    return out.getvalue()


def frame_width(landscape: bool = False, left_mm: float = 18, right_mm: float = 18) -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    width = A4[1] if landscape else A4[0]
    return width - (left_mm + right_mm) * mm


def mm_(value: float) -> float:
    from reportlab.lib.units import mm

    return value * mm

