"""Province consolidation: receive the monthly packages of 38 UPTs for 12 months (456 files, each
with a real PDF and XLSX) and write the 12 monthly province reports in every format (PDF, XLSX
and JSON, as ``province report monthly PERIOD --format all`` writes them). Target: ≤ 5 s for
both. As detail, the reports are then made again in JSON + XLSX only and in PDF only (not in
the target). Wall and CPU time and the machine's load are printed, since on a shared machine
the wall time follows the load; the figures are the medians of ``--runs`` runs (default 3),
each on a new province database.

    python benchmarks/bench_province.py                    # province database on SQLite
    python benchmarks/bench_province.py --db postgresql://…  # on a PostgreSQL database (emptied)

The packages are made once from one real demo package: each UPT signs with its own key and
gets its own code, period and figures, so every file is a different, validly signed package.
Making them is not timed; receiving (checks of zip, signature, checksums and schema, then one
transaction per file) and reporting are.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
import zipfile
from calendar import monthrange
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

UPTS = 38
MONTHS = 12
TARGET_S = 5.0
MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember")


def _template(work: Path) -> Path:
    from sqlalchemy import select

    from jssc_desktop.reports.package import build_package
    from jssc_desktop.services.base import Actor
    from jssc_desktop.services.demo import build_demo
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.migrate import upgrade
    from jssc_desktop.storage.models import User

    db = Database(str(work / "upt.sqlite3"))
    upgrade(db)
    build_demo(db, clients=300, years=2, seed=1, today=date(2026, 11, 23))
    with db.session() as s:
        head = s.execute(select(User).where(User.role == "head")).scalars().one()
        actor = Actor(head.id, head.username, "head", head.full_name)
    path = build_package(db, actor, "monthly", "2026-10", out_dir=work,
                         today=date(2026, 11, 23))
    db.dispose()
    return path


def make_packages(work: Path) -> list[Path]:
    from jssc_desktop.domain.vocab import vocabulary
    from jssc_desktop.services import package_format as fmt

    template = _template(work)
    with zipfile.ZipFile(io.BytesIO(template.read_bytes())) as z:
        data = json.loads(z.read("data.json"))
        files = [(n, z.read(n)) for n in z.namelist() if n.endswith((".pdf", ".xlsx"))]
    known = [(t.code, t.name) for t in vocabulary("upts")]
    upts = known + [(f"UPT-{i:02d}", f"UPT Contoh {i:02d}") for i in range(len(known) + 1,
                                                                         UPTS + 1)]
    rng = random.Random(1)
    out = []
    folder = work / "in"
    folder.mkdir()
    for code, name in upts[:UPTS]:
        secret = os.urandom(32)
        for month in range(1, MONTHS + 1):
            key = f"2026-{month:02d}"
            data["upt"] = {"code": code, "name": name}
            data["report"].update(period=key, label=f"{MONTH_NAMES[month - 1]} 2026",
                                  start=f"{key}-01", end=f"{key}-{monthrange(2026, month)[1]:02d}")
            for k in ("clients_start", "admitted", "discharged", "clients_end", "graduates"):
                data["summary"][k] = rng.randint(0, 120)
            path = folder / fmt.package_name(code, key)
            path.write_bytes(fmt.build_zip(data, files, secret))
            out.append(path)
    return out


def _fresh_db(db_url: str | None, work: Path, n: int) -> Any:
    from sqlalchemy import text

    from jssc_desktop.services.base import Actor
    from jssc_desktop.services.province import init_province
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.migrate import upgrade
    from jssc_desktop.storage.models import Base

    db = Database(db_url or str(work / f"province-{n}.sqlite3"))
    if db_url:
        names = ", ".join(t.name for t in Base.metadata.sorted_tables)
        with db.engine.begin() as conn:
            conn.execute(text(f"DROP TABLE IF EXISTS {names}, alembic_version CASCADE"))
    upgrade(db)
    with db.session() as s:
        init_province(s, Actor.system())
    return db


def _reports(db: Any, formats: tuple[str, ...], out: Path) -> tuple[float, float]:
    """The 12 monthly province reports in ``formats``, one call per month as
    ``province report monthly 2026-MM --format …`` makes them: (wall, CPU) seconds."""
    from jssc_desktop.reports.province import write_province_report
    from jssc_desktop.services.base import Actor

    t0, c0 = time.perf_counter(), time.process_time()
    for month in range(1, MONTHS + 1):
        write_province_report(db, Actor.system(), "monthly", f"2026-{month:02d}",
                              formats=formats, out_dir=out)
    return time.perf_counter() - t0, time.process_time() - c0


def once(db_url: str | None, work: Path, packages: list[Path], n: int) -> dict[str, float]:
    """One measured run on a new province database: receiving, then the 12 reports in every
    format (the target), then apart, as detail, the reports again in JSON + XLSX and in PDF."""
    from jssc_desktop.services.base import Actor
    from jssc_desktop.services.province import receive_packages

    db = _fresh_db(db_url, work, n)
    t0, c0 = time.perf_counter(), time.process_time()
    done, refused = receive_packages(db, Actor.system(), packages)
    out = {"receive": time.perf_counter() - t0, "receive_cpu": time.process_time() - c0}
    assert not refused and len(done) == UPTS * MONTHS, refused[:3]
    out["report"], out["report_cpu"] = _reports(db, ("json", "xlsx", "pdf"),
                                                work / f"out-{n}")
    out["json_xlsx"], out["json_xlsx_cpu"] = _reports(db, ("json", "xlsx"), work / f"out-{n}")
    out["pdf"], out["pdf_cpu"] = _reports(db, ("pdf",), work / f"out-{n}")
    out["total"] = out["receive"] + out["report"]
    out["load"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    db.dispose()
    return out


def run(db_url: str | None, runs: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ.setdefault("JSSC_DATA_DIR", str(work / "data"))
        t0 = time.perf_counter()
        packages = make_packages(work)
        made = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in packages)
        results = []
        for n in range(runs):
            r = once(db_url, work, packages, n)
            results.append(r)
            print(f"putaran {n + 1}: menerima {r['receive']:.2f} s + 12 laporan (PDF, XLSX, "
                  f"JSON) {r['report']:.2f} s = {r['total']:.2f} s (beban {r['load']:.1f})")
    m = {k: statistics.median(r[k] for r in results) for k in results[0]}
    total = m["total"]
    n = len(packages)
    print(f"{n} paket ({size / 1e6:.1f} MB) dibuat dalam {made:.1f} s (tidak diukur)")
    print(f"median dari {runs} putaran:")
    print(f"menerima {n} paket:                    {m['receive']:.2f} s "
          f"({m['receive'] / n * 1000:.1f} ms per paket; CPU {m['receive_cpu']:.2f} s)")
    print(f"12 laporan provinsi (PDF + XLSX + JSON): {m['report']:.2f} s "
          f"(CPU {m['report_cpu']:.2f} s)")
    print(f"  rincian: JSON + XLSX saja {m['json_xlsx']:.2f} s (CPU {m['json_xlsx_cpu']:.2f} s), "
          f"PDF saja {m['pdf']:.2f} s (CPU {m['pdf_cpu']:.2f} s)")
    print(f"beban mesin (load average 1 menit): {m['load']:.1f} pada {os.cpu_count()} CPU")
    print(f"jumlah (menerima + laporan dalam semua format): {total:.2f} s "
          f"(target ≤ {TARGET_S:.0f} s) {'OK' if total <= TARGET_S else 'MELEBIHI TARGET'}")
    return 0 if total <= TARGET_S else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="PostgreSQL URL of a database to empty and use")
    parser.add_argument("--runs", type=int, default=3,
                        help="measured runs, each on a new database (the median is the figure)")
    args = parser.parse_args()
    sys.exit(run(args.db, max(1, args.runs)))
