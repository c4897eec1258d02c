"""covering indexes for the report data set: each count of a period read from an index alone

Revision ID: 0011_report_covering_indexes
Revises: 0010_followups_latest
Create Date: 2026-12-01 07:00:00

The report data set (reports/dataset.py) counts a period's attendance by code, each graduate's
latest follow-up, the overdue follow-ups by months and track, the graduates so far per track and
the stage of each resident. Each of those read the table row behind every index entry (or sorted
what it read); with the columns they need in the index they are read from the index alone and,
where the index order is the grouping order, without sorting:

- ``attendance(session_id, code)``: the attendance of a period's sessions by code;
- ``followups(client_id, done_date, months_after)`` (was ``client_id``): a client's latest
  follow-up done by a day is one step back from that day in the index;
- ``followups(done_date, client_id)`` (was ``done_date``): the clients with a follow-up done in
  a period;
- ``followups(done_date, due_date, months_after, enrollment_id)`` (was the two dates): the
  overdue follow-ups with their months after graduation and enrollment;
- ``followups(latest_until, latest_track_id, outcome, monthly_income, latest_from)`` (the same
  columns, reordered): the latest follow-ups of today come grouped by track, outcome and income;
- ``enrollments(status, graduated_on, cohort_id, client_id)``: the distinct graduates so far
  per track;
- ``stage_history(client_id, started_on, id, stage)`` (was the first two): a resident's stage
  on a day, the latest by (started_on, id), one step in the index.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011_report_covering_indexes"
down_revision: str | None = "0010_followups_latest"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (index, table, columns now, columns before or None when new)
_INDEXES: tuple[tuple[str, str, list[str], list[str] | None], ...] = (
    ("ix_attendance_session_code", "attendance", ["session_id", "code"], None),
    ("ix_followups_client", "followups", ["client_id", "done_date", "months_after"],
     ["client_id"]),
    ("ix_followups_done", "followups", ["done_date", "client_id"], ["done_date"]),
    ("ix_followups_open_due", "followups",
     ["done_date", "due_date", "months_after", "enrollment_id"], ["done_date", "due_date"]),
    ("ix_followups_latest", "followups",
     ["latest_until", "latest_track_id", "outcome", "monthly_income", "latest_from"],
     ["latest_until", "latest_from", "latest_track_id", "outcome", "monthly_income"]),
    ("ix_enrollments_graduates", "enrollments",
     ["status", "graduated_on", "cohort_id", "client_id"], None),
    ("ix_stage_history_client_date", "stage_history", ["client_id", "started_on", "id", "stage"],
     ["client_id", "started_on"]),
)


def upgrade() -> None:
    for name, table, columns, before in _INDEXES:
        if before is not None:
            op.drop_index(name, table_name=table)
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns, before in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
        if before is not None:
            op.create_index(name, table, before)
