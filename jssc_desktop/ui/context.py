"""What every page and dialog needs: the open database and the logged-in user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from ..domain.changes import RecordKind
from ..services.base import Actor, can
from ..storage.db import Database


@dataclass(frozen=True)
class Change:
    """What a use case changed: the kinds of records, the one record when it is known, and the
    widget that asked for it."""

    kinds: frozenset[RecordKind]
    source: Any = None
    record_id: int | None = None

    def touches(self, kind: RecordKind, record_id: int) -> bool:
        """Whether this change may concern record ``record_id`` of ``kind``."""
        return kind in self.kinds and self.record_id in (None, record_id)


class DataBus(QObject):
    """Announces :class:`Change` events so that every open list, detail and the dashboard
    refreshes (see ``ui/usecase.py``)."""

    changed = Signal(object)

    def announce(self, *kinds: RecordKind, source: Any = None,
                 record_id: int | None = None) -> None:
        if kinds:
            self.changed.emit(Change(frozenset(kinds), source, record_id))


@dataclass
class AppContext:
    db: Database
    actor: Actor
    bus: DataBus = field(default_factory=DataBus)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work, exactly as the command line uses it."""
        with self.db.session() as s:
            yield s

    def can(self, action: str) -> bool:
        return can(self.actor, action)
