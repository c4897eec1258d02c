"""Pull the plug: a writer process is killed (SIGKILL / TerminateProcess) at random moments.

After every kill the SQLite file must pass ``PRAGMA integrity_check``, every unit of work the
child reported as committed must be there, no half-written unit of work may be visible, and the
hash chain of the audit log must still verify. ``JSSC_CRASH_KILLS`` raises the number of kills
(default 30); ``JSSC_CRASH_SEED`` replays a run.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from jssc_desktop.services.audit_log import verify_chain
from jssc_desktop.services.base import Actor
from jssc_desktop.storage import backup as store
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import upgrade
from jssc_desktop.storage.models import AuditLog, Setting

WRITER = Path(__file__).resolve().parent / "crash_writer.py"
KILLS = int(os.environ.get("JSSC_CRASH_KILLS", "30"))
SEED = int(os.environ.get("JSSC_CRASH_SEED", str(random.SystemRandom().randrange(10**6))))


def _run_and_kill(args: list[str], delay: float, env: dict[str, str],
                  at_least: int = 0) -> list[str]:
    """Start the child, wait until it is ready plus ``delay`` seconds, kill it; its stdout.

    With ``at_least``, the kill also waits (up to a minute) for that many reported lines, so that
    a slow or busy machine still lets some work finish before the kill.
    """
    proc = subprocess.Popen([sys.executable, str(WRITER), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            line = line.strip()
            if line == "ready":
                ready.set()
            else:
                lines.append(line)
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(60), "the writer did not start"
    time.sleep(delay)
    waited_until = time.monotonic() + 60
    while len(lines) < at_least and proc.poll() is None and time.monotonic() < waited_until:
        time.sleep(0.05)
    died = proc.poll()
    proc.kill()
    proc.wait()
    reader.join(10)
    err = proc.stderr.read() if proc.stderr else ""
    assert died is None, f"the writer stopped by itself (exit {died}):\n{err}"
    return lines


def _check_database(path: Path, reported: set[int]) -> int:
    """Integrity, durability of every reported commit, atomicity, audit chain; returns last N."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        keys = {int(k.split(".")[1]) for (k,) in conn.execute(
            "SELECT key FROM settings WHERE key LIKE 'crash.%' AND key <> 'crash.last'")}
        row = conn.execute("SELECT value FROM settings WHERE key = 'crash.last'").fetchone()
    finally:
        conn.close()
    missing = reported - keys
    assert not missing, f"committed and reported, but lost: {sorted(missing)[:10]}"
    last = int(row[0]) if row else -1
    # atomic units of work: the marker, the rows and the audit trail move together, no gaps
    assert keys == set(range(last + 1))
    db = Database(str(path))
    try:
        with db.session() as s:
            check = verify_chain(s, Actor.system())
            assert check.ok, check.message
            entries = s.query(AuditLog).order_by(AuditLog.id).all()
            assert [e.entity_id for e in entries if e.action == "crash.write"] == list(
                range(last + 1))
    finally:
        db.dispose()
    return last


def test_killed_writer_never_corrupts_or_loses_commits(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    db = Database(str(path))
    upgrade(db)
    db.dispose()
    rnd = random.Random(SEED)
    env = dict(os.environ)
    reported: set[int] = set()
    survived = mid_write = 0
    last = -1
    for _ in range(KILLS):
        delay = rnd.choice([0.0, rnd.uniform(0.0, 0.05), rnd.uniform(0.0, 0.6)])
        lines = _run_and_kill([str(path), "write"], delay, env)
        got = {int(x) for x in lines}
        reported |= got
        new_last = _check_database(path, reported)
        if new_last > max(got, default=last):
            mid_write += 1  # killed after a commit reached the disk but before it was reported
        assert new_last >= last
        last = new_last
        survived += 1
    print(f"\ncrash safety (seed {SEED}): {survived} kills survived, {len(reported)} reported "
          f"commits all present, {last + 1} units of work in total, {mid_write} kills between "
          "a commit and its report")
    assert survived == KILLS
    assert len(reported) > KILLS, "the writer barely wrote anything; the test proves nothing"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] == last + 2


def _decrypted(path: Path) -> Path:
    from .test_backups import _decrypted as decrypt

    return decrypt(path, path.with_name(path.name + ".plain"))


def test_killed_backup_leaves_only_sound_backups(tmp_path: Path) -> None:
    """A backup killed half-way never shows up as a backup; every finished one verifies."""
    path = tmp_path / "upt.sqlite3"
    out = tmp_path / "cadangan"
    db = Database(str(path))
    upgrade(db)
    with db.session() as s:
        for i in range(300):
            s.add(Setting(key=f"isi.{i}", value="data " * 4000))
    db.dispose()
    env = dict(os.environ, CRASH_BACKUP_DIR=str(out))
    rnd = random.Random(SEED + 1)
    kills = max(5, KILLS // 3)
    finished = 0
    for i in range(kills):
        # The last run is killed only after a backup finished: however busy the machine, the
        # test then checks finished backups as well as interrupted ones.
        at_least = 1 if i == kills - 1 else 0
        finished += len(_run_and_kill([str(path), "backup"], rnd.uniform(0.0, 1.0), env,
                                      at_least=at_least))
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    found = store.find_backups(out)
    assert len(found) >= finished
    for b in found:
        manifest = store.read_manifest(b.path)
        assert manifest is not None, f"{b.path.name} has no manifest"
        assert b.verified and manifest["sha256"] == store.sha256_of(b.path)
        assert store.verify_sqlite(_decrypted(b.path), expected=manifest["counts"]).ok
    print(f"\nbackup crash safety (seed {SEED}): {kills} kills survived, {len(found)} finished "
          f"backups all verified, {len(list(out.glob('*.partial')))} interrupted ones ignored")
    assert finished > 0
