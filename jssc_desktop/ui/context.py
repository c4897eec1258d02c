"""What every page and dialog needs: the open database and the logged-in user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from ..services.base import Actor, can
from ..storage.db import Database


class DataBus(QObject):
    """Pages announce what they changed so that other pages refresh (e.g. 'clients', 'training')."""

    changed = Signal(str)


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
