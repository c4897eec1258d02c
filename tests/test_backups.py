"""Backups: made online and verified, restored exactly, rotated, damaged files refused.

Runs on a real SQLite file and, when ``JSSC_TEST_PG_URL`` is set, on a PostgreSQL database of
its own with pg_dump/pg_restore. The databases are migrated with Alembic (a backup must carry
its schema revision).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from jssc_desktop.domain.errors import PermissionDenied, StorageError, ValidationError
from jssc_desktop.services import backups
from jssc_desktop.services.base import Actor, audit
from jssc_desktop.storage import backup as store
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import head_revision, upgrade
from jssc_desktop.storage.models import (
    Attendance,
    AuditLog,
    Client,
    Cohort,
    Enrollment,
    FacilityAttachment,
    FacilityRequest,
    Setting,
    TrainingSession,
    TrainingTrack,
    Tutor,
)

from .conftest import _PG_SERVER_URL, _admin_pg

ROOT = Path(__file__).resolve().parent.parent
ADMIN = Actor(1, "admin", "admin", "Admin UPT")
STAFF = Actor(2, "staf", "staff", "Staf Administrasi")


# ------------------------------------------------------------------------------------ fixtures


def _pg_database(name: str) -> Database:
    assert _PG_SERVER_URL
    _admin_pg(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin_pg(f"CREATE DATABASE {name}")
    return Database(_PG_SERVER_URL.rsplit("/", 1)[0] + f"/{name}")


def _migrated(kind: str, tmp_path: Path) -> Iterator[Database]:
    name = None
    if kind == "postgresql":
        if not _PG_SERVER_URL:
            pytest.skip("JSSC_TEST_PG_URL is not set: no PostgreSQL server for this run")
        if shutil.which("pg_dump") is None:  # the client programs are part of this test
            pytest.skip("pg_dump is not installed")
        name = f"jssc_bk_{os.getpid()}"
        database = _pg_database(name)
    else:
        database = Database(str(tmp_path / "upt.sqlite3"))
    upgrade(database)
    yield database
    database.dispose()
    if name:
        _admin_pg(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def mdb(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated database: a SQLite file, or a PostgreSQL database of this test's own."""
    yield from _migrated(request.param, tmp_path)


@pytest.fixture
def pgdb(tmp_path: Path) -> Iterator[Database]:
    yield from _migrated("postgresql", tmp_path)


@pytest.fixture
def sdb(tmp_path: Path) -> Iterator[Database]:
    database = Database(str(tmp_path / "upt.sqlite3"))
    upgrade(database)
    yield database
    database.dispose()


def fill(db: Database, n_clients: int = 25) -> None:
    """Realistic rows in the main tables, including binary content and an audit trail."""
    with db.session() as s:
        tutor = Tutor(name="Budi Santoso", tutor_type="internal", rate_per_jp=100_000)
        track = TrainingTrack(code="AC", name="Reparasi AC", total_jp=120)
        s.add_all([tutor, track])
        s.flush()
        cohort = Cohort(track_id=track.id, name="Angkatan I 2026", tutor_id=tutor.id,
                        start_date=date(2026, 2, 2), end_date=date(2026, 6, 30), planned_jp=120)
        s.add(cohort)
        s.flush()
        sess = TrainingSession(cohort_id=cohort.id, session_date=date(2026, 2, 3), jp=4,
                               topic="Dasar refrigerasi", tutor_id=tutor.id)
        s.add(sess)
        s.flush()
        for i in range(n_clients):
            c = Client(reg_no=f"PM-2026-{i + 1:05d}", nik=f"3507{i:012d}", name=f"Klien Ke-{i}",
                       name_normalized=f"klien ke {i}", sex="L" if i % 2 else "P",
                       birth_date=date(1990 + i % 20, 1 + i % 12, 1 + i % 28), ppks_code="P09",
                       admission_date=date(2026, 1, 5), address=f"Jl. Mawar {i}, Malang",
                       health_notes="Catatan kesehatan\nbaris kedua\tdengan tab",
                       photo=bytes(range(256)) * 4 if i % 5 == 0 else None)
            s.add(c)
            s.flush()
            s.add(Enrollment(cohort_id=cohort.id, client_id=c.id, enrolled_on=date(2026, 2, 2)))
            s.add(Attendance(session_id=sess.id, client_id=c.id, code="HSIAT"[i % 5]))
        req = FacilityRequest(number="USL-2026-001", title="Unit AC praktik", kind="nonfisik",
                              funding_source="apbd", estimated_cost=45_000_000)
        s.add(req)
        s.flush()
        s.add(FacilityAttachment(request_id=req.id, kind="sebelum", file_name="foto.jpg",
                                 content=os.urandom(5000), sha256="0" * 64))
        s.add(Setting(key="report_place", value="Malang"))
        audit(s, ADMIN, "client.create", "client", 1, None, {"name": "Klien Ke-0"})


def table_rows(db: Database, *, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table, ordered by the first column: for row-by-row comparison."""
    out = {}
    with db.engine.connect() as conn:
        for t in store.model_tables():
            if t in skip:
                continue
            rows = conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
            out[t] = [tuple(r) for r in rows]
    return out


def modify(db: Database) -> None:
    with db.session() as s:
        first = s.query(Client).order_by(Client.id).first()
        first.name = "Nama Diubah"
        s.query(Attendance).filter(Attendance.client_id == first.id).delete()
        s.add(TrainingTrack(code="JHT", name="Menjahit"))
        s.query(Setting).filter(Setting.key == "report_place").one().value = "Batu"
        audit(s, ADMIN, "client.update", "client", first.id, {"name": "x"}, {"name": "y"})


# --------------------------------------------------------------------------- backup and restore


def _decrypted(path: Path, target: Path | None = None) -> Path:
    """The plaintext of an encrypted backup (the key from JSSC_BACKUP_PASSPHRASE)."""
    from jssc_desktop.storage import backup_crypto
    from jssc_desktop.storage.backup_keys import key_for_file

    target = target or path.with_name(path.name.removesuffix(".enc") + ".plain")
    header = backup_crypto.read_header(path)
    backup_crypto.decrypt_file(path, target, key_for_file(None, header))
    return target


def test_backup_verify_modify_restore_roundtrip(mdb: Database) -> None:
    fill(mdb)
    before = table_rows(mdb)
    info = backups.make_backup(mdb, ADMIN)
    assert info.verified and info.path.exists()
    assert info.path.parent == Path(os.environ["JSSC_DATA_DIR"]) / "backups"
    ext = "sqlite3" if mdb.is_sqlite else "dump"
    assert store.NAME_RE.match(info.path.name) and info.path.name.endswith(f"-manual.{ext}.enc")
    assert "25 klien" in info.message
    manifest = store.read_manifest(info.path)
    assert manifest and manifest["counts"]["clients"] == 25
    assert manifest["revision"] == head_revision()
    assert manifest["sha256"] == store.sha256_of(info.path)
    assert manifest["encrypted"] is True and manifest["plain_sha256"] != manifest["sha256"]
    # the backup itself verifies independently, once decrypted
    check = store.verify_file(_decrypted(info.path), expected=manifest["counts"])
    assert check.ok, check.message

    modify(mdb)
    assert table_rows(mdb)["clients"] != before["clients"]

    result = backups.restore_backup(mdb, ADMIN, info.path, confirm=True)
    assert result.verified
    after = table_rows(mdb)
    for table, rows in before.items():
        if table in ("audit_log", "audit_chain_head"):  # the restore's own audit row follows
            continue
        assert after[table] == rows, f"table {table} differs after restore"
    # the audit trail of the backup is intact, plus the restore's own row in the restored data
    n = len(before["audit_log"])
    assert after["audit_log"][:n] == before["audit_log"]
    with mdb.session() as s:
        last = s.query(AuditLog).order_by(AuditLog.id.desc()).first()
        assert last.action == "backup.restore" and last.username == "admin"
        assert last.after["file"] == info.path.name
        assert last.prev_hash == before["audit_log"][-1][-1]  # chained to the restored trail
    # the whole chain holds after the restore, against every anchor outside the table
    from jssc_desktop.services.audit_log import check_audit_log

    check = check_audit_log(mdb, ADMIN)
    assert check.ok, check.message

    # the state before the restore was backed up, and it holds the modification
    pre = [b for b in backups.list_backups(mdb) if b.reason == "sebelum-pemulihan"]
    assert len(pre) == 1 and pre[0].verified and pre[0].path == result.copies[0]
    pre_manifest = store.read_manifest(pre[0].path)
    assert pre_manifest["counts"]["training_tracks"] == 2
    assert pre_manifest["counts"]["attendance"] == 24


def test_backup_while_another_connection_writes(sdb: Database) -> None:
    """The online backup runs while a writer commits; the copy matches its own snapshot."""
    fill(sdb, 5)
    stop = threading.Event()
    written = []

    def writer() -> None:
        other = Database(str(sdb.sqlite_path))
        i = 0
        while not stop.is_set():
            with other.session() as s:
                s.add(Setting(key=f"w.{i}", value="x" * 2000))
            written.append(i)
            i += 1
            time.sleep(0.002)  # people type; nobody commits in a tight loop
        other.dispose()

    t = threading.Thread(target=writer)
    t.start()
    try:
        infos = [backups.make_backup(sdb, ADMIN) for _ in range(5)]
    finally:
        stop.set()
        t.join()
    assert written, "the writer never committed"
    for info in infos:
        assert info.verified
        m = store.read_manifest(info.path)
        assert store.verify_sqlite(_decrypted(info.path), expected=m["counts"]).ok
    counts = [store.read_manifest(i.path)["counts"]["settings"] for i in infos]
    assert counts == sorted(counts)
    with sdb.session() as s:  # the audit rows landed despite the busy writer
        assert s.query(AuditLog).filter(AuditLog.action == "backup.make").count() == 5


def test_restore_is_refused_without_confirmation_and_for_staff(sdb: Database) -> None:
    fill(sdb, 3)
    info = backups.make_backup(sdb, ADMIN)
    with pytest.raises(ValidationError, match="dikonfirmasi"):
        backups.restore_backup(sdb, ADMIN, info.path, confirm=False)
    with pytest.raises(PermissionDenied, match="Staf Administrasi tidak berhak membuat dan "
                                                 "memulihkan cadangan"):
        backups.restore_backup(sdb, STAFF, info.path, confirm=True)
    files = sorted(p.name for p in info.path.parent.iterdir())
    with pytest.raises(PermissionDenied):
        backups.make_backup(sdb, STAFF)
    assert sorted(p.name for p in info.path.parent.iterdir()) == files


def test_second_folder_copy_and_unplugged_stick(sdb: Database, tmp_path: Path) -> None:
    usb = tmp_path / "usb" / "JSSC"
    with sdb.session() as s:
        s.add(Setting(key="backup_second_folder", value=str(usb)))
    fill(sdb, 4)
    info = backups.make_backup(sdb, ADMIN)
    copy = usb / info.path.name
    assert info.copies == (copy,) and copy.read_bytes() == info.path.read_bytes()
    assert store.read_manifest(copy)["sha256"] == store.sha256_of(copy)
    assert f"Salinan kedua: {copy}" in info.message
    listed = [b.path for b in backups.list_backups(sdb)]
    assert info.path in listed and copy in listed

    # the stick is gone: a plain file where the folder was. The backup still succeeds.
    shutil.rmtree(tmp_path / "usb")
    (tmp_path / "usb").write_text("bukan folder")
    info2 = backups.make_backup(sdb, ADMIN)
    assert info2.verified and info2.path.exists() and info2.copies == ()
    assert "Salinan kedua tidak dibuat" in info2.message


def test_daily_backup_once_a_day(sdb: Database) -> None:
    fill(sdb, 2)
    first = backups.daily_backup_if_due(sdb, STAFF)  # any user's start triggers it
    assert first is not None and first.verified and first.path.name.endswith("-harian.sqlite3.enc")
    assert backups.daily_backup_if_due(sdb, STAFF) is None
    tomorrow = date.today() + timedelta(days=1)
    assert backups.daily_backup_if_due(sdb, STAFF, today=tomorrow) is not None
    with sdb.session() as s:
        rows = s.query(AuditLog).filter(AuditLog.action == "backup.make").all()
        assert [r.username for r in rows] == ["staf", "staf"]


def test_invalid_reason_refused(sdb: Database) -> None:
    with pytest.raises(ValidationError, match="Alasan cadangan tidak valid"):
        backups.make_backup(sdb, ADMIN, reason="../x")


# -------------------------------------------------------------------------- damaged backups


def _garble(path: Path, offset: int, length: int) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, min(offset + length, len(data))):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["truncate", "garble-with-manifest", "garble-pages",
                                    "not-a-database", "foreign-sqlite", "newer-schema"])
def test_damaged_backup_refused_and_current_data_untouched(sdb: Database, tmp_path: Path,
                                                           damage: str) -> None:
    fill(sdb, 10)
    info = backups.make_backup(sdb, ADMIN)
    modify(sdb)
    current = table_rows(sdb)
    bad = tmp_path / f"rusak-{info.path.name}"
    shutil.copyfile(info.path, bad)
    expected = "rusak"
    if damage in ("garble-pages", "foreign-sqlite", "newer-schema"):
        # the content checks behind the encryption: a plain (older-format) backup file
        bad = tmp_path / f"rusak-{info.path.name.removesuffix('.enc')}"
        _decrypted(info.path, bad)
    if damage == "truncate":
        with open(bad, "r+b") as fh:
            fh.truncate(bad.stat().st_size // 2)
        expected = "terpotong|rusak|diubah"
    elif damage == "garble-with-manifest":
        shutil.copyfile(store.manifest_path(info.path), store.manifest_path(bad))
        _garble(bad, bad.stat().st_size - 3000, 10)  # inside row data: only the hash sees it
        expected = "SHA-256 tidak cocok"
    elif damage == "garble-pages":
        _garble(bad, 4096, 4096 * 8)  # b-tree pages: integrity_check sees it
    elif damage == "not-a-database":
        bad.write_bytes(b"PK\x03\x04 ini berkas zip, bukan cadangan" * 100)
        expected = "bukan cadangan JSSC Desktop"
    elif damage == "foreign-sqlite":
        bad.unlink()
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE x (a)")
        conn.commit()
        conn.close()
        expected = "bukan cadangan JSSC Desktop"
    elif damage == "newer-schema":
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
        expected = "versi JSSC Desktop yang lebih baru"
    n_files = len(list(info.path.parent.iterdir()))
    with pytest.raises(StorageError, match=expected) as err:
        backups.restore_backup(sdb, ADMIN, bad, confirm=True)
    assert "Data saat ini tidak diubah" in err.value.message
    assert table_rows(sdb) == current
    # nothing was made: no pre-restore backup, no staging folder left behind
    assert len(list(info.path.parent.iterdir())) == n_files
    with sqlite3.connect(sdb.sqlite_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_missing_file_and_wrong_kind(sdb: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        backups.restore_backup(sdb, ADMIN, tmp_path / "tidak-ada.sqlite3", confirm=True)
    dump = tmp_path / "jssc-20261101-010101-manual.dump"
    dump.write_bytes(b"PGDMP" + b"\x00" * 100)
    with pytest.raises(StorageError, match="cadangan server PostgreSQL, sedangkan basis data ini "
                                           "berkas SQLite"):
        backups.restore_backup(sdb, ADMIN, dump, confirm=True)


def test_pg_dump_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("JSSC_PG_BIN", raising=False)
    with pytest.raises(StorageError, match="Program 'pg_dump' tidak ditemukan. Pasang "
                                           "PostgreSQL Client"):
        store.pg_tool("pg_dump")


# ------------------------------------------------------------------------------------- rotation


def _fake(folder: Path, when: datetime, reason: str, ext: str = "sqlite3") -> Path:
    p = folder / store.backup_name(reason, when, ext)
    p.write_bytes(b"x")
    store._write_manifest(p, {"size": 1, "verified": True})
    return p


def test_rotation_keeps_daily_weekly_monthly_and_protected(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 23, 12, 0)  # a Monday
    day = date(2025, 10, 1)
    while day <= now.date():
        _fake(folder, datetime.combine(day, datetime.min.time()).replace(hour=2), "harian")
        day += timedelta(days=1)
    recent_migration = _fake(folder, datetime(2026, 11, 1, 9, 0), "sebelum-migrasi-0001")
    old_migration = _fake(folder, datetime(2026, 10, 10, 9, 0), "sebelum-migrasi-0001")
    recent_restore = _fake(folder, datetime(2026, 11, 20, 15, 0), "sebelum-pemulihan")
    pg_old = _fake(folder, datetime(2026, 1, 10, 2, 0), "harian", "dump")
    other = folder / "catatan.txt"
    other.write_text("bukan cadangan")

    deleted = store.rotate(folder, keep_daily=7, keep_weekly=4, keep_monthly=12, now=now)
    kept = {p.name for p in folder.iterdir() if not p.name.endswith(".json")}

    daily = [date(2026, 11, d) for d in (17, 18, 19, 21, 22, 23)]  # the 20th: see below
    weekly = [date(2026, 11, 15), date(2026, 11, 8)]  # newest of weeks 46 and 45
    monthly = [date(2026, m, 31) for m in (1, 3, 5, 7, 8, 10)] + [
        date(2026, m, 30) for m in (4, 6, 9)] + [date(2026, 2, 28), date(2025, 12, 31)]
    expected = {store.backup_name("harian", datetime.combine(d, datetime.min.time())
                                  .replace(hour=2), "sqlite3") for d in daily + weekly + monthly}
    # the pre-restore backup is the newest of the 20th, so it holds that day's place
    expected |= {recent_restore.name, recent_migration.name, pg_old.name, "catatan.txt"}
    assert kept == expected
    assert old_migration in deleted and not old_migration.exists()
    assert not store.manifest_path(old_migration).exists()
    assert len(deleted) == 420 - len(daily + weekly + monthly)


def test_rotation_numbers_are_configurable_and_newest_always_kept(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    now = datetime(2026, 11, 23, 12, 0)
    files = [_fake(folder, now - timedelta(days=i, hours=1), "manual") for i in range(10)]
    store.rotate(folder, keep_daily=0, keep_weekly=0, keep_monthly=0, now=now)
    assert [p.exists() for p in files] == [True] + [False] * 9
    files = [_fake(folder, now - timedelta(days=i, hours=2), "manual") for i in range(1, 10)]
    store.rotate(folder, keep_daily=3, keep_weekly=0, keep_monthly=0, now=now)
    assert len([p for p in folder.iterdir() if p.suffix == ".sqlite3"]) == 3



def test_settings_drive_rotation(sdb: Database) -> None:
    with sdb.session() as s:
        s.add_all([Setting(key="backup_keep_daily", value="2"),
                   Setting(key="backup_keep_weekly", value="0"),
                   Setting(key="backup_keep_monthly", value="0")])
    folder = Path(os.environ["JSSC_DATA_DIR"]) / "backups"
    folder.mkdir(parents=True)
    base = datetime.now() - timedelta(days=1)
    for i in range(5):
        _fake(folder, base - timedelta(days=i), "harian")
    info = backups.make_backup(sdb, ADMIN)
    left = sorted(p.name for p in folder.iterdir() if p.suffix in (".sqlite3", ".enc"))
    assert left == sorted([info.path.name, store.backup_name("harian", base, "sqlite3")])
    assert "4 cadangan lama dihapus" in info.message


def test_names_parse_including_legacy_migration_copies() -> None:
    when = datetime(2026, 11, 23, 7, 1, 2)
    assert store.backup_name("harian", when, "sqlite3") == "jssc-20261123-070102-harian.sqlite3"
    assert store.parse_name("jssc-20261123-070102-sebelum-pemulihan_2.dump") == (
        when, "sebelum-pemulihan", "postgresql")
    assert store.parse_name("jssc-sebelum-migrasi-0001-20261123-070102.sqlite3") == (
        when, "sebelum-migrasi-0001", "sqlite")
    assert store.parse_name("jssc-2026-manual.sqlite3") is None
    assert store.parse_name("laporan.pdf") is None


# ------------------------------------------------------------------------------------------ CLI


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jssc_desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_cli_backup_and_restore_end_to_end(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["JSSC_DATA_DIR"] = str(tmp_path / "data")
    env.pop("JSSC_DATABASE_URL", None)
    dbfile = tmp_path / "upt.sqlite3"
    r = _cli("--db", str(dbfile), "migrate", env=env)
    assert r.returncode == 0, r.stderr
    db = Database(str(dbfile))
    fill(db, 7)
    saved = table_rows(db)
    db.dispose()
    from .test_cli import TEST_PASSWORD, add_user

    add_user(dbfile)  # backups and restores are an administrator's, signed in with --as
    env["JSSC_PASSWORD"] = TEST_PASSWORD
    r = _cli("--db", str(dbfile), "backup", env=env)
    assert r.returncode == 1 and "--as" in r.stderr
    r = _cli("--db", str(dbfile), "--as", "admin", "backup", env=env)
    assert r.returncode == 0, r.stderr
    assert "Cadangan dibuat dan diverifikasi:" in r.stdout and "7 klien" in r.stdout
    path = Path(r.stdout.split("Cadangan dibuat dan diverifikasi:")[1].splitlines()[0].strip())
    assert path.parent == tmp_path / "data" / "backups" and path.exists()

    out = tmp_path / "flashdisk"
    r = _cli("--db", str(dbfile), "--as", "admin", "backup", "--out", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert len(list(out.glob("jssc-*.sqlite3.enc"))) == 1

    db = Database(str(dbfile))
    modify(db)
    db.dispose()

    r = _cli("--db", str(dbfile), "restore", str(path), env=env)  # no --yes, no terminal
    assert r.returncode == 1 and "--yes" in r.stderr
    r = _cli("--db", str(dbfile), "--as", "admin", "restore", str(path), "--yes", env=env)
    assert r.returncode == 0, r.stderr
    assert f"Data dipulihkan dari {path}" in r.stdout
    assert "sebelum-pemulihan" in r.stdout
    db = Database(str(dbfile))
    now = table_rows(db)
    db.dispose()
    chain = ("audit_log", "audit_chain_head", "users")  # users: the sign-ins' login times
    assert {t: rows for t, rows in now.items() if t not in chain} == {
        t: rows for t, rows in saved.items() if t not in chain}

    # a new PC: restore the stick's backup into a database that does not exist yet
    fresh = tmp_path / "pc-baru" / "jssc.sqlite3"
    stick_copy = next(out.glob("jssc-*.sqlite3.enc"))
    r = _cli("--db", str(fresh), "restore", str(stick_copy), "--yes", env=env)
    assert r.returncode == 0, r.stderr
    assert "masih kosong" in r.stdout
    db = Database(str(fresh))
    now = table_rows(db)
    db.dispose()
    assert now["clients"] == saved["clients"]

    garbage = tmp_path / "rusak.sqlite3"
    garbage.write_bytes(b"\x00" * 5000)
    r = _cli("--db", str(dbfile), "--as", "admin", "restore", str(garbage), "--yes", env=env)
    assert r.returncode == 1
    assert r.stderr.startswith("Galat: ") and "Data saat ini tidak diubah" in r.stderr


# ---------------------------------------------------------------------------------- PostgreSQL


@pytest.mark.postgresql
def test_pg_dump_damaged_and_cross_kind(pgdb: Database, tmp_path: Path) -> None:
    mdb = pgdb
    fill(mdb, 5)
    info = backups.make_backup(mdb, ADMIN)
    assert info.path.read_bytes().startswith(b"JSSCENC1")
    assert _decrypted(info.path).read_bytes().startswith(b"PGDMP")
    bad = tmp_path / "rusak.dump"
    data = _decrypted(info.path).read_bytes()
    bad.write_bytes(data[: len(data) // 2])
    current = table_rows(mdb)
    with pytest.raises(StorageError, match="rusak"):
        backups.restore_backup(mdb, ADMIN, bad, confirm=True)
    assert table_rows(mdb) == current
    sqlite_file = tmp_path / "x.sqlite3"
    sqlite3.connect(sqlite_file).execute("CREATE TABLE a (b)").connection.commit()
    with pytest.raises(StorageError, match="cadangan berkas SQLite, sedangkan basis data ini "
                                           "server PostgreSQL"):
        backups.restore_backup(mdb, ADMIN, sqlite_file, confirm=True)
    with mdb.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM clients")).scalar() == 5


@pytest.mark.postgresql
def test_pg_restore_waits_for_other_pc_then_leaves_data_as_it_was(
        pgdb: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another workstation sits in an open transaction: the restore gives up cleanly and the
    whole pg_restore (one transaction) leaves nothing half-done."""
    fill(pgdb, 6)
    info = backups.make_backup(pgdb, ADMIN)
    modify(pgdb)
    current = table_rows(pgdb)
    from jssc_desktop.storage import backup_pg

    monkeypatch.setattr(backup_pg, "PG_LOCK_TIMEOUT_MS", 1500)
    other = Database(pgdb.url)
    try:
        with other.session() as s:
            s.query(Client).count()  # holds a lock on clients until this block ends
            with pytest.raises(StorageError, match="sedang dipakai komputer lain"):
                backups.restore_backup(pgdb, ADMIN, info.path, confirm=True)
    finally:
        other.dispose()
    after = table_rows(pgdb)
    log = after.pop("audit_log")
    after.pop("audit_chain_head")  # moved on by the audit row below
    assert after == {t: rows for t, rows in current.items()
                     if t not in ("audit_log", "audit_chain_head")}
    # only the audit row of the pre-restore backup (made before pg_restore ran) was added
    assert log[:-1] == current["audit_log"] and log[-1][4] == "backup.make"
    backups.restore_backup(pgdb, ADMIN, info.path, confirm=True)  # free again: it works
    with pgdb.session() as s:
        assert s.query(Client).order_by(Client.id).first().name == "Klien Ke-0"


@pytest.mark.postgresql
def test_pg_daily_backup_without_pg_dump_reports_instead_of_failing(
        pgdb: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("JSSC_PG_BIN", raising=False)
    info = backups.daily_backup_if_due(pgdb, STAFF)
    assert info is not None and not info.verified
    # the reason alone: the window puts it after its own (translated) "Cadangan harian gagal:"
    assert info.message.startswith("Program 'pg_dump' tidak ditemukan")
    with pytest.raises(StorageError, match="pg_dump"):
        backups.make_backup(pgdb, ADMIN)
