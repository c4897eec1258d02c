"""training sessions: how many attendance records of each code they have

Revision ID: 0013_session_attendance_counts
Revises: 0012_followups_client_next
Create Date: 2026-12-01 07:30:00

``training_sessions.attendance_h``, ``_s``, ``_i``, ``_a`` and ``_t`` (storage/attendance_counts.py):
the report counts a period's attendance by code from the period's sessions instead of reading
every attendance record of the period (about 170,000 a year at a large UPT). Filled here for the
records already stored, by the rule the application keeps them by.

``ix_followups_due_done`` also holds the months after graduation and the enrollment, so the
report's follow-ups due in a period are read from the index alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_session_attendance_counts"
down_revision: str | None = "0012_followups_client_next"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: the column of each attendance code (written out: this revision keeps doing what it did)
COLUMNS = {"H": "attendance_h", "S": "attendance_s", "I": "attendance_i", "A": "attendance_a",
           "T": "attendance_t"}


def upgrade() -> None:
    for column in COLUMNS.values():
        op.add_column("training_sessions", sa.Column(column, sa.Integer(), nullable=False,
                                                     server_default="0"))
    counts = ", ".join(
        f"{column} = (SELECT count(*) FROM attendance "
        f"WHERE attendance.session_id = training_sessions.id AND attendance.code = '{code}')"
        for code, column in COLUMNS.items())
    op.execute(f"UPDATE training_sessions SET {counts} "  # noqa: S608 - fixed names only
               "WHERE id IN (SELECT session_id FROM attendance)")
    op.drop_index("ix_followups_due_done", table_name="followups")
    op.create_index("ix_followups_due_done", "followups",
                    ["due_date", "done_date", "months_after", "enrollment_id"])


def downgrade() -> None:
    op.drop_index("ix_followups_due_done", table_name="followups")
    op.create_index("ix_followups_due_done", "followups", ["due_date", "done_date"])
    with op.batch_alter_table("training_sessions") as batch:
        for column in reversed(list(COLUMNS.values())):
            batch.drop_column(column)
