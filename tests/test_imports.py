"""Excel import: templates, header detection under title rows and merged cells, every trap staff
sheets hold, dry run, all-or-nothing, error copies, exports that import back unchanged."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from jssc_desktop.domain.errors import PermissionDenied, ValidationError
from jssc_desktop.services.base import Actor
from jssc_desktop.services.clients import ClientInput, ClientQuery, register_client, search_clients
from jssc_desktop.services.exports import export_table
from jssc_desktop.services.imports import (
    apply_client_import,
    plan_client_import,
    read_sheet,
    remap,
    write_error_copy,
)
from jssc_desktop.services.templates import write_template
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, Client, StageHistory

TODAY = date(2026, 11, 23)
HEADER = ["No", "Nama Lengkap", "NIK", "L/P", "Tempat Lahir", "Tgl Lahir", "Alamat", "Kab/Kota",
          "Jenis PPKS", "Tgl Masuk"]


def good_rows() -> list[list[object]]:
    return [
        [1, "Siti Aminah", "3507125203050001", "P", "Malang", "12-03-2005", "Jl. Melati 5",
         "Kab. Malang", "Anak Telantar", "15/01/2026"],
        [2, "Budi Hartono", 3578011506990002, "Laki-laki", "Surabaya", datetime(1999, 6, 15),
         "Jl. Kenanga 1", "Kota Surabaya", "P09", "3 Februari 2026"],
        [3, "Rina Wati", "3509014108010003", "Perempuan", "Jember", "01 Agustus 2001", None, "3509",
         "Pengemis", date(2026, 3, 1)],
    ]


def make_sheet(path: Path, rows: list[list[object]], *, title_rows: bool = True,
               header: list[str] = HEADER) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Klien 2026"
    start = 1
    if title_rows:
        ws["A1"] = "DAFTAR PENERIMA MANFAAT UPT PELAYANAN SOSIAL BINA REMAJA"
        ws.merge_cells("A1:J1")
        ws["A2"] = "Tahun 2026"
        ws.merge_cells("A2:J2")
        start = 4
    for c, h in enumerate(header, start=1):
        ws.cell(row=start, column=c, value=h)
    for r, row in enumerate(rows, start=start + 1):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, str) and v.startswith("="):
                cell.data_type = "s"  # typed as text by the user, not a formula
    wb.save(path)
    return path


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def plan(db: Database, actor: Actor, path: Path, **kw):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return plan_client_import(s, actor, read_sheet(path), today=TODAY, **kw)


def test_title_rows_merged_cells_and_every_date_form(db: Database, actors: dict[str, Actor],
                                                     tmp_path: Path) -> None:
    path = make_sheet(tmp_path / "klien.xlsx", good_rows())
    p = plan(db, actors["staff"], path)
    assert p.header_row == 4
    assert p.errors == [], [str(e) for e in p.errors]
    assert (p.new, p.skipped) == (3, 0)
    assert [h for _, h in p.unmapped] == ["No"]
    assert count(db, Client) == 0, "planning writes nothing"
    rows = {r.row: r.values for r in p.rows}
    assert rows[5]["birth_date"] == date(2005, 3, 12) and rows[5]["kab_kota_code"] == "3507"
    assert rows[6]["nik"] == "3578011506990002" and rows[6]["sex"] == "L"
    assert rows[7]["admission_date"] == date(2026, 3, 1) and rows[7]["ppks_code"] == "P12"


def test_row_without_nik_needs_a_reason_like_the_form(db: Database, actors: dict[str, Actor],
                                                      tmp_path: Path) -> None:
    rows = good_rows()
    rows[2][2] = None
    path = make_sheet(tmp_path / "klien.xlsx", rows)
    p = plan(db, actors["staff"], path)
    assert [(e.row, e.column) for e in p.errors] == [(7, "Alasan Tanpa NIK")]
    assert "isi NIK atau pilih alasan" in p.errors[0].message
    header = HEADER + ["Alasan Tanpa NIK"]
    rows = [r + [None] for r in rows]
    rows[2][-1] = "Tidak punya"
    p = plan(db, actors["staff"], make_sheet(tmp_path / "k2.xlsx", rows, header=header))
    assert p.errors == [] and p.new == 3


def test_import_is_all_or_nothing(db: Database, actors: dict[str, Actor], tmp_path: Path) -> None:
    rows = good_rows() + [
        [4, "Ahmad Malang", "3507121203050009", "L", "Malang", "12-03-2005", None, "Malang",
         "Anak Jalanan", "01-02-2026"],                     # ambiguous kab/kota
        [5, "Dewi Lestari", 3507124101000010, "P", None, "01-01-2000", None, "Kota Batu",
         "P23", "01-02-2026"],                              # NIK rounded by Excel
        [6, "Joko", "3507121203050011", "L", None, "12-03-05", None, "3579", "P04",
         "01-02-2026"],                                     # two-digit year
        [7, "Sri", "3507124203050012", "X", None, "02-03-2005", None, "3579", "P04",
         "01-02-2026"],                                     # unknown sex
        [8, "Siti Aminah", "3507125203050013", "P", None, "12-03-2005", None, "3579", "P04",
         "01-02-2026"],                                     # same name + birth date as row 5
        [9, "Lina", "3507125203050001", "P", None, "12-03-2005", None, "3579", "P04",
         "01-02-2026"],                                     # same NIK as row 5
        [10, "Rudi", "3507121203300014", "L", None, "12-03-2030", None, "3579", "P04",
         "01-02-2026"],                                     # born in the future
    ]
    path = make_sheet(tmp_path / "klien.xlsx", rows)
    p = plan(db, actors["staff"], path)
    by_row = {}
    for e in p.errors:
        by_row.setdefault(e.row, []).append(e)
    assert set(by_row) == {8, 9, 10, 11, 12, 13, 14}
    assert by_row[8][0].column == "Kab/Kota" and "Kota Malang" in by_row[8][0].message
    assert by_row[9][0].column == "NIK" and "digit terakhir" in by_row[9][0].message
    assert by_row[10][0].column == "Tgl Lahir"
    assert by_row[11][0].column == "L/P"
    assert "baris 5" in by_row[12][0].message
    assert by_row[13][0].column == "NIK" and "baris 5" in by_row[13][0].message
    assert by_row[14][0].column == "Tgl Lahir" and "setelah hari ini" in by_row[14][0].message
    assert "Baris 8, kolom Kab/Kota" in str(by_row[8][0])
    before = (count(db, Client), count(db, StageHistory), count(db, AuditLog))
    with pytest.raises(ValidationError, match="tidak ada data yang disimpan"):
        with db.session() as s:
            apply_client_import(s, actors["staff"], p)
    assert (count(db, Client), count(db, StageHistory), count(db, AuditLog)) == before

    copy = write_error_copy(read_sheet(path), p, tmp_path / "galat.xlsx")
    ws = load_workbook(copy).active
    assert ws.cell(row=4, column=11).value == "Keterangan Galat"
    assert "Kota Malang" in ws.cell(row=8, column=11).value
    assert ws.cell(row=5, column=11).value is None
    assert ws.cell(row=5, column=3).value == "3507125203050001"


def test_import_writes_everything_and_skips_existing(db: Database, actors: dict[str, Actor],
                                                     tmp_path: Path) -> None:
    with db.session() as s:
        register_client(s, actors["staff"], ClientInput(
            name="Budi Hartono", sex="L", nik="3578011506990002", birth_date=date(1999, 6, 15),
            ppks_code="P09", admission_date=date(2025, 1, 2)), today=TODAY)
    path = make_sheet(tmp_path / "klien.xlsx", good_rows()[:2])
    p = plan(db, actors["staff"], path)
    assert (p.new, p.skipped, p.errors) == (1, 1, [])
    assert "Budi Hartono" in next(r.note for r in p.rows if r.action == "lewati")
    with db.session() as s:
        result = apply_client_import(s, actors["staff"], p)
    assert (result.new, result.skipped) == (1, 1)
    assert result.reg_numbers == ["PM-2026-00001"]
    with db.session() as s:
        siti = s.execute(select(Client).where(Client.nik == "3507125203050001")).scalar_one()
        assert (siti.name, siti.sex, siti.current_stage) == ("Siti Aminah", "P", "pendekatan_awal")
        assert s.execute(select(func.count()).select_from(StageHistory)
                         .where(StageHistory.client_id == siti.id)).scalar_one() == 1
        event = s.execute(select(AuditLog).where(AuditLog.action == "import.clients")).scalar_one()
        assert event.after["file"] == "klien.xlsx" and event.after["new"] == 1


def test_unrecognised_column_can_be_mapped(db: Database, actors: dict[str, Actor],
                                           tmp_path: Path) -> None:
    header = ["Nama Lengkap", "Kelamin", "Kategori Layanan", "Tanggal Diterima", "NIK"]
    rows = [["Siti Aminah", "P", "Anak Telantar", "15-01-2026", "3507125203050001"]]
    path = make_sheet(tmp_path / "x.xlsx", rows, title_rows=False, header=header)
    p = plan(db, actors["staff"], path)
    assert {h for _, h in p.unmapped} == {"Kategori Layanan", "Tanggal Diterima"}
    assert any("Jenis PPKS" in e.message for e in p.errors)
    mapping = remap(p, 2, "ppks_code")
    mapping = {**mapping, 3: "admission_date"}
    p2 = plan(db, actors["staff"], path, mapping=mapping, header_row=p.header_row)
    assert p2.errors == [] and p2.new == 1


def test_permissions(db: Database, actors: dict[str, Actor], tmp_path: Path) -> None:
    path = make_sheet(tmp_path / "klien.xlsx", good_rows())
    for role in ("tutor", "head"):
        with pytest.raises(PermissionDenied):
            plan(db, actors[role], path)


def test_not_an_excel_file(tmp_path: Path) -> None:
    bad = tmp_path / "bukan.xlsx"
    bad.write_text("halo")
    with pytest.raises(ValidationError, match="tidak dapat dibaca"):
        read_sheet(bad)
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        read_sheet(tmp_path / "tidak-ada.xlsx")


def test_template_then_import(db: Database, actors: dict[str, Actor], tmp_path: Path) -> None:
    path = write_template("clients", tmp_path / "templat.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Petunjuk"
    ws = wb["Data Klien"]
    headers = [c.value for c in ws[1]]
    assert headers[:3] == ["Nama Lengkap", "NIK", "Alasan Tanpa NIK"]
    assert ws["B2"].number_format == "@" and ws["B3"].number_format == "@"
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert any("Daftar" in f for f in lists.values()) and len(lists) >= 4
    # staff fill row 3 and leave the example in row 2
    values = ["Rahmat Hidayat", "3515010203040005", None, None, "L", "Sidoarjo",
              "02-03-2004", None, "Kab. Sidoarjo", "Anak Jalanan"]
    for c, v in enumerate(values, start=1):
        ws.cell(row=3, column=c, value=v)
    adm = headers.index("Tgl Masuk") + 1
    ws.cell(row=3, column=adm, value=date(2026, 5, 4))
    wb.save(path)
    p = plan(db, actors["staff"], path)
    assert p.errors == [] and (p.new, p.skipped) == (1, 1)
    assert next(r for r in p.rows if r.action == "lewati").note == "baris contoh templat"
    for kind in ("tutors", "attendance"):
        assert load_workbook(write_template(kind, tmp_path / f"{kind}.xlsx")).sheetnames[0] == \
            "Petunjuk"


def test_export_then_import_back_yields_the_same_records(tmp_path: Path, actors: dict[str, Actor],
                                                         db: Database) -> None:
    path = make_sheet(tmp_path / "klien.xlsx", good_rows()[:2] + [
        [3, "=HYPERLINK(\"http://x\",\"klik\")", "3509014101010003", "P", None, "01-01-2001",
         "+62 Jl. Mawar", "3509", "Pengemis", "01-03-2026"]])
    with db.session() as s:
        apply_client_import(s, actors["staff"], plan_client_import(
            s, actors["staff"], read_sheet(path), today=TODAY))
    with db.session() as s:
        page = search_clients(s, actors["staff"], ClientQuery(limit=100), today=TODAY)
        originals = {c.nik: (c.name, c.sex, c.birth_date, c.kab_kota_code, c.ppks_code,
                             c.admission_date, c.address)
                     for c in s.execute(select(Client)).scalars()}
        full = {c.reg_no: c for c in s.execute(select(Client)).scalars()}
    assert len(page.rows) == 3
    headers = ["Nama Lengkap", "NIK", "L/P", "Tgl Lahir", "Alamat", "Kab/Kota", "Jenis PPKS",
               "Tgl Masuk"]
    rows = [[full[r.reg_no].name, full[r.reg_no].nik, full[r.reg_no].sex,
             full[r.reg_no].birth_date, full[r.reg_no].address, full[r.reg_no].kab_kota_code,
             full[r.reg_no].ppks_code, full[r.reg_no].admission_date] for r in page.rows]
    out = export_table(tmp_path / "ekspor.xlsx", "Klien", headers, rows)
    ws = load_workbook(out).active
    formula_like = [c for row in ws.iter_rows() for c in row
                    if isinstance(c.value, str) and c.value.startswith("=")]
    assert formula_like and all(c.data_type == "s" for c in formula_like)

    other = Database(str(tmp_path / "lain.sqlite3"))
    from jssc_desktop.storage.models import Base

    Base.metadata.create_all(other.engine)
    with other.session() as s:
        p = plan_client_import(s, Actor.system(), read_sheet(out), today=TODAY)
        assert p.errors == []
        apply_client_import(s, Actor.system(), p)
    with other.session() as s:
        copies = {c.nik: (c.name, c.sex, c.birth_date, c.kab_kota_code, c.ppks_code,
                          c.admission_date, c.address)
                  for c in s.execute(select(Client)).scalars()}
    other.dispose()
    assert copies == originals


def test_csv_export_keeps_formulas_as_text(tmp_path: Path) -> None:
    out = export_table(tmp_path / "x.csv", "X", ["Nama", "Jumlah"], [["=1+1", 5], ["Ani", 3]])
    text = out.read_text(encoding="utf-8-sig").splitlines()
    assert text == ["Nama;Jumlah", "'=1+1;5", "Ani;3"]


def test_cli_dry_run_then_import(tmp_path: Path) -> None:
    db_file = tmp_path / "cli.sqlite3"
    path = make_sheet(tmp_path / "klien.xlsx", good_rows()[:2])
    env = {"JSSC_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "jssc_desktop", "--db", str(db_file), *a],
        capture_output=True, text=True, env=env, timeout=120)
    assert run("migrate").returncode == 0  # a missing --db file is refused, not created
    from .test_cli import TEST_PASSWORD, add_user

    add_user(db_file, "staf", "staff")  # an import changes data: a signed-in user does it
    env["JSSC_PASSWORD"] = TEST_PASSWORD
    plain_run = run
    run = lambda *a: plain_run("--as", "staf", *a)  # noqa: E731
    dry = run("import", "clients", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "2 baru" in dry.stdout and "tidak ada yang disimpan" in dry.stdout
    real = run("import", "clients", str(path))
    assert real.returncode == 0 and "2 baru" in real.stdout
    again = run("import", "clients", str(path), "--dry-run")
    assert "0 baru" in again.stdout and "2 dilewati" in again.stdout
    bad = make_sheet(tmp_path / "buruk.xlsx", [[1, "Ani", "123", "P", None, None, None, "3579",
                                                "P04", "01-02-2026"]])
    res = run("import", "clients", str(bad), "--errors-out", str(tmp_path / "g.xlsx"))
    assert res.returncode == 1
    assert "Baris 5, kolom NIK" in res.stdout and res.stderr.startswith("Galat:")
    assert (tmp_path / "g.xlsx").exists()
    tpl = run("template", "clients", "--out", str(tmp_path / "t.xlsx"))
    assert tpl.returncode == 0 and (tmp_path / "t.xlsx").exists()


def test_rows_inside_an_approved_period_are_refused(db: Database, actors: dict[str, Actor],
                                                    tmp_path: Path) -> None:
    from datetime import datetime as dt

    from jssc_desktop.storage.models import PeriodReport

    with db.session() as s:
        s.add(PeriodReport(kind="monthly", period="2026-02", start_date=date(2026, 2, 1),
                           end_date=date(2026, 2, 28), approved_by=actors["head"].user_id,
                           approved_at=dt(2026, 3, 5, 9, 0)))
    path = make_sheet(tmp_path / "klien.xlsx", good_rows())
    p = plan(db, actors["staff"], path)
    assert [(e.row, e.column) for e in p.errors] == [(6, "Tgl Masuk")]
    assert "sudah disetujui" in p.errors[0].message and "Februari 2026" in p.errors[0].message
    assert p.new == 2


def test_imported_rows_are_the_rows_the_form_writes(db: Database, actors: dict[str, Actor],
                                                    tmp_path: Path) -> None:
    """The bulk insert (one driver executemany on SQLite) stores every column as the form's
    own insert does: dates as dates, timestamps filled in by the database, a stage row each."""
    path = make_sheet(tmp_path / "klien.xlsx", good_rows())
    with db.session() as s:
        result = apply_client_import(s, actors["staff"],
                                     plan_client_import(s, actors["staff"], read_sheet(path),
                                                        today=TODAY))
    assert result.new == 3
    with db.session() as s:
        formed = register_client(s, actors["staff"], ClientInput(
            name="Siti Aminah Kedua", nik="3507125203050009", sex="P", birth_place="Malang",
            birth_date=date(2005, 3, 12), address="Jl. Melati 5", kab_kota_code="3507",
            ppks_code="P02", admission_date=date(2026, 1, 15)), today=TODAY)
        rows = {c.reg_no: c for c in s.execute(select(Client)).scalars()}
        siti = rows[result.reg_numbers[0]]
        form = s.get(Client, formed.id)
        assert form is not None
        for column in Client.__table__.columns:
            if column.name in ("id", "reg_no", "name", "name_normalized", "nik", "created_at",
                               "updated_at"):
                continue
            assert getattr(siti, column.name) == getattr(form, column.name), column.name
        assert siti.name_normalized == "siti aminah"
        assert siti.birth_date == date(2005, 3, 12) and siti.admission_date == date(2026, 1, 15)
        assert siti.created_at is not None and siti.updated_at is not None
        stages = s.execute(select(StageHistory).where(StageHistory.client_id == siti.id)).all()
        assert len(stages) == 1 and stages[0][0].recorded_at is not None
        assert stages[0][0].started_on == date(2026, 1, 15)


def test_the_sheet_reader_gives_what_openpyxl_gives(tmp_path: Path) -> None:
    """read_sheet (python-calamine) gives every kind of cell as openpyxl's read-only mode does,
    which the cell rules were written for: text, whole numbers as int (also a 16-digit NIK a
    program other than Excel stored exactly), fractions and numbers beyond 2**53 as float
    (a NIK whose last digit Excel turned into 0 is still refused), dates and times, booleans,
    empty cells and rows as None, title rows and a table that starts in a later column. Two
    differences: an error cell (#N/A) and a text of spaces only read as empty (every cell rule
    takes a text of spaces as empty anyway)."""
    from datetime import time

    wb = Workbook()
    ws = wb.active
    ws.title = "Petunjuk"
    data = wb.create_sheet("Klien")
    data.append(["DAFTAR KLIEN UPT"])
    data.append([])
    data.append([None, "Nama", "NIK", "Jumlah", "Tanggal", "Jam", "Ya", "Teks"])
    data.append([None, "Siti", 3507010902960001, 3514, date(2026, 1, 2), time(8, 15), True,
                 "0123"])
    data.append([None, "  Budi  ", 3.50701090296e15, 2.5, datetime(2026, 1, 2, 13, 30), None,
                 False, "=1+1"])
    data.append([None, "x", 1e20, -7, None, None, None, " "])
    data.append([])
    data.append([None, None, None, None, None, None, None, "akhir"])
    data.cell(row=9, column=2, value="#N/A")  # an error cell
    path = tmp_path / "jenis.xlsx"
    wb.save(path)
    sheet = read_sheet(path)
    assert sheet.sheet_name == "Klien"  # the template's help sheet is passed over
    expected = [tuple(r) for r in
                load_workbook(path, read_only=True, data_only=True)["Klien"].iter_rows(
                    values_only=True)]
    width = max(len(r) for r in expected)
    expected = [r + (None,) * (width - len(r)) for r in expected]
    assert expected[8][1] == "#N/A"
    expected[8] = (None,) * width  # the differences, documented above
    assert expected[5][7] == " "
    expected[5] = (*expected[5][:7], None, *expected[5][8:])
    assert len(sheet.rows) == len(expected) - 1  # the error cell's row is empty, hence gone
    for got, want in zip(sheet.rows, expected, strict=False):
        assert got == want and [type(v) for v in got] == [type(v) for v in want]
    from jssc_desktop.domain.cells import parse_nik_cell

    assert parse_nik_cell(sheet.rows[3][2]) == "3507010902960001"
    assert sheet.rows[4][2] == 3507010902960000 and isinstance(sheet.rows[5][2], float)
    with pytest.raises(ValidationError, match="menjadi 0"):
        parse_nik_cell(sheet.rows[4][2])
    with pytest.raises(ValidationError, match="tidak ada"):
        read_sheet(path, "Lain")


def test_a_sheet_over_the_row_limit_is_refused_without_reading_it_all(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Up to MAX_ROWS rows under MAX_HEADER_SCAN rows of titles are read; one more is refused
    with a message naming the sheet and the limit (the reader stops one row past it)."""
    from jssc_desktop.services import imports

    monkeypatch.setattr(imports, "MAX_ROWS", 5)
    limit = 5 + imports.MAX_HEADER_SCAN
    for rows, refused in ((limit, False), (limit + 1, True), (limit + 500, True)):
        wb = Workbook()
        ws = wb.active
        ws.title = "Data"
        for i in range(rows):
            ws.append([f"baris {i + 1}"])
        path = tmp_path / f"{rows}.xlsx"
        wb.save(path)
        if refused:
            with pytest.raises(ValidationError, match="Lembar Data berisi lebih dari 5 baris"):
                read_sheet(path)
        else:
            assert read_sheet(path).rows[-1] == (f"baris {limit}",)
