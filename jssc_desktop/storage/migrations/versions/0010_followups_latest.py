"""follow-ups: from when until when each one is its graduate's latest in the track

Revision ID: 0010_followups_latest
Revises: 0009_clients_residence_index
Create Date: 2026-12-01 04:00:00

``followups.latest_from``, ``latest_until`` and ``latest_track_id`` (storage/followup_latest.py),
with the index ``ix_followups_latest``: the report's track effectiveness table reads each
graduate's latest follow-up on a day from two ranges of that index instead of ranking every
follow-up ever done. The columns are filled here for the follow-ups already stored, by the same
rule the application keeps them by.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0010_followups_latest"
down_revision: str | None = "0009_clients_residence_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("latest_from", sa.Date()), ("latest_until", sa.Date()),
           ("latest_track_id", sa.Integer()))


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _backfill() -> None:
    # The rule of storage/followup_latest.latest_spans, written out here so that this revision
    # keeps doing what it did when the application code moves on.
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT f.id, c.track_id, f.client_id, f.done_date, f.months_after, e.graduated_on "
        "FROM followups f JOIN enrollments e ON e.id = f.enrollment_id "
        "JOIN cohorts c ON c.id = e.cohort_id "
        "WHERE f.done_date IS NOT NULL AND e.status = 'lulus' "
        "AND e.graduated_on IS NOT NULL")).all()
    groups: dict[tuple[int, int], list[tuple[int, date, int, date]]] = defaultdict(list)
    for fid, track, client, done, months, graduated in rows:
        groups[(int(track), int(client))].append(
            (int(fid), _as_date(done), int(months), _as_date(graduated)))
    changes = []
    for (track, _client), members in groups.items():
        members.sort(key=lambda r: (r[1], r[2], r[0]))
        first_later: date | None = None
        for fid, done, _months, graduated in reversed(members):
            counts_from = max(done, graduated)
            changes.append({"fid": fid, "start": counts_from, "until": first_later,
                            "track": track})
            first_later = counts_from if first_later is None else min(first_later, counts_from)
    table = sa.table("followups", sa.column("id", sa.Integer),
                     *(sa.column(name, kind) for name, kind in COLUMNS))
    if changes:
        bind.execute(table.update().where(table.c.id == sa.bindparam("fid"))
                     .values(latest_from=sa.bindparam("start"),
                             latest_until=sa.bindparam("until"),
                             latest_track_id=sa.bindparam("track")), changes)


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("followups", sa.Column(name, kind, nullable=True))
    _backfill()
    op.create_index("ix_followups_latest", "followups",
                    ["latest_until", "latest_from", "latest_track_id", "outcome",
                     "monthly_income"])


def downgrade() -> None:
    op.drop_index("ix_followups_latest", table_name="followups")
    with op.batch_alter_table("followups") as batch:
        for name, _kind in reversed(COLUMNS):
            batch.drop_column(name)
