"""Reading the audit log and checking that nobody changed it outside the application.

The log is append-only: this module only reads it. ``verify_chain`` recomputes every row's hash
from its content and the previous row's hash (services/base.py writes them), so an UPDATE or a
DELETE made directly in the database shows up as the first row whose hash no longer matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import PermissionDenied
from ..storage.models import AuditLog
from .base import Actor, Page, audit_hash, audit_payload, can, clean_text, require

#: Rows read per round trip while verifying the chain.
VERIFY_BATCH = 2000

#: Entities whose history the people who edit them may read without audit.view.
HISTORY_PERMISSION = {"client": "client.edit"}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str | None
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    first_bad_id: int | None
    message: str


_COLUMNS = (AuditLog.id, AuditLog.at, AuditLog.username, AuditLog.action, AuditLog.entity,
            AuditLog.entity_id, AuditLog.before, AuditLog.after, AuditLog.reason)


def _row(r: Any) -> AuditRow:
    return AuditRow(r.id, r.at, r.username, r.action, r.entity, r.entity_id, r.before, r.after,
                    r.reason)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_audit(session: Session, actor: Actor, *, entity: str | None = None,
               entity_id: int | None = None, username: str | None = None,
               action: str | None = None, start: date | None = None, end: date | None = None,
               offset: int = 0, limit: int = 100) -> Page[AuditRow]:
    """Newest first. ``action`` matches a prefix ('client.' lists every client action)."""
    require(actor, "audit.view")
    offset = max(0, int(offset))
    limit = min(max(1, int(limit)), 1000)
    conditions = []
    if clean_text(entity):
        conditions.append(AuditLog.entity == clean_text(entity))
    if entity_id is not None:
        conditions.append(AuditLog.entity_id == entity_id)
    if clean_text(username):
        conditions.append(AuditLog.username == (clean_text(username) or "").lower())
    if clean_text(action):
        conditions.append(AuditLog.action.like(_escape_like(clean_text(action) or "") + "%",
                                               escape="\\"))
    if start is not None:
        conditions.append(AuditLog.at >= datetime.combine(start, time.min))
    if end is not None:
        conditions.append(AuditLog.at <= datetime.combine(end, time.max))
    total = session.execute(
        select(func.count()).select_from(AuditLog).where(*conditions)).scalar_one()
    rows = session.execute(
        select(*_COLUMNS).where(*conditions).order_by(AuditLog.id.desc())
        .offset(offset).limit(limit)
    ).all()
    return Page([_row(r) for r in rows], total, offset, limit)


def entity_history(session: Session, actor: Actor, entity: str,
                   entity_id: int) -> list[AuditRow]:
    """Everything that happened to one record, oldest first."""
    other = HISTORY_PERMISSION.get(entity)
    if not (can(actor, "audit.view") or (other is not None and can(actor, other))):
        require(actor, "audit.view")
        raise PermissionDenied("Anda tidak berhak melihat riwayat perubahan data ini.")
    rows = session.execute(
        select(*_COLUMNS)
        .where(AuditLog.entity == entity, AuditLog.entity_id == entity_id)
        .order_by(AuditLog.id)
    ).all()
    return [_row(r) for r in rows]


def verify_chain(session: Session, actor: Actor) -> ChainCheck:
    """Recompute the hash chain from the first row; report the first row that does not fit."""
    require(actor, "audit.view")
    stmt = (
        select(AuditLog.id, AuditLog.at, AuditLog.user_id, AuditLog.username, AuditLog.action,
               AuditLog.entity, AuditLog.entity_id, AuditLog.before, AuditLog.after,
               AuditLog.reason, AuditLog.prev_hash, AuditLog.hash)
        .order_by(AuditLog.id)
        .execution_options(yield_per=VERIFY_BATCH)
    )
    checked = 0
    prev: str | None = None
    for row in session.execute(stmt):
        checked += 1
        if row.prev_hash != prev:
            return ChainCheck(
                False, checked, row.id,
                f"Log audit tidak utuh: sebelum baris #{row.id} ada baris yang dihapus atau "
                "diubah di luar aplikasi.")
        # The row has the attributes audit_payload reads; no ORM object is built per row.
        if audit_hash(prev, audit_payload(cast(AuditLog, row))) != row.hash:
            return ChainCheck(
                False, checked, row.id,
                f"Log audit telah diubah di luar aplikasi: isi baris #{row.id} "
                f"({row.action}, {row.at:%d/%m/%Y %H:%M}) tidak cocok dengan sidik jarinya.")
        prev = row.hash
    return ChainCheck(True, checked, None,
                      f"Log audit utuh: {checked:,} baris diperiksa.".replace(",", "."))
