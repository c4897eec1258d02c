"""Exporting what a table shows: the XLSX/CSV cells equal the display texts of the visible
columns (in the order on screen), lazy lists are loaded completely (with a question when they
are large), and exports of personal data are logged in the same transaction as the file."""

from __future__ import annotations

import csv
import sys
import types
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QToolBar, QWidget
from sqlalchemy import select

from jssc_desktop.domain.formatting import normalize_name
from jssc_desktop.services.base import audit
from jssc_desktop.services.clients import ClientQuery, search_clients
from jssc_desktop.storage.models import AuditLog, Client
from jssc_desktop.ui import export
from jssc_desktop.ui.export import add_export_button, export_model, table_contents

from .conftest import Boxes

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _decline_opening(boxes: Boxes) -> None:
    """After writing, the export offers to open the file: these tests answer no."""
    boxes.confirm_answer = False


@dataclass(frozen=True)
class Row:
    name: str
    born: date
    amount: int
    note: str


def save_as(monkeypatch, path: Path, chosen: str = "Excel (*.xlsx)") -> list[tuple]:  # type: ignore[no-untyped-def]
    asked: list[tuple] = []

    def fake(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def shown_texts(view) -> tuple[list[str], list[list[str]]]:  # type: ignore[no-untyped-def]
    """What the user sees: visible columns in visual order, every row, display texts."""
    model, header = view.model(), view.horizontalHeader()
    cols = [header.logicalIndex(v) for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))]
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in cols]
    rows = [[model.index(r, c).data() for c in cols] for r in range(model.rowCount())]
    return heads, rows


@pytest.fixture
def table(qtbot):  # type: ignore[no-untyped-def]
    from jssc_desktop.ui.pages._common import Column, DataTable, fmt_date, fmt_money

    view = DataTable([
        Column("Nama", lambda r: r.name),
        Column("Tanggal Lahir", lambda r: fmt_date(r.born), sort=lambda r: r.born),
        Column("Bantuan", lambda r: fmt_money(r.amount), sort=lambda r: r.amount),
        Column("Catatan", lambda r: r.note),
    ])
    view.set_rows([
        Row("Siti Aminah", date(2005, 3, 12), 3_000_000, "mesin jahit"),
        Row("=HYPERLINK(\"http://x\")", date(1999, 6, 15), 150_000, "-tidak ada-"),
        Row("Budi Hartono", date(2001, 8, 1), 0, ""),
    ])
    qtbot.addWidget(view)
    return view


def test_xlsx_cells_equal_the_visible_display_texts(qtbot, ctx, table, tmp_path, monkeypatch,
                                                    boxes):
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setColumnHidden(3, True)                     # 'Catatan' is hidden on screen
    table.horizontalHeader().moveSection(2, 0)         # 'Bantuan' dragged to the front
    target = tmp_path / "daftar.xlsx"
    asked = save_as(monkeypatch, target)
    written = export_model(None, ctx, "Penerima bantuan", table.model(), view=table)
    assert written == target and target.is_file()
    assert asked and "Excel (*.xlsx)" in asked[0][3] and "CSV (*.csv)" in asked[0][3]
    heads, rows = shown_texts(table)
    assert heads == ["Bantuan", "Nama", "Tanggal Lahir"]
    ws = load_workbook(target).active
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    assert cells[0] == heads
    # Amounts and dates are written as numbers and dates (formatted as shown), texts as texts.
    from datetime import datetime

    assert cells[1:] == [
        [150_000, "=HYPERLINK(\"http://x\")", datetime(1999, 6, 15)],
        [0, "Budi Hartono", datetime(2001, 8, 1)],
        [3_000_000, "Siti Aminah", datetime(2005, 3, 12)],
    ]
    assert [r[0] for r in rows] == ["Rp 150.000", "Rp 0", "Rp 3.000.000"]
    assert ws["A2"].number_format == '"Rp" #,##0' and ws["C2"].number_format == "dd/mm/yyyy"
    assert rows[0][1] == "=HYPERLINK(\"http://x\")"
    assert ws["B2"].data_type == "s"                   # a text, never a formula
    assert boxes.kinds() == ["confirm"] and str(target) in boxes.shown[0][2]
    assert "3 baris" in boxes.shown[0][2]


def test_csv_chosen_by_filter(qtbot, ctx, table, tmp_path, monkeypatch, boxes):
    save_as(monkeypatch, tmp_path / "daftar", chosen="CSV (*.csv)")
    written = export_model(None, ctx, "Penerima bantuan", table.model())
    assert written == tmp_path / "daftar.csv"
    with written.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    heads, rows = shown_texts(table)
    assert lines[0] == heads
    # Formula-like texts keep a leading apostrophe in CSV, the way Excel reads them as text;
    # amounts are plain numbers and dates day first.
    assert lines[1:] == [["Siti Aminah", "12/03/2005", "3000000", "mesin jahit"],
                         ["'=HYPERLINK(\"http://x\")", "15/06/1999", "150000", "'-tidak ada-"],
                         ["Budi Hartono", "01/08/2001", "0", ""]]
    assert lines[2][0] == "'=HYPERLINK(\"http://x\")"


def test_cancelled_file_dialog_writes_nothing(qtbot, ctx, table, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert export_model(None, ctx, "Daftar", table.model()) is None
    assert boxes.shown == [] and not list(tmp_path.glob("*.xlsx"))


# ------------------------------------------------------------------------------- lazy lists


def add_clients(db, n: int) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        for i in range(n):
            name = f"Klien Ke {i:04d}"
            s.add(Client(reg_no=f"PM-2026-{i + 1:05d}", name=name,
                         name_normalized=normalize_name(name), sex="L" if i % 2 else "P",
                         ppks_code="P02", nik_missing_reason="hilang",
                         birth_date=date(1990, 1, 1) + timedelta(days=i),
                         admission_date=date(2026, 1, 5), status="aktif",
                         current_stage="pendekatan_awal"))


@pytest.fixture
def client_list(qtbot, ctx, sqlite_db):  # type: ignore[no-untyped-def]
    from jssc_desktop.ui.clients.model import PAGE_SIZE, ClientTableModel

    add_clients(sqlite_db, 450)

    def load(query: ClientQuery):  # type: ignore[no-untyped-def]
        with ctx.session() as s:
            return search_clients(s, ctx.actor, query)

    model = ClientTableModel(load)
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    return model


def test_lazy_list_is_loaded_completely(qtbot, ctx, client_list, tmp_path, monkeypatch, boxes):
    target = tmp_path / "klien.xlsx"
    save_as(monkeypatch, target)
    assert export_model(None, ctx, "Klien", client_list) == target
    assert client_list.rowCount() == 450
    ws = load_workbook(target).active
    assert ws.max_row == 451
    heads, rows = table_contents(client_list)
    assert [c.value for c in ws[1]] == heads
    assert [c.value for c in ws[451]] == [v for v in rows[-1]]
    assert ws["B451"].value == "Klien Ke 0449"


def test_large_lazy_list_asks_first(qtbot, ctx, client_list, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(export, "LARGE_EXPORT", 300)
    target = tmp_path / "klien.xlsx"
    save_as(monkeypatch, target)
    boxes.confirm_answers = [False]
    assert export_model(None, ctx, "Klien", client_list) is None
    assert "450 baris" in boxes.shown[0][2]
    assert not target.exists() and client_list.rowCount() == 200

    boxes.confirm_answers = [True, False]   # export everything; then do not open the file
    assert export_model(None, ctx, "Klien", client_list) == target
    assert load_workbook(target).active.max_row == 451


# ------------------------------------------------------------------------- sensitive lists


@pytest.fixture
def privacy_log(monkeypatch):  # type: ignore[no-untyped-def]
    """``log_sensitive_export`` writing a real audit row; replaces the real one if present."""
    calls: list[tuple[str, int]] = []
    state = {"fail": False}

    def log_sensitive_export(session, actor, title, rows):  # type: ignore[no-untyped-def]
        if state["fail"]:
            raise RuntimeError("log unavailable")
        calls.append((title, rows))
        audit(session, actor, "export.sensitive", "export", None,
              after={"title": title, "rows": rows})

    try:
        import jssc_desktop.services.privacy as module  # type: ignore[import-not-found]
    except ImportError:
        module = types.ModuleType("jssc_desktop.services.privacy")
        monkeypatch.setitem(sys.modules, "jssc_desktop.services.privacy", module)
        from jssc_desktop import services

        monkeypatch.setattr(services, "privacy", module, raising=False)
    monkeypatch.setattr(module, "log_sensitive_export", log_sensitive_export, raising=False)
    return calls, state


def audit_actions(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return list(s.execute(select(AuditLog.action)
                              .where(AuditLog.action.like("export%"))).scalars())


def test_sensitive_export_is_logged(qtbot, ctx, sqlite_db, table, tmp_path, monkeypatch, boxes,
                                    privacy_log):
    calls, _state = privacy_log
    save_as(monkeypatch, tmp_path / "a.xlsx")
    export_model(None, ctx, "Daftar klien", table.model(), sensitive=True)
    assert calls == [("Daftar klien", 3)]
    assert audit_actions(sqlite_db) == ["export.sensitive"]
    # Not sensitive: not logged.
    save_as(monkeypatch, tmp_path / "b.xlsx")
    export_model(None, ctx, "Daftar program", table.model())
    assert calls == [("Daftar klien", 3)]


def test_no_file_without_its_log_and_no_log_without_its_file(
        qtbot, ctx, sqlite_db, table, tmp_path, monkeypatch, boxes, privacy_log):
    calls, state = privacy_log
    state["fail"] = True
    assert calls == []
    target = tmp_path / "a.xlsx"
    save_as(monkeypatch, target)
    assert export_model(None, ctx, "Daftar klien", table.model(), sensitive=True) is None
    assert not target.exists()
    assert boxes.kinds() == ["error"]

    state["fail"] = False
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x")
    save_as(monkeypatch, blocker / "a.xlsx")  # the 'folder' is a file: writing fails
    assert export_model(None, ctx, "Daftar klien", table.model(), sensitive=True) is None
    assert boxes.shown[-1][1] == "StorageError"
    assert audit_actions(sqlite_db) == []     # the log entry rolled back with the failure


def test_add_export_button_on_a_layout_and_a_toolbar(qtbot, ctx, table, tmp_path, monkeypatch,
                                                     boxes):
    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    button = add_export_button(row, holder, ctx, lambda: "Daftar", lambda: table)
    assert button.text() == "Ekspor…"
    save_as(monkeypatch, tmp_path / "tombol.xlsx")
    button.click()
    assert (tmp_path / "tombol.xlsx").is_file()

    bar = QToolBar()
    qtbot.addWidget(bar)
    action = add_export_button(bar, holder, ctx, "Daftar", lambda: table.model())
    assert action in bar.actions()
    save_as(monkeypatch, tmp_path / "aksi.xlsx")
    action.trigger()
    assert load_workbook(tmp_path / "aksi.xlsx").active.max_row == 4
