"""business aid given to graduates: what, value and date

Revision ID: 0007_business_aid
Revises: 0006_province_packages
Create Date: 2026-12-01 01:00:00

One new table, plain CREATE TABLE on both backends.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_business_aid"
down_revision: str | None = "0006_province_packages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "business_aids",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=True),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("given_date", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_business_aids_value_nonneg")),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_business_aids_client_id_clients"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["enrollment_id"], ["enrollments.id"],
                                name=op.f("fk_business_aids_enrollment_id_enrollments"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["recorded_by"], ["users.id"],
                                name=op.f("fk_business_aids_recorded_by_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_aids")),
    )
    op.create_index("ix_business_aids_given", "business_aids", ["given_date"])
    op.create_index("ix_business_aids_client", "business_aids", ["client_id"])


def downgrade() -> None:
    op.drop_index("ix_business_aids_client", table_name="business_aids")
    op.drop_index("ix_business_aids_given", table_name="business_aids")
    op.drop_table("business_aids")
