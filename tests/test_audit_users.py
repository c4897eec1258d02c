"""Who may do what is part of the record: a user's role or account changed straight in the
database (e.g. by someone holding the PostgreSQL application role's password, which may UPDATE
``users``) is named by the audit check, on SQLite and PostgreSQL.

``check_audit_log`` replays the users' creation and change rows of the (keyed, chained) audit
log and compares the result with the ``users`` table.
"""

from __future__ import annotations

from sqlalchemy import select, text

from jssc_desktop.services import users
from jssc_desktop.services.audit_log import check_audit_log
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import User

SYSTEM = Actor(None, "sistem", "admin", "Sistem")


def _sql(db: Database, statement: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def _id(db: Database, username: str) -> int:
    with db.read_session() as s:
        return s.execute(select(User.id).where(User.username == username)).scalar_one()


def test_a_role_raised_outside_the_application_is_named(db: Database, actors: dict) -> None:
    assert check_audit_log(db, SYSTEM).ok
    _sql(db, "UPDATE users SET role = 'admin' WHERE username = 'staf'")
    for incremental in (False, True):  # the daily check catches it too
        check = check_audit_log(db, SYSTEM, incremental=incremental)
        assert not check.ok
        assert "'staf'" in check.message and "diubah di luar aplikasi" in check.message
        assert "Administrator" in check.message and "Staf Administrasi" in check.message
    _sql(db, "UPDATE users SET role = 'staff' WHERE username = 'staf'")
    assert check_audit_log(db, SYSTEM).ok

    # the same change made by an administrator through the application is in the log
    with db.session() as s:
        users.update_user(s, actors["admin"], _id(db, "staf"), version=None, role="admin")
    assert check_audit_log(db, SYSTEM).ok


def test_an_account_re_enabled_outside_the_application_is_named(db: Database,
                                                                actors: dict) -> None:
    with db.session() as s:
        users.update_user(s, actors["admin"], _id(db, "kepala"), version=None, active=False)
    assert check_audit_log(db, SYSTEM).ok
    _sql(db, "UPDATE users SET active = :t WHERE username = 'kepala'", t=True)
    check = check_audit_log(db, SYSTEM)
    assert not check.ok and "'kepala'" in check.message and "diaktifkan kembali" in check.message


def test_a_user_added_straight_to_the_table_is_named(db: Database, actors: dict) -> None:
    with db.session() as s:
        s.add(User(username="penyusup", full_name="Penyusup", role="admin",
                   password_hash=users.hash_password("Rahasia-123"), must_change_password=False))
    check = check_audit_log(db, SYSTEM)
    assert not check.ok and "'penyusup'" in check.message
    assert "ditambahkan langsung" in check.message


def test_accounts_made_and_changed_through_the_application_pass(db: Database,
                                                                actors: dict) -> None:
    with db.session() as s:
        made = users.create_user(s, actors["admin"], username="admin2", full_name="Admin Dua",
                                 role="admin", password="Gerobak-Biru-Pelangi-77",
                                 must_change=False)
        key = users.issue_recovery_key(s, actors["admin"], made.id)
        users.update_user(s, actors["admin"], made.id, version=None, active=False)
    assert check_audit_log(db, SYSTEM).ok
    with db.session() as s:  # a recovery re-enables the account, and says so in the log
        users.recover_with_key(s, "admin2", key, "Pelangi-Biru-Gerobak-78")
    with db.read_session() as s:
        assert s.execute(select(User.active).where(User.username == "admin2")).scalar_one()
    assert check_audit_log(db, SYSTEM).ok
