"""acting head (Plh.) designations; recovery key of administrators

Revision ID: 0005_acting_head_recovery
Revises: 0004_audit_chain_head
Create Date: 2026-11-30 22:05:00

Plain CREATE TABLE and ADD COLUMN on both backends (no batch rebuild of ``users``, which other
tables reference).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_acting_head_recovery"
down_revision: str | None = "0004_audit_chain_head"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("recovery_key_hash", sa.String(length=255), nullable=True))
    op.create_table(
        "acting_heads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("designated_by", sa.Integer(), nullable=True),
        sa.Column("designated_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_acting_heads_acting_head_dates")),
        sa.ForeignKeyConstraint(["designated_by"], ["users.id"],
                                name=op.f("fk_acting_heads_designated_by_users"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_acting_heads_user_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acting_heads")),
    )
    op.create_index("ix_acting_heads_user", "acting_heads", ["user_id", "starts_on"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_acting_heads_user", table_name="acting_heads")
    op.drop_table("acting_heads")
    op.execute("ALTER TABLE users DROP COLUMN recovery_key_hash")
