"""Is this SQLite file sound? A cheap check made every time a database is opened.

``PRAGMA quick_check`` reads every page once (it skips the index-content comparison of the full
``integrity_check``), which takes well under a second for an ordinary UPT's file. It runs on a
read-only connection, so checking never writes, and under a time limit: on a very large file or a
slow disk it stops after ``seconds`` and the file counts as unchecked rather than damaged.

A damaged file (a byte-flipped page, a truncated copy, a file that is not a database at all) must
never be written to: not by a login, an import or a migration. The caller refuses to work on it
and offers the newest verified backup instead (``storage.backup.newest_verified``).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

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


def _known_sound(path: Path) -> bool:
    import json

    try:
        memo = json.loads(_memo_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(memo, dict) and memo.get(str(path.resolve())) == _fingerprint(path)


def _remember_sound(path: Path) -> None:
    import json
    import os

    target = _memo_path()
    try:
        memo = json.loads(target.read_text(encoding="utf-8"))
        if not isinstance(memo, dict):
            memo = {}
    except (OSError, ValueError):
        memo = {}
    memo[str(path.resolve())] = _fingerprint(path)
    try:
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(memo), encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        log.info("soundness of %s not remembered: %s", path, exc)


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
                      remember: bool = False) -> Health:
    """Check ``path`` read-only within ``seconds``; a missing or empty file is not damaged.

    ``remember``: a file found sound is noted (size and time of the file and its log) and not
    checked again while it stays unchanged."""
    if remember and _known_sound(path):
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
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return Health(False, False, f"berkas tidak dapat dibuka: {exc}")
    # Stopped from a timer thread rather than a progress handler: the check runs wholly inside
    # SQLite, leaving the interpreter to other threads (the command line reads the workbook to
    # import meanwhile, the window paints), and is not slowed by them.
    timer = _Deadline(conn, seconds)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "interrupted" in text:
            log.info("quick_check of %s stopped after %.1f s: unchecked", path, seconds)
            return Health(False, False, "pemeriksaan dihentikan (berkas besar)")
        if "locked" in text or "busy" in text or "unable to open" in text:
            return Health(False, False, str(exc))
        return Health(True, True, str(exc))
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed", "not a database"
        return Health(True, True, str(exc))
    finally:
        timer.cancel()
        conn.close()
    if rows != ["ok"]:
        return Health(True, True, "; ".join(rows[:3]))
    if remember:
        _remember_sound(path)
    return Health(False, True, "ok")


def refuse_if_damaged(db: object, backup_folder: Path, *,
                      seconds: float = CHECK_SECONDS) -> Health | None:
    """Raise DamagedDatabaseError when ``db`` is a damaged SQLite file, naming the newest
    verified backup in ``backup_folder``; returns the check's outcome otherwise (None for a
    PostgreSQL server, which checks its own pages)."""
    from ..domain.errors import DamagedDatabaseError
    from .backup_files import newest_verified

    path = getattr(db, "sqlite_path", None)
    if path is None:
        return None
    health = check_sqlite_file(path, seconds=seconds, remember=True)
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
