"""A PostgreSQL server chosen in Settings that cannot be reached does not lock the user out."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from jssc_desktop import app
from jssc_desktop.domain.errors import StorageError
from jssc_desktop.paths import read_config, write_config

pytestmark = pytest.mark.gui


def test_unreachable_server_offers_the_sqlite_file(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    write_config(database_url="postgresql+psycopg://jssc@127.0.0.1:1/jssc")

    def click_first(box: QMessageBox) -> int:
        box.setProperty("seen", True)
        # the first button added is "Pakai berkas SQLite"
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: box.buttons()[0])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_first)
    db = app._offer_sqlite_instead(None, StorageError("Server tidak dapat dihubungi."))
    assert db is not None and db.is_sqlite
    assert "database_url" not in read_config()
    db.dispose()


def test_nothing_offered_for_an_explicit_url(qtbot) -> None:
    assert app._offer_sqlite_instead("postgresql://x@127.0.0.1:1/y",
                                     StorageError("tidak dapat dihubungi")) is None
