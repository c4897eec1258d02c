"""The audit log as one keyed hash chain that holds under load and can prove itself.

Appending (``append``): the chain head row (``audit_chain_head``, id 1) is locked first
(``SELECT … FOR UPDATE`` on PostgreSQL; on SQLite every write transaction already holds the
database's write lock from ``BEGIN IMMEDIATE``), so writers on any number of PCs queue and each
new row links to the row before it. The new row's id is the head's ``last_id + 1``: ids are never
reused, even after rows were deleted outside the application.

Keying: each row's hash is an HMAC-SHA256 over its id, the previous hash and its content, keyed
with the installation secret (``storage/audit_key.py``), which is kept outside the database. Who
edits rows and recomputes the chain without that secret is detected. Rows written before keying
(up to ``legacy_until``) keep their plain SHA-256 hashes and are checked as such.

Anchors (``Anchor``: id, hash, count of the newest row at some moment) are kept outside the table:
in a small file beside the database (MAC'd with the secret, and holding the last verified row so
that the daily check only reads what is new), in every backup manifest and in every approved
report's archive record. Deleting the newest rows and rolling the head back then no longer fits
an anchor. ``verify`` checks the chain (all of it, or from the last verified row) and the anchors.
Nothing here imports Qt.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..domain.errors import StorageError
from ..domain.messages import msg
from ..fileutil import write_text_atomic
from .audit_key import chain_key
from .backup_files import register_anchor
from .models import AuditChainHead, AuditLog

log = logging.getLogger(__name__)

HEAD_ID = 1
#: Rows read per round trip while verifying.
VERIFY_BATCH = 2000


# ------------------------------------------------------------------------------------- hashing


def payload_of(row: Any) -> dict[str, Any]:
    """What a row's hash covers besides its id and the previous hash."""
    return {
        "at": row.at.isoformat(timespec="microseconds"),
        "user_id": row.user_id,
        "username": row.username,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "before": row.before,
        "after": row.after,
        "reason": row.reason,
    }


#: ``json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)``, with the encoder
#: made once rather than for every row hashed or verified.
_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)


def _canonical(payload: dict[str, Any]) -> str:
    return _ENCODER.encode(payload)


def legacy_hash(prev_hash: str | None, payload: dict[str, Any]) -> str:
    """The plain SHA-256 of rows written before the chain was keyed (schema 0001)."""
    return hashlib.sha256(f"{prev_hash or ''}|{_canonical(payload)}".encode()).hexdigest()


def keyed_hash(key: bytes, row_id: int, prev_hash: str | None, payload: dict[str, Any]) -> str:
    message = f"{row_id}|{prev_hash or ''}|{_canonical(payload)}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


# ----------------------------------------------------------------------------------- the head


@dataclass(frozen=True)
class Anchor:
    """The newest row of the chain at some moment: its id and hash and the number of rows."""

    id: int
    hash: str | None
    count: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> Anchor | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(int(data["id"]), data.get("hash"), int(data["count"]))
        except (KeyError, TypeError, ValueError):
            return None


def _ensure_head(session: Session) -> None:
    """Create the head row when missing (a database made without the migration), from the rows
    already there; concurrent creators do not collide."""
    if session.get(AuditChainHead, HEAD_ID) is not None:
        return
    last = session.execute(
        select(AuditLog.id, AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)).first()
    count = session.execute(select(func.count()).select_from(AuditLog)).scalar_one()
    values = {"id": HEAD_ID, "chain_id": None, "last_id": last.id if last else 0,
              "last_hash": last.hash if last else None, "count": count,
              "legacy_until": last.id if last else 0}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":  # imported here: a SQLite installation never loads it
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(AuditChainHead).values(**values).on_conflict_do_nothing())
    else:
        session.execute(sqlite_insert(AuditChainHead).values(**values).on_conflict_do_nothing())


def lock_head(session: Session) -> AuditChainHead:
    """The head row, locked until the transaction ends (every appender waits here)."""
    _ensure_head(session)
    head = session.get(AuditChainHead, HEAD_ID, with_for_update=True, populate_existing=True)
    assert head is not None
    return head


def head_anchor(session: Session) -> Anchor | None:
    head = session.get(AuditChainHead, HEAD_ID, populate_existing=True)
    if head is None:
        return None
    return Anchor(head.last_id, head.last_hash, head.count)


def head_record(session: Session) -> dict[str, Any] | None:
    """The chain head as an anchor to keep elsewhere (backup manifest, report archive)."""
    head = session.get(AuditChainHead, HEAD_ID, populate_existing=True)
    if head is None:
        return None
    return dict(Anchor(head.last_id, head.last_hash, head.count).as_dict(),
                chain_id=head.chain_id)


def _manifest_anchor(db: Any) -> dict[str, Any] | None:
    """The head for every new backup's manifest (``manifest["anchors"]["audit_head"]``)."""
    with db.read_session() as s:
        return head_record(s)


register_anchor("audit_head", _manifest_anchor)


def _key_for(head: AuditChainHead, *, create: bool) -> bytes:
    if head.chain_id is None:
        if not create:
            raise StorageError(msg("Log audit belum memiliki kunci instalasi."))
        head.chain_id = str(uuid.uuid4())
    return chain_key(head.chain_id, create=create)


def append(session: Session, *, at: datetime, user_id: int | None, username: str | None,
           action: str, entity: str, entity_id: int | None, before: dict[str, Any] | None,
           after: dict[str, Any] | None, reason: str | None) -> AuditLog:
    """Append one row in the caller's transaction, after every earlier row of every writer."""
    session.flush()
    head = lock_head(session)
    new_chain = head.chain_id is None
    key = _key_for(head, create=new_chain or head.count == 0)
    entry = AuditLog(id=head.last_id + 1, at=at, user_id=user_id, username=username,
                     action=action, entity=entity, entity_id=entity_id, before=before,
                     after=after, reason=reason, prev_hash=head.last_hash)
    entry.hash = keyed_hash(key, entry.id, entry.prev_hash, payload_of(entry))
    session.add(entry)
    head.last_id, head.last_hash, head.count = entry.id, entry.hash, head.count + 1
    session.flush()
    session.info["audit_anchor"] = Anchor(head.last_id, head.last_hash, head.count)
    session.info["audit_chain_id"] = head.chain_id
    return entry


def append_many(session: Session, rows: Iterable[dict[str, Any]]) -> int:
    """Append prepared rows (demo data) in bulk; returns how many. Same chain rules."""
    head = lock_head(session)
    key = _key_for(head, create=True)
    prev, next_id, values = head.last_hash, head.last_id + 1, []
    for row in rows:
        item = dict(row, id=next_id, prev_hash=prev)
        item["hash"] = keyed_hash(key, next_id, prev, payload_of(_Row(item)))
        values.append(item)
        prev, next_id = item["hash"], next_id + 1
    if values:
        session.execute(insert(AuditLog), values)
        head.last_id, head.last_hash = values[-1]["id"], prev
        head.count += len(values)
        session.flush()
        session.info["audit_anchor"] = Anchor(head.last_id, head.last_hash, head.count)
        session.info["audit_chain_id"] = head.chain_id
    return len(values)


class _Row:
    def __init__(self, data: dict[str, Any]) -> None:
        self.__dict__.update(data)


# ------------------------------------------------------------------------------------ checking


@dataclass(frozen=True)
class ChainProblem:
    """Where the chain first stops being what was written."""

    kind: str  # 'link' | 'content' | 'missing_tail' | 'extra_tail' | 'anchor' | 'key'
    row_id: int | None
    detail: str = ""


@dataclass(frozen=True)
class ChainResult:
    ok: bool
    checked: int
    total: int
    problem: ChainProblem | None
    head: Anchor | None
    incremental: bool


def _rows_after(session: Session, after_id: int) -> Iterator[Any]:
    stmt = (
        select(AuditLog.id, AuditLog.at, AuditLog.user_id, AuditLog.username, AuditLog.action,
               AuditLog.entity, AuditLog.entity_id, AuditLog.before, AuditLog.after,
               AuditLog.reason, AuditLog.prev_hash, AuditLog.hash)
        .where(AuditLog.id > after_id)
        .order_by(AuditLog.id)
        .execution_options(yield_per=VERIFY_BATCH)
    )
    yield from session.execute(stmt)


def check_anchor(session: Session, anchor: Anchor, *,
                 count: bool = True) -> ChainProblem | None:
    """Does the table still hold the anchored row, with the same hash and (``count``) as many
    rows up to it? Counting reads every row up to the anchor: the daily check leaves it to the
    full one."""
    if anchor.id <= 0:
        return None
    row_hash = session.execute(
        select(AuditLog.hash).where(AuditLog.id == anchor.id)).scalar_one_or_none()
    if row_hash is None:
        return ChainProblem("missing_tail", anchor.id, "anchor")
    if row_hash != anchor.hash:
        return ChainProblem("content", anchor.id, "anchor")
    if not count:
        return None
    rows = session.execute(
        select(func.count()).select_from(AuditLog).where(AuditLog.id <= anchor.id)).scalar_one()
    if rows != anchor.count:
        return ChainProblem("link", anchor.id, f"anchor count {anchor.count} != {rows}")
    return None


def verify(session: Session, *, start: Anchor | None = None,
           anchors: Iterable[Anchor] = ()) -> ChainResult:
    """Check the chain from ``start`` (a verified anchor; None = from the first row) to the head,
    then the head itself and every outside ``anchors``.

    The first problem found is returned; nothing is written.
    """
    head_row = session.get(AuditChainHead, HEAD_ID, populate_existing=True)
    head = Anchor(head_row.last_id, head_row.last_hash, head_row.count) if head_row else None
    incremental = start is not None and start.id > 0
    total = (head.count if incremental and head is not None else
             session.execute(select(func.count()).select_from(AuditLog)).scalar_one())
    key: bytes | None = None
    if head_row is not None and head_row.chain_id is not None:
        try:
            key = chain_key(head_row.chain_id, create=False)
        except StorageError as exc:
            return ChainResult(False, 0, total, ChainProblem("key", None, exc.message), head,
                               start is not None)
    legacy_until = head_row.legacy_until if head_row else 2**62
    checked = 0
    prev: str | None = None
    last_id, count = 0, 0
    if start is not None and start.id > 0:
        problem = check_anchor(session, start, count=False)
        if problem is not None:
            return ChainResult(False, 0, total, problem, head, True)
        prev, last_id, count = start.hash, start.id, start.count
    for row in _rows_after(session, last_id):
        checked += 1
        count += 1
        if row.prev_hash != prev:
            return ChainResult(False, checked, total, ChainProblem("link", row.id), head,
                               start is not None)
        payload = payload_of(row)
        if row.id <= legacy_until:
            expected = legacy_hash(prev, payload)
        elif key is None:
            return ChainResult(False, checked, total, ChainProblem("content", row.id), head,
                               start is not None)
        else:
            expected = keyed_hash(key, row.id, prev, payload)
        if not hmac.compare_digest(expected, row.hash or ""):
            return ChainResult(False, checked, total, ChainProblem("content", row.id), head,
                               start is not None)
        prev, last_id = row.hash, row.id
    problem = _check_head(head, last_id, prev, count)
    if problem is None:
        for anchor in anchors:
            problem = check_anchor(session, anchor, count=not incremental)
            if problem is not None:
                break
    return ChainResult(problem is None, checked, total, problem, head, start is not None)


def _check_head(head: Anchor | None, last_id: int, last_hash: str | None,
                count: int) -> ChainProblem | None:
    if head is None:
        return None if last_id == 0 else ChainProblem("extra_tail", last_id, "no head")
    if head.id > last_id or (head.id == last_id and head.count > count):
        return ChainProblem("missing_tail", last_id + 1, f"head {head.id}")
    if head.id < last_id:
        return ChainProblem("extra_tail", head.id + 1)
    if head.hash != last_hash or head.count != count:
        return ChainProblem("link", last_id, "head")
    return None


# --------------------------------------------------------------------- the file beside the db


ANCHOR_FORMAT = 1


def _mac(key: bytes, data: dict[str, Any]) -> str:
    body = json.dumps(data, sort_keys=True).encode()
    return hmac.new(key, b"anchor|" + body, hashlib.sha256).hexdigest()


def read_anchor_file(path: Path, chain_id: str | None) -> tuple[str, dict[str, Any]]:
    """(status, content) of the anchor file: status 'missing', 'ok', 'other_chain' (it vouches
    for another chain: the log was replaced) or 'forged' (unreadable or its MAC does not hold).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "missing", {}
    except (OSError, ValueError):
        return "forged", {}
    if not isinstance(data, dict):
        return "forged", {}
    if data.get("chain_id") != chain_id or chain_id is None:
        return "other_chain", data
    mac = data.pop("mac", None)
    try:
        key = chain_key(chain_id, create=False)
    except StorageError:
        return "missing", {}
    if not isinstance(mac, str) or not hmac.compare_digest(mac, _mac(key, data)):
        return "forged", {}
    return "ok", data


def write_anchor_file(path: Path, chain_id: str, *, head: Anchor | None = None,
                      verified: Anchor | None = None, reset: bool = False) -> None:
    """Record the head (and, after a successful check, the verified row) beside the database.

    The head only ever moves forward here (``reset``: start anew, after a restore). A failure to
    write is logged, never raised (the database write it follows has committed)."""
    try:
        key = chain_key(chain_id, create=False)
        status, current = read_anchor_file(path, chain_id)
        if status in ("forged", "other_chain") and not reset:
            # Evidence of tampering stays until someone looks at it (``audit verify``).
            log.warning("audit anchor file %s left as it is (%s)", path.name, status)
            return
        if status != "ok" or reset:
            current = {}
        data: dict[str, Any] = {"format": ANCHOR_FORMAT, "chain_id": chain_id,
                                "head": current.get("head"), "verified": current.get("verified")}
        old_head = Anchor.from_dict(data["head"])
        now = datetime.now().isoformat(timespec="seconds")
        if head is not None and (old_head is None or head.id >= old_head.id):
            data["head"] = dict(head.as_dict(), at=now)
        if verified is not None:
            data["verified"] = dict(verified.as_dict(), at=now)
            old_head = Anchor.from_dict(data["head"])
            if old_head is None or verified.id >= old_head.id:
                data["head"] = dict(verified.as_dict(), at=now)
        data["mac"] = _mac(key, data)
        write_text_atomic(path, json.dumps(data, indent=1))
    except (OSError, StorageError) as exc:
        log.warning("audit anchor file not written: %s", type(exc).__name__)
