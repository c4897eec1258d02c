"""The command line: the same use cases as the window, without one.

``jssc-desktop`` with no subcommand starts the GUI. With a subcommand it runs headless (README,
"Headless use"). The database comes from ``--db URL``, else ``JSSC_DATABASE_URL``, else the
SQLite file in the user data folder. Exit status 0 on success; a user-fixable problem prints one
clear line on stderr and exits 1 (2 for bad arguments); anything else is a bug, logged with its
traceback.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__, cli_process
from .domain.errors import DomainError

log = logging.getLogger("jssc_desktop")

Handler = Callable[[argparse.Namespace], int]


#: Commands that may create a new, empty SQLite file; every other one refuses a missing file
#: (a mistyped --db must not silently create an empty database and succeed on it).
CREATING_COMMANDS = frozenset({"migrate", "demo", "restore"})
#: Commands that go below the database engine (file copies, schema changes): a damaged file is
#: refused outright; every other command opens it read-only.
REFUSED_ON_DAMAGED = frozenset({"migrate", "demo", "backup", "selftest"})


def _database(args: argparse.Namespace, *,
              allow_damaged: bool = False):
    """The database named by --db (or the environment, or the default), checked before use: a
    missing SQLite file is refused unless the command creates one, a damaged one is refused
    (never written to) with the newest verified backup named."""
    from .paths import backup_dir
    from .storage.db import Database
    from .storage.health import COMMAND_CHECK_SECONDS, refuse_if_damaged

    cli_process.loaded()  # before the engine: it is closed (WAL checkpointed) at exit
    db = Database(args.db)
    path = db.sqlite_path
    if path is not None and not path.exists() and args.command not in CREATING_COMMANDS:
        db.dispose()
        raise DomainError(
            f"Basis data tidak ditemukan: {path}. Periksa --db (salah ketik?); basis data baru "
            "dibuat hanya dengan 'jssc-desktop migrate' atau 'jssc-desktop demo'.")
    if not allow_damaged:
        try:
            refuse_if_damaged(db, backup_dir(), seconds=COMMAND_CHECK_SECONDS, skip_hopeless=True)
        except DomainError as exc:
            if args.command in REFUSED_ON_DAMAGED:
                raise
            # Looked at, never written: read commands work, every write is refused.
            db.dispose()
            _info(f"Peringatan: {exc.message}")
            _info("Basis data dibuka hanya-baca: perintah yang membaca tetap berjalan, "
                  "perubahan apa pun ditolak.")
            db = Database(args.db, read_only=True)
    return db


def _open_db(args: argparse.Namespace, *, migrate: bool = True):
    from .storage.migrate import upgrade

    db = _database(args)
    db.check_connection()
    if migrate and getattr(db, "read_only", False):
        from .storage.migrate import at_head, refuse_newer, stored_revision

        refuse_newer(stored_revision(db))
        if not at_head(db):
            raise DomainError("Basis data yang rusak ini berstruktur lama dan tidak dapat "
                              "diperbarui tanpa menulisinya; pulihkan cadangan terverifikasi.")
    elif migrate:
        copy = upgrade(db)
        if copy is not None:
            _info(f"Salinan sebelum migrasi: {copy}")
    return db


def _info(text: str) -> None:
    print(text, file=sys.stderr)


def _read_password(args: argparse.Namespace, prompt: str) -> str:
    """From --password-stdin (scripts, CI), else asked twice on the terminal."""
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise DomainError(
            "Kata sandi tidak dapat ditanyakan tanpa terminal; gunakan --password-stdin.")
    first = getpass.getpass(f"{prompt}: ")
    second = getpass.getpass("Ulangi kata sandi: ")
    if first != second:
        raise DomainError("Kedua kata sandi tidak sama.")
    return first


# ------------------------------------------------------------------------------------ commands


def cmd_migrate(args: argparse.Namespace) -> int:
    from .storage.migrate import current_revision, head_revision, upgrade

    db = _database(args)
    db.check_connection()
    before = current_revision(db)
    copy = upgrade(db)
    if copy:
        print(f"Salinan sebelum migrasi: {copy}")
    if before == head_revision():
        print(f"Basis data sudah versi terbaru ({before}).")
    else:
        print(f"Basis data diperbarui: {before or 'kosong'} -> {head_revision()}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import build_demo

    db = _open_db(args)
    try:
        today = date.fromisoformat(args.today) if args.today else None
    except ValueError:
        raise DomainError("Tanggal --today harus berformat YYYY-MM-DD (mis. 2026-11-23).") \
            from None

    def progress(phase: str, fraction: float) -> None:
        if not args.quiet:
            _info(f"  {phase} … {fraction:.0%}")

    summary = build_demo(db, clients=args.clients, years=args.years, seed=args.seed,
                         today=today, progress=progress)
    print(f"Data demo dibuat di {db.display_name} dalam {summary.seconds:.1f} detik:")
    for table, n in summary.counts.items():
        print(f"  {table}: {n}")
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    from .services import users

    db = _open_db(args)
    if args.user_command == "recover":
        return _recover(args, db)
    if args.user_command == "add" and _first_administrator(db, args):
        return _add_first_administrator(args, db)
    actor = signed_in_actor(args, db)
    if args.user_command == "acting-head":
        from .cli_acting import cmd_acting_head

        return cmd_acting_head(args, db, actor)
    if args.user_command == "list":
        with db.session() as s:
            rows = users.list_users(s, actor)
        for u in rows:
            state = "aktif" if u.active else "nonaktif"
            if u.locked_until:
                state += ", terkunci"
            print(f"{u.username:<20} {u.role_name:<20} {state:<18} {u.full_name}")
        return 0
    if args.user_command == "add":
        password = _read_password(args, f"Kata sandi untuk {args.username}")
        with db.session() as s:
            view = users.create_user(s, actor, username=args.username,
                                     full_name=args.name or args.username, role=args.role,
                                     password=password, tutor_id=args.tutor_id,
                                     must_change=not args.no_change_required)
        print(f"Pengguna '{view.username}' ({view.role_name}) dibuat.")
        if view.role == "admin":
            with db.session() as s:
                _print_recovery_key(view.username, users.issue_recovery_key(s, actor, view.id))
        return 0
    if args.user_command == "passwd":
        password = _read_password(args, f"Kata sandi baru untuk {args.username}")
        with db.session() as s:
            view = users.find_user(s, actor, args.username)
            users.reset_password(s, actor, view.id, password)
        print(f"Kata sandi '{args.username}' diganti; wajib diganti lagi saat masuk berikutnya.")
        return 0
    raise AssertionError(args.user_command)


def _first_administrator(db: Any, args: argparse.Namespace) -> bool:
    """No user exists yet: the first administrator may be created without signing in."""
    from .services.users import count_users

    with db.session() as s:
        return count_users(s) == 0 and args.role == "admin"


def _add_first_administrator(args: argparse.Namespace, db: Any) -> int:
    from .services import users

    password = _read_password(args, f"Kata sandi untuk {args.username}")
    actor = system_actor()
    with db.session() as s:
        if users.count_users(s):  # someone else was quicker
            raise DomainError("Sudah ada pengguna; masuk dengan --as untuk menambah pengguna.")
        view = users.create_user(s, actor, username=args.username,
                                 full_name=args.name or args.username, role="admin",
                                 password=password, must_change=not args.no_change_required)
        key = users.issue_recovery_key(s, actor, view.id)
    print(f"Administrator pertama '{view.username}' dibuat.")
    _print_recovery_key(view.username, key)
    return 0


def _print_recovery_key(username: str, key: str) -> None:
    print(f"KUNCI PEMULIHAN untuk '{username}' (ditampilkan sekali ini saja; cetak atau tulis "
          f"lalu simpan di tempat aman):\n    {key}\n"
          f"Jika kata sandi terlupa: jssc-desktop user recover {username}")


def _recover(args: argparse.Namespace, db: Any) -> int:
    """``user recover USER``: the recovery key (prompt or JSSC_RECOVERY_KEY) and a new
    password (prompt or --password-stdin) reset a forgotten administrator password."""
    from .services import users

    key = os.environ.get("JSSC_RECOVERY_KEY")
    if key is None:
        if not sys.stdin.isatty():
            raise DomainError("Kunci pemulihan tidak dapat ditanyakan tanpa terminal; isi "
                              "JSSC_RECOVERY_KEY.")
        key = getpass.getpass("Kunci pemulihan: ")
    password = _read_password(args, f"Kata sandi baru untuk {args.username}")
    with db.session() as s:
        fresh = users.recover_with_key(s, args.username, key, password)
    print(f"Kata sandi '{args.username}' diganti dengan kunci pemulihan; kunci lama tidak "
          "berlaku lagi.")
    _print_recovery_key(args.username, fresh)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from .services.backups import make_backup

    db = _open_db(args)
    info = make_backup(db, signed_in_actor(args, db),
                       folder=Path(args.out) if args.out else None)
    print(f"Cadangan dibuat dan diverifikasi: {info.path}")
    if info.message:
        print(info.message)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .services.backups import restore_backup

    path = Path(args.file)
    if not args.yes:
        if not sys.stdin.isatty():
            raise DomainError("Pemulihan menimpa data saat ini; tambahkan --yes untuk memastikan.")
        answer = input(f"Pulihkan dari {path}? Data saat ini dicadangkan dulu. Ketik 'ya': ")
        if answer.strip().lower() != "ya":
            print("Dibatalkan.")
            return 1
    # A damaged file may be restored over (it is moved aside, not written to): no probe write.
    db = _database(args, allow_damaged=True)
    actor = _restorer(args, db)
    from .storage.backup_keys import ENV_PASSPHRASE, PassphraseNeeded

    try:
        info = restore_backup(db, actor, path, confirm=True)
    except PassphraseNeeded as exc:
        if not sys.stdin.isatty():
            raise DomainError(f"{exc.message} Tanpa terminal: isi {ENV_PASSPHRASE}.") from None
        passphrase = getpass.getpass("Kata sandi cadangan: ")
        info = restore_backup(db, actor, path, confirm=True, passphrase=passphrase)
    print(f"Data dipulihkan dari {path}.")
    if info.message:
        print(info.message)
    return 0


PASSWORD_ENV = "JSSC_PASSWORD"


def os_account() -> str:
    """Who is at the keyboard as far as the OS knows: 'account@computer'."""
    import socket

    try:
        account = getpass.getuser()
    except Exception:  # noqa: BLE001 - no account name (a service): still audit something
        account = "?"
    return f"{account}@{socket.gethostname()}"


def signed_in_actor(args: argparse.Namespace, db: Any) -> Any:
    """The user named by ``--as USER``, signed in with the password from ``JSSC_PASSWORD`` or a
    prompt (counted like a login: five wrong ones lock the account). The audit rows of what the
    command does name the user and the OS account it ran under."""

    from .services.users import login

    username = getattr(args, "as_user", None)
    if not username:
        raise DomainError(
            f"Perintah '{args.command}' mengubah data atau mengelola pengguna: masuk dulu dengan "
            f"--as PENGGUNA (kata sandi dari {PASSWORD_ENV} atau ditanyakan), mis. "
            f"'jssc-desktop --as admin {args.command} …'.")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise DomainError(f"Kata sandi tidak dapat ditanyakan tanpa terminal; isi "
                              f"{PASSWORD_ENV}.")
        password = getpass.getpass(f"Kata sandi {username}: ")
    with db.session() as s:
        return login(s, username, password, via=f"cli {os_account()}")


_signed_in = signed_in_actor


def system_actor() -> Any:
    """The program itself, for commands that change nothing a person answers for."""
    from dataclasses import replace

    from .services.base import Actor

    return replace(Actor.system(), via=f"cli {os_account()}")


def _restorer(args: argparse.Namespace, db: Any) -> Any:
    """A restore replaces all data: an administrator signs in, unless there is nothing to sign
    in to (a new PC with no database yet, or a damaged file whose users cannot be read)."""
    from .storage.health import check_sqlite_file

    path = db.sqlite_path
    if path is not None and (not path.exists() or check_sqlite_file(path).damaged):
        return system_actor()
    return signed_in_actor(args, db)


def cmd_report(args: argparse.Namespace) -> int:
    from .reports import generate_report_in

    if args.kind in ("approve", "reopen"):
        return _report_decision(args)
    if args.kind == "package":
        from .cli_province import report_package

        return report_package(args)
    if args.extra:
        raise DomainError(f"Argumen berlebih: {args.extra}.")
    db = _open_db(args)
    formats = ("pdf", "xlsx") if args.format == "both" else (args.format,)
    out = Path(args.out or ".")
    actor = signed_in_actor(args, db) if getattr(args, "as_user", None) else system_actor()
    paths = generate_report_in(db, actor, args.kind, args.period, formats=formats,
                               out_dir=out)
    for p in paths:
        print(p)
    return 0


def _verify_document(args: argparse.Namespace) -> int:
    from .domain.formatting import format_date
    from .services.base import Actor
    from .services.certificates import verify_code

    if not args.code:
        raise DomainError("Tulis kode verifikasi: jssc-desktop document verify KODE.")
    db = _open_db(args)
    with db.session() as s:
        c = verify_code(s, Actor.system(), args.code)
    print(f"Kode {c.code}: sertifikat {c.certificate_no} {c.upt_name}".rstrip())
    print(f"  Atas nama: {c.client_name} ({c.reg_no})")
    print(f"  Pelatihan: {c.track_name} {c.cohort_name}, {format_date(c.start_date)} s.d. "
          f"{format_date(c.end_date)}")
    print(f"  Lulus: {format_date(c.graduated_on) or '-'}; hasil uji: {c.result or '-'}")
    if not c.valid:
        raise DomainError(f"Sertifikat {c.certificate_no} tidak berlaku lagi: status peserta "
                          f"kini '{c.status_name}'.")
    print("  Sah: tercatat di basis data UPT ini.")
    return 0


def _report_decision(args: argparse.Namespace) -> int:
    """``report approve KIND PERIOD`` and ``report reopen KIND PERIOD --reason …``."""
    from .domain.formatting import format_datetime
    from .reports.approval import approve_period, reopen_period

    kind, period = args.period, args.extra
    if not period:
        raise DomainError(f"Gunakan: report {args.kind} KIND PERIOD, misalnya "
                          f"'report {args.kind} monthly 2026-10'.")
    db = _open_db(args)
    actor = _signed_in(args, db)
    with db.session() as s:
        if args.kind == "approve":
            view = approve_period(s, actor, kind, period)
            print(f"Laporan {view.kind_name.lower()} {view.label} disetujui oleh "
                  f"{view.approved_by_name} pada {format_datetime(view.approved_at)}.")
        else:
            view = reopen_period(s, actor, kind, period, args.reason or "")
            print(f"Laporan {view.kind_name.lower()} {view.label} dibuka kembali untuk "
                  "perbaikan.")
    return 0


def cmd_document(args: argparse.Namespace) -> int:
    from .reports import generate_document

    if args.kind == "verify":
        return _verify_document(args)
    if args.code:
        raise DomainError(f"Argumen '{args.code}' hanya untuk 'document verify'; untuk "
                          f"{args.kind} gunakan --id.")
    if args.id is None:  # a usage mistake is told before asking anybody to sign in
        raise DomainError("Nomor data (--id) wajib diisi.")
    db = _open_db(args)
    path = generate_document(db, signed_in_actor(args, db), args.kind, id=args.id,
                             month=args.month,
                             out_dir=Path(args.out or "."))
    print(path)
    return 0


def cmd_privacy(args: argparse.Namespace) -> int:
    from .domain.formatting import format_date
    from .services.privacy import (
        data_inventory,
        inventory_text,
        retention_candidates,
        retention_years,
        write_inventory,
    )

    db = _open_db(args)
    actor = signed_in_actor(args, db)
    if args.privacy_command == "inventory":
        with db.session() as s:
            inv = data_inventory(s, actor)
        if args.out:
            print(write_inventory(inv, Path(args.out)))
        else:
            print(inventory_text(inv), end="")
        return 0
    if args.privacy_command == "retention":
        with db.session() as s:
            rows = retention_candidates(s, actor, years=args.years)
            years = args.years if args.years is not None else retention_years(s)
        for r in rows:
            print(f"{r.reg_no:<15} terminasi {format_date(r.discharge_date):<18} "
                  f"({r.years_since} tahun)  {r.name}")
        print(f"{len(rows)} klien terminasi lebih dari {years} tahun yang lalu belum "
              "dianonimkan.")
        return 0
    raise AssertionError(args.privacy_command)


def cmd_selftest(args: argparse.Namespace) -> int:
    from .ui.selftest import run_selftest

    return run_selftest(args.db, Path(args.out) if args.out else None,
                        startup_only=args.startup_only)


# ------------------------------------------------------------------------------------- parser


def _top_parser(*, exit_on_error: bool = True) -> argparse.ArgumentParser:
    """The options that come before a command (and are all there is when opening the window)."""
    p = argparse.ArgumentParser(
        exit_on_error=exit_on_error,
        prog="jssc-desktop",
        description="JSSC Desktop: data klien, pelatihan dan laporan periodik UPT Dinas Sosial "
                    "Provinsi Jawa Timur. Tanpa subperintah: membuka aplikasi.")
    p.add_argument("--version", action="version", version=f"JSSC Desktop {__version__}")
    p.add_argument("--db", metavar="URL",
                   help="basis data: berkas SQLite atau postgresql://… "
                        "(bawaan: JSSC_DATABASE_URL, lalu berkas di folder data pengguna)")
    p.add_argument("--debug", action="store_true", help="tampilkan rincian galat (traceback)")
    p.add_argument("--as", dest="as_user", metavar="PENGGUNA",
                   help="masuk sebagai pengguna ini untuk perintah yang mengubah data atau "
                        f"mengelola pengguna (kata sandi dari {PASSWORD_ENV} atau ditanyakan)")
    return p


def build_parser() -> argparse.ArgumentParser:
    p = _top_parser()
    sub = p.add_subparsers(dest="command", metavar="PERINTAH")

    s = sub.add_parser("migrate", help="perbarui struktur basis data (dicadangkan dulu)")
    s.set_defaults(func=cmd_migrate)

    s = sub.add_parser("demo", help="isi basis data dengan data contoh yang realistis")
    s.add_argument("--clients", type=int, default=2000, help="jumlah klien (bawaan 2000)")
    s.add_argument("--years", type=int, default=5, help="rentang tahun (bawaan 5)")
    s.add_argument("--seed", type=int, default=1, help="benih acak; sama = data sama")
    s.add_argument("--today", help="tanggal 'hari ini' YYYY-MM-DD (bawaan: hari ini)")
    s.add_argument("--quiet", action="store_true", help="tanpa laporan kemajuan")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("user", help="kelola pengguna: add, passwd, list")
    usub = s.add_subparsers(dest="user_command", metavar="add|passwd|list|recover|acting-head",
                              required=True)
    u = usub.add_parser("add", help="tambah pengguna")
    u.add_argument("username")
    u.add_argument("--role", required=True,
                   choices=["admin", "staff", "tutor", "head", "prov_staff", "prov_head"])
    u.add_argument("--name", help="nama lengkap")
    u.add_argument("--tutor-id", type=int, help="untuk peran tutor: nomor data tutor")
    u.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari stdin")
    u.add_argument("--no-change-required", action="store_true",
                   help="tidak wajib ganti kata sandi saat pertama masuk")
    u = usub.add_parser("passwd", help="atur ulang kata sandi pengguna")
    u.add_argument("username")
    u.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari stdin")
    usub.add_parser("list", help="daftar pengguna")
    u = usub.add_parser("recover", help="atur ulang kata sandi Administrator yang terlupa "
                                        "dengan kunci pemulihan")
    u.add_argument("username")
    u.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari stdin")
    from .cli_acting import add_commands as add_acting_commands

    add_acting_commands(usub)
    s.set_defaults(func=cmd_user)

    s = sub.add_parser("backup", help="buat cadangan basis data (diverifikasi)")
    s.add_argument("--out", metavar="DIR", help="folder tujuan (bawaan: folder cadangan)")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("restore", help="pulihkan basis data dari cadangan")
    s.add_argument("file", help="berkas cadangan")
    s.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("report", help="buat laporan periodik (PDF/XLSX); 'report approve KIND "
                                      "PERIOD' menyetujui, 'report reopen KIND PERIOD --reason "
                                      "…' membuka kembali; 'report package KIND PERIOD' "
                                      "membuat paket untuk Dinsos")
    s.add_argument("kind", choices=["monthly", "quarterly", "semester", "annual", "approve",
                                    "reopen", "package"])
    s.add_argument("period", help="periode: 2026-10, 2026-Q3, 2026-S2 atau 2026 (untuk "
                                  "approve/reopen/package: KIND)")
    s.add_argument("extra", nargs="?", help="untuk approve/reopen/package: PERIOD")
    s.add_argument("--format", choices=["pdf", "xlsx", "both"], default="both")
    s.add_argument("--out", metavar="DIR", help="folder tujuan (bawaan: folder kerja)")
    s.add_argument("--reason", help="untuk reopen: alasan membuka kembali laporan")
    if not any("--as" in a.option_strings for a in p._actions):
        s.add_argument("--as", dest="as_user", metavar="USER", default=argparse.SUPPRESS,
                       help="masuk sebagai pengguna ini (kata sandi dari JSSC_PASSWORD atau "
                            "ditanyakan)")
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("document", help="cetak dokumen: sertifikat, rekap kehadiran, …")
    s.add_argument("kind", choices=["certificate", "attendance", "case", "facility", "verify"])
    s.add_argument("code", nargs="?", help="untuk verify: kode verifikasi pada sertifikat")
    s.add_argument("--id", type=int,
                   help="nomor peserta (certificate), angkatan (attendance), klien (case) "
                        "atau usulan (facility)")
    s.add_argument("--month", help="untuk attendance: bulan YYYY-MM")
    s.add_argument("--out", metavar="DIR")
    s.set_defaults(func=cmd_document)

    from .cli_import import add_commands as add_import_commands

    add_import_commands(sub)

    s = sub.add_parser("privacy", help="pelindungan data pribadi: inventaris data, masa simpan")
    psub = s.add_subparsers(dest="privacy_command", metavar="inventory|retention", required=True)
    u = psub.add_parser("inventory",
                        help="inventaris data pribadi (untuk pemberitahuan kebocoran 3 x 24 jam)")
    u.add_argument("--out", metavar="FILE",
                   help="simpan ke berkas .txt atau .xlsx (bawaan: tampilkan di layar)")
    u = psub.add_parser("retention", help="klien terminasi yang melewati masa simpan data")
    u.add_argument("--years", type=int,
                   help="masa simpan dalam tahun (bawaan: pengaturan retention_years)")
    s.set_defaults(func=cmd_privacy)

    from .cli_audit import add_commands

    add_commands(sub, global_as=any("--as" in a.option_strings for a in p._actions))
    from .cli_province import add_commands as add_province_commands

    add_province_commands(sub, global_as=any("--as" in a.option_strings for a in p._actions))
    from .cli_db import add_commands as add_db_commands

    add_db_commands(sub)

    s = sub.add_parser("selftest", help="periksa instalasi: buka jendela, buat laporan contoh")
    s.add_argument("--out", metavar="DIR", help="folder laporan contoh (bawaan: folder kerja)")
    s.add_argument("--startup-only", action="store_true",
                   help="hanya buka basis data dan jendela utama, lalu keluar")
    s.set_defaults(func=cmd_selftest)
    # '--as' is accepted after the subcommand too ('report approve … --as kepala').
    _accept_as_everywhere(sub)
    return p


def _accept_as_everywhere(sub: Any) -> None:
    for choice in sub.choices.values():
        if not any("--as" in a.option_strings for a in choice._actions):
            choice.add_argument("--as", dest="as_user", metavar="PENGGUNA",
                                default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        for action in choice._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_as_everywhere(action)


def _setup_logging(debug: bool) -> None:
    from .logsafe import ScrubbingFormatter

    level = logging.DEBUG if debug else logging.WARNING
    logging.basicConfig(level=level)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(ScrubbingFormatter("%(levelname)s %(name)s: %(message)s"))


def _window_options(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options when ``argv`` names no command (the window opens), else None.

    Building the parser of every command takes longer than anything else the window does before
    it shows, so the window's launch reads its few options with the top-level parser alone."""
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in args):
        return None
    try:
        options, rest = _top_parser(exit_on_error=False).parse_known_args(args)
    except argparse.ArgumentError:
        return None  # a malformed option: the full parser says so
    return None if rest else options


def main(argv: Sequence[str] | None = None) -> int:
    window = _window_options(argv)
    if window is not None:
        from .app import run

        return run(window.db)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .app import run

        return run(args.db)
    _setup_logging(args.debug)
    cli_process.loading()
    try:
        return int(args.func(args))
    except DomainError as exc:
        print(f"Galat: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: log it with its traceback, say so in one line
        from .domain.errors import DAMAGED_PART_MESSAGE, is_damaged_page_error

        if is_damaged_page_error(exc):  # a damaged file opened read-only: not a bug
            print(f"Galat: {DAMAGED_PART_MESSAGE}", file=sys.stderr)
            return 1
        if args.debug or os.environ.get("JSSC_DEBUG"):
            raise
        _log_bug(exc)
        from .logsafe import describe_error

        print(f"Galat tak terduga: {describe_error(exc)}. Rincian ada di log; "
              "jalankan lagi dengan --debug untuk melihatnya.", file=sys.stderr)
        return 3
    finally:
        cli_process.done()


def _log_bug(exc: BaseException) -> None:
    from .logsafe import owner_only_handler
    from .paths import log_dir

    try:
        handler = owner_only_handler(log_dir() / "jssc-cli.log", max_bytes=1_000_000, backups=3)
    except OSError:
        return
    logger = logging.getLogger("jssc_desktop.bug")
    logger.propagate = False  # the traceback goes to the log file, not to the terminal
    logger.addHandler(handler)
    logger.error("unexpected error", exc_info=exc)
    handler.close()
    logger.removeHandler(handler)
