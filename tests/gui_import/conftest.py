"""Fixtures of the import wizard and export tests: a real SQLite database with a staff and a tutor
user created through the user service, contexts for them, sheets built with openpyxl, and
message boxes that record instead of waiting for a click."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from jssc_desktop.services import users
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Tutor

PASSWORD = "Rahasia-123"


def _create(db: Database, username: str, role: str, name: str,
            tutor_id: int | None = None) -> Actor:
    with db.session() as s:
        view = users.create_user(s, Actor.system(), username=username, full_name=name,
                                 role=role, password=PASSWORD, tutor_id=tutor_id,
                                 must_change=False)
    return Actor(view.id, view.username, view.role, view.full_name, view.tutor_id)


@pytest.fixture
def staff(sqlite_db: Database) -> Actor:
    return _create(sqlite_db, "staf", "staff", "Staf Administrasi")


@pytest.fixture
def tutor(sqlite_db: Database) -> Actor:
    with sqlite_db.session() as s:
        t = Tutor(name="Budi Santoso", tutor_type="internal", rate_per_jp=100_000)
        s.add(t)
        s.flush()
        tutor_id = t.id
    return _create(sqlite_db, "tutor", "tutor", "Budi Santoso", tutor_id)


@pytest.fixture
def ctx(sqlite_db: Database, staff: Actor):  # type: ignore[no-untyped-def]
    from jssc_desktop.ui.context import AppContext

    return AppContext(sqlite_db, staff)


class Boxes:
    """Every message box the code under test tried to show: (kind, title, text)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []

    def kinds(self) -> list[str]:
        return [k for k, _, _ in self.shown]

    def texts(self) -> str:
        return "\n".join(f"{k} | {t} | {x}" for k, t, x in self.shown)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Boxes]:
    from jssc_desktop.ui import widgets

    rec = Boxes()

    def info(parent, title, text, detail=None):  # type: ignore[no-untyped-def]
        rec.shown.append(("info", title, text))

    def warning(parent, title, text, detail=None):  # type: ignore[no-untyped-def]
        rec.shown.append(("warning", title, text))

    def confirm(parent, title, text, **kwargs):  # type: ignore[no-untyped-def]
        rec.shown.append(("confirm", title, text))
        return rec.confirm_answers.pop(0) if rec.confirm_answers else False

    def error(parent, exc, on_reload=None):  # type: ignore[no-untyped-def]
        rec.shown.append(("error", type(exc).__name__, getattr(exc, "message", str(exc))))

    monkeypatch.setattr(widgets, "show_info", info)
    monkeypatch.setattr(widgets, "show_warning", warning)
    monkeypatch.setattr(widgets, "ask_confirm", confirm)
    monkeypatch.setattr(widgets, "show_error", error)
    yield rec


@pytest.fixture(autouse=True)
def _no_worker_left_behind() -> Iterator[None]:
    """A test ends only when the background jobs it started have ended."""
    yield
    from jssc_desktop.ui.imports.wizard import _alive

    for worker in list(_alive):
        assert worker.done.wait(30), "a background job did not finish"


# ------------------------------------------------------------------------------------ sheets

HEADER = ["No", "Nama Lengkap", "NIK", "Alasan Tanpa NIK", "L/P", "Tgl Lahir", "Kab/Kota",
          "Jenis PPKS", "Tanggal Diterima", "Nomor Kamar"]


def client_rows(n: int, *, start: int = 0) -> list[list[Any]]:
    """``n`` clean rows: no NIK (with a reason), distinct names and birth dates."""
    rows = []
    for i in range(start, start + n):
        rows.append([i + 1, f"Peserta Nomor {i + 1}", None, "Dokumen hilang",
                     "P" if i % 2 else "L", date(1980 + i % 30, 1 + i % 12, 1 + i % 28),
                     "Kota Surabaya", "Anak Telantar", date(2026, 2, 1 + i % 27), f"K-{i % 9}"])
    return rows


def make_sheet(path: Path, rows: list[list[Any]], *, header: list[str] = HEADER,
               title_rows: bool = True) -> Path:
    """A sheet the way staff keep them: a merged title above the table, then the rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Data PM 2026"
    start = 1
    if title_rows:
        ws["A1"] = "DAFTAR PENERIMA MANFAAT UPT PELAYANAN SOSIAL BINA REMAJA"
        ws.merge_cells("A1:J1")
        ws["A2"] = "Keadaan per Februari 2026"
        start = 4
    for c, h in enumerate(header, start=1):
        ws.cell(row=start, column=c, value=h)
    for r, row in enumerate(rows, start=start + 1):
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
    notes = wb.create_sheet("Catatan")
    notes["A1"] = "Lembar lain yang bukan data"
    wb.save(path)
    return path
