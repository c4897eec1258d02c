"""The periodic report as PDF (A4): letterhead, title with the report's status, every table of
the report description (:mod:`.layout`) in order with its notes and charts, the corrections of a
revised report, and the signature block. Rendered from a ReportDataset."""

from __future__ import annotations

from typing import Any

from ..domain.formatting import format_date, format_datetime, format_number
from ..domain.language import official
from .model import ReportDataset, ReportStatus
from .pdfkit import (
    FONT,
    FONT_BOLD,
    Letterhead,
    build_pdf,
    data_table,
    esc,
    frame_width,
    letterhead,
    mm_,
    para,
    signature_block,
    styles,
)
from .tables import Table, period_phrase, resolve, shown, status_line

BAR_COLORS = ((0.16, 0.35, 0.65), (0.85, 0.45, 0.15), (0.2, 0.6, 0.35), (0.6, 0.25, 0.55),
              (0.75, 0.65, 0.1), (0.35, 0.35, 0.35), (0.1, 0.6, 0.7), (0.8, 0.3, 0.3))
#: Share of the width a column of each kind takes (the label column takes the rest).
KIND_WIDTH = {"int": 11.5, "pct": 11.5, "rp": 15.0, "date": 14.5, "text": 15.0, "row": 16.0}


@official
def render_pdf(ds: ReportDataset, logo: bytes | None = None) -> bytes:
    """The whole report as PDF bytes."""
    from reportlab.platypus import Paragraph, Spacer

    st = styles()
    width = frame_width()
    prof = ds.profile
    data = ds.to_dict()
    status = ds.status
    line = status_line(status)
    story: list[Any] = letterhead(
        Letterhead(prof.name, prof.address, prof.phone, prof.email, logo), width)
    story += [
        Paragraph(f"LAPORAN {esc(ds.period.kind_name.upper())}", st["title"]),
        Paragraph(esc(_upt(prof.name).upper()), st["title"]),
        Paragraph(f"PERIODE {esc(ds.period.label.upper())}", st["title"]),
        Paragraph(esc(f"{format_date(ds.period.start)} s.d. {format_date(ds.period.end)}"),
                  st["subtitle"]),
    ]
    if status is not None:
        story.append(Paragraph(f"<font color='#991a1a'><b>{esc(line)}</b></font>",
                               st["subtitle"]))
    story.append(Spacer(1, mm_(4)))
    for section in resolve(data):
        story += _h1(f"{section.code}. {section.title}")
        for table in section.tables:
            story += _table(table, width)
    if status is not None and status.state == "perbaikan":
        story += _corrections(status, width)
    sig = ds.signature
    story.append(signature_block(sig.place, sig.day, sig.position, sig.head_name, sig.head_nip,
                                 width, rank=sig.head_rank))
    story.append(Spacer(1, mm_(3)))
    story.append(para(f"Dibuat dengan JSSC Desktop pada {format_date(ds.generated_at.date())} "
                      f"pukul {ds.generated_at:%H.%M}.", st["note"]))
    phrase = period_phrase(ds.period.kind_name, ds.period.label)
    watermark = "" if status is None or status.state == "disetujui" else status.word
    return build_pdf(story, title=ds.title, author=prof.name, subject=phrase,
                     footer=f"{prof.name} · {phrase}", header=line, watermark=watermark)


def _upt(name: str) -> str:
    return name if name.upper().startswith("UPT") else f"UPT {name}"


def _h1(text: str) -> list[Any]:
    """A section heading, moved to the next page when less than 45 mm are left (so it never
    ends a page alone) while the table after it may still split across pages."""
    from reportlab.platypus import CondPageBreak

    return [CondPageBreak(mm_(45)), para(text, styles()["h1"])]


def _h2(text: str) -> list[Any]:
    from reportlab.platypus import CondPageBreak

    return [CondPageBreak(mm_(30)), para(text, styles()["h2"])]


#: The narrowest share of the width a number column takes, by kind.
MIN_NUMBER_WIDTH = {"int": 6.5, "pct": 7.5, "rp": 9.0}
#: A cell's left and right padding together (points), and a little slack.
PAD_PT = 7.0


def _widths(table: Table, width: float) -> list[float]:
    """Shares of the width: number columns as wide as their widest figure (bold, as in the
    totals row) and their longest header word, measured in the table's fonts, so neither
    wraps mid-number nor mid-word; the label column takes the rest."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .pdfkit import FONT_BOLD, register_fonts

    register_fonts()
    longest = max((len(r.code) for r in table.rows), default=2)
    code = max(8.0, min(17.0, longest * 1.25 + 3))
    values = [KIND_WIDTH.get(c.kind, 10.0) for c in table.columns]
    rows = [*table.rows, *([table.total] if table.total is not None else [])]
    for i, column in enumerate(table.columns):
        if column.kind not in MIN_NUMBER_WIDTH:
            continue
        figures = [stringWidth(shown(r.values[i], r.kinds[i]), FONT_BOLD, 8) for r in rows
                   if r.values[i] is not None]
        words = [stringWidth(w, FONT_BOLD, 7.5)
                 for w in column.header.split()]
        needed = max([0.0, *figures, *words]) + PAD_PT
        values[i] = max(MIN_NUMBER_WIDTH[column.kind], needed / width * 100)
    if len(values) == 1 and table.columns[0].kind == "row":
        values = [40.0]  # label: value tables (identity) give the value room
    label = max(100.0 - code - sum(values), 14.0)
    total = code + label + sum(values)
    return [width * w / total for w in (code, label, *values)]


def _table(table: Table, width: float) -> list[Any]:
    out = _h2(f"{table.code} {table.title}")
    numeric = [i + 2 for i, c in enumerate(table.columns)
               if any(r.kinds[i] in ("int", "pct", "rp") for r in table.rows)]
    body = []
    for row in table.rows:
        cells = [row.code, row.label]
        for col, value, kind in zip(table.columns, row.values, row.kinds, strict=True):
            text = shown(value, kind)
            if col.flag and value:
                text = f"⚠ {text}"
            cells.append(text)
        body.append(cells)
    totals = None
    if table.total is not None:
        totals = ["", table.total.label, *[
            shown(v, k) if v is not None or k == "pct" else ""
            for v, k in zip(table.total.values, table.total.kinds, strict=True)]]
    out += data_table(["Kode", table.label, *[c.header for c in table.columns]], body,
                      _widths(table, width), totals=totals, right=numeric, center=[0])
    if table.note:
        out.append(_note(table.note))
    if table.chart and any(r.values for r in table.rows):
        out += _chart(table, width)
    return out


def _chart(table: Table, width: float) -> list[Any]:
    chart = table.chart or {}
    keys = [c.key for c in table.columns]
    if chart.get("column") not in keys:
        return []
    i = keys.index(chart["column"])
    items = [(r.label, r.values[i]) for r in table.rows if r.values[i]]
    if not items:
        return []
    if chart.get("type") == "pie":
        return [_pie_chart([(n, int(v)) for n, v in items], width, chart["title"])]
    if table.columns[i].kind == "pct":
        return [_bar_chart([(n, float(v) * 100) for n, v in items], width, chart["title"],
                           fmt="{:.1f}", max_value=100)]
    return [_bar_chart([(n, float(v)) for n, v in items], width, chart["title"], fmt="{:.0f}")]


def _corrections(status: ReportStatus, width: float) -> list[Any]:
    out = _h1(f"Daftar perbaikan (perbaikan ke-{status.revision})")
    body = [[format_datetime(c.at), c.who, c.reason, c.what] for c in status.corrections]
    w = width / 100
    out += data_table(["Waktu", "Oleh", "Alasan", "Data"], body,
                      [w * 18, w * 18, w * 34, w * 30])
    if status.changes:
        out += _h2("Angka yang berubah dibanding laporan yang disetujui")
        out += data_table(["Perubahan"], [[c] for c in status.changes], [width])
    return out


def _note(text: str) -> Any:
    return para(text, styles()["note"])


# ----------------------------------------------------------------------------------- charts


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _bar_chart(items: list[tuple[str, float]], width: float, title: str, *, fmt: str,
               max_value: float | None = None) -> Any:
    """A horizontal bar chart, one bar per item, value printed at the end of each bar."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String

    row_h = 15
    height = len(items) * row_h + 40
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=8.5))
    chart = HorizontalBarChart()
    chart.x = width * 0.38
    chart.y = 18
    chart.width = width * 0.55
    chart.height = len(items) * row_h
    # ReportLab draws the first category at the bottom; reverse so the list reads downwards.
    values = [float(v) for _n, v in reversed(items)]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [_short(n) for n, _v in reversed(items)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    top = max_value if max_value is not None else max(values + [1]) * 1.15
    chart.valueAxis.valueMax = top
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: format_number(v)
    chart.bars[0].fillColor = _color(BAR_COLORS[0])
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: fmt.format(v).replace(".", ",")
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def _pie_chart(items: list[tuple[str, int]], width: float, title: str) -> Any:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing, String

    height = 135
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=8.5))
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 20, 8, 90, 90
    pie.data = [v for _n, v in items]
    pie.labels = [format_number(v) for _n, v in items]
    pie.simpleLabels = 1
    pie.slices.strokeColor = _color((1, 1, 1))
    pie.slices.fontName = FONT
    pie.slices.fontSize = 7
    for i in range(len(items)):
        pie.slices[i].fillColor = _color(BAR_COLORS[i % len(BAR_COLORS)])
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = 140, 100
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.colorNamePairs = [(_color(BAR_COLORS[i % len(BAR_COLORS)]),
                              f"{name} ({format_number(v)})")
                             for i, (name, v) in enumerate(items)]
    d.add(legend)
    return d


def _color(rgb: tuple[float, float, float]) -> Any:
    from reportlab.lib.colors import Color

    return Color(*rgb)
