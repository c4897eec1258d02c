"""Two PCs, one record: separate OS processes race on the same rows.

(a) PostgreSQL (skipped without ``JSSC_TEST_PG_URL``): two worker processes read the same Client
    (FacilityRequest) and both write with the version they read. Exactly one wins; the other gets
    ConflictError and nothing is lost: the row holds the winner's write. Two processes that both
    find no attendance row for (session, client) and both insert one: there is exactly one row,
    and the loser gets a clear DomainError, not a crash.
(b) SQLite: two processes write one file at the same time (busy_timeout): every write lands, no
    increment is lost.

The workers use ``Database.session()`` and the ORM with its version columns directly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import upgrade
from jssc_desktop.storage.models import (
    Attendance,
    Client,
    Cohort,
    FacilityRequest,
    Setting,
    TrainingSession,
    TrainingTrack,
)

from .conftest import _PG_SERVER_URL, _admin_pg

ROOT = Path(__file__).resolve().parent.parent

WORKER = textwrap.dedent('''
    """A workstation: reads commands (JSON lines) on stdin, answers JSON lines on stdout."""
    import json, sys
    sys.path.insert(0, sys.argv[2])
    from jssc_desktop.domain.errors import DomainError
    from jssc_desktop.services.base import check_version
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.models import Attendance, Client, FacilityRequest

    db = Database(sys.argv[1])
    MODELS = {"client": Client, "facility": FacilityRequest}
    FIELDS = {"client": "name", "facility": "status"}
    unit = None      # an open Database.session() (its context manager) between two commands
    held = None      # the object read in it
    read_version = None

    def reply(**kw):
        print(json.dumps(kw), flush=True)

    def finish(fn):
        """Run fn, then end the unit of work the way Database.session() does."""
        global unit, held
        cm, unit, held = unit, None, None
        try:
            fn()
        except BaseException:
            cm.__exit__(*sys.exc_info())
            raise
        cm.__exit__(None, None, None)

    for line in sys.stdin:
        cmd = json.loads(line)
        op = cmd["op"]
        try:
            if op == "read":              # open a unit of work and read the row (kept open)
                unit = db.session()
                s = unit.__enter__()
                held = s.get(MODELS[cmd["kind"]], cmd["id"])
                read_version = held.version
                reply(version=held.version)
            elif op == "read_only":       # read, remember the version, end the unit of work
                with db.session() as s:
                    obj = s.get(MODELS[cmd["kind"]], cmd["id"])
                    read_version = obj.version
                reply(version=read_version)
            elif op == "write":           # write in the unit that read (ORM version check)
                obj = held
                finish(lambda: setattr(obj, FIELDS[cmd["kind"]], cmd["value"]))
                reply(result="ok")
            elif op == "write_checked":   # a new unit of work, service style: check_version
                with db.session() as s:
                    obj = s.get(MODELS[cmd["kind"]], cmd["id"])
                    check_version(obj, read_version, "Data")
                    setattr(obj, FIELDS[cmd["kind"]], cmd["value"])
                reply(result="ok")
            elif op == "check_attendance":  # open a unit of work: is there a row already?
                unit = db.session()
                held = unit.__enter__()
                n = held.query(Attendance).filter_by(session_id=cmd["session_id"],
                                                     client_id=cmd["client_id"]).count()
                reply(exists=n > 0)
            elif op == "insert_attendance":  # ... then insert it in the same unit of work
                s = held
                finish(lambda: s.add(Attendance(session_id=cmd["session_id"],
                                                client_id=cmd["client_id"], code=cmd["code"])))
                reply(result="ok")
            elif op == "quit":
                break
        except DomainError as exc:
            reply(result="refused", error=type(exc).__name__, message=exc.message)
        except Exception as exc:
            reply(result="crash", error=type(exc).__name__, message=str(exc)[:300])
''')


class Worker:
    def __init__(self, script: Path, url: str) -> None:
        self.proc = subprocess.Popen([sys.executable, str(script), url, str(ROOT)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, cwd=ROOT)

    def send(self, **cmd: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def recv(self) -> dict:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            err = self.proc.stderr.read() if self.proc.stderr else ""
            raise AssertionError(f"worker died:\n{err}")
        return json.loads(line)

    def ask(self, **cmd: object) -> dict:
        self.send(**cmd)
        return self.recv()

    def close(self) -> None:
        try:
            self.send(op="quit")
            self.proc.wait(10)
        except Exception:  # noqa: BLE001
            self.proc.kill()


# ------------------------------------------------------------------------------- PostgreSQL


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[Database]:
    if not _PG_SERVER_URL:
        pytest.skip("JSSC_TEST_PG_URL is not set: no PostgreSQL server for this run")
    name = f"jssc_cc_{os.getpid()}"
    _admin_pg(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin_pg(f"CREATE DATABASE {name}")
    db = Database(_PG_SERVER_URL.rsplit("/", 1)[0] + f"/{name}")
    upgrade(db)
    yield db
    db.dispose()
    _admin_pg(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def workers(pg: Database, tmp_path: Path) -> Iterator[tuple[Worker, Worker]]:
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    url = pg.url.render_as_string(hide_password=False)
    pair = (Worker(script, url), Worker(script, url))
    yield pair
    for w in pair:
        w.close()


def _seed(db: Database, rounds: int) -> dict[str, list[int]]:
    with db.session() as s:
        track = TrainingTrack(code="AC", name="Reparasi AC")
        s.add(track)
        s.flush()
        cohort = Cohort(track_id=track.id, name="Angkatan I", start_date=date(2026, 1, 5),
                        end_date=date(2026, 6, 30))
        s.add(cohort)
        s.flush()
        ts = TrainingSession(cohort_id=cohort.id, session_date=date(2026, 1, 6), jp=4)
        s.add(ts)
        clients = [Client(reg_no=f"PM-2026-{i:05d}", nik_missing_reason="tidak_punya",
                          name=f"Klien {i}", name_normalized=f"klien {i}", sex="L",
                          ppks_code="P09", admission_date=date(2026, 1, 5))
                   for i in range(rounds)]
        requests = [FacilityRequest(number=f"USL-{i}", title=f"Usulan {i}", kind="fisik",
                                    funding_source="apbd") for i in range(rounds)]
        s.add_all(clients + requests)
        s.flush()
        return {"clients": [c.id for c in clients], "requests": [r.id for r in requests],
                "session": [ts.id]}


ROUNDS = 12


def _race(a: Worker, b: Worker, read_op: str, write_op: str, kind: str, ident: int,
          values: tuple[str, str]) -> tuple[list[dict], int]:
    va = a.ask(op=read_op, kind=kind, id=ident)["version"]
    vb = b.ask(op=read_op, kind=kind, id=ident)["version"]
    assert va == vb  # both hold the same version before anyone writes
    a.send(op=write_op, kind=kind, id=ident, value=values[0])
    b.send(op=write_op, kind=kind, id=ident, value=values[1])
    return [a.recv(), b.recv()], va


@pytest.mark.postgresql
@pytest.mark.parametrize("style", ["orm", "check_version"])
def test_pg_two_processes_edit_one_client(pg: Database, workers: tuple[Worker, Worker],
                                          style: str) -> None:
    ids = _seed(pg, ROUNDS)
    a, b = workers
    read_op, write_op = ("read", "write") if style == "orm" else ("read_only", "write_checked")
    conflicts = 0
    for n, cid in enumerate(ids["clients"]):
        first, second = (a, b) if n % 2 == 0 else (b, a)
        results, version = _race(first, second, read_op, write_op, "client", cid,
                                 ("Nama dari PC-1", "Nama dari PC-2"))
        oks = [i for i, r in enumerate(results) if r["result"] == "ok"]
        assert len(oks) == 1, results
        loser = results[1 - oks[0]]
        assert loser["result"] == "refused" and loser["error"] == "ConflictError", loser
        assert "diubah oleh pengguna lain" in loser["message"]
        conflicts += 1
        with pg.session() as s:
            row = s.get(Client, cid)
            assert row.name == ("Nama dari PC-1", "Nama dari PC-2")[oks[0]]  # winner's write
            assert row.version == version + 1  # exactly one update
    print(f"\nPostgreSQL client edits ({style}): {conflicts} races, {conflicts} conflicts "
          "refused, 0 updates lost")


@pytest.mark.postgresql
def test_pg_two_processes_change_one_facility_status(pg: Database,
                                                     workers: tuple[Worker, Worker]) -> None:
    ids = _seed(pg, ROUNDS)
    a, b = workers
    for rid in ids["requests"]:
        results, version = _race(a, b, "read", "write", "facility", rid,
                                 ("diajukan", "ditolak"))
        assert sorted(r["result"] for r in results) == ["ok", "refused"], results
        winner = ("diajukan", "ditolak")[[r["result"] for r in results].index("ok")]
        with pg.session() as s:
            row = s.get(FacilityRequest, rid)
            assert row.status == winner and row.version == version + 1
    print(f"\nPostgreSQL facility status: {len(ids['requests'])} races, each one winner")


@pytest.mark.postgresql
def test_pg_attendance_double_insert_is_refused_cleanly(pg: Database,
                                                        workers: tuple[Worker, Worker]) -> None:
    ids = _seed(pg, ROUNDS)
    a, b = workers
    session_id = ids["session"][0]
    for cid in ids["clients"]:
        for w in (a, b):
            assert w.ask(op="check_attendance", session_id=session_id,
                         client_id=cid) == {"exists": False}
        a.send(op="insert_attendance", session_id=session_id, client_id=cid, code="H")
        b.send(op="insert_attendance", session_id=session_id, client_id=cid, code="S")
        results = [a.recv(), b.recv()]
        assert sorted(r["result"] for r in results) == ["ok", "refused"], results
        loser = next(r for r in results if r["result"] == "refused")
        assert loser["error"] in ("ConflictError", "DuplicateError"), loser
        with pg.session() as s:
            rows = s.query(Attendance).filter_by(session_id=session_id, client_id=cid).all()
            assert len(rows) == 1
            assert rows[0].code == ("H", "S")[[r["result"] for r in results].index("ok")]
    print(f"\nPostgreSQL attendance: {len(ids['clients'])} double inserts, no duplicate row")


# ----------------------------------------------------------------------------------- SQLite

SQLITE_WRITER = textwrap.dedent('''
    import json, sys, time
    sys.path.insert(0, sys.argv[4])
    from sqlalchemy import text
    from jssc_desktop.domain.errors import ConflictError, StorageError
    from jssc_desktop.storage.db import Database
    from jssc_desktop.storage.models import Client, Setting

    db = Database(sys.argv[1])
    tag, n = sys.argv[2], int(sys.argv[3])
    sys.stdin.readline()          # start together
    retries = {"busy": 0, "conflict": 0}
    for i in range(n):
        with db.session() as s:   # a plain insert
            s.add(Setting(key=f"{tag}.{i}", value=str(i)))
        with db.session() as s:   # one-statement increment
            s.execute(text("UPDATE settings SET value = CAST(value AS INTEGER) + 1 "
                           "WHERE key = 'counter'"))
        while True:               # read-modify-write with the version check, retried
            try:
                with db.session() as s:
                    c = s.get(Client, 1)
                    c.name = f"Klien {int(c.name.split()[1]) + 1}"
                break
            except StorageError:
                retries["busy"] += 1
            except ConflictError:
                retries["conflict"] += 1
            time.sleep(0.001)
    print(json.dumps(retries), flush=True)
''')


def test_sqlite_two_processes_write_one_file(tmp_path: Path) -> None:
    path = tmp_path / "bersama.sqlite3"
    db = Database(str(path))
    upgrade(db)
    with db.session() as s:
        s.add(Setting(key="counter", value="0"))
        s.add(Client(reg_no="PM-2026-00001", nik_missing_reason="tidak_punya", name="Klien 0",
                     name_normalized="klien 0", sex="P", ppks_code="P09",
                     admission_date=date(2026, 1, 5)))
    script = tmp_path / "sqlite_writer.py"
    script.write_text(SQLITE_WRITER, encoding="utf-8")
    n = 150
    procs = [subprocess.Popen([sys.executable, str(script), str(path), tag, str(n), str(ROOT)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for tag in ("pc1", "pc2")]
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    retries = [json.loads(out) for out, _ in outs]
    with db.session() as s:
        keys = {k for (k,) in s.query(Setting.key).filter(Setting.key.like("pc%"))}
        assert keys == {f"{t}.{i}" for t in ("pc1", "pc2") for i in range(n)}
        assert s.get(Setting, "counter").value == str(2 * n)
        client = s.get(Client, 1)
        assert client.name == f"Klien {2 * n}"  # no read-modify-write was lost
        assert client.version == 2 * n + 1
    db.dispose()
    with __import__("sqlite3").connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    print(f"\nSQLite, two processes: {4 * n} inserts and increments landed, "
          f"{2 * n} versioned edits without loss; retries {retries}")
