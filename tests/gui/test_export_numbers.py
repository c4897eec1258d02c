"""Exports write numbers as numbers (issue 13, point 10): ages, amounts, counts, percentages and
dates go to the XLSX as values Excel can sum and sort, formatted as the screen shows them; a text
column whose sorting uses a number (a status rank) stays text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from jssc_desktop.ui.export import export_model, typed_cell
from tests.gui.daily_helpers import add_clients, show

pytestmark = pytest.mark.gui


def _save_as(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "Excel (*.xlsx)")))


@pytest.mark.parametrize(("shown", "raw", "expected"), [
    ("35", 35, (35, None)),
    ("Rp 1.500.000", 1_500_000, (1_500_000, "money")),
    ("93,6%", 0.936, (0.936, "percent")),
    ("100,0%", 1.0, (1.0, "percent")),
    ("12 hari", 12, (12, None)),
    ("Aktif", 1, ("Aktif", None)),               # a rank behind a text: the text
    ("Rp 2.000", 2_000_000, ("Rp 2.000", None)),  # not what is shown: the text
    ("", None, (None, None)),
])
def test_typed_cell(shown, raw, expected) -> None:  # type: ignore[no-untyped-def]
    assert typed_cell(shown, raw) == expected


def test_client_list_ages_are_numbers(qtbot, make_ctx, sqlite_db, tmp_path, monkeypatch, boxes):
    from jssc_desktop.storage.models import Client
    from jssc_desktop.ui.clients.page import ClientsPage

    ids = add_clients(sqlite_db, ["Siti Aminah", "Budi Hartono"])
    with sqlite_db.session() as s:
        for cid, born in zip(ids, (date(2000, 1, 1), date(1970, 6, 1)), strict=True):
            s.get(Client, cid).birth_date = born
    ctx = make_ctx("staff")
    page = show(qtbot, ClientsPage(ctx))
    target = tmp_path / "klien.xlsx"
    _save_as(monkeypatch, target)
    assert export_model(page, ctx, "Daftar klien", page.model, view=page.table) == target
    ws = load_workbook(target).active
    heads = [c.value for c in ws[1]]
    age = heads.index("Umur") + 1
    ages = {ws.cell(r, heads.index("Nama") + 1).value: ws.cell(r, age).value
            for r in range(2, ws.max_row + 1)}
    today = date.today()
    assert ages["Siti Aminah"] == today.year - 2000 - (today < date(today.year, 1, 1))
    assert all(isinstance(v, int) for v in ages.values())


@dataclass(frozen=True)
class Track:
    name: str
    graduates: int
    share: float
    income: int


def test_counts_money_and_percentages_are_numbers(qtbot, make_ctx, tmp_path, monkeypatch, boxes):
    from jssc_desktop.ui.pages._common import Column, DataTable, fmt_money, fmt_percent

    table = DataTable([
        Column("Program", lambda r: r.name),
        Column("Lulusan", lambda r: r.graduates),
        Column("Persentase", lambda r: fmt_percent(r.share), lambda r: r.share),
        Column("Median penghasilan", lambda r: fmt_money(r.income), lambda r: r.income),
    ])
    table.set_rows([Track("Tata Boga", 31, 0.936, 1_750_000), Track("Menjahit", 12, 1.0, 0)])
    show(qtbot, table)
    target = tmp_path / "efektivitas.xlsx"
    _save_as(monkeypatch, target)
    export_model(None, make_ctx("staff"), "Efektivitas", table.model(), view=table)
    ws = load_workbook(target).active
    assert [[c.value for c in row] for row in ws.iter_rows(min_row=2)] == [
        ["Tata Boga", 31, 0.936, 1_750_000], ["Menjahit", 12, 1, 0]]
    assert ws["C2"].number_format == "0.0%" and ws["D2"].number_format == '"Rp" #,##0'
