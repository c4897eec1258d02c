"""``jssc-desktop user acting-head set|clear|show``: the head of UPT designates an acting head.

``set USER --from YYYY-MM-DD --until YYYY-MM-DD --reason TEXT`` designates an active staff member
as Plh. Kepala UPT for those dates (the head signs in with ``--as``); ``clear USER`` revokes every
designation of that user not ended yet; ``show`` lists the designations (head or administrator).
Every designation and revocation is audited (``services.approvers``). ``cli.py`` adds these.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from .domain.errors import DomainError


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError(f"Tanggal {option} tidak valid: '{text}' (tulis YYYY-MM-DD, "
                          "mis. 2026-12-01).") from None


def cmd_acting_head(args: argparse.Namespace, db: Any, actor: Any) -> int:
    from .services import approvers

    command = args.acting_command
    if command == "set":
        starts, ends = _day(args.starts_on, "--from"), _day(args.ends_on, "--until")
        with db.session() as s:
            view = approvers.designate_by_username(s, actor, args.username, starts, ends,
                                                   args.reason)
        print(f"Ditunjuk: {approvers.describe(view)}. Alasan: {view.note}.")
        return 0
    if command == "clear":
        with db.session() as s:
            revoked = approvers.revoke_for_user(s, actor, args.username)
        if not revoked:
            print(f"'{args.username}' tidak sedang atau akan menjabat Plh.; tidak ada yang "
                  "dicabut.")
        for view in revoked:
            print(f"Dicabut: {approvers.describe(view)}.")
        return 0
    with db.session() as s:
        rows = approvers.list_acting_heads(s, actor)
    if not rows:
        print("Belum ada penunjukan Plh. Kepala UPT.")
    for view in rows:
        print(f"{view.username:<20} {approvers.describe(view)}; ditunjuk oleh "
              f"{view.designated_by_name}; alasan: {view.note or '-'}")
    return 0


def add_commands(usub: Any) -> None:
    """``user acting-head …`` under the ``user`` subcommand's parsers."""
    s = usub.add_parser("acting-head", help="Plh. Kepala UPT: set (tunjuk), clear (cabut), "
                                            "show (daftar); oleh Kepala UPT dengan --as")
    asub = s.add_subparsers(dest="acting_command", metavar="set|clear|show", required=True)
    u = asub.add_parser("set", help="tunjuk staf sebagai Plh. Kepala UPT untuk rentang tanggal")
    u.add_argument("username")
    u.add_argument("--from", dest="starts_on", required=True, metavar="YYYY-MM-DD")
    u.add_argument("--until", dest="ends_on", required=True, metavar="YYYY-MM-DD")
    u.add_argument("--reason", required=True, help="alasan, mis. 'Kepala UPT cuti tahunan'")
    u = asub.add_parser("clear", help="cabut penunjukan Plh. pengguna ini")
    u.add_argument("username")
    asub.add_parser("show", help="daftar penunjukan Plh. Kepala UPT")
