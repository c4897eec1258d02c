"""province roles: the users.role check accepts prov_staff and prov_head

Revision ID: 0008_province_roles
Revises: 0007_business_aid
Create Date: 2026-12-01 00:50:00

Only the CHECK constraint ``ck_users_role_valid`` changes. On PostgreSQL it is dropped and made
again. On SQLite a batch rebuild of ``users`` would drop the table that other tables reference
(``ON DELETE SET NULL``/``CASCADE`` would fire on the implicit DELETE of the drop), so the table's
definition is edited in place, the way SQLite documents for a constraint that every stored row
already satisfies (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table
Schema Changes"): the new list only adds values, so every row still satisfies it and the file
format does not change.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008_province_roles"
down_revision: str | None = "0007_business_aid"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = "'admin', 'staff', 'tutor', 'head'"
NEW = "'admin', 'staff', 'tutor', 'head', 'prov_staff', 'prov_head'"
NAME = "ck_users_role_valid"


def _sqlite_swap(old: str, new: str) -> None:
    conn = op.get_bind()
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'").scalar_one()
    target = f"role IN ({old})"
    if target not in sql:
        if f"role IN ({new})" in sql:
            return
        raise RuntimeError("users.role check constraint not found in the table definition")
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar_one()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        conn.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'users'",
            (sql.replace(target, f"role IN ({new})"),))
        conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def _swap(old: str, new: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_swap(old, new)
        return
    op.drop_constraint(op.f(NAME), "users", type_="check")
    op.create_check_constraint(op.f(NAME), "users", f"role IN ({new})")


def upgrade() -> None:
    _swap(OLD, NEW)


def downgrade() -> None:
    op.execute("DELETE FROM users WHERE role IN ('prov_staff', 'prov_head')")
    _swap(NEW, OLD)
