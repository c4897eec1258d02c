"""Province consolidation: receive the monthly packages of 38 UPTs for 12 months (456 files, each
with a real PDF and XLSX) and write the 12 province reports (JSON + XLSX). Target: ≤ 5 s for both.
The 12 PDFs are timed apart (not in the target); wall and CPU time and the machine's load are
printed, since on a shared machine the wall time follows the load.

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
import sys
import tempfile
import time
import zipfile
from calendar import monthrange
from datetime import date
from pathlib import Path

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


def run(db_url: str | None) -> int:
    from sqlalchemy import text

    from jssc_desktop.reports.province import write_province_report
    from jssc_desktop.services.base import Actor
    from jssc_desktop.services.province import init_province, receive_packages
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.migrate import upgrade
    from jssc_desktop.storage.models import Base

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ.setdefault("JSSC_DATA_DIR", str(work / "data"))
        t0 = time.perf_counter()
        packages = make_packages(work)
        made = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in packages)
        db = Database(db_url or str(work / "province.sqlite3"))
        if db_url:
            names = ", ".join(t.name for t in Base.metadata.sorted_tables)
            with db.engine.begin() as conn:
                conn.execute(text(f"DROP TABLE IF EXISTS {names}, alembic_version CASCADE"))
        upgrade(db)
        actor = Actor.system()
        with db.session() as s:
            init_province(s, actor)
        t0, c0 = time.perf_counter(), time.process_time()
        done, refused = receive_packages(db, actor, packages)
        received, received_cpu = time.perf_counter() - t0, time.process_time() - c0
        assert not refused and len(done) == UPTS * MONTHS, refused[:3]
        t0, c0 = time.perf_counter(), time.process_time()
        for month in range(1, MONTHS + 1):
            write_province_report(db, actor, "monthly", f"2026-{month:02d}",
                                  formats=("json", "xlsx"), out_dir=work / "out")
        reported, reported_cpu = time.perf_counter() - t0, time.process_time() - c0
        t0 = time.perf_counter()
        for month in range(1, MONTHS + 1):
            write_province_report(db, actor, "monthly", f"2026-{month:02d}",
                                  formats=("pdf",), out_dir=work / "out")
        pdfs = time.perf_counter() - t0
        db.dispose()
    total = received + reported
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(packages)} paket ({size / 1e6:.1f} MB) dibuat dalam {made:.1f} s (tidak diukur)")
    print(f"menerima {len(packages)} paket:            {received:.2f} s "
          f"({received / len(packages) * 1000:.1f} ms per paket; CPU {received_cpu:.2f} s)")
    print(f"12 laporan provinsi (JSON + XLSX):   {reported:.2f} s (CPU {reported_cpu:.2f} s)")
    print(f"12 laporan provinsi (PDF, tidak termasuk target): {pdfs:.2f} s")
    print(f"beban mesin (load average 1 menit): {load:.1f} pada {os.cpu_count()} CPU")
    print(f"jumlah: {total:.2f} s (target ≤ {TARGET_S:.0f} s) "
          f"{'OK' if total <= TARGET_S else 'MELEBIHI TARGET'}")
    return 0 if total <= TARGET_S else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="PostgreSQL URL of a database to empty and use")
    sys.exit(run(parser.parse_args().db))
