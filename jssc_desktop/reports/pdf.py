"""The periodic report as PDF (A4): letterhead, title, the seven sections of DESIGN.md section 6
with tables and charts, and the Kepala UPT's signature block. Rendered from a ReportDataset."""

from __future__ import annotations

from typing import Any

from ..domain.formatting import format_date, format_number, format_percent, format_rupiah
from .dataset import CountRow, ReportDataset
from .pdfkit import (
    FONT,
    FONT_BOLD,
    Letterhead,
    build_pdf,
    data_table,
    esc,
    frame_width,
    key_value_table,
    letterhead,
    mm_,
    para,
    signature_block,
    styles,
)

N = format_number
P = format_percent
RP = format_rupiah
BAR_COLORS = ((0.16, 0.35, 0.65), (0.85, 0.45, 0.15), (0.2, 0.6, 0.35), (0.6, 0.25, 0.55),
              (0.75, 0.65, 0.1), (0.35, 0.35, 0.35), (0.1, 0.6, 0.7), (0.8, 0.3, 0.3))


def render_pdf(ds: ReportDataset, logo: bytes | None = None) -> bytes:
    """The whole report as PDF bytes."""
    st = styles()
    width = frame_width()
    prof = ds.profile
    story: list[Any] = letterhead(
        Letterhead(prof.name, prof.address, prof.phone, prof.email, logo), width)

    from reportlab.platypus import Paragraph, Spacer

    story += [
        Paragraph(f"LAPORAN {esc(ds.period.kind_name.upper())}", st["title"]),
        Paragraph(esc(_upt(prof.name).upper()), st["title"]),
        Paragraph(f"PERIODE {esc(ds.period.label.upper())}", st["title"]),
        Paragraph(esc(f"{format_date(ds.period.start)} s.d. {format_date(ds.period.end)}"),
                  st["subtitle"]),
        Spacer(1, mm_(4)),
    ]
    story += _identity(ds, width)
    story += _flow(ds, width)
    story += _residents(ds, width)
    story += _training(ds, width)
    story += _tutors(ds, width)
    story += _followups(ds, width)
    story += _facility(ds, width)
    sig = ds.signature
    story.append(signature_block(sig.place, sig.day, sig.position, sig.head_name, sig.head_nip,
                                 width))
    story.append(Spacer(1, mm_(3)))
    story.append(para(f"Dibuat dengan JSSC Desktop pada {format_date(ds.generated_at.date())} "
                      f"pukul {ds.generated_at:%H.%M}.", st["note"]))
    return build_pdf(story, title=ds.title, author=prof.name,
                     subject=f"Laporan {ds.period.kind_name.lower()} {ds.period.label}",
                     footer=f"{prof.name} · Laporan {ds.period.kind_name} {ds.period.label}")


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


def _note(text: str) -> Any:
    return para(text, styles()["note"])


def _lead(text: str) -> Any:
    """A note that introduces what follows (kept on the same page as it)."""
    return para(text, styles()["lead"])


def _cell(text: Any) -> str:
    """A text cell; ``data_table`` wraps it when it is wider than its column."""
    return "" if text is None else str(text)


# --------------------------------------------------------------------------------- sections


def _identity(ds: ReportDataset, width: float) -> list[Any]:
    p, f = ds.profile, ds.flow
    pairs = [
        ("Nama UPT", p.name), ("Kode UPT", p.code or "-"), ("Klaster", p.cluster or "-"),
        ("Alamat", p.address or "-"), ("Kabupaten/kota", p.kab_kota_name or "-"),
        ("Telepon / email", " / ".join(x for x in (p.phone, p.email) if x) or "-"),
        ("Kepala UPT", f"{p.head_name or '-'} (NIP. {p.head_nip or '-'})"),
        ("Periode laporan", (f"{ds.period.label} ({format_date(ds.period.start)} s.d. "
                            f"{format_date(ds.period.end)})")),
        ("Kapasitas tampung", f"{N(f.capacity)} orang"),
        ("Klien pada akhir periode", (f"{N(f.at_end)} orang (L {N(f.at_end_l)}, "
                                     f"P {N(f.at_end_p)})")),
        ("Tingkat hunian", P(f.occupancy)),
    ]
    return [*_h1("1. Identitas UPT, kapasitas dan hunian"),
            key_value_table(pairs, [width * 0.32, width * 0.68])]


def _flow(ds: ReportDataset, width: float) -> list[Any]:
    f = ds.flow
    rows = [
        ["1", _cell("Klien pada awal periode"), N(f.at_start)],
        ["2", _cell(f"Klien masuk dalam periode (L {N(f.admitted_l)}, P {N(f.admitted_p)})"),
         N(f.admitted)],
        ["3", _cell("Klien keluar/terminasi dalam periode"), N(f.discharged)],
        ["4", _cell("Klien pada akhir periode (1 + 2 − 3)"), N(f.at_end)],
    ]
    out = [*_h1("2. Alur klien"),
           *data_table(["No", "Uraian", "Jumlah"], rows, [width * 0.08, width * 0.72,
                                                           width * 0.2], right=[2], center=[0])]
    out += _h2("Klien keluar menurut alasan terminasi")
    out += _sex_table("Alasan terminasi", f.discharged_by_reason, width)
    return out


def _sex_table(label: str, rows: list[CountRow], width: float, *,
               zero_rows: bool = True) -> list[Any]:
    shown = [r for r in rows if zero_rows or r.count]
    body = [[str(i), _cell(r.name), N(r.l), N(r.p), N(r.count)]
            for i, r in enumerate(shown, start=1)]
    totals = ["", "Jumlah", N(sum(r.l for r in shown)), N(sum(r.p for r in shown)),
              N(sum(r.count for r in shown))]
    return data_table(["No", label, "L", "P", "Jumlah"], body,
                      [width * 0.07, width * 0.57, width * 0.12, width * 0.12, width * 0.12],
                      totals=totals, right=[2, 3, 4], center=[0])


def _residents(ds: ReportDataset, width: float) -> list[Any]:
    r = ds.residents
    out = [*_h1("3. Klien pada akhir periode"),
           _lead(f"Klien yang tinggal di UPT pada {format_date(ds.period.end)}: "
                 f"{N(r.total.count)} orang (L {N(r.total.l)}, P {N(r.total.p)})."),
           *_h2("3.1 Menurut kategori PPKS dan jenis kelamin")]
    out += _sex_table("Kategori PPKS", r.by_ppks, width)
    if r.by_ppks:
        out.append(_bar_chart([(row.name, row.count) for row in r.by_ppks], width,
                              "Jumlah klien menurut kategori PPKS", fmt="{:.0f}"))
    out += _h2("3.2 Menurut kelompok umur dan jenis kelamin")
    out += _sex_table("Kelompok umur", r.by_age, width)
    out += _h2("3.3 Menurut daerah asal (kabupaten/kota)")
    out += _sex_table("Kabupaten/kota asal", r.by_origin, width)
    out += _h2("3.4 Menurut tahapan rehabilitasi sosial")
    out += _sex_table("Tahapan", r.by_stage, width)
    return out


def _training(ds: ReportDataset, width: float) -> list[Any]:
    t = ds.training
    w = width / 100
    body = [[_cell(r.name), N(r.cohorts), N(r.enrolled), N(r.sessions), N(r.jp),
             P(r.attendance_rate), N(r.graduates), N(r.failed), P(r.pass_rate)]
            for r in t.tracks]
    tot = t.total
    totals = ["Jumlah", N(tot.cohorts), N(tot.enrolled), N(tot.sessions), N(tot.jp),
              P(tot.attendance_rate), N(tot.graduates), N(tot.failed), P(tot.pass_rate)]
    out = [*_h1("4. Pelatihan keterampilan"), *_h2("4.1 Per program keterampilan")]
    out += data_table(
        ["Program", "Angkatan berjalan", "Peserta", "Pertemuan", "JP", "Kehadiran", "Lulus",
         "Tidak lulus", "Tingkat kelulusan"], body,
        [w * 24, w * 10, w * 9, w * 11, w * 8, w * 11, w * 7, w * 9, w * 11],
        totals=totals, right=range(1, 9))
    out.append(_note("Kehadiran = (hadir + terlambat) / kehadiran tercatat pada pertemuan "
                     "dalam periode. Tingkat kelulusan = lulus / (lulus + tidak lulus)."))
    out += _h2("4.2 Rekap kehadiran (H/S/I/A/T) per program")
    codes = ("H", "S", "I", "A", "T")
    body = [[_cell(r.name), *[N(r.attendance.get(c, 0)) for c in codes], N(r.recorded),
             P(r.attendance_rate)] for r in t.tracks]
    totals = ["Jumlah", *[N(tot.attendance.get(c, 0)) for c in codes], N(tot.recorded),
              P(tot.attendance_rate)]
    out += data_table(["Program", "H", "S", "I", "A", "T", "Tercatat", "Kehadiran"], body,
                      [w * 30, w * 9, w * 9, w * 9, w * 9, w * 9, w * 12, w * 13],
                      totals=totals, right=range(1, 8))
    rated = [(r.name, (r.attendance_rate or 0) * 100) for r in t.tracks if r.recorded]
    if rated:
        out.append(_bar_chart(rated, width, "Tingkat kehadiran per program (%)",
                              fmt="{:.1f}", max_value=100))
    out += _h2("4.3 Angkatan yang berjalan dalam periode")
    body = [[_cell(c.track_name), _cell(c.name), _cell(c.tutor_name or "-"),
             _cell(f"{format_date(c.start_date)} – {format_date(c.end_date)}"),
             N(c.enrolled), N(c.sessions), N(c.jp), P(c.attendance_rate), N(c.graduates)]
            for c in t.cohorts]
    out += data_table(["Program", "Angkatan", "Tutor", "Jadwal", "Peserta", "Pertemuan", "JP",
                       "Kehadiran", "Lulus"], body,
                      [w * 14, w * 12, w * 14, w * 15, w * 9, w * 11, w * 6, w * 11, w * 8],
                      right=range(4, 9))
    return out


def _tutors(ds: ReportDataset, width: float) -> list[Any]:
    t = ds.tutors
    w = width / 100
    out = [*_h1("5. Tutor/instruktur"),
           _lead("Tutor aktif: mengajar sedikitnya satu pertemuan dalam periode."),
           *_h2("5.1 Menurut jenis tutor")]
    body = [[_cell(g.name), N(g.tutors), N(g.sessions), N(g.jp)] for g in t.by_type]
    out += data_table(["Jenis tutor", "Tutor aktif", "Pertemuan", "JP mengajar"], body,
                      [w * 46, w * 18, w * 18, w * 18],
                      totals=["Jumlah", N(t.active), N(t.sessions), N(t.jp)], right=[1, 2, 3])
    out += _h2("5.2 Menurut lembaga asal")
    body = [[_cell(g.name), N(g.tutors), N(g.sessions), N(g.jp)] for g in t.by_institution]
    out += data_table(["Lembaga", "Tutor aktif", "Pertemuan", "JP mengajar"], body,
                      [w * 46, w * 18, w * 18, w * 18],
                      totals=["Jumlah", N(t.active), N(t.sessions), N(t.jp)], right=[1, 2, 3])
    out += _h2("5.3 Daftar tutor aktif")
    body = [[str(i), _cell(r.name), _cell(r.type_name), _cell(r.institution or "-"),
             N(r.sessions), N(r.jp)] for i, r in enumerate(t.rows, start=1)]
    out += data_table(["No", "Nama", "Jenis", "Lembaga", "Pertemuan", "JP"], body,
                      [w * 6, w * 24, w * 20, w * 26, w * 12, w * 12],
                      totals=["", "Jumlah", "", "", N(t.sessions), N(t.jp)], right=[4, 5],
                      center=[0])
    return out


def _followups(ds: ReportDataset, width: float) -> list[Any]:
    f = ds.followups
    w = width / 100
    rows = [
        ["1", _cell("Bimbingan lanjut jatuh tempo dalam periode"), N(f.due)],
        ["2", _cell("… dari jumlah itu, sudah dilaksanakan sampai akhir periode"),
         N(f.due_done)],
        ["3", _cell("Bimbingan lanjut dilaksanakan dalam periode"), N(f.done)],
        ["4", _cell("Terlambat (lewat jatuh tempo, belum dilaksanakan) pada akhir periode"),
         N(f.overdue)],
        ["5", _cell("Lulusan bekerja/berwirausaha/KUBE (dari pelaksanaan dalam periode)"),
         f"{N(f.earning)} ({P(f.earning_share)})"],
        ["6", _cell(f"Median penghasilan per bulan (yang bekerja/berwirausaha, "
                    f"{N(f.incomes_recorded)} data)"),
         RP(f.median_income) if f.median_income is not None else "–"],
    ]
    out = [*_h1("6. Bimbingan lanjut lulusan")]
    out += data_table(["No", "Uraian", "Jumlah"], rows, [w * 7, w * 68, w * 25], right=[2],
                      center=[0])
    out += _h2("6.1 Hasil bimbingan lanjut dalam periode")
    body = [[str(i), _cell(r.name), N(r.count), P(r.count / f.done if f.done else None)]
            for i, r in enumerate(f.outcomes, start=1)]
    out += data_table(["No", "Hasil", "Jumlah", "Persentase"], body,
                      [w * 7, w * 53, w * 20, w * 20],
                      totals=["", "Jumlah", N(f.done), P(1.0 if f.done else None)],
                      right=[2, 3], center=[0])
    if f.done:
        out.append(_pie_chart([(r.name, r.count) for r in f.outcomes if r.count], width,
                              "Hasil bimbingan lanjut"))
    out += _h2("6.2 Efektivitas program keterampilan")
    body = [[_cell(e.name), N(e.due), N(e.done), N(e.overdue), N(e.graduates),
             N(e.followed_up), N(e.working), P(e.working_share),
             RP(e.median_income) if e.median_income is not None else "–"]
            for e in ds.effectiveness]
    t = ds.effectiveness_total
    totals = ["Jumlah", N(t.due), N(t.done), N(t.overdue), N(t.graduates), N(t.followed_up),
              N(t.working), P(t.working_share),
              RP(t.median_income) if t.median_income is not None else "–"]
    out += data_table(["Program", "Jatuh tempo", "Selesai", "Terlambat",
                       "Lulusan s.d. periode", "Terpantau", "Bekerja/ usaha",
                       "% bekerja/ usaha", "Median penghasilan"], body,
                      [w * 15, w * 9, w * 9, w * 11, w * 11, w * 11, w * 10, w * 10, w * 14],
                      totals=totals, right=range(1, 9))
    out.append(_note("Jatuh tempo, selesai (dilaksanakan) dan terlambat: dalam periode. "
                     "Lulusan, terpantau "
                     "dan bekerja/usaha: kumulatif sampai akhir periode, menurut bimbingan "
                     "lanjut terakhir tiap lulusan; median penghasilan dari lulusan yang "
                     "bekerja/berwirausaha."))
    return out


def _facility(ds: ReportDataset, width: float) -> list[Any]:
    fa = ds.facility
    w = width / 100
    out = [*_h1("7. Usulan revitalisasi sarana dan prasarana"),
           _lead(f"Status pada {format_date(ds.period.end)}. Diajukan dalam periode: "
                 f"{N(fa.submitted)} usulan ({RP(fa.submitted_cost)}); selesai dikerjakan "
                 f"dalam periode: {N(fa.completed)} usulan ({RP(fa.completed_cost)})."),
           *_h2("7.1 Menurut status")]

    def amounts(label: str, rows: list, total_label: str = "Jumlah") -> list[Any]:
        body = [[_cell(r.name), N(r.count), RP(r.cost)] for r in rows]
        return data_table([label, "Jumlah usulan", "Nilai (RAB)"], body,
                          [w * 50, w * 20, w * 30],
                          totals=[total_label, N(fa.total), RP(fa.total_cost)], right=[1, 2])

    out += amounts("Status", fa.by_status)
    out += _h2("7.2 Menurut jenis")
    out += amounts("Jenis", fa.by_kind)
    out += _h2("7.3 Menurut sumber dana")
    out += amounts("Sumber dana", fa.by_funding)
    out += _h2("7.4 Daftar usulan")
    body = [[_cell(r.number), _cell(r.title), _cell(r.kind_name.split(" (")[0]),
             _cell(r.funding_name), RP(r.estimated_cost), _cell(r.status_name)]
            for r in fa.requests]
    out += data_table(["Nomor", "Usulan", "Jenis", "Sumber dana", "Nilai (RAB)", "Status"],
                      body, [w * 15, w * 27, w * 10, w * 16, w * 19, w * 13],
                      totals=["Jumlah", "", "", "", RP(fa.total_cost), ""], right=[4])
    return out


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
