"""Who may approve: the head of UPT, or the acting head (Plh.) the head designated for the day.

Separation of duties (docs/ARCHITECTURE.md, "Roles"): an administrator manages users and
settings, not approvals; whoever submits a facility request does not verify it, and whoever
verifies does not approve it. The designation of a Plh. is the head's own act, dated, audited
and revocable; an administrator or a tutor cannot be designated (the first would approve what
they administer).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.formatting import format_date
from ..domain.messages import msg
from ..domain.vocab import ROLES
from ..storage.models import ActingHead, User
from .base import HEAD, STAFF, Actor, audit, clean_text, get_or_404, require

#: The longest a single designation may run (a head on leave or on duty travel).
MAX_DAYS = 366


@dataclass(frozen=True)
class ActingHeadView:
    id: int
    user_id: int
    username: str
    full_name: str
    starts_on: date
    ends_on: date
    designated_by_name: str
    revoked: bool
    note: str | None


def acting_designation(session: Session, actor: Actor, day: date) -> ActingHead | None:
    """The designation that makes ``actor`` acting head on ``day``, if any."""
    if actor.user_id is None:
        return None
    return session.execute(
        select(ActingHead).where(ActingHead.user_id == actor.user_id,
                                 ActingHead.starts_on <= day, ActingHead.ends_on >= day,
                                 ActingHead.revoked_at.is_(None))
        .order_by(ActingHead.id.desc()).limit(1)).scalar_one_or_none()


def may_approve(session: Session, actor: Actor, day: date | None = None) -> bool:
    """Is ``actor`` the head of UPT, or the acting head on ``day`` (default today)?"""
    if actor.role == HEAD and actor.user_id is not None:
        return True
    return acting_designation(session, actor, day or date.today()) is not None


def require_approver(session: Session, actor: Actor, what: str, day: date | None = None) -> str:
    """Refuse unless ``actor`` may approve; returns how they sign ('Kepala UPT' or 'Plh. Kepala
    UPT')."""
    if actor.role == HEAD and actor.user_id is not None:
        return "Kepala UPT"
    if acting_designation(session, actor, day or date.today()) is not None:
        return "Plh. Kepala UPT"
    raise PermissionDenied(
        msg("Hanya Kepala UPT atau Plh. Kepala UPT yang ditunjuk yang berhak {what}; peran "
        "{role_name} tidak (pemisahan tugas).", what=what, role_name=ROLES.ref(actor.role)))


def _view(session: Session, row: ActingHead) -> ActingHeadView:
    user = session.get(User, row.user_id)
    by = session.get(User, row.designated_by) if row.designated_by else None
    return ActingHeadView(row.id, row.user_id, user.username if user else "?",
                          user.full_name if user else "?", row.starts_on, row.ends_on,
                          by.full_name if by else "-", row.revoked_at is not None, row.note)


def designate_acting_head(session: Session, actor: Actor, user_id: int, starts_on: date,
                          ends_on: date, note: str | None = None) -> ActingHeadView:
    """The head designates a staff member as Plh. Kepala UPT for a date range (audited)."""
    if actor.role != HEAD or actor.user_id is None:
        raise PermissionDenied(msg("Hanya Kepala UPT yang dapat menunjuk Plh. Kepala UPT."))
    user = get_or_404(session, User, user_id, "Pengguna")
    if user.id == actor.user_id:
        raise ValidationError(msg("Kepala UPT tidak perlu menunjuk dirinya sendiri."), "user_id")
    if user.role != STAFF or not user.active:
        raise ValidationError(
            msg("'{full_name}' tidak dapat ditunjuk Plh.: hanya staf aktif yang dapat ditunjuk "
                "(Administrator dan Tutor tidak, demi pemisahan tugas).",
                full_name=user.full_name), "user_id")
    if not isinstance(starts_on, date) or not isinstance(ends_on, date):
        raise ValidationError(msg("Tanggal mulai dan selesai Plh. wajib diisi."), "starts_on")
    if ends_on < starts_on:
        raise ValidationError(msg("Tanggal selesai Plh. tidak boleh sebelum tanggal mulai."),
                              "ends_on")
    if (ends_on - starts_on).days >= MAX_DAYS:
        raise ValidationError(msg("Penunjukan Plh. paling lama {max_days} hari.",
                                  max_days=MAX_DAYS), "ends_on")
    row = ActingHead(user_id=user.id, starts_on=starts_on, ends_on=ends_on,
                     designated_by=actor.user_id, note=clean_text(note))
    session.add(row)
    session.flush()
    audit(session, actor, "acting_head.designate", "user", user.id,
          after={"acting_head_id": row.id, "starts_on": starts_on.isoformat(),
                 "ends_on": ends_on.isoformat(), "note": row.note})
    return _view(session, row)


def revoke_acting_head(session: Session, actor: Actor, designation_id: int) -> ActingHeadView:
    if actor.role != HEAD or actor.user_id is None:
        raise PermissionDenied(msg("Hanya Kepala UPT yang dapat mencabut penunjukan Plh."))
    row = get_or_404(session, ActingHead, designation_id, "Penunjukan Plh.")
    if row.revoked_at is None:
        row.revoked_at = datetime.now().replace(microsecond=0)
        audit(session, actor, "acting_head.revoke", "user", row.user_id,
              after={"acting_head_id": row.id})
    return _view(session, row)


def list_acting_heads(session: Session, actor: Actor) -> list[ActingHeadView]:
    require(actor, "audit.view")
    rows = session.execute(select(ActingHead).order_by(ActingHead.starts_on.desc())).scalars()
    return [_view(session, r) for r in rows]


def describe(view: ActingHeadView) -> str:
    state = " (dicabut)" if view.revoked else ""
    return (f"{view.full_name}: Plh. Kepala UPT {format_date(view.starts_on)} s.d. "
            f"{format_date(view.ends_on)}{state}")


def designation_candidates(session: Session, actor: Actor) -> list[tuple[int, str, str]]:
    """(user id, username, full name) of the users the head may designate: active staff."""
    if actor.role != HEAD or actor.user_id is None:
        raise PermissionDenied(msg("Hanya Kepala UPT yang dapat menunjuk Plh. Kepala UPT."))
    rows = session.execute(select(User.id, User.username, User.full_name)
                           .where(User.role == STAFF, User.active.is_(True))
                           .order_by(User.full_name)).all()
    return [(int(i), str(u), str(n)) for i, u, n in rows]


def _staff_by_username(session: Session, username: str) -> User:
    from ..domain.errors import NotFoundError

    user = session.execute(select(User).where(User.username == username.strip().lower())
                           ).scalar_one_or_none()
    if user is None:
        raise NotFoundError(msg("Pengguna '{username}' tidak ditemukan.", username=username))
    return user


def designate_by_username(session: Session, actor: Actor, username: str, starts_on: date,
                          ends_on: date, reason: str | None) -> ActingHeadView:
    """The command line's designation: by user name, with a reason (required)."""
    if not clean_text(reason):
        raise ValidationError(msg("Alasan penunjukan Plh. wajib diisi (mis. Kepala UPT cuti)."),
                              "note")
    if actor.role != HEAD or actor.user_id is None:
        raise PermissionDenied(msg("Hanya Kepala UPT yang dapat menunjuk Plh. Kepala UPT."))
    user = _staff_by_username(session, username)
    return designate_acting_head(session, actor, user.id, starts_on, ends_on, reason)


def revoke_for_user(session: Session, actor: Actor, username: str,
                    today: date | None = None) -> list[ActingHeadView]:
    """Revoke every designation of ``username`` that has not ended yet (audited, each)."""
    if actor.role != HEAD or actor.user_id is None:
        raise PermissionDenied(msg("Hanya Kepala UPT yang dapat mencabut penunjukan Plh."))
    user = _staff_by_username(session, username)
    rows = session.execute(
        select(ActingHead.id).where(ActingHead.user_id == user.id,
                                    ActingHead.ends_on >= (today or date.today()),
                                    ActingHead.revoked_at.is_(None))).scalars().all()
    return [revoke_acting_head(session, actor, int(i)) for i in rows]


def current_acting_heads(session: Session, day: date | None = None) -> list[ActingHeadView]:
    """Designations in force on ``day`` (default today): what the window shows to everyone
    who approves or waits for an approval. Reading it needs no permission (names only)."""
    day = day or date.today()
    rows = session.execute(
        select(ActingHead).where(ActingHead.starts_on <= day, ActingHead.ends_on >= day,
                                 ActingHead.revoked_at.is_(None))
        .order_by(ActingHead.starts_on)).scalars()
    return [_view(session, r) for r in rows]
