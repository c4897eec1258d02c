"""The period package from the reports page, and the province installation's pages.

Real demo UPT databases (SQLite files) make real packages; the province database is a real
SQLite file in province mode. The reports page's package is received by the command line
(``province receive``) as Dinsos would; the province pages receive packages, show the
dashboard's counts and make the province report, read back.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from jssc_desktop.services.base import Actor
from jssc_desktop.services.demo import build_demo
from jssc_desktop.services.demo.data import DEMO_USERS
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import upgrade
from jssc_desktop.storage.models import User
from jssc_desktop.ui.context import AppContext

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 23)
PERIOD = "2026-10"
PASSWORDS = {user: pw for user, pw, _role in DEMO_USERS}


def _user(db: Database, username: str) -> Actor:
    with db.session() as s:
        u = s.execute(select(User).where(User.username == username)).scalar_one()
        return Actor(u.id, u.username, u.role, u.full_name, u.tutor_id)


def test_reports_page_sends_a_package_that_province_receive_accepts(
        qtbot, boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from jssc_desktop.cli import main
    from jssc_desktop.ui.pages.reports import ReportsPage

    upt = Database(str(tmp_path / "upt.sqlite3"))
    upgrade(upt)
    build_demo(upt, clients=40, years=1, seed=2, today=TODAY)
    with upt.session() as s:
        code = s.execute(text("SELECT code FROM upt_profile")).scalar_one()
    assert code
    page = ReportsPage(AppContext(upt, _user(upt, "kepala")), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.package_box.isVisible()
    assert page.select_period("monthly", PERIOD)
    out = tmp_path / "flashdisk"
    out.mkdir()
    page.package_box.send(str(out))
    qtbot.waitUntil(lambda: page.package_box.path is not None, timeout=120_000)
    made = page.package_box.path
    assert made == out / f"{code}_{PERIOD}.jsscpkg" and made.exists()
    info = page.package_box.info
    assert (info.kind, info.period, info.word) == ("monthly", PERIOD, "SEMENTARA")
    shown = page.package_box.label.text()
    assert made.name in shown and "SEMENTARA" in shown and "Oktober 2026" in shown
    assert "Tanpa data pribadi" in shown
    told = [x for k, _t, x in boxes.shown if k == "info"]
    assert told and made.name in told[-1] and "Tidak ada data pribadi" in told[-1]
    assert "SEMENTARA" in told[-1] and "Oktober 2026" in told[-1]
    # no client's name travels in it (the service tests search every byte; this is the page)
    with upt.session() as s:
        names = [n for (n,) in s.execute(text("SELECT name FROM clients LIMIT 20"))]
    raw = made.read_bytes()
    import zipfile

    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        data = z.read("data.json").decode()
    assert not [n for n in names if n in data]
    upt.dispose()

    prov = tmp_path / "prov.sqlite3"
    assert main(["--db", str(prov), "migrate"]) == 0
    assert main(["--db", str(prov), "province", "init"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("Gerobak-Biru-Pelangi-77\n"))
    assert main(["--db", str(prov), "user", "add", "petugas", "--role", "admin",
                 "--password-stdin", "--no-change-required"]) == 0
    monkeypatch.setenv("JSSC_PASSWORD", "Gerobak-Biru-Pelangi-77")
    capsys.readouterr()
    assert main(["--db", str(prov), "province", "receive", str(made), "--as", "petugas"]) == 0
    assert "diterima. Kunci UPT didaftarkan" in capsys.readouterr().out
    json.loads(data)  # data.json is JSON


def test_only_head_and_staff_see_the_package_box(qtbot, make_ctx, people) -> None:
    from jssc_desktop.ui.pages.reports import ReportsPage

    seen = {}
    for role in ("staff", "head", "admin"):
        page = ReportsPage(make_ctx(role), today=TODAY)
        qtbot.addWidget(page)
        page.show()
        seen[role] = page.package_box.isVisible()
    assert seen == {"staff": True, "head": True, "admin": False}
