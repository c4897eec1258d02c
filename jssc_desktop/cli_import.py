"""Command-line parts for Excel sheets (``cli.py`` adds them).

``jssc-desktop import clients|tutors|attendance|followups FILE``: the same plan, checks and
messages as the import wizard, with ``--dry-run`` to check without saving and ``--errors-out`` for
a copy of the sheet with an error column. ``jssc-desktop template KIND --out FILE``: an empty
sheet to fill in for an import.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def _print_plan_head(plan: Any) -> None:
    """Which sheet was read, where its header is, and what was not recognised or is skipped."""
    print(f"{plan.file_name}, lembar '{plan.sheet_name}', judul kolom di baris "
          f"{plan.header_row}.")
    if getattr(plan, "unmapped", None):
        names = ", ".join(f"'{h}'" for _, h in plan.unmapped)
        print(f"Kolom yang tidak dikenali (diabaikan): {names}")
    for row in getattr(plan, "rows", ()):
        if row.action == "lewati":
            print(f"  Baris {row.row}: dilewati, {row.note}")
        for warning in getattr(row, "warnings", ()):
            print(f"  Baris {row.row}: peringatan, {warning}")
    for issue in plan.errors:
        print(f"  {issue}")


def _print_done(result: Any) -> None:
    print(f"Impor selesai: {result.new} baru, {result.updated} diperbarui, "
          f"{result.skipped} dilewati.")


def _import_followups(args: argparse.Namespace) -> int:
    from .cli import _open_db, signed_in_actor
    from .services.followup_import import import_followups

    db = _open_db(args)
    actor = signed_in_actor(args, db)
    with db.session() as s:
        result = import_followups(s, actor, args.file, dry_run=args.dry_run,
                                  confirm_high_income=args.confirm_high_income,
                                  sheet_name=args.sheet)
    _print_plan_head(result)
    if result.unconfirmed:
        rows = ", ".join(str(r) for r in result.unconfirmed)
        print(f"Penghasilan di atas batas wajar pada baris {rows}: bila angkanya benar, "
              "jalankan ulang dengan --confirm-high-income.")
    if result.errors:
        print(f"Tidak ada yang disimpan: {result.summary()}.")
        return 1
    if args.dry_run:
        print(f"Uji coba (tidak ada yang disimpan): {result.summary()}.")
        return 0
    print(f"Impor selesai: {result.recorded} hasil bimbingan lanjut dicatat.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if args.what == "followups":
        return _import_followups(args)
    if args.what != "clients":
        return _import_table(args)
    from .cli import _open_db, signed_in_actor
    from .services.imports import (
        SheetInBackground,
        apply_client_import,
        plan_client_import,
        write_error_copy,
    )

    reading = SheetInBackground(args.file, args.sheet)  # while the file is checked, signed in
    db = _open_db(args)
    actor = signed_in_actor(args, db)
    sheet = reading.result()
    with db.session() as s:
        plan = plan_client_import(s, actor, sheet)
        _print_plan_head(plan)
        if plan.errors and args.errors_out:
            out = write_error_copy(sheet, plan, args.errors_out)
            print(f"Salinan lembar dengan kolom galat: {out}")
        if args.dry_run:
            print(f"Uji coba (tidak ada yang disimpan): {plan.summary()}.")
            return 1 if plan.errors else 0
        result = apply_client_import(s, actor, plan)
    if result.new:
        db.optimize(("clients",))  # the planner's statistics follow the new size
    _print_done(result)
    return 0


def _import_table(args: argparse.Namespace) -> int:
    """``import tutors|attendance FILE``: the same steps and messages as the client import."""
    from .cli import _open_db, signed_in_actor
    from .services.imports import SheetInBackground, write_error_copy
    from .services.table_import import apply_table_import, kind_named, plan_table_import

    kind = kind_named(args.what)
    reading = SheetInBackground(args.file, args.sheet)  # as for clients
    db = _open_db(args)
    actor = signed_in_actor(args, db)  # --as USER: the import is audited under that name
    sheet = reading.result()
    with db.session() as s:
        plan = plan_table_import(s, actor, kind, sheet)
        _print_plan_head(plan)
        if plan.errors and args.errors_out:
            out = write_error_copy(sheet, plan, args.errors_out)  # type: ignore[arg-type]  # a table plan has what the copy reads
            print(f"Salinan lembar dengan kolom galat: {out}")
        if args.dry_run:
            print(f"Uji coba (tidak ada yang disimpan): {plan.summary()}.")
            return 1 if plan.errors else 0
        result = apply_table_import(s, actor, kind, plan)
    _print_done(result)
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from .cli import _open_db
    from .domain.errors import DomainError
    from .services.templates import write_template

    db = None
    if args.kind == "attendance":  # only the attendance template lists the UPT's tracks
        try:
            db = _open_db(args)
        except DomainError:
            db = None
    if db is not None:
        with db.session() as s:
            path = write_template(args.kind, Path(args.out), s)
    else:
        path = write_template(args.kind, Path(args.out))
    print(path)
    return 0


def add_commands(sub: Any) -> None:
    s = sub.add_parser("import", help="impor data dari Excel (uji coba dengan --dry-run)")
    s.add_argument("what", choices=["clients", "followups", "tutors", "attendance"],
                   help="jenis data (clients: klien; followups: hasil bimbingan lanjut; "
                        "tutors: tutor; attendance: kehadiran)")
    s.add_argument("file", help="berkas .xlsx")
    s.add_argument("--dry-run", action="store_true",
                   help="periksa saja: tampilkan yang akan terjadi, tanpa menyimpan")
    s.add_argument("--sheet", help="nama lembar (bawaan: lembar data pertama)")
    s.add_argument("--errors-out", metavar="FILE",
                   help="simpan salinan lembar dengan kolom galat ke berkas ini")
    s.add_argument("--confirm-high-income", action="store_true",
                   help="followups: penghasilan di atas batas wajar (Pengaturan) memang benar")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("template", help="buat templat Excel untuk impor")
    s.add_argument("kind", choices=["clients", "tutors", "attendance", "followups"])
    s.add_argument("--out", required=True, metavar="FILE", help="berkas .xlsx tujuan")
    s.set_defaults(func=cmd_template)
