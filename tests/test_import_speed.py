"""What the faster import keeps exactly as it was: every repeated cell still refused on its own
row, the workbook read beside the database check gives the same sheet and the same errors in the
same order, the file check still stops at its time limit (now from a timer) and still finishes
while another thread is busy, and the import command loads neither Babel nor the PostgreSQL
dialect before it needs them."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from jssc_desktop.domain.errors import ValidationError
from jssc_desktop.services.base import Actor
from jssc_desktop.services.imports import SheetInBackground, plan_client_import, read_sheet
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.health import check_sqlite_file

from .test_cli import TEST_PASSWORD, add_user
from .test_damaged_db import _filled
from .test_imports import good_rows, make_sheet

TODAY = date(2026, 11, 23)


def _row(n: int, name: str, nik: object, sex: object) -> list[object]:
    return [n, name, nik, sex, "Malang", None, "Jl. Mawar 1", "Kab. Malang",
            "Anak Telantar", "15/01/2026"]


def test_each_repeated_cell_is_refused_on_its_own_row(db: Database, actors: dict[str, Actor],
                                                      tmp_path: Path) -> None:
    rows = [
        _row(1, "Ani Lestari", None, "X"),       # sex X: refused
        _row(2, "Budi Santoso", None, "X"),      # the same X again: refused again, its own row
        _row(3, "Citra Dewi", True, "P"),        # a TRUE cell as NIK: not a number
        _row(4, "Dodi Pratama", 1, "L"),         # 1 as NIK (equal to True in Python): too short
        _row(5, "Eka Putri", True, "P"),         # TRUE again: the same refusal
    ]
    path = make_sheet(tmp_path / "ulang.xlsx", rows)
    with db.session() as s:
        plan = plan_client_import(s, actors["staff"], read_sheet(path), today=TODAY)
    found = [(e.row, e.column, e.message) for e in plan.errors]
    sex_errors = [(r, c) for r, c, m in found if "tidak dikenal" in m and c == "L/P"]
    assert sex_errors == [(5, "L/P"), (6, "L/P")], found
    nik = {r: m for r, c, m in found if c == "NIK"}
    assert "bukan angka" in nik[7] and "bukan angka" in nik[9], nik
    assert "hanya 1 digit" in nik[8], nik
    assert plan.new == 0


def test_repeated_good_values_give_the_same_rows(db: Database, actors: dict[str, Actor],
                                                 tmp_path: Path) -> None:
    rows = good_rows() + [[4, "Dewi Sartika", "3507125203050004", "P", "Malang", "12-03-2005",
                           "Jl. Melati 5", "Kab. Malang", "Anak Telantar", "15/01/2026"]]
    path = make_sheet(tmp_path / "klien.xlsx", rows)
    with db.session() as s:
        plan = plan_client_import(s, actors["staff"], read_sheet(path), today=TODAY)
    assert plan.errors == [], [str(e) for e in plan.errors]
    by_row = {r.row: r.values for r in plan.rows}
    for key in ("sex", "kab_kota_code", "ppks_code", "admission_date", "birth_place"):
        assert by_row[8][key] == by_row[5][key], key
    assert by_row[8]["admission_date"] == date(2026, 1, 15)


def test_sheet_read_in_background_is_the_same_sheet(tmp_path: Path) -> None:
    path = make_sheet(tmp_path / "klien.xlsx", good_rows())
    assert SheetInBackground(path).result() == read_sheet(path)
    assert SheetInBackground(path, "Klien 2026").result() == read_sheet(path, "Klien 2026")
    with pytest.raises(ValidationError) as caught:
        SheetInBackground(tmp_path / "tidak-ada.xlsx").result()
    assert "Berkas tidak ditemukan" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        SheetInBackground(path, "Lain").result()
    assert "Lembar 'Lain' tidak ada" in caught.value.message


def _cli(tmp_path: Path, db_file: Path, *args: str, password: str) -> subprocess.CompletedProcess:
    env = {"JSSC_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin",
           "JSSC_PASSWORD": password}
    return subprocess.run([sys.executable, "-m", "jssc_desktop", "--db", str(db_file), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_import_command_reports_problems_in_the_same_order(tmp_path: Path) -> None:
    db_file = tmp_path / "cli.sqlite3"
    sheet = make_sheet(tmp_path / "klien.xlsx", good_rows()[:1])
    missing = tmp_path / "tidak-ada.xlsx"
    # No database: said first, even though the workbook is missing too.
    res = _cli(tmp_path, db_file, "--as", "staf", "import", "clients", str(missing),
               password=TEST_PASSWORD)
    assert res.returncode == 1 and "Basis data tidak ditemukan" in res.stderr, res.stderr
    assert _cli(tmp_path, db_file, "migrate", password="").returncode == 0
    add_user(db_file, "staf", "staff")
    # A wrong password comes before the missing workbook, as when the workbook was read after.
    res = _cli(tmp_path, db_file, "--as", "staf", "import", "clients", str(missing),
               password="salah-sekali-99")
    assert res.returncode == 1 and "kata sandi salah" in res.stderr, res.stderr
    res = _cli(tmp_path, db_file, "--as", "staf", "import", "clients", str(missing),
               password=TEST_PASSWORD)
    assert res.returncode == 1 and "Berkas tidak ditemukan" in res.stderr, res.stderr
    res = _cli(tmp_path, db_file, "--as", "staf", "import", "clients", str(sheet),
               password=TEST_PASSWORD)
    assert res.returncode == 0 and "1 baru" in res.stdout, (res.stdout, res.stderr)
    res = _cli(tmp_path, db_file, "--as", "staf", "import", "tutors", str(missing),
               password=TEST_PASSWORD)
    assert res.returncode == 1 and "Berkas tidak ditemukan" in res.stderr, res.stderr


def test_file_check_finishes_beside_a_busy_thread(tmp_path: Path) -> None:
    path = tmp_path / "jssc.sqlite3"
    _filled(path)
    stop = threading.Event()

    def spin() -> None:  # pure Python: holds the interpreter whenever it may
        n = 0
        while not stop.is_set():
            n += 1

    busy = threading.Thread(target=spin, daemon=True)
    busy.start()
    try:
        started = time.monotonic()
        health = check_sqlite_file(path, seconds=30.0)
        took = time.monotonic() - started
    finally:
        stop.set()
        busy.join()
    assert health.checked and not health.damaged and health.detail == "ok", health
    assert took < 30.0


def test_file_check_stops_at_its_time_limit(tmp_path: Path) -> None:
    path = tmp_path / "besar.sqlite3"
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)",
                     ((f"{i:08d}" + "x" * 1000,) for i in range(20_000)))
    conn.execute("CREATE INDEX ix_t ON t (x)")
    conn.commit()
    conn.close()
    started = time.monotonic()
    health = check_sqlite_file(path, seconds=0.02)
    took = time.monotonic() - started
    assert not health.damaged
    assert not health.checked and "dihentikan" in health.detail, health
    assert took < 5.0
    assert check_sqlite_file(path, seconds=60.0).detail == "ok"  # the timer did not linger


def test_import_command_modules_load_no_babel_or_postgresql() -> None:
    code = ("import sys, jssc_desktop.cli, jssc_desktop.services.imports, "
            "jssc_desktop.storage.health, jssc_desktop.storage.migrate, "
            "jssc_desktop.services.users; "
            "print(sorted(m for m in sys.modules if m == 'babel' or "
            "m.startswith('sqlalchemy.dialects.postgresql')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout.strip()
    assert out == "[]", out
