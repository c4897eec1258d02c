"""Training: tracks, cohorts (angkatan), enrollments and sessions (pertemuan).

Administrators and staff manage tracks (program keterampilan), cohorts and who is enrolled. Tutors
see and work only on their own cohorts: a cohort belongs to a tutor when ``Cohort.tutor_id`` is the
tutor record linked to the tutor's user account. Counts shown with a cohort (participants,
sessions, JP delivered) and each participant's attendance share are computed with SQL aggregates,
never row by row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select, true
from sqlalchemy.orm import Session

from ..domain.codes import ClientStatus, EnrollmentStatus
from ..domain.errors import (
    DuplicateError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
    WorkflowError,
)
from ..domain.messages import msg
from ..domain.vocab import (
    COHORT_STATUSES,
    COMPETENCY_RESULTS,
    ENROLLMENT_STATUSES,
    PRESENT_CODES,
)
from ..storage.models import (
    Attendance,
    Client,
    Cohort,
    Enrollment,
    TrainingSession,
    TrainingTrack,
    Tutor,
)
from .base import (
    TUTOR,
    Actor,
    audit,
    check_version,
    clean_text,
    diff,
    get_or_404,
    require,
    snapshot,
)
from .period_lock import ensure_unlocked
from .training_checks import (  # noqa: F401 - TRACK_CODE_RE stays importable from here
    TRACK_CODE_RE,
    check_overlapping_enrollments,
    check_same_day_session,
    clean_track,
    follow_earlier_start,
    require_date,
    require_int,
)

MAX_JP_PER_SESSION = 12
#: Enrollment statuses that occupy a place in a cohort (everything except withdrawn).
PLACE_STATUSES = tuple(s.value for s in (EnrollmentStatus.ACTIVE, EnrollmentStatus.GRADUATED,
                                         EnrollmentStatus.FAILED))


# ------------------------------------------------------------------------------------ inputs/views


@dataclass(frozen=True)
class TrackInput:
    code: str
    name: str
    description: str | None = None
    total_jp: int = 0
    active: bool = True


@dataclass(frozen=True)
class TrackView:
    id: int
    code: str
    name: str
    description: str | None
    total_jp: int
    active: bool
    cohorts: int
    version: int


@dataclass(frozen=True)
class CohortInput:
    track_id: int
    name: str
    start_date: date
    end_date: date
    tutor_id: int | None = None
    planned_jp: int = 0
    capacity: int = 0


@dataclass(frozen=True)
class CohortView:
    id: int
    track_id: int
    track_name: str
    name: str
    tutor_id: int | None
    tutor_name: str
    start_date: date
    end_date: date
    planned_jp: int
    capacity: int
    status: str
    status_name: str
    enrolled: int
    sessions: int
    jp_delivered: int
    version: int
    track_code: str = ""


@dataclass(frozen=True)
class EnrollmentView:
    id: int
    cohort_id: int
    client_id: int
    reg_no: str
    client_name: str
    enrolled_on: date
    status: str
    status_name: str
    assessment_score: float | None
    competency_result: str | None
    competency_result_name: str
    assessed_on: date | None
    certificate_no: str | None
    graduated_on: date | None
    attendance_percent: float | None
    version: int
    assessor: str | None = None
    withdrawn_on: date | None = None
    cohort_name: str = ""
    track_name: str = ""


@dataclass(frozen=True)
class SessionInput:
    session_date: date
    jp: int
    topic: str | None = None
    tutor_id: int | None = None


@dataclass(frozen=True)
class SessionView:
    id: int
    cohort_id: int
    session_date: date
    jp: int
    topic: str | None
    tutor_id: int | None
    tutor_name: str
    recorded: int
    version: int


# ------------------------------------------------------------------------------- shared helpers


def client_label(client: Client) -> str:
    """How a client is named in messages: 'Siti Aminah (PM-2026-00012)'."""
    return f"{client.name} ({client.reg_no})"


def ensure_own_cohort(actor: Actor, cohort: Cohort) -> None:
    """A tutor works only on the cohorts they teach; other roles are not limited here."""
    if actor.role == TUTOR and (actor.tutor_id is None or cohort.tutor_id != actor.tutor_id):
        raise PermissionDenied(msg("Angkatan {name} bukan angkatan Anda.", name=cohort.name))


def load_cohort(s: Session, actor: Actor, cohort_id: int, action: str) -> Cohort:
    """Permission check, load, then the tutor ownership check: the order every service uses."""
    require(actor, action)
    cohort = get_or_404(s, Cohort, cohort_id, "Angkatan")
    ensure_own_cohort(actor, cohort)
    return cohort


def _tutor_names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(select(Tutor.id, Tutor.name).where(Tutor.id.in_(wanted))).all()
    return {r[0]: r[1] for r in rows}


def attendance_shares(s: Session, enrollment_ids: list[int]) -> dict[int, float | None]:
    """(H+T) / recorded sessions of each enrollment, in one grouped query."""
    if not enrollment_ids:
        return {}
    present = func.sum(case((Attendance.code.in_(sorted(PRESENT_CODES)), 1), else_=0))
    rows = s.execute(
        select(Enrollment.id, func.count(Attendance.id), present)
        .join(TrainingSession, TrainingSession.cohort_id == Enrollment.cohort_id)
        .join(Attendance, (Attendance.session_id == TrainingSession.id)
              & (Attendance.client_id == Enrollment.client_id))
        .where(Enrollment.id.in_(enrollment_ids))
        .group_by(Enrollment.id)
    ).all()
    shares: dict[int, float | None] = {i: None for i in enrollment_ids}
    for eid, recorded, present_n in rows:
        if recorded:
            shares[eid] = int(present_n or 0) / int(recorded)
    return shares


def enrollment_views(s: Session, enrollments: list[Enrollment]) -> list[EnrollmentView]:
    """Views of enrollments (clients and cohorts loaded in bulk, attendance aggregated in SQL)."""
    if not enrollments:
        return []
    s.flush()
    shares = attendance_shares(s, [e.id for e in enrollments])
    client_ids = {e.client_id for e in enrollments}
    clients = {
        c.id: c for c in s.execute(select(Client).where(Client.id.in_(client_ids))).scalars()
    }
    cohort_ids = {e.cohort_id for e in enrollments}
    cohorts = {
        r[0]: (r[1], r[2])
        for r in s.execute(
            select(Cohort.id, Cohort.name, TrainingTrack.name)
            .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
            .where(Cohort.id.in_(cohort_ids))
        ).all()
    }
    views = []
    for e in enrollments:
        client = clients[e.client_id]
        cohort_name, track_name = cohorts.get(e.cohort_id, ("", ""))
        views.append(EnrollmentView(
            id=e.id,
            cohort_id=e.cohort_id,
            client_id=e.client_id,
            reg_no=client.reg_no,
            client_name=client.name,
            enrolled_on=e.enrolled_on,
            status=e.status,
            status_name=ENROLLMENT_STATUSES.name(e.status),
            assessment_score=(float(e.assessment_score)
                              if e.assessment_score is not None else None),
            competency_result=e.competency_result,
            competency_result_name=COMPETENCY_RESULTS.name(e.competency_result),
            assessed_on=e.assessed_on,
            certificate_no=e.certificate_no,
            graduated_on=e.graduated_on,
            attendance_percent=shares.get(e.id),
            version=e.version,
            assessor=e.assessor,
            withdrawn_on=e.withdrawn_on,
            cohort_name=cohort_name,
            track_name=track_name,
        ))
    return views


def enrollment_view(s: Session, enrollment: Enrollment) -> EnrollmentView:
    return enrollment_views(s, [enrollment])[0]


# ----------------------------------------------------------------------------------------- tracks


def _track_counts(s: Session, track_ids: list[int]) -> dict[int, int]:
    if not track_ids:
        return {}
    rows = s.execute(
        select(Cohort.track_id, func.count(Cohort.id))
        .where(Cohort.track_id.in_(track_ids)).group_by(Cohort.track_id)
    ).all()
    return {r[0]: int(r[1]) for r in rows}


def _track_view(t: TrainingTrack, cohorts: int) -> TrackView:
    return TrackView(t.id, t.code, t.name, t.description, t.total_jp, t.active, cohorts,
                     t.version)


def create_track(s: Session, actor: Actor, data: TrackInput) -> TrackView:
    require(actor, "training.edit")
    values = clean_track(s, data, None)
    track = TrainingTrack(**values)
    s.add(track)
    s.flush()
    audit(s, actor, "track.create", "training_track", track.id, after=snapshot(track))
    return _track_view(track, 0)


def update_track(s: Session, actor: Actor, track_id: int, data: TrackInput, *,
                 version: int | None) -> TrackView:
    require(actor, "training.edit")
    track = get_or_404(s, TrainingTrack, track_id, "Program keterampilan")
    check_version(track, version, f"Program {track.name}")
    values = clean_track(s, data, track.id)
    before = snapshot(track)
    for key, value in values.items():
        setattr(track, key, value)
    s.flush()
    b, a = diff(before, snapshot(track))
    if a:
        audit(s, actor, "track.update", "training_track", track.id, b, a)
    return _track_view(track, _track_counts(s, [track.id]).get(track.id, 0))


def list_tracks(s: Session, actor: Actor, *, include_inactive: bool = False) -> list[TrackView]:
    require(actor, "training.view")
    query = select(TrainingTrack).order_by(TrainingTrack.name)
    if not include_inactive:
        query = query.where(TrainingTrack.active.is_(True))
    tracks = list(s.execute(query).scalars())
    counts = _track_counts(s, [t.id for t in tracks])
    return [_track_view(t, counts.get(t.id, 0)) for t in tracks]


# ---------------------------------------------------------------------------------------- cohorts


def _cohort_views(s: Session, cohorts: list[Cohort]) -> list[CohortView]:
    if not cohorts:
        return []
    s.flush()
    ids = [c.id for c in cohorts]
    enrolled = dict(s.execute(
        select(Enrollment.cohort_id, func.count(Enrollment.id))
        .where(Enrollment.cohort_id.in_(ids), Enrollment.status.in_(PLACE_STATUSES))
        .group_by(Enrollment.cohort_id)
    ).all())
    sessions = {
        r[0]: (int(r[1]), int(r[2] or 0))
        for r in s.execute(
            select(TrainingSession.cohort_id, func.count(TrainingSession.id),
                   func.sum(TrainingSession.jp))
            .where(TrainingSession.cohort_id.in_(ids)).group_by(TrainingSession.cohort_id)
        ).all()
    }
    tracks = {
        r[0]: (r[1], r[2])
        for r in s.execute(
            select(TrainingTrack.id, TrainingTrack.name, TrainingTrack.code)
            .where(TrainingTrack.id.in_({c.track_id for c in cohorts}))
        ).all()
    }
    tutors = _tutor_names(s, {c.tutor_id for c in cohorts})
    views = []
    for c in cohorts:
        n_sessions, jp = sessions.get(c.id, (0, 0))
        track_name, track_code = tracks.get(c.track_id, ("", ""))
        views.append(CohortView(
            id=c.id, track_id=c.track_id, track_name=track_name, name=c.name,
            tutor_id=c.tutor_id, tutor_name=tutors.get(c.tutor_id, "") if c.tutor_id else "",
            start_date=c.start_date, end_date=c.end_date, planned_jp=c.planned_jp,
            capacity=c.capacity, status=c.status, status_name=COHORT_STATUSES.name(c.status),
            enrolled=int(enrolled.get(c.id, 0)), sessions=n_sessions, jp_delivered=jp,
            version=c.version, track_code=track_code,
        ))
    return views


def _cohort_view(s: Session, cohort: Cohort) -> CohortView:
    return _cohort_views(s, [cohort])[0]


def _clean_cohort(s: Session, data: CohortInput, cohort: Cohort | None) -> dict[str, Any]:
    track = s.get(TrainingTrack, data.track_id) if data.track_id is not None else None
    if track is None:
        raise ValidationError(msg("Program keterampilan angkatan wajib dipilih."), "track_id")
    if cohort is None and not track.active:
        raise ValidationError(
            msg("Program {name} tidak aktif; aktifkan dahulu sebelum membuka angkatan baru.",
                name=track.name),
            "track_id")
    name = clean_text(data.name)
    if not name:
        raise ValidationError(msg("Nama angkatan wajib diisi."), "name")
    if len(name) > 120:
        raise ValidationError(msg("Nama angkatan paling banyak 120 karakter."), "name")
    start = require_date(data.start_date, "start_date", "Tanggal mulai angkatan")
    end = require_date(data.end_date, "end_date", "Tanggal selesai angkatan")
    if end < start:
        raise ValidationError(
            msg("Tanggal selesai angkatan tidak boleh sebelum tanggal mulai."), "end_date")
    planned_jp = require_int(data.planned_jp, "planned_jp", "Rencana JP", maximum=10_000)
    capacity = require_int(data.capacity, "capacity", "Kapasitas angkatan", maximum=1_000)
    if data.tutor_id is not None and (cohort is None or data.tutor_id != cohort.tutor_id):
        tutor = s.get(Tutor, data.tutor_id)
        if tutor is None:
            raise ValidationError(msg("Tutor dengan nomor {tutor_id} tidak ditemukan.",
                                      tutor_id=data.tutor_id),
                                  "tutor_id")
        if not tutor.active:
            raise ValidationError(msg("Tutor {name} tidak aktif.", name=tutor.name), "tutor_id")
    other = Cohort.id != cohort.id if cohort is not None else true()
    same = next((row for row in s.execute(
        select(Cohort.id, Cohort.name).where(Cohort.track_id == track.id, other))
        if row[1].casefold() == name.casefold()), None)
    if same:
        raise DuplicateError(
            msg("Angkatan '{same}' sudah ada pada program {name}.",
                same=same[1], name=track.name), "name",
            existing_id=same[0])
    if cohort is not None:
        if track.id != cohort.track_id and s.execute(
                select(Enrollment.id).where(Enrollment.cohort_id == cohort.id).limit(1)).first():
            raise ValidationError(
                msg("Angkatan {name} sudah memiliki peserta; programnya tidak dapat diganti.",
                    name=cohort.name),
                "track_id")
        if capacity > 0:
            taken = s.execute(
                select(func.count(Enrollment.id)).where(
                    Enrollment.cohort_id == cohort.id,
                    Enrollment.status.in_(PLACE_STATUSES))).scalar_one()
            if taken > capacity:
                raise ValidationError(
                    msg("Kapasitas {capacity} lebih kecil dari jumlah peserta angkatan "
                        "{name} ({taken}).",
                        capacity=capacity, name=cohort.name, taken=taken), "capacity")
        outside = s.execute(
            select(func.min(TrainingSession.session_date), func.max(TrainingSession.session_date))
            .where(TrainingSession.cohort_id == cohort.id)).one()
        if outside[0] is not None and (outside[0] < start or outside[1] > end):
            raise ValidationError(
                msg("Angkatan {name} sudah memiliki pertemuan dari {outside:%d-%m-%Y} "
                    "sampai {outside2:%d-%m-%Y}; tanggal angkatan harus mencakupnya.",
                    name=cohort.name, outside=outside[0], outside2=outside[1]),
                "start_date" if outside[0] < start else "end_date")
    return {
        "track_id": track.id, "name": name, "start_date": start, "end_date": end,
        "tutor_id": data.tutor_id, "planned_jp": planned_jp, "capacity": capacity,
    }


def create_cohort(s: Session, actor: Actor, data: CohortInput) -> CohortView:
    require(actor, "training.edit")
    values = _clean_cohort(s, data, None)
    cohort = Cohort(**values, status="direncanakan")
    s.add(cohort)
    s.flush()
    audit(s, actor, "cohort.create", "cohort", cohort.id, after=snapshot(cohort))
    return _cohort_view(s, cohort)


def update_cohort(s: Session, actor: Actor, cohort_id: int, data: CohortInput, *,
                  version: int | None, lock_reason: str | None = None) -> CohortView:
    """Edit a cohort. Moving its start earlier moves the enrolment date of the participants who
    were there from the old start, so they appear in the earlier sessions' attendance."""
    require(actor, "training.edit")
    cohort = get_or_404(s, Cohort, cohort_id, "Angkatan")
    check_version(cohort, version, f"Angkatan {cohort.name}")
    values = _clean_cohort(s, data, cohort)
    old_start = cohort.start_date
    before = snapshot(cohort)
    for key, value in values.items():
        setattr(cohort, key, value)
    s.flush()
    follow_earlier_start(s, actor, cohort, old_start, values["start_date"],
                         lock_reason=lock_reason)
    b, a = diff(before, snapshot(cohort))
    if a:
        audit(s, actor, "cohort.update", "cohort", cohort.id, b, a)
    return _cohort_view(s, cohort)


def set_cohort_status(s: Session, actor: Actor, cohort_id: int, status: str, *,
                      version: int | None = None) -> CohortView:
    require(actor, "training.edit")
    cohort = get_or_404(s, Cohort, cohort_id, "Angkatan")
    check_version(cohort, version, f"Angkatan {cohort.name}")
    COHORT_STATUSES.check(status, "status")
    if status != cohort.status:
        before = {"status": cohort.status}
        cohort.status = status
        s.flush()
        audit(s, actor, "cohort.status", "cohort", cohort.id, before, {"status": status})
    return _cohort_view(s, cohort)


def get_cohort(s: Session, actor: Actor, cohort_id: int) -> CohortView:
    cohort = load_cohort(s, actor, cohort_id, "training.view")
    return _cohort_view(s, cohort)


def list_cohorts(s: Session, actor: Actor, *, track_id: int | None = None,
                 status: str | None = None) -> list[CohortView]:
    """Cohorts, newest first; a tutor sees only their own."""
    require(actor, "training.view")
    query = select(Cohort).order_by(Cohort.start_date.desc(), Cohort.name)
    if actor.role == TUTOR:
        if actor.tutor_id is None:
            return []
        query = query.where(Cohort.tutor_id == actor.tutor_id)
    if track_id is not None:
        query = query.where(Cohort.track_id == track_id)
    if status is not None:
        COHORT_STATUSES.check(status, "status")
        query = query.where(Cohort.status == status)
    return _cohort_views(s, list(s.execute(query).scalars()))


# ------------------------------------------------------------------------------------ enrollments


def enroll_clients(s: Session, actor: Actor, cohort_id: int, client_ids: list[int], *,
                   enrolled_on: date, lock_reason: str | None = None,
                   confirmed: bool = False) -> list[EnrollmentView]:
    """Enroll several clients at once: every one is checked before anything is written.
    A client active in another cohort whose dates overlap raises ConfirmationRequired unless
    ``confirmed``.

    The enrollment date (and, for a client back after a withdrawal, the dates of the earlier
    enrollment it replaces) must lie outside approved periods unless an administrator gives
    ``lock_reason``.
    """
    require(actor, "training.edit")
    cohort = get_or_404(s, Cohort, cohort_id, "Angkatan")
    enrolled_on = require_date(enrolled_on, "enrolled_on", "Tanggal masuk angkatan")
    ids = list(dict.fromkeys(client_ids))
    if not ids:
        raise ValidationError(msg("Pilih minimal satu klien untuk didaftarkan."), "client_ids")
    if cohort.status == "selesai":
        raise WorkflowError(
            msg("Angkatan {name} sudah selesai; tidak dapat menerima peserta baru.",
                name=cohort.name))
    if enrolled_on > cohort.end_date:
        raise ValidationError(
            msg("Tanggal masuk {enrolled_on:%d-%m-%Y} sesudah angkatan {name} berakhir "
                "({end_date:%d-%m-%Y}).",
                enrolled_on=enrolled_on, name=cohort.name, end_date=cohort.end_date), "enrolled_on")
    clients = {c.id: c for c in s.execute(select(Client).where(Client.id.in_(ids))).scalars()}
    missing = [i for i in ids if i not in clients]
    if missing:
        raise NotFoundError(msg("Klien dengan nomor {numbers} tidak ditemukan.",
                                numbers=", ".join(str(i) for i in missing)))
    for cid in ids:
        if clients[cid].status != ClientStatus.RESIDENT:
            raise ValidationError(
                msg("{client_label} tidak berstatus aktif (sudah terminasi); "
                "tidak dapat didaftarkan.", client_label=client_label(clients[cid])), "client_ids")
    existing = {
        e.client_id: e for e in s.execute(
            select(Enrollment).where(Enrollment.cohort_id == cohort.id,
                                     Enrollment.client_id.in_(ids))).scalars()
    }
    for cid, e in existing.items():
        if e.status == EnrollmentStatus.ACTIVE:
            raise DuplicateError(
                msg("{client_label} sudah terdaftar di angkatan {name}.",
                    client_label=client_label(clients[cid]), name=cohort.name),
                "client_ids", existing_id=e.id)
        if e.status != "keluar":
            raise ValidationError(
                msg("{client_label} sudah pernah menyelesaikan angkatan {name} "
                    "({status}).",
                    client_label=client_label(clients[cid]), name=cohort.name,
                    status=ENROLLMENT_STATUSES.ref(e.status)), "client_ids")
    elsewhere = s.execute(
        select(Enrollment.client_id, Cohort.name)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .where(Enrollment.client_id.in_(ids), Enrollment.status == EnrollmentStatus.ACTIVE.value,
               Cohort.track_id == cohort.track_id, Cohort.id != cohort.id)
    ).first()
    if elsewhere:
        raise ValidationError(
            msg("{client_label} masih aktif di angkatan {elsewhere} "
                "pada program yang sama.",
                client_label=client_label(clients[elsewhere[0]]), elsewhere=elsewhere[1]),
                "client_ids")
    if cohort.capacity > 0:
        taken = s.execute(
            select(func.count(Enrollment.id)).where(
                Enrollment.cohort_id == cohort.id,
                Enrollment.status.in_(PLACE_STATUSES))).scalar_one()
        if taken + len(ids) > cohort.capacity:
            free = max(cohort.capacity - taken, 0)
            over = ", ".join(client_label(clients[cid]) for cid in ids[free:])
            raise ValidationError(
                msg("Kapasitas angkatan {name} {capacity} orang, sudah terisi {taken}; "
                    "tidak cukup tempat untuk: {over}.",
                    name=cohort.name, capacity=cohort.capacity, taken=taken, over=over),
                    "client_ids")
    check_overlapping_enrollments(s, cohort, ids, confirmed=confirmed)
    days: list[date | None] = [enrolled_on]
    for e in existing.values():  # re-enrollments overwrite these dates
        days += [e.enrolled_on, e.withdrawn_on]
    ensure_unlocked(s, actor, days, reason=lock_reason, entity="cohort", entity_id=cohort.id)

    result: list[Enrollment] = []
    for cid in ids:
        previous = existing.get(cid)
        if previous is not None:  # withdrawn earlier, now back in the same cohort
            before = snapshot(previous)
            previous.status = EnrollmentStatus.ACTIVE.value
            previous.enrolled_on = enrolled_on
            previous.withdrawn_on = None
            s.flush()
            b, a = diff(before, snapshot(previous))
            audit(s, actor, "enrollment.reenroll", "enrollment", previous.id, b, a)
            result.append(previous)
            continue
        enrollment = Enrollment(cohort_id=cohort.id, client_id=cid, enrolled_on=enrolled_on,
                                status=EnrollmentStatus.ACTIVE.value)
        s.add(enrollment)
        s.flush()
        audit(s, actor, "enrollment.create", "enrollment", enrollment.id,
              after=snapshot(enrollment))
        result.append(enrollment)
    return enrollment_views(s, result)


def withdraw_enrollment(s: Session, actor: Actor, enrollment_id: int, *, withdrawn_on: date,
                        reason: str | None = None, version: int | None = None,
                        lock_reason: str | None = None) -> EnrollmentView:
    require(actor, "training.edit")
    enrollment = get_or_404(s, Enrollment, enrollment_id, "Peserta angkatan")
    client = get_or_404(s, Client, enrollment.client_id, "Klien")
    check_version(enrollment, version, f"Peserta {client_label(client)}")
    withdrawn_on = require_date(withdrawn_on, "withdrawn_on", "Tanggal keluar")
    if enrollment.status != EnrollmentStatus.ACTIVE:
        raise WorkflowError(
            msg("{client_label} berstatus {status}; "
                "hanya peserta aktif yang dapat dikeluarkan.",
                client_label=client_label(client),
                status=ENROLLMENT_STATUSES.ref(enrollment.status)))
    if withdrawn_on < enrollment.enrolled_on:
        raise ValidationError(
            msg("Tanggal keluar tidak boleh sebelum tanggal masuk "
            "({enrolled_on:%d-%m-%Y}).", enrolled_on=enrollment.enrolled_on), "withdrawn_on")
    ensure_unlocked(s, actor, withdrawn_on, reason=lock_reason, entity="enrollment",
                    entity_id=enrollment.id)
    before = snapshot(enrollment)
    enrollment.status = "keluar"
    enrollment.withdrawn_on = withdrawn_on
    s.flush()
    b, a = diff(before, snapshot(enrollment))
    audit(s, actor, "enrollment.withdraw", "enrollment", enrollment.id, b, a,
          reason=clean_text(reason))
    return enrollment_view(s, enrollment)


def list_enrollments(s: Session, actor: Actor, cohort_id: int) -> list[EnrollmentView]:
    cohort = load_cohort(s, actor, cohort_id, "training.view")
    enrollments = list(s.execute(
        select(Enrollment).join(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.cohort_id == cohort.id)
        .order_by(Client.name_normalized, Client.reg_no)).scalars())
    return enrollment_views(s, enrollments)


# --------------------------------------------------------------------------------------- sessions


def session_views(s: Session, sessions: list[TrainingSession]) -> list[SessionView]:
    if not sessions:
        return []
    s.flush()
    ids = [x.id for x in sessions]
    recorded = dict(s.execute(
        select(Attendance.session_id, func.count(Attendance.id))
        .where(Attendance.session_id.in_(ids)).group_by(Attendance.session_id)
    ).all())
    tutors = _tutor_names(s, {x.tutor_id for x in sessions})
    return [
        SessionView(x.id, x.cohort_id, x.session_date, x.jp, x.topic, x.tutor_id,
                    tutors.get(x.tutor_id, "") if x.tutor_id else "",
                    int(recorded.get(x.id, 0)), x.version)
        for x in sessions
    ]


def session_view(s: Session, session: TrainingSession) -> SessionView:
    return session_views(s, [session])[0]


def _clean_session(s: Session, actor: Actor, cohort: Cohort, data: SessionInput,
                   current: TrainingSession | None) -> dict[str, Any]:
    day = require_date(data.session_date, "session_date", "Tanggal pertemuan")
    if not cohort.start_date <= day <= cohort.end_date:
        raise ValidationError(
            msg("Tanggal pertemuan {day:%d-%m-%Y} di luar masa angkatan {name} "
                "({start_date:%d-%m-%Y} s.d. {end_date:%d-%m-%Y}).",
                day=day, name=cohort.name, start_date=cohort.start_date,
                end_date=cohort.end_date), "session_date")
    jp = require_int(data.jp, "jp", "Jumlah JP pertemuan", minimum=1,
                     maximum=MAX_JP_PER_SESSION)
    topic = clean_text(data.topic)
    if topic and len(topic) > 300:
        raise ValidationError(msg("Materi pertemuan paling banyak 300 karakter."), "topic")
    tutor_id = data.tutor_id if data.tutor_id is not None else cohort.tutor_id
    if tutor_id is not None and (current is None or tutor_id != current.tutor_id):
        if actor.role == TUTOR and tutor_id != actor.tutor_id:
            raise PermissionDenied(
                msg("Tutor hanya dapat mencatat pertemuan atas namanya sendiri."))
        if s.get(Tutor, tutor_id) is None:
            raise ValidationError(msg("Tutor dengan nomor {tutor_id} tidak ditemukan.",
                                      tutor_id=tutor_id), "tutor_id")
    return {"session_date": day, "jp": jp, "topic": topic, "tutor_id": tutor_id}


def add_session(s: Session, actor: Actor, cohort_id: int, data: SessionInput, *,
                lock_reason: str | None = None, confirmed: bool = False) -> SessionView:
    """Add a session; a second one of the cohort on the same day needs ``confirmed``."""
    cohort = load_cohort(s, actor, cohort_id, "session.edit")
    values = _clean_session(s, actor, cohort, data, None)
    check_same_day_session(s, cohort, values["session_date"], session_id=None,
                           confirmed=confirmed)
    ensure_unlocked(s, actor, values["session_date"], reason=lock_reason,
                    entity="cohort", entity_id=cohort.id)
    session = TrainingSession(cohort_id=cohort.id, **values)
    s.add(session)
    s.flush()
    audit(s, actor, "session.create", "training_session", session.id, after=snapshot(session))
    return session_view(s, session)


def _load_session(s: Session, actor: Actor, session_id: int,
                  action: str) -> tuple[TrainingSession, Cohort]:
    require(actor, action)
    session = get_or_404(s, TrainingSession, session_id, "Pertemuan")
    cohort = get_or_404(s, Cohort, session.cohort_id, "Angkatan")
    ensure_own_cohort(actor, cohort)
    return session, cohort


def update_session(s: Session, actor: Actor, session_id: int, data: SessionInput, *,
                   version: int | None, lock_reason: str | None = None,
                   confirmed: bool = False) -> SessionView:
    """Edit a session; its old and new date must lie outside approved periods (JP and
    topic count in the period's report) unless an administrator gives ``lock_reason``."""
    session, cohort = _load_session(s, actor, session_id, "session.edit")
    check_version(session, version, f"Pertemuan {session.session_date:%d-%m-%Y}")
    values = _clean_session(s, actor, cohort, data, session)
    if values["session_date"] != session.session_date:
        check_same_day_session(s, cohort, values["session_date"], session_id=session.id,
                               confirmed=confirmed)
    if any(getattr(session, key) != value for key, value in values.items()):
        ensure_unlocked(s, actor, [session.session_date, values["session_date"]],
                        reason=lock_reason, entity="training_session", entity_id=session.id)
    before = snapshot(session)
    for key, value in values.items():
        setattr(session, key, value)
    s.flush()
    b, a = diff(before, snapshot(session))
    if a:
        audit(s, actor, "session.update", "training_session", session.id, b, a)
    return session_view(s, session)


# Removing and listing sessions live in services/session_ops.py (this module's size).
from .session_ops import delete_session, list_sessions  # noqa: E402, F401 - re-exported
