"""A process that writes to a JSSC SQLite database until it is killed (tests/test_crash_safety.py).

Usage: python tests/crash_writer.py DBFILE [write|backup]

write:  each unit of work stores a numbered setting ``crash.N`` (a value of random length, up to
        several pages), moves the ``crash.last`` marker to N and appends a hash-chained audit
        row, then prints ``N`` and flushes: a printed number is a committed one.
backup: makes verified backups in a loop (a kill may land in the middle of one) and prints the
        path of each finished backup.

It continues from the ``crash.last`` marker, so it can be killed and restarted any number of times.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jssc_desktop.services.base import Actor, audit
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import Setting

ACTOR = Actor(1, "crash", "admin", "Uji Crash")


def write_loop(db: Database) -> None:
    with db.session() as s:
        last = s.get(Setting, "crash.last")
        n = int(last.value) + 1 if last is not None else 0
    rnd = random.Random(os.getpid())
    print("ready", flush=True)
    while True:
        with db.session() as s:
            s.add(Setting(key=f"crash.{n}", value=str(n) + "x" * rnd.randint(10, 30_000)))
            marker = s.get(Setting, "crash.last")
            if marker is None:
                s.add(Setting(key="crash.last", value=str(n)))
            else:
                marker.value = str(n)
            audit(s, ACTOR, "crash.write", "setting", n, None, {"n": n})
        print(n, flush=True)
        n += 1


def backup_loop(db: Database) -> None:
    from jssc_desktop.services.backups import make_backup

    print("ready", flush=True)
    while True:
        info = make_backup(db, Actor.system(), folder=Path(os.environ["CRASH_BACKUP_DIR"]))
        print(info.path, flush=True)


def main() -> None:
    db = Database(sys.argv[1])
    mode = sys.argv[2] if len(sys.argv) > 2 else "write"
    if mode == "backup":
        backup_loop(db)
    else:
        write_loop(db)


if __name__ == "__main__":
    main()
