"""Codes that drive behaviour (statuses, kinds, roles, stages) as enums.

The names people see live in ``vocabularies.json``; the code compares against these members
instead of bare strings, and ``tests/test_codes.py`` checks that every enum holds exactly the
codes of its vocabulary. The members are ``str`` subclasses, so they compare equal to the stored
codes and can be written to the database as they are.
"""

from __future__ import annotations

from enum import StrEnum


class ClientStatus(StrEnum):
    RESIDENT = "aktif"
    DISCHARGED = "terminasi"


class EnrollmentStatus(StrEnum):
    ACTIVE = "aktif"
    GRADUATED = "lulus"
    FAILED = "tidak_lulus"
    WITHDRAWN = "keluar"


class CohortStatus(StrEnum):
    PLANNED = "direncanakan"
    RUNNING = "berjalan"
    FINISHED = "selesai"


class FacilityStatus(StrEnum):
    DRAFT = "draf"
    SUBMITTED = "diajukan"
    VERIFIED = "diverifikasi"
    APPROVED = "disetujui"
    BUDGETED = "dianggarkan"
    IN_PROGRESS = "dikerjakan"
    COMPLETED = "selesai"
    REJECTED = "ditolak"


class FacilityKind(StrEnum):
    PHYSICAL = "fisik"
    NON_PHYSICAL = "nonfisik"


class TutorType(StrEnum):
    INTERNAL = "internal"
    EXTERNAL = "eksternal"


class Role(StrEnum):
    ADMIN = "admin"
    STAFF = "staff"
    TUTOR = "tutor"
    HEAD = "head"
    PROVINCE_STAFF = "prov_staff"
    PROVINCE_HEAD = "prov_head"


class Stage(StrEnum):
    """The rehabilitation stages (Permensos 16/2019), in order."""

    FIRST_APPROACH = "pendekatan_awal"
    ASSESSMENT = "asesmen"
    PLANNING = "rencana"
    INTERVENTION = "intervensi"
    RESOCIALISATION = "resosialisasi"
    DISCHARGE = "terminasi"
    AFTERCARE = "bimbingan_lanjut"


class Sex(StrEnum):
    MALE = "L"
    FEMALE = "P"


class AttendanceCode(StrEnum):
    PRESENT = "H"
    SICK = "S"
    EXCUSED = "I"
    ABSENT = "A"
    LATE = "T"


#: Each enum with the key of its vocabulary in ``vocabularies.json``.
VOCABULARY_OF: dict[type[StrEnum], str] = {
    ClientStatus: "client_statuses",
    EnrollmentStatus: "enrollment_statuses",
    CohortStatus: "cohort_statuses",
    FacilityStatus: "facility_statuses",
    FacilityKind: "facility_kinds",
    TutorType: "tutor_types",
    Role: "roles",
    Stage: "rehab_stages",
    Sex: "sexes",
    AttendanceCode: "attendance_codes",
}
