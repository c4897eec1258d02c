"""Verification codes of training certificates.

Each printed certificate carries a short random code (``7KQ2M-X9D4T``: ten characters of
Crockford's base32, 50 bits, so it cannot be guessed) stored with the enrollment. Whoever holds a
certificate can have it checked against the UPT's database (``jssc-desktop document verify
CODE``): the code tells whose certificate it is, for which training and from when, or that no
certificate carries it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import NotFoundError, ValidationError
from ..domain.messages import msg
from ..domain.vocab import COMPETENCY_RESULTS, ENROLLMENT_STATUSES
from ..storage.models import Client, Cohort, Enrollment, TrainingTrack, UptProfile
from .base import Actor, audit, require

#: Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code: str) -> str:
    """``7KQ2MX9D4T`` → ``7KQ2M-X9D4T`` (as printed)."""
    return f"{code[:5]}-{code[5:]}" if len(code) == CODE_LENGTH else code


def normalize_code(text: str) -> str:
    """What a person typed (any case, dashes, spaces, O for 0) → the stored code."""
    raw = "".join(str(text or "").split()).replace("-", "").upper().translate(_READ_AS)
    if len(raw) != CODE_LENGTH or any(ch not in ALPHABET for ch in raw):
        raise ValidationError(
            msg("Kode verifikasi '{text}' tidak sah: 10 huruf/angka seperti 7KQ2M-X9D4T.",
                text=text), "code")
    return raw


def ensure_code(session: Session, actor: Actor, enrollment: Enrollment) -> str:
    """The enrollment's verification code, made (and audited) at the first print."""
    if enrollment.certificate_code:
        return enrollment.certificate_code
    while True:
        code = new_code()
        taken = session.execute(select(Enrollment.id).where(
            Enrollment.certificate_code == code)).first()
        if taken is None:
            break
    enrollment.certificate_code = code
    session.flush()
    audit(session, actor, "certificate.code", "enrollment", enrollment.id,
          after={"certificate_no": enrollment.certificate_no, "certificate_code": code})
    return code


@dataclass(frozen=True)
class CertificateCheck:
    code: str
    certificate_no: str
    client_name: str
    reg_no: str
    track_name: str
    cohort_name: str
    start_date: date
    end_date: date
    graduated_on: date | None
    result: str
    upt_name: str
    #: False when the enrollment no longer stands as graduated (the certificate is void).
    valid: bool = True
    status_name: str = ""


def verify_code(session: Session, actor: Actor, text: str) -> CertificateCheck:
    """The certificate that carries this code; NotFoundError when none does."""
    require(actor, "training.view")
    code = normalize_code(text)
    row = session.execute(
        select(Enrollment, Client.name, Client.reg_no, TrainingTrack.name, Cohort.name,
               Cohort.start_date, Cohort.end_date)
        .join(Client, Client.id == Enrollment.client_id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .join(TrainingTrack, TrainingTrack.id == Cohort.track_id)
        .where(Enrollment.certificate_code == code)).first()
    if row is None:
        raise NotFoundError(
            msg("Tidak ada sertifikat dengan kode verifikasi {format_code} di basis data "
                "ini: sertifikat itu tidak diterbitkan oleh UPT ini atau kodenya salah.",
                format_code=format_code(code)))
    e, name, reg_no, track, cohort, start, end = row
    upt = session.execute(select(UptProfile.name).order_by(UptProfile.id).limit(1)).scalar()
    return CertificateCheck(
        code=format_code(code), certificate_no=e.certificate_no or "", client_name=name,
        reg_no=reg_no, track_name=track, cohort_name=cohort, start_date=start, end_date=end,
        graduated_on=e.graduated_on, result=COMPETENCY_RESULTS.name(e.competency_result),
        upt_name=upt or "", valid=e.status == "lulus",
        status_name=ENROLLMENT_STATUSES.name(e.status))
