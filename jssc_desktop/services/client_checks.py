"""Checks of the client form before anything is written: every field (the field registry's
limits and labels), NIK and KK structure, dates, and clients that may be the same person.

Used by registration, edits and the Excel import alike (``services/clients.py``,
``services/imports.py``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from ..domain.errors import DuplicateError, ValidationError
from ..domain.fields import CLIENT as CLIENT_FIELDS
from ..domain.formatting import clean_name, normalize_name, parse_date_id
from ..domain.messages import msg
from ..domain.nik import NikInfo, nik_mismatches, normalize_nik, parse_nik, validate_kk
from ..domain.vocab import KAB_KOTA, NIK_MISSING_REASONS, PPKS, SEXES
from ..storage.models import Client
from .base import clean_text

if TYPE_CHECKING:
    from .clients import ClientInput

MAX_AGE_YEARS = 120


@dataclass(frozen=True)
class DuplicateHint:
    client_id: int
    reg_no: str
    name: str
    birth_date: date | None
    reason: str



# Free-text fields of the form: name -> (length limit, Indonesian label used in messages).
_TEXT_FIELDS: dict[str, tuple[int | None, str]] = CLIENT_FIELDS.text_limits()
_TEXT_LIMIT = 10_000



def _today(today: date | None) -> date:
    return today or date.today()


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _as_date(value: Any, field_name: str, label: str, *, required: bool) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(msg("{label} wajib diisi.", label=label), field_name)
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date_id(value, field_name, label)
    raise ValidationError(msg("{label} bukan tanggal yang sah.", label=label), field_name)


def _not_future(day: date, today: date, field_name: str, label: str) -> None:
    if day > today:
        raise ValidationError(
            msg("{label} ({day}) tidak boleh setelah hari ini ({today}).",
                label=label, day=day, today=today),
            field_name)


@dataclass
class _Cleaned:
    values: dict[str, Any]
    nik_info: NikInfo | None
    warnings: list[str] = field(default_factory=list)


def _validate(data: ClientInput, today: date) -> _Cleaned:
    """Check every field of the form; raise on the first bad one, before anything is written."""
    raw_name = clean_text(data.name) if isinstance(data.name, str) else None
    name = clean_name(raw_name) if raw_name else ""
    if not name:
        raise ValidationError(msg("Nama klien wajib diisi."), "name")
    if len(name) > 200:
        raise ValidationError(msg("Nama klien terlalu panjang (maksimal 200 karakter)."), "name")
    name_normalized = normalize_name(name)
    if not name_normalized:
        raise ValidationError(msg("Nama klien harus memuat huruf atau angka."), "name")

    sex = SEXES.check(clean_text(data.sex), "sex")
    ppks_code = PPKS.check(clean_text(data.ppks_code), "ppks_code")
    kab_kota_code = KAB_KOTA.check(clean_text(data.kab_kota_code), "kab_kota_code",
                                   required=False)

    birth_date = _as_date(data.birth_date, "birth_date", "Tanggal lahir", required=False)
    if birth_date is not None:
        _not_future(birth_date, today, "birth_date", "Tanggal lahir")
        if birth_date < _years_before(today, MAX_AGE_YEARS):
            raise ValidationError(
                msg("Tanggal lahir {birth_date} berarti usia lebih dari "
                    "{max_age_years} tahun; periksa kembali.",
                    birth_date=birth_date, max_age_years=MAX_AGE_YEARS), "birth_date")
    admission_date = _as_date(data.admission_date, "admission_date", "Tanggal masuk",
                              required=True)
    assert admission_date is not None
    _not_future(admission_date, today, "admission_date", "Tanggal masuk")
    if birth_date is not None and admission_date < birth_date:
        raise ValidationError(
            msg("Tanggal masuk ({admission_date}) tidak boleh sebelum tanggal lahir "
                "({birth_date}).",
                admission_date=admission_date, birth_date=birth_date), "admission_date")

    nik = normalize_nik(clean_text(data.nik))
    nik_info: NikInfo | None = None
    if nik is not None:
        nik_info = parse_nik(nik, today=today)
        nik = nik_info.nik
        nik_missing_reason = None
    else:
        nik_missing_reason = clean_text(data.nik_missing_reason)
        if not nik_missing_reason:
            raise ValidationError(
                msg("NIK kosong: isi NIK atau pilih alasan NIK tidak ada."), "nik_missing_reason")
        NIK_MISSING_REASONS.check(nik_missing_reason, "nik_missing_reason")
    kk = normalize_nik(clean_text(data.kk))
    if kk is not None:
        kk = validate_kk(kk)

    values: dict[str, Any] = {
        "name": name,
        "name_normalized": name_normalized[:200],
        "sex": sex,
        "birth_date": birth_date,
        "nik": nik,
        "nik_missing_reason": nik_missing_reason,
        "kk": kk,
        "kab_kota_code": kab_kota_code,
        "ppks_code": ppks_code,
        "admission_date": admission_date,
    }
    for key, (limit, label) in _TEXT_FIELDS.items():
        raw = getattr(data, key)
        if raw is None:  # most of them on an imported row
            values[key] = None
            continue
        if not isinstance(raw, str):
            raw = str(raw)
        text = clean_text(raw)
        if text is not None and len(text) > (limit or _TEXT_LIMIT):
            raise ValidationError(
                msg("{label} terlalu panjang (maksimal {value} karakter).",
                    label=label, value=limit or _TEXT_LIMIT), key)
        values[key] = text

    warnings: list[str] = []
    if nik_info is not None:
        warnings = nik_mismatches(nik_info, sex=sex, birth_date=birth_date,
                                  kab_kota_code=kab_kota_code)
    return _Cleaned(values, nik_info, warnings)


def _duplicates(session: Session, values: dict[str, Any], exclude_id: int | None
                ) -> list[DuplicateHint]:
    """Clients already stored with the same NIK, or the same normalised name and birth date."""
    hints: list[DuplicateHint] = []
    seen: set[int] = set()
    conditions: list[tuple[ColumnElement[bool], str]] = []
    if values.get("nik"):
        conditions.append((Client.nik == values["nik"], "NIK sama"))
    if values.get("birth_date") is not None:
        conditions.append((
            and_(Client.name_normalized == values["name_normalized"],
                 Client.birth_date == values["birth_date"]),
            "Nama dan tanggal lahir sama",
        ))
    for condition, reason in conditions:
        stmt = select(Client.id, Client.reg_no, Client.name, Client.birth_date).where(condition)
        if exclude_id is not None:
            stmt = stmt.where(Client.id != exclude_id)
        for row in session.execute(stmt.order_by(Client.id)):
            if row.id in seen:
                continue
            seen.add(row.id)
            hints.append(DuplicateHint(row.id, row.reg_no, row.name, row.birth_date, reason))
    return hints


def _refuse_duplicates(hints: list[DuplicateHint], *, allow_possible: bool) -> None:
    for hint in hints:
        if hint.reason == "NIK sama":
            raise DuplicateError(
                msg("NIK sudah terdaftar atas nama {name} ({reg_no}).",
                    name=hint.name, reg_no=hint.reg_no), "nik",
                existing_id=hint.client_id)
    if allow_possible:
        return
    for hint in hints:
        raise DuplicateError(
            msg("Sudah ada klien dengan nama dan tanggal lahir yang sama: {name} "
                "({reg_no}, lahir {birth_date}). Bila memang orang yang "
                "berbeda, simpan dengan konfirmasi.",
                name=hint.name, reg_no=hint.reg_no, birth_date=hint.birth_date), "name",
                existing_id=hint.client_id)
