"""Importing the tutor list from a spreadsheet: every row is checked with the tutor form's own
rules (``services.tutors``), a tutor already stored (same NIP, or same name and institution) is
skipped, two rows for one person are refused, and all tutors are added in one transaction or
none. Honoraria are read as staff write them ("Rp 150.000", "150.000", 150000)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.cells import cell_text, parse_amount, parse_code
from ..domain.errors import ValidationError
from ..domain.fields import TUTOR as TUTOR_FIELDS
from ..domain.formatting import normalize_name
from ..domain.messages import msg
from ..domain.vocab import PARTNER_KINDS, TUTOR_TYPES
from ..storage.models import Tutor
from .base import Actor, audit
from .imports import RowIssue
from .table_import import TableColumn, TableKind, TablePlan, TableResult, TableRow
from .tutors import TutorInput, _validated, create_tutor

#: Header words seen in UPT tutor lists besides the template's own.
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("Nama", "Nama Tutor", "Nama Instruktur", "Nama Pelatih", "Nama Lengkap Tutor"),
    "tutor_type": ("Jenis", "Status Tutor", "Tutor Internal/Eksternal", "Internal/Eksternal",
                   "Jenis Instruktur"),
    "nip": ("NIP/NIK", "No NIP", "Nomor Induk Pegawai"),
    "partner_kind": ("Mitra", "Jenis Lembaga", "Kategori Mitra"),
    "institution": ("Asal Lembaga", "Instansi", "Asal Instansi", "Lembaga Asal", "Perusahaan"),
    "expertise": ("Bidang Keahlian", "Kejuruan", "Bidang", "Keterampilan"),
    "certifications": ("Sertifikat", "Sertifikasi Kompetensi"),
    "phone": ("HP", "No HP", "No. Telp", "Telepon", "No Telepon", "Nomor HP", "WA", "No. WA"),
    "email": ("Email", "E-mail", "Surel", "Alamat Email"),
    "rate_per_jp": ("Honor", "Honorarium", "Honor/JP", "Honor per Jam", "Tarif per JP",
                    "Honor Per JP (Rp)"),
}


def _tutor_type(value: Any) -> str | None:
    text = cell_text(value)
    if text and text.lower().split()[0] in ("asn", "pns", "pppk", "internal"):
        return "internal"
    if text and text.lower().split()[0] in ("eksternal", "external", "mitra", "luar"):
        return "eksternal"
    return parse_code(TUTOR_TYPES, value, "Jenis tutor", "tutor_type")


def _partner_kind(value: Any) -> str | None:
    return parse_code(PARTNER_KINDS, value, "Jenis mitra", "partner_kind")


def _rate(value: Any) -> int | None:
    return parse_amount(value, "Honor per JP", "rate_per_jp")


def _identifier(value: Any) -> str | None:
    """NIP or phone: digits Excel may have stored as a number, kept as text."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return cell_text(value)


_PARSERS = {"tutor_type": _tutor_type, "partner_kind": _partner_kind, "rate_per_jp": _rate,
            "nip": _identifier, "phone": _identifier}

COLUMNS: tuple[TableColumn, ...] = tuple(
    TableColumn(spec.name, spec.header, (*spec.import_aliases, *_ALIASES.get(spec.name, ())),
                _PARSERS.get(spec.name, cell_text), spec.required)
    for spec in TUTOR_FIELDS.imported()
) + ((TableColumn("email", "Email", _ALIASES["email"]),)
     if not TUTOR_FIELDS["email"].imported else ())


def _input(values: dict[str, Any]) -> TutorInput:
    return TutorInput(**{k: v for k, v in values.items() if v is not None})


def _check(session: Session, actor: Actor, plan: TablePlan) -> None:
    existing_nip = {nip: name for nip, name in session.execute(
        select(Tutor.nip, Tutor.name).where(Tutor.nip.is_not(None)))}
    existing_name = {(normalize_name(name), normalize_name(inst or "")): name
                     for name, inst in session.execute(select(Tutor.name, Tutor.institution))}
    seen_nip: dict[str, int] = {}
    seen_name: dict[tuple[str, str], int] = {}
    checked: list[TableRow] = []
    for row in plan.rows:
        try:
            cleaned = _validated(_input(row.values))
        except ValidationError as exc:
            plan.errors.append(RowIssue(row.row, plan.column_label(exc.field or "name"),
                                        exc.message))
            continue
        nip = cleaned.get("nip")
        key = (normalize_name(str(cleaned["name"])), normalize_name(str(
            cleaned.get("institution") or "")))
        if isinstance(nip, str) and nip in seen_nip:
            plan.errors.append(RowIssue(row.row, plan.column_label("nip"),
                                        msg("NIP sama dengan baris {row} di berkas ini.",
                                            row=str(seen_nip[nip]))))
            continue
        if key in seen_name:
            plan.errors.append(RowIssue(
                row.row, plan.column_label("name"),
                msg("nama dan lembaga sama dengan baris {row} di berkas ini.",
                    row=str(seen_name[key]))))
            continue
        if isinstance(nip, str):
            seen_nip[nip] = row.row
        seen_name[key] = row.row
        if isinstance(nip, str) and nip in existing_nip:
            checked.append(TableRow(row.row, row.values, "lewati",
                                    msg("NIP sudah terdaftar atas nama {name}",
                                        name=existing_nip[nip])))
        elif key in existing_name:
            checked.append(TableRow(row.row, row.values, "lewati",
                                    msg("tutor {name} sudah terdaftar",
                                        name=existing_name[key])))
        else:
            checked.append(TableRow(row.row, row.values))
    plan.rows = checked


def _write(session: Session, actor: Actor, plan: TablePlan) -> TableResult:
    added = 0
    for row in plan.rows:
        if row.action == "baru":
            create_tutor(session, actor, _input(row.values))
            added += 1
    audit(session, actor, "import.tutors", "import", None,
          after={"file": plan.file_name, "sheet": plan.sheet_name, "new": added,
                 "skipped": plan.skipped})
    return TableResult(plan.file_name, added, 0, plan.skipped)


TUTORS = TableKind("tutors", "tutor", COLUMNS, ("name", "tutor_type"), _check, _write)

__all__ = ["COLUMNS", "TUTORS"]
