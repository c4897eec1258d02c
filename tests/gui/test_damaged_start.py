"""Starting the window on a byte-flipped SQLite file: the message offers to restore the newest
verified backup or to look at the data read-only. Read-only: pages show data, a banner says so,
every save is refused with a clear message, and not one byte of the file changes. Restore: the
newest verified backup replaces it, the damaged file is kept aside untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from jssc_desktop import app
from jssc_desktop.domain.errors import DamagedDatabaseError
from jssc_desktop.services import backups, users
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.health import check_sqlite_file
from jssc_desktop.storage.models import Setting, User

from ..test_cli import TEST_PASSWORD
from ..test_damaged_db import _filled, _flip_bytes


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _answer(monkeypatch: pytest.MonkeyPatch, text: str, seen: list[str]) -> None:
    """The damage message box: record its buttons and click the one called ``text``."""
    def exec_(box: QMessageBox) -> int:
        seen.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def _damaged_error(url: str) -> DamagedDatabaseError:
    with pytest.raises(DamagedDatabaseError) as caught:
        app.open_database(url)
    return caught.value


def test_read_only_window_shows_data_and_refuses_every_save(qtbot, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                             boxes) -> None:
    path = tmp_path / "jssc.sqlite3"
    _filled(path)
    _flip_bytes(path)
    before, mtime = _sha(path), path.stat().st_mtime_ns
    error = _damaged_error(str(path))
    seen: list[str] = []
    _answer(monkeypatch, "Buka hanya-baca", seen)
    db, message = app._recover(str(path), error)
    assert db is not None and db.read_only and "rusak" in message
    assert "Buka hanya-baca" in seen and "Keluar" in seen
    opened = app._open_and_look(str(path), db)
    assert opened.users == 1
    with db.session() as s:  # the sign-in checks the password and writes nothing
        actor = users.login(s, "admin", TEST_PASSWORD)
    from jssc_desktop.ui.context import AppContext
    from jssc_desktop.ui.main_window import MainWindow

    window = MainWindow(AppContext(db, actor))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    assert window.read_only_banner.isVisible()
    assert "HANYA-BACA" in window.read_only_banner.text()
    # a save through the window's one way of running a use case: refused, said clearly
    from jssc_desktop.services.settings import set_setting
    from jssc_desktop.ui import usecase

    assert not usecase.run(window, window.ctx, set_setting, "language", "en")
    assert boxes.kinds()[-1] == "error" and "hanya-baca" in boxes.shown[-1][2], boxes.texts()
    for name in ("clients", "settings", "reports"):  # pages open and show what can be read
        if name in {a.key for a in window.areas}:
            window.navigate(name)
            qtbot.wait(50)
    window.close()
    db.dispose()
    assert _sha(path) == before and path.stat().st_mtime_ns == mtime
    assert not path.with_name(path.name + "-wal").exists()


def test_restore_offer_restores_the_newest_verified_backup(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "jssc.sqlite3"
    _filled(path)
    db = Database(str(path))
    admin = Actor(1, "admin", "admin", "Admin")
    older = backups.make_backup(db, admin)
    with db.session() as s:
        s.add(Setting(key="penanda", value="terbaru"))
    newest = backups.make_backup(db, admin)
    db.dispose()
    assert newest.path != older.path
    _flip_bytes(path)
    damaged_sha = _sha(path)
    error = _damaged_error(str(path))
    assert error.backup is not None and error.backup.path == newest.path
    seen: list[str] = []
    _answer(monkeypatch, "Pulihkan cadangan terbaru", seen)
    restored, _message = app._recover(str(path), error)
    assert restored is not None and not getattr(restored, "read_only", False)
    try:
        with restored.session() as s:
            assert s.get(Setting, "penanda").value == "terbaru"  # the newest, not the older
            assert s.execute(select(User.username)).scalars().all() == ["admin"]
    finally:
        restored.dispose()
    assert not check_sqlite_file(path).damaged
    aside = [p for p in tmp_path.iterdir() if ".rusak-" in p.name and p.name[-1].isdigit()]
    assert len(aside) == 1 and _sha(aside[0]) == damaged_sha  # kept as it was
