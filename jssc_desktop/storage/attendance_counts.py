"""How many attendance records of each code a training session has, kept on the session
(``training_sessions.attendance_h`` … ``attendance_t``) so that a report counts a period's
attendance from the period's sessions (a few thousand a year) instead of from every record
(about 170,000 a year at a large UPT; issue 14, part 4).

They are computed again, from the stored records, for the sessions concerned inside every
transaction that writes attendance: :func:`refresh` is called by ``services.attendance`` after
its bulk insert, and after any flush that adds, changes or deletes an ``Attendance`` through the
ORM. It first locks the sessions' rows (``SELECT … FOR UPDATE`` on PostgreSQL, in id order), so
two PCs saving one session's attendance at once take turns and the second counts the first one's
records; SQLite writers are serialized anyway. Bulk writes that bypass both (the demo build,
migration 0013) call :func:`refresh` themselves. A session deleted takes its records and counts
with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from sqlalchemy import Table, bindparam, event, func, inspect, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from .models import ATTENDANCE_CODES, Attendance, TrainingSession

#: the session column of each attendance code
COLUMNS: dict[str, str] = {code: f"attendance_{code.lower()}" for code in ATTENDANCE_CODES}

#: session.info key: the sessions whose counts are computed again after the flush
_PENDING = "attendance_count_sessions"


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), 500):
        yield ids[i:i + 500]


def counts_by_session(s: Any, session_ids: list[int] | None) -> dict[int, dict[str, int]]:
    """{session: {code: records}} from the attendance records themselves."""
    query = (select(Attendance.session_id, Attendance.code, func.count())
             .group_by(Attendance.session_id, Attendance.code))
    rows = (list(s.execute(query)) if session_ids is None else
            [r for chunk in _chunks(session_ids)
             for r in s.execute(query.where(Attendance.session_id.in_(chunk)))])
    out: dict[int, dict[str, int]] = {}
    for sid, code, n in rows:
        out.setdefault(int(sid), {})[code] = int(n)
    return out


def refresh(s: Any, session_ids: Iterable[int] | None = None) -> int:
    """Compute the counts again for ``session_ids`` (every session when None) on the
    connection or session ``s``; only the sessions whose counts change are written. Returns
    how many were."""
    ids = None if session_ids is None else sorted(set(session_ids))
    if ids == []:
        return 0
    stored_query = select(TrainingSession.id,
                          *(getattr(TrainingSession, c) for c in COLUMNS.values()))
    if ids is None:
        stored = list(s.execute(stored_query))
    else:
        stored = [r for chunk in _chunks(ids) for r in s.execute(
            stored_query.where(TrainingSession.id.in_(chunk)).order_by(TrainingSession.id)
            .with_for_update())]
    wanted = counts_by_session(s, ids)
    changes = []
    for sid, *have in stored:
        want = wanted.get(sid, {})
        values = [want.get(code, 0) for code in COLUMNS]
        if [int(v or 0) for v in have] != values:
            changes.append({"sid": sid, **dict(zip(COLUMNS.values(), values, strict=True))})
    if changes:
        table = cast(Table, TrainingSession.__table__)
        conn = s.connection() if isinstance(s, Session) else s
        # derived data, not an edit: the row's updated_at (an onupdate default) stays
        conn.execute(update(table).where(table.c.id == bindparam("sid"))
                     .values(updated_at=table.c.updated_at,
                             **{c: bindparam(c) for c in COLUMNS.values()}), changes)
        if isinstance(s, Session):
            _expire(s, [change["sid"] for change in changes])
    return len(changes)


# ------------------------------------------------------------------- kept up to date on flush


def _sessions_touched(session: Session) -> set[int]:
    out: set[int | None] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Attendance):
            out.add(obj.session_id)
            out.update(inspect(obj).attrs.session_id.history.deleted)  # moved to another
    return {sid for sid in out if sid is not None}


def _expire(session: Session, session_ids: Iterable[int]) -> None:
    """An already loaded session shows the new counts."""
    for sid in session_ids:
        obj = session.identity_map.get(identity_key(TrainingSession, sid))
        if obj is not None:
            session.expire(obj, list(COLUMNS.values()))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("read_only"):
        return
    touched = _sessions_touched(session)
    if touched:
        session.info.setdefault(_PENDING, set()).update(touched)


def _after_flush(session: Session, _context: Any) -> None:
    touched = session.info.pop(_PENDING, None)
    if touched:
        refresh(session.connection(), touched)
        _expire(session, touched)


def install() -> None:
    """Keep the counts up to date in every ORM session (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)


install()
