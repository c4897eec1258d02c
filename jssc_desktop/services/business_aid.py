"""Bantuan usaha: business aid a UPT gives its graduates (a sewing machine, a cart, tools, …).

Each aid is recorded once, with what was given, its value in Rupiah and the day it was given;
whether it is still in use is recorded at every follow-up (``FollowUp.aid_condition``). The
periodic report counts the aid given in the period and its value (section 6.5).

Aid goes to a graduate: the client must have a graduated training enrolment, and the aid cannot
be dated before that graduation, nor in the future. Dates inside an approved period are locked as
everywhere else (services.period_lock).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.fields import BUSINESS_AID
from ..domain.formatting import format_date
from ..domain.messages import msg
from ..storage.models import BusinessAid, Client, Cohort, Enrollment, TrainingTrack, User
from .base import Actor, audit, check_version, clean_text, diff, get_or_404, require, snapshot
from .period_lock import ensure_unlocked

#: Above this value (Rupiah) an aid is certainly a typing error.
MAX_AID_VALUE = 1_000_000_000
GRADUATED = "lulus"


@dataclass(frozen=True)
class AidInput:
    item: str
    value: int
    given_date: date | None
    enrollment_id: int | None = None
    notes: str | None = None


@dataclass(frozen=True)
class AidView:
    id: int
    client_id: int
    enrollment_id: int | None
    track_name: str
    cohort_name: str
    item: str
    value: int
    given_date: date
    notes: str | None
    recorded_by_name: str
    version: int


@dataclass(frozen=True)
class GraduationChoice:
    """A graduated enrolment the aid can belong to, for the form's combo."""

    enrollment_id: int
    label: str
    graduated_on: date


def graduations(session: Session, actor: Actor, client_id: int) -> list[GraduationChoice]:
    """The client's graduated enrolments, newest first."""
    require(actor, "followup.view")
    get_or_404(session, Client, client_id, "Klien")
    return _graduations(session, client_id)


def _view(session: Session, aid: BusinessAid) -> AidView:
    track = cohort = ""
    if aid.enrollment is not None:
        cohort = aid.enrollment.cohort.name
        track = aid.enrollment.cohort.track.name
    recorder = session.get(User, aid.recorded_by) if aid.recorded_by is not None else None
    return AidView(aid.id, aid.client_id, aid.enrollment_id, track, cohort, aid.item,
                   int(aid.value), aid.given_date, aid.notes,
                   recorder.full_name if recorder else "", aid.version)


def list_client_aid(session: Session, actor: Actor, client_id: int) -> list[AidView]:
    """Every aid given to one client, newest first."""
    require(actor, "followup.view")
    get_or_404(session, Client, client_id, "Klien")
    aids = session.scalars(select(BusinessAid).where(BusinessAid.client_id == client_id)
                           .order_by(BusinessAid.given_date.desc(), BusinessAid.id.desc()))
    return [_view(session, a) for a in aids]


@dataclass(frozen=True)
class _Clean:
    item: str
    value: int
    given_date: date
    enrollment_id: int
    notes: str | None

    def values(self) -> dict[str, object]:
        return {"item": self.item, "value": self.value, "given_date": self.given_date,
                "enrollment_id": self.enrollment_id, "notes": self.notes}


def _validated(session: Session, client: Client, data: AidInput, today: date) -> _Clean:
    item = clean_text(data.item)
    limit = BUSINESS_AID["item"].max_length or 200
    if item is None:
        raise ValidationError(msg("Bentuk bantuan wajib diisi (mis. mesin jahit, gerobak)."),
                              "item")
    if len(item) > limit:
        raise ValidationError(msg("Bentuk bantuan paling panjang {limit} karakter.",
                                  limit=limit), "item")
    value = data.value
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(msg("Nilai bantuan harus bilangan bulat Rupiah."), "value")
    if value <= 0:
        raise ValidationError(msg("Nilai bantuan harus lebih dari Rp 0."), "value")
    if value > MAX_AID_VALUE:
        raise ValidationError(msg("Nilai bantuan terlalu besar; periksa kembali angkanya."),
                              "value")
    given = data.given_date
    if isinstance(given, datetime):
        given = given.date()
    if not isinstance(given, date):
        raise ValidationError(msg("Tanggal bantuan diberikan wajib diisi."), "given_date")
    if given > today:
        raise ValidationError(msg("Tanggal bantuan diberikan tidak boleh di masa depan."),
                              "given_date")
    choices = {c.enrollment_id: c for c in _graduations(session, client.id)}
    if not choices:
        raise ValidationError(
            msg("{name} ({reg_no}) belum lulus pelatihan; bantuan usaha dicatat untuk "
            "lulusan.", name=client.name, reg_no=client.reg_no), "enrollment_id")
    enrollment_id = data.enrollment_id
    if enrollment_id is None:
        enrollment_id = next(iter(choices))
    elif enrollment_id not in choices:
        raise ValidationError(msg("Pilih pelatihan yang telah diluluskan klien ini."),
                              "enrollment_id")
    graduated_on = choices[enrollment_id].graduated_on
    if given < graduated_on:
        raise ValidationError(
            msg("Tanggal bantuan diberikan tidak boleh sebelum tanggal lulus "
            "({graduated_on}).", graduated_on=graduated_on), "given_date")
    return _Clean(item, value, given, enrollment_id, clean_text(data.notes))


def _graduations(session: Session, client_id: int) -> list[GraduationChoice]:
    """Graduated enrolments, newest first, labelled "track · cohort (graduation day)"."""
    rows = session.execute(
        select(Enrollment.id, TrainingTrack.name, Cohort.name, Enrollment.graduated_on)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
        .where(Enrollment.client_id == client_id, Enrollment.status == GRADUATED,
               Enrollment.graduated_on.is_not(None))
        .order_by(Enrollment.graduated_on.desc(), Enrollment.id.desc())).all()
    return [GraduationChoice(eid, f"{track} · {cohort} ({format_date(day)})", day)
            for eid, track, cohort, day in rows if day is not None]


def add_aid(session: Session, actor: Actor, client_id: int, data: AidInput, *,
            today: date | None = None, lock_reason: str | None = None) -> AidView:
    """Record an aid given to a graduate (audited; refused inside an approved period)."""
    require(actor, "followup.edit")
    client = get_or_404(session, Client, client_id, "Klien")
    clean = _validated(session, client, data, today or date.today())
    ensure_unlocked(session, actor, clean.given_date, reason=lock_reason, entity="business_aid")
    aid = BusinessAid(client_id=client.id, recorded_by=actor.user_id, **clean.values())
    session.add(aid)
    session.flush()
    audit(session, actor, "aid.add", "business_aid", aid.id, None, snapshot(aid))
    return _view(session, aid)


def update_aid(session: Session, actor: Actor, aid_id: int, data: AidInput, *,
               version: int | None = None, today: date | None = None,
               lock_reason: str | None = None) -> AidView:
    """Correct a recorded aid; the old and the new date must both lie outside approved periods
    unless an administrator gives ``lock_reason``."""
    require(actor, "followup.edit")
    aid = get_or_404(session, BusinessAid, aid_id, "Bantuan usaha")
    client = aid.client
    check_version(aid, version, f"Bantuan usaha {aid.item} untuk {client.name}")
    clean = _validated(session, client, data, today or date.today())
    values = clean.values()
    if all(getattr(aid, key) == value for key, value in values.items()):
        return _view(session, aid)
    ensure_unlocked(session, actor, [aid.given_date, clean.given_date],
                    reason=lock_reason, entity="business_aid", entity_id=aid.id)
    before = snapshot(aid)
    for key, value in values.items():
        setattr(aid, key, value)
    aid.recorded_by = actor.user_id
    session.flush()
    b, a = diff(before, snapshot(aid))
    audit(session, actor, "aid.correct", "business_aid", aid.id, b, a)
    return _view(session, aid)


def delete_aid(session: Session, actor: Actor, aid_id: int, *, reason: str,
               version: int | None = None, lock_reason: str | None = None) -> None:
    """Delete an aid recorded by mistake; the reason is kept in the audit trail."""
    require(actor, "followup.edit")
    aid = get_or_404(session, BusinessAid, aid_id, "Bantuan usaha")
    check_version(aid, version, f"Bantuan usaha {aid.item} untuk {aid.client.name}")
    why = clean_text(reason)
    if why is None:
        raise ValidationError(msg("Alasan menghapus bantuan usaha wajib diisi."), "reason")
    ensure_unlocked(session, actor, aid.given_date, reason=lock_reason,
                    entity="business_aid", entity_id=aid.id)
    before = snapshot(aid)
    session.delete(aid)
    session.flush()
    audit(session, actor, "aid.delete", "business_aid", aid_id, before, None, reason=why)
