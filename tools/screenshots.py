"""Pictures of every page of the window, in Bahasa Indonesia and in English, at 1024×768 on the
demo data, for the user guide and for reviewing layouts:

    python tools/screenshots.py [--out docs/screenshots] [--size 1024x768] [--only clients]

Writes ``<page>-id.png`` and ``<page>-en.png`` per page (``home``, ``clients``, ``training``,
``attendance``, ``tutors``, ``facility``, ``followups``, ``reports``, ``audit``, ``settings``,
plus the ``login`` dialog, the ``import`` wizard, the ``client-form`` and ``client-detail``
dialogs and the ``help`` window, the user guide at the attendance topic), and the pages of a
province installation (``province-home``, ``province-tracks``, ``province-receive``,
``province-report``) with packages from two demo UPTs. The demo database is built in a temporary
folder (deterministic: ``--seed``), nothing else is touched. Runs on Qt's offscreen platform, so
no display is needed; PNGs are written with the strongest compression Qt offers and then passed
through ``optipng`` when it is installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Which demo user shows each page: the role that works there.
PAGES = {
    "home": "staf", "clients": "staf", "training": "staf", "attendance": "tutor",
    "tutors": "staf", "facility": "kepala", "followups": "staf", "reports": "kepala",
    "audit": "admin", "settings": "admin",
}
DEMO_DAY = date(2026, 11, 23)


def _actor(db, username: str):  # type: ignore[no-untyped-def]  # Qt and database objects
    from sqlalchemy import select

    from jssc_desktop.services.base import Actor
    from jssc_desktop.storage.models import User

    with db.session() as s:
        u = s.execute(select(User).where(User.username == username)).scalar_one()
        return Actor(u.id, u.username, u.role, u.full_name, u.tutor_id)


def _save(widget, path: Path) -> None:  # type: ignore[no-untyped-def]  # Qt and database objects
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    # 256 colours are plenty for a window and make the file a third of the size; the palette
    # is chosen from the picture itself so the window's colours stay true.
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colours: dict[int, int] = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y)
            colours[rgb] = colours.get(rgb, 0) + 1
    table = [c for c, _n in sorted(colours.items(), key=lambda kv: -kv[1])[:256]]
    image = image.convertToFormat(QImage.Format.Format_Indexed8, table,
                                  Qt.ImageConversionFlag.DiffuseDither)
    if not image.save(str(path), "PNG", 0):  # 0: the strongest compression
        raise SystemExit(f"cannot write {path}")


def _optimise(paths: list[Path]) -> None:
    tool = shutil.which("optipng")
    if tool and paths:
        subprocess.run([tool, "-quiet", "-o2", *map(str, paths)], check=False)


def shoot(out: Path, size: tuple[int, int], only: set[str] | None, seed: int) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from jssc_desktop.app import configure_application
    from jssc_desktop.services.demo import build_demo
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.models import Base
    from jssc_desktop.ui.context import AppContext

    app = QApplication.instance() or QApplication(["screenshots"])
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="jssc-shots-") as folder:
        db = Database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
        Base.metadata.create_all(db.engine)
        build_demo(db, clients=300, years=2, seed=seed, today=DEMO_DAY)
        out.mkdir(parents=True, exist_ok=True)
        province = None
        if not only or any(p.startswith("province") for p in only):
            province = _province(Path(folder), db)
        for language in ("id", "en"):
            configure_application(app, language)  # type: ignore[arg-type]  # a QApplication here
            written += _pages(db, out, size, only, language)
            written += _dialogs(db, out, only, language, AppContext)
            if province is not None:
                written += _province_pages(*province, out, size, only, language)
    _optimise(written)
    return written


def _pages(db, out: Path, size: tuple[int, int], only: set[str] | None,  # type: ignore[no-untyped-def]  # Qt and database objects
           language: str) -> list[Path]:
    from jssc_desktop.ui.context import AppContext
    from jssc_desktop.ui.main_window import MainWindow

    written = []
    windows: dict[str, MainWindow] = {}
    for page, username in PAGES.items():
        if only and page not in only:
            continue
        window = windows.get(username)
        if window is None:
            window = MainWindow(AppContext(db, _actor(db, username)))
            window.resize(*size)
            window.show()
            windows[username] = window
        if window.navigate(page) is None:
            continue
        path = out / f"{page}-{language}.png"
        _save(window, path)
        written.append(path)
    for window in windows.values():
        window.close()
        window.deleteLater()
    return written


def _province(folder: Path, demo):  # type: ignore[no-untyped-def]  # Qt and database objects
    """A province installation in ``folder`` and the October packages of the demo UPT and of a
    second, smaller demo UPT (another code from the province's list)."""

    from jssc_desktop.reports.package import build_package
    from jssc_desktop.services import users
    from jssc_desktop.services.base import Actor
    from jssc_desktop.services.demo import build_demo
    from jssc_desktop.services.province import init_province
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.migrate import upgrade

    second = Database(f"sqlite:///{folder / 'upt2.sqlite3'}")
    upgrade(second)
    build_demo(second, clients=120, years=1, seed=2, today=DEMO_DAY)  # the list's second UPT
    packages = [build_package(db, _actor(db, "kepala"), "monthly", "2026-10",
                              out_dir=folder / f"out{n}", today=DEMO_DAY)
                for n, db in enumerate((demo, second))]
    province = Database(f"sqlite:///{folder / 'provinsi.sqlite3'}")
    upgrade(province)
    with province.session() as s:
        init_province(s, Actor.system())
        users.create_user(s, Actor.system(), username="petugas", full_name="Petugas Dinsos",
                          role="admin", password="Gerobak-Biru-Pelangi-77", must_change=False)
    return province, packages


def _province_pages(db, packages, out: Path, size: tuple[int, int],  # type: ignore[no-untyped-def]  # Qt and database objects
                    only: set[str] | None, language: str) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from jssc_desktop.ui.context import AppContext
    from jssc_desktop.ui.main_window import MainWindow
    from jssc_desktop.ui.province import receive

    receive.ask_confirm = lambda *_a, **_k: True  # type: ignore[assignment]  # no one to click
    window = MainWindow(AppContext(db, _actor(db, "petugas")))
    window.resize(*size)
    window.show()
    written = []
    page = window.navigate("receive")
    page.pick([str(p) for p in packages] + [str(Path(__file__))])
    while page.busy:
        QApplication.processEvents()
    home = window.navigate("home")
    home.today = DEMO_DAY
    home.chooser.select("monthly", "2026-10")
    while home.busy:  # the dashboard loads its figures on a worker thread
        QApplication.processEvents()
    report = window.navigate("province_report")
    report.chooser.select("monthly", "2026-10")
    report.make(str(packages[0].parent))
    while report.busy:
        QApplication.processEvents()
    for key in ("receive", "province_report", "home"):
        name = f"province-{'home' if key == 'home' else key.replace('province_', '')}"
        if only and name not in only:
            continue
        shown = window.navigate(key)
        while getattr(shown, "busy", False):
            QApplication.processEvents()
        path = out / f"{name}-{language}.png"
        _save(window, path)
        written.append(path)
        if key == "home":
            home.tabs.setCurrentIndex(1)
            path = out / f"province-tracks-{language}.png"
            _save(window, path)
            written.append(path)
    window.close()
    window.deleteLater()
    return written


def _dialogs(db, out: Path, only: set[str] | None, language: str,  # type: ignore[no-untyped-def]  # Qt and database objects
             context: type) -> list[Path]:
    from jssc_desktop.ui.imports.wizard import ImportWizard
    from jssc_desktop.ui.login import LoginDialog

    written = []
    if not only or "login" in only:
        login = LoginDialog(db)
        login.show()
        path = out / f"login-{language}.png"
        _save(login, path)
        written.append(path)
        login.close()
    written += _client_dialogs(db, out, only, language, context)
    if not only or "help" in only:
        from jssc_desktop.ui.help import HelpWindow

        guide = HelpWindow(None, language)
        guide.resize(1024, 768)
        guide.show()
        guide.show_topic("attendance")
        path = out / f"help-{language}.png"
        _save(guide, path)
        written.append(path)
        guide.close()
        guide.deleteLater()
    if not only or "import" in only:
        wizard = ImportWizard(context(db, _actor(db, "staf")), kind="tutors")
        wizard.resize(1000, 620)
        wizard.show()
        path = out / f"import-{language}.png"
        _save(wizard, path)
        written.append(path)
        wizard.close()
    return written


def _client_dialogs(db, out: Path, only: set[str] | None, language: str,  # type: ignore[no-untyped-def]  # Qt and database objects
                    context: type) -> list[Path]:
    from sqlalchemy import select

    from jssc_desktop.domain.codes import ClientStatus
    from jssc_desktop.storage.models import Client
    from jssc_desktop.ui.clients.detail import ClientDetailDialog
    from jssc_desktop.ui.clients.form import ClientForm

    written = []
    ctx = context(db, _actor(db, "staf"))
    if not only or "client-form" in only:
        form = ClientForm(ctx, None, today=DEMO_DAY)
        form.show()
        path = out / f"client-form-{language}.png"
        _save(form, path)
        written.append(path)
        form.close()
        form.deleteLater()
    if not only or "client-detail" in only:
        with db.session() as s:
            resident = Client.status == ClientStatus.RESIDENT.value
            client_id = s.execute(select(Client.id).where(resident)
                                  .order_by(Client.id)).scalars().first()
        detail = ClientDetailDialog(ctx, client_id)
        detail.show()
        path = out / f"client-detail-{language}.png"
        _save(detail, path)
        written.append(path)
        detail.close()
        detail.deleteLater()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1024x768", help="window size, e.g. 1024x768")
    parser.add_argument("--only", action="append", help="one page (may be repeated)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = (int(v) for v in args.size.lower().split("x"))
    written = shoot(args.out, (width, height), set(args.only) if args.only else None, args.seed)
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
