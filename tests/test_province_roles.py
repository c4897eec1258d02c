"""The province's roles: the province officer (``prov_staff``) and the province head
(``prov_head``), under the same permission matrix and audit as the UPT's roles.

- the roles a user may be given depend on the installation: a UPT's (administrator, staff, tutor,
  head of UPT) or a province's (administrator, province officer, province head);
- every province action against every role on a real province database (the ``db`` fixture:
  SQLite and the live PostgreSQL server): an allowed case succeeds and is audited under the
  user's name, a refused case raises PermissionDenied having written nothing.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from jssc_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from jssc_desktop.services import users as U
from jssc_desktop.services.base import Actor
from jssc_desktop.services.province import consolidate, init_province, receive_one
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, ProvincePackage, ProvinceUptKey, User
from tests.province_helpers import demo_upt

TODAY = date(2026, 11, 23)
PERIOD = "2026-10"
ROLES = ("admin", "staff", "head", "tutor", "prov_staff", "prov_head")


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo UPT's monthly package (seed 2)."""
    return demo_upt(tmp_path_factory.mktemp("upt"), seed=2, clients=40, years=1,
                    periods=[("monthly", PERIOD)]).packages[("monthly", PERIOD)]


def _province(db: Database) -> dict[str, Actor]:
    """A province installation with one user per role (UPT roles as rows written directly: the
    services refuse to create them here, which is checked below)."""
    with db.session() as s:
        init_province(s, Actor.system())
    actors = {}
    with db.session() as s:
        for role in ROLES:
            user = User(username=f"u.{role}", full_name=f"Pengguna {role}", role=role,
                        password_hash="x", must_change_password=False)
            s.add(user)
            s.flush()
            actors[role] = Actor(user.id, user.username, role, user.full_name)
    return actors


def _state(db: Database) -> tuple[int, int, int]:
    with db.read_session() as s:
        return (s.execute(select(func.count(ProvincePackage.id))).scalar_one(),
                s.execute(select(func.count(ProvinceUptKey.id))).scalar_one(),
                s.execute(select(func.count(AuditLog.id))).scalar_one())


def test_users_get_the_roles_of_their_installation(db: Database) -> None:
    admin = Actor.system()
    with db.session() as s:
        s.add(User(username="admin", full_name="Admin", role="admin", password_hash="x"))
    with db.session() as s:
        assert U.installation_roles(s) == ["admin", "staff", "tutor", "head"]
        with pytest.raises(ValidationError, match="tidak tersedia di instalasi UPT"):
            U.create_user(s, admin, username="petugas", full_name="Petugas Provinsi",
                          role="prov_staff", password="Gerobak-Biru-Pelangi-77")
    with db.session() as s:
        init_province(s, admin)
    with db.session() as s:
        assert U.installation_roles(s) == ["admin", "prov_staff", "prov_head"]
        officer = U.create_user(s, admin, username="petugas", full_name="Petugas Provinsi",
                                role="prov_staff", password="Gerobak-Biru-Pelangi-77")
        head = U.create_user(s, admin, username="pimpinan", full_name="Pimpinan Dinsos",
                             role="prov_head", password="Gerobak-Biru-Pelangi-78")
        assert (officer.role_name, head.role_name) == ("Petugas Dinsos Provinsi",
                                                       "Pimpinan Dinsos Provinsi")
    for role in ("staff", "head", "tutor"):
        with db.session() as s, pytest.raises(ValidationError,
                                               match="tidak tersedia di instalasi provinsi"):
            U.create_user(s, admin, username="upt.user", full_name="Staf UPT", role=role,
                          password="Gerobak-Biru-Pelangi-79", tutor_id=None)
    with db.session() as s:
        view = U.update_user(s, admin, officer.id, version=officer.version, role="prov_head")
        assert view.role == "prov_head"
        with pytest.raises(ValidationError, match="tidak tersedia"):
            U.update_user(s, admin, head.id, version=head.version, role="staff")
    with db.read_session() as s:
        created = s.execute(select(AuditLog.after).where(AuditLog.action == "user.create")
                            .order_by(AuditLog.id)).scalars().all()
        assert [a["role"] for a in created] == ["prov_staff", "prov_head"]
        changed = s.execute(select(AuditLog.after).where(AuditLog.action == "user.update")
                            ).scalar_one()
        assert changed["role"] == "prov_head"
        # the database's own check accepts the province's roles and nothing else
        assert s.execute(select(User.role).where(User.username == "pimpinan")).scalar_one() \
            == "prov_head"
    with pytest.raises(Exception, match="(?i)check|role_valid"), db.session() as s:
        s.execute(text("UPDATE users SET role = 'kadinsos' WHERE username = 'pimpinan'"))


def test_province_mode_is_for_a_database_without_upt_users(db: Database) -> None:
    with db.session() as s:
        s.add(User(username="staf", full_name="Staf", role="staff", password_hash="x"))
    with db.session() as s, pytest.raises(DomainError, match="pengguna UPT"):
        init_province(s, Actor.system())


def _receive(db: Database, actor: Actor, content: bytes) -> Any:
    with db.session() as s:
        return receive_one(s, actor, "paket.jsscpkg", content)


def _report(db: Database, actor: Actor, content: bytes) -> Any:
    with db.read_session() as s:
        return consolidate(s, actor, "monthly", PERIOD)


def _approve(db: Database, actor: Actor, content: bytes) -> Any:
    from jssc_desktop.reports.province_approval import approve_province

    with db.session() as s:
        return approve_province(s, actor, "monthly", PERIOD, today=TODAY)


CASES: dict[str, tuple[frozenset[str], Callable[[Database, Actor, bytes], Any]]] = {
    "province.receive": (frozenset({"admin", "prov_staff"}), _receive),
    "province.report": (frozenset({"admin", "prov_staff", "prov_head"}), _report),
    "province.approve": (frozenset({"prov_head"}), _approve),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", sorted(CASES))
def test_province_actions_against_every_role(db: Database, package: Path, action: str,
                                             role: str) -> None:
    actors = _province(db)
    content = package.read_bytes()
    if action != "province.receive":  # a package to report on, received by the officer
        _receive(db, actors["prov_staff"], content)
    allowed, run = CASES[action]
    before = _state(db)
    if role in allowed:
        result = run(db, actors[role], content)
        assert result is not None
        if action in ("province.receive", "province.approve"):
            if action == "province.receive":
                assert result.outcome == "baru" and _state(db)[0] == before[0] + 1
            else:
                assert result.approved_by == actors[role].full_name
            with db.read_session() as s:
                who = s.execute(select(AuditLog.username).where(
                    AuditLog.action == action)).scalar_one()
            assert who == actors[role].username
        else:
            assert result.totals["upts_sent"] == 1
        return
    with pytest.raises(PermissionDenied) as refused:
        run(db, actors[role], content)
    assert "tidak berhak" in refused.value.message
    assert _state(db) == before


def test_cli_user_add_accepts_the_province_roles(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from jssc_desktop.cli import main

    prov = tmp_path / "prov.sqlite3"
    assert main(["--db", str(prov), "migrate"]) == 0
    assert main(["--db", str(prov), "province", "init"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("Gerobak-Biru-Pelangi-77\n"))
    assert main(["--db", str(prov), "user", "add", "admin", "--role", "admin",
                 "--password-stdin", "--no-change-required"]) == 0
    monkeypatch.setenv("JSSC_PASSWORD", "Gerobak-Biru-Pelangi-77")
    for name, role in (("petugas", "prov_staff"), ("pimpinan", "prov_head")):
        monkeypatch.setattr("sys.stdin", io.StringIO("Lumbung-Padi-Kuning-42\n"))
        assert main(["--db", str(prov), "user", "add", name, "--role", role, "--name",
                     name.title(), "--password-stdin", "--as", "admin"]) == 0
    out = capsys.readouterr().out
    assert "Petugas Dinsos Provinsi" in out and "Pimpinan Dinsos Provinsi" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("Lumbung-Padi-Kuning-42\n"))
    assert main(["--db", str(prov), "user", "add", "staf", "--role", "staff",
                 "--password-stdin", "--as", "admin"]) == 1
    assert "tidak tersedia di instalasi provinsi" in capsys.readouterr().err
