"""What the lists that page in SQL share: statements built once per shape of filter, and rows
read as the database driver gives them.

A list action costs its SQL plus a fixed part: the unit of work, building and compiling the
statement, and turning the result into rows. When the SQL takes a fraction of a millisecond (a
page of a small table, a page found by key on an index) the fixed part is most of the time, so
the lists keep it small:

- each shape of a list's statements (which filters are set) is built once, with every value a
  bound parameter: SQLAlchemy then reuses the statement's cache key and compiled form instead of
  building and hashing a new statement tree on every call (:class:`ShapeCache`);
- the rows are the driver's plain tuples (:func:`driver_rows`), not SQLAlchemy's row objects,
  and values whose type the driver does not give (dates on SQLite) are converted once per row
  by the list itself (:func:`as_date`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import fields
from datetime import date, datetime
from typing import Any, Generic, TypeVar, cast

from sqlalchemy.orm import Session

S = TypeVar("S")
R = TypeVar("R")


class ShapeCache(Generic[S]):
    """Statements built once per shape (a hashable key: which filters are set, the sort …).

    ``build(key)`` makes the statements of one shape; they must not hold any value of a
    particular call (only bound parameters), so that every call of that shape may reuse them.
    The cache is small and bounded: a list has a handful of shapes."""

    def __init__(self, build: Callable[[Any], S], size: int = 64) -> None:
        self._build = build
        self._size = size
        self._items: dict[Hashable, S] = {}

    def __call__(self, key: Hashable) -> S:
        found = self._items.get(key)
        if found is None:
            if len(self._items) >= self._size:
                self._items.clear()
            found = self._items[key] = self._build(key)
        return found

    def clear(self) -> None:
        self._items.clear()


def driver_rows(session: Session, statement: Any, params: dict[str, Any]) -> list[Any]:
    """The rows of a Core ``statement`` as the database driver gives them (plain tuples).

    It runs on the session's connection, in its transaction; changes still pending in the
    session are flushed first, as ``Session.execute`` would. No value passes through
    SQLAlchemy's result processing: a caller reading a date column converts it itself
    (:func:`as_date`), a BigInteger comes as ``int`` on both backends."""
    if session.new or session.deleted or session.dirty:
        session.flush()
    result = session.connection().execute(statement, params)
    try:
        rows = cast("list[Any]", result.cursor.fetchall())  # a DBAPI cursor's list
    finally:
        result.close()
    return rows


def driver_scalar(session: Session, statement: Any, params: dict[str, Any]) -> Any:
    """The first column of the first row of ``statement`` (a count), or None."""
    rows = driver_rows(session, statement, params)
    return rows[0][0] if rows else None


def as_date(value: Any) -> date | None:
    """A date read from the driver, or None: see :func:`as_day`."""
    return None if value is None else as_day(value)


def as_day(value: Any) -> date:
    """A date read from the driver from a column that is never empty: SQLite gives an ISO text
    (``2026-11-23``, or a timestamp ``2026-11-23 08:30:00.000000`` whose day is taken),
    PostgreSQL a date or a datetime."""
    if value.__class__ is str:
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    return value  # type: ignore[no-any-return]  # a date already


def row_maker(cls: type[R]) -> Callable[..., R]:
    """Makes instances of the frozen dataclass ``cls`` from all its field values in order,
    twice as fast as calling it: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, which costs a list of 200 rows about half a millisecond. The
    instance is the same (``==``, hash, repr) as ``cls(*values)``; ``cls`` must set nothing in
    ``__post_init__`` and have no slots (checked here, once)."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]  # a dataclass
    if hasattr(cls, "__post_init__") or hasattr(cls, "__slots__"):
        raise TypeError(f"{cls.__name__}: built through __init__ only")
    new = object.__new__

    def make(*values: Any) -> R:
        item = new(cls)
        item.__dict__.update(zip(names, values, strict=True))
        return item
    return make


def total_from_page(offset: int, shown: int, limit: int) -> int | None:
    """How many rows match in all, when a page read at ``offset`` tells it: a page with fewer
    rows than ``limit`` is the last one, so there are ``offset + shown`` (unless it is empty
    past the start: the rows may end anywhere before ``offset``). None: count them.

    A list then counts only when its page is full, and a short list (a NIK, the facility
    requests of one status) costs one statement, not two."""
    if shown < limit and (shown or not offset):
        return offset + shown
    return None
