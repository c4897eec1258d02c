"""Users and login: argon2id passwords, lockout after failed attempts, first-password change."""

from __future__ import annotations

import contextlib
import math
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import AuthError, DuplicateError, NotFoundError, ValidationError
from ..domain.messages import msg
from ..domain.vocab import ROLES
from ..storage.models import Setting, Tutor, User
from .base import (
    ALL_ROLES,
    PROVINCE_ROLES,
    Actor,
    audit,
    check_version,
    clean_text,
    diff,
    get_or_404,
    require,
    snapshot,
)

# OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 degree of parallelism.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8
USERNAME_RE = re.compile(r"^[a-z0-9._-]{3,60}$")


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: str
    role_name: str
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    tutor_id: int | None
    version: int


def _view(u: User) -> UserView:
    return UserView(u.id, u.username, u.full_name, u.role, ROLES.name(u.role), u.active,
                    u.must_change_password, u.locked_until, u.last_login_at, u.tutor_id, u.version)


def installation_roles(session: Session) -> list[str]:
    """The role codes users of this installation may have, in the vocabulary's order: a UPT's
    (administrator, staff, tutor, head of UPT) or, in province mode, the province's
    (administrator, province officer, province head)."""
    mode = session.get(Setting, "installation_mode")
    allowed = PROVINCE_ROLES if mode is not None and mode.value == "province" else ALL_ROLES
    return [code for code in ROLES.codes if code in allowed]


def _check_role(session: Session, role: str) -> str:
    ROLES.check(role, "role")
    allowed = installation_roles(session)
    if role not in allowed:
        where = msg("instalasi provinsi") if "prov_staff" in allowed else msg("instalasi UPT")
        raise ValidationError(
            msg("Peran {role} tidak tersedia di {where} ini; pilih salah satu dari: {roles}.",
                role=ROLES.ref(role), where=where,
                roles=", ".join(ROLES.name(c) for c in allowed)), "role")
    return role


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def utcnow() -> datetime:
    """Now in UTC, without a zone (how the database keeps lockout and login times): changing
    the PC's time zone neither shortens a lockout nor lengthens it."""
    return datetime.now(UTC).replace(tzinfo=None)


_dummy_hash: str | None = None


def _burn_time(password: str) -> None:
    """Verify against a dummy hash, so that an unknown user name costs as long as a known one
    (the time of a refusal does not tell which user names exist)."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash(secrets.token_hex(16))
    with contextlib.suppress(VerificationError, InvalidHashError):
        _hasher.verify(_dummy_hash, password or "")


def check_password_policy(password: str, username: str = "", full_name: str = "") -> None:
    """8 characters or more, letters and digits, not the user name, and not easy to guess
    (zxcvbn's estimate and the common Indonesian and English passwords: domain.passwords)."""
    from ..domain.passwords import weakness

    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            msg("Kata sandi minimal {min_password_length} karakter.",
                min_password_length=MIN_PASSWORD_LENGTH), "password")
    if not re.search(r"[A-Za-z]", password) or not re.search(r"\d", password):
        raise ValidationError(msg("Kata sandi harus memuat huruf dan angka."), "password")
    if username and username.lower() in password.lower():
        raise ValidationError(msg("Kata sandi tidak boleh memuat nama pengguna."), "password")
    problem = weakness(password, [username, *full_name.split()])
    if problem:
        raise ValidationError(msg("Kata sandi ditolak: {problem}", problem=problem), "password")


def _actor(u: User, via: str = "") -> Actor:
    return Actor(u.id, u.username, u.role, u.full_name, u.tutor_id, via)


def login(session: Session, username: str, password: str, *, now: datetime | None = None,
          via: str = "") -> Actor:
    """Check a user name and password; count failures and lock after five for 15 minutes.
    ``via`` names how the user signs in when not through the window (for the audit trail)."""
    now = now or utcnow()
    username = (username or "").strip().lower()
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    generic = AuthError(msg("Nama pengguna atau kata sandi salah."))
    if user is None:
        _burn_time(password)
        raise generic
    if not user.active:
        raise AuthError(msg("Akun ini dinonaktifkan. Hubungi Administrator."))
    if user.locked_until and user.locked_until > now:
        minutes = max(1, math.ceil((user.locked_until - now).total_seconds() / 60))
        raise AuthError(
            msg("Akun terkunci karena {max_failed_attempts} kali salah kata sandi. "
                "Coba lagi dalam {minutes} menit.",
                max_failed_attempts=MAX_FAILED_ATTEMPTS, minutes=minutes))
    # A damaged database opened read-only: the password is checked, nothing is written (no
    # failure count, no audit row); nothing can be changed in such a database either.
    read_only = bool(session.info.get("read_only"))
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        if read_only:
            raise generic from None
        user.failed_attempts += 1
        if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            user.failed_attempts = 0
            audit(session, _actor(user, via), "user.locked", "user", user.id,
                  after={"locked_until": user.locked_until.isoformat()})
        else:
            audit(session, _actor(user, via), "user.login_failed", "user", user.id)
        # The failure count must survive the caller's rollback of the refused login.
        session.commit()
        raise generic from None
    if read_only:
        return _actor(user, via)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_attempts = 0
    user.locked_until = None
    user.last_login_at = now
    audit(session, _actor(user, via), "user.login", "user", user.id)
    return _actor(user, via)


def record_sign_out(session: Session, actor: Actor) -> None:
    """'Keluar akun' in the window: written to the audit trail."""
    if actor.user_id is not None:
        audit(session, actor, "user.logout", "user", actor.user_id)


def verify_password(session: Session, actor: Actor, password: str) -> bool:
    """For the idle-lock screen: is this the logged-in user's password?

    Counted exactly like a login, so the lock screen is no way around the lockout: a locked
    account raises AuthError with the minutes left."""
    if actor.user_id is None:
        return False
    try:
        login(session, actor.username, password)
    except AuthError as exc:
        if "terkunci" in exc.message or "dinonaktifkan" in exc.message:
            raise
        return False
    return True


def must_change_password(session: Session, actor: Actor) -> bool:
    user = get_or_404(session, User, actor.user_id, "Pengguna")
    return user.must_change_password


def change_own_password(session: Session, actor: Actor, old: str, new: str) -> None:
    user = get_or_404(session, User, actor.user_id, "Pengguna")
    try:
        _hasher.verify(user.password_hash, old)
    except (VerificationError, InvalidHashError):
        raise ValidationError(msg("Kata sandi lama salah."), "old_password") from None
    check_password_policy(new, user.username, user.full_name)
    if old == new:
        raise ValidationError(msg("Kata sandi baru harus berbeda dari yang lama."), "password")
    user.password_hash = hash_password(new)
    user.must_change_password = False
    audit(session, actor, "user.password_changed", "user", user.id)


def create_user(session: Session, actor: Actor, *, username: str, full_name: str, role: str,
                password: str, tutor_id: int | None = None,
                must_change: bool = True) -> UserView:
    require(actor, "user.manage")
    username = (username or "").strip().lower()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            msg("Nama pengguna 3–60 karakter: huruf kecil, angka, titik, minus atau garis bawah."),
            "username")
    full_name = clean_text(full_name) or ""
    if not full_name:
        raise ValidationError(msg("Nama lengkap wajib diisi."), "full_name")
    _check_role(session, role)
    check_password_policy(password, username, full_name)
    if role == "tutor":
        if tutor_id is None:
            raise ValidationError(msg("Pengguna berperan Tutor harus ditautkan ke data tutor."),
                                  "tutor_id")
        get_or_404(session, Tutor, tutor_id, "Tutor")
    elif tutor_id is not None:
        raise ValidationError(msg("Hanya pengguna berperan Tutor yang ditautkan ke data tutor."),
                              "tutor_id")
    exists = session.execute(select(User.id).where(User.username == username)).first()
    if exists:
        raise DuplicateError(msg("Nama pengguna '{username}' sudah dipakai.",
                                 username=username), "username", exists[0])
    user = User(username=username, full_name=full_name, role=role,
                password_hash=hash_password(password), must_change_password=must_change,
                tutor_id=tutor_id)
    session.add(user)
    session.flush()
    audit(session, actor, "user.create", "user", user.id, after=snapshot(user))
    return _view(user)


def update_user(session: Session, actor: Actor, user_id: int, *, version: int | None,
                full_name: str | None = None, role: str | None = None,
                active: bool | None = None, tutor_id: int | None = None) -> UserView:
    require(actor, "user.manage")
    user = get_or_404(session, User, user_id, "Pengguna")
    check_version(user, version, f"Pengguna '{user.username}'")
    before = snapshot(user)
    if full_name is not None:
        full_name = clean_text(full_name) or ""
        if not full_name:
            raise ValidationError(msg("Nama lengkap wajib diisi."), "full_name")
        user.full_name = full_name
    if role:
        user.role = _check_role(session, role)
    if tutor_id is not None:
        get_or_404(session, Tutor, tutor_id, "Tutor")
        user.tutor_id = tutor_id
    if user.role == "tutor" and user.tutor_id is None:
        raise ValidationError(msg("Pengguna berperan Tutor harus ditautkan ke data tutor."),
                              "tutor_id")
    if user.role != "tutor":
        user.tutor_id = None
    if active is not None:
        if not active and user.id == actor.user_id:
            raise ValidationError(msg("Anda tidak dapat menonaktifkan akun Anda sendiri."),
                                  "active")
        user.active = active
    _keep_one_admin(session, user)
    session.flush()
    b, a = diff(before, snapshot(user))
    audit(session, actor, "user.update", "user", user.id, b, a)
    return _view(user)


def _keep_one_admin(session: Session, changed: User) -> None:
    session.flush()
    admins = session.execute(
        select(func.count()).select_from(User).where(User.role == "admin", User.active.is_(True))
    ).scalar_one()
    if admins == 0:
        raise ValidationError(
            msg("Pengguna '{username}' adalah Administrator aktif terakhir; "
            "harus selalu ada minimal satu.", username=changed.username), "role")


def reset_password(session: Session, actor: Actor, user_id: int, new_password: str) -> None:
    """An administrator sets a temporary password that must be changed at the next login."""
    require(actor, "user.manage")
    user = get_or_404(session, User, user_id, "Pengguna")
    check_password_policy(new_password, user.username, user.full_name)
    user.password_hash = hash_password(new_password)
    user.must_change_password = True
    user.failed_attempts = 0
    user.locked_until = None
    audit(session, actor, "user.password_reset", "user", user.id)


def find_user(session: Session, actor: Actor, username: str) -> UserView:
    require(actor, "user.manage")
    user = session.execute(
        select(User).where(User.username == username.strip().lower())).scalar_one_or_none()
    if user is None:
        raise NotFoundError(msg("Pengguna '{username}' tidak ditemukan.", username=username))
    return _view(user)


def list_users(session: Session, actor: Actor) -> list[UserView]:
    require(actor, "user.manage")
    return [_view(u) for u in session.execute(select(User).order_by(User.username)).scalars()]


def count_users(session: Session) -> int:
    """For the first-run check: is there anybody yet?"""
    return session.execute(select(func.count()).select_from(User)).scalar_one()


# ------------------------------------------------------------------------------ recovery key


def _new_recovery_key() -> str:
    """Six groups of five letters and digits (about 150 bits), easy to copy from paper."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(30))
    return "-".join(raw[i:i + 5] for i in range(0, 30, 5))


def _normal_key(key: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", (key or "").upper())


def issue_recovery_key(session: Session, actor: Actor, user_id: int) -> str:
    """A new recovery key for an administrator (shown once, to print or write down; only its
    hash is kept). It resets a forgotten password: ``jssc-desktop user recover``."""
    user = get_or_404(session, User, user_id, "Pengguna")
    if actor.user_id != user.id:
        require(actor, "user.manage")
    if user.role != "admin":
        raise ValidationError(msg("Kunci pemulihan hanya untuk Administrator."), "role")
    key = _new_recovery_key()
    user.recovery_key_hash = hash_password(_normal_key(key))
    audit(session, actor, "user.recovery_key_issued", "user", user.id)
    return key


def recover_with_key(session: Session, username: str, key: str, new_password: str) -> str:
    """Reset a forgotten administrator password with the recovery key; clears the lockout and
    returns a NEW recovery key (the old one is used up). Wrong keys count as failed logins."""
    username = (username or "").strip().lower()
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    refused = AuthError(msg("Nama pengguna atau kunci pemulihan salah."))
    if user is None or not user.recovery_key_hash:
        _burn_time(key)
        raise refused
    try:
        _hasher.verify(user.recovery_key_hash, _normal_key(key))
    except (VerificationError, InvalidHashError):
        user.failed_attempts += 1
        audit(session, _actor(user), "user.recover_failed", "user", user.id)
        session.commit()
        raise refused from None
    check_password_policy(new_password, user.username, user.full_name)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    user.failed_attempts = 0
    user.locked_until = None
    user.active = True
    fresh = _new_recovery_key()
    user.recovery_key_hash = hash_password(_normal_key(fresh))
    audit(session, _actor(user), "user.recovered", "user", user.id)
    return fresh
