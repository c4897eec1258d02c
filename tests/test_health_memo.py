"""The open-time integrity check is bounded for commands and not repeated on an unchanged file,
but a file changed since (damaged, say) is checked again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jssc_desktop.storage.health import check_sqlite_file


def _make(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 200,)] * 2000)
    conn.commit()
    conn.close()


def test_sound_file_is_remembered_until_it_changes(tmp_path: Path) -> None:
    path = tmp_path / "upt.sqlite3"
    _make(path)
    first = check_sqlite_file(path, remember=True)
    assert (first.damaged, first.checked, first.detail) == (False, True, "ok")
    again = check_sqlite_file(path, remember=True)
    assert not again.damaged and again.detail.startswith("ok (tidak berubah")
    # Damage a page in the middle of the file: size and time change, so it is checked again.
    data = bytearray(path.read_bytes())
    page = 4096 * 3
    data[page:page + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    after = check_sqlite_file(path, remember=True)
    assert after.damaged and after.checked


def test_without_remember_every_check_reads_the_file(tmp_path: Path) -> None:
    path = tmp_path / "upt.sqlite3"
    _make(path)
    check_sqlite_file(path, remember=True)
    assert check_sqlite_file(path).detail == "ok"
