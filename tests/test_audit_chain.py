"""The audit trail proves itself: tampering of every kind is detected, on SQLite and PostgreSQL.

Each test writes a few audited rows through the service layer, then tampers with the table
directly (as someone with the database file or the server's password would) and checks that
``check_audit_log`` (what ``jssc-desktop audit verify`` runs) names the first bad row or the
missing tail: deleting the newest rows (with and without rolling the head back), editing a row
in the middle, and recomputing the whole chain after an edit (plain SHA-256, or HMAC with a
secret other than the installation's).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from jssc_desktop import cli
from jssc_desktop.services.audit_log import check_audit_log, verify_chain
from jssc_desktop.services.base import Actor, audit
from jssc_desktop.storage import audit_chain, audit_key
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.models import AuditChainHead, AuditLog

ADMIN = Actor(None, "admin", "admin", "Admin")


def _write(db: Database, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        with db.session() as s:
            audit(s, ADMIN, "test.write", "setting", i, None, {"i": i, "nik": "3507010101900001"})


def _rows(db: Database) -> list[AuditLog]:
    with db.read_session() as s:
        return list(s.execute(select(AuditLog).order_by(AuditLog.id)).scalars())


def _sql(db: Database, statement: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def _roll_head_back(db: Database, to: AuditLog, count: int) -> None:
    _sql(db, "UPDATE audit_chain_head SET last_id = :i, last_hash = :h, count = :c",
         i=to.id, h=to.hash, c=count)


def test_intact_log_is_utuh_and_incremental_reads_only_new_rows(db: Database) -> None:
    _write(db, 5)
    full = check_audit_log(db, ADMIN)
    assert full.ok and full.checked == 5 and "utuh" in full.message
    _write(db, 3, start=5)
    quick = check_audit_log(db, ADMIN, incremental=True)
    assert quick.ok and quick.incremental, quick.message
    assert quick.checked == 3 and quick.total == 8


def test_ids_are_never_reused_after_the_newest_rows_are_deleted(db: Database) -> None:
    _write(db, 5)
    _sql(db, "DELETE FROM audit_log WHERE id > 3")
    check = check_audit_log(db, ADMIN)
    assert not check.ok and "#4" in check.message and "hilang" in check.message
    _write(db, 1, start=5)
    assert [r.id for r in _rows(db)] == [1, 2, 3, 6]  # 4 and 5 are not handed out again


def test_tail_deletion_with_the_head_rolled_back_is_caught_by_the_anchor_file(
        db: Database) -> None:
    _write(db, 5)
    rows = _rows(db)
    _sql(db, "DELETE FROM audit_log WHERE id > 3")
    _roll_head_back(db, rows[2], 3)
    assert verify_chain_ok_inside(db)  # the table alone looks complete …
    check = check_audit_log(db, ADMIN)  # … the anchor outside it does not
    assert not check.ok
    assert "#5" in check.message and "berkas jangkar" in check.message, check.message


def verify_chain_ok_inside(db: Database) -> bool:
    with db.read_session() as s:
        return verify_chain(s, ADMIN).ok


def test_tail_deletion_is_caught_by_the_backup_manifest(db: Database, tmp_path: Path) -> None:
    from jssc_desktop.storage.backup import make_backup_file, read_manifest

    _write(db, 5)
    made = make_backup_file(db, tmp_path / "cadangan", reason="manual")
    anchor = read_manifest(made.path)["anchors"]["audit_head"]
    assert anchor["id"] == 5 and anchor["count"] == 5
    rows = _rows(db)
    db.audit_anchor_path.unlink()  # the file beside the database went too
    _sql(db, "DELETE FROM audit_log WHERE id > 2")
    _roll_head_back(db, rows[1], 2)
    check = check_audit_log(db, ADMIN, backup_folder=tmp_path / "cadangan")
    assert not check.ok and "#5" in check.message and "manifes cadangan" in check.message


def test_tail_deletion_is_caught_by_an_approved_report(db: Database, actors: dict) -> None:
    from jssc_desktop.reports.approval import approve_period

    _write(db, 2, start=100)
    with db.session() as s:
        approve_period(s, actors["head"], "monthly", "2026-10", today=date(2026, 11, 23))
    with db.read_session() as s:
        head = s.get(AuditChainHead, 1)
        last = head.last_id
    _write(db, 2)
    rows = _rows(db)
    db.audit_anchor_path.unlink()
    keep = [r for r in rows if r.id < last]
    _sql(db, "DELETE FROM audit_log WHERE id >= :i", i=last)
    _roll_head_back(db, keep[-1], len(keep))
    check = check_audit_log(db, ADMIN)
    assert not check.ok and f"#{last}" in check.message, check.message
    assert "laporan yang disetujui" in check.message


def test_an_edit_in_the_middle_is_detected(db: Database) -> None:
    _write(db, 6)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET reason = 'dibetulkan' WHERE id = 3"))
    check = check_audit_log(db, ADMIN)
    assert not check.ok and check.first_bad_id == 3
    assert "#3" in check.message and "diubah" in check.message


def _recompute(db: Database, rows: list[AuditLog], sign) -> None:  # type: ignore[no-untyped-def]
    prev = None
    with db.engine.begin() as conn:
        for r in rows:
            payload = audit_chain.payload_of(r)
            digest = sign(r.id, prev, payload)
            conn.execute(text("UPDATE audit_log SET after = :a, prev_hash = :p, hash = :h "
                              "WHERE id = :i"),
                         {"a": json.dumps(r.after), "p": prev, "h": digest, "i": r.id})
            prev = digest
        conn.execute(text("UPDATE audit_chain_head SET last_hash = :h"), {"h": prev})


@pytest.mark.parametrize("scheme", ["sha256", "other-secret"])
def test_a_recomputed_chain_is_detected(db: Database, scheme: str) -> None:
    _write(db, 5)
    rows = _rows(db)
    rows[2].after = {"i": 2, "nik": "3507010101900099"}  # the edit to hide
    if scheme == "sha256":
        def sign(row_id, prev, payload):  # type: ignore[no-untyped-def]
            return audit_chain.legacy_hash(prev, payload)
    else:
        def sign(row_id, prev, payload):  # type: ignore[no-untyped-def]
            return audit_chain.keyed_hash(b"a guess at the secret" * 2, row_id, prev, payload)
    _recompute(db, rows, sign)
    check = check_audit_log(db, ADMIN)
    assert not check.ok and check.first_bad_id == 1, check.message


def test_a_forged_anchor_file_is_reported(db: Database) -> None:
    _write(db, 3)
    path = db.audit_anchor_path
    data = json.loads(path.read_text(encoding="utf-8"))
    data["head"]["id"] = 1
    path.write_text(json.dumps(data), encoding="utf-8")
    check = check_audit_log(db, ADMIN)
    assert not check.ok and "berkas jangkar" in check.message.lower()


def test_a_wiped_log_is_reported(db: Database) -> None:
    _write(db, 3)
    _sql(db, "DELETE FROM audit_log")
    _sql(db, "DELETE FROM audit_chain_head")
    _write(db, 1)  # a new chain begins
    check = check_audit_log(db, ADMIN)
    assert not check.ok and "diganti atau dikosongkan" in check.message


def test_the_secret_lives_outside_the_database(db: Database, tmp_path: Path) -> None:
    _write(db, 2)
    with db.read_session() as s:
        chain_id = s.get(AuditChainHead, 1).chain_id
    copy = audit_key.key_folder() / f"{chain_id}.key"
    assert copy.exists() and copy.stat().st_mode & 0o077 == 0  # owner only
    key = audit_key.parse_recovery_text(copy.read_text())[1]
    row = _rows(db)[0]
    assert row.hash == audit_chain.keyed_hash(key, row.id, None, audit_chain.payload_of(row))
    assert hmac.compare_digest(row.hash, hmac.new(
        key, f"{row.id}||{json.dumps(audit_chain.payload_of(row), sort_keys=True, ensure_ascii=False, default=str)}".encode(),  # noqa: E501
        hashlib.sha256).hexdigest())
    # Without the secret on this PC the chain cannot be checked (nor extended): said clearly.
    copy.rename(tmp_path / "elsewhere.key")
    audit_key.forget_cache()
    check = check_audit_log(db, ADMIN)
    assert not check.ok and "audit key import" in check.message
    # The recovery text brings it back.
    audit_key.install_key((tmp_path / "elsewhere.key").read_text())
    assert check_audit_log(db, ADMIN).ok


def test_cli_audit_verify_exit_status(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from jssc_desktop.storage.migrate import upgrade

    sqlite_db = Database(str(tmp_path / "upt.sqlite3"))
    upgrade(sqlite_db)
    _write(sqlite_db, 4)
    url = str(sqlite_db.sqlite_path)
    assert cli.main(["--db", url, "audit", "verify"]) == 0
    assert "Log audit utuh" in capsys.readouterr().out
    assert cli.main(["--db", url, "audit", "verify", "--quick"]) == 0
    _sql(sqlite_db, "DELETE FROM audit_log WHERE id = 4")
    assert cli.main(["--db", url, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "#4" in err and "tidak utuh" in err


def test_cli_audit_verify_as_a_signed_in_head_and_key_show_needs_a_person(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from jssc_desktop.services import users
    from jssc_desktop.storage.migrate import upgrade

    db = Database(str(tmp_path / "upt.sqlite3"))
    upgrade(db)
    with db.session() as s:
        users.create_user(s, Actor.system(), username="kepala", full_name="Kepala UPT",
                          role="head", password="Teh-Manis-Sore-2026!", must_change=False)
        users.create_user(s, Actor.system(), username="admin", full_name="Admin UPT",
                          role="admin", password="Kopi-Pahit-Pagi-2026!", must_change=False)
    url = str(db.sqlite_path)
    monkeypatch.setenv("JSSC_PASSWORD", "Teh-Manis-Sore-2026!")
    assert cli.main(["--db", url, "audit", "verify", "--as", "kepala"]) == 0
    assert "utuh" in capsys.readouterr().out
    with db.read_session() as s:  # the sign-in itself was audited, in the chain
        # the user and the OS account the command ran under
        assert s.execute(select(AuditLog.username).order_by(AuditLog.id.desc())
                         ).scalars().first().startswith("kepala (cli ")
    monkeypatch.delenv("JSSC_PASSWORD")
    assert cli.main(["--db", url, "audit", "key", "show"]) == 1  # who asks? refused
    assert "--as" in capsys.readouterr().err
    monkeypatch.setenv("JSSC_PASSWORD", "Kopi-Pahit-Pagi-2026!")
    assert cli.main(["--db", url, "audit", "key", "show", "--as", "admin"]) == 0
    text_out = capsys.readouterr().out.strip()
    chain_id, key = audit_key.parse_recovery_text(text_out)
    assert len(key) == 32
