"""index for who was resident on a day: clients by discharge date, then admission date

Revision ID: 0009_clients_residence_index
Revises: 0008_province_roles
Create Date: 2026-12-01 01:30:00

``clients(discharge_date, admission_date)``: the report data set finds the residents of a day as
the clients discharged after it (or not at all) who were admitted by then. With both dates in
one index that test is read from the index alone and only the residents themselves are fetched,
so a report on a period early in a long history no longer reads every client discharged since.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009_clients_residence_index"
down_revision: str | None = "0008_province_roles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_clients_discharge_admission", "clients",
                    ["discharge_date", "admission_date"])


def downgrade() -> None:
    op.drop_index("ix_clients_discharge_admission", table_name="clients")
