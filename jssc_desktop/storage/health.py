"""Is this SQLite file sound? A cheap check made every time a database is opened.

``PRAGMA quick_check`` reads every page once (it skips the index-content comparison of the full
``integrity_check``), which takes well under a second for an ordinary UPT's file. It runs on a
read-only connection, so checking never writes, and under a time limit: on a very large file or a
slow disk it stops after ``seconds`` and the file counts as unchecked rather than damaged.

A check that cannot finish in its time is not started: the memo (``checked-files.json`` in the
data folder) also keeps what checks on this computer took, the rate of the last one that finished
and the smallest file whose check was stopped. When they show that a file is too large for the
time given (a command's half second against a 440 MB file, which takes about 2.5 s), the check is
skipped and the file counts as unchecked, as it would after being stopped, without spending the
time. Only commands skip so (``skip_hopeless``): the window's longer check runs while the
user signs in and is always tried. The evidence of a stopped check is forgotten after a
week, so a faster computer or disk is noticed.

A damaged file (a byte-flipped page, a truncated copy, a file that is not a database at all) must
never be written to: not by a login, an import or a migration. The caller refuses to work on it
and offers the newest verified backup instead (``storage.backup.newest_verified``).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.messages import msg

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
#: How long the check may take before it is given up (the file then counts as unchecked).
CHECK_SECONDS = 3.0
#: The same for a command line run, whose whole work often takes less than the full check of
#: a 100,000-client file (about 2.5 s): the window checks for longer, in the background while
#: the user signs in. A file found sound and not changed since is not checked again.
COMMAND_CHECK_SECONDS = 0.5
_MEMO = "checked-files.json"


@dataclass(frozen=True)
class Health:
    """The outcome of :func:`check_sqlite_file`."""

    damaged: bool
    checked: bool
    detail: str = ""


def _fingerprint(path: Path) -> list[int]:
    """Size and modification time of the file and its write-ahead log."""
    out: list[int] = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [-1, -1]
    return out


def _memo_path() -> Path:
    from ..paths import data_dir

    return data_dir() / _MEMO


#: The memo's entry for how long checks take on this computer (never a file's path).
_SPEED = "@speed"
#: Evidence that a check was stopped is trusted this long, then the check is tried again.
STOPPED_EVIDENCE_SECONDS = 7 * 24 * 3600
#: A finished check shorter than this says little about the rate (opening costs dominate).
_RATE_MIN_SECONDS = 0.1
#: Skipped on the rate alone only when the check is predicted to take this many times the
#: time given (the rate varies with the disk cache).
_RATE_MARGIN = 2.0


def _read_memo() -> dict[str, Any]:
    import json

    try:
        memo = json.loads(_memo_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return memo if isinstance(memo, dict) else {}


def _update_memo(change: Callable[[dict[str, Any]], None]) -> None:
    """Read the memo again, apply ``change`` and replace the file (a failure is logged)."""
    import json
    import os

    target = _memo_path()
    memo = _read_memo()
    change(memo)
    try:
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(memo), encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        log.info("file check memo not written: %s", exc)


def _known_sound(path: Path, memo: dict[str, Any]) -> bool:
    return memo.get(str(path.resolve())) == _fingerprint(path)


def _remember_sound(path: Path, size: int, seconds: float) -> None:
    fingerprint = _fingerprint(path)

    def change(memo: dict[str, Any]) -> None:
        memo[str(path.resolve())] = fingerprint
        if seconds >= _RATE_MIN_SECONDS:
            speed = _speed(memo)
            speed["rate"] = size / seconds
            stopped = _stopped(speed)
            if stopped is not None and size >= stopped[0] and seconds <= stopped[1]:
                del speed["stopped"]  # a file as large was checked in that time after all
            memo[_SPEED] = speed

    _update_memo(change)


def _remember_stopped(size: int, seconds: float) -> None:
    import time

    def change(memo: dict[str, Any]) -> None:
        speed = _speed(memo)
        old = _stopped(speed)
        if old is None or _expired(old) or (size <= old[0] and seconds >= old[1]):
            speed["stopped"] = [size, seconds, time.time()]
            memo[_SPEED] = speed

    _update_memo(change)


def _speed(memo: dict[str, Any]) -> dict[str, Any]:
    speed = memo.get(_SPEED)
    return dict(speed) if isinstance(speed, dict) else {}


def _stopped(speed: dict[str, Any]) -> list[float] | None:
    """The evidence of a stopped check, ``[bytes, seconds, when]``, if the memo has a valid one."""
    stopped = speed.get("stopped")
    if (isinstance(stopped, list) and len(stopped) == 3
            and all(isinstance(v, (int, float)) for v in stopped)):
        return [float(v) for v in stopped]
    return None


def _expired(stopped: list[float]) -> bool:
    import time

    return not 0 <= time.time() - stopped[2] < STOPPED_EVIDENCE_SECONDS


def cannot_finish(memo: dict[str, Any], size: int, seconds: float) -> str | None:
    """Why a check of a ``size``-byte file cannot finish in ``seconds`` on this computer, from
    the memo's evidence (a file at least as large was stopped with at least as much time, or
    the rate of the last finished check predicts far longer); None when it may."""
    speed = _speed(memo)
    stopped = _stopped(speed)
    if (stopped is not None and not _expired(stopped) and size >= stopped[0]
            and seconds <= stopped[1]):
        return (f"tidak diperiksa: pemeriksaan berkas sebesar {stopped[0] / 1e6:.0f} MB "
                f"tidak selesai dalam {stopped[1]:g} detik di komputer ini")
    rate = speed.get("rate")
    if isinstance(rate, (int, float)) and rate > 0 and size / rate > _RATE_MARGIN * seconds:
        return (f"tidak diperiksa: perkiraan {size / rate:.1f} detik, lebih dari "
                f"{seconds:g} detik")
    return None


class _Deadline:
    """Interrupts what ``conn`` runs once ``seconds`` have passed, until cancelled."""

    def __init__(self, conn: sqlite3.Connection, seconds: float) -> None:
        self._conn = conn
        self._lock = threading.Lock()
        self._done = False
        self._timer = threading.Timer(max(seconds, 0.0), self._interrupt)
        self._timer.daemon = True
        self._timer.start()

    def _interrupt(self) -> None:
        with self._lock:
            if not self._done:
                self._conn.interrupt()

    def cancel(self) -> None:
        """Stop the timer; the connection may be closed once this returns."""
        with self._lock:
            self._done = True
        self._timer.cancel()


def check_sqlite_file(path: Path, *, seconds: float = CHECK_SECONDS,
                      remember: bool = False, skip_hopeless: bool = False) -> Health:
    """Check ``path`` read-only within ``seconds``; a missing or empty file is not damaged.

    ``remember``: a file found sound is noted (size and time of the file and its log) and not
    checked again while it stays unchanged, and what the check took is noted.
    ``skip_hopeless`` (a command, whose time is the user's; the window checks while the user
    signs in and always tries): a check that this computer's earlier checks show cannot finish
    in ``seconds`` is not started (see the module's notes)."""
    memo = _read_memo() if remember else {}
    if remember and _known_sound(path, memo):
        return Health(False, True, "ok (tidak berubah sejak pemeriksaan terakhir)")
    try:
        size = path.stat().st_size
    except OSError:
        return Health(False, False, "berkas belum ada")
    if size == 0:
        return Health(False, True, "berkas kosong")
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        return Health(False, False, f"berkas tidak dapat dibaca: {exc.strerror or exc}")
    if head != SQLITE_MAGIC:
        return Health(True, True, "berkas ini bukan basis data SQLite")
    if remember and skip_hopeless:
        reason = cannot_finish(memo, size, seconds)
        if reason is not None:
            log.info("quick_check of %s not started: %s", path, reason)
            return Health(False, False, reason)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return Health(False, False, f"berkas tidak dapat dibuka: {exc}")
    # Stopped from a timer thread rather than a progress handler: the check runs wholly inside
    # SQLite, leaving the interpreter to other threads (the command line reads the workbook to
    # import meanwhile, the window paints), and is not slowed by them.
    timer = _Deadline(conn, seconds)
    started = time.monotonic()
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "interrupted" in text:
            log.info("quick_check of %s stopped after %.1f s: unchecked", path, seconds)
            if remember:
                _remember_stopped(size, seconds)
            return Health(False, False, "pemeriksaan dihentikan (berkas besar)")
        if "locked" in text or "busy" in text or "unable to open" in text:
            return Health(False, False, str(exc))
        return Health(True, True, str(exc))
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed", "not a database"
        return Health(True, True, str(exc))
    finally:
        timer.cancel()
        conn.close()
    took = time.monotonic() - started
    if rows != ["ok"]:
        return Health(True, True, "; ".join(rows[:3]))
    if remember:
        _remember_sound(path, size, took)
    return Health(False, True, "ok")


def refuse_if_damaged(db: object, backup_folder: Path, *, seconds: float = CHECK_SECONDS,
                      skip_hopeless: bool = False) -> Health | None:
    """Raise DamagedDatabaseError when ``db`` is a damaged SQLite file, naming the newest
    verified backup in ``backup_folder``; returns the check's outcome otherwise (None for a
    PostgreSQL server, which checks its own pages)."""
    from ..domain.errors import DamagedDatabaseError
    from .backup_files import newest_verified

    path = getattr(db, "sqlite_path", None)
    if path is None:
        return None
    health = check_sqlite_file(path, seconds=seconds, remember=True,
                               skip_hopeless=skip_hopeless)
    if not health.damaged:
        return health
    log.info("damaged database %s: %s", path, health.detail)
    newest = newest_verified(backup_folder, "sqlite")
    if newest is not None:
        offer = (f"Cadangan terverifikasi terbaru: {newest.path} "
                 f"({newest.created:%d-%m-%Y %H:%M}). Pulihkan dengan: "
                 f"jssc-desktop restore \"{newest.path}\"")
    else:
        offer = (f"Tidak ada cadangan terverifikasi di {backup_folder}; hubungi Administrator "
                 "dan jangan hapus berkas ini.")
    raise DamagedDatabaseError(
        msg("Basis data {path} rusak (pemeriksaan integritas: {detail}). "
            "Berkas ini tidak diubah dan tidak akan ditulisi. {offer}",
            path=path, detail=health.detail, offer=offer), newest)


def move_aside(path: Path) -> Path:
    """Rename a damaged database file (and its -wal/-shm) out of the way, untouched, so that a
    backup can be restored in its place; returns the new name of the file."""
    import os
    from datetime import datetime

    from ..domain.errors import StorageError

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.rusak-{stamp}")
    try:
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
        os.replace(path, target)
    except OSError as exc:
        raise StorageError(msg("Berkas rusak tidak dapat dipindahkan: {path} "
                           "({value}).", path=path, value=exc.strerror or exc)) from exc
    log.warning("damaged database %s moved aside to %s", path, target)
    return target
