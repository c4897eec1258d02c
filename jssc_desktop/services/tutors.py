"""Tutors (instruktur): who they are, under which agreement they teach, and the hours they taught.

A tutor is internal (ASN/PPPK staff of the UPT, possibly with a NIP) or external, from a partner
institution of a known kind. External tutors teach under an agreement (MoU or contract) with a
validity period and an honorarium rate per JP. The JP a tutor taught are the JP of the sessions
they gave: a session's own tutor, or the cohort's tutor when the session names none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.vocab import PARTNER_KINDS, TUTOR_TYPES
from ..storage.models import Cohort, TrainingSession, TrainingTrack, Tutor, TutorAgreement
from .base import (
    TUTOR,
    Actor,
    Page,
    audit,
    check_version,
    clean_text,
    diff,
    get_or_404,
    require,
    snapshot,
)

EXTERNAL = "eksternal"
INTERNAL = "internal"
#: An honorarium rate above this is certainly a typing error (Rupiah per JP).
MAX_RATE_PER_JP = 100_000_000
NIP_RE = re.compile(r"^\d{18}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^[0-9+()\-. ]{6,50}$")


# ------------------------------------------------------------------------------------------ views


@dataclass(frozen=True)
class TutorInput:
    name: str
    tutor_type: str
    nip: str | None = None
    partner_kind: str | None = None
    institution: str | None = None
    expertise: str | None = None
    certifications: str | None = None
    phone: str | None = None
    email: str | None = None
    rate_per_jp: int = 0
    active: bool = True


@dataclass(frozen=True)
class AgreementInput:
    number: str
    start_date: date
    end_date: date
    rate_per_jp: int
    notes: str | None = None


@dataclass(frozen=True)
class AgreementView:
    id: int
    tutor_id: int
    number: str
    start_date: date
    end_date: date
    rate_per_jp: int
    notes: str | None
    valid_today: bool
    version: int


class TutorCohort(NamedTuple):
    cohort_id: int
    cohort_name: str
    track_name: str


@dataclass(frozen=True)
class TutorDetail:
    id: int
    name: str
    tutor_type: str
    type_name: str
    nip: str | None
    partner_kind: str | None
    partner_kind_name: str
    institution: str | None
    expertise: str | None
    certifications: str | None
    phone: str | None
    email: str | None
    rate_per_jp: int
    active: bool
    agreements: list[AgreementView]
    agreement_valid_today: bool
    jp_taught_total: int
    cohorts: list[TutorCohort]
    version: int


@dataclass(frozen=True)
class TutorRow:
    id: int
    name: str
    type_name: str
    institution: str | None
    expertise: str | None
    rate_per_jp: int
    agreement_until: date | None
    jp_taught: int
    active: bool
    tutor_type: str = ""
    agreement_valid_today: bool = False


@dataclass(frozen=True)
class TutorHours:
    jp: int
    sessions: int
    honorarium: int
    tutor_id: int = 0
    tutor_name: str = ""
    start: date | None = None
    end: date | None = None
    #: JP paid at the tutor's own rate because no agreement was valid on the session date.
    jp_without_agreement: int = 0
    #: rate per JP -> JP taught at that rate, for the honorarium statement.
    jp_by_rate: dict[int, int] = field(default_factory=dict)


# ------------------------------------------------------------------------------------- helpers


def effective_tutor_id() -> ColumnElement[int]:
    """The tutor who gave a session: its own tutor, else the cohort's (needs Cohort joined)."""
    return func.coalesce(TrainingSession.tutor_id, Cohort.tutor_id)


def _agreement_view(a: TutorAgreement, today: date) -> AgreementView:
    return AgreementView(a.id, a.tutor_id, a.number, a.start_date, a.end_date, int(a.rate_per_jp),
                         a.notes, a.start_date <= today <= a.end_date, a.version)


def _require_view(actor: Actor, tutor_id: int) -> None:
    """Staff, admin and head see every tutor; a tutor sees only their own record."""
    if actor.role == TUTOR and actor.tutor_id is not None and actor.tutor_id == tutor_id:
        return
    require(actor, "tutor.view")


def _check_rate(value: object, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(msg("Honorarium per JP harus bilangan bulat Rupiah."), field_name)
    if value < 0:
        raise ValidationError(msg("Honorarium per JP tidak boleh negatif."), field_name)
    if value > MAX_RATE_PER_JP:
        raise ValidationError(msg("Honorarium per JP terlalu besar; periksa kembali angkanya."),
                              field_name)
    return value


def _limit(value: str | None, length: int, label: str, field_name: str) -> str | None:
    value = clean_text(value)
    if value is not None and len(value) > length:
        raise ValidationError(msg("{label} paling panjang {length} karakter.",
                                  label=label, length=length), field_name)
    return value


def _validated(data: TutorInput) -> dict[str, object]:
    name = _limit(data.name, 200, "Nama tutor", "name")
    if not name:
        raise ValidationError(msg("Nama tutor wajib diisi."), "name")
    tutor_type = TUTOR_TYPES.check(data.tutor_type, "tutor_type")
    nip = clean_text(data.nip)
    if nip is not None:
        nip = nip.replace(" ", "")
    partner_kind = clean_text(data.partner_kind)
    institution = _limit(data.institution, 200, "Lembaga asal", "institution")
    if tutor_type == EXTERNAL:
        if partner_kind is None:
            raise ValidationError(msg("Tutor eksternal wajib memiliki jenis lembaga mitra."),
                                  "partner_kind")
        PARTNER_KINDS.check(partner_kind, "partner_kind")
        if institution is None:
            raise ValidationError(msg("Tutor eksternal wajib memiliki nama lembaga asal."),
                                  "institution")
        if nip is not None:
            raise ValidationError(msg("NIP hanya diisi untuk tutor internal (ASN/PPPK)."), "nip")
    else:
        if partner_kind is not None:
            raise ValidationError(
                msg("Jenis lembaga mitra hanya diisi untuk tutor eksternal."), "partner_kind")
        if nip is not None and not NIP_RE.match(nip):
            raise ValidationError(msg("NIP harus 18 digit angka."), "nip")
    phone = _limit(data.phone, 50, "Nomor telepon", "phone")
    if phone is not None and not PHONE_RE.match(phone):
        raise ValidationError(msg("Nomor telepon tidak valid: '{phone}'.", phone=phone), "phone")
    email = _limit(data.email, 120, "Email", "email")
    if email is not None and not EMAIL_RE.match(email):
        raise ValidationError(msg("Alamat email tidak valid: '{email}'.", email=email), "email")
    if not isinstance(data.active, bool):
        raise ValidationError(msg("Status aktif tutor harus ya atau tidak."), "active")
    return {
        "name": name,
        "tutor_type": tutor_type,
        "nip": nip,
        "partner_kind": partner_kind,
        "institution": institution,
        "expertise": _limit(data.expertise, 200, "Keahlian", "expertise"),
        "certifications": clean_text(data.certifications),
        "phone": phone,
        "email": email,
        "rate_per_jp": _check_rate(data.rate_per_jp, "rate_per_jp"),
        "active": data.active,
    }


def _validated_agreement(data: AgreementInput) -> dict[str, object]:
    number = _limit(data.number, 100, "Nomor perjanjian", "number")
    if not number:
        raise ValidationError(msg("Nomor perjanjian (MoU/kontrak) wajib diisi."), "number")
    if not isinstance(data.start_date, date):
        raise ValidationError(msg("Tanggal mulai perjanjian wajib diisi."), "start_date")
    if not isinstance(data.end_date, date):
        raise ValidationError(msg("Tanggal berakhir perjanjian wajib diisi."), "end_date")
    if data.end_date < data.start_date:
        raise ValidationError(
            msg("Tanggal berakhir perjanjian tidak boleh sebelum tanggal mulainya."), "end_date")
    return {
        "number": number,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "rate_per_jp": _check_rate(data.rate_per_jp, "rate_per_jp"),
        "notes": clean_text(data.notes),
    }


def _jp_taught(session: Session, tutor_ids: list[int] | None = None) -> dict[int, int]:
    eff = effective_tutor_id().label("tid")
    stmt = (
        select(eff, func.coalesce(func.sum(TrainingSession.jp), 0))
        .join(Cohort, Cohort.id == TrainingSession.cohort_id)
        .group_by(eff)
    )
    if tutor_ids is not None:
        stmt = stmt.where(
            or_(TrainingSession.tutor_id.in_(tutor_ids),
                and_(TrainingSession.tutor_id.is_(None), Cohort.tutor_id.in_(tutor_ids))))
    return {tid: int(jp) for tid, jp in session.execute(stmt) if tid is not None}


def _detail(session: Session, tutor: Tutor, today: date) -> TutorDetail:
    agreements = [_agreement_view(a, today) for a in tutor.agreements]
    cohorts = [
        TutorCohort(cid, cname, tname)
        for cid, cname, tname in session.execute(
            select(Cohort.id, Cohort.name, TrainingTrack.name)
            .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
            .where(Cohort.tutor_id == tutor.id)
            .order_by(Cohort.start_date.desc(), Cohort.id.desc())
        )
    ]
    return TutorDetail(
        id=tutor.id,
        name=tutor.name,
        tutor_type=tutor.tutor_type,
        type_name=TUTOR_TYPES.name(tutor.tutor_type),
        nip=tutor.nip,
        partner_kind=tutor.partner_kind,
        partner_kind_name=PARTNER_KINDS.name(tutor.partner_kind),
        institution=tutor.institution,
        expertise=tutor.expertise,
        certifications=tutor.certifications,
        phone=tutor.phone,
        email=tutor.email,
        rate_per_jp=int(tutor.rate_per_jp),
        active=tutor.active,
        agreements=agreements,
        agreement_valid_today=any(a.valid_today for a in agreements),
        jp_taught_total=_jp_taught(session, [tutor.id]).get(tutor.id, 0),
        cohorts=cohorts,
        version=tutor.version,
    )


# ------------------------------------------------------------------------------------- actions


def create_tutor(session: Session, actor: Actor, data: TutorInput, *,
                 today: date | None = None) -> TutorDetail:
    require(actor, "tutor.edit")
    values = _validated(data)
    tutor = Tutor(**values)
    session.add(tutor)
    session.flush()
    audit(session, actor, "tutor.create", "tutor", tutor.id, after=snapshot(tutor))
    return _detail(session, tutor, today or date.today())


def update_tutor(session: Session, actor: Actor, tutor_id: int, data: TutorInput, *,
                 version: int | None, today: date | None = None) -> TutorDetail:
    require(actor, "tutor.edit")
    tutor = get_or_404(session, Tutor, tutor_id, "Tutor")
    check_version(tutor, version, f"Data tutor '{tutor.name}'")
    values = _validated(data)
    before = snapshot(tutor)
    for key, value in values.items():
        setattr(tutor, key, value)
    session.flush()
    b, a = diff(before, snapshot(tutor))
    if a:
        audit(session, actor, "tutor.update", "tutor", tutor.id, b, a)
    return _detail(session, tutor, today or date.today())


def add_agreement(session: Session, actor: Actor, tutor_id: int, data: AgreementInput, *,
                  today: date | None = None) -> AgreementView:
    require(actor, "tutor.edit")
    tutor = get_or_404(session, Tutor, tutor_id, "Tutor")
    values = _validated_agreement(data)
    _refuse_duplicate_number(session, tutor, str(values["number"]), None)
    agreement = TutorAgreement(tutor_id=tutor.id, **values)
    session.add(agreement)
    session.flush()
    # Recorded on the tutor, so the tutor's history shows its agreements too.
    audit(session, actor, "tutor.agreement_add", "tutor", tutor.id,
          after={"agreement_id": agreement.id, **snapshot(agreement)})
    return _agreement_view(agreement, today or date.today())


def update_agreement(session: Session, actor: Actor, agreement_id: int, data: AgreementInput, *,
                     version: int | None, today: date | None = None) -> AgreementView:
    require(actor, "tutor.edit")
    agreement = get_or_404(session, TutorAgreement, agreement_id, "Perjanjian tutor")
    check_version(agreement, version, f"Perjanjian {agreement.number}")
    values = _validated_agreement(data)
    _refuse_duplicate_number(session, agreement.tutor, str(values["number"]), agreement.id)
    before = snapshot(agreement)
    for key, value in values.items():
        setattr(agreement, key, value)
    session.flush()
    b, a = diff(before, snapshot(agreement))
    if a:
        audit(session, actor, "tutor.agreement_update", "tutor", agreement.tutor_id,
              {"agreement_id": agreement.id, **b}, {"agreement_id": agreement.id, **a})
    return _agreement_view(agreement, today or date.today())


def _refuse_duplicate_number(session: Session, tutor: Tutor, number: str,
                             own_id: int | None) -> None:
    stmt = select(TutorAgreement.id).where(TutorAgreement.tutor_id == tutor.id,
                                           TutorAgreement.number == number)
    if own_id is not None:
        stmt = stmt.where(TutorAgreement.id != own_id)
    if session.execute(stmt).first():
        raise ValidationError(
            msg("Perjanjian nomor '{number}' sudah tercatat untuk tutor {name}.",
                number=number, name=tutor.name), "number")


def get_tutor(session: Session, actor: Actor, tutor_id: int, *,
              today: date | None = None) -> TutorDetail:
    _require_view(actor, tutor_id)
    tutor = get_or_404(session, Tutor, tutor_id, "Tutor")
    return _detail(session, tutor, today or date.today())


def list_tutors(session: Session, actor: Actor, *, active_only: bool = False,
                text: str | None = None, today: date | None = None) -> list[TutorRow]:
    """Every tutor (for pickers); the tutor page pages through :func:`list_tutor_page`."""
    return list_tutor_page(session, actor, active_only=active_only, text=text,
                           today=today).rows


def list_tutor_page(session: Session, actor: Actor, *, active_only: bool = False,
                    text: str | None = None, today: date | None = None, offset: int = 0,
                    limit: int | None = None) -> Page[TutorRow]:
    """Tutors by name, filtered and paged in SQL (``limit`` None: all of them)."""
    require(actor, "tutor.view")
    today = today or date.today()
    until = (
        select(TutorAgreement.tutor_id, func.max(TutorAgreement.end_date).label("until"))
        .group_by(TutorAgreement.tutor_id)
        .subquery()
    )
    valid = (
        select(TutorAgreement.tutor_id)
        .where(TutorAgreement.start_date <= today, TutorAgreement.end_date >= today)
        .distinct()
        .subquery()
    )
    stmt = (
        select(Tutor, until.c.until, valid.c.tutor_id)
        .outerjoin(until, until.c.tutor_id == Tutor.id)
        .outerjoin(valid, valid.c.tutor_id == Tutor.id)
        .order_by(Tutor.name, Tutor.id)
    )
    if active_only:
        stmt = stmt.where(Tutor.active.is_(True))
    needle = clean_text(text)
    if needle:
        pattern = "%" + _escape_like(needle.lower()) + "%"
        stmt = stmt.where(or_(
            func.lower(Tutor.name).like(pattern, escape="\\"),
            func.lower(func.coalesce(Tutor.institution, "")).like(pattern, escape="\\"),
            func.lower(func.coalesce(Tutor.expertise, "")).like(pattern, escape="\\"),
        ))
    offset = max(0, int(offset))
    if limit is None:
        rows = session.execute(stmt.offset(offset)).all()
        total = offset + len(rows)
    else:
        limit = max(1, min(int(limit), 1000))
        total = int(session.scalar(select(func.count()).select_from(
            stmt.order_by(None).subquery())) or 0)
        rows = session.execute(stmt.offset(offset).limit(limit)).all()
    jp = _jp_taught(session, [t.id for t, _, _ in rows]) if rows else {}
    return Page([
        TutorRow(t.id, t.name, TUTOR_TYPES.name(t.tutor_type), t.institution, t.expertise,
                 int(t.rate_per_jp), until_date, jp.get(t.id, 0), t.active, t.tutor_type,
                 valid_id is not None)
        for t, until_date, valid_id in rows
    ], total, offset, limit or 0)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def tutor_hours(session: Session, actor: Actor, tutor_id: int, start: date,
                end: date) -> TutorHours:
    """JP taught between two dates (inclusive) and the honorarium they earn.

    Each session is paid at the rate of the agreement valid on its date (the most recently
    started one if several overlap), else at the tutor's own rate.
    """
    _require_view(actor, tutor_id)
    tutor = get_or_404(session, Tutor, tutor_id, "Tutor")
    if not isinstance(start, date) or not isinstance(end, date):
        raise ValidationError(msg("Tanggal awal dan akhir periode wajib diisi."), "start")
    if end < start:
        raise ValidationError(msg("Tanggal akhir periode tidak boleh sebelum tanggal awal."), "end")
    eff = effective_tutor_id()
    rows = session.execute(
        select(TrainingSession.session_date, TrainingSession.jp)
        .join(Cohort, Cohort.id == TrainingSession.cohort_id)
        .where(eff == tutor.id,
               TrainingSession.session_date >= start,
               TrainingSession.session_date <= end)
    ).all()
    agreements = sorted(
        (a for a in tutor.agreements if a.end_date >= start and a.start_date <= end),
        key=lambda a: (a.start_date, a.id), reverse=True)
    total_jp = honorarium = without = 0
    by_rate: dict[int, int] = {}
    for day, jp in rows:
        rate = next((int(a.rate_per_jp) for a in agreements
                     if a.start_date <= day <= a.end_date), None)
        if rate is None:
            rate = int(tutor.rate_per_jp)
            without += jp
        total_jp += jp
        honorarium += jp * rate
        by_rate[rate] = by_rate.get(rate, 0) + jp
    return TutorHours(total_jp, len(rows), honorarium, tutor.id, tutor.name, start, end,
                      without, dict(sorted(by_rate.items())))

