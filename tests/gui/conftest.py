"""Fixtures of the window tests (one set for every GUI test).

A real SQLite database with one user per role (``people``), a context for a role or a user
(``make_ctx``), message boxes that record instead of waiting for a click (``boxes``), a small
training programme built through the services (``programme``), sheets built with openpyxl for the
import wizard, and a check that no background job outlives its test."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from jssc_desktop.domain.formatting import normalize_name
from jssc_desktop.services import training, users
from jssc_desktop.services.base import Actor
from jssc_desktop.services.training import CohortInput, SessionInput, TrackInput
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Client, Tutor
from jssc_desktop.ui.context import AppContext
from tests.conftest import _make_actors

PASSWORD = "Rahasia-123"

# ------------------------------------------------------------------------------ users, contexts


@pytest.fixture
def people(sqlite_db: Database) -> dict[str, Actor]:
    """One user per role (plus a second tutor, password 'Rahasia-123') in the SQLite database."""
    return _make_actors(sqlite_db)


@pytest.fixture
def make_ctx(sqlite_db: Database, people: dict[str, Actor]) -> Callable[..., AppContext]:
    """``make_ctx("staff")`` for a role of ``people``, ``make_ctx(actor)`` for any user."""

    def make(who: str | Actor = "admin") -> AppContext:
        return AppContext(sqlite_db, people[who] if isinstance(who, str) else who)

    return make


def _create(db: Database, username: str, role: str, name: str,
            tutor_id: int | None = None) -> Actor:
    with db.session() as s:
        view = users.create_user(s, Actor.system(), username=username, full_name=name,
                                 role=role, password=PASSWORD, tutor_id=tutor_id,
                                 must_change=False)
    return Actor(view.id, view.username, view.role, view.full_name, view.tutor_id)


@pytest.fixture
def staff(sqlite_db: Database) -> Actor:
    """A staff user created through the user service (independent of ``people``)."""
    return _create(sqlite_db, "staf", "staff", "Staf Administrasi")


@pytest.fixture
def tutor(sqlite_db: Database) -> Actor:
    """A tutor user with its tutor record, created through the user service."""
    with sqlite_db.session() as s:
        t = Tutor(name="Budi Santoso", tutor_type="internal", rate_per_jp=100_000)
        s.add(t)
        s.flush()
        tutor_id = t.id
    return _create(sqlite_db, "tutor", "tutor", "Budi Santoso", tutor_id)


@pytest.fixture
def ctx(sqlite_db: Database, staff: Actor) -> AppContext:
    """The context of the ``staff`` user."""
    return AppContext(sqlite_db, staff)


# --------------------------------------------------------------------------------- language


@contextmanager
def app_language(qapp: Any, language: str, *, restyle: bool = True) -> Iterator[str]:
    """The program's ``language`` (its translation, locale, the names below the window) and,
    with ``restyle``, its style, as the running program has them; the test's application is put
    back afterwards.

    Without ``restyle`` the application's style is left alone: re-styling it while earlier
    tests' widgets still await deletion can crash Qt (a segmentation fault in the whole-folder
    run), and a test that reads texts only does not need the style."""
    from PySide6.QtCore import QLocale

    from jssc_desktop.app import configure_application
    from jssc_desktop.domain.language import INDONESIAN, set_display_language

    locale, sheet, palette = QLocale(), qapp.styleSheet(), qapp.palette()
    style = qapp.style().name()
    styled = getattr(qapp, "_jssc_styled", False)
    if not restyle:
        qapp._jssc_styled = True  # configure_application then leaves the style as it is
    configure_application(qapp, language)
    try:
        yield language
    finally:
        for translator in getattr(qapp, "_jssc_translators", []):
            qapp.removeTranslator(translator)
        qapp._jssc_translators = []
        QLocale.setDefault(locale)
        set_display_language(INDONESIAN)
        qapp._jssc_styled = styled if not restyle else False
        if restyle:
            qapp.setStyleSheet(sheet)
            qapp.setPalette(palette)
            qapp.setStyle(style)


@pytest.fixture(params=["id", "en"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """Each test once in Indonesian and once in English, styled (see :func:`app_language`)."""
    with app_language(qapp, request.param):
        yield request.param


@pytest.fixture(params=["id", "en"])
def texts_in(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """Each test once in Indonesian and once in English, the style untouched: for tests that
    read texts only (see :func:`app_language`)."""
    with app_language(qapp, request.param, restyle=False):
        yield request.param


# ---------------------------------------------------------------------------- message boxes


class Boxes:
    """Every message box the code under test tried to show: (kind, title, text).

    A confirmation takes the next answer of ``confirm_answers`` while there is one, and then
    ``confirm_answer`` (yes unless a test says otherwise)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.confirm_answers: list[bool] = []

    def kinds(self) -> list[str]:
        return [k for k, _, _ in self.shown]

    def texts(self) -> str:
        return "\n".join(f"{k} | {t} | {x}" for k, t, x in self.shown)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Boxes]:
    """Replace the modal message boxes of ui.widgets (they would block the test), also in every
    GUI module that imported them by name."""
    import importlib
    import pkgutil
    import sys

    import jssc_desktop.ui as ui_package
    from jssc_desktop.ui import widgets

    rec = Boxes()

    def info(parent, title, text, detail=None):  # type: ignore[no-untyped-def]
        rec.shown.append(("info", title, text))

    def warning(parent, title, text, detail=None):  # type: ignore[no-untyped-def]
        rec.shown.append(("warning", title, text))

    def confirm(parent, title, text, **kwargs):  # type: ignore[no-untyped-def]
        rec.shown.append(("confirm", title, text))
        return rec.confirm_answers.pop(0) if rec.confirm_answers else rec.confirm_answer

    def error(parent, exc, on_reload=None):  # type: ignore[no-untyped-def]
        rec.shown.append(("error", type(exc).__name__, getattr(exc, "message", str(exc))))

    recorders = (("show_info", info), ("show_warning", warning),
                 ("ask_confirm", confirm), ("show_error", error))
    for attr, fn in recorders:
        monkeypatch.setattr(widgets, attr, fn)
    # Modules that imported the functions by name get the recorders too: load them first.
    for found in pkgutil.walk_packages(ui_package.__path__, "jssc_desktop.ui."):
        importlib.import_module(found.name)  # a GUI module that does not import is a failure
    for name, module in list(sys.modules.items()):
        if not name.startswith("jssc_desktop.ui") or module is widgets:
            continue
        for attr, fn in recorders:
            if hasattr(module, attr):
                monkeypatch.setattr(module, attr, fn)
    yield rec


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As in the application (ui/gc_guard.py): no automatic collection on a background job's
    thread, where collecting a closed dialog's widgets crashes Qt; the tests collect after each
    test on the main thread instead."""
    gc.disable()
    from jssc_desktop.ui.none_guard import keep_none_alive

    keep_none_alive()  # as configure_application does (PySide6 6.12.0 leaks None references)
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _no_worker_left_behind() -> Iterator[None]:
    """A test ends only when the background jobs it started have ended."""
    yield
    gc.collect()
    from jssc_desktop.ui.imports.wizard import _alive

    for worker in list(_alive):
        assert worker.done.wait(30), "a background job did not finish"


@pytest.fixture(autouse=True)
def _no_key_left_held() -> Iterator[None]:
    """A test ends with no key held down. Qt takes the keyboard state from the last key event a
    test sent: after ``keyClick(w, Key_S, ControlModifier)`` Ctrl still counts as held, and a
    later test's Ctrl-aware widgets (table selection) would act as if the user held it."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        target = QWidget()
        QTest.keyRelease(target, Qt.Key.Key_A)  # a plain key's event: no modifier held
        target.deleteLater()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


# ------------------------------------------------------------------------ clients, programme

_reg = count(1)


def add_clients(db: Database, names: list[str], *, admitted: date | None = None) -> list[int]:
    """Active clients stored directly (the client service has its own tests)."""
    ids = []
    with db.session() as s:
        for name in names:
            n = next(_reg)
            c = Client(reg_no=f"PM-2026-{n:05d}", name=name, name_normalized=normalize_name(name),
                       sex="L" if n % 2 else "P", ppks_code="P02", nik_missing_reason="tidak_punya",
                       admission_date=admitted or date.today() - timedelta(days=200),
                       status="aktif")
            s.add(c)
            s.flush()
            ids.append(c.id)
    return ids


@dataclass
class Programme:
    track_id: int
    cohort_id: int
    other_cohort_id: int
    session_id: int
    client_ids: list[int]
    other_client_ids: list[int]
    names: dict[int, str] = field(default_factory=dict)
    start: date = date.today()
    end: date = date.today()


@pytest.fixture
def programme(sqlite_db: Database, people: dict[str, Actor]) -> Programme:
    """Track 'Reparasi AC' with cohort A (tutor Budi, four participants, one session) and
    cohort B (tutor Sri, two participants)."""
    admin = people["admin"]
    today = date.today()
    start, end = today - timedelta(days=30), today + timedelta(days=60)
    names = ["Agus Salim", "Bambang Irawan", "Citra Lestari", "Dewi Sartika"]
    others = ["Eko Prasetyo", "Fajar Nugroho"]
    ids = add_clients(sqlite_db, names)
    other_ids = add_clients(sqlite_db, others)
    with sqlite_db.session() as s:
        track = training.create_track(s, admin, TrackInput(code="AC", name="Reparasi AC",
                                                           total_jp=120))
        a = training.create_cohort(s, admin, CohortInput(
            track.id, "Angkatan I", start, end, tutor_id=people["tutor"].tutor_id,
            planned_jp=120, capacity=20))
        b = training.create_cohort(s, admin, CohortInput(
            track.id, "Angkatan II", start, end, tutor_id=people["tutor2"].tutor_id,
            planned_jp=120))
        training.set_cohort_status(s, admin, a.id, "berjalan")
        training.set_cohort_status(s, admin, b.id, "berjalan")
        training.enroll_clients(s, admin, a.id, ids, enrolled_on=start)
        training.enroll_clients(s, admin, b.id, other_ids, enrolled_on=start)
        session = training.add_session(s, admin, a.id, SessionInput(today - timedelta(days=1), 4,
                                                                    "Pengenalan AC split"))
    return Programme(track.id, a.id, b.id, session.id, ids, other_ids,
                     dict(zip(ids + other_ids, names + others, strict=True)), start, end)


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
