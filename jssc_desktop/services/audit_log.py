"""Reading the audit log and checking that nobody changed it outside the application.

The log is append-only: this module only reads it (``services/base.audit`` writes it through
``storage/audit_chain.py``). :func:`check_audit_log` recomputes the keyed hash chain (all of it,
or only the rows written since the last verified row) and checks the chain head against the
anchors kept outside the table: the file beside the database, the backup manifests and the
approved reports. The first row that does not fit is named.
"""

from __future__ import annotations

import time as _time
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import PermissionDenied
from ..domain.messages import Number, msg
from ..domain.vocab import ROLES
from ..storage import audit_chain
from ..storage.audit_chain import Anchor, ChainProblem, ChainResult
from ..storage.db import Database
from ..storage.models import AuditChainHead, AuditLog, PeriodReport, User
from .base import Actor, Page, can, clean_text, require

#: Entities whose history the people who edit them may read without audit.view.
HISTORY_PERMISSION = {"client": "client.edit"}

#: The action of the audit row a restore writes: anchors made before it belong to the old data.
RESTORE_ACTION = "backup.restore"


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
    total: int = 0
    incremental: bool = False
    seconds: float = 0.0


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
               offset: int = 0, limit: int = 100, with_total: bool = True) -> Page[AuditRow]:
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
    total = (session.execute(select(func.count()).select_from(AuditLog).where(*conditions))
             .scalar_one() if with_total else -1)
    rows = session.execute(
        select(*_COLUMNS).where(*conditions).order_by(AuditLog.id.desc())
        .offset(offset).limit(limit)
    ).all()
    return Page([_row(r) for r in rows], total, offset, limit)


def audit_vocabulary(session: Session, actor: Actor) -> tuple[list[str], list[str], list[str]]:
    """(usernames, actions, entities) that occur in the log, for the filters of the audit view."""
    require(actor, "audit.view")

    def distinct(column: Any) -> list[str]:
        return [v for v in session.execute(select(column).distinct().order_by(column)).scalars()
                if v]

    return distinct(AuditLog.username), distinct(AuditLog.action), distinct(AuditLog.entity)


def entity_history(session: Session, actor: Actor, entity: str,
                   entity_id: int) -> list[AuditRow]:
    """Everything that happened to one record, oldest first."""
    other = HISTORY_PERMISSION.get(entity)
    if not (can(actor, "audit.view") or (other is not None and can(actor, other))):
        require(actor, "audit.view")
        raise PermissionDenied(msg("Anda tidak berhak melihat riwayat perubahan data ini."))
    rows = session.execute(
        select(*_COLUMNS)
        .where(AuditLog.entity == entity, AuditLog.entity_id == entity_id)
        .order_by(AuditLog.id)
    ).all()
    return [_row(r) for r in rows]


# ------------------------------------------------------------------------------------- checking


def _where(source: str) -> str:
    return {"file": msg("berkas jangkar di samping basis data"),
            "backup": msg("manifes cadangan"), "report": msg("arsip laporan yang disetujui"),
            "verified": msg("pemeriksaan terakhir")}.get(source, source)


def _problem_message(session: Session, problem: ChainProblem, result: ChainResult,
                     source: str = "") -> str:
    rid = str(problem.row_id)  # a row's number, not a quantity: no thousands separator
    if problem.kind == "key":
        return problem.detail
    if problem.kind == "missing_tail":
        newest = str(session.execute(select(func.max(AuditLog.id))).scalar_one() or 0)
        if source:
            return msg("Log audit tidak utuh: baris #{row} yang tercatat di {where} tidak ada "
                       "lagi; baris terakhir kini #{newest}. Baris terbaru log audit telah "
                       "dihapus di luar aplikasi.", row=rid, where=_where(source), newest=newest)
        head_id = str(result.head.id) if result.head else rid
        return msg("Log audit tidak utuh: baris #{row} sampai #{head} hilang (ekor log dihapus "
                   "di luar aplikasi); baris terakhir kini #{newest}.", row=rid, head=head_id,
                   newest=newest)
    if problem.kind == "extra_tail":
        return msg("Log audit tidak utuh: baris #{row} dan sesudahnya tidak ditulis oleh "
                   "aplikasi (ditambahkan di luar aplikasi).", row=rid)
    if problem.kind == "content":
        at = session.execute(select(AuditLog.action, AuditLog.at)
                             .where(AuditLog.id == problem.row_id)).first()
        what = f" ({at.action}, {at.at:%d/%m/%Y %H:%M})" if at else ""
        where = msg(", tidak cocok dengan {where}", where=_where(source)) if source else ""
        return msg("Log audit telah diubah di luar aplikasi: isi baris #{row}{what} tidak cocok "
                   "dengan sidik jarinya{where}.", row=rid, what=what, where=where)
    where = msg(" (menurut {where})", where=_where(source)) if source else ""
    return msg("Log audit tidak utuh: sebelum baris #{row} ada baris yang dihapus atau diubah "
               "di luar aplikasi{where}.", row=rid, where=where)


def verify_chain(session: Session, actor: Actor) -> ChainCheck:
    """Recompute the whole chain and check it against its head (no outside anchors)."""
    require(actor, "audit.view")
    started = _time.perf_counter()
    result = audit_chain.verify(session)
    return _as_check(session, result, "", started)


def _as_check(session: Session, result: ChainResult, source: str,
              started: float) -> ChainCheck:
    seconds = _time.perf_counter() - started
    if result.ok:
        text = (msg("Log audit utuh: {checked} baris baru diperiksa, {total} baris seluruhnya.",
                    checked=Number(result.checked), total=Number(result.total))
                if result.incremental else
                msg("Log audit utuh: {checked} baris diperiksa.", checked=Number(result.checked)))
        return ChainCheck(True, result.checked, None, text, result.total, result.incremental,
                          seconds)
    assert result.problem is not None
    return ChainCheck(False, result.checked, result.problem.row_id,
                      _problem_message(session, result.problem, result, source),
                      result.total, result.incremental, seconds)


@dataclass(frozen=True)
class _Outside:
    anchors: list[tuple[str, Anchor]]
    start: Anchor | None
    problem: str | None


def _parse_at(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _outside_anchors(session: Session, db: Database, chain_id: str | None, *,
                     newest_only: bool, backup_folder: Path | None) -> _Outside:
    restored = session.execute(
        select(func.max(AuditLog.at)).where(AuditLog.action == RESTORE_ACTION)).scalar_one()
    anchors: list[tuple[str, Anchor]] = []
    start: Anchor | None = None
    status, data = audit_chain.read_anchor_file(db.audit_anchor_path, chain_id)
    if status == "forged":
        return _Outside([], None, msg("Berkas jangkar log audit ({name}) telah diubah di luar "
                                      "aplikasi.", name=db.audit_anchor_path.name))
    if status == "other_chain":
        return _Outside([], None, msg(
            "Log audit telah diganti atau dikosongkan di luar aplikasi: berkas jangkar di samping "
            "basis data ({name}) mencatat log audit yang lain.", name=db.audit_anchor_path.name))
    if status == "ok":
        for key, kind in (("head", "file"), ("verified", "verified")):
            anchor = Anchor.from_dict(data.get(key))
            at = _parse_at((data.get(key) or {}).get("at"))
            if anchor is None or (restored is not None and (at is None or at < restored)):
                continue
            if kind == "verified":
                start = anchor
            else:
                anchors.append((kind, anchor))
    anchors.extend(_backup_anchors(chain_id, restored, newest_only, backup_folder))
    newest_first = (select(PeriodReport.audit_head).where(PeriodReport.audit_head.is_not(None))
                    .order_by(PeriodReport.approved_at.desc()))
    if newest_only:  # the daily check reads one report's anchor, not every report's
        newest_first = newest_first.limit(1)
    for raw in session.execute(newest_first).scalars().all():
        anchor = Anchor.from_dict(raw)
        if anchor is not None and raw.get("chain_id") in (None, chain_id):
            anchors.append(("report", anchor))
    return _Outside(anchors, start, None)


def _backup_anchors(chain_id: str | None, restored: datetime | None, newest_only: bool,
                    folder: Path | None) -> list[tuple[str, Anchor]]:
    from ..paths import backup_dir
    from ..storage.backup import find_backups, read_manifest

    if chain_id is None:
        return []
    try:
        backups = find_backups(folder or backup_dir())
    except OSError:
        return []
    out: list[tuple[str, Anchor]] = []
    for b in sorted(backups, key=lambda b: b.created, reverse=True):
        manifest = read_manifest(b.path) or {}
        head = (manifest.get("anchors") or {}).get("audit_head")
        if not isinstance(head, dict) or head.get("chain_id") != chain_id:
            continue
        if restored is not None and b.created < restored:
            continue
        anchor = Anchor.from_dict(head)
        if anchor is not None:
            out.append(("backup", anchor))
            if newest_only:
                break
    return out


def check_audit_log(db: Database, actor: Actor, *, incremental: bool = False,
                    backup_folder: Path | None = None) -> ChainCheck:
    """The check ``audit verify``, the start of the window and the daily timer run.

    ``incremental``: only the rows after the last verified row (kept, MAC'd, in the file beside
    the database), plus every anchor's newest copy; otherwise the whole chain and every anchor.
    A successful check moves the verified row forward. Nothing in the database is written.
    """
    require(actor, "audit.view")
    started = _time.perf_counter()
    with db.read_session() as s:
        if not db.is_sqlite:  # one snapshot for the head, the rows and the anchors
            s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        head = s.get(AuditChainHead, audit_chain.HEAD_ID)
        chain_id = head.chain_id if head is not None else None
        outside = _outside_anchors(s, db, chain_id, newest_only=incremental,
                                   backup_folder=backup_folder)
        if outside.problem is not None:
            return ChainCheck(False, 0, None, outside.problem, incremental=incremental,
                              seconds=_time.perf_counter() - started)
        start = outside.start if incremental else None
        result = audit_chain.verify(s, start=start)
        source = "verified" if result.problem and result.checked == 0 and start else ""
        if result.ok:
            for where, anchor in outside.anchors:
                problem = audit_chain.check_anchor(s, anchor, count=not result.incremental)
                if problem is not None:
                    result = ChainResult(False, result.checked, result.total, problem,
                                         result.head, result.incremental)
                    source = where
                    break
        check = _as_check(s, result, source, started)
        if check.ok:
            changed = user_state_problem(s)
            if changed is not None:
                check = ChainCheck(False, check.checked, None, changed, check.total,
                                   check.incremental, _time.perf_counter() - started)
    if check.ok and chain_id is not None and result.head is not None:
        audit_chain.write_anchor_file(db.audit_anchor_path, chain_id, verified=result.head)
    return check


#: Audit actions that set a user's role or active flag, and the values each may carry.
_USER_STATE_ACTIONS = ("user.create", "user.update", "user.recovered")


def user_state_problem(session: Session) -> str | None:
    """Whether every user's role and active flag are what the audit log says they became.

    Replays the users' creation and change rows in order and compares the result with the
    ``users`` table: a role raised, an account re-enabled or a user added straight in the
    database (e.g. by someone holding the PostgreSQL application role's password) is named.
    The audit rows themselves are covered by the keyed chain, so they cannot be forged to match.
    """
    expected: dict[int, dict[str, Any]] = {}
    rows = session.execute(
        select(AuditLog.entity_id, AuditLog.action, AuditLog.after)
        .where(AuditLog.entity == "user", AuditLog.action.in_(_USER_STATE_ACTIONS))
        .order_by(AuditLog.id))
    for user_id, action, values in rows:
        if user_id is None:
            continue
        after: dict[str, Any] = values if isinstance(values, dict) else {}
        if action == "user.create":
            expected[user_id] = {"role": after.get("role"), "active": after.get("active", True)}
        elif user_id in expected:
            state = expected[user_id]
            if action == "user.recovered":
                state["active"] = True  # a recovery re-enables the account
            for key in ("role", "active"):
                if key in after:
                    state[key] = after[key]
    users = session.execute(select(User.id, User.username, User.role, User.active)
                            .order_by(User.id))
    for user in users:
        found = expected.get(user.id)
        if found is None:
            return msg("Pengguna '{username}' ditambahkan langsung ke basis data, di luar "
                       "aplikasi: pembuatannya tidak tercatat di log audit.",
                       username=user.username)
        if found["role"] != user.role:
            return msg("Peran pengguna '{username}' diubah di luar aplikasi: basis data "
                       "mencatat {role}, log audit mencatat {audited}.", username=user.username,
                       role=ROLES.ref(user.role), audited=ROLES.ref(found["role"]))
        if bool(found["active"]) != bool(user.active):
            if user.active:
                return msg("Akun pengguna '{username}' diaktifkan kembali di luar aplikasi: log "
                           "audit mencatatnya nonaktif.", username=user.username)
            return msg("Akun pengguna '{username}' dinonaktifkan di luar aplikasi: log audit "
                       "mencatatnya aktif.", username=user.username)
    return None


def reset_anchor(db: Database) -> None:
    """Start the file beside the database anew from the current head (after a restore)."""
    with db.read_session() as s:
        head = s.get(AuditChainHead, audit_chain.HEAD_ID)
        if head is None or head.chain_id is None:
            db.audit_anchor_path.unlink(missing_ok=True)
            return
        anchor = Anchor(head.last_id, head.last_hash, head.count)
        chain_id = head.chain_id
    audit_chain.write_anchor_file(db.audit_anchor_path, chain_id, head=anchor, reset=True)


def recovery_text(db: Database, actor: Actor) -> str:
    """The recovery text of the secret that keys this database's audit chain (administrators:
    to install it on another PC of a PostgreSQL installation, or keep it on paper)."""
    from ..domain.errors import StorageError
    from ..storage.audit_key import chain_key
    from ..storage.audit_key import recovery_text as text_of

    require(actor, "settings.edit")
    with db.read_session() as s:
        head = s.get(AuditChainHead, audit_chain.HEAD_ID)
        chain_id = head.chain_id if head is not None else None
    if chain_id is None:
        raise StorageError(msg("Log audit belum memiliki kunci: kunci dibuat pada perubahan data "
                           "pertama."))
    return text_of(chain_id, chain_key(chain_id, create=False))
