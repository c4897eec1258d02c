"""The import wizard for tutors and attendance, driven like the client import (issue 13,
point 10): the header under title rows, a column mapped by hand, the preview blocking a bad
sheet, the import writing everything at once; the entry buttons only for roles that may import;
and the command line ``import tutors|attendance``."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from jssc_desktop.storage.models import Attendance, Tutor
from tests.gui.daily_helpers import programme, show

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_modal(boxes):  # type: ignore[no-untyped-def]
    """A message box would wait for a click: record it instead."""
    return boxes


def _xlsx(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _wizard(qtbot, ctx, kind: str):  # type: ignore[no-untyped-def]
    from jssc_desktop.ui.imports.wizard import ImportWizard

    wizard = ImportWizard(ctx, kind=kind)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _to_mapping(qtbot, wizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    assert wizard.page_file.set_file(path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.planning, timeout=30_000)


def test_tutor_import_in_the_wizard(qtbot, make_ctx, sqlite_db, tmp_path):
    path = _xlsx(tmp_path / "instruktur.xlsx", [
        ["DAFTAR INSTRUKTUR"], [],
        ["Nama Instruktur", "Status Tutor", "Asal Lembaga", "Mitra", "Tarif", "No. HP"],
        ["Ahmad Fauzi", "Eksternal", "PT Sejuk Abadi", "Dunia Usaha", "Rp 150.000", "0812345"],
        ["Rina Kartika", "Eksternal", "Universitas Brawijaya", "Perguruan Tinggi", "Rp 175.000",
         None],
    ])
    ctx = make_ctx("staff")
    wizard = _wizard(qtbot, ctx, "tutors")
    assert wizard.windowTitle() == "Impor Data Tutor dari Excel"
    _to_mapping(qtbot, wizard, path)
    page = wizard.page_mapping
    assert wizard.plan.header_row == 3
    assert page.unmapped_headers() == ["Tarif"]
    combo = page.combos[page.column_of("Tarif")]
    combo.setCurrentIndex(combo.findText("Honor per JP"))
    qtbot.waitUntil(lambda: not wizard.planning and "rate_per_jp" in wizard.mapping.values(),
                    timeout=30_000)
    assert wizard.plan.errors == [] and wizard.plan.new == 2
    wizard.next()
    assert wizard.page_preview.isComplete()
    assert "2 baris data tutor" in wizard.page_preview.reason_label.text()
    with qtbot.waitSignal(ctx.bus.changed, timeout=30_000) as changed:
        wizard.next()
    from jssc_desktop.domain.changes import RecordKind

    assert RecordKind.TUTOR in changed.args[0].kinds
    qtbot.waitUntil(lambda: wizard.page_result.isComplete(), timeout=10_000)
    assert wizard.page_result.headline.text() == "2 baris data tutor telah disimpan."
    with sqlite_db.session() as s:
        rates = dict(s.execute(select(Tutor.name, Tutor.rate_per_jp)).all())
    assert rates["Ahmad Fauzi"] == 150_000 and rates["Rina Kartika"] == 175_000


def test_attendance_import_in_the_wizard_refuses_a_bad_sheet(qtbot, make_ctx, people,
                                                             sqlite_db, tmp_path):
    p = programme(sqlite_db, people)
    with sqlite_db.session() as s:
        regs = dict(s.execute(select(Attendance.client_id, Attendance.code)).all())
    assert regs == {}
    from jssc_desktop.storage.models import Client

    with sqlite_db.session() as s:
        reg = {c.name: c.reg_no for c in s.execute(select(Client)).scalars()}
    day = (date.today() - timedelta(days=1)).strftime("%d/%m/%Y")
    rows = [["PRESENSI"], ["No. Reg", "Nama Peserta", "Angkatan", "Tgl", "Kehadiran"],
            [reg["Agus Salim"], "Agus Salim", "Angkatan I", day, "H"],
            [reg["Bambang Irawan"], "Bambang Irawan", "Angkatan I", day, "Q"]]
    ctx = make_ctx("staff")
    wizard = _wizard(qtbot, ctx, "attendance")
    _to_mapping(qtbot, wizard, _xlsx(tmp_path / "hadir.xlsx", rows))
    assert wizard.plan.error_rows == 1
    wizard.next()
    assert not wizard.page_preview.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "1 baris bermasalah" in wizard.page_preview.reason_label.text()
    rows[3][4] = "S"
    _xlsx(tmp_path / "hadir.xlsx", rows)
    wizard.back()
    wizard.back()
    _to_mapping(qtbot, wizard, tmp_path / "hadir.xlsx")
    assert wizard.plan.errors == [] and wizard.plan.new == 2
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page_result.isComplete(), timeout=10_000)
    with sqlite_db.session() as s:
        saved = dict(s.execute(select(Attendance.client_id, Attendance.code).where(
            Attendance.session_id == p.session_id)).all())
    assert sorted(saved.values()) == ["H", "S"]


def test_import_buttons_only_for_roles_that_may_import(qtbot, make_ctx, people,
                                                       sqlite_db):
    from jssc_desktop.ui.pages.attendance import AttendancePage
    from jssc_desktop.ui.pages.tutors import TutorsPage

    programme(sqlite_db, people)
    staff_tutors = show(qtbot, TutorsPage(make_ctx("staff")))
    assert staff_tutors.import_button.isVisible()
    head_tutors = show(qtbot, TutorsPage(make_ctx("head")))
    assert not head_tutors.import_button.isVisible()
    assert show(qtbot, AttendancePage(make_ctx("staff"))).import_button.isVisible()
    assert not show(qtbot, AttendancePage(make_ctx("tutor"))).import_button.isVisible()


def test_command_line_imports_tutors_and_attendance(tmp_path, capsys, monkeypatch):
    from jssc_desktop.cli import main
    from jssc_desktop.services import users
    from jssc_desktop.services.base import Actor
    from jssc_desktop.storage.db import Database

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["--db", url, "migrate"]) == 0
    password = "Kebun-Mangga-Tujuh-2026"
    db = Database(url)
    with db.session() as s:
        users.create_user(s, Actor.system(), username="staf", full_name="Staf Administrasi",
                          role="staff", password=password, must_change=False)
    db.engine.dispose()
    monkeypatch.setenv("JSSC_PASSWORD", password)
    # Without --as the command refuses: the import changes data and is audited by name.
    path0 = _xlsx(tmp_path / "t0.xlsx", [["Nama Instruktur", "Status Tutor"], ["A", "ASN"]])
    assert main(["--db", url, "import", "tutors", str(path0), "--dry-run"]) != 0
    capsys.readouterr()
    path = _xlsx(tmp_path / "tutor.xlsx", [
        ["Nama Instruktur", "Status Tutor", "Asal Lembaga", "Mitra", "Honorarium"],
        ["Ahmad Fauzi", "Eksternal", "PT Sejuk Abadi", "Dunia Usaha", "Rp 150.000"]])
    assert main(["--db", url, "--as", "staf", "import", "tutors", str(path), "--dry-run"]) == 0
    assert "Uji coba (tidak ada yang disimpan): 1 baru" in capsys.readouterr().out
    assert main(["--db", url, "--as", "staf", "import", "tutors", str(path)]) == 0
    assert "Impor selesai: 1 baru" in capsys.readouterr().out
    bad = _xlsx(tmp_path / "hadir.xlsx", [["No. Reg", "Angkatan", "Tgl", "Kehadiran"],
                                          ["PM-0", "X", "01/01/2026", "H"]])
    errors = tmp_path / "galat.xlsx"
    assert main(["--db", url, "--as", "staf", "import", "attendance", str(bad), "--dry-run",
                 "--errors-out", str(errors)]) == 1
    out = capsys.readouterr().out
    assert "Baris 2, kolom No. Reg: klien dengan nomor registrasi PM-0 tidak ditemukan." in out
    assert errors.is_file()
