"""head of UPT's pangkat/golongan; certificate verification code

Revision ID: 0002_rank_cert_code
Revises: 0001
Create Date: 2026-11-30 21:50:00
(ids stay short: the pre-migration backup is named after the revision, 40 characters at most)

Plain ADD COLUMN and CREATE INDEX on both backends: a batch rebuild of ``enrollments`` on SQLite
would drop the table under ``followups`` (ON DELETE CASCADE) and lose its rows.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_rank_cert_code"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("upt_profile", sa.Column("head_rank", sa.String(length=100), nullable=True))
    op.add_column("enrollments",
                  sa.Column("certificate_code", sa.String(length=16), nullable=True))
    op.create_index("uq_enrollments_certificate_code", "enrollments", ["certificate_code"],
                    unique=True)


def downgrade() -> None:
    op.drop_index("uq_enrollments_certificate_code", table_name="enrollments")
    # Native DROP COLUMN (SQLite 3.35+, PostgreSQL): no table rebuild, no cascade.
    op.execute("ALTER TABLE enrollments DROP COLUMN certificate_code")
    op.execute("ALTER TABLE upt_profile DROP COLUMN head_rank")
