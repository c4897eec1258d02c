"""Users and login: argon2id, lockout, first-password change, permissions, audit."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.errors import (
    AuthError,
    ConflictError,
    DuplicateError,
    PermissionDenied,
    ValidationError,
)
from jssc_desktop.services import users
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, User

PW = "Rahasia-123"


def _count(db: Database, model) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_hash_is_argon2id_with_owasp_parameters() -> None:
    h = users.hash_password("Abcdefg1")
    assert h.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in h


def test_login_success_and_audit(db: Database, actors: dict[str, Actor]) -> None:
    with db.session() as s:
        actor = users.login(s, "STAF ", PW)
    assert actor.role == "staff" and actor.username == "staf"
    with db.session() as s:
        row = s.execute(select(AuditLog).order_by(AuditLog.id.desc())).scalars().first()
        assert row.action == "user.login" and row.username == "staf"
        assert s.execute(select(User).where(User.username == "staf")).scalar_one().last_login_at


def test_wrong_password_and_unknown_user_same_message(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    for name, pw in (("staf", "salah-123"), ("siapa", PW)):
        with pytest.raises(AuthError, match="Nama pengguna atau kata sandi salah"):
            with db.session() as s:
                users.login(s, name, pw)


def test_five_failures_lock_for_fifteen_minutes(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2026, 11, 23, 9, 0)
    for _ in range(5):
        with pytest.raises(AuthError):
            with db.session() as s:
                users.login(s, "staf", "keliru-123", now=now)
    with pytest.raises(AuthError, match="terkunci.*15 menit"):
        with db.session() as s:
            users.login(s, "staf", PW, now=now)
    with pytest.raises(AuthError, match="terkunci"):
        with db.session() as s:
            users.login(s, "staf", PW, now=now + timedelta(minutes=14))
    with db.session() as s:
        assert users.login(s, "staf", PW, now=now + timedelta(minutes=16)).username == "staf"
    with db.session() as s:
        actions = s.execute(select(AuditLog.action)).scalars().all()
    assert actions.count("user.login_failed") == 4 and "user.locked" in actions


def test_first_password_must_be_changed(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        users.create_user(s, actors["admin"], username="dewi", full_name="Dewi Lestari",
                          role="staff", password="Mulai-2026")
    with db.session() as s:
        dewi = users.login(s, "dewi", "Mulai-2026")
        assert users.must_change_password(s, dewi)
    with pytest.raises(ValidationError) as err:
        with db.session() as s:
            users.change_own_password(s, dewi, "Mulai-2026", "pendek1")
    assert err.value.field == "password"
    with pytest.raises(ValidationError, match="lama salah"):
        with db.session() as s:
            users.change_own_password(s, dewi, "bukan-ini1", "Baru-2026-ok")
    with db.session() as s:
        users.change_own_password(s, dewi, "Mulai-2026", "Baru-2026-ok")
    with db.session() as s:
        assert not users.must_change_password(s, dewi)
        assert users.verify_password(s, dewi, "Baru-2026-ok")
        assert not users.verify_password(s, dewi, "Mulai-2026")


@pytest.mark.parametrize("password,word", [
    ("Ab1", "minimal 8"), ("abcdefghij", "huruf dan angka"), ("dewi12345", "nama pengguna"),
])
def test_password_policy(db: Database, actors, password: str, word: str) -> None:  # type: ignore[no-untyped-def]
    before = _count(db, User)
    with pytest.raises(ValidationError, match=word):
        with db.session() as s:
            users.create_user(s, actors["admin"], username="dewi", full_name="Dewi",
                              role="staff", password=password)
    assert _count(db, User) == before


@pytest.mark.parametrize("role", ["staff", "head", "tutor"])
def test_only_admin_manages_users(db: Database, actors, role: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied, match="tidak berhak mengelola pengguna"):
        with db.session() as s:
            users.create_user(s, actors[role], username="baru", full_name="Baru",
                              role="staff", password="Baru-2026-ok")
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            users.list_users(s, actors[role])


def test_create_user_validation(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    admin = actors["admin"]
    cases = [
        (dict(username="x", full_name="X", role="staff"), "username"),
        (dict(username="budi", full_name=" ", role="staff"), "full_name"),
        (dict(username="budi", full_name="Budi", role="boss"), "role"),
        (dict(username="budi", full_name="Budi", role="tutor"), "tutor_id"),
        (dict(username="budi", full_name="Budi", role="staff", tutor_id=actors["tutor"].tutor_id),
         "tutor_id"),
    ]
    for kwargs, field in cases:
        with pytest.raises(ValidationError) as err:
            with db.session() as s:
                users.create_user(s, admin, password="Kuat-2026-ok", **kwargs)
        assert err.value.field == field
    with pytest.raises(DuplicateError, match="sudah dipakai"):
        with db.session() as s:
            users.create_user(s, admin, username="staf", full_name="Lain", role="staff",
                              password="Lain-2026-ok")


def test_update_user_stale_and_last_admin(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    admin = actors["admin"]
    with db.session() as s:
        staf = users.find_user(s, admin, "staf")
    with db.session() as s:
        users.update_user(s, admin, staf.id, version=staf.version, full_name="Staf Satu")
    with pytest.raises(ConflictError):
        with db.session() as s:
            users.update_user(s, admin, staf.id, version=staf.version, full_name="Staf Dua")
    with db.session() as s:
        assert users.find_user(s, admin, "staf").full_name == "Staf Satu"
        me = users.find_user(s, admin, "admin")
    with pytest.raises(ValidationError, match="Administrator aktif terakhir"):
        with db.session() as s:
            users.update_user(s, admin, me.id, version=me.version, role="staff")
    with pytest.raises(ValidationError, match="akun Anda sendiri"):
        with db.session() as s:
            users.update_user(s, admin, me.id, version=me.version, active=False)


def test_reset_password_forces_change_and_unlocks(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    admin = actors["admin"]
    with db.session() as s:
        staf = users.find_user(s, admin, "staf")
        users.reset_password(s, admin, staf.id, "Sementara-1")
    with db.session() as s:
        actor = users.login(s, "staf", "Sementara-1")
        assert users.must_change_password(s, actor)
        audit = s.execute(
            select(AuditLog).where(AuditLog.action == "user.password_reset")).scalar_one()
        assert audit.entity_id == staf.id and "Sementara" not in str(audit.after)


def test_deactivated_user_cannot_log_in(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    admin = actors["admin"]
    with db.session() as s:
        staf = users.find_user(s, admin, "staf")
        users.update_user(s, admin, staf.id, version=staf.version, active=False)
    with pytest.raises(AuthError, match="dinonaktifkan"):
        with db.session() as s:
            users.login(s, "staf", PW)


def test_idle_lock_screen_counts_failures_like_a_login(db: Database,
                                                       actors: dict[str, Actor]) -> None:
    from jssc_desktop.services.users import verify_password

    staff = actors["staff"]
    for _ in range(4):
        with db.session() as s:
            assert verify_password(s, staff, "salah-123") is False
    with db.session() as s:
        assert verify_password(s, staff, "Rahasia-123") is True   # resets the count
    for _ in range(5):
        with db.session() as s:
            assert verify_password(s, staff, "salah-123") is False
    with pytest.raises(AuthError, match="terkunci"):
        with db.session() as s:
            verify_password(s, staff, "Rahasia-123")
