"""Usulan revitalisasi: facility requests, their status workflow and their attachments.

Which status may follow which is data (``vocabularies.json`` → ``facility_transitions``). Who may
take a step is the small table ``STEP_PERMISSION`` below, keyed by the status a request moves
into: staff draft and submit, the head decides, staff record budgeting and the works. Every step
is dated, appended to the request's status history with who and why, and audited.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass
from datetime import date, datetime
from hashlib import sha256
from typing import Any

from sqlalchemy import Integer, String, bindparam, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.errors import (
    ConflictError,
    PermissionDenied,
    StorageError,
    ValidationError,
    WorkflowError,
)
from ..domain.messages import msg
from ..domain.vocab import (
    FACILITY_KINDS,
    FACILITY_PRIORITIES,
    FACILITY_STATUSES,
    FUNDING_SOURCES,
    ROLES,
    facility_transitions,
)
from ..fileutil import safe_file_name
from ..storage.models import (
    FacilityAttachment,
    FacilityRequest,
    FacilityStatusChange,
    TrainingTrack,
    User,
)
from .approvers import may_approve
from .base import (
    PERMISSIONS,
    Actor,
    Page,
    audit,
    can,
    check_version,
    clean_text,
    diff,
    get_or_404,
    require,
    snapshot,
)
from .listing import (
    ShapeCache,
    as_date,
    driver_rows,
    driver_scalar,
    row_maker,
    total_from_page,
)
from .period_lock import ensure_unlocked

DRAFT = "draf"
SUBMITTED = "diajukan"
REJECTED = "ditolak"
DONE = "selesai"

#: Who may move a request INTO a status (the permission of base.PERMISSIONS it needs). Approving
#: (and rejecting or returning what was already verified) is for the head of UPT or the acting
#: head (Plh.) on the day, whatever their role: see ``services.approvers``.
STEP_PERMISSION: dict[str, str] = {
    "diajukan": "facility.draft",       # staff submit a draft
    "draf": "facility.verify",          # the verifier returns a submission for revision
    "diverifikasi": "facility.verify",
    "disetujui": "facility.approve",
    "ditolak": "facility.verify",
    "dianggarkan": "facility.progress",
    "dikerjakan": "facility.progress",
    "selesai": "facility.progress",
}
#: A step into a status not in the table (a later edit of the workflow data) is the head's.
DEFAULT_STEP_PERMISSION = "facility.approve"
VERIFIED = "diverifikasi"
APPROVED = "disetujui"


def _needs_reason(from_status: str, to_status: str) -> bool:
    """Rejections and returning a submission to draft must say why."""
    return to_status == REJECTED or (to_status == DRAFT and from_status != DRAFT)


#: Which date column a step into a status sets.
_DATE_FIELD = {"diajukan": "submitted_on", "disetujui": "decided_on", "ditolak": "decided_on",
               "selesai": "completed_on"}

ATTACHMENT_KINDS = {"sebelum": "Foto sebelum", "sesudah": "Foto sesudah", "dokumen": "Dokumen"}
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_FILE_NAME = 255
NUMBER_ATTEMPTS = 5
MAX_COST = 1_000_000_000_000  # Rp 1 triliun: anything above is a typing error
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF-", "application/pdf"),
)


# ------------------------------------------------------------------------------------------ views


@dataclass(frozen=True)
class FacilityInput:
    title: str
    kind: str
    funding_source: str
    estimated_cost: int
    priority: str = "sedang"
    description: str | None = None
    track_id: int | None = None


@dataclass(frozen=True)
class StatusChangeView:
    from_status: str | None
    from_name: str
    to_status: str
    to_name: str
    changed_on: date
    user_name: str
    reason: str | None


@dataclass(frozen=True)
class AttachmentView:
    id: int
    kind: str
    kind_name: str
    file_name: str
    media_type: str | None
    size: int
    added_at: datetime
    request_id: int = 0
    sha256: str = ""


@dataclass(frozen=True)
class FacilityDetail:
    id: int
    number: str
    title: str
    kind: str
    kind_name: str
    description: str | None
    track_id: int | None
    track_name: str
    funding_source: str
    funding_name: str
    estimated_cost: int
    priority: str
    priority_name: str
    status: str
    status_name: str
    submitted_on: date | None
    decided_on: date | None
    completed_on: date | None
    created_by_name: str
    history: list[StatusChangeView]
    attachments: list[AttachmentView]
    next_statuses: list[str]
    version: int


@dataclass(frozen=True)
class FacilityRow:
    id: int
    number: str
    title: str
    kind_name: str
    funding_name: str
    estimated_cost: int
    priority_name: str
    status: str
    status_name: str
    updated_on: date | None
    kind: str = ""
    priority: str = ""


# ---------------------------------------------------------------------------------- workflow


def step_permission(to_status: str, from_status: str | None = None) -> str:
    """The permission a step needs; rejecting or returning a verified request is a decision
    of the approver, not of the verifier."""
    if to_status in (REJECTED, DRAFT) and from_status not in (None, SUBMITTED, DRAFT):
        return "facility.approve"
    return STEP_PERMISSION.get(to_status, DEFAULT_STEP_PERMISSION)


def _last_actor(session: Session, request_id: int, status: str) -> int | None:
    """Who last moved the request into ``status`` (None when nobody recorded did)."""
    return session.execute(
        select(FacilityStatusChange.user_id)
        .where(FacilityStatusChange.request_id == request_id,
               FacilityStatusChange.to_status == status)
        .order_by(FacilityStatusChange.id.desc()).limit(1)).scalar_one_or_none()


def step_refusal(session: Session, actor: Actor, req: FacilityRequest, to_status: str,
                 day: date | None = None) -> str | None:
    """Why ``actor`` may not take ``req`` into ``to_status`` (separation of duties), or None."""
    permission = step_permission(to_status, req.status)
    if permission == "facility.approve":
        if not may_approve(session, actor, day):
            return ("hanya Kepala UPT atau Plh. Kepala UPT yang ditunjuk yang berhak "
                    "memutuskan usulan yang sudah diverifikasi")
    elif not can(actor, permission):
        return f"peran {actor.role_name} tidak berhak {PERMISSIONS[permission][1]}"
    me = actor.user_id
    if permission == "facility.verify" and me is not None \
            and _last_actor(session, req.id, SUBMITTED) == me:
        return "yang mengajukan usulan tidak boleh memverifikasi atau memutuskannya sendiri"
    if permission == "facility.approve" and me is not None and to_status == APPROVED:
        if _last_actor(session, req.id, VERIFIED) == me:
            return "yang memverifikasi usulan tidak boleh menyetujuinya sendiri"
        if _last_actor(session, req.id, SUBMITTED) == me:
            return "yang mengajukan usulan tidak boleh menyetujuinya sendiri"
    return None


def allowed_next(session: Session, actor: Actor, req: FacilityRequest,
                 day: date | None = None) -> list[str]:
    """The statuses this actor may move ``req`` into (workflow order): the buttons offered."""
    return [nxt for nxt in facility_transitions().get(req.status, [])
            if step_refusal(session, actor, req, nxt, day) is None]


def awaiting_decision_statuses() -> list[str]:
    """Statuses in which a request waits for the verifier or the head to take it further."""
    return [
        status for status, nexts in facility_transitions().items()
        if any(step_permission(n, status) in ("facility.verify", "facility.approve")
               and n not in (REJECTED, DRAFT) for n in nexts)
    ]


def waiting_for(status: str) -> list[str]:
    """The roles (display names) that can take a request in ``status`` one step forward, for
    'Menunggu tindakan …' (rejecting does not count as taking it forward)."""
    roles: list[str] = []
    for nxt in facility_transitions().get(status, []):
        if nxt == REJECTED:
            continue
        allowed = PERMISSIONS[step_permission(nxt)][0]
        roles += [r.code for r in ROLES if r.code in allowed and r.code not in roles]
    return [ROLES.name(code) for code in roles]


def _names(codes: list[str]) -> str:
    return ", ".join(FACILITY_STATUSES.name(c) for c in codes)


# ------------------------------------------------------------------------------------- helpers


def _validated(session: Session, data: FacilityInput) -> dict[str, object]:
    title = clean_text(data.title)
    if not title:
        raise ValidationError(msg("Judul usulan wajib diisi."), "title")
    if len(title) > 300:
        raise ValidationError(msg("Judul usulan paling panjang 300 karakter."), "title")
    kind = FACILITY_KINDS.check(data.kind, "kind")
    funding = FUNDING_SOURCES.check(data.funding_source, "funding_source")
    priority = FACILITY_PRIORITIES.check(data.priority, "priority")
    cost = data.estimated_cost
    if isinstance(cost, bool) or not isinstance(cost, int):
        raise ValidationError(msg("Perkiraan biaya (RAB) harus bilangan bulat Rupiah."),
                              "estimated_cost")
    if cost < 0:
        raise ValidationError(msg("Perkiraan biaya (RAB) tidak boleh negatif."), "estimated_cost")
    if cost > MAX_COST:
        raise ValidationError(msg("Perkiraan biaya (RAB) terlalu besar; periksa kembali angkanya."),
                              "estimated_cost")
    if data.track_id is not None and session.get(TrainingTrack, data.track_id) is None:
        raise ValidationError(
            msg("Program keterampilan dengan nomor {track_id} tidak ditemukan.",
                track_id=data.track_id), "track_id")
    return {
        "title": title,
        "kind": kind,
        "funding_source": funding,
        "priority": priority,
        "estimated_cost": cost,
        "description": clean_text(data.description),
        "track_id": data.track_id,
    }


def _next_number(session: Session, year: int) -> str:
    prefix = f"USL-{year}-"
    last = session.execute(
        select(FacilityRequest.number)
        .where(FacilityRequest.number.like(prefix + "%"))
        .order_by(func.length(FacilityRequest.number).desc(), FacilityRequest.number.desc())
        .limit(1)
    ).scalar_one_or_none()
    seq = 1
    if last is not None:
        tail = last[len(prefix):]
        seq = int(tail) + 1 if tail.isdigit() else 1
    return f"{prefix}{seq:03d}"


def _user_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())


def _attachment_views(session: Session, request_id: int) -> list[AttachmentView]:
    rows = session.execute(
        select(FacilityAttachment.id, FacilityAttachment.kind, FacilityAttachment.file_name,
               FacilityAttachment.media_type, func.length(FacilityAttachment.content),
               FacilityAttachment.added_at, FacilityAttachment.sha256)
        .where(FacilityAttachment.request_id == request_id)
        .order_by(FacilityAttachment.id)
    ).all()
    return [AttachmentView(aid, kind, ATTACHMENT_KINDS.get(kind, kind), name, media,
                           int(size or 0), added, request_id, digest)
            for aid, kind, name, media, size, added, digest in rows]


def _detail(session: Session, actor: Actor, req: FacilityRequest) -> FacilityDetail:
    history = session.execute(
        select(FacilityStatusChange)
        .where(FacilityStatusChange.request_id == req.id)
        .order_by(FacilityStatusChange.id)
    ).scalars().all()
    names = _user_names(session, {h.user_id for h in history if h.user_id is not None}
                        | ({req.created_by} if req.created_by is not None else set()))
    track_name = ""
    if req.track_id is not None:
        track = session.get(TrainingTrack, req.track_id)
        track_name = track.name if track else ""
    return FacilityDetail(
        id=req.id,
        number=req.number,
        title=req.title,
        kind=req.kind,
        kind_name=FACILITY_KINDS.name(req.kind),
        description=req.description,
        track_id=req.track_id,
        track_name=track_name,
        funding_source=req.funding_source,
        funding_name=FUNDING_SOURCES.name(req.funding_source),
        estimated_cost=int(req.estimated_cost),
        priority=req.priority,
        priority_name=FACILITY_PRIORITIES.name(req.priority),
        status=req.status,
        status_name=FACILITY_STATUSES.name(req.status),
        submitted_on=req.submitted_on,
        decided_on=req.decided_on,
        completed_on=req.completed_on,
        created_by_name=names.get(req.created_by, "") if req.created_by is not None else "",
        history=[
            StatusChangeView(h.from_status, FACILITY_STATUSES.name(h.from_status), h.to_status,
                             FACILITY_STATUSES.name(h.to_status), h.changed_on,
                             names.get(h.user_id, "") if h.user_id is not None else "",
                             h.reason)
            for h in history
        ],
        attachments=_attachment_views(session, req.id),
        next_statuses=allowed_next(session, actor, req),
        version=req.version,
    )


# ------------------------------------------------------------------------------------- actions


def create_request(session: Session, actor: Actor, data: FacilityInput, *,
                   today: date | None = None) -> FacilityDetail:
    require(actor, "facility.draft")
    today = today or date.today()
    values = _validated(session, data)
    req = _insert_numbered(session, today.year, created_by=actor.user_id, **values)
    session.add(FacilityStatusChange(request_id=req.id, from_status=None, to_status=DRAFT,
                                     changed_on=today, user_id=actor.user_id))
    audit(session, actor, "facility.create", "facility_request", req.id, after=snapshot(req))
    return _detail(session, actor, req)


def _insert_numbered(session: Session, year: int, **values: object) -> FacilityRequest:
    """Insert with the next free number; if another PC took it meanwhile, take the one after."""
    for _ in range(NUMBER_ATTEMPTS):
        req = FacilityRequest(number=_next_number(session, year), status=DRAFT, **values)
        try:
            with session.begin_nested():
                session.add(req)
                session.flush()
            return req
        except IntegrityError:
            continue
    raise ConflictError(
        msg("Nomor usulan tidak dapat dibuat karena banyak usulan disimpan bersamaan. Coba lagi."))


def update_request(session: Session, actor: Actor, request_id: int, data: FacilityInput, *,
                   version: int | None) -> FacilityDetail:
    require(actor, "facility.draft")
    req = get_or_404(session, FacilityRequest, request_id, "Usulan revitalisasi")
    check_version(req, version, f"Usulan {req.number}")
    if req.status != DRAFT:
        raise WorkflowError(
            msg("Usulan {number} berstatus {status}; hanya usulan "
                "berstatus {draft} yang dapat diubah isinya.",
                number=req.number, status=FACILITY_STATUSES.ref(req.status),
                draft=FACILITY_STATUSES.ref(DRAFT)))
    values = _validated(session, data)
    before = snapshot(req)
    for key, value in values.items():
        setattr(req, key, value)
    session.flush()
    b, a = diff(before, snapshot(req))
    if a:
        audit(session, actor, "facility.update", "facility_request", req.id, b, a)
    return _detail(session, actor, req)


def change_status(session: Session, actor: Actor, request_id: int, to_status: str, *,
                  reason: str | None = None, on: date | None = None,
                  version: int | None = None, today: date | None = None,
                  lock_reason: str | None = None) -> FacilityDetail:
    """Move a request one step along the workflow, dated ``on`` (default today).

    A step dated inside an approved (locked) period, or a return to draft that clears a
    submission dated inside one, needs an administrator who gives ``lock_reason``.
    """
    require(actor, "facility.view")
    req = get_or_404(session, FacilityRequest, request_id, "Usulan revitalisasi")
    check_version(req, version, f"Usulan {req.number}")
    FACILITY_STATUSES.check(to_status, "status")
    current = req.status
    allowed = facility_transitions().get(current, [])
    if to_status not in allowed:
        where = msg("Usulan {number} berstatus {status}", number=req.number,
                    status=FACILITY_STATUSES.ref(current))
        if allowed:
            raise WorkflowError(
                msg("{where}; tidak dapat diubah menjadi {to_status}. "
                    "Status berikutnya yang diperbolehkan: {names}.",
                    where=where, to_status=FACILITY_STATUSES.ref(to_status),
                    names=_names(allowed)), "status")
        raise WorkflowError(
            msg("{where}; status ini sudah final dan tidak dapat diubah lagi "
                "(diminta: {to_status}).",
                where=where, to_status=FACILITY_STATUSES.ref(to_status)), "status")
    refusal = step_refusal(session, actor, req, to_status, on)
    if refusal:
        mine = allowed_next(session, actor, req, on)
        hint = (f" Anda hanya dapat mengubahnya menjadi: {_names(mine)}." if mine else "")
        raise PermissionDenied(
            msg("Usulan {number} tidak dapat diubah dari {current} "
                "menjadi {to_status}: {refusal} (pemisahan tugas).{hint}",
                number=req.number, current=FACILITY_STATUSES.ref(current),
                to_status=FACILITY_STATUSES.ref(to_status), refusal=refusal, hint=hint))
    reason = clean_text(reason)
    if _needs_reason(current, to_status) and not reason:
        label = "penolakan" if to_status == REJECTED else "pengembalian ke draf"
        raise ValidationError(msg("Alasan {label} usulan {number} wajib diisi.",
                                  label=label, number=req.number), "reason")
    if to_status == SUBMITTED:
        _check_complete(req)
    today = today or date.today()
    on = on or today
    if not isinstance(on, date):
        raise ValidationError(msg("Tanggal perubahan status tidak valid."), "on")
    if on > today:
        raise ValidationError(msg("Tanggal perubahan status tidak boleh di masa depan."), "on")
    last_on = session.execute(
        select(func.max(FacilityStatusChange.changed_on))
        .where(FacilityStatusChange.request_id == req.id)
    ).scalar_one_or_none()
    if last_on is not None and on < last_on:
        raise ValidationError(
            msg("Tanggal perubahan status tidak boleh sebelum perubahan sebelumnya "
            "({strftime}).", strftime=last_on.strftime('%d/%m/%Y')), "on")
    cleared = req.submitted_on if to_status == DRAFT else None
    ensure_unlocked(session, actor, [on, cleared], reason=lock_reason,
                    entity="facility_request", entity_id=req.id)

    before = {"status": current, "submitted_on": _iso(req.submitted_on),
              "decided_on": _iso(req.decided_on), "completed_on": _iso(req.completed_on)}
    req.status = to_status
    if to_status in _DATE_FIELD:
        setattr(req, _DATE_FIELD[to_status], on)
    if to_status == DRAFT:
        # Returned for revision: no longer submitted; the history keeps the earlier submission.
        req.submitted_on = None
    session.add(FacilityStatusChange(request_id=req.id, from_status=current, to_status=to_status,
                                     changed_on=on, user_id=actor.user_id, reason=reason))
    session.flush()
    after = {"status": to_status, "submitted_on": _iso(req.submitted_on),
             "decided_on": _iso(req.decided_on), "completed_on": _iso(req.completed_on)}
    b, a = diff(before, after)
    audit(session, actor, "facility.status", "facility_request", req.id, b, a, reason)
    return _detail(session, actor, req)


def _check_complete(req: FacilityRequest) -> None:
    """A request leaves the draft only with a cost estimate and a description to judge it by."""
    missing: list[str] = []
    if not req.estimated_cost or int(req.estimated_cost) <= 0:
        missing.append(msg("perkiraan biaya (RAB) lebih dari Rp 0"))
    if not clean_text(req.description):
        missing.append(msg("uraian kebutuhan"))
    if missing:
        what = missing[0] if len(missing) == 1 else msg(
            "{first} dan {second}", first=missing[0], second=missing[1])
        raise ValidationError(
            msg("Usulan {number} belum dapat diajukan: isi dulu {what} (Ubah usulan).",
                number=req.number, what=what),
            "estimated_cost" if req.estimated_cost <= 0 else "description")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# ---------------------------------------------------------------------------------- attachments


def sanitize_file_name(name: str | None) -> str:
    """Keep only a safe base name: no folders, no control characters, at most 255 characters."""
    base = re.split(r"[\\/]", name or "")[-1]  # the name, without the sender's folders
    text = safe_file_name(base, default="", max_length=MAX_FILE_NAME)
    if not text:
        raise ValidationError(msg("Nama berkas lampiran tidak valid."), "file_name")
    return text


def guess_media_type(content: bytes, file_name: str, claimed: str | None = None) -> str:
    """What the bytes are: by their magic number first, then by the file name's extension."""
    for magic, media in _MAGIC:
        if content.startswith(magic):
            return media
    guessed, _ = mimetypes.guess_type(file_name, strict=False)
    if guessed:
        return guessed
    claimed = clean_text(claimed)
    if claimed and re.fullmatch(r"[\w.+-]+/[\w.+-]+", claimed) and len(claimed) <= 100:
        return claimed.lower()
    return "application/octet-stream"


def add_attachment(session: Session, actor: Actor, request_id: int, *, kind: str,
                   file_name: str, content: bytes,
                   media_type: str | None = None) -> AttachmentView:
    if kind not in ATTACHMENT_KINDS:
        raise ValidationError(
            msg("Jenis lampiran tidak dikenal: '{kind}'. Pilih: "
            "{items}.", kind=kind, items=', '.join(ATTACHMENT_KINDS.values())), "kind")
    # Photos after completion are part of the works; before-photos and documents of the draft.
    require(actor, "facility.progress" if kind == "sesudah" else "facility.draft")
    req = get_or_404(session, FacilityRequest, request_id, "Usulan revitalisasi")
    name = sanitize_file_name(file_name)
    if not isinstance(content, (bytes, bytearray)):
        raise ValidationError(msg("Isi berkas lampiran tidak valid."), "content")
    content = bytes(content)
    if not content:
        raise ValidationError(msg("Berkas '{name}' kosong.", name=name), "content")
    if len(content) > MAX_ATTACHMENT_BYTES:
        mb = f"{len(content) / (1024 * 1024):.1f}".replace(".", ",")
        raise ValidationError(
            msg("Berkas '{name}' berukuran {mb} MB; lampiran paling besar 10 MB.",
                name=name, mb=mb), "content")
    digest = sha256(content).hexdigest()
    att = FacilityAttachment(request_id=req.id, kind=kind, file_name=name,
                             media_type=guess_media_type(content, name, media_type),
                             content=content, sha256=digest, added_by=actor.user_id,
                             added_at=datetime.now())
    session.add(att)
    session.flush()
    audit(session, actor, "facility.attachment_add", "facility_request", req.id,
          after={"attachment_id": att.id, "kind": kind, "file_name": name,
                 "media_type": att.media_type, "size": len(content), "sha256": digest})
    return AttachmentView(att.id, kind, ATTACHMENT_KINDS[kind], name, att.media_type,
                          len(content), att.added_at, req.id, digest)


def get_attachment(session: Session, actor: Actor,
                   attachment_id: int) -> tuple[AttachmentView, bytes]:
    require(actor, "facility.view")
    att = get_or_404(session, FacilityAttachment, attachment_id, "Lampiran")
    content = bytes(att.content)
    if sha256(content).hexdigest() != att.sha256:
        raise StorageError(
            msg("Lampiran '{file_name}' rusak: isinya tidak cocok dengan sidik jarinya.",
                file_name=att.file_name))
    view = AttachmentView(att.id, att.kind, ATTACHMENT_KINDS.get(att.kind, att.kind),
                          att.file_name, att.media_type, len(content), att.added_at,
                          att.request_id, att.sha256)
    return view, content


# ---------------------------------------------------------------------------------- reading


def get_request(session: Session, actor: Actor, request_id: int) -> FacilityDetail:
    require(actor, "facility.view")
    req = get_or_404(session, FacilityRequest, request_id, "Usulan revitalisasi")
    return _detail(session, actor, req)


def _list_statements(shape: tuple[bool, bool, bool]) -> tuple[Any, Any]:
    """The count and page statements of the request list for one shape of filter (status set,
    kind set, text set), every value a bound parameter (built once: :class:`ShapeCache`)."""
    by_status, by_kind, by_text = shape
    conditions: list[Any] = []
    if by_status:
        conditions.append(FacilityRequest.status == bindparam("status", type_=String))
    if by_kind:
        conditions.append(FacilityRequest.kind == bindparam("kind", type_=String))
    if by_text:
        conditions.append(or_(
            func.lower(FacilityRequest.number).like(bindparam("prefix", type_=String),
                                                    escape="\\"),
            func.lower(FacilityRequest.title).like(bindparam("part", type_=String),
                                                   escape="\\"),
        ))
    count = select(func.count()).select_from(FacilityRequest).where(*conditions)
    page = (select(FacilityRequest.id, FacilityRequest.number, FacilityRequest.title,
                   FacilityRequest.kind, FacilityRequest.funding_source,
                   FacilityRequest.estimated_cost, FacilityRequest.priority,
                   FacilityRequest.status, FacilityRequest.updated_at)
            .where(*conditions)
            .order_by(FacilityRequest.created_at.desc(), FacilityRequest.id.desc())
            .offset(bindparam("off", type_=Integer))
            .limit(bindparam("lim", type_=Integer)))
    return count, page


_LIST_STATEMENTS = ShapeCache(_list_statements)
_make_row = row_maker(FacilityRow)


def list_requests(session: Session, actor: Actor, *, status: str | None = None,
                  kind: str | None = None, text: str | None = None, offset: int = 0,
                  limit: int = 100) -> Page[FacilityRow]:
    require(actor, "facility.view")
    FACILITY_STATUSES.check(status, "status", required=False)
    FACILITY_KINDS.check(kind, "kind", required=False)
    offset = max(0, int(offset))
    limit = min(max(1, int(limit)), 1000)
    params: dict[str, Any] = {"off": offset, "lim": limit}
    if status:
        params["status"] = status
    if kind:
        params["kind"] = kind
    needle = clean_text(text)
    if needle:
        esc = needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["prefix"], params["part"] = esc + "%", "%" + esc + "%"
    count, page = _LIST_STATEMENTS((bool(status), bool(kind), bool(needle)))
    rows = driver_rows(session, page, params)
    total = total_from_page(offset, len(rows), limit)  # counted only when the page is full
    if total is None:
        total = int(driver_scalar(session, count, params) or 0)
    kinds, funding = FACILITY_KINDS.names(), FUNDING_SOURCES.names()
    priorities, statuses = FACILITY_PRIORITIES.names(), FACILITY_STATUSES.names()
    return Page(
        [_make_row(rid, number, title, kinds.get(k) or FACILITY_KINDS.name(k),
                     funding.get(f) or FUNDING_SOURCES.name(f), int(cost),
                     priorities.get(p) or FACILITY_PRIORITIES.name(p), st,
                     statuses.get(st) or FACILITY_STATUSES.name(st), as_date(updated), k, p)
         for rid, number, title, k, f, cost, p, st, updated in rows],
        total, offset, limit)
