"""audit chain head, report audit anchor, append-only audit table on PostgreSQL

Revision ID: 0004_audit_chain_head
Revises: 0003_list_indexes
Create Date: 2026-11-30 21:40:00

``ix_audit_log_action`` serves the audit page's action filter and the check's look-up of the
last restore. ``audit_chain_head`` holds the one row every audit append locks (see
``storage/audit_chain.py``); it starts from the rows already written, which keep their plain
SHA-256 hashes (``legacy_until``). ``period_reports.audit_head`` anchors the chain in each
approved report. On PostgreSQL a trigger refuses UPDATE and DELETE on ``audit_log`` whoever asks
(the application's role also has no such privilege, see ``storage/server_setup.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004_audit_chain_head'
down_revision: str | None = '0003_list_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY_FUNCTION = """
CREATE OR REPLACE FUNCTION jssc_audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""
APPEND_ONLY_TRIGGER = """
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION jssc_audit_log_append_only()
"""


def upgrade() -> None:
    head = op.create_table(
        'audit_chain_head',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('chain_id', sa.String(length=36), nullable=True),
        sa.Column('last_id', sa.Integer(), nullable=False),
        sa.Column('last_hash', sa.String(length=64), nullable=True),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('legacy_until', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain_head')),
    )
    with op.batch_alter_table('period_reports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_head', sa.JSON(), nullable=True))
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_action', ['action', 'at'], unique=False)
    bind = op.get_bind()
    last = bind.execute(sa.text(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).first()
    count = bind.execute(sa.text("SELECT count(*) FROM audit_log")).scalar_one()
    op.bulk_insert(head, [{
        'id': 1, 'chain_id': None, 'last_id': last[0] if last else 0,
        'last_hash': last[1] if last else None, 'count': count,
        'legacy_until': last[0] if last else 0,
    }])
    if bind.dialect.name == 'postgresql':
        op.execute(APPEND_ONLY_FUNCTION)
        op.execute(APPEND_ONLY_TRIGGER)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS jssc_audit_log_append_only()")
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_action')
    with op.batch_alter_table('period_reports', schema=None) as batch_op:
        batch_op.drop_column('audit_head')
    op.drop_table('audit_chain_head')
