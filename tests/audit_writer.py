"""A workstation that makes audited writes as fast as it can (tests/test_busy_office.py).

Usage: python tests/audit_writer.py URL WORKER N START_AT [login USERNAME PASSWORD]

Waits until the wall clock reaches START_AT (so that every worker starts at once), then makes N
units of work, each storing a setting ``w<WORKER>.<i>`` and appending an audit row, through the
same ``Database.session()`` and ``services.base.audit`` the application uses. A refused unit of
work is counted, not retried. With ``login``, signs in once first (the login dialog's service).
Prints one JSON line: {"ok": …, "refused": …, "errors": […], "seconds": …, "login": …}.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jssc_desktop.domain.errors import DomainError  # noqa: E402
from jssc_desktop.services.base import Actor, audit  # noqa: E402
from jssc_desktop.storage.db import Database  # noqa: E402
from jssc_desktop.storage.models import Setting  # noqa: E402


def main() -> None:
    url, worker, n, start_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    db = Database(url)
    with db.read_session() as s:  # connect and warm up before the start
        s.get(Setting, "warm-up")
    actor = Actor(None, f"pc{worker}", "admin", f"PC {worker}")
    login = None
    delay = start_at - time.time()
    if delay > 0:
        time.sleep(delay)
    started = time.perf_counter()
    if len(sys.argv) > 5 and sys.argv[5] == "login":
        from jssc_desktop.services.users import login as sign_in

        try:
            with db.session() as s:
                login = sign_in(s, sys.argv[6], sys.argv[7]).username
        except DomainError as exc:
            login = f"refused: {exc.message}"
    ok, refused, errors = 0, 0, []
    for i in range(n):
        try:
            with db.session() as s:
                s.add(Setting(key=f"w{worker}.{i}", value=str(i)))
                audit(s, actor, "test.write", "setting", worker * 100_000 + i, None, {"i": i})
            ok += 1
        except DomainError as exc:
            refused += 1
            errors.append(exc.message)
    print(json.dumps({"ok": ok, "refused": refused, "errors": errors[:5], "login": login,
                      "seconds": time.perf_counter() - started}), flush=True)
    db.dispose()


if __name__ == "__main__":
    main()
