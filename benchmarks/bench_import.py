"""Import speed: a 10,000-row client sheet validated and imported, against the time openpyxl's
read-only mode needs merely to iterate the same file (measured in the same run).

    python benchmarks/bench_import.py [--rows 10000]

Floor (issue "Bring existing spreadsheets in"): at most 5 s, and at most 2 × the baseline.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook, load_workbook  # noqa: E402

from jssc_desktop.domain.nik import make_nik  # noqa: E402
from jssc_desktop.services.base import Actor  # noqa: E402
from jssc_desktop.services.imports import (  # noqa: E402
    apply_client_import,
    plan_client_import,
    read_sheet,  # noqa: E402
)
from jssc_desktop.storage.db import Database  # noqa: E402
from jssc_desktop.storage.models import Base  # noqa: E402

TODAY = date(2026, 11, 23)
HEADER = ["Nama Lengkap", "NIK", "L/P", "Tempat Lahir", "Tgl Lahir", "Alamat", "Kab/Kota",
          "Jenis PPKS", "Tgl Masuk"]


def make_sheet(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Klien")
    ws.append(["DAFTAR KLIEN"])
    ws.append([])
    ws.append(HEADER)
    for i in range(rows):
        sex = rng.choice("LP")
        born = date(1960 + rng.randrange(50), rng.randrange(1, 13), rng.randrange(1, 29))
        ws.append([f"Klien {i} Santoso", make_nik("3507", sex, born, i % 9999 + 1, 1 + i // 9999),
                   sex, "Malang", born.strftime("%d-%m-%Y"), "Jl. Mawar 1", "Kab. Malang",
                   "Penyandang Disabilitas", "01-02-2026"])
    wb.save(path)


def iterate_only(path: Path) -> float:
    started = time.perf_counter()
    wb = load_workbook(path, read_only=True)
    for _ in wb.active.iter_rows(values_only=True):
        pass
    wb.close()
    return time.perf_counter() - started


def full_import(path: Path, folder: Path, run: int) -> float:
    db = Database(str(folder / f"import-{run}.sqlite3"))
    Base.metadata.create_all(db.engine)
    started = time.perf_counter()
    with db.session() as s:
        plan = plan_client_import(s, Actor.system(), read_sheet(path), today=TODAY)
        assert not plan.errors, plan.errors[:3]
        result = apply_client_import(s, Actor.system(), plan)
    seconds = time.perf_counter() - started
    db.dispose()
    assert result.new == plan.new
    return seconds


def run(rows: int = 10_000, repeats: int = 3) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="jssc-bench-import-") as tmp:
        folder = Path(tmp)
        sheet = folder / "klien.xlsx"
        make_sheet(sheet, rows)
        base = statistics.median(iterate_only(sheet) for _ in range(repeats))
        full = statistics.median(full_import(sheet, folder, i) for i in range(repeats))
    return {"rows": rows, "baseline_openpyxl_iterate_s": base, "import_s": full,
            "ratio": full / base}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--rows", type=int, default=10_000)
    args = p.parse_args()
    r = run(args.rows)
    print(json.dumps(r, indent=2))
    print(f"impor {r['rows']} baris: {r['import_s']:.2f} s; openpyxl saja "
          f"{r['baseline_openpyxl_iterate_s']:.2f} s; rasio {r['ratio']:.2f} (batas 2,0; "
          f"batas waktu 5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
