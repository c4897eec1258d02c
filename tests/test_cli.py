"""The command line, run as a real process: exit codes, messages, and what lands in the database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from jssc_desktop import __version__
from jssc_desktop.services import users
from jssc_desktop.storage.db import Database
from jssc_desktop.storage.migrate import current_revision, head_revision
from jssc_desktop.storage.models import Client, User

from .conftest import audit_new_user

ROOT = Path(__file__).resolve().parent.parent


#: The demo users' passwords (README), for signing in with --as.
DEMO_PASSWORDS = {"admin": "Lumbung-Data-26", "staf": "Berkas-Rapi-26",
                  "kepala": "Tanda-Tangan-26", "tutor": "Kelas-Jahit-26"}
#: The password of users made by add_user().
TEST_PASSWORD = "Rahasia-123"


def add_user(path: Path, username: str = "admin", role: str = "admin",
             password: str = TEST_PASSWORD) -> None:
    """A user in the SQLite file at ``path`` (which must exist and be migrated)."""
    database = Database(str(path))
    try:
        with database.session() as s:
            user = User(username=username, full_name=username.title(), role=role,
                        password_hash=users.hash_password(password), must_change_password=False)
            s.add(user)
            audit_new_user(s, user)
    finally:
        database.dispose()


def run(tmp_path: Path, *args: str, stdin: str | None = None,
        db: Path | str | None = None, as_user: str | None = None,
        password: str | None = None) -> subprocess.CompletedProcess[str]:
    """``jssc-desktop [--db DB] [--as USER] ARGS`` as a real process; the password of
    ``as_user`` (a demo user's, else ``password``, else TEST_PASSWORD) in JSSC_PASSWORD."""
    env = dict(os.environ)
    env.pop("JSSC_PASSWORD", None)
    env.pop("JSSC_DATABASE_URL", None)
    env.pop("JSSC_DEBUG", None)
    env["JSSC_DATA_DIR"] = str(tmp_path / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [sys.executable, "-m", "jssc_desktop"]
    if db is not None:
        cmd += ["--db", str(db)]
    if as_user is not None:
        cmd += ["--as", as_user]
        env["JSSC_PASSWORD"] = password or DEMO_PASSWORDS.get(as_user, TEST_PASSWORD)
    return subprocess.run(cmd + list(args), check=False, input=stdin, capture_output=True,
                          text=True,
                          env=env, cwd=ROOT, timeout=300)


def assert_clean_error(proc: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """A user-fixable failure: the exit code, one 'Galat: …' line on stderr, no traceback."""
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("Galat: "), proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    return lines[0]


def test_version(tmp_path: Path) -> None:
    proc = run(tmp_path, "--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"JSSC Desktop {__version__}"


def test_migrate_creates_the_schema_at_head(tmp_path: Path) -> None:
    path = tmp_path / "jssc.sqlite3"
    proc = run(tmp_path, "migrate", db=path)
    assert proc.returncode == 0, proc.stderr
    assert head_revision() in proc.stdout
    db = Database(str(path))
    try:
        assert current_revision(db) == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert {"clients", "users", "attendance", "followups", "audit_log"} <= tables
    finally:
        db.dispose()
    again = run(tmp_path, "migrate", db=path)
    assert again.returncode == 0
    assert "sudah versi terbaru" in again.stdout


def test_default_database_is_in_the_data_folder(tmp_path: Path) -> None:
    proc = run(tmp_path, "migrate")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "data" / "jssc.sqlite3").is_file()


def test_demo_and_user_commands(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    assert run(tmp_path, "migrate", db=path).returncode == 0

    proc = run(tmp_path, "demo", "--clients", "200", "--years", "2", "--seed", "3",
               "--today", "2026-11-23", "--quiet", db=path)
    assert proc.returncode == 0, proc.stderr
    assert "Klien: 200" in proc.stdout
    assert proc.stderr == ""  # --quiet: no progress lines

    proc = run(tmp_path, "user", "add", "siti", "--role", "staff", "--name", "Siti Aminah",
               "--password-stdin", stdin="Rahasia-123\n", db=path, as_user="admin")
    assert proc.returncode == 0, proc.stderr
    assert "siti" in proc.stdout

    proc = run(tmp_path, "user", "list", db=path, as_user="admin")
    assert proc.returncode == 0, proc.stderr
    listed = {line.split()[0]: line for line in proc.stdout.splitlines()}
    assert {"admin", "staf", "kepala", "tutor", "siti"} <= set(listed)
    assert "Siti Aminah" in listed["siti"] and "Staf Administrasi" in listed["siti"]

    proc = run(tmp_path, "user", "passwd", "siti", "--password-stdin", stdin="Baru-20261\n",
               db=path, as_user="admin")
    assert proc.returncode == 0, proc.stderr

    db = Database(str(path))
    try:
        with db.session() as s:
            assert s.execute(select(func.count()).select_from(Client)).scalar_one() == 200
            actor = users.login(s, "siti", "Baru-20261")
            assert users.must_change_password(s, actor)  # a reset password is temporary
        with db.session() as s:
            assert users.login(s, "admin", "Lumbung-Data-26").role == "admin"
    finally:
        db.dispose()

    # A password that breaks the policy: one clear line, nothing created.
    proc = run(tmp_path, "user", "add", "budi", "--role", "staff", "--password-stdin",
               stdin="pendek\n", db=path, as_user="admin")
    line = assert_clean_error(proc)
    assert "Kata sandi" in line
    proc = run(tmp_path, "user", "passwd", "siti", "--password-stdin", stdin="tanpaangka\n",
               db=path, as_user="admin")
    assert_clean_error(proc)
    db = Database(str(path))
    try:
        with db.session() as s:
            assert s.execute(select(User).where(User.username == "budi")).first() is None
            users.login(s, "siti", "Baru-20261")  # unchanged by the refused reset
    finally:
        db.dispose()

    # Unknown user, a second demo on a filled database, no password source.
    assert "siapa" in assert_clean_error(
        run(tmp_path, "user", "passwd", "siapa", "--password-stdin", stdin="Rahasia-123\n",
            db=path, as_user="admin"))
    line = assert_clean_error(run(tmp_path, "demo", "--clients", "10", "--quiet", db=path))
    assert "kosong" in line
    line = assert_clean_error(run(tmp_path, "user", "add", "rina", "--role", "staff", db=path,
                                  stdin="", as_user="admin"))
    assert "--password-stdin" in line


def test_user_commands_need_a_signed_in_administrator(tmp_path: Path) -> None:
    path = tmp_path / "jssc.sqlite3"
    assert run(tmp_path, "migrate", db=path).returncode == 0
    # the first administrator of an empty database: no sign-in, a recovery key shown once
    proc = run(tmp_path, "user", "add", "admin", "--role", "admin", "--name", "Admin UPT",
               "--password-stdin", "--no-change-required", stdin="Rak-Arsip-Biru-77\n", db=path)
    assert proc.returncode == 0, proc.stderr
    key = proc.stdout.split("KUNCI PEMULIHAN")[1].splitlines()[1].strip()
    assert len(key) == 35 and key.count("-") == 5
    # after that nobody changes users without signing in, not even another 'first' admin
    for args in (("user", "add", "mallory", "--role", "admin", "--password-stdin"),
                 ("user", "passwd", "admin", "--password-stdin"), ("user", "list"),
                 ("backup",), ("privacy", "inventory")):
        line = assert_clean_error(run(tmp_path, *args, stdin="Jeruk-Sepeda-Awan-27\n", db=path))
        assert "--as" in line, line
    line = assert_clean_error(run(tmp_path, "user", "list", db=path, as_user="admin",
                                  password="salah-sekali-99"))
    assert "kata sandi salah" in line
    # weak passwords are refused with a reason in Indonesian
    for weak in ("password1", "qwerty123", "Dinsos123", "        1a"):
        line = assert_clean_error(run(tmp_path, "user", "add", "budi", "--role", "staff",
                                      "--password-stdin", stdin=weak + "\n", db=path,
                                      as_user="admin", password="Rak-Arsip-Biru-77"))
        assert "Kata sandi" in line and ("umum" in line or "mudah ditebak" in line), line
    proc = run(tmp_path, "user", "add", "budi", "--role", "staff", "--password-stdin",
               stdin="Meja-Kayu-Jati-31\n", db=path, as_user="admin",
               password="Rak-Arsip-Biru-77")
    assert proc.returncode == 0, proc.stderr
    # the audit rows of the CLI name the user and the OS account
    db = Database(str(path))
    try:
        with db.session() as s:
            from jssc_desktop.storage.models import AuditLog

            row = s.execute(select(AuditLog).where(AuditLog.action == "user.create")
                            .order_by(AuditLog.id.desc())).scalars().first()
            assert row.username.startswith("admin (cli ") and "@" in row.username
    finally:
        db.dispose()
    # a forgotten administrator password: the recovery key resets it (and is used up)
    env_key = {"JSSC_RECOVERY_KEY": key}
    proc = _run_env(tmp_path, env_key, "user", "recover", "admin", "--password-stdin",
                    stdin="Lampu-Hijau-Sawah-52\n", db=path)
    assert proc.returncode == 0, proc.stderr
    assert run(tmp_path, "user", "list", db=path, as_user="admin",
               password="Lampu-Hijau-Sawah-52").returncode == 0
    again = _run_env(tmp_path, env_key, "user", "recover", "admin", "--password-stdin",
                     stdin="Lampu-Hijau-Sawah-53\n", db=path)
    assert "kunci pemulihan salah" in assert_clean_error(again)


def _run_env(tmp_path: Path, extra: dict[str, str], *args: str, **kw: object
             ) -> subprocess.CompletedProcess[str]:
    old = {k: os.environ.get(k) for k in extra}
    os.environ.update(extra)
    try:
        return run(tmp_path, *args, **kw)  # type: ignore[arg-type]
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def test_demo_progress_is_reported_in_indonesian(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    proc = run(tmp_path, "demo", "--clients", "30", "--years", "1", "--seed", "1",
               "--today", "2026-11-23", db=path)
    assert proc.returncode == 0, proc.stderr
    assert "Klien" in proc.stderr and "100%" in proc.stderr
    assert "Data demo dibuat" in proc.stdout


def test_database_in_a_folder_that_cannot_exist(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas.txt"
    blocker.write_text("bukan folder")
    proc = run(tmp_path, "migrate", db=blocker / "sub" / "jssc.sqlite3")
    assert proc.returncode != 0
    line = assert_clean_error(proc, proc.returncode)
    assert "tidak dapat" in line and "berkas.txt" in line


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write into read-only folders")
def test_database_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        proc = run(tmp_path, "migrate", db=folder / "jssc.sqlite3")
        line = assert_clean_error(proc, proc.returncode)
        assert proc.returncode != 0 and "ditulisi" in line
    finally:
        folder.chmod(0o700)


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    proc = run(tmp_path, "demo", "--clients", "banyak")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    proc = run(tmp_path, "user", "add", "x", "--role", "raja", "--password-stdin")
    assert proc.returncode == 2


def test_bad_demo_size_is_a_clean_error(tmp_path: Path) -> None:
    proc = run(tmp_path, "demo", "--clients", "0", db=tmp_path / "x.sqlite3")
    line = assert_clean_error(proc)
    assert "klien" in line


@pytest.mark.parametrize("argv, window_db", [
    ([], None),
    (["--db", "kantor.sqlite3"], "kantor.sqlite3"),
    (["--debug", "--db=lain.sqlite3"], "lain.sqlite3"),
])
def test_no_command_opens_the_window_without_building_every_command(
        monkeypatch, argv, window_db):  # type: ignore[no-untyped-def]
    import jssc_desktop.app as app
    import jssc_desktop.cli as cli

    opened: list[str | None] = []
    monkeypatch.setattr(app, "run", lambda db: opened.append(db) or 0)

    def every_command() -> None:
        raise AssertionError("the window's launch built the parser of every command")

    monkeypatch.setattr(cli, "build_parser", every_command)
    assert cli.main(argv) == 0
    assert opened == [window_db]


@pytest.mark.parametrize("argv", [["user", "list"], ["--db", "x.sqlite3", "migrate"], ["--help"],
                                  ["--db"], ["--bogus"]])
def test_a_command_help_or_bad_option_goes_to_the_full_parser(monkeypatch, argv):  # type: ignore[no-untyped-def]
    import jssc_desktop.app as app
    import jssc_desktop.cli as cli

    monkeypatch.setattr(app, "run", lambda db: pytest.fail("the window opened"))
    built: list[bool] = []
    real = cli.build_parser

    def full() -> object:
        built.append(True)
        parser = real()
        parser.parse_args = lambda *a, **k: (_ for _ in ()).throw(SystemExit(2))  # type: ignore[method-assign]
        return parser

    monkeypatch.setattr(cli, "build_parser", full)
    with pytest.raises(SystemExit):
        cli.main(argv)
    assert built == [True]
