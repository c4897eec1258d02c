"""The kinds of records whose change the window announces, so that every open list, detail and
the dashboard shows the new state without a manual refresh (F5)."""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    CLIENT = "client"          # clients, their stages, consents, photo, discharge
    TRACK = "track"            # training tracks (programs)
    COHORT = "cohort"
    ENROLLMENT = "enrollment"  # cohort participants, assessments, graduation
    SESSION = "session"        # training sessions (pertemuan)
    ATTENDANCE = "attendance"
    TUTOR = "tutor"            # tutors and their agreements
    FOLLOWUP = "followup"
    FACILITY_REQUEST = "facility_request"
    REPORT = "report"          # period reports: approval, reopening, archive
    PROFILE = "profile"        # the UPT profile
    SETTINGS = "settings"
    USER = "user"
    PROVINCE_PACKAGE = "province_package"  # packages received by a province installation


#: Everything the training area shows.
TRAINING_KINDS = frozenset({RecordKind.TRACK, RecordKind.COHORT, RecordKind.ENROLLMENT,
                            RecordKind.SESSION, RecordKind.ATTENDANCE})
