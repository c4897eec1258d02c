"""follow-ups: when the client's next follow-up was done, and one index for the done ones

Revision ID: 0012_followups_client_next
Revises: 0011_report_covering_indexes
Create Date: 2026-12-01 07:10:00

``followups.client_next_done`` (storage/followup_latest.py): the done date of the client's next
done follow-up in the order (done_date, months_after, id), NULL for their last one. A client's
latest follow-up done by a day E is then the one done by E whose next is NULL or later than E,
so the report's follow-up figures of a period (each graduate counted once, by their latest
follow-up) read the period's follow-ups on the done-date index instead of looking each client's
history up. The column is filled here for the follow-ups already stored, by the same rule the
application keeps it by.

The two indexes that began with ``done_date`` become one, which holds every column the report
reads of follow-ups done or overdue: ``(done_date, due_date, months_after, enrollment_id,
client_next_done, outcome, monthly_income)``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0012_followups_client_next"
down_revision: str | None = "0011_report_covering_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = ["done_date", "due_date", "months_after", "enrollment_id", "client_next_done",
         "outcome", "monthly_income"]


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _backfill() -> None:
    # The rule of storage/followup_latest.next_done, written out here so that this revision
    # keeps doing what it did when the application code moves on.
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, client_id, done_date, months_after FROM followups "
        "WHERE done_date IS NOT NULL")).all()
    groups: dict[int, list[tuple[date, int, int]]] = defaultdict(list)
    for fid, client, done, months in rows:
        groups[int(client)].append((_as_date(done), int(months), int(fid)))
    changes = []
    for members in groups.values():
        members.sort()
        for (_done, _months, fid), later in zip(members[:-1], members[1:], strict=True):
            changes.append({"fid": fid, "next": later[0]})
    table = sa.table("followups", sa.column("id", sa.Integer),
                     sa.column("client_next_done", sa.Date))
    if changes:
        bind.execute(table.update().where(table.c.id == sa.bindparam("fid"))
                     .values(client_next_done=sa.bindparam("next")), changes)


def upgrade() -> None:
    op.add_column("followups", sa.Column("client_next_done", sa.Date(), nullable=True))
    _backfill()
    op.drop_index("ix_followups_done", table_name="followups")
    op.drop_index("ix_followups_open_due", table_name="followups")
    op.create_index("ix_followups_done", "followups", INDEX)


def downgrade() -> None:
    op.drop_index("ix_followups_done", table_name="followups")
    op.create_index("ix_followups_open_due", "followups",
                    ["done_date", "due_date", "months_after", "enrollment_id"])
    op.create_index("ix_followups_done", "followups", ["done_date", "client_id"])
    with op.batch_alter_table("followups") as batch:
        batch.drop_column("client_next_done")
