"""``jssc-desktop selftest``: prove an installation works, without anyone at the keyboard.

It opens (creating and migrating) the database in the data folder, shows the main window, and
unless ``--startup-only`` also checks that the user guide and its pictures are all there, fills a
small demo UPT and renders a monthly report as PDF and XLSX, which proves that Qt, SQLAlchemy,
Alembic's scripts, Faker's data, ReportLab, openpyxl, the fonts and the resources are all in the
bundle. The installer build runs it on the frozen program in a
temporary data folder; IT staff can run it on a UPT's PC.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication


def run_selftest(db_url: str | None, out_dir: Path | None, *, startup_only: bool = False) -> int:
    started = time.perf_counter()
    from ..app import configure_application, open_database
    from ..services import users
    from ..services.base import Actor
    from .context import AppContext
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    db = open_database(db_url)
    system = Actor.system()
    with db.session() as s:
        empty = users.count_users(s) == 0
    if empty and not startup_only:
        from ..services.demo import build_demo

        build_demo(db, clients=60, years=1, seed=1)
    with db.session() as s:
        admins = [u for u in users.list_users(s, system) if u.role == "admin" and u.active]
    actor = (Actor(admins[0].id, admins[0].username, "admin", admins[0].full_name)
             if admins else system)
    window = MainWindow(AppContext(db, actor))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    shown = window.isVisible()
    lines = [f"Basis data: {db.display_name}",
             f"Jendela utama tampil: {'ya' if shown else 'TIDAK'}"]
    guide_missing: list[str] = []
    if not startup_only:
        from .help import LANGUAGES, TOPICS, check_guide

        guide_missing = check_guide()
        lines.append(
            f"Panduan pengguna: {len(TOPICS)} topik, {len(LANGUAGES)} bahasa, "
            + ("lengkap" if not guide_missing else "TIDAK LENGKAP: " + ", ".join(guide_missing)))
        from ..domain.periods import period_containing
        from ..reports import generate_report_in

        period = period_containing("monthly", date.today()).previous()
        out = out_dir or Path.cwd()
        paths = generate_report_in(db, actor, "monthly", period.key,
                                   formats=("pdf", "xlsx"), out_dir=out)
        lines += [f"Laporan: {p}" for p in paths]
    window.close()
    app.processEvents()
    db.dispose()
    lines.append(f"Selesai dalam {time.perf_counter() - started:.1f} detik.")
    print("\n".join(lines))
    return 0 if shown and not guide_missing else 1
