"""Writing the plan: rows in large batches straight through the driver (executemany on SQLite,
COPY on PostgreSQL, Core INSERT otherwise)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import JSON, Table
from sqlalchemy.orm import Session

from ...storage.models import (
    Base,
)
from .data import BATCH
from .plan import _Planner
from .timeline import _insert_sql, _sqlite_converter


class _Writer(_Planner):
    s: Session
    backend: str
    stamp: Callable[[datetime], Any]

    # Rows are dictionaries (tuples for attendance). On SQLite they go straight to the driver's
    # executemany with values in SQLAlchemy's own storage format (ISO dates, booleans as 0/1):
    # the per-value type processing of a Core INSERT would cost more than the inserting itself.
    # On PostgreSQL with psycopg 3 they go through COPY, which takes Python values as they are;
    # any other driver gets the ordinary Core INSERT.

    def insert(self, model: type[Base], rows: list[dict[str, Any]], key: str | None = None) -> None:
        table = cast(Table, model.__table__)
        name = key or table.name
        self.counts[name] = self.counts.get(name, 0) + len(rows)
        if not rows:
            return
        if self.backend == "core" or any(isinstance(c.type, JSON) for c in table.c):
            for i in range(0, len(rows), BATCH):
                self.s.execute(table.insert(), rows[i:i + BATCH])
            return
        cols = list(rows[0])
        getter = itemgetter(*cols) if len(cols) > 1 else (lambda r: (r[cols[0]],))
        if self.backend == "copy":
            self._copy(table.name, cols, map(getter, rows))
            return
        convs = [(j, f) for j, f in enumerate(_sqlite_converter(table.c[k]) for k in cols)
                 if f is not None]
        sql = _insert_sql(table.name, cols)
        cursor = self._cursor()
        for i in range(0, len(rows), BATCH):
            data = [list(getter(r)) for r in rows[i:i + BATCH]]
            for j, f in convs:
                for values in data:
                    v = values[j]
                    if v is not None:
                        values[j] = f(v)
            cursor.executemany(sql, data)
        cursor.close()

    def _cursor(self) -> Any:
        """A cursor of the session's own connection (same transaction)."""
        dbapi = self.s.connection().connection.dbapi_connection
        assert dbapi is not None  # the session's connection is checked out: it has one
        return dbapi.cursor()

    def _copy(self, table: str, cols: list[str], rows: Iterable[tuple[Any, ...]]) -> None:
        names = ", ".join(f'"{c}"' for c in cols)
        with self._cursor() as cursor, \
                cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)

    def insert_tuples(self, model: type[Base], cols: list[str],
                      rows: list[tuple[Any, ...]]) -> None:
        """Rows already in storage form (see ``self.stamp``), in the order of ``cols``."""
        table = cast(Table, model.__table__)
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)
        if not rows:
            return
        if self.backend == "sqlite":
            cursor = self._cursor()
            cursor.executemany(_insert_sql(table.name, cols), rows)
            cursor.close()
        elif self.backend == "copy":
            self._copy(table.name, cols, rows)
        else:
            for i in range(0, len(rows), BATCH):
                batch = [dict(zip(cols, r, strict=True)) for r in rows[i:i + BATCH]]
                self.s.execute(table.insert(), batch)
