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


# ------------------------------------------------------------------------------ province side


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Monthly packages for October 2026 of two demo UPTs (made by their Kepala UPT)."""
    from jssc_desktop.domain.vocab import vocabulary
    from jssc_desktop.reports.package import build_package
    from jssc_desktop.storage import audit_key

    names = {t.code: t.name for t in vocabulary("upts")}
    base = tmp_path_factory.mktemp("upts")
    out = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JSSC_DATA_DIR", str(base / "data"))
        audit_key.forget_cache()
        for seed, code in ((1, "PSAB-SIDOARJO"), (3, "RSBN-MALANG")):
            db = Database(str(base / f"upt{seed}.sqlite3"))
            upgrade(db)
            build_demo(db, clients=40, years=1, seed=seed, today=TODAY)
            with db.session() as s:  # each demo UPT its own code and name from the list
                s.execute(text("UPDATE upt_profile SET code = :c, name = :n"),
                          {"c": code, "n": names[code]})
            out.append(build_package(db, _user(db, "kepala"), "monthly", PERIOD,
                                     out_dir=base / "out", today=TODAY))
            db.dispose()
        audit_key.forget_cache()
    assert len({p.name for p in out}) == 2  # two different UPTs
    return out


@pytest.fixture
def province(tmp_path: Path) -> tuple[Database, Actor]:
    """A new province installation (SQLite file) with its administrator."""
    from jssc_desktop.services import users
    from jssc_desktop.services.province import init_province

    db = Database(str(tmp_path / "provinsi.sqlite3"))
    upgrade(db)
    with db.session() as s:
        init_province(s, Actor.system())
        view = users.create_user(s, Actor.system(), username="petugas",
                                 full_name="Petugas Dinsos", role="admin",
                                 password="Gerobak-Biru-Pelangi-77", must_change=False)
    yield db, Actor(view.id, view.username, view.role, view.full_name)
    db.dispose()


def _data(path: Path) -> dict:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("data.json"))


def _tampered(path: Path, tmp_path: Path) -> Path:
    import zipfile

    bad = tmp_path / "diubah.jsscpkg"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            content = src.read(name)
            if name == "data.json":
                changed = content.replace(b'"admitted":', b'"admitted":1')
                assert changed != content
                content = changed
            dst.writestr(name, content)
    return bad


def _wait_idle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)


def test_province_window_receives_and_the_dashboard_counts(
        qtbot, boxes, province, packages, tmp_path: Path) -> None:
    from jssc_desktop.domain.vocab import vocabulary
    from jssc_desktop.storage.models import ProvincePackage, ProvinceUptKey
    from jssc_desktop.ui.main_window import MainWindow

    db, officer = province
    window = MainWindow(AppContext(db, officer))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    assert window.area_keys() == ["home", "receive", "province_report", "audit", "settings"]
    assert "Klien" not in [window.nav.item(i).text() for i in range(window.nav.count())]
    home = window.navigate("home")
    home.today = TODAY  # a fixed day: October's reports were due on 10 November
    home.chooser.select("monthly", PERIOD)
    _wait_idle(qtbot, home)
    known = len(vocabulary("upts"))
    assert home.cards["sent"].value.text() == f"0 dari {known}"

    receive = window.navigate("receive")
    bad = _tampered(packages[0], tmp_path)
    receive.pick([str(packages[0]), str(packages[1]), str(bad)])
    _wait_idle(qtbot, receive)
    # both UPTs' first keys were shown with their fingerprints before being registered
    asked = [x for k, _t, x in boxes.shown if k == "confirm"]
    assert len(asked) == 2 and all("Sidik jari" in x for x in asked)
    rows = {r.file_name: r for r in receive.rows}
    assert rows[packages[0].name].result == "Diterima" and rows[packages[0].name].ok
    assert "Kunci UPT didaftarkan" in rows[packages[1].name].note
    assert rows[bad.name].result == "Ditolak" and not rows[bad.name].ok
    assert "ditolak" in rows[bad.name].note and "Tidak ada yang disimpan" in rows[bad.name].note
    assert receive.table.model().rowCount() == 3
    with db.session() as s:
        assert s.query(ProvincePackage).count() == 2
        assert s.query(ProvinceUptKey).count() == 2

    receive.pick([str(packages[0])])  # the same file again changes nothing
    _wait_idle(qtbot, receive)
    assert [r.result for r in receive.rows] == ["Tidak berubah"]
    assert "sudah pernah diterima" in receive.detail.text()

    # the dashboard was told (live refresh) and shows the received packages' figures
    home = window.navigate("home")
    _wait_idle(qtbot, home)
    sums = [_data(p)["summary"] for p in packages]
    assert home.cards["sent"].value.text() == f"2 dari {known}"
    assert home.cards["late"].value.text() == str(known - 2)
    assert home.cards["clients"].value.text() == str(sum(s["clients_end"] for s in sums))
    assert home.cards["graduates"].value.text() == str(sum(s["graduates"] for s in sums))
    lines = home.lines()
    assert sum(1 for r in lines if r.state == "sent") == 2
    assert sum(1 for r in lines if r.state == "late") == known - 2
    assert home.upt_table.model().rowCount() == known
    codes = {_data(p)["upt"]["code"] for p in packages}
    assert {r.code for r in lines if r.state == "sent"} == codes
    tracks = {}
    for p in packages:
        for section in _data(p)["sections"]:
            for table in section["tables"]:
                if table["code"] == "6.4":
                    col = [c["key"] for c in table["columns"]].index("graduates")
                    for row in table["rows"]:
                        tracks[row["code"]] = tracks.get(row["code"], 0) + row["values"][col]
    shown = {r["code"]: r["graduates"] for r in home.track_table.source.rows}
    assert shown == tracks
    if home.chart is not None:
        assert len(home.chart.series()) == 1

    # drill-down: one UPT's report is the PDF inside its package
    dialog = home.open_upt(sorted(codes)[0])
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.preview.path.read_bytes()[:5] == b"%PDF-"
    late = next(r for r in lines if r.state == "late")
    assert home.open_upt(late.code) is None
    assert "belum mengirim" in boxes.texts()
    window.close()


def test_declining_a_new_key_receives_nothing(qtbot, boxes, province, packages) -> None:
    from jssc_desktop.storage.models import ProvincePackage, ProvinceUptKey
    from jssc_desktop.ui.province.receive import ReceivePage

    db, officer = province
    page = ReceivePage(AppContext(db, officer))
    qtbot.addWidget(page)
    page.show()
    boxes.confirm_answer = False
    page.pick([str(packages[0])])
    _wait_idle(qtbot, page)
    assert [(r.result, r.ok) for r in page.rows] == [("Dilewati", False)]
    with db.session() as s:
        assert s.query(ProvincePackage).count() == 0
        assert s.query(ProvinceUptKey).count() == 0


def test_receiving_checks_each_file_once_and_records_what_was_shown(
        qtbot, boxes, province, packages, tmp_path: Path, monkeypatch) -> None:
    """The check made to show a package (and its UPT's key) is the one recorded: each file is
    opened and verified once; a file replaced between the check and the confirmation is
    refused and nothing of it is written."""
    import shutil

    from jssc_desktop.services import package_format as fmt
    from jssc_desktop.storage.models import ProvincePackage
    from jssc_desktop.ui.province import receive as receive_module
    from jssc_desktop.ui.province.receive import ReceivePage

    db, officer = province
    opened: list[str] = []
    real = fmt.open_package
    monkeypatch.setattr(fmt, "open_package", lambda n, c: opened.append(n) or real(n, c))
    first, second = tmp_path / "a" / packages[0].name, tmp_path / "b" / packages[1].name
    for src, dst in ((packages[0], first), (packages[1], second)):
        dst.parent.mkdir()
        shutil.copyfile(src, dst)
    confirm = receive_module.ask_confirm  # the test's recorder (boxes)

    def confirm_then_swap(*args, **kwargs):  # type: ignore[no-untyped-def]
        # while the officer reads the first key, the second file is replaced by another
        # valid package (the first one's bytes)
        shutil.copyfile(packages[0], second)
        return confirm(*args, **kwargs)

    monkeypatch.setattr(receive_module, "ask_confirm", confirm_then_swap)
    page = ReceivePage(AppContext(db, officer))
    qtbot.addWidget(page)
    page.show()
    page.pick([str(first), str(second)])
    _wait_idle(qtbot, page)
    assert sorted(opened) == sorted([first.name, second.name])  # once each
    rows = {r.file_name: r for r in page.rows}
    assert rows[first.name].ok and rows[first.name].result == "Diterima"
    assert not rows[second.name].ok and "berubah setelah diperiksa" in rows[second.name].note
    with db.session() as s:
        kept = s.execute(select(ProvincePackage)).scalars().all()
        assert [(p.file_name, bytes(p.content)) for p in kept] == \
            [(first.name, packages[0].read_bytes())]


def test_province_report_page_writes_the_report(qtbot, boxes, province, packages,
                                                tmp_path: Path) -> None:
    from jssc_desktop.services.province_inbox import receive_files
    from jssc_desktop.ui.province.report_page import ProvinceReportPage

    db, officer = province
    files = [(p.name, p.read_bytes()) for p in packages]
    confirmed = {}
    for p in packages:
        from jssc_desktop.services.province_inbox import describe_package

        info = describe_package(p.name, p.read_bytes())
        confirmed[info.upt_code] = info.fingerprint
    assert all(o.received for o in receive_files(db, officer, files, confirmed=confirmed))
    page = ProvinceReportPage(AppContext(db, officer), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.chooser.select("monthly", PERIOD)
    out = tmp_path / "laporan"
    out.mkdir()
    page.make(str(out))
    _wait_idle(qtbot, page)
    names = sorted(p.name for p in page.paths)
    assert f"laporan-provinsi-monthly-{PERIOD}-sementara.json" in names
    assert page.file_list.count() == len(page.paths) >= 2
    report = json.loads((out / f"laporan-provinsi-monthly-{PERIOD}-sementara.json")
                        .read_text("utf-8"))
    sums = [_data(p)["summary"] for p in packages]
    for key in ("clients_start", "admitted", "discharged", "clients_end", "graduates"):
        assert report["summary"][key] == sum(s[key] for s in sums), key
    assert "Oktober 2026" in page.result_label.text()


def test_first_run_can_make_a_province_installation(qtbot, sqlite_db) -> None:
    from PySide6.QtWidgets import QDialog

    from jssc_desktop.services import users
    from jssc_desktop.services.profile import get_profile
    from jssc_desktop.services.province import is_province
    from jssc_desktop.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.welcome.upt_choice.isChecked()  # a UPT installation unless chosen
    wizard.welcome.province_choice.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page  # no UPT profile for the province
    page = wizard.admin_page
    page.username.setText("petugas")
    page.full_name.setText("Petugas Dinsos")
    page.password.setText("Kopi-Tubruk-88")
    page.repeat.setText("Kopi-Tubruk-88")
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    with sqlite_db.session() as s:
        assert is_province(s)
        assert get_profile(s, Actor.system()) is None
        assert users.login(s, "petugas", "Kopi-Tubruk-88").role == "admin"


def test_every_province_page_opens(qtbot, boxes, province) -> None:
    from jssc_desktop.ui import main_window

    db, officer = province
    window = main_window.MainWindow(AppContext(db, officer))
    qtbot.addWidget(window)
    assert {a.page for a in window._all_areas()} == set(main_window.PROVINCE_PAGE_LOADERS)
    for loader in main_window.PROVINCE_PAGE_LOADERS:
        page = loader()(AppContext(db, officer), None)
        qtbot.addWidget(page)


# ------------------------------------------------------- dashboard loading, report approval


def _receive_all(db: Database, officer: Actor, packages: list[Path]) -> None:
    from jssc_desktop.services.province_inbox import describe_package, receive_files

    confirmed = {}
    for p in packages:
        info = describe_package(p.name, p.read_bytes())
        confirmed[info.upt_code] = info.fingerprint
    outcomes = receive_files(db, officer, [(p.name, p.read_bytes()) for p in packages],
                             confirmed=confirmed)
    assert all(o.received for o in outcomes)


def test_dashboard_loads_off_the_gui_thread_and_follows_receiving(
        qtbot, boxes, province, packages, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from jssc_desktop.domain.changes import RecordKind
    from jssc_desktop.domain.vocab import vocabulary
    from jssc_desktop.services import province_inbox
    from jssc_desktop.ui import usecase
    from jssc_desktop.ui.province.dashboard import ProvinceDashboardPage

    db, officer = province
    threads: list[threading.Thread] = []
    real = province_inbox.province_status

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(province_inbox, "province_status", recording)
    ctx = AppContext(db, officer)
    page = ProvinceDashboardPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    assert page.busy and page.busy_bar.isVisible() and page.busy_label.isVisible()
    assert page.chooser.select("monthly", "2026-09")
    page.chooser.select("monthly", PERIOD)  # chosen before September's figures arrived
    assert page.busy
    _wait_idle(qtbot, page)
    assert not page.busy_bar.isVisible()
    assert page.status.report.period == PERIOD and "Oktober 2026" in page.due_label.text()
    known = len(vocabulary("upts"))
    assert page.cards["sent"].value.text() == f"0 dari {known}"
    assert threads and threading.main_thread() not in threads

    # packages received elsewhere (the receive page): its change notification reloads the page
    _receive_all(db, officer, packages)
    usecase.announce(ctx, [RecordKind.PROVINCE_PACKAGE])
    assert page.busy and page.busy_bar.isVisible()
    _wait_idle(qtbot, page)
    assert page.cards["sent"].value.text() == f"2 dari {known}"
    sums = [_data(p)["summary"] for p in packages]
    assert page.cards["graduates"].value.text() == str(sum(s["graduates"] for s in sums))
    assert threading.main_thread() not in threads

    # a refusal of the service is shown and the page stays usable
    other = ProvinceDashboardPage(AppContext(db, Actor(None, "tamu", "staff")), today=TODAY)
    qtbot.addWidget(other)
    other.show()
    _wait_idle(qtbot, other)
    assert other.status is None and not other.busy_bar.isVisible()
    assert "error" in boxes.kinds()


def test_province_head_approves_the_report_and_saves_it(
        qtbot, boxes, province, packages, tmp_path: Path) -> None:
    import subprocess

    from openpyxl import load_workbook

    from jssc_desktop.services import users
    from jssc_desktop.storage.models import AuditLog
    from jssc_desktop.ui.province.report_page import ProvinceReportPage

    db, officer = province
    _receive_all(db, officer, packages)
    with db.session() as s:
        view = users.create_user(s, officer, username="kadis", full_name="Dra. Kepala Dinas",
                                 role="prov_head", password="Gerobak-Biru-Pelangi-77",
                                 must_change=False)
    head = Actor(view.id, view.username, view.role, view.full_name)

    def approvals() -> list[int | None]:
        with db.read_session() as s:
            return list(s.execute(select(AuditLog.user_id).where(
                AuditLog.action == "province.approve")).scalars())

    # the officer sees the status, not the button; the service refuses him all the same
    page = ProvinceReportPage(AppContext(db, officer), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.chooser.select("monthly", PERIOD)
    assert "SEMENTARA" in page.status_label.text() and "2 UPT" in page.status_label.text()
    assert not page.approve_button.isEnabled()
    assert "pimpinan" in page.approve_hint.text()
    page.approve()
    _wait_idle(qtbot, page)
    assert "PermissionDenied" in boxes.texts() and approvals() == []

    page = ProvinceReportPage(AppContext(db, head), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    assert page.chooser.select("monthly", "2026-11")  # still running on 23 November
    assert "belum berakhir" in page.status_label.text()
    assert not page.approve_button.isEnabled()
    assert page.chooser.select("monthly", PERIOD)
    assert page.approve_button.isEnabled() and page.approve_hint.text() == ""
    boxes.confirm_answer = False  # the head thinks again: nothing happens
    page.approve()
    assert approvals() == [] and not page.busy
    boxes.confirm_answer = True
    asked = len([k for k in boxes.kinds() if k == "confirm"])
    page.approve()
    _wait_idle(qtbot, page)
    assert len([k for k in boxes.kinds() if k == "confirm"]) == asked + 1
    assert approvals() == [head.user_id]
    assert "DISETUJUI oleh Dra. Kepala Dinas" in page.status_label.text()
    assert not page.approve_button.isEnabled()
    told = [x for k, _t, x in boxes.shown if k == "info"]
    assert "disetujui oleh Dra. Kepala Dinas" in told[-1] and "2 UPT" in told[-1]

    # the approved PDF and XLSX, saved to a folder off the GUI thread
    page.format_boxes["json"].setChecked(False)
    out = tmp_path / "arsip"
    out.mkdir()
    page.make(str(out))
    _wait_idle(qtbot, page)
    names = sorted(p.name for p in page.paths)
    assert names == [f"laporan-provinsi-monthly-{PERIOD}-disetujui.pdf",
                     f"laporan-provinsi-monthly-{PERIOD}-disetujui.xlsx"]
    pdf_text = subprocess.run(["pdftotext", "-layout", str(out / names[0]), "-"],
                              capture_output=True, text=True, check=True).stdout
    assert "DISETUJUI" in pdf_text and "Dra. Kepala Dinas" in pdf_text
    sheet = load_workbook(out / names[1], read_only=True)["Ringkasan"]
    rows = {r[0]: r[2] for r in sheet.iter_rows(min_row=2, values_only=True)}
    sums = [_data(p)["summary"] for p in packages]
    assert rows["status"] == "DISETUJUI" and rows["approved_by"] == "Dra. Kepala Dinas"
    assert rows["admitted"] == sum(s["admitted"] for s in sums)
    assert rows["clients_end"] == sum(s["clients_end"] for s in sums)
