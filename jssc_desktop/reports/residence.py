"""Who was resident on a day, found so that the cost follows that day's residents rather than
every client ever admitted (issue 14, part 4).

A client is resident at the end of ``day`` when admitted on or before it and not discharged on
or before it (and at the *start* of ``day`` when admitted before it and not discharged before
it). Both halves of that test are open ranges over the whole history, so neither one-column
index finds the residents: ``admission_date <= day`` is every client admitted so far. The ids
are found instead as two ranges of the (discharge_date, admission_date) index, read from the
index alone: the clients still in the UPT (``discharge_date IS NULL``) and those discharged
after ``day``, each admitted by then; only the residents' own rows are then fetched. On SQLite
the admission test is written ``+admission_date`` so the planner keeps the discharge date as
the range (without planner statistics it may take either); PostgreSQL plans from its own
statistics.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from ..storage.models import Client, StageHistory


class unindexed(FunctionElement[Any]):  # noqa: N801 - reads as a SQL function in a query
    """A column the planner must not use an index for: ``+column`` on SQLite (the documented
    way to keep a term off its index), the column itself elsewhere."""

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed_default(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def resident_ids(day: date, *, at_end: bool = True) -> Any:
    """The ids of every client resident at the end of ``day`` (``at_end``) or at its start:
    two branches of a ``UNION ALL``, still resident and discharged later, each read from the
    (discharge_date, admission_date) index alone."""
    admission = unindexed(Client.admission_date)
    admitted = admission <= day if at_end else admission < day
    gone_later = Client.discharge_date > day if at_end else Client.discharge_date >= day
    return union_all(select(Client.id).where(Client.discharge_date.is_(None), admitted),
                     select(Client.id).where(gone_later, admitted))


def resident_count(s: Any, day: date, *, at_end: bool) -> int:
    """How many clients were resident at the end (or the start) of ``day``."""
    both = resident_ids(day, at_end=at_end).subquery()
    return int(s.execute(select(func.count()).select_from(both)).scalar_one())


def stage_on(day: date) -> Any:
    """The stage a client was in on ``day``: the latest stage started by then (one look-up on
    the (client_id, started_on) index), else the client's current stage."""
    then = (select(StageHistory.stage)
            .where(StageHistory.client_id == Client.id, StageHistory.started_on <= day)
            .order_by(StageHistory.started_on.desc(), StageHistory.id.desc())
            .limit(1).correlate(Client).scalar_subquery())
    return func.coalesce(then, Client.current_stage)


def residents_at_end(s: Any, day: date) -> list[tuple[str, str, date | None, str | None, str]]:
    """(sex, PPKS, birth date, kab/kota, stage on ``day``) of each client resident at the end
    of ``day``: one row each, every breakdown of the residents is counted from these."""
    rows = s.execute(select(Client.sex, Client.ppks_code, Client.birth_date,
                            Client.kab_kota_code, stage_on(day))
                     .where(Client.id.in_(resident_ids(day)))).all()
    return [tuple(r) for r in rows]
