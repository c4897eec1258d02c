"""Clients (penerima manfaat): registration, edits, rehabilitation stages, discharge, consent.

Registration numbers are ``PM-{admission year}-{5-digit sequence within that year}``. A NIK is
checked for structure and cross-checked against the form: a mismatch is a warning, not a refusal.
The same NIK twice is always refused; the same name and birth date is refused unless the user
confirms that it is a different person.

Sensitive data (NIK, KK, health, family, guardian, address, phone) is only shown to roles with
``client.view_sensitive``; tutors see masked details of the clients of their own cohorts, and every
unmasked view is written to the audit log (UU 27/2022).

Discharge (terminasi) does not touch the client's training enrollments: an enrollment keeps its
own outcome (graduated, withdrawn), which is recorded through the training services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.codes import ClientStatus
from ..domain.errors import DuplicateError, PermissionDenied, ValidationError, WorkflowError
from ..domain.fields import CLIENT as CLIENT_FIELDS
from ..domain.fields import Privacy
from ..domain.formatting import age_on
from ..domain.messages import msg
from ..domain.nik import NikInfo, mask_nik
from ..domain.vocab import (
    CLIENT_STATUSES,
    COMPETENCY_RESULTS,
    CONSENT_KINDS,
    DISCHARGE_REASONS,
    ENROLLMENT_STATUSES,
    FOLLOWUP_OUTCOMES,
    KAB_KOTA,
    NIK_MISSING_REASONS,
    SEXES,
    STAGES,
    ppks_display,
    sensitive_ppks_codes,
)
from ..storage.models import (
    Client,
    Cohort,
    Consent,
    Enrollment,
    FollowUp,
    StageHistory,
    TrainingTrack,
    User,
)
from .base import (
    TUTOR,
    Actor,
    audit,
    can,
    check_version,
    clean_text,
    diff,
    get_or_404,
    require,
    snapshot,
)
from .client_checks import MAX_AGE_YEARS as MAX_AGE_YEARS
from .client_checks import DuplicateHint as DuplicateHint
from .client_checks import _as_date, _duplicates, _not_future, _refuse_duplicates, _today, _validate

# The client list moved to client_list; its names stay importable from here for callers.
from .client_list import MAX_PAGE as MAX_PAGE
from .client_list import REG_PREFIX
from .client_list import ClientPage as ClientPage
from .client_list import ClientQuery as ClientQuery
from .client_list import ClientRow as ClientRow
from .client_list import search_clients as search_clients
from .period_lock import ensure_unlocked
from .profile import check_image

FIRST_STAGE = "pendekatan_awal"
DISCHARGE_STAGE = "terminasi"
AFTERCARE_STAGE = "bimbingan_lanjut"
REG_ATTEMPTS = 5

# ------------------------------------------------------------------------------------ data shapes


@dataclass(frozen=True)
class ClientInput:
    """What the client form holds. Name, sex, PPKS category and admission date are required
    (validation says so in Indonesian); everything else may stay empty."""

    name: str = ""
    sex: str = ""
    birth_place: str | None = None
    birth_date: date | None = None
    nik: str | None = None
    nik_missing_reason: str | None = None
    kk: str | None = None
    address: str | None = None
    kab_kota_code: str | None = None
    ppks_code: str = ""
    disability: str | None = None
    health_notes: str | None = None
    religion: str | None = None
    education: str | None = None
    phone: str | None = None
    referral_source: str | None = None
    guardian_name: str | None = None
    guardian_relation: str | None = None
    guardian_phone: str | None = None
    guardian_address: str | None = None
    family_notes: str | None = None
    admission_date: date | None = None


INPUT_FIELDS = tuple(ClientInput.__dataclass_fields__)


@dataclass(frozen=True)
class ClientCheck:
    warnings: list[str]
    duplicates: list[DuplicateHint]
    nik_info: NikInfo | None


@dataclass(frozen=True)
class StageView:
    stage: str
    stage_name: str
    started_on: date
    notes: str | None
    recorded_by_name: str


@dataclass(frozen=True)
class ConsentView:
    id: int
    kind: str
    kind_name: str
    given_by: str
    given_on: date
    scope: str | None
    withdrawn_on: date | None
    client_id: int = 0


@dataclass(frozen=True)
class ClientEnrollmentView:
    enrollment_id: int
    cohort_id: int
    cohort_name: str
    track_name: str
    status_name: str
    competency_result_name: str
    certificate_no: str | None
    graduated_on: date | None
    status: str = ""
    enrolled_on: date | None = None


@dataclass(frozen=True)
class ClientFollowUpView:
    id: int
    months_after: int
    due_date: date
    done_date: date | None
    outcome_name: str
    monthly_income: int | None
    outcome: str | None = None


@dataclass(frozen=True)
class ClientDetail:
    id: int
    reg_no: str
    name: str
    sex: str
    birth_place: str | None
    birth_date: date | None
    nik: str | None
    nik_missing_reason: str | None
    kk: str | None
    address: str | None
    kab_kota_code: str | None
    ppks_code: str
    disability: str | None
    health_notes: str | None
    religion: str | None
    education: str | None
    phone: str | None
    referral_source: str | None
    guardian_name: str | None
    guardian_relation: str | None
    guardian_phone: str | None
    guardian_address: str | None
    family_notes: str | None
    admission_date: date
    age: int | None
    status: str
    status_name: str
    ppks_name: str
    kab_kota_name: str
    sex_name: str
    nik_missing_reason_name: str
    current_stage: str | None
    stage_name: str
    discharge_date: date | None
    discharge_reason: str | None
    discharge_reason_name: str
    discharge_notes: str | None
    handover_to: str | None
    handover_record: str | None
    stages: list[StageView]
    consents: list[ConsentView]
    enrollments: list[ClientEnrollmentView]
    followups: list[ClientFollowUpView]
    has_photo: bool
    masked: bool
    version: int


# ------------------------------------------------------------------------------------ masking

#: Fields hidden from roles without ``client.view_sensitive`` (NIK and KK are masked instead).
SENSITIVE_FIELDS = tuple(f.name for f in CLIENT_FIELDS if f.privacy is Privacy.SENSITIVE
                         and not f.masked and f.tab is not None)


# ------------------------------------------------------------------------------------ helpers


def _label(client: Client) -> str:
    return f"Klien {client.reg_no}"


def _load(session: Session, client_id: int) -> Client:
    return get_or_404(session, Client, client_id, "Klien")


def _load_for_change(session: Session, client_id: int) -> Client:
    """A client about to be changed: an anonymised record stays as anonymisation left it."""
    client = _load(session, client_id)
    if client.anonymized_at is not None:
        raise WorkflowError(
            msg("Data klien {reg_no} sudah dianonimkan dan tidak dapat diubah lagi.",
                reg_no=client.reg_no))
    return client


def _tutor_has_client(session: Session, actor: Actor, client_id: int) -> bool:
    if actor.tutor_id is None:
        return False
    stmt = (
        select(Enrollment.id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .where(Enrollment.client_id == client_id, Cohort.tutor_id == actor.tutor_id)
        .limit(1)
    )
    return session.execute(stmt).first() is not None


def _check_reach(session: Session, actor: Actor, client_id: int) -> None:
    """A tutor only reaches the clients enrolled in one of their own cohorts."""
    if actor.role == TUTOR and not _tutor_has_client(session, actor, client_id):
        raise PermissionDenied(
            msg("Klien ini tidak terdaftar di angkatan Anda; tutor hanya dapat membuka data "
            "peserta angkatannya sendiri."))


def _next_reg_no(session: Session, year: int) -> str:
    """The highest number of the year plus one (numbers are never reused)."""
    prefix = f"{REG_PREFIX}-{year:04d}-"
    top = session.execute(
        select(func.max(Client.reg_no)).where(Client.reg_no.like(prefix + "_____"))
    ).scalar_one_or_none()
    seq = 0
    if top is not None and top[len(prefix):].isdigit():
        seq = int(top[len(prefix):])
    elif top is not None:  # a number of another shape slipped in: look at all of them
        numbers = session.execute(
            select(Client.reg_no).where(Client.reg_no.like(prefix + "%"))).scalars()
        seq = max((int(n[len(prefix):]) for n in numbers if n[len(prefix):].isdigit()),
                  default=0)
    if seq >= 99_999:
        raise ValidationError(msg("Nomor registrasi tahun {year} sudah habis (99.999).", year=year),
                              "admission_date")
    return f"{prefix}{seq + 1:05d}"


def _stage_rows(session: Session, client_id: int) -> list[StageView]:
    stmt = (
        select(StageHistory, User.full_name)
        .outerjoin(User, User.id == StageHistory.recorded_by)
        .where(StageHistory.client_id == client_id)
        .order_by(StageHistory.started_on, StageHistory.id)
    )
    return [
        StageView(st.stage, STAGES.name(st.stage), st.started_on, st.notes, full_name or "")
        for st, full_name in session.execute(stmt)
    ]


def _last_stage(session: Session, client_id: int) -> StageHistory | None:
    return session.execute(
        select(StageHistory).where(StageHistory.client_id == client_id)
        .order_by(StageHistory.started_on.desc(), StageHistory.id.desc()).limit(1)
    ).scalar_one_or_none()


def _consent_view(c: Consent) -> ConsentView:
    return ConsentView(c.id, c.kind, CONSENT_KINDS.name(c.kind), c.given_by, c.given_on,
                       c.scope, c.withdrawn_on, c.client_id)


def _detail(session: Session, client: Client, *, masked: bool, today: date | None = None
            ) -> ClientDetail:
    session.flush()
    cid = client.id
    consents = [] if masked else [
        _consent_view(c) for c in session.execute(
            select(Consent).where(Consent.client_id == cid).order_by(Consent.given_on, Consent.id)
        ).scalars()
    ]
    enrollments = [
        ClientEnrollmentView(
            e.id, e.cohort_id, cohort_name, track_name, ENROLLMENT_STATUSES.name(e.status),
            COMPETENCY_RESULTS.name(e.competency_result), e.certificate_no, e.graduated_on,
            e.status, e.enrolled_on,
        )
        for e, cohort_name, track_name in session.execute(
            select(Enrollment, Cohort.name, TrainingTrack.name)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
            .where(Enrollment.client_id == cid)
            .order_by(Enrollment.enrolled_on, Enrollment.id)
        )
    ]
    # Follow-up outcomes and incomes are for roles that may see follow-ups at all.
    followups = [] if masked else [
        ClientFollowUpView(f.id, f.months_after, f.due_date, f.done_date,
                           FOLLOWUP_OUTCOMES.name(f.outcome), f.monthly_income, f.outcome)
        for f in session.execute(
            select(FollowUp).where(FollowUp.client_id == cid)
            .order_by(FollowUp.due_date, FollowUp.id)
        ).scalars()
    ]
    values = {name: getattr(client, name) for name in INPUT_FIELDS}
    if masked:
        values["nik"] = mask_nik(client.nik) if client.nik else None
        values["kk"] = mask_nik(client.kk) if client.kk else None
        for name in SENSITIVE_FIELDS:
            values[name] = None
        if client.ppks_code in sensitive_ppks_codes():
            values["ppks_code"] = ""  # the category itself is sensitive (ODHA, trafficking…)
    return ClientDetail(
        id=cid,
        reg_no=client.reg_no,
        **values,
        age=age_on(client.birth_date, _today(today)),
        status=client.status,
        status_name=CLIENT_STATUSES.name(client.status),
        ppks_name=ppks_display(client.ppks_code, masked=masked),
        kab_kota_name=KAB_KOTA.name(client.kab_kota_code),
        sex_name=SEXES.name(client.sex),
        nik_missing_reason_name=NIK_MISSING_REASONS.name(client.nik_missing_reason),
        current_stage=client.current_stage,
        stage_name=STAGES.name(client.current_stage),
        discharge_date=client.discharge_date,
        discharge_reason=client.discharge_reason,
        discharge_reason_name=DISCHARGE_REASONS.name(client.discharge_reason),
        discharge_notes=client.discharge_notes,
        handover_to=client.handover_to,
        handover_record=client.handover_record,
        stages=_stage_rows(session, cid),
        consents=consents,
        enrollments=enrollments,
        followups=followups,
        has_photo=client.photo is not None,
        masked=masked,
        version=client.version,
    )


# ------------------------------------------------------------------------------------ use cases


def check_client(session: Session, actor: Actor, data: ClientInput, *,
                 client_id: int | None = None, today: date | None = None) -> ClientCheck:
    """Validate the form and list NIK warnings and possible duplicates, without saving."""
    require(actor, "client.edit")
    cleaned = _validate(data, _today(today))
    hints = _duplicates(session, cleaned.values, client_id)
    return ClientCheck(cleaned.warnings, hints, cleaned.nik_info)


def register_client(session: Session, actor: Actor, data: ClientInput, *,
                    today: date | None = None,
                    allow_possible_duplicate: bool = False,
                    lock_reason: str | None = None) -> ClientDetail:
    """Register a new client with the first stage (pendekatan awal) on the admission date.

    An admission dated inside an approved (locked) period needs an administrator and
    ``lock_reason``.
    """
    require(actor, "client.edit")
    cleaned = _validate(data, _today(today))
    values = cleaned.values
    _refuse_duplicates(_duplicates(session, values, None),
                       allow_possible=allow_possible_duplicate)
    ensure_unlocked(session, actor, values["admission_date"], reason=lock_reason,
                    entity="client")
    client: Client | None = None
    for _attempt in range(REG_ATTEMPTS):
        candidate = Client(reg_no=_next_reg_no(session, values["admission_date"].year),
                           status=ClientStatus.RESIDENT.value, current_stage=FIRST_STAGE, **values)
        try:
            with session.begin_nested():
                session.add(candidate)
                session.flush()
        except IntegrityError as exc:
            # Another workstation took the same number (or NIK) at the same moment.
            text = str(exc.orig).lower()
            if "clients.nik" in text or "uq_clients_nik" in text:
                _refuse_duplicates(_duplicates(session, values, None), allow_possible=True)
            if "reg_no" not in text:
                raise
            continue
        client = candidate
        break
    if client is None:
        raise DuplicateError(
            msg("Nomor registrasi tidak dapat dibuat karena banyak pendaftaran bersamaan; "
            "coba simpan lagi."), "reg_no")
    session.add(StageHistory(client_id=client.id, stage=FIRST_STAGE,
                             started_on=values["admission_date"], recorded_by=actor.user_id))
    session.flush()
    audit(session, actor, "client.register", "client", client.id, after=snapshot(client),
          reason="; ".join(cleaned.warnings) or None)
    return _detail(session, client, masked=False, today=today)


def update_client(session: Session, actor: Actor, client_id: int, data: ClientInput, *,
                  version: int | None, today: date | None = None,
                  allow_possible_duplicate: bool = False,
                  lock_reason: str | None = None) -> ClientDetail:
    """Save the edited form; refused when someone else saved the client in between.

    A same-name-and-birth-date match is only refused when the edit changes the name or the
    birth date into it (the user confirms with ``allow_possible_duplicate``).

    Moving the admission date out of or into an approved (locked) period needs an administrator
    and ``lock_reason``; other fields (the birth date too) are not dated period data.
    """
    require(actor, "client.edit")
    client = _load_for_change(session, client_id)
    check_version(client, version, _label(client))
    cleaned = _validate(data, _today(today))
    values = cleaned.values
    identity_changed = (values["name_normalized"] != client.name_normalized
                        or values["birth_date"] != client.birth_date)
    _refuse_duplicates(_duplicates(session, values, client.id),
                       allow_possible=allow_possible_duplicate or not identity_changed)

    stages = session.execute(
        select(StageHistory).where(StageHistory.client_id == client.id)
        .order_by(StageHistory.started_on, StageHistory.id)
    ).scalars().all()
    new_admission = values["admission_date"]
    first = stages[0] if stages else None
    later = stages[1:]
    if later and new_admission > later[0].started_on:
        raise ValidationError(
            msg("Tanggal masuk ({new_admission}) tidak boleh setelah tahap "
                "{stage} ({started_on}).",
                new_admission=new_admission, stage=STAGES.ref(later[0].stage),
                started_on=later[0].started_on),
            "admission_date")
    if client.discharge_date is not None and new_admission > client.discharge_date:
        raise ValidationError(
            msg("Tanggal masuk tidak boleh setelah tanggal terminasi "
            "({discharge_date}).", discharge_date=client.discharge_date), "admission_date")
    birth = values["birth_date"]
    if birth is not None and stages and birth > stages[0].started_on:
        raise ValidationError(msg("Tanggal lahir tidak boleh setelah tahap rehabilitasi pertama."),
                              "birth_date")
    if new_admission != client.admission_date:
        ensure_unlocked(session, actor, [client.admission_date, new_admission],
                        reason=lock_reason, entity="client", entity_id=client.id)

    before = snapshot(client)
    for key, value in values.items():
        setattr(client, key, value)
    if (first is not None and first.stage == FIRST_STAGE
            and first.started_on != new_admission):
        first.started_on = new_admission
    session.flush()
    b, a = diff(before, snapshot(client))
    if a:
        audit(session, actor, "client.update", "client", client.id, b, a,
              reason="; ".join(cleaned.warnings) or None)
    return _detail(session, client, masked=False, today=today)


def move_stage(session: Session, actor: Actor, client_id: int, *, stage: str, started_on: date,
               notes: str | None = None, version: int | None = None,
               today: date | None = None, lock_reason: str | None = None) -> ClientDetail:
    """Record the next step of the rehabilitation process (dated, appended to the history).

    Terminasi is recorded by :func:`discharge_client`; bimbingan lanjut only after it.
    """
    require(actor, "client.edit")
    client = _load_for_change(session, client_id)
    check_version(client, version, _label(client))
    stage = STAGES.check(clean_text(stage), "stage") or ""
    if stage == DISCHARGE_STAGE:
        raise ValidationError(
            msg("Tahap terminasi dicatat melalui Terminasi klien (dengan alasan dan tanggal)."),
            "stage")
    if client.status == "terminasi" and stage != AFTERCARE_STAGE:
        raise WorkflowError(
            msg("{label} sudah diterminasi; setelah terminasi hanya tahap "
                "{aftercare_stage} yang dapat dicatat.",
                label=_label(client), aftercare_stage=STAGES.ref(AFTERCARE_STAGE)), "stage")
    if client.status != "terminasi" and stage == AFTERCARE_STAGE:
        raise WorkflowError(
            msg("Tahap {aftercare_stage} dicatat setelah terminasi.",
                aftercare_stage=STAGES.ref(AFTERCARE_STAGE)), "stage")
    if stage == client.current_stage:
        raise ValidationError(
            msg("{label} sudah berada pada tahap {stage}.",
                label=_label(client), stage=STAGES.ref(stage)), "stage")
    day = _as_date(started_on, "started_on", "Tanggal mulai tahap", required=True)
    assert day is not None
    _not_future(day, _today(today), "started_on", "Tanggal mulai tahap")
    last = _last_stage(session, client.id)
    if last is not None and day < last.started_on:
        raise ValidationError(
            msg("Tanggal mulai tahap ({day}) tidak boleh sebelum tahap terakhir "
                "{stage} ({started_on}).",
                day=day, stage=STAGES.ref(last.stage), started_on=last.started_on), "started_on")
    if day < client.admission_date:
        raise ValidationError(
            msg("Tanggal mulai tahap tidak boleh sebelum tanggal masuk "
            "({admission_date}).", admission_date=client.admission_date), "started_on")
    notes = clean_text(notes)
    ensure_unlocked(session, actor, day, reason=lock_reason, entity="client",
                    entity_id=client.id)
    before = {"current_stage": client.current_stage}
    session.add(StageHistory(client_id=client.id, stage=stage, started_on=day, notes=notes,
                             recorded_by=actor.user_id))
    client.current_stage = stage
    session.flush()
    audit(session, actor, "client.stage", "client", client.id, before,
          {"current_stage": stage, "started_on": day.isoformat(), "notes": notes})
    return _detail(session, client, masked=False, today=today)


def discharge_client(session: Session, actor: Actor, client_id: int, *, reason: str,
                     discharge_date: date, notes: str | None = None,
                     handover_to: str | None = None, handover_record: str | None = None,
                     version: int | None = None, today: date | None = None,
                     lock_reason: str | None = None) -> ClientDetail:
    """Terminasi: end the client's stay with a reason, date and handover record.

    Training enrollments are left as they are (see the module docstring).
    """
    require(actor, "client.discharge")
    client = _load_for_change(session, client_id)
    check_version(client, version, _label(client))
    if client.status == "terminasi":
        raise WorkflowError(
            msg("{label} sudah diterminasi pada {discharge_date}.",
                label=_label(client), discharge_date=client.discharge_date),
            "status")
    reason = DISCHARGE_REASONS.check(clean_text(reason), "reason") or ""
    day = _as_date(discharge_date, "discharge_date", "Tanggal terminasi", required=True)
    assert day is not None
    _not_future(day, _today(today), "discharge_date", "Tanggal terminasi")
    if day < client.admission_date:
        raise ValidationError(
            msg("Tanggal terminasi ({day}) tidak boleh sebelum tanggal masuk "
            "({admission_date}).", day=day, admission_date=client.admission_date), "discharge_date")
    last = _last_stage(session, client.id)
    if last is not None and day < last.started_on:
        raise ValidationError(
            msg("Tanggal terminasi ({day}) tidak boleh sebelum tahap terakhir "
                "{stage} ({started_on}).",
                day=day, stage=STAGES.ref(last.stage), started_on=last.started_on),
                "discharge_date")
    handover_to = clean_text(handover_to)
    if handover_to is not None and len(handover_to) > 200:
        raise ValidationError(msg("Diserahkan kepada: maksimal 200 karakter."), "handover_to")
    notes = clean_text(notes)
    handover_record = clean_text(handover_record)
    ensure_unlocked(session, actor, day, reason=lock_reason, entity="client",
                    entity_id=client.id)

    before = snapshot(client)
    client.status = "terminasi"
    client.discharge_date = day
    client.discharge_reason = reason
    client.discharge_notes = notes
    client.handover_to = handover_to
    client.handover_record = handover_record
    client.current_stage = DISCHARGE_STAGE
    session.add(StageHistory(client_id=client.id, stage=DISCHARGE_STAGE, started_on=day,
                             notes=notes, recorded_by=actor.user_id))
    session.flush()
    b, a = diff(before, snapshot(client))
    audit(session, actor, "client.discharge", "client", client.id, b, a)
    return _detail(session, client, masked=False, today=today)


def record_consent(session: Session, actor: Actor, client_id: int, *, kind: str, given_by: str,
                   given_on: date, scope: str | None = None,
                   today: date | None = None, lock_reason: str | None = None) -> ConsentView:
    """Record consent to process personal data, by the client or the guardian."""
    require(actor, "client.edit")
    client = _load_for_change(session, client_id)
    kind = CONSENT_KINDS.check(clean_text(kind), "kind") or ""
    who = clean_text(given_by)
    if not who:
        raise ValidationError(msg("Nama pemberi persetujuan wajib diisi."), "given_by")
    if len(who) > 200:
        raise ValidationError(msg("Nama pemberi persetujuan maksimal 200 karakter."), "given_by")
    day = _as_date(given_on, "given_on", "Tanggal persetujuan", required=True)
    assert day is not None
    _not_future(day, _today(today), "given_on", "Tanggal persetujuan")
    scope = clean_text(scope)
    ensure_unlocked(session, actor, day, reason=lock_reason, entity="consent")
    consent = Consent(client_id=client.id, kind=kind, given_by=who, given_on=day,
                      scope=scope, recorded_by=actor.user_id)
    session.add(consent)
    session.flush()
    audit(session, actor, "consent.record", "consent", consent.id, after=snapshot(consent))
    return _consent_view(consent)


def withdraw_consent(session: Session, actor: Actor, consent_id: int, *, withdrawn_on: date,
                     today: date | None = None) -> ConsentView:
    require(actor, "client.edit")
    consent = get_or_404(session, Consent, consent_id, "Persetujuan")
    if consent.withdrawn_on is not None:
        raise WorkflowError(
            msg("Persetujuan ini sudah ditarik pada {withdrawn_on}.",
                withdrawn_on=consent.withdrawn_on),
            "withdrawn_on")
    day = _as_date(withdrawn_on, "withdrawn_on", "Tanggal penarikan", required=True)
    assert day is not None
    _not_future(day, _today(today), "withdrawn_on", "Tanggal penarikan")
    if day < consent.given_on:
        raise ValidationError(
            msg("Tanggal penarikan tidak boleh sebelum tanggal persetujuan "
            "({given_on}).", given_on=consent.given_on), "withdrawn_on")
    before = snapshot(consent)
    consent.withdrawn_on = day
    session.flush()
    b, a = diff(before, snapshot(consent))
    audit(session, actor, "consent.withdraw", "consent", consent.id, b, a)
    return _consent_view(consent)


def set_photo(session: Session, actor: Actor, client_id: int, content: bytes | None) -> None:
    """Store (or with None remove) the client's photo: PNG or JPEG, at most 2 MB."""
    require(actor, "client.edit")
    client = _load_for_change(session, client_id)
    if content is not None:
        check_image(content, "photo", "Foto klien")
        content = bytes(content)
    before = snapshot(client, ["photo"])
    client.photo = content
    session.flush()
    after = snapshot(client, ["photo"])
    if before != after:
        audit(session, actor, "client.photo", "client", client.id, before, after)


def get_photo(session: Session, actor: Actor, client_id: int) -> bytes | None:
    require(actor, "client.view")
    _check_reach(session, actor, client_id)
    return session.execute(
        select(Client.photo).where(Client.id == client_id)
    ).scalar_one_or_none()


def get_client(session: Session, actor: Actor, client_id: int, *,
               today: date | None = None) -> ClientDetail:
    """Open one client. Unmasked views are audited as access to sensitive data."""
    require(actor, "client.view")
    client = _load(session, client_id)
    _check_reach(session, actor, client.id)
    masked = not can(actor, "client.view_sensitive")
    if not masked:
        audit(session, actor, "client.view_sensitive", "client", client.id)
    return _detail(session, client, masked=masked, today=today)
