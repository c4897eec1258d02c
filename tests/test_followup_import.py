"""Follow-up results from a spreadsheet: the same rules as the form (an earning outcome needs a
workplace and an income above zero; an income above the ceiling needs an explicit confirmation),
errors naming row and column, and all rows or none."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from jssc_desktop.domain.errors import PermissionDenied
from jssc_desktop.services.followup_import import import_followups
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import FollowUp

from .test_services_followups import TODAY, World

HEADER = ["No", "No. Registrasi", "Nama", "Bulan Ke", "Tgl Pelaksanaan", "Cara", "Hasil",
          "Tempat Kerja/Usaha", "Penghasilan per Bulan", "Bantuan", "Kondisi Bantuan"]


def _sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Bimbingan Lanjut"
    ws.append(["REKAP BIMBINGAN LANJUT LULUSAN 2026"])  # a title row above the header
    ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def grads(db: Database) -> dict[str, int]:
    with db.session() as s:
        w = World(s)
        a = w.graduate("Menjahit", "Ani", date(2026, 5, 4))        # PM-2025-00001
        b = w.graduate("Reparasi AC", "Bagus", date(2026, 5, 4))   # PM-2025-00002
        c = w.graduate("Tata Boga", "Citra", date(2026, 2, 2))     # PM-2025-00003
        return {"a3": a[3].id, "b3": b[3].id, "c6": c[6].id}


GOOD = [
    [1, "PM-2025-00001", "Ani", 3, "10-08-2026", "Kunjungan rumah", "Wirausaha",
     "Jahit Ani, Kepanjen", "Rp 2.500.000", "Mesin jahit", "Dipakai"],
    [2, "PM-2025-00002", "Bagus", "3 bulan", date(2026, 8, 12), "telepon", "bekerja",
     "CV Dingin Jaya", 3_100_000, None, None],
    [3, "PM-2025-00003", "Citra", 6, "5 Agustus 2026", "Telepon", "Sekolah", None, None,
     None, None],
]


def _state(db: Database) -> list[tuple[Any, ...]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(
            select(FollowUp.id, FollowUp.done_date, FollowUp.outcome,
                   FollowUp.employer_or_business, FollowUp.monthly_income)
            .order_by(FollowUp.id)).all()]


def test_import_records_every_row(db: Database, actors, grads, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _sheet(tmp_path / "bl.xlsx", GOOD)
    with db.session() as s:
        dry = import_followups(s, actors["staff"], path, dry_run=True, today=TODAY)
    assert (dry.recorded, dry.errors, dry.saved, dry.header_row) == (3, [], False, 3)
    assert all(r[1] is None for r in _state(db))
    with db.session() as s:
        result = import_followups(s, actors["staff"], path, today=TODAY)
    assert (result.recorded, result.errors, result.saved) == (3, [], True)
    with db.session() as s:
        got = {f.id: (f.done_date, f.method, f.outcome, f.employer_or_business,
                      f.monthly_income, f.aid_received, f.aid_condition)
               for f in s.scalars(select(FollowUp).where(FollowUp.done_date.is_not(None)))}
    assert got == {
        grads["a3"]: (date(2026, 8, 10), "kunjungan", "wirausaha", "Jahit Ani, Kepanjen",
                      2_500_000, "Mesin jahit", "dipakai"),
        grads["b3"]: (date(2026, 8, 12), "telepon", "bekerja", "CV Dingin Jaya", 3_100_000,
                      None, None),
        grads["c6"]: (date(2026, 8, 5), "telepon", "sekolah", None, None, None, None),
    }


@pytest.mark.parametrize("change, column, words", [
    ({7: None}, "Tempat Kerja/Usaha", "memerlukan tempat kerja/usaha"),
    ({8: 0}, "Penghasilan per Bulan", "di atas Rp 0"),
    ({8: None}, "Penghasilan per Bulan", "di atas Rp 0"),
    ({8: "dua juta"}, "Penghasilan per Bulan", "tidak dapat dibaca"),
    ({3: 4}, "Bulan Ke", "3, 6 atau 12"),
    ({1: "PM-2025-00999"}, "No. Registrasi", "Tidak ada jadwal"),
    ({6: "Tidak bekerja"}, "Penghasilan per Bulan", "tidak berpenghasilan"),
])
def test_one_bad_row_keeps_everything_out(db: Database, actors, grads, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          change: dict[int, Any], column: str,
                                          words: str) -> None:
    rows = [list(r) for r in GOOD]
    for col, value in change.items():
        rows[1][col] = value
    path = _sheet(tmp_path / "bl.xlsx", rows)
    before = _state(db)
    with db.session() as s:
        result = import_followups(s, actors["staff"], path, today=TODAY)
    assert not result.saved and result.recorded == 0
    assert len(result.errors) == 1
    issue = result.errors[0]
    assert (issue.row, issue.column) == (5, column), issue
    assert words in issue.message
    assert str(issue).startswith(f"Baris 5, kolom {column}: ")
    assert _state(db) == before


def test_income_above_ceiling_needs_the_flag(db: Database, actors, grads,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    rows = [list(r) for r in GOOD]
    rows[1][8] = "Rp 45.000.000"
    path = _sheet(tmp_path / "bl.xlsx", rows)
    before = _state(db)
    with db.session() as s:
        refused = import_followups(s, actors["staff"], path, today=TODAY)
    assert refused.unconfirmed == [5] and not refused.saved
    assert "Rp 45.000.000" in refused.errors[0].message
    assert _state(db) == before
    with db.session() as s:
        ok = import_followups(s, actors["staff"], path, today=TODAY, confirm_high_income=True)
    assert ok.saved and ok.recorded == 3
    with db.session() as s:
        assert s.get(FollowUp, grads["b3"]).monthly_income == 45_000_000


def test_import_needs_the_right_to_record(db: Database, actors, grads, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _sheet(tmp_path / "bl.xlsx", GOOD)
    for who in ("head", "tutor"):
        with pytest.raises(PermissionDenied), db.session() as s:
            import_followups(s, actors[who], path, today=TODAY)


def test_cli_import_followups(tmp_path: Path) -> None:
    """The command line refuses the unusual income with the row and the flag to use."""
    from .test_cli import run

    dbfile = tmp_path / "jssc.sqlite3"
    db = Database(f"sqlite:///{dbfile}")
    from jssc_desktop.storage.migrate import upgrade

    upgrade(db)
    with db.session() as s:
        w = World(s)
        w.graduate("Menjahit", "Ani", date(2026, 5, 4))
        w.graduate("Reparasi AC", "Bagus", date(2026, 5, 4))
        w.graduate("Tata Boga", "Citra", date(2026, 2, 2))
    db.dispose()
    rows = [list(r) for r in GOOD]
    rows[0][8] = 38_000_000
    path = _sheet(tmp_path / "bl.xlsx", rows)
    from .test_cli import add_user

    add_user(dbfile, "pengimpor", "staff")
    proc = run(tmp_path, "import", "followups", str(path), db=dbfile, as_user="pengimpor")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Baris 4, kolom Penghasilan per Bulan: Penghasilan Rp 38.000.000" in proc.stdout
    assert "--confirm-high-income" in proc.stdout and "Tidak ada yang disimpan" in proc.stdout
    proc = run(tmp_path, "import", "followups", str(path), "--confirm-high-income", db=dbfile,
               as_user="pengimpor")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "3 hasil bimbingan lanjut dicatat" in proc.stdout
    db = Database(f"sqlite:///{dbfile}")
    with db.session() as s:
        assert s.scalar(select(FollowUp.monthly_income).where(
            FollowUp.employer_or_business == "Jahit Ani, Kepanjen")) == 38_000_000
    db.dispose()


def test_template_example_row_is_skipped(db: Database, actors, grads, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The template (also from the wizard's first page) reads back: its header is found, its
    example row is skipped, the rows typed under it are recorded."""
    from openpyxl import load_workbook

    from jssc_desktop.services.templates import write_template

    with db.session() as s:
        path = write_template("followups", tmp_path / "templat.xlsx", s)
    wb = load_workbook(path)
    ws = wb["Bimbingan Lanjut"]
    headers = [c.value for c in ws[1]]
    assert headers[:2] == ["No. Registrasi", "Bulan Ke"]
    row = {"No. Registrasi": "PM-2025-00003", "Bulan Ke": 6, "Tgl Pelaksanaan": "5 Agustus 2026",
           "Cara": "Telepon", "Hasil": "Sekolah"}
    ws.append([row.get(h) for h in headers])
    wb.save(path)
    with db.session() as s:
        result = import_followups(s, actors["staff"], path, sheet_name="Bimbingan Lanjut",
                                  today=TODAY)
    assert (result.errors, result.recorded, result.saved) == ([], 1, True)
    with db.session() as s:
        assert s.get(FollowUp, grads["c6"]).outcome == "sekolah"
