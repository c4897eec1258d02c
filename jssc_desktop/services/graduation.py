"""Competency assessment, graduation and certificates, and scheduling the follow-ups.

A participant found 'kompeten' graduates (lulus) with a certificate numbered
``{seq:04d}/{TRACKCODE}/{UPTCODE}/{year}``: the sequence runs per year across the whole UPT.
Graduation schedules the bimbingan lanjut visits at 3, 6 and 12 months (``followup_months()``);
a due date that falls past the end of a shorter month moves to its last day (31 January + 1 month
is 28 or 29 February).
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.codes import EnrollmentStatus
from ..domain.errors import ConflictError, ValidationError, WorkflowError
from ..domain.messages import msg
from ..domain.vocab import COMPETENCY_RESULTS, ENROLLMENT_STATUSES, followup_months
from ..storage.models import (
    Client,
    Cohort,
    Enrollment,
    FollowUp,
    TrainingTrack,
    UptProfile,
)
from .base import Actor, audit, check_version, clean_text, diff, get_or_404, require, snapshot
from .period_lock import ensure_unlocked
from .training import (
    EnrollmentView,
    client_label,
    enrollment_view,
    enrollment_views,
    ensure_own_cohort,
)
from .training_checks import require_date

DEFAULT_UPT_CODE = "UPT"
_UNSAFE = re.compile(r"[\s/]+")


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, the day clamped to the last day of the target month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def upt_code(s: Session) -> str:
    """The UPT's code for certificate numbers, 'UPT' until the profile is filled in."""
    code = s.execute(select(UptProfile.code).order_by(UptProfile.id).limit(1)).scalar()
    code = _UNSAFE.sub("-", (code or "").strip()).strip("-")[:25]
    return code or DEFAULT_UPT_CODE


def next_certificate_seq(s: Session, year: int) -> int:
    """The next free sequence number of the year's certificates (1 for the first)."""
    numbers = s.execute(
        select(Enrollment.certificate_no).where(Enrollment.certificate_no.like(f"%/{year}"))
    ).scalars()
    highest = 0
    for number in numbers:
        head = (number or "").split("/", 1)[0]
        if head.isdigit():
            highest = max(highest, int(head))
    return highest + 1


def certificate_number(seq: int, track_code: str, upt: str, year: int) -> str:
    return f"{seq:04d}/{track_code}/{upt}/{year}"


def _load(s: Session, actor: Actor, enrollment_id: int,
          action: str) -> tuple[Enrollment, Client, Cohort]:
    require(actor, action)
    enrollment = get_or_404(s, Enrollment, enrollment_id, "Peserta angkatan")
    cohort = get_or_404(s, Cohort, enrollment.cohort_id, "Angkatan")
    ensure_own_cohort(actor, cohort)
    client = get_or_404(s, Client, enrollment.client_id, "Klien")
    return enrollment, client, cohort


def _require_active(enrollment: Enrollment, client: Client, doing: str) -> None:
    if enrollment.status != EnrollmentStatus.ACTIVE:
        raise WorkflowError(
            msg("{client_label} berstatus {status}; "
                "hanya peserta aktif yang dapat {doing}.",
                client_label=client_label(client),
                status=ENROLLMENT_STATUSES.ref(enrollment.status), doing=doing))


def _clean_score(score: float | int | Decimal | None) -> float | None:
    if score is None:
        return None
    if isinstance(score, bool) or not isinstance(score, (int, float, Decimal)):
        raise ValidationError(msg("Nilai uji kompetensi harus berupa angka 0 sampai 100."), "score")
    value = float(score)
    if math.isnan(value) or not 0 <= value <= 100:
        raise ValidationError(
            msg("Nilai uji kompetensi harus 0 sampai 100, bukan {score}.", score=score), "score")
    return round(value, 2)


def record_assessment(s: Session, actor: Actor, enrollment_id: int, *,
                      score: float | None, result: str, assessed_on: date,
                      assessor: str | None = None, version: int | None = None,
                      lock_reason: str | None = None) -> EnrollmentView:
    """Record (or correct, while still active) a participant's competency assessment.

    The assessment date (and, for a correction, the earlier one) must lie outside approved
    periods unless an administrator gives ``lock_reason``.
    """
    enrollment, client, _cohort = _load(s, actor, enrollment_id, "assessment.record")
    check_version(enrollment, version, f"Peserta {client_label(client)}")
    _require_active(enrollment, client, msg("dinilai"))
    value = _clean_score(score)
    COMPETENCY_RESULTS.check(result, "result")
    day = require_date(assessed_on, "assessed_on", "Tanggal uji kompetensi")
    if day < enrollment.enrolled_on:
        raise ValidationError(
            msg("Tanggal uji kompetensi {client_label} tidak boleh sebelum tanggal masuk "
                "angkatan ({enrolled_on:%d-%m-%Y}).",
                client_label=client_label(client), enrolled_on=enrollment.enrolled_on),
                "assessed_on")
    who = clean_text(assessor)
    if who and len(who) > 200:
        raise ValidationError(msg("Nama penguji paling banyak 200 karakter."), "assessor")
    if (value, result, day, who) != (
            None if enrollment.assessment_score is None else float(enrollment.assessment_score),
            enrollment.competency_result, enrollment.assessed_on, enrollment.assessor):
        ensure_unlocked(s, actor, [enrollment.assessed_on, day], reason=lock_reason,
                        entity="enrollment", entity_id=enrollment.id)
    before = snapshot(enrollment)
    enrollment.assessment_score = value
    enrollment.competency_result = result
    enrollment.assessed_on = day
    enrollment.assessor = who
    s.flush()
    b, a = diff(before, snapshot(enrollment))
    if a:
        audit(s, actor, "enrollment.assess", "enrollment", enrollment.id, b, a)
    return enrollment_view(s, enrollment)


def _check_graduation(enrollment: Enrollment, client: Client, graduated_on: date) -> None:
    _require_active(enrollment, client, msg("diluluskan"))
    if enrollment.competency_result != "kompeten":
        state = (COMPETENCY_RESULTS.ref(enrollment.competency_result, lower=True)
                 if enrollment.competency_result else msg("belum dinilai"))
        raise WorkflowError(
            msg("{client_label} belum dapat diluluskan: hasil uji kompetensi {state}. "
                "Hanya peserta kompeten yang lulus dan menerima sertifikat.",
                client_label=client_label(client), state=state))
    if enrollment.assessed_on is not None and graduated_on < enrollment.assessed_on:
        raise ValidationError(
            msg("Tanggal lulus {client_label} tidak boleh sebelum tanggal uji kompetensi "
                "({assessed_on:%d-%m-%Y}).",
                client_label=client_label(client), assessed_on=enrollment.assessed_on),
                "graduated_on")


def _graduate_one(s: Session, actor: Actor, enrollment: Enrollment, certificate_no: str,
                  graduated_on: date) -> None:
    before = snapshot(enrollment)
    enrollment.status = "lulus"
    enrollment.graduated_on = graduated_on
    enrollment.certificate_no = certificate_no
    have = set(s.execute(
        select(FollowUp.months_after).where(FollowUp.enrollment_id == enrollment.id)).scalars())
    due = {}
    for months in followup_months():
        if months in have:
            continue
        due_date = add_months(graduated_on, months)
        s.add(FollowUp(enrollment_id=enrollment.id, client_id=enrollment.client_id,
                       months_after=months, due_date=due_date))
        due[str(months)] = due_date.isoformat()
    try:
        s.flush()
    except IntegrityError as exc:
        raise ConflictError(
            msg("Nomor sertifikat {certificate_no} baru saja dipakai dari komputer lain. "
                "Tidak ada yang disimpan; ulangi penetapan kelulusan.",
                certificate_no=certificate_no)) from exc
    b, a = diff(before, snapshot(enrollment))
    a["followups_due"] = due
    audit(s, actor, "enrollment.graduate", "enrollment", enrollment.id, b, a)


def _track_code(s: Session, cohort: Cohort) -> str:
    track = get_or_404(s, TrainingTrack, cohort.track_id, "Program keterampilan")
    return track.code


def graduate(s: Session, actor: Actor, enrollment_id: int, *, graduated_on: date,
             version: int | None = None, lock_reason: str | None = None) -> EnrollmentView:
    """Graduate one 'kompeten' participant: certificate number and follow-up schedule."""
    enrollment, client, cohort = _load(s, actor, enrollment_id, "graduation.record")
    check_version(enrollment, version, f"Peserta {client_label(client)}")
    day = require_date(graduated_on, "graduated_on", "Tanggal lulus")
    _check_graduation(enrollment, client, day)
    ensure_unlocked(s, actor, day, reason=lock_reason, entity="enrollment",
                    entity_id=enrollment.id)
    number = certificate_number(next_certificate_seq(s, day.year), _track_code(s, cohort),
                                upt_code(s), day.year)
    _graduate_one(s, actor, enrollment, number, day)
    return enrollment_view(s, enrollment)


def graduate_cohort(s: Session, actor: Actor, cohort_id: int, *,
                    graduated_on: date,
                    lock_reason: str | None = None) -> list[EnrollmentView]:
    """Close a cohort's assessment: 'kompeten' participants graduate, 'belum kompeten' do not pass.

    Participants not yet assessed stay active. Returns the participants changed, in name order
    (which is also the order of their certificate numbers).
    """
    require(actor, "graduation.record")
    cohort = get_or_404(s, Cohort, cohort_id, "Angkatan")
    day = require_date(graduated_on, "graduated_on", "Tanggal lulus")
    rows = s.execute(
        select(Enrollment, Client).join(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.cohort_id == cohort.id,
               Enrollment.status == EnrollmentStatus.ACTIVE.value,
               Enrollment.competency_result.is_not(None))
        .order_by(Client.name_normalized, Client.reg_no)).all()
    if not rows:
        raise WorkflowError(
            msg("Angkatan {name} tidak memiliki peserta aktif yang sudah dinilai; "
            "isi hasil uji kompetensi terlebih dahulu.", name=cohort.name))
    passing = [(e, c) for e, c in rows if e.competency_result == "kompeten"]
    for e, c in passing:
        _check_graduation(e, c, day)
    ensure_unlocked(s, actor, day, reason=lock_reason, entity="cohort", entity_id=cohort.id)
    changed: list[Enrollment] = []
    if passing:
        seq = next_certificate_seq(s, day.year)
        track_code, upt = _track_code(s, cohort), upt_code(s)
        for e, _c in passing:
            _graduate_one(s, actor, e, certificate_number(seq, track_code, upt, day.year), day)
            seq += 1
    for e, _c in rows:
        if e.competency_result == "belum_kompeten":
            before = {"status": e.status}
            e.status = "tidak_lulus"
            s.flush()
            audit(s, actor, "enrollment.not_passed", "enrollment", e.id, before,
                  {"status": e.status, "decided_on": day.isoformat()})
        changed.append(e)
    return enrollment_views(s, changed)
