"""``jssc-desktop user acting-head set|clear|show`` as a real process: only the signed-in head
designates, the designation is audited and shown, and the Plh. may approve on those dates."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from jssc_desktop.services import approvers
from jssc_desktop.services.base import Actor
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditLog, User

from .test_cli import TEST_PASSWORD, add_user, run


def test_head_designates_and_clears_an_acting_head(tmp_path: Path) -> None:
    db_path = tmp_path / "upt.sqlite3"
    assert run(tmp_path, "migrate", db=db_path).returncode == 0
    add_user(db_path, "admin", "admin")
    add_user(db_path, "kepala", "head")
    add_user(db_path, "siti", "staff")
    today = date.today()
    until = today + timedelta(days=5)
    args = [
        "user",
        "acting-head",
        "set",
        "siti",
        "--from",
        today.isoformat(),
        "--until",
        until.isoformat(),
        "--reason",
        "Kepala UPT cuti tahunan",
    ]
    # no sign-in, or an administrator: refused, nothing written
    r = run(tmp_path, *args, db=db_path)
    assert r.returncode == 1 and "--as" in r.stderr, r.stderr
    r = run(tmp_path, *args, db=db_path, as_user="admin", password=TEST_PASSWORD)
    assert r.returncode == 1 and "Hanya Kepala UPT" in r.stderr, r.stderr
    r = run(tmp_path, *args[:-2], db=db_path, as_user="kepala", password=TEST_PASSWORD)
    assert r.returncode == 2 and "--reason" in r.stderr  # the reason is required
    r = run(
        tmp_path,
        *args[:4],
        "--from",
        "1-12-2026",
        "--until",
        until.isoformat(),
        "--reason",
        "x",
        db=db_path,
        as_user="kepala",
        password=TEST_PASSWORD,
    )
    assert r.returncode == 1 and "YYYY-MM-DD" in r.stderr, r.stderr
    r = run(tmp_path, *args, db=db_path, as_user="kepala", password=TEST_PASSWORD)
    assert r.returncode == 0, r.stderr
    assert "Siti: Plh. Kepala UPT" in r.stdout and "cuti tahunan" in r.stdout

    db = Database(str(db_path))
    try:
        with db.session() as s:
            siti = s.execute(select(User).where(User.username == "siti")).scalar_one()
            actor = Actor(siti.id, "siti", "staff", siti.full_name)
            assert approvers.may_approve(s, actor, today)
            row = s.execute(
                select(AuditLog).where(AuditLog.action == "acting_head.designate")
            ).scalar_one()
            assert row.entity_id == siti.id and row.after["note"] == "Kepala UPT cuti tahunan"
            assert row.username and row.username.startswith("kepala (cli ")
        r = run(
            tmp_path,
            "user",
            "acting-head",
            "show",
            db=db_path,
            as_user="admin",
            password=TEST_PASSWORD,
        )
        assert r.returncode == 0 and "siti" in r.stdout and "Kepala UPT cuti tahunan" in r.stdout
        r = run(
            tmp_path,
            "user",
            "acting-head",
            "clear",
            "siti",
            db=db_path,
            as_user="kepala",
            password=TEST_PASSWORD,
        )
        assert r.returncode == 0 and "Dicabut" in r.stdout, r.stderr
        with db.session() as s:
            assert not approvers.may_approve(s, actor, today)
            assert (
                s.execute(select(AuditLog).where(AuditLog.action == "acting_head.revoke"))
                .scalar_one()
                .entity_id
                == siti.id
            )
    finally:
        db.dispose()
    r = run(
        tmp_path,
        "user",
        "acting-head",
        "clear",
        "siti",
        db=db_path,
        as_user="kepala",
        password=TEST_PASSWORD,
    )
    assert r.returncode == 0 and "tidak ada yang dicabut" in r.stdout
