"""province installation: UPT public keys and received period packages

Revision ID: 0006_province_packages
Revises: 0005_acting_head_recovery
Create Date: 2026-11-30 23:05:00

Two new tables, plain CREATE TABLE on both backends.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_province_packages"
down_revision: str | None = "0005_acting_head_recovery"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "province_upt_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("upt_code", sa.String(length=30), nullable=False),
        sa.Column("upt_name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["registered_by"], ["users.id"],
                                name=op.f("fk_province_upt_keys_registered_by_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_province_upt_keys")),
        sa.UniqueConstraint("upt_code", name=op.f("uq_province_upt_keys_upt_code")),
    )
    op.create_table(
        "province_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("upt_code", sa.String(length=30), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_by", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["received_by"], ["users.id"],
                                name=op.f("fk_province_packages_received_by_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_province_packages")),
        sa.UniqueConstraint("sha256", name=op.f("uq_province_packages_sha256")),
    )
    op.create_index("ix_province_packages_period", "province_packages",
                    ["kind", "period", "upt_code", "made_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_province_packages_period", table_name="province_packages")
    op.drop_table("province_packages")
    op.drop_table("province_upt_keys")
