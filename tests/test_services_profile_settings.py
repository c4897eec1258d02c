"""UPT profile and installation settings: permissions, validation, logo, audit trail."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select

from jssc_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from jssc_desktop.services import profile as P
from jssc_desktop.services import settings as S
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, Setting, UptProfile

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 100
JPEG = b"\xff\xd8\xff\xe0" + b"\x02" * 100

DATA = P.ProfileInput(
    name="UPT Pelayanan Sosial Bina Remaja Batu", code="UPT-PSBR-BATU", cluster="Remaja",
    address="Jl. Raya Batu No. 1", kab_kota_code="3579", phone="0341 123456",
    email="psbr.batu@dinsos.jatimprov.go.id", capacity=120, head_name="Dra. Sri Lestari, M.Si",
    head_nip="19700101 199503 2 001",
)


def _count(db: Database, model: Any) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _last_audit(db: Database) -> AuditLog:
    with db.session() as s:
        return s.execute(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).scalar_one()


def _save(db: Database, actor: Actor, data: P.ProfileInput = DATA,
          version: int | None = None) -> P.ProfileView:
    with db.session() as s:
        return P.save_profile(s, actor, data, version=version)


# ------------------------------------------------------------------------------ profile


def test_profile_created_then_updated_with_audit(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        assert P.get_profile(s, actors["staff"]) is None
    created = _save(db, actors["admin"])
    assert created.head_nip == "197001011995032001"  # spaces removed
    assert created.kab_kota_name == "Kota Batu" and created.has_logo is False
    entry = _last_audit(db)
    assert entry.action == "profile.create" and entry.after["name"] == DATA.name
    updated = _save(db, actors["admin"], replace(DATA, capacity=150), version=created.version)
    assert updated.capacity == 150 and updated.id == created.id
    assert updated.version == created.version + 1
    entry = _last_audit(db)
    assert entry.action == "profile.update"
    assert entry.before["capacity"] == 120 and entry.after["capacity"] == 150
    assert "name" not in entry.after
    assert _count(db, UptProfile) == 1


def test_every_role_may_view_only_admin_may_edit(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    _save(db, actors["admin"])
    for role in ("staff", "tutor", "head"):
        with db.session() as s:
            view = P.get_profile(s, actors[role])
        assert view is not None and view.name == DATA.name
        audit_rows = _count(db, AuditLog)
        with pytest.raises(PermissionDenied):
            _save(db, actors[role], replace(DATA, name="Diubah"))
        with pytest.raises(PermissionDenied), db.session() as s:
            P.set_logo(s, actors[role], PNG)
        assert _count(db, AuditLog) == audit_rows
    with db.session() as s:
        assert P.get_profile(s, actors["head"]).name == DATA.name  # type: ignore[union-attr]


def test_stale_profile_edit_refused(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    first = _save(db, actors["admin"])
    _save(db, actors["admin"], replace(DATA, phone="0341 999"), version=first.version)
    with pytest.raises(ConflictError):
        _save(db, actors["admin"], replace(DATA, capacity=5), version=first.version)
    with db.session() as s:
        view = P.get_profile(s, actors["admin"])
    assert view is not None and view.capacity == 120 and view.phone == "0341 999"


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": "  "}, "name"),
    ({"code": ""}, "code"),
    ({"capacity": -1}, "capacity"),
    ({"capacity": "banyak"}, "capacity"),
    ({"kab_kota_code": "3580"}, "kab_kota_code"),
    ({"kab_kota_code": "9999"}, "kab_kota_code"),
    ({"head_nip": "1970010119950320"}, "head_nip"),
    ({"head_nip": "19700101199503200A"}, "head_nip"),
    ({"email": "bukan-email"}, "email"),
    ({"name": "U" * 201}, "name"),
])
def test_bad_profile_refused_and_nothing_written(db: Database, actors, changes, field) -> None:  # type: ignore[no-untyped-def]
    before = (_count(db, UptProfile), _count(db, AuditLog))
    with pytest.raises(ValidationError) as err:
        _save(db, actors["admin"], replace(DATA, **changes))
    assert err.value.field == field
    assert (_count(db, UptProfile), _count(db, AuditLog)) == before


def test_optional_profile_fields_may_stay_empty(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    view = _save(db, actors["admin"], P.ProfileInput(name="UPT X", code="X", capacity="40"))  # type: ignore[arg-type]
    assert view.capacity == 40 and view.head_nip is None and view.kab_kota_name == ""


def test_logo_png_jpeg_and_removal(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError), db.session() as s:
        P.set_logo(s, actors["admin"], PNG)
    _save(db, actors["admin"])
    with db.session() as s:
        assert P.set_logo(s, actors["admin"], PNG).has_logo
    entry = _last_audit(db)
    assert entry.action == "profile.logo" and entry.before == {"logo": None}
    assert entry.after["logo"]["bytes"] == len(PNG)
    with db.session() as s:
        assert P.get_logo(s) == PNG
        P.set_logo(s, actors["admin"], JPEG)
    with db.session() as s:
        assert P.get_logo(s) == JPEG
    for bad in (b"GIF89a" + b"\x00" * 10, b"", PNG[:8] + b"\x00" * (2 * 1024 * 1024)):
        with pytest.raises(ValidationError) as err, db.session() as s:
            P.set_logo(s, actors["admin"], bad)
        assert err.value.field == "logo"
    with db.session() as s:
        assert P.get_logo(s) == JPEG
        view = P.set_logo(s, actors["admin"], None)
    assert view.has_logo is False
    with db.session() as s:
        assert P.get_logo(s) is None


# ------------------------------------------------------------------------------ settings


def test_settings_defaults_and_admin_change_audited(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        assert S.get_setting(s, "idle_lock_minutes") == "15"
        assert S.get_setting(s, "language") == "id"
        assert S.get_setting(s, "tidak_ada") is None
        assert S.get_setting(s, "tidak_ada", "x") == "x"
        S.set_setting(s, actors["admin"], "idle_lock_minutes", " 30 ")
    entry = _last_audit(db)
    assert entry.action == "setting.update" and entry.username == "admin"
    assert entry.before == {"idle_lock_minutes": None}
    assert entry.after == {"idle_lock_minutes": "30"}
    with db.session() as s:
        assert S.get_setting(s, "idle_lock_minutes") == "30"
        S.set_setting(s, actors["admin"], "idle_lock_minutes", "10")
        S.set_setting(s, actors["admin"], "report_place", "Batu")
    with db.session() as s:
        rows = s.execute(select(AuditLog).where(AuditLog.action == "setting.update")
                         .order_by(AuditLog.id)).scalars().all()
        assert [(r.before, r.after) for r in rows][1:] == [
            ({"idle_lock_minutes": "30"}, {"idle_lock_minutes": "10"}),
            ({"report_place": None}, {"report_place": "Batu"}),
        ]
        assert S.get_setting(s, "report_place") == "Batu"
    audit_rows = _count(db, AuditLog)
    with db.session() as s:  # saving the same value again writes nothing
        S.set_setting(s, actors["admin"], "report_place", "Batu")
    assert _count(db, AuditLog) == audit_rows


def test_settings_refused_for_other_roles(db: Database, actors) -> None:  # type: ignore[no-untyped-def]
    audit_rows = _count(db, AuditLog)  # the actors' own creation rows
    for role in ("staff", "tutor", "head"):
        with pytest.raises(PermissionDenied), db.session() as s:
            S.set_setting(s, actors[role], "language", "en")
    assert _count(db, Setting) == 0 and _count(db, AuditLog) == audit_rows


@pytest.mark.parametrize(("key", "value"), [
    ("idle_lock_minutes", "abc"),
    ("idle_lock_minutes", "0"),
    ("idle_lock_minutes", "-5"),
    ("language", "fr"),
    ("retention_years", "0"),
    ("backup_keep_daily", "banyak"),
    ("report_place", "x" * 101),
    ("Bukan Kunci!", "1"),
    ("", "1"),
])
def test_bad_settings_refused(db: Database, actors, key, value) -> None:  # type: ignore[no-untyped-def]
    audit_rows = _count(db, AuditLog)  # the actors' own creation rows
    with pytest.raises(ValidationError), db.session() as s:
        S.set_setting(s, actors["admin"], key, value)
    assert _count(db, Setting) == 0 and _count(db, AuditLog) == audit_rows
