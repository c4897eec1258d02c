"""What every service shares: the acting user, permissions, audit trail, stale-edit checks.

Permissions (docs/ARCHITECTURE.md, "Roles") are enforced here, not only by hiding buttons. The
audit log is append-only and hash-chained: each row's keyed hash covers its content and the
previous row's hash (``storage/audit_chain.py``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from ..domain.errors import ConflictError, NotFoundError, PermissionDenied
from ..domain.messages import msg
from ..domain.vocab import ROLES
from ..storage import audit_chain
from ..storage.models import AuditLog, Base

ADMIN, STAFF, TUTOR, HEAD = "admin", "staff", "tutor", "head"
#: The roles of a province installation (Dinas Sosial Provinsi): the officer receives the UPTs'
#: packages and makes the province report; the head approves it.
PROV_STAFF, PROV_HEAD = "prov_staff", "prov_head"
#: The roles of a UPT installation (the administrator belongs to both kinds).
ALL_ROLES = frozenset({ADMIN, STAFF, TUTOR, HEAD})
PROVINCE_ROLES = frozenset({ADMIN, PROV_STAFF, PROV_HEAD})


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf a service acts."""

    user_id: int | None
    username: str
    role: str
    full_name: str = ""
    tutor_id: int | None = None
    #: How the user acts when not through the window, for the audit trail, e.g. 'cli budi@PC-3'
    via: str = ""

    @classmethod
    def system(cls) -> Actor:
        """The command line and maintenance jobs act as this administrator."""
        return cls(None, "sistem", ADMIN, "Sistem")

    @property
    def role_name(self) -> str:
        return ROLES.name(self.role)

    @property
    def audit_name(self) -> str:
        """The user name as the audit trail records it (with the OS account on the CLI)."""
        return f"{self.username} ({self.via})"[:60] if self.via else self.username


# action -> (roles allowed, what the action is called in a refusal message)
PERMISSIONS: dict[str, tuple[frozenset[str], str]] = {
    "user.manage": (frozenset({ADMIN}), "mengelola pengguna"),
    "profile.view": (ALL_ROLES | PROVINCE_ROLES, "melihat profil instalasi"),
    "profile.edit": (frozenset({ADMIN}), "mengubah profil UPT"),
    "settings.edit": (frozenset({ADMIN}), "mengubah pengaturan"),
    "client.view": (frozenset({ADMIN, STAFF, HEAD, TUTOR}), "melihat data klien"),
    "client.view_sensitive": (
        frozenset({ADMIN, STAFF, HEAD}),
        "melihat NIK, KK, data kesehatan dan keluarga klien",
    ),
    "client.edit": (frozenset({ADMIN, STAFF}), "mengubah data klien"),
    "client.discharge": (frozenset({ADMIN, STAFF}), "melakukan terminasi klien"),
    "training.view": (ALL_ROLES, "melihat data pelatihan"),
    "training.edit": (frozenset({ADMIN, STAFF}), "mengelola program, angkatan dan peserta"),
    "session.edit": (frozenset({ADMIN, STAFF, TUTOR}), "mengelola pertemuan"),
    "attendance.record": (frozenset({ADMIN, STAFF, TUTOR}), "mengisi kehadiran"),
    "assessment.record": (frozenset({ADMIN, STAFF, TUTOR}), "mengisi hasil uji kompetensi"),
    "graduation.record": (frozenset({ADMIN, STAFF}), "menetapkan kelulusan dan sertifikat"),
    "tutor.view": (frozenset({ADMIN, STAFF, HEAD}), "melihat data tutor"),
    "tutor.edit": (frozenset({ADMIN, STAFF}), "mengelola data tutor"),
    "facility.view": (frozenset({ADMIN, STAFF, HEAD}), "melihat usulan revitalisasi"),
    "facility.draft": (frozenset({ADMIN, STAFF}), "menyusun dan mengajukan usulan revitalisasi"),
    "facility.verify": (frozenset({STAFF, HEAD}), "memverifikasi usulan revitalisasi"),
    # approving is the head's or the acting head's (services.approvers), never the admin's
    "facility.approve": (frozenset({HEAD}), "memutuskan usulan revitalisasi"),
    "facility.progress": (frozenset({ADMIN, STAFF}), "memperbarui pelaksanaan usulan"),
    "followup.view": (frozenset({ADMIN, STAFF, HEAD}), "melihat bimbingan lanjut"),
    "followup.edit": (frozenset({ADMIN, STAFF}), "mencatat bimbingan lanjut"),
    "report.generate": (frozenset({ADMIN, STAFF, HEAD}), "membuat laporan"),
    "report.approve": (frozenset({HEAD}), "menyetujui laporan periode"),
    "report.reopen": (frozenset({HEAD}), "membuka kembali laporan periode yang disetujui"),
    "report.package": (frozenset({STAFF, HEAD}), "membuat paket laporan untuk Dinsos"),
    # the province installation (Dinsos): receiving UPT packages, the province report and its
    # approval (the province head only, never the administrator: separation of duties)
    "province.receive": (frozenset({ADMIN, PROV_STAFF}), "menerima paket laporan UPT"),
    "province.report": (PROVINCE_ROLES, "membuat laporan provinsi"),
    "province.approve": (frozenset({PROV_HEAD}), "menyetujui laporan provinsi"),
    "audit.view": (frozenset({ADMIN, HEAD, PROV_HEAD}), "melihat log audit"),
    "import.run": (frozenset({ADMIN, STAFF}), "mengimpor data"),
    "backup.run": (frozenset({ADMIN}), "membuat dan memulihkan cadangan"),
}


def can(actor: Actor, action: str) -> bool:
    roles, _ = PERMISSIONS[action]
    return actor.role in roles


def require(actor: Actor, action: str) -> None:
    """Raise PermissionDenied unless the actor's role may perform ``action``."""
    roles, label = PERMISSIONS[action]
    if actor.role not in roles:
        raise PermissionDenied(msg("Peran {role_name} tidak berhak {label}.",
                                   role_name=ROLES.ref(actor.role), label=label))


M = TypeVar("M", bound=Base)


def get_or_404(session: Session, model: type[M], ident: int | None, label: str) -> M:
    """Load a record by id or raise NotFoundError naming it (``label`` e.g. 'Klien')."""
    # An id no database row can have (PostgreSQL integers stop at 2**31-1) is simply not found.
    valid = isinstance(ident, int) and not isinstance(ident, bool) and 0 < ident < 2**31
    obj = session.get(model, ident) if valid else None
    if obj is None:
        raise NotFoundError(msg("{label} dengan nomor {ident} tidak ditemukan.",
                                label=label, ident=ident))
    return obj


def check_version(obj: Any, expected: int | None, label: str) -> None:
    """Refuse a write based on a stale read: nothing is overwritten."""
    if expected is not None and obj.version != expected:
        raise ConflictError(
            msg("{label} telah diubah oleh pengguna lain sejak Anda membukanya. "
            "Tidak ada yang ditimpa; muat ulang lalu ulangi perubahan Anda.", label=label)
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return {"bytes": len(value), "sha256": hashlib.sha256(value).hexdigest()}
    return value


SKIP_FIELDS = frozenset({"password_hash", "created_at", "updated_at"})


def snapshot(obj: Any, fields: list[str] | None = None) -> dict[str, Any]:
    """Column values of a record as JSON-ready data, for the audit trail."""
    mapper = inspect(obj).mapper
    names = fields or [c.key for c in mapper.column_attrs if c.key not in SKIP_FIELDS]
    return {name: _jsonable(getattr(obj, name)) for name in names}


def diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed, for compact audit rows."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def audit(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditLog:
    """Append one row to the audit log (in the caller's transaction).

    Appends of every writer are serialised on the chain head (``storage/audit_chain.py``): the
    caller's transaction holds it until it ends, so the rows of all PCs form one keyed chain."""
    return audit_chain.append(
        session, at=datetime.now(), user_id=actor.user_id, username=actor.audit_name,
        action=action, entity=entity, entity_id=entity_id, before=before, after=after,
        reason=reason)


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean_text(value: str | None) -> str | None:
    """Strip surrounding whitespace; empty text becomes None. NUL characters and lone
    surrogates (which no database can store and no keyboard types) are dropped."""
    if value is None:
        return None
    if not isinstance(value, str):
        value = str(value)
    if not value.isprintable():  # NUL and lone surrogates are not printable
        value = _UNSTORABLE.sub("", value)
    value = " ".join(value.split()) if "\n" not in value else value.strip()
    return value or None


R = TypeVar("R")


@dataclass(frozen=True)
class Page(Generic[R]):
    """One page of a list computed in SQL: the rows shown and how many match in all."""

    rows: list[R]
    total: int
    offset: int = 0
    limit: int = 0
