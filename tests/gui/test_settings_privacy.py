"""Settings → Privasi Data: the personal-data inventory (head and admin) and the anonymisation of
old discharged clients (admin), on a real SQLite database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from sqlalchemy import select

from jssc_desktop.domain.nik import make_nik
from jssc_desktop.services import clients as C
from jssc_desktop.services.base import Actor
from jssc_desktop.services.settings import get_setting
from jssc_desktop.storage.models import AuditLog, Client
from jssc_desktop.ui.settings import SettingsPage
from jssc_desktop.ui.settings.privacy_tab import PrivacyTab

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 23)


def _register(ctx, name: str, sex: str, birth: date, serial: int,  # type: ignore[no-untyped-def]
              admission: date) -> int:
    data = C.ClientInput(name=name, sex=sex, birth_date=birth, birth_place="Jember",
                         nik=make_nik("3509", sex, birth, serial), kk="3509010101010007",
                         address="Jl. Melati 12, Jember", kab_kota_code="3509",
                         ppks_code="P09", health_notes="Hipertensi", phone="081211112222",
                         admission_date=admission)
    with ctx.session() as s:
        return C.register_client(s, Actor.system(), data, today=TODAY).id


def _discharge(ctx, client_id: int, day: date) -> None:  # type: ignore[no-untyped-def]
    with ctx.session() as s:
        C.discharge_client(s, Actor.system(), client_id, reason="selesai", discharge_date=day,
                           today=TODAY)


@pytest.fixture
def three_clients(make_ctx):  # type: ignore[no-untyped-def]
    """An active client, one discharged long ago, one discharged last year."""
    ctx = make_ctx("admin")
    active = _register(ctx, "Ani Lestari", "P", date(2004, 5, 6), 1, date(2025, 1, 6))
    old = _register(ctx, "Budi Hartono", "L", date(1990, 2, 3), 2, date(2010, 3, 1))
    _discharge(ctx, old, date(2012, 6, 30))
    recent = _register(ctx, "Citra Dewi", "P", date(1999, 8, 9), 3, date(2023, 1, 9))
    _discharge(ctx, recent, date(2025, 9, 1))
    return {"active": active, "old": old, "recent": recent}


def _tab(qtbot, ctx) -> PrivacyTab:  # type: ignore[no-untyped-def]
    tab = PrivacyTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    return tab


def _client(ctx, client_id: int) -> Client:  # type: ignore[no-untyped-def]
    with ctx.session() as s:
        return s.get(Client, client_id)


def test_tabs_by_role(qtbot, make_ctx):
    from jssc_desktop.ui.main_window import MainWindow, can_open_settings

    titles = {}
    for role in ("admin", "head", "staff"):
        page = SettingsPage(make_ctx(role))
        qtbot.addWidget(page)
        titles[role] = page.tab_titles()
    assert "Privasi Data" in titles["admin"] and "Privasi Data" in titles["head"]
    assert "Privasi Data" not in titles["staff"]
    # a tutor has no settings at all
    tutor = make_ctx("tutor")
    assert not can_open_settings(tutor)
    window = MainWindow(tutor)
    qtbot.addWidget(window)
    assert "settings" not in window.area_keys()
    assert window.navigate("settings") is None


def test_head_sees_the_inventory_only_when_shown(qtbot, make_ctx, three_clients, sqlite_db):
    ctx = make_ctx("head")
    tab = _tab(qtbot, ctx)
    assert tab.inventory is None  # reading the inventory is audited: not before it is shown
    assert not hasattr(tab, "table")  # no retention list or anonymisation for the head
    with ctx.session() as s:
        before = s.scalars(select(AuditLog).where(AuditLog.action == "privacy.inventory")).all()
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.inventory is not None
    assert tab.inventory_value("Klien seluruhnya") == "3"
    assert tab.inventory_value("Klien aktif") == "1"
    assert tab.inventory_value("Klien terminasi (data pribadi masih disimpan)") == "2"
    assert tab.inventory_value("Klien dengan NIK") == "3"
    assert tab.inventory_value("Lokasi basis data") == str(sqlite_db.sqlite_path)
    assert "23 November 2026" in tab.inventory_info.text()
    with ctx.session() as s:
        after = s.scalars(select(AuditLog).where(AuditLog.action == "privacy.inventory")).all()
    assert len(after) == len(before) + 1


@pytest.mark.parametrize("suffix", [".txt", ".xlsx"])
def test_inventory_saved_as_text_or_worksheet(qtbot, make_ctx, three_clients, boxes,
                                              monkeypatch, tmp_path, suffix):
    ctx = make_ctx("head")
    tab = _tab(qtbot, ctx)
    tab.load_inventory()
    target = tmp_path / "laporan" / "inventaris"
    label = "Buku kerja Excel (*.xlsx)" if suffix == ".xlsx" else "Berkas teks (*.txt)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), label)))
    tab.save_button.click()
    written = target.with_name("inventaris" + suffix)
    assert written.is_file()
    assert f"Inventaris disimpan ke {written}" in boxes.texts()
    if suffix == ".txt":
        text = written.read_text(encoding="utf-8")
        assert "Klien seluruhnya: 3" in text and "3 x 24 jam" in text
    else:
        from openpyxl import load_workbook

        wb = load_workbook(written, read_only=True)
        rows = [tuple(r) for r in wb.active.iter_rows(values_only=True)]
        wb.close()
        assert any(r[1] == "Klien seluruhnya" and str(r[2]) == "3" for r in rows), rows


def test_admin_anonymises_the_selected_discharged_client(qtbot, make_ctx, three_clients, boxes,
                                                        monkeypatch, qtmodeltester):
    ctx = make_ctx("admin")
    with ctx.session() as s:
        years = int(get_setting(s, "retention_years"))
    tab = _tab(qtbot, ctx)
    assert tab.years.value() == years == 10
    qtmodeltester.check(tab.table.source)
    assert tab.table.source.rowCount() == 1  # only the one discharged in 2012
    row = tab.table.source.row(0)
    assert (row.client_id, row.name, row.years_since) == (three_clients["old"], "Budi Hartono",
                                                          14)
    assert not tab.anonymise_button.isEnabled()

    # a shorter period also lists last year's discharge
    tab.years.setValue(1)
    assert tab.table.source.rowCount() == 2
    tab.years.setValue(10)
    assert tab.table.source.rowCount() == 1

    tab.table.selectRow(0)
    assert tab.anonymise_button.isEnabled()
    asked: list[str] = []

    # an empty reason changes nothing
    def empty_reason(parent, title, label, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(label)
        return ("   ", True)

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(empty_reason))
    tab.anonymise_button.click()
    assert "Alasan anonimisasi wajib diisi" in boxes.texts()
    assert _client(ctx, three_clients["old"]).anonymized_at is None

    # declining the confirmation changes nothing
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Masa simpan 10 tahun terlampaui", True)))
    boxes.confirm_answer = False
    tab.anonymise_button.click()
    confirm = [t for k, _, t in boxes.shown if k == "confirm"]
    assert confirm and "secara permanen" in confirm[-1]
    assert _client(ctx, three_clients["old"]).anonymized_at is None

    boxes.confirm_answer = True
    tab.anonymise_button.click()
    assert "1 klien telah dianonimkan" in boxes.texts()
    client = _client(ctx, three_clients["old"])
    assert client.anonymized_at is not None
    assert client.name == f"Anonim {client.reg_no}"
    assert client.nik is None and client.address is None and client.health_notes is None
    assert client.birth_date == date(1990, 7, 1)  # only the year survives
    for other in ("active", "recent"):
        kept = _client(ctx, three_clients[other])
        assert kept.anonymized_at is None and kept.nik is not None
    with ctx.session() as s:
        entry = s.scalars(select(AuditLog).where(AuditLog.action == "client.anonymise")).one()
    assert entry.reason == "Masa simpan 10 tahun terlampaui"
    assert tab.table.source.rowCount() == 0
    assert "Tidak ada klien" in tab.count_label.text()
    assert asked and client.reg_no in asked[0]  # the reason dialog named the client


def test_several_clients_in_one_transaction(qtbot, make_ctx, three_clients, boxes,
                                            monkeypatch):
    """If one of the selected clients cannot be anonymised, none is."""
    ctx = make_ctx("admin")
    tab = _tab(qtbot, ctx)
    tab.years.setValue(1)
    assert tab.table.source.rowCount() == 2
    tab.table.selectAll()
    # someone else anonymises one of them meanwhile
    with ctx.session() as s:
        from jssc_desktop.services.privacy import anonymise_client

        anonymise_client(s, Actor.system(), three_clients["recent"], reason="di komputer lain",
                         today=TODAY)
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Tinjauan tahunan", True)))
    tab.anonymise_button.click()
    assert any(k == "error" for k, _, _ in boxes.shown), boxes.texts()
    assert "sudah dianonimkan" in boxes.texts()
    assert _client(ctx, three_clients["old"]).anonymized_at is None  # rolled back
    tab.load_candidates()
    assert tab.table.source.rowCount() == 1


def test_retention_years_saved_as_the_setting(qtbot, make_ctx, boxes):
    ctx = make_ctx("admin")
    tab = _tab(qtbot, ctx)
    tab.years.setValue(7)
    tab.save_years_button.click()
    with ctx.session() as s:
        assert get_setting(s, "retention_years") == "7"
    assert "7 tahun" in boxes.texts()


def test_no_english_on_the_tab(qtbot, make_ctx, three_clients):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    tab = _tab(qtbot, make_ctx("admin"))
    tab.load_inventory()
    texts = [w.text() for w in tab.findChildren(QLabel)]
    texts += [w.text() for w in tab.findChildren(QAbstractButton)]
    texts += [w.title() for w in tab.findChildren(QGroupBox)]
    joined = " ".join(texts).lower()
    for english in ("inventory", "retention", "anonymis", "save", "client", "none", "true"):
        assert english not in joined, english
