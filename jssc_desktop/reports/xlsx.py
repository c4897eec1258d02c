"""The periodic report as an Excel workbook: a cover sheet and one sheet per section.

Values only, never formulas: every number is the one of the data set (so the PDF and the
workbook agree), and any text that a spreadsheet could read as a formula (starting with
``= + - @``, a tab or a carriage return) is stored as text with a quote prefix, so a client,
tutor or request name typed as ``=HYPERLINK(...)`` can never run. openpyxl is imported inside
the functions.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain.formatting import format_date, format_datetime
from ..services.exports import xlsx_text
from .dataset import CountRow, ReportDataset

TEXT, INT, RP, PCT, DATE = "text", "int", "rp", "pct", "date"
FORMATS = {INT: "#,##0", RP: '"Rp" #,##0', PCT: "0.0%", DATE: "DD/MM/YYYY"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = "D9E2F3"
TOTAL_FILL = "EDEDED"
LANDSCAPE_FROM = 7  # columns


@dataclass
class Block:
    """One table on a sheet: a title line, a bold header row, rows, an optional totals row."""

    title: str
    header: Sequence[str]
    kinds: Sequence[str]
    rows: list[Sequence[Any]]
    totals: Sequence[Any] | None = None
    note: str = ""


@dataclass
class SheetSpec:
    name: str
    title: str
    blocks: list[Block] = field(default_factory=list)


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


def render_xlsx(ds: ReportDataset) -> bytes:
    """The workbook as bytes."""
    from openpyxl import Workbook

    wb = Workbook()
    cover = wb.active
    cover.title = "Sampul"
    specs = _sheets(ds)
    _cover(cover, ds, specs)
    for spec in specs:
        _write_sheet(wb.create_sheet(spec.name), spec, ds)
    wb.properties.title = ds.title
    wb.properties.creator = "JSSC Desktop"
    wb.properties.subject = f"Laporan {ds.period.kind_name.lower()} {ds.period.label}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# ----------------------------------------------------------------------------------- layout


def _cover(ws: Any, ds: ReportDataset, specs: list[SheetSpec]) -> None:
    from openpyxl.styles import Alignment, Font

    p, sig = ds.profile, ds.signature
    lines: list[tuple[str, Any, str]] = [
        ("PEMERINTAH PROVINSI JAWA TIMUR", None, TEXT),
        ("DINAS SOSIAL", None, TEXT),
        (p.name.upper(), None, TEXT),
        (p.address, None, TEXT),
        ("", None, TEXT),
        (ds.title, None, TEXT),
        ("", None, TEXT),
        ("Periode", ds.period.label, TEXT),
        ("Tanggal awal", ds.period.start, DATE),
        ("Tanggal akhir", ds.period.end, DATE),
        ("Nama UPT", p.name, TEXT),
        ("Kode UPT", p.code, TEXT),
        ("Kabupaten/kota", p.kab_kota_name, TEXT),
        ("Kapasitas", p.capacity, INT),
        ("Klien pada akhir periode", ds.flow.at_end, INT),
        ("Tingkat hunian", ds.flow.occupancy, PCT),
        ("Tempat, tanggal", f"{sig.place}, {format_date(sig.day)}".strip(", "), TEXT),
        ("Kepala UPT", sig.head_name, TEXT),
        ("NIP", sig.head_nip, TEXT),
        ("Dibuat", format_datetime(ds.generated_at), TEXT),
        ("", None, TEXT),
        ("Isi buku kerja", None, TEXT),
    ]
    lines += [(spec.name, spec.title, TEXT) for spec in specs]
    for r, (label, value, kind) in enumerate(lines, start=1):
        put(ws, r, 1, label)
        if value is not None:
            put(ws, r, 2, value, kind).alignment = Alignment(horizontal="left")
    for r in (1, 2, 3, 6, 22):
        ws.cell(row=r, column=1).font = Font(bold=True, size=12 if r != 22 else 11)
    for r in range(8, 21):
        ws.cell(row=r, column=1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70
    _print_setup(ws, columns=2, header_row=None)


def _write_sheet(ws: Any, spec: SheetSpec, ds: ReportDataset) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor=TOTAL_FILL)
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    put(ws, 1, 1, spec.title).font = Font(bold=True, size=12)
    put(ws, 2, 1, f"{ds.profile.name} · {ds.period.label}").font = Font(italic=True)
    row = 4
    widths: dict[int, int] = {}
    first_header: int | None = None
    columns = max((len(b.header) for b in spec.blocks), default=1)
    for block in spec.blocks:
        if block.title:
            put(ws, row, 1, block.title).font = bold
            row += 1
        for c, text in enumerate(block.header, start=1):
            cell = put(ws, row, c, text)
            cell.font = bold
            cell.fill = head_fill
            cell.border = border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            widths[c] = max(widths.get(c, 0), min(len(text), 24) + 2)
        if first_header is None:
            first_header = row
        row += 1
        lines = [*block.rows, *([block.totals] if block.totals is not None else [])]
        for i, values in enumerate(lines):
            is_total = block.totals is not None and i == len(lines) - 1
            for c, (value, kind) in enumerate(zip(values, block.kinds, strict=False), start=1):
                cell = put(ws, row, c, value, kind)
                cell.border = border
                if is_total:
                    cell.font = bold
                    cell.fill = total_fill
                widths[c] = max(widths.get(c, 0), _shown_length(value, kind) + 2)
            row += 1
        if block.note:
            put(ws, row + 1, 1, block.note).font = Font(italic=True, size=9)
            row += 2
        row += 1
    from openpyxl.utils import get_column_letter

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


# --------------------------------------------------------------------------------- sections


def _sexed(title: str, label: str, rows: list[CountRow]) -> Block:
    return Block(title, ["No", label, "L", "P", "Jumlah"], [INT, TEXT, INT, INT, INT],
                 [[i, r.name, r.l, r.p, r.count] for i, r in enumerate(rows, start=1)],
                 [None, "Jumlah", sum(r.l for r in rows), sum(r.p for r in rows),
                  sum(r.count for r in rows)])


def _sheets(ds: ReportDataset) -> list[SheetSpec]:
    p, f, r, t = ds.profile, ds.flow, ds.residents, ds.training
    end = format_date(ds.period.end)
    sheets = [
        SheetSpec("1 Identitas", "1. Identitas UPT, kapasitas dan hunian", [Block(
            "", ["Uraian", "Isi"], [TEXT, TEXT], [
                ["Nama UPT", p.name], ["Kode UPT", p.code], ["Klaster", p.cluster],
                ["Alamat", p.address], ["Kabupaten/kota", p.kab_kota_name],
                ["Telepon", p.phone], ["Email", p.email], ["Kepala UPT", p.head_name],
                ["NIP Kepala UPT", p.head_nip], ["Periode", ds.period.label],
            ]), Block("Kapasitas dan hunian", ["Uraian", "Nilai"], [TEXT, INT], [
                ["Kapasitas tampung (orang)", f.capacity],
                [f"Klien pada {end} (orang)", f.at_end],
            ]), Block("", ["Uraian", "Nilai"], [TEXT, PCT], [["Tingkat hunian", f.occupancy]])]),
        SheetSpec("2 Alur Klien", "2. Alur klien", [
            Block("", ["No", "Uraian", "L", "P", "Jumlah"], [INT, TEXT, INT, INT, INT], [
                [1, "Klien pada awal periode", None, None, f.at_start],
                [2, "Klien masuk dalam periode", f.admitted_l, f.admitted_p, f.admitted],
                [3, "Klien keluar/terminasi dalam periode",
                 sum(x.l for x in f.discharged_by_reason),
                 sum(x.p for x in f.discharged_by_reason), f.discharged],
                [4, "Klien pada akhir periode", f.at_end_l, f.at_end_p, f.at_end],
            ]),
            _sexed("Klien keluar menurut alasan terminasi", "Alasan terminasi",
                   f.discharged_by_reason)]),
        SheetSpec("3a PPKS", f"3.1 Klien pada {end} menurut kategori PPKS dan jenis kelamin",
                  [_sexed("", "Kategori PPKS", r.by_ppks)]),
        SheetSpec("3b Umur", f"3.2 Klien pada {end} menurut kelompok umur dan jenis kelamin",
                  [_sexed("", "Kelompok umur", r.by_age)]),
        SheetSpec("3c Asal", f"3.3 Klien pada {end} menurut kabupaten/kota asal",
                  [_sexed("", "Kabupaten/kota asal", r.by_origin)]),
        SheetSpec("3d Tahapan", f"3.4 Klien pada {end} menurut tahapan rehabilitasi sosial",
                  [_sexed("", "Tahapan", r.by_stage)]),
    ]
    codes = ("H", "S", "I", "A", "T")
    tot = t.total
    sheets.append(SheetSpec("4a Program", "4.1 Pelatihan per program keterampilan", [Block(
        "", ["Program", "Angkatan berjalan", "Peserta", "Pertemuan", "JP", *codes,
             "Kehadiran tercatat", "Tingkat kehadiran", "Lulus", "Tidak lulus",
             "Tingkat kelulusan"],
        [TEXT, INT, INT, INT, INT, INT, INT, INT, INT, INT, INT, PCT, INT, INT, PCT],
        [[x.name, x.cohorts, x.enrolled, x.sessions, x.jp,
          *[x.attendance.get(c, 0) for c in codes], x.recorded, x.attendance_rate,
          x.graduates, x.failed, x.pass_rate] for x in t.tracks],
        ["Jumlah", tot.cohorts, tot.enrolled, tot.sessions, tot.jp,
         *[tot.attendance.get(c, 0) for c in codes], tot.recorded, tot.attendance_rate,
         tot.graduates, tot.failed, tot.pass_rate],
        "Tingkat kehadiran = (H + T) / tercatat; tingkat kelulusan = lulus / "
        "(lulus + tidak lulus).")]))
    sheets.append(SheetSpec("4b Angkatan", "4.2 Angkatan yang berjalan dalam periode", [Block(
        "", ["Program", "Angkatan", "Tutor", "Mulai", "Selesai", "Peserta", "Pertemuan", "JP",
             "Tingkat kehadiran", "Lulus"],
        [TEXT, TEXT, TEXT, DATE, DATE, INT, INT, INT, PCT, INT],
        [[c.track_name, c.name, c.tutor_name, c.start_date, c.end_date, c.enrolled,
          c.sessions, c.jp, c.attendance_rate, c.graduates] for c in t.cohorts])]))
    tu = ds.tutors
    sheets.append(SheetSpec("5 Tutor", "5. Tutor/instruktur aktif dalam periode", [
        Block("", ["No", "Nama", "Jenis", "Lembaga", "Pertemuan", "JP"],
              [INT, TEXT, TEXT, TEXT, INT, INT],
              [[i, x.name, x.type_name, x.institution, x.sessions, x.jp]
               for i, x in enumerate(tu.rows, start=1)],
              [None, "Jumlah", None, None, tu.sessions, tu.jp]),
        Block("Menurut jenis tutor", ["Jenis", "Tutor aktif", "Pertemuan", "JP"],
              [TEXT, INT, INT, INT], [[g.name, g.tutors, g.sessions, g.jp] for g in tu.by_type],
              ["Jumlah", tu.active, tu.sessions, tu.jp]),
        Block("Menurut lembaga", ["Lembaga", "Tutor aktif", "Pertemuan", "JP"],
              [TEXT, INT, INT, INT],
              [[g.name, g.tutors, g.sessions, g.jp] for g in tu.by_institution],
              ["Jumlah", tu.active, tu.sessions, tu.jp])]))
    fu = ds.followups
    sheets.append(SheetSpec("6a Bimbingan Lanjut", "6. Bimbingan lanjut lulusan", [
        Block("", ["Uraian", "Jumlah"], [TEXT, INT], [
            ["Jatuh tempo dalam periode", fu.due],
            ["Dari jumlah itu, sudah dilaksanakan sampai akhir periode", fu.due_done],
            ["Dilaksanakan dalam periode", fu.done],
            ["Terlambat pada akhir periode", fu.overdue],
            ["Bekerja/berwirausaha/KUBE (dilaksanakan dalam periode)", fu.earning],
            ["Data penghasilan tercatat", fu.incomes_recorded],
        ]),
        Block("", ["Uraian", "Nilai"], [TEXT, PCT],
              [["Persentase bekerja/berwirausaha/KUBE", fu.earning_share]]),
        Block("", ["Uraian", "Rupiah"], [TEXT, RP],
              [["Median penghasilan per bulan (yang bekerja/berwirausaha)", fu.median_income]]),
        Block("Hasil bimbingan lanjut dalam periode", ["Hasil", "Jumlah", "Persentase"],
              [TEXT, INT, PCT],
              [[o.name, o.count, o.count / fu.done if fu.done else None] for o in fu.outcomes],
              ["Jumlah", fu.done, 1.0 if fu.done else None])]))
    et = ds.effectiveness_total
    sheets.append(SheetSpec("6b Efektivitas", "6.2 Efektivitas program keterampilan", [Block(
        "", ["Program", "Jatuh tempo", "Selesai", "Terlambat", "Lulusan s.d. akhir periode",
             "Terpantau", "Bekerja/usaha", "% bekerja/usaha", "Median penghasilan"],
        [TEXT, INT, INT, INT, INT, INT, INT, PCT, RP],
        [[e.name, e.due, e.done, e.overdue, e.graduates, e.followed_up, e.working,
          e.working_share, e.median_income] for e in ds.effectiveness],
        ["Jumlah", et.due, et.done, et.overdue, et.graduates, et.followed_up, et.working,
         et.working_share, et.median_income],
        "Jatuh tempo, selesai dan terlambat: dalam periode. Lulusan, terpantau dan "
        "bekerja/usaha: kumulatif sampai akhir periode menurut bimbingan lanjut terakhir.")]))
    fa = ds.facility

    def amounts(title: str, label: str, rows: list) -> Block:
        return Block(title, [label, "Jumlah usulan", "Nilai (RAB)"], [TEXT, INT, RP],
                     [[x.name, x.count, x.cost] for x in rows],
                     ["Jumlah", fa.total, fa.total_cost])

    sheets.append(SheetSpec("7a Revitalisasi", f"7. Usulan revitalisasi (status pada {end})", [
        amounts("Menurut status", "Status", fa.by_status),
        amounts("Menurut jenis", "Jenis", fa.by_kind),
        amounts("Menurut sumber dana", "Sumber dana", fa.by_funding),
        Block("Dalam periode", ["Uraian", "Jumlah usulan", "Nilai (RAB)"], [TEXT, INT, RP], [
            ["Diajukan dalam periode", fa.submitted, fa.submitted_cost],
            ["Selesai dikerjakan dalam periode", fa.completed, fa.completed_cost],
        ])]))
    sheets.append(SheetSpec("7b Daftar Usulan", "7.4 Daftar usulan revitalisasi", [Block(
        "", ["Nomor", "Usulan", "Jenis", "Sumber dana", "Program", "Nilai (RAB)", "Status",
             "Selesai"],
        [TEXT, TEXT, TEXT, TEXT, TEXT, RP, TEXT, DATE],
        [[x.number, x.title, x.kind_name, x.funding_name, x.track_name, x.estimated_cost,
          x.status_name, x.completed_on] for x in fa.requests],
        [None, "Jumlah", None, None, None, fa.total_cost, None, None])]))
    return sheets
