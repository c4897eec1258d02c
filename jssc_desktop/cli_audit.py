"""Command-line parts for the audit trail and the PostgreSQL server (``cli.py`` adds them).

``jssc-desktop audit verify [--quick]``: exit 0 and "Log audit utuh …" when the chain holds, exit
1 naming the first bad row or the missing tail otherwise. ``audit key show|import``: the recovery
text of the installation secret that keys the chain (``storage/audit_key.py``).
``jssc-desktop server setup``: owner and application roles on a PostgreSQL server
(``storage/server_setup.py``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from .domain.errors import DomainError

#: Where ``server setup`` reads the two passwords when no terminal asks for them.
OWNER_PASSWORD_ENV = "JSSC_OWNER_PASSWORD"
APP_PASSWORD_ENV = "JSSC_APP_PASSWORD"


def _actor(args: argparse.Namespace, db: Any, *, person: bool = False) -> Any:
    """Who runs the command: the user signed in with ``--as USER`` (password from
    ``JSSC_PASSWORD`` or a prompt). Reading the audit log's integrity needs no person (cron,
    scripts); showing the installation secret does (``person``)."""
    from . import cli

    if getattr(args, "as_user", None) or person:
        return cli.signed_in_actor(args, db)
    return cli.system_actor()


def cmd_audit(args: argparse.Namespace) -> int:
    from .cli import _open_db

    if args.audit_command == "key" and args.key_command == "import":
        from .storage.audit_key import install_key

        chain_id = install_key(sys.stdin.read())
        print(f"Kunci audit untuk rantai {chain_id} dipasang di komputer ini.")
        return 0
    db = _open_db(args)
    actor = _actor(args, db, person=args.audit_command == "key")
    if args.audit_command == "verify":
        from .services.audit_log import check_audit_log

        check = check_audit_log(db, actor, incremental=args.quick)
        stream = sys.stdout if check.ok else sys.stderr
        print(check.message, file=stream)
        return 0 if check.ok else 1
    if args.audit_command == "key" and args.key_command == "show":
        from .services.audit_log import recovery_text

        print(recovery_text(db, actor))
        return 0
    raise AssertionError(args.audit_command)


def _password(env: str, prompt: str, stdin_lines: list[str] | None) -> str:
    if stdin_lines is not None:
        if not stdin_lines:
            raise DomainError("Dua baris kata sandi diharapkan di stdin (pemilik, aplikasi).")
        return stdin_lines.pop(0)
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise DomainError(f"Kata sandi tidak dapat ditanyakan tanpa terminal; isi {env} atau "
                          "gunakan --passwords-stdin.")
    first = getpass.getpass(f"{prompt}: ")
    if first != getpass.getpass("Ulangi kata sandi: "):
        raise DomainError("Kedua kata sandi tidak sama.")
    return first


def cmd_server(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from .storage.db import resolve_url, safe_url
    from .storage.server_setup import setup_server

    admin = resolve_url(args.admin_url) if args.admin_url else None
    if admin is None:
        try:
            admin = make_url("postgresql://postgres@localhost/postgres")
        except Exception as exc:  # pragma: no cover - a constant URL
            raise DomainError(str(exc)) from exc
    lines = (sys.stdin.read().splitlines() if args.passwords_stdin else None)
    owner_pw = _password(OWNER_PASSWORD_ENV, f"Kata sandi peran pemilik {args.owner}", lines)
    app_pw = _password(APP_PASSWORD_ENV, f"Kata sandi peran aplikasi {args.app_role}", lines)
    result = setup_server(admin, database=args.database, owner_role=args.owner,
                          owner_password=owner_pw, app_role=args.app_role,
                          app_password=app_pw)
    print(f"Basis data '{args.database}' siap (struktur {result.revision}).")
    print(f"  Peran pemilik (hanya untuk migrasi): {safe_url(result.owner_url)}")
    print(f"  Peran aplikasi (untuk setiap PC):    {safe_url(result.app_url)}")
    print("  Menghapus log audit dengan peran aplikasi: "
          + ("ditolak" if result.audit_delete_refused else "TIDAK ditolak"))
    print("  Mengubah struktur dengan peran aplikasi: "
          + ("ditolak" if result.ddl_refused else "TIDAK ditolak"))
    return 0 if result.audit_delete_refused and result.ddl_refused else 1


def add_commands(sub: Any, *, global_as: bool = False) -> None:
    """The ``audit`` and ``server`` subcommands (``global_as``: the main parser has ``--as``)."""
    s = sub.add_parser("audit", help="log audit: periksa keutuhan, kunci instalasi")
    asub = s.add_subparsers(dest="audit_command", metavar="verify|key", required=True)
    v = asub.add_parser("verify", help="periksa keutuhan log audit (keluar 0 bila utuh)")
    v.add_argument("--quick", action="store_true",
                   help="hanya baris sejak pemeriksaan terakhir (pemeriksaan harian)")
    k = asub.add_parser("key", help="teks pemulihan kunci audit: show (tampilkan), import "
                                    "(pasang dari stdin di PC lain)")
    k.add_argument("key_command", choices=["show", "import"])
    if not global_as:
        for parser in (v, k):
            parser.add_argument(
                "--as", dest="as_user", metavar="USER", default=argparse.SUPPRESS,
                help="masuk sebagai pengguna ini (kata sandi dari JSSC_PASSWORD atau "
                     "ditanyakan); wajib untuk 'key show'")
    s.set_defaults(func=cmd_audit)

    s = sub.add_parser("server", help="siapkan server PostgreSQL: peran pemilik dan aplikasi")
    ssub = s.add_subparsers(dest="server_command", metavar="setup", required=True)
    u = ssub.add_parser(
        "setup", help="buat peran pemilik (migrasi) dan peran aplikasi (tanpa DDL, log audit "
                      "hanya ditambah) serta basis datanya")
    u.add_argument("--admin-url", metavar="URL",
                   help="alamat administrator server (bawaan postgresql://postgres@localhost/"
                        "postgres); kata sandinya boleh memuat karakter apa pun (%%-escape)")
    u.add_argument("--database", default="jssc", help="nama basis data (bawaan jssc)")
    u.add_argument("--owner", default="jssc_owner", help="peran pemilik (bawaan jssc_owner)")
    u.add_argument("--app-role", default="jssc_app", help="peran aplikasi (bawaan jssc_app)")
    u.add_argument("--passwords-stdin", action="store_true",
                   help="baca dua baris dari stdin: kata sandi pemilik, lalu aplikasi")
    s.set_defaults(func=cmd_server)
