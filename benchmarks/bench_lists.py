"""List figures: every filter and sort of the clients, follow-ups, facility and tutors pages,
each timed through its service against the very SQL that service sent, replayed with the
``sqlite3`` module (same statements, same parameters, rows fetched), and scrolling the whole
client list through the table model against replaying the same page queries bare.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event

LIST_MS = 100.0      # floor: every list action at most this long …
LIST_RATIO = 2.0     # … and at most this many times its raw SQL (the floor, as is:
#                      an action whose raw SQL takes well under a millisecond fails it on the
#                      fixed cost of a service call, reported as "+… ms" beside it)
SCROLL_RATIO = 1.2   # scrolling to the end: at most this many times the same paging bare


class Capture:
    """Records the SELECT statements an engine sends (DBAPI-level text and parameters).

    The listener is attached only while recording: an engine event costs every statement a
    few microseconds, which the timed runs must not carry (the application has no listener)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.statements: list[tuple[str, Any]] = []

    def _seen(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any,
              _many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            self.statements.append((statement, parameters))

    def record(self, fn: Callable[[], Any]) -> tuple[Any, list[tuple[str, Any]]]:
        self.statements = []
        event.listen(self.engine, "before_cursor_execute", self._seen)
        try:
            result = fn()
        finally:
            event.remove(self.engine, "before_cursor_execute", self._seen)
        return result, self.statements


def _medians_s(app: Callable[[], Any], bare: Callable[[], Any],
               runs: int) -> tuple[float, float, float, float]:
    """Median seconds of ``app`` and of ``bare``, run in turn (one warm-up each): on a shared
    machine a burst of load then falls on both sides instead of on one. Then the median CPU
    seconds of this process for each (``time.process_time``: what waiting for a core, which
    other processes' load adds to the wall time, leaves out)."""
    app()
    bare()
    wall: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for i, fn in enumerate((app, bare)):
            started, started_cpu = time.perf_counter(), time.process_time()
            fn()
            wall[i].append(time.perf_counter() - started)
            cpu[i].append(time.process_time() - started_cpu)
    return (statistics.median(wall[0]), statistics.median(wall[1]),
            statistics.median(cpu[0]), statistics.median(cpu[1]))


def _replay(raw: sqlite3.Connection, statements: list[tuple[str, Any]]) -> Callable[[], Any]:
    def run() -> None:
        for sql, params in statements:
            raw.execute(sql, params).fetchall()
    return run


Action = tuple[str, Callable[[], Any]]


#: Rows of the client table made into ClientRow when a page of the list is shown: the rows of
#: one screen of the table at 1024x768 and a few more (the model makes a row when it is painted).
SHOWN_ROWS = 30


def list_actions(db: Any, raw: sqlite3.Connection, today: date) -> list[Action]:
    """(label, call) for every list action of the four pages, as the pages make them: in a
    read-only unit of work (``usecase.fetch_read`` / ``PageBase.read``), the clients page through
    its loader (``scroll_clients``) with the rows of one screen made (:data:`SHOWN_ROWS`)."""
    from jssc_desktop.domain.vocab import (
        FACILITY_KINDS,
        FACILITY_STATUSES,
        KAB_KOTA,
        PPKS,
        STAGES,
    )
    from jssc_desktop.services.base import Actor
    from jssc_desktop.services.client_list import ClientQuery, scroll_clients
    from jssc_desktop.services.facility import list_requests
    from jssc_desktop.services.followups import STATES, list_followups
    from jssc_desktop.services.tutors import list_tutors

    admin = Actor(None, "bench", "admin", "Benchmark")
    busiest = raw.execute("SELECT tutor_id FROM cohorts WHERE tutor_id IS NOT NULL GROUP BY "
                          "tutor_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    tutor = Actor(None, "tutor", "tutor", "Tutor", tutor_id=busiest[0] if busiest else None)
    track = raw.execute("SELECT track_id FROM cohorts GROUP BY track_id ORDER BY COUNT(*) DESC "
                        "LIMIT 1").fetchone()[0]
    n = raw.execute("SELECT COUNT(*) FROM clients").fetchone()[0]
    name_key = raw.execute("SELECT name_normalized FROM clients WHERE id >= ? ORDER BY id "
                           "LIMIT 1", (n // 2,)).fetchone()[0].split()[0][:4]
    nik = raw.execute("SELECT nik FROM clients WHERE nik IS NOT NULL AND id >= ? ORDER BY id "
                      "LIMIT 1", (n // 3,)).fetchone()[0]

    def shown(actor: Any, query: Any) -> Any:
        with db.read_session() as s:
            page = scroll_clients(s, actor, query, today=today)
        make = page.make
        for record in page.records[:SHOWN_ROWS]:
            make(record)
        return page

    def clients(actor: Any, **kw: Any) -> Callable[[], Any]:
        query = ClientQuery(limit=200, **kw)
        return lambda: shown(actor, query)

    def clients_next(**kw: Any) -> Callable[[], Any]:
        first = clients(admin, **kw)()
        query = ClientQuery(limit=200, after=first.after, count=False, **kw)
        return lambda: shown(admin, query)

    actions: list[Action] = []
    for status, label in (("aktif", "residents"), (None, "all")):
        actions.append((f"clients: {label}", clients(admin, status=status)))
        actions.append((f"clients: {label}, next page", clients_next(status=status)))
        actions.append((f"clients: {label}, Program", clients(admin, status=status,
                                                                track_id=track)))
        actions.append((f"clients: {label}, PPKS", clients(admin, status=status,
                                                             ppks_code=PPKS.codes[0])))
        actions.append((f"clients: {label}, stage", clients(admin, status=status,
                                                              stage=STAGES.codes[2])))
        actions.append((f"clients: {label}, kab/kota", clients(admin, status=status,
                                                                 kab_kota_code="3507")))
        for sort in ("reg_no", "birth_date", "status"):
            for descending in (False, True):
                order = "desc" if descending else "asc"
                actions.append((f"clients: {label}, sort {sort} {order}",
                                clients(admin, status=status, sort=sort, descending=descending)))
                actions.append((f"clients: {label}, sort {sort} {order}, next page",
                                clients_next(status=status, sort=sort, descending=descending)))
        actions.append((f"clients: {label}, name desc", clients(admin, status=status,
                                                                  descending=True)))
    actions.append(("clients: text (name prefix)", clients(admin, text=name_key)))
    actions.append(("clients: text (NIK prefix)", clients(admin, text=nik[:10])))
    actions.append(("clients: terminated", clients(admin, status="terminasi")))
    actions.append(("clients: tutor's own", clients(tutor)))
    del KAB_KOTA

    def followups(**kw: Any) -> Callable[[], Any]:
        def call() -> Any:
            with db.read_session() as s:
                return list_followups(s, admin, today=today, limit=200, **kw)
        return call

    for state in STATES:
        actions.append((f"follow-ups: {state}", followups(state=state)))
        actions.append((f"follow-ups: {state}, Program", followups(state=state, track_id=track)))
        actions.append((f"follow-ups: {state}, next page", followups(state=state, offset=200)))

    def facility(**kw: Any) -> Callable[[], Any]:
        def call() -> Any:
            with db.read_session() as s:
                return list_requests(s, admin, limit=500, **kw)
        return call

    actions.append(("facility: all", facility()))
    for status in FACILITY_STATUSES.codes[:3]:
        actions.append((f"facility: status {status}", facility(status=status)))
    actions.append((f"facility: kind {FACILITY_KINDS.codes[0]}",
                    facility(kind=FACILITY_KINDS.codes[0])))
    actions.append(("facility: text", facility(text="ruang")))

    def tutors(**kw: Any) -> Callable[[], Any]:
        def call() -> Any:
            with db.read_session() as s:
                return list_tutors(s, admin, today=today, **kw)
        return call

    actions.append(("tutors: active", tutors(active_only=True)))
    actions.append(("tutors: all", tutors(active_only=False)))
    actions.append(("tutors: text", tutors(text="a")))
    return actions


def bench_lists(path: Path, runs: int, today: date, figure: Any) -> list[Any]:
    from jssc_desktop.storage.db import Database

    db = Database(str(path))
    raw = sqlite3.connect(path, isolation_level=None)
    capture = Capture(db.engine)
    figures = []
    for label, call in list_actions(db, raw, today):
        _, statements = capture.record(call)
        app, bare, app_cpu, bare_cpu = (
            seconds * 1000 for seconds in _medians_s(call, _replay(raw, statements), runs))
        figures.append(figure(
            f"list {label} (+{app - bare:.1f} ms)", app, "ms", bare,
            "the same SQL replayed in raw sqlite3", False,
            {"statements": len(statements), "added_ms": round(app - bare, 2),
             "cpu_ms": round(app_cpu, 3), "baseline_cpu_ms": round(bare_cpu, 3)},
            floor_ratio=LIST_RATIO, floor_value=LIST_MS))
    figures.append(bench_scroll(db, raw, capture, today, figure, runs))
    db.dispose()
    raw.close()
    return figures


def bench_scroll(db: Any, raw: sqlite3.Connection, capture: Capture, today: date,
                 figure: Any, runs: int = 5) -> Any:
    """The whole client list (all statuses) scrolled to its end through the table model, at
    least five times, interleaved with the bare replay."""
    from PySide6.QtCore import QModelIndex

    from jssc_desktop.services.base import Actor
    from jssc_desktop.services.client_list import ClientQuery, scroll_clients
    from jssc_desktop.ui.clients.model import ClientTableModel

    admin = Actor(None, "bench", "admin", "Benchmark")

    def loader(query: ClientQuery) -> Any:  # as the clients page loads (usecase.fetch_read)
        with db.read_session() as s:
            return scroll_clients(s, admin, query, today=today)

    def scroll() -> int:
        model = ClientTableModel(loader)
        model.set_query(ClientQuery())
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        return model.rowCount()

    rows, statements = capture.record(scroll)
    app_s, bare_s, app_cpu, bare_cpu = _medians_s(scroll, _replay(raw, statements),
                                                  max(5, runs))
    return figure("client list scrolled to the end (all clients)", app_s, "s", bare_s,
                  "the same page queries replayed in raw sqlite3", False,
                  {"rows": rows, "pages": len(statements) - 1, "cpu_s": round(app_cpu, 3),
                   "baseline_cpu_s": round(bare_cpu, 3)}, floor_ratio=SCROLL_RATIO)
