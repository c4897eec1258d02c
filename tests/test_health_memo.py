"""The open-time integrity check is bounded for commands and not repeated on an unchanged file,
but a file changed since (damaged, say) is checked again; a check that this computer has shown
cannot finish in a command's time is not started (the file counts as unchecked, as when the
check is stopped), while a longer check still runs and still finds damage."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any, cast

from jssc_desktop.storage import health
from jssc_desktop.storage.health import cannot_finish, check_sqlite_file


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


# ------------------------------------------------------- a check that cannot finish in its time


def _large(path: Path) -> None:
    """About 40 MB: its check is always stopped at 0.02 s."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)",
                     ((f"{i:08d}" + "x" * 1000,) for i in range(20_000)))
    conn.execute("CREATE INDEX ix_t ON t (x)")
    conn.commit()
    conn.close()


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // 2 // 4096) * 4096  # a page's header and cell pointers
    data[middle:middle + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def _speed() -> dict[str, Any]:
    memo = json.loads(health._memo_path().read_text(encoding="utf-8"))
    return cast(dict[str, Any], memo[health._SPEED])


def test_a_check_that_was_stopped_is_not_started_again_on_a_file_as_large(
        tmp_path: Path) -> None:
    path = tmp_path / "besar.sqlite3"
    _large(path)
    first = check_sqlite_file(path, seconds=0.02, remember=True, skip_hopeless=True)
    assert (first.damaged, first.checked) == (False, False)
    assert "dihentikan" in first.detail, first
    size = path.stat().st_size
    assert _speed()["stopped"][:2] == [size, 0.02]
    # The next command with the same time does not spend it: unchecked, as after being stopped.
    started = time.monotonic()
    again = check_sqlite_file(path, seconds=0.02, remember=True, skip_hopeless=True)
    assert time.monotonic() - started < 0.5
    assert (again.damaged, again.checked) == (False, False)
    assert again.detail.startswith("tidak diperiksa") and "0.02 detik" in again.detail, again
    # A longer check (the window's) still runs, finds the file sound and remembers it.
    full = check_sqlite_file(path, seconds=60.0, remember=True)
    assert (full.damaged, full.checked, full.detail) == (False, True, "ok")
    # Without the memo (a backup's own check) the check always runs.
    assert check_sqlite_file(path, seconds=60.0).detail == "ok"


def test_the_window_always_tries_its_check(tmp_path: Path) -> None:
    """The window checks while the user signs in: evidence that a check of this size was
    stopped does not keep it from trying (and stopping) again; a command skips it."""
    path = tmp_path / "besar.sqlite3"
    _large(path)
    assert "dihentikan" in check_sqlite_file(path, seconds=0.02, remember=True).detail
    again = check_sqlite_file(path, seconds=0.02, remember=True)
    assert "dihentikan" in again.detail, again
    skipped = check_sqlite_file(path, seconds=0.02, remember=True, skip_hopeless=True)
    assert skipped.detail.startswith("tidak diperiksa"), skipped


def test_a_damaged_file_is_still_caught(tmp_path: Path) -> None:
    big = tmp_path / "besar.sqlite3"
    _large(big)
    noted = check_sqlite_file(big, seconds=0.02, remember=True, skip_hopeless=True)
    assert not noted.checked  # stopped: the evidence is noted
    # A smaller file fits the time: checked, and its damage found.
    small = tmp_path / "upt.sqlite3"
    _make(small)
    _flip_middle(small)
    found = check_sqlite_file(small, seconds=5.0, remember=True)
    assert found.damaged and found.checked, found
    # The large file damaged after its check: changed, so not "unchanged since"; the short
    # check is not started (unchecked, never called sound), the longer one finds the damage.
    assert check_sqlite_file(big, seconds=60.0, remember=True).detail == "ok"
    _flip_middle(big)
    short = check_sqlite_file(big, seconds=0.02, remember=True, skip_hopeless=True)
    assert not short.checked and not short.detail.startswith("ok"), short
    long = check_sqlite_file(big, seconds=60.0, remember=True)
    assert long.damaged and long.checked, long


def test_evidence_of_a_stopped_check_is_forgotten_after_a_week(tmp_path: Path) -> None:
    path = tmp_path / "besar.sqlite3"
    _large(path)
    check_sqlite_file(path, seconds=0.02, remember=True, skip_hopeless=True)
    memo = json.loads(health._memo_path().read_text(encoding="utf-8"))
    memo[health._SPEED]["stopped"][2] -= health.STOPPED_EVIDENCE_SECONDS + 60
    health._memo_path().write_text(json.dumps(memo), encoding="utf-8")
    tried = check_sqlite_file(path, seconds=0.02, remember=True, skip_hopeless=True)
    assert "dihentikan" in tried.detail, tried  # tried again (and stopped again)
    assert time.time() - _speed()["stopped"][2] < 60  # the fresh evidence replaced the old


def test_the_rate_of_finished_checks_predicts_one_that_cannot_finish(tmp_path: Path) -> None:
    path = tmp_path / "upt.sqlite3"
    _make(path)
    size = path.stat().st_size
    assert cannot_finish({}, size, 0.5) is None
    slow = {health._SPEED: {"rate": size / 10.0}}  # 10 s for this file on this computer
    assert "perkiraan 10.0 detik" in (cannot_finish(slow, size, 0.5) or "")
    assert cannot_finish(slow, size, 6.0) is None  # within twice the time: tried
    health._memo_path().parent.mkdir(parents=True, exist_ok=True)
    health._memo_path().write_text(json.dumps(slow), encoding="utf-8")
    skipped = check_sqlite_file(path, seconds=0.5, remember=True, skip_hopeless=True)
    assert not skipped.checked and skipped.detail.startswith("tidak diperiksa"), skipped
    assert check_sqlite_file(path, seconds=0.5).detail == "ok"  # without the memo: checked
    # Garbage in the memo is ignored, never trusted.
    health._memo_path().write_text(json.dumps({health._SPEED: {"rate": "x", "stopped": [1]}}),
                                   encoding="utf-8")
    assert check_sqlite_file(path, seconds=5.0, remember=True, skip_hopeless=True).detail == "ok"


def test_a_finished_check_notes_its_rate_and_answers_older_evidence(tmp_path: Path) -> None:
    path = tmp_path / "upt.sqlite3"
    _make(path)
    size = path.stat().st_size
    health._memo_path().parent.mkdir(parents=True, exist_ok=True)
    health._memo_path().write_text(json.dumps(
        {health._SPEED: {"stopped": [size, 0.5, time.time()]}}), encoding="utf-8")
    health._remember_sound(path, size, 0.05)  # too short to say anything about the rate
    assert _speed() == {"stopped": [size, 0.5, _speed()["stopped"][2]]}
    health._remember_sound(path, size, 0.4)  # as large a file, within that time after all
    assert _speed() == {"rate": size / 0.4}
