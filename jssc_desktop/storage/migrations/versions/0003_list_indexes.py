"""indexes for the client list by age and the follow-ups still to do

Revision ID: 0003_list_indexes
Revises: 0002_rank_cert_code
Create Date: 2026-11-30 22:20:00

``clients(birth_date)``: the client list sorted by age reads the index instead of sorting every
client. ``followups(done_date, due_date)``: the follow-ups not done yet, by due date, are one
index range (the due-date index held every follow-up due so far, done or not).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003_list_indexes"
down_revision: str | None = "0002_rank_cert_code"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_clients_birth", "clients", ["birth_date"])
    op.create_index("ix_followups_open_due", "followups", ["done_date", "due_date"])


def downgrade() -> None:
    op.drop_index("ix_followups_open_due", table_name="followups")
    op.drop_index("ix_clients_birth", table_name="clients")
