"""Command-line parts for the period package and the province installation (``cli.py`` adds
them).

``jssc-desktop report package KIND PERIOD --out DIR --as USER`` (Kepala UPT or staff) writes
``<kode-upt>_<periode>.jsscpkg``. On a Dinsos installation: ``province init`` (province mode on a
new database), ``province receive FILE… --as USER`` (exit 1 when any file was refused; the others
are still received), ``province report KIND PERIOD --format json|xlsx|pdf|all --out DIR`` and
``province approve KIND PERIOD --as USER`` (the province head).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .domain.errors import DomainError


def report_package(args: argparse.Namespace) -> int:
    """``report package KIND PERIOD``: ``args.period`` holds KIND and ``args.extra`` PERIOD."""
    from .cli import _open_db, _signed_in
    from .reports.package import build_package

    kind, period = args.period, args.extra
    if not period:
        raise DomainError("Gunakan: report package KIND PERIOD, misalnya "
                          "'report package monthly 2026-10 --out F:\\ --as kepala'.")
    db = _open_db(args)
    actor = _signed_in(args, db)
    out = Path(args.out or ".")
    out.mkdir(parents=True, exist_ok=True)
    print(build_package(db, actor, kind, period, out_dir=out))
    return 0


def cmd_province(args: argparse.Namespace) -> int:
    from .cli import _info, _open_db, _signed_in

    db = _open_db(args)
    if args.province_command == "init":
        from .services.base import Actor
        from .services.province import init_province
        from .services.users import count_users

        with db.session() as s:
            nobody = count_users(s) == 0
        # a new database has no user yet; once it has one, a person answers for the change
        actor = Actor.system() if nobody and not getattr(args, "as_user", None) \
            else _signed_in(args, db)
        with db.session() as s:
            changed = init_province(s, actor)
        print("Basis data disiapkan sebagai instalasi provinsi (Dinas Sosial)." if changed
              else "Basis data ini sudah instalasi provinsi.")
        return 0
    actor = _signed_in(args, db)
    if args.province_command == "receive":
        from .services.province import receive_packages

        done, refused = receive_packages(db, actor, args.files)
        for r in done:
            print(r.message)
        for message in refused:
            _info(f"Galat: {message}")
        return 1 if refused else 0
    if args.province_command == "report":
        from .reports.province import FORMATS, write_province_report

        formats = FORMATS if args.format == "all" else (args.format,)
        out = Path(args.out or ".")
        out.mkdir(parents=True, exist_ok=True)
        for p in write_province_report(db, actor, args.kind, args.period, formats=formats,
                                       out_dir=out):
            print(p)
        return 0
    if args.province_command == "approve":
        from .domain.formatting import format_datetime
        from .reports.province_approval import approve_province

        with db.session() as s:
            done = approve_province(s, actor, args.kind, args.period)
        print(f"Laporan provinsi {done.label} disetujui oleh {done.approved_by} pada "
              f"{format_datetime(done.approved_at, 'id')} ({done.packages} UPT) dan diarsipkan.")
        return 0
    raise AssertionError(args.province_command)


def add_commands(sub: Any, *, global_as: bool = False) -> None:
    s = sub.add_parser("province",
                       help="instalasi provinsi (Dinsos): init, receive, report, approve")
    psub = s.add_subparsers(dest="province_command", metavar="init|receive|report|approve",
                            required=True)
    i = psub.add_parser("init", help="jadikan basis data baru instalasi provinsi")
    r = psub.add_parser("receive", help="terima paket laporan UPT (.jsscpkg)")
    r.add_argument("files", nargs="+", metavar="FILE", help="berkas paket")
    p = psub.add_parser("report", help="laporan provinsi satu periode")
    p.add_argument("kind", choices=["monthly", "quarterly", "semester", "annual"])
    p.add_argument("period", help="periode: 2026-10, 2026-Q3, 2026-S2 atau 2026")
    p.add_argument("--format", choices=["json", "xlsx", "pdf", "all"], default="all")
    p.add_argument("--out", metavar="DIR", help="folder tujuan (bawaan: folder kerja)")
    a = psub.add_parser("approve", help="setujui laporan provinsi (pimpinan Dinsos Provinsi)")
    a.add_argument("kind", choices=["monthly", "quarterly", "semester", "annual"])
    a.add_argument("period", help="periode: 2026-10, 2026-Q3, 2026-S2 atau 2026")
    if not global_as:
        for parser in (i, r, p, a):
            parser.add_argument(
                "--as", dest="as_user", metavar="USER", default=argparse.SUPPRESS,
                help="masuk sebagai pengguna ini (kata sandi dari JSSC_PASSWORD atau "
                     "ditanyakan)")
    s.set_defaults(func=cmd_province)
