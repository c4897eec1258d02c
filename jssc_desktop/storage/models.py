"""SQLAlchemy 2.0 typed models of one UPT's data.

Conventions:
- Every constraint and index has a name (see ``NAMING``), so Alembic migrations can refer to them
  on SQLite and PostgreSQL alike.
- Records that people edit carry ``version`` for optimistic locking: SQLAlchemy adds
  ``WHERE version = :old`` to every UPDATE and bumps it, so a stale write matches no row and is
  refused instead of overwriting someone else's change.
- Coded columns store the codes of ``domain/vocabularies.json``; the closed sets that the database
  itself can guard (sex, attendance code, role, statuses) have CHECK constraints too.
- Money is whole Rupiah in a BIGINT.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from ..domain.codes import ClientStatus, EnrollmentStatus

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _in(column: str, codes: list[str] | tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{c}'" for c in codes)
    return f"{column} IN ({quoted})"


class Versioned:
    """Mixin: optimistic locking and change timestamps for records people edit."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=func.now(), onupdate=func.now()
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # The mapped subclass has a __table__; this mixin, where mypy looks, does not.
        table = cls.__table__  # type: ignore[attr-defined]  # set on the mapped subclass
        return {"version_id_col": table.c.version}


ROLE_CODES = ("admin", "staff", "tutor", "head", "prov_staff", "prov_head")
SEX_CODES = ("L", "P")
ATTENDANCE_CODES = ("H", "S", "I", "A", "T")
CLIENT_STATUS_CODES = tuple(s.value for s in ClientStatus)
ENROLLMENT_STATUS_CODES = tuple(s.value for s in EnrollmentStatus)
COHORT_STATUS_CODES = ("direncanakan", "berjalan", "selesai")
FACILITY_STATUS_CODES = (
    "draf", "diajukan", "diverifikasi", "disetujui", "dianggarkan", "dikerjakan", "selesai",
    "ditolak",
)
FACILITY_KIND_CODES = ("fisik", "nonfisik")
TUTOR_TYPE_CODES = ("internal", "eksternal")
FOLLOWUP_MONTHS = (3, 6, 12)


# --------------------------------------------------------------------------------------- UPT, users


class UptProfile(Versioned, Base):
    """The one row describing this installation's UPT."""

    __tablename__ = "upt_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(30))
    cluster: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(Text)
    kab_kota_code: Mapped[str | None] = mapped_column(String(4))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(120))
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    head_name: Mapped[str | None] = mapped_column(String(200))
    head_nip: Mapped[str | None] = mapped_column(String(30))
    #: Pangkat/golongan of the head, printed under the name in signature blocks
    #: ("Pembina Tingkat I (IV/b)").
    head_rank: Mapped[str | None] = mapped_column(String(100))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)

    __table_args__ = (CheckConstraint("capacity >= 0", name="capacity_nonneg"),)


class User(Versioned, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))
    password_hash: Mapped[str] = mapped_column(String(255))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    tutor_id: Mapped[int | None] = mapped_column(ForeignKey("tutors.id", ondelete="SET NULL"))
    #: argon2id hash of the recovery key shown once when an administrator is set up: it resets a
    #: forgotten administrator password (``jssc-desktop user recover``).
    recovery_key_hash: Mapped[str | None] = mapped_column(String(255))

    tutor: Mapped[Tutor | None] = relationship()

    __table_args__ = (CheckConstraint(_in("role", ROLE_CODES), name="role_valid"),)


class ActingHead(Base):
    """A Plh. (pelaksana harian): a user the head of UPT designates to act as head, and so to
    approve, from ``starts_on`` to ``ends_on`` (both included), unless revoked earlier."""

    __tablename__ = "acting_heads"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    designated_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    designated_at: Mapped[datetime] = mapped_column(DateTime, default=func.now())
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="acting_head_dates"),
        Index("ix_acting_heads_user", "user_id", "starts_on"),
    )


# ------------------------------------------------------------------------------------------ clients


class Client(Versioned, Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    reg_no: Mapped[str] = mapped_column(String(30), unique=True)
    nik: Mapped[str | None] = mapped_column(String(16), unique=True)
    nik_missing_reason: Mapped[str | None] = mapped_column(String(30))
    kk: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    name_normalized: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1))
    birth_place: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(Text)
    kab_kota_code: Mapped[str | None] = mapped_column(String(4))
    ppks_code: Mapped[str] = mapped_column(String(5))
    disability: Mapped[str | None] = mapped_column(String(200))
    health_notes: Mapped[str | None] = mapped_column(Text)
    religion: Mapped[str | None] = mapped_column(String(30))
    education: Mapped[str | None] = mapped_column(String(60))
    phone: Mapped[str | None] = mapped_column(String(50))
    referral_source: Mapped[str | None] = mapped_column(String(200))
    guardian_name: Mapped[str | None] = mapped_column(String(200))
    guardian_relation: Mapped[str | None] = mapped_column(String(60))
    guardian_phone: Mapped[str | None] = mapped_column(String(50))
    guardian_address: Mapped[str | None] = mapped_column(Text)
    family_notes: Mapped[str | None] = mapped_column(Text)
    admission_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default=ClientStatus.RESIDENT.value)
    current_stage: Mapped[str | None] = mapped_column(String(30))
    discharge_date: Mapped[date | None] = mapped_column(Date)
    discharge_reason: Mapped[str | None] = mapped_column(String(30))
    discharge_notes: Mapped[str | None] = mapped_column(Text)
    handover_record: Mapped[str | None] = mapped_column(Text)
    handover_to: Mapped[str | None] = mapped_column(String(200))
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    anonymized_at: Mapped[datetime | None] = mapped_column(DateTime)

    stages: Mapped[list[StageHistory]] = relationship(
        back_populates="client", order_by="StageHistory.started_on", cascade="all, delete-orphan"
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint(_in("sex", SEX_CODES), name="sex_valid"),
        CheckConstraint(_in("status", CLIENT_STATUS_CODES), name="status_valid"),
        CheckConstraint(
            "nik IS NOT NULL OR nik_missing_reason IS NOT NULL", name="nik_or_reason"
        ),
        CheckConstraint(
            "status <> 'terminasi' OR "
            "(discharge_date IS NOT NULL AND discharge_reason IS NOT NULL)",
            name="discharge_complete",
        ),
        Index("ix_clients_name_normalized", "name_normalized"),
        Index("ix_clients_name_birth", "name_normalized", "birth_date"),
        Index("ix_clients_status_name", "status", "name_normalized"),
        Index("ix_clients_ppks", "ppks_code"),
        Index("ix_clients_kab_kota", "kab_kota_code"),
        Index("ix_clients_stage", "current_stage"),
        Index("ix_clients_admission", "admission_date"),
        Index("ix_clients_discharge", "discharge_date"),
        # residents of a day: discharged after it, admitted by it (reports/residence.py)
        Index("ix_clients_discharge_admission", "discharge_date", "admission_date"),
        Index("ix_clients_birth", "birth_date"),
    )


class StageHistory(Base):
    """One dated step of a client's rehabilitation process."""

    __tablename__ = "stage_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(30))
    started_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=func.now())

    client: Mapped[Client] = relationship(back_populates="stages")

    # The stage is in the index so that "the stage on a day" (the latest by started_on, id) is
    # read from it alone, in its order.
    __table_args__ = (
        Index("ix_stage_history_client_date", "client_id", "started_on", "id", "stage"),)


class Consent(Base):
    """Consent to process personal data, by the client or the guardian (UU 27/2022)."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    given_by: Mapped[str] = mapped_column(String(200))
    given_on: Mapped[date] = mapped_column(Date)
    scope: Mapped[str | None] = mapped_column(Text)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    client: Mapped[Client] = relationship(back_populates="consents")

    __table_args__ = (
        CheckConstraint(_in("kind", ("klien", "wali")), name="kind_valid"),
        Index("ix_consents_client", "client_id"),
    )


# ----------------------------------------------------------------------------------------- training


class Tutor(Versioned, Base):
    __tablename__ = "tutors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str | None] = mapped_column(String(30))
    tutor_type: Mapped[str] = mapped_column(String(10))
    partner_kind: Mapped[str | None] = mapped_column(String(30))
    institution: Mapped[str | None] = mapped_column(String(200))
    expertise: Mapped[str | None] = mapped_column(String(200))
    certifications: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(120))
    rate_per_jp: Mapped[int] = mapped_column(BigInteger, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    agreements: Mapped[list[TutorAgreement]] = relationship(
        back_populates="tutor", order_by="TutorAgreement.start_date", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint(_in("tutor_type", TUTOR_TYPE_CODES), name="type_valid"),
        CheckConstraint("rate_per_jp >= 0", name="rate_nonneg"),
        Index("ix_tutors_name", "name"),
    )


class TutorAgreement(Versioned, Base):
    """An MoU or contract under which a tutor teaches, with its validity and rate."""

    __tablename__ = "tutor_agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    tutor_id: Mapped[int] = mapped_column(ForeignKey("tutors.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(100))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    rate_per_jp: Mapped[int] = mapped_column(BigInteger, default=0)
    notes: Mapped[str | None] = mapped_column(Text)

    tutor: Mapped[Tutor] = relationship(back_populates="agreements")

    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint("rate_per_jp >= 0", name="rate_nonneg"),
        Index("ix_tutor_agreements_tutor", "tutor_id", "start_date"),
    )


class TrainingTrack(Versioned, Base):
    __tablename__ = "training_tracks"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    total_jp: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)



class Cohort(Versioned, Base):
    """An angkatan: one run of a training track with a tutor and dates."""

    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    track_id: Mapped[int] = mapped_column(ForeignKey("training_tracks.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(120))
    tutor_id: Mapped[int | None] = mapped_column(ForeignKey("tutors.id", ondelete="SET NULL"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    planned_jp: Mapped[int] = mapped_column(Integer, default=0)
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(15), default="direncanakan")

    track: Mapped[TrainingTrack] = relationship()
    tutor: Mapped[Tutor | None] = relationship()

    __table_args__ = (
        UniqueConstraint("track_id", "name"),
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint(_in("status", COHORT_STATUS_CODES), name="status_valid"),
        Index("ix_cohorts_track_start", "track_id", "start_date"),
        Index("ix_cohorts_tutor", "tutor_id"),
        Index("ix_cohorts_dates", "start_date", "end_date"),
    )


class Enrollment(Versioned, Base):
    """A client in a cohort, with the assessment, graduation and certificate."""

    __tablename__ = "enrollments"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="RESTRICT"))
    enrolled_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default=EnrollmentStatus.ACTIVE.value)
    assessment_score: Mapped[float | None] = mapped_column(Numeric(5, 2))
    competency_result: Mapped[str | None] = mapped_column(String(20))
    assessed_on: Mapped[date | None] = mapped_column(Date)
    assessor: Mapped[str | None] = mapped_column(String(200))
    certificate_no: Mapped[str | None] = mapped_column(String(60), unique=True)
    #: Short random code printed on the certificate; ``document verify CODE`` looks it up.
    certificate_code: Mapped[str | None] = mapped_column(String(16))
    graduated_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)

    cohort: Mapped[Cohort] = relationship()
    client: Mapped[Client] = relationship()

    __table_args__ = (
        UniqueConstraint("cohort_id", "client_id"),
        # A unique index, not a constraint: SQLite adds it without rebuilding the table.
        Index("uq_enrollments_certificate_code", "certificate_code", unique=True),
        CheckConstraint(_in("status", ENROLLMENT_STATUS_CODES), name="status_valid"),
        CheckConstraint(
            "competency_result IS NULL OR competency_result IN ('kompeten', 'belum_kompeten')",
            name="competency_valid",
        ),
        CheckConstraint(
            "assessment_score IS NULL OR (assessment_score >= 0 AND assessment_score <= 100)",
            name="score_range",
        ),
        CheckConstraint(
            "status <> 'lulus' OR graduated_on IS NOT NULL", name="graduation_dated"
        ),
        Index("ix_enrollments_client", "client_id"),
        Index("ix_enrollments_graduated", "graduated_on"),
        # The report's distinct graduates so far per track, from the index alone.
        Index("ix_enrollments_graduates", "status", "graduated_on", "cohort_id", "client_id"),
    )


class TrainingSession(Versioned, Base):
    """A pertemuan: one dated session of a cohort, measured in JP."""

    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    session_date: Mapped[date] = mapped_column(Date)
    jp: Mapped[int] = mapped_column(Integer)
    tutor_id: Mapped[int | None] = mapped_column(ForeignKey("tutors.id", ondelete="SET NULL"))
    topic: Mapped[str | None] = mapped_column(String(300))
    # How many attendance records of this session have each code (the reports count a period's
    # attendance from its sessions instead of from every record). Kept by
    # storage/attendance_counts.py inside the transaction that writes the records; never set
    # them by hand.
    attendance_h: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    attendance_s: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    attendance_i: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    attendance_a: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    attendance_t: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    cohort: Mapped[Cohort] = relationship()

    __table_args__ = (
        CheckConstraint("jp > 0 AND jp <= 12", name="jp_range"),
        Index("ix_training_sessions_cohort_date", "cohort_id", "session_date"),
        Index("ix_training_sessions_date", "session_date"),
        Index("ix_training_sessions_tutor", "tutor_id", "session_date"),
    )


class Attendance(Versioned, Base):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_sessions.id", ondelete="CASCADE")
    )
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="RESTRICT"))
    code: Mapped[str] = mapped_column(String(1))
    note: Mapped[str | None] = mapped_column(String(300))
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    __table_args__ = (
        UniqueConstraint("session_id", "client_id"),
        CheckConstraint(_in("code", ATTENDANCE_CODES), name="code_valid"),
        Index("ix_attendance_client", "client_id"),
        # The report counts a period's attendance by code from the index alone.
        Index("ix_attendance_session_code", "session_id", "code"),
    )


# ---------------------------------------------------------------------------- facility requests


class FacilityRequest(Versioned, Base):
    """An usulan revitalisasi: a physical or non-physical improvement request."""

    __tablename__ = "facility_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(10))
    description: Mapped[str | None] = mapped_column(Text)
    track_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_tracks.id", ondelete="SET NULL")
    )
    funding_source: Mapped[str] = mapped_column(String(20))
    estimated_cost: Mapped[int] = mapped_column(BigInteger, default=0)
    priority: Mapped[str] = mapped_column(String(10), default="sedang")
    status: Mapped[str] = mapped_column(String(15), default="draf")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    submitted_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)

    track: Mapped[TrainingTrack | None] = relationship()
    history: Mapped[list[FacilityStatusChange]] = relationship(
        back_populates="request", order_by="FacilityStatusChange.id", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[FacilityAttachment]] = relationship(
        back_populates="request", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint(_in("kind", FACILITY_KIND_CODES), name="kind_valid"),
        CheckConstraint(_in("status", FACILITY_STATUS_CODES), name="status_valid"),
        CheckConstraint("estimated_cost >= 0", name="cost_nonneg"),
        Index("ix_facility_requests_status", "status"),
        Index("ix_facility_requests_created", "created_at"),
    )


class FacilityStatusChange(Base):
    __tablename__ = "facility_status_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("facility_requests.id", ondelete="CASCADE")
    )
    from_status: Mapped[str | None] = mapped_column(String(15))
    to_status: Mapped[str] = mapped_column(String(15))
    changed_on: Mapped[date] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=func.now())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(Text)

    request: Mapped[FacilityRequest] = relationship(back_populates="history")

    __table_args__ = (Index("ix_facility_status_history_request", "request_id"),)


class FacilityAttachment(Base):
    """A photo (before/after) or document of a facility request, stored in the database."""

    __tablename__ = "facility_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("facility_requests.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(10))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str | None] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=func.now())

    request: Mapped[FacilityRequest] = relationship(back_populates="attachments")

    __table_args__ = (
        CheckConstraint(_in("kind", ("sebelum", "sesudah", "dokumen")), name="kind_valid"),
        Index("ix_facility_attachments_request", "request_id"),
    )


# ------------------------------------------------------------------------------------- follow-ups


class FollowUp(Versioned, Base):
    """A bimbingan lanjut check of a graduate, due 3, 6 or 12 months after graduation."""

    __tablename__ = "followups"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollments.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="RESTRICT"))
    months_after: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    done_date: Mapped[date | None] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))
    employer_or_business: Mapped[str | None] = mapped_column(String(200))
    monthly_income: Mapped[int | None] = mapped_column(BigInteger)
    aid_received: Mapped[str | None] = mapped_column(String(300))
    aid_condition: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Whether this follow-up is its graduate's latest in the track on a day (the report's track
    # effectiveness table): latest on E when latest_from <= E < latest_until (NULL: open).
    # latest_from is NULL for one that never counts (not done, enrollment not graduated).
    # Kept by storage/followup_latest.py inside the transaction that changes them; never set
    # them by hand.
    latest_from: Mapped[date | None] = mapped_column(Date)
    latest_until: Mapped[date | None] = mapped_column(Date)
    latest_track_id: Mapped[int | None] = mapped_column(Integer)
    # The done date of the client's next done follow-up in the order (done_date, months_after,
    # id), whatever its enrollment; NULL for the client's last one (and for one not done). So a
    # done follow-up is the client's latest done by E exactly when done_date <= E and this is
    # NULL or later than E (the report's follow-up figures). Kept with the columns above.
    client_next_done: Mapped[date | None] = mapped_column(Date)

    enrollment: Mapped[Enrollment] = relationship()
    client: Mapped[Client] = relationship()

    __table_args__ = (
        UniqueConstraint("enrollment_id", "months_after"),
        CheckConstraint("months_after IN (3, 6, 12)", name="months_valid"),
        CheckConstraint(
            "monthly_income IS NULL OR monthly_income >= 0", name="income_nonneg"
        ),
        CheckConstraint("done_date IS NULL OR outcome IS NOT NULL", name="done_has_outcome"),
        Index("ix_followups_due_done", "due_date", "done_date", "months_after",
              "enrollment_id"),
        # Every report figure of follow-ups done or overdue reads this index alone: due and
        # not done by a day; done in a period with the outcome and income, and whether it is
        # the client's latest (client_next_done).
        Index("ix_followups_done", "done_date", "due_date", "months_after", "enrollment_id",
              "client_next_done", "outcome", "monthly_income"),
        Index("ix_followups_client", "client_id", "done_date", "months_after"),
        Index("ix_followups_latest", "latest_until", "latest_track_id", "outcome",
              "monthly_income", "latest_from"),
    )


class BusinessAid(Versioned, Base):
    """Business aid (bantuan usaha) given to a graduate: what was given, its value and when.
    Whether it is still in use is recorded at each follow-up (``FollowUp.aid_condition``)."""

    __tablename__ = "business_aids"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="RESTRICT"))
    enrollment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrollments.id", ondelete="SET NULL"))
    item: Mapped[str] = mapped_column(String(200))
    value: Mapped[int] = mapped_column(BigInteger)
    given_date: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    client: Mapped[Client] = relationship()
    enrollment: Mapped[Enrollment | None] = relationship()

    __table_args__ = (
        CheckConstraint("value >= 0", name="value_nonneg"),
        Index("ix_business_aids_given", "given_date"),
        Index("ix_business_aids_client", "client_id"),
    )


# ------------------------------------------------------------------------------ reports and audit


class PeriodReport(Base):
    """A periodic report that was generated and, once the head approves it, archived."""

    __tablename__ = "period_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    period: Mapped[str] = mapped_column(String(10))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    xlsx: Mapped[bytes | None] = mapped_column(LargeBinary)
    xlsx_sha256: Mapped[str | None] = mapped_column(String(64))
    dataset: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: The audit chain head (id, hash, count) at approval: an anchor outside the audit table.
    audit_head: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (
        UniqueConstraint("kind", "period"),
        CheckConstraint(
            _in("kind", ("monthly", "quarterly", "semester", "annual")), name="kind_valid"
        ),
        Index("ix_period_reports_dates", "start_date", "end_date"),
    )


class AuditLog(Base):
    """Who changed what, when, with the values before and after.

    Rows are only ever inserted. Each row carries the hash of the previous row and its own (an
    HMAC with the installation's secret, see ``storage/audit_chain.py``), so an edit made outside
    the application breaks the chain and is detectable. Ids are given by the chain head, never
    reused.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str | None] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_user", "user_id"),
        # The audit page's action filter and the check's "last restore" look-up.
        Index("ix_audit_log_action", "action", "at"),
    )


class AuditChainHead(Base):
    """The one row (id 1) every audit append locks and advances: the newest row's id and hash
    and the number of rows. Appends are serialised on it (``SELECT … FOR UPDATE`` on PostgreSQL,
    ``BEGIN IMMEDIATE`` on SQLite), so all writers on all PCs extend one chain.

    ``chain_id`` names the installation secret that keys the chain (kept outside the database);
    rows up to ``legacy_until`` were written before keying, with plain SHA-256.
    """

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    chain_id: Mapped[str | None] = mapped_column(String(36))
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str | None] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer, default=0)
    legacy_until: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """Installation settings that belong with the data (idle lock minutes, retention years…)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# ------------------------------------------------------------------- province installation (Dinsos)


class ProvinceUptKey(Base):
    """The Ed25519 public key of a UPT, registered from its first package; a package signed by
    another key for the same UPT is refused."""

    __tablename__ = "province_upt_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    upt_code: Mapped[str] = mapped_column(String(30), unique=True)
    upt_name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[datetime] = mapped_column(DateTime)
    registered_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))


class ProvincePackage(Base):
    """A period package received from a UPT, kept whole. The latest package of a UPT, kind and
    period (by the time it was made) has ``superseded_by`` NULL; older ones point at it."""

    __tablename__ = "province_packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    upt_code: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(10))
    period: Mapped[str] = mapped_column(String(10))
    state: Mapped[str] = mapped_column(String(12))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    made_at: Mapped[datetime] = mapped_column(DateTime)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    received_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(200))
    #: the figures the province report reads (``services.province.figures``: data.json without
    #: the tables it does not use); the whole file, data.json included, is ``content``
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    superseded_by: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_province_packages_period", "kind", "period", "upt_code", "made_at"),
    )
