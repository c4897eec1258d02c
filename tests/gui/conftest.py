"""Fixtures for the window tests: a real SQLite database with one user per role, a context per
role, and message boxes that record instead of waiting for a click."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from tests.conftest import _make_actors


@pytest.fixture
def gui_actors(sqlite_db: Database) -> dict[str, Actor]:
    """One user per role (password 'Rahasia-123') in the SQLite test database."""
    return _make_actors(sqlite_db)


@pytest.fixture
def make_ctx(sqlite_db: Database, gui_actors: dict[str, Actor]):  # type: ignore[no-untyped-def]
    from jssc_desktop.ui.context import AppContext

    def make(role: str = "admin") -> AppContext:
        return AppContext(sqlite_db, gui_actors[role])

    return make


class Boxes:
    """Every message box the code under test tried to show: (kind, title, text)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answer = True

    def texts(self) -> str:
        return "\n".join(f"{t} | {x}" for _, t, x in self.shown)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Boxes]:
    """Replace the modal message boxes of ui.widgets (they would block the test)."""
    from jssc_desktop.ui import widgets

    rec = Boxes()

    def info(parent, title, text, detail=None):  # type: ignore[no-untyped-def]
        rec.shown.append(("info", title, text))

    def warning(parent, title, text, detail=None):  # type: ignore[no-untyped-def]
        rec.shown.append(("warning", title, text))

    def confirm(parent, title, text, **kwargs):  # type: ignore[no-untyped-def]
        rec.shown.append(("confirm", title, text))
        return rec.confirm_answer

    def error(parent, exc, on_reload=None):  # type: ignore[no-untyped-def]
        rec.shown.append(("error", type(exc).__name__, getattr(exc, "message", str(exc))))

    monkeypatch.setattr(widgets, "show_info", info)
    monkeypatch.setattr(widgets, "show_warning", warning)
    monkeypatch.setattr(widgets, "ask_confirm", confirm)
    monkeypatch.setattr(widgets, "show_error", error)
    # Modules that imported the functions by name get the recorders too: load them first.
    import importlib
    import pkgutil
    import sys

    import jssc_desktop.ui as ui_package

    for found in pkgutil.walk_packages(ui_package.__path__, "jssc_desktop.ui."):
        importlib.import_module(found.name)  # a GUI module that does not import is a failure

    for name, module in list(sys.modules.items()):
        if not name.startswith("jssc_desktop.ui") or module is widgets:
            continue
        for attr, fn in (("show_info", info), ("show_warning", warning),
                         ("ask_confirm", confirm), ("show_error", error)):
            if hasattr(module, attr):
                monkeypatch.setattr(module, attr, fn)
    yield rec

