"""Command-line parts for where the data lives (``cli.py`` adds them).

``jssc-desktop --as admin db copy-to FOLDER``: a verified copy of the SQLite database in use into
``FOLDER/jssc.sqlite3`` (never overwriting). ``jssc-desktop --as admin db test URL``: connect once
to a PostgreSQL server and say what was found (exit 0 when it answered, 1 otherwise). Both are the
use cases of Settings → Basis Data (``services/database_location.py``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def cmd_db(args: argparse.Namespace) -> int:
    from .cli import _open_db, signed_in_actor
    from .services.database_location import copy_database_to, try_connection

    db = _open_db(args)
    actor = signed_in_actor(args, db)
    if args.db_command == "copy-to":
        with db.session() as s:
            result = copy_database_to(s, actor, Path(args.folder))
        print(f"Basis data disalin dan diperiksa: {result.path}")
        if result.message:
            print(result.message)
        return 0
    if args.db_command == "test":
        from .storage.credentials import url_with_password

        with db.session() as s:
            check = try_connection(s, actor, url_with_password(args.url))
        stream = sys.stdout if check.ok else sys.stderr
        print(check.message, file=stream)
        print(check.detail, file=stream)
        return 0 if check.ok else 1
    raise AssertionError(args.db_command)


def add_commands(sub: Any) -> None:
    """The ``db`` subcommand: ``copy-to FOLDER`` and ``test URL``."""
    s = sub.add_parser("db", help="lokasi data: salin basis data SQLite ke folder lain, uji "
                                  "sambungan ke server PostgreSQL")
    dsub = s.add_subparsers(dest="db_command", metavar="copy-to|test", required=True)
    c = dsub.add_parser("copy-to", help="salin basis data SQLite yang dipakai ke FOLDER/"
                                        "jssc.sqlite3 (diperiksa, tidak pernah menimpa)")
    c.add_argument("folder", help="folder tujuan")
    t = dsub.add_parser("test", help="uji sambungan ke server PostgreSQL (tanpa menyimpan apa "
                                     "pun); kata sandi dari alamat atau penyimpanan kata sandi")
    t.add_argument("url", help="postgresql://pengguna@server:5432/basisdata")
    s.set_defaults(func=cmd_db)
