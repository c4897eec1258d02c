"""Which follow-up is a graduate's latest on a given day, kept on the follow-ups themselves
(``followups.latest_from``, ``latest_until``, ``latest_track_id``) so that a report finds the
latest follow-ups of a day without ranking the whole follow-up history (issue 14, part 4). The
same goes for each client's latest follow-up whatever the track (``client_next_done``, see
:func:`next_done`): the report's follow-up figures of a period count each graduate once, by it.

The report's rule (reports/followup_figures.py, the track effectiveness table): on a day ``E``,
a graduate's latest follow-up in a track is, among the done follow-ups of their graduated
enrollments in that track's cohorts with the follow-up done and the graduation made by ``E``,
the one with the latest ``(done_date, months_after, id)``.

A follow-up *counts* from ``latest_from = max(done_date, graduated_on)`` (NULL when it never
counts: not done, or its enrollment did not graduate). ``latest_until`` is the first day on
which a follow-up ranked after it (same client and track) counts, NULL when none does; so it is
the latest on ``E`` exactly when ``latest_from <= E`` and ``latest_until`` is NULL or later than
``E``: two ranges of the ``ix_followups_latest`` index, which also holds the track
(``latest_track_id``, the track of the enrollment's cohort), the outcome and the income, so the
report reads the table from the index alone (like the residents of a day, reports/residence.py).

They are kept right inside the transaction that changes them: a flush that adds, changes or
deletes a follow-up, changes an enrollment or moves a cohort to another track first locks the
clients concerned (``SELECT … FOR UPDATE`` on PostgreSQL, in id order, so two writers of one
client's follow-ups take turns; SQLite writers are serialized anyway) and, after the flush,
computes their follow-ups again from the stored rows. Bulk writes that bypass the ORM (the demo
build, migration 0010) call :func:`refresh` themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, bindparam, event, inspect, select, update
from sqlalchemy.orm import Session

from .models import Client, Cohort, Enrollment, FollowUp

#: session.info key: the clients whose follow-ups are computed again after the flush
_PENDING = "followup_latest_clients"

#: (id, track, client, done_date, months_after, graduated_on) of a follow-up that counts
Row = tuple[int, int, int, date, int, date]
#: (latest_from, latest_until, latest_track_id) of a follow-up
Latest = tuple[date | None, date | None, int | None]

NEVER: Latest = (None, None, None)

_ENROLLMENT_FIELDS = ("status", "graduated_on", "cohort_id", "client_id")
_FOLLOWUP_FIELDS = ("done_date", "months_after", "enrollment_id", "client_id")


def latest_spans(rows: Iterable[Row]) -> dict[int, Latest]:
    """(latest_from, latest_until, track) of each follow-up that counts; the others are
    :data:`NEVER`."""
    groups: dict[tuple[int, int], list[Row]] = defaultdict(list)
    for row in rows:
        groups[(row[1], row[2])].append(row)
    out: dict[int, Latest] = {}
    for (track, _client), members in groups.items():
        members.sort(key=lambda r: (r[3], r[4], r[0]))
        first_later: date | None = None  # the earliest day a later-ranked one counts
        for fid, _track, _client_id, done, _months, graduated in reversed(members):
            counts_from = max(done, graduated)
            out[fid] = (counts_from, first_later, track)
            first_later = counts_from if first_later is None else min(first_later, counts_from)
    return out


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), 500):
        yield ids[i:i + 500]


def _counted(s: Any, client_ids: list[int] | None) -> list[Row]:
    query = (select(FollowUp.id, Cohort.track_id, FollowUp.client_id, FollowUp.done_date,
                    FollowUp.months_after, Enrollment.graduated_on)
             .join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
             .join(Cohort, Cohort.id == Enrollment.cohort_id)
             .where(FollowUp.done_date.is_not(None), Enrollment.status == "lulus",
                    Enrollment.graduated_on.is_not(None)))
    if client_ids is None:
        return [tuple(r) for r in s.execute(query)]
    return [tuple(r) for chunk in _chunks(client_ids)
            for r in s.execute(query.where(FollowUp.client_id.in_(chunk)))]


def _stored(s: Any, client_ids: list[int] | None) -> dict[int, Latest]:
    query = select(FollowUp.id, FollowUp.latest_from, FollowUp.latest_until,
                   FollowUp.latest_track_id)
    if client_ids is None:
        return {fid: (a, b, c) for fid, a, b, c in s.execute(
            query.where(FollowUp.latest_from.is_not(None)))}
    return {fid: (a, b, c) for chunk in _chunks(client_ids)
            for fid, a, b, c in s.execute(query.where(FollowUp.client_id.in_(chunk)))}


def next_done(rows: Iterable[tuple[int, int, date, int]]) -> dict[int, date | None]:
    """``client_next_done`` of each done follow-up (id, client, done_date, months_after): the
    done date of the client's next one in the order (done_date, months_after, id), None for
    their last."""
    groups: dict[int, list[tuple[date, int, int]]] = defaultdict(list)
    for fid, client, done, months in rows:
        groups[client].append((done, months, fid))
    out: dict[int, date | None] = {}
    for members in groups.values():
        members.sort()
        for (_done, _months, fid), later in zip(members, [*members[1:], None], strict=True):
            out[fid] = None if later is None else later[0]
    return out


def _refresh_next(s: Any, ids: list[int] | None) -> int:
    """:func:`next_done` written for the follow-ups of the clients ``ids`` (all when None)."""
    query = select(FollowUp.id, FollowUp.client_id, FollowUp.done_date, FollowUp.months_after,
                   FollowUp.client_next_done)
    if ids is None:
        rows = [tuple(r) for r in s.execute(query)]
    else:
        rows = [tuple(r) for chunk in _chunks(ids)
                for r in s.execute(query.where(FollowUp.client_id.in_(chunk)))]
    wanted = next_done(r[:4] for r in rows if r[2] is not None)
    changes = [{"fid": r[0], "next": wanted.get(r[0])} for r in rows
               if r[4] != wanted.get(r[0])]
    if changes:
        table = cast(Table, FollowUp.__table__)
        conn = s.connection() if isinstance(s, Session) else s
        conn.execute(update(table).where(table.c.id == bindparam("fid"))
                     .values(client_next_done=bindparam("next"),
                             updated_at=table.c.updated_at), changes)
    return len(changes)


def refresh(s: Any, client_ids: Iterable[int] | None = None) -> int:
    """Compute the latest-follow-up columns again for the follow-ups of ``client_ids`` (every
    follow-up when None) on the connection or session ``s``; only the rows whose values change
    are written. Returns how many were."""
    ids = None if client_ids is None else sorted(set(client_ids))
    if ids == []:
        return 0
    written = _refresh_next(s, ids)
    wanted = latest_spans(_counted(s, ids))
    stored = _stored(s, ids)
    changes = []
    for fid in set(stored) | set(wanted):
        value = wanted.get(fid, NEVER)
        if stored.get(fid, NEVER) != value:
            changes.append({"fid": fid, "start": value[0], "until": value[1],
                            "track": value[2]})
    if changes:
        table = cast(Table, FollowUp.__table__)
        conn = s.connection() if isinstance(s, Session) else s
        # derived data, not an edit: the row's updated_at (an onupdate default) stays
        conn.execute(update(table).where(table.c.id == bindparam("fid"))
                     .values(latest_from=bindparam("start"), latest_until=bindparam("until"),
                             latest_track_id=bindparam("track"),
                             updated_at=table.c.updated_at), changes)
    return written + len(changes)


# ------------------------------------------------------------------- kept up to date on flush


def _changed(obj: Any, fields: tuple[str, ...]) -> set[int | None]:
    """The values before and after of ``client_id`` when any of ``fields`` changed (empty when
    none did)."""
    state = inspect(obj)
    if not any(state.attrs[name].history.has_changes() for name in fields):
        return set()
    history = state.attrs.client_id.history
    return {obj.client_id, *history.deleted}


def _clients_touched(session: Session) -> set[int]:
    clients: set[int | None] = set()
    for obj in session.new:
        if isinstance(obj, FollowUp) and obj.done_date is not None:
            clients.add(obj.client_id)
    for obj in session.deleted:
        if isinstance(obj, (FollowUp, Enrollment)):
            clients.add(obj.client_id)
    cohorts = []
    for obj in session.dirty:
        if isinstance(obj, FollowUp):
            # any change to a follow-up locks its client, so a writer never holds a follow-up
            # row while waiting for the client that another writer holds
            clients |= _changed(obj, _FOLLOWUP_FIELDS) or {obj.client_id}
        elif isinstance(obj, Enrollment):
            clients |= _changed(obj, _ENROLLMENT_FIELDS)
        elif isinstance(obj, Cohort) and inspect(obj).attrs.track_id.history.has_changes():
            cohorts.append(obj.id)
    if cohorts:
        clients |= set(session.execute(
            select(FollowUp.client_id).join(Enrollment, Enrollment.id == FollowUp.enrollment_id)
            .where(Enrollment.cohort_id.in_(cohorts))).scalars())
    return {c for c in clients if c is not None}


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("read_only"):
        return
    clients = _clients_touched(session)
    if not clients:
        return
    ordered = sorted(clients)
    for i in range(0, len(ordered), 500):  # in id order: two writers never lock crosswise
        session.execute(select(Client.id).where(Client.id.in_(ordered[i:i + 500]))
                        .order_by(Client.id).with_for_update())
    session.info.setdefault(_PENDING, set()).update(clients)


def _after_flush(session: Session, _context: Any) -> None:
    clients = session.info.pop(_PENDING, None)
    if clients:
        refresh(session.connection(), clients)


def install() -> None:
    """Keep ``superseded_on`` up to date in every ORM session (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)


install()
