"""Installation settings kept with the data: idle lock, language, report place, backup policy.

Reading a setting needs no permission (the idle lock and the report footer read them for everyone);
changing one is for the administrator and is audited with the old and new value.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.messages import Money, msg
from ..storage.models import Setting
from .base import Actor, audit, require

#: Known keys and the value used while nobody has set them.
DEFAULTS: dict[str, str] = {
    "idle_lock_minutes": "15",
    "language": "id",
    "report_place": "",
    "backup_second_folder": "",
    "backup_keep_daily": "7",
    "backup_keep_weekly": "4",
    "backup_keep_monthly": "12",
    "retention_years": "10",
    "followup_income_ceiling": "20000000",
}

KEY_RE = re.compile(r"^[a-z][a-z0-9_.]{0,59}$")
MAX_VALUE_LENGTH = 2000


def _int_between(low: int, high: int, label: str) -> Callable[[str, str], str]:
    def check(key: str, value: str) -> str:
        if not value.isdigit() or not low <= int(value) <= high:
            raise ValidationError(
                msg("{label} harus bilangan bulat {low}–{high}, bukan '{value}'.",
                    label=label, low=low, high=high, value=value), key)
        return str(int(value))

    return check


def _rupiah_between(low: int, high: int, label: str) -> Callable[[str, str], str]:
    def check(key: str, value: str) -> str:
        digits = value.replace(".", "").replace(" ", "").removeprefix("Rp")
        if not digits.isdigit() or not low <= int(digits) <= high:
            raise ValidationError(
                msg("{label} harus antara {low} dan {high}, "
                    "bukan '{value}'.",
                    label=label, low=Money(low), high=Money(high), value=value), key)
        return str(int(digits))

    return check


def _language(key: str, value: str) -> str:
    if value not in ("id", "en"):
        raise ValidationError(
            msg("Bahasa harus 'id' (Indonesia) atau 'en' (Inggris), bukan '{value}'.",
                value=value), key)
    return value


def _place(key: str, value: str) -> str:
    if len(value) > 100:
        raise ValidationError(msg("Tempat penandatanganan laporan maksimal 100 karakter."), key)
    return value


_CHECKS: dict[str, Callable[[str, str], str]] = {
    "idle_lock_minutes": _int_between(1, 240, "Kunci otomatis (menit)"),
    "language": _language,
    "report_place": _place,
    "backup_keep_daily": _int_between(0, 365, "Jumlah cadangan harian yang disimpan"),
    "backup_keep_weekly": _int_between(0, 520, "Jumlah cadangan mingguan yang disimpan"),
    "backup_keep_monthly": _int_between(0, 600, "Jumlah cadangan bulanan yang disimpan"),
    "retention_years": _int_between(1, 100, "Masa simpan data (tahun)"),
    "followup_income_ceiling": _rupiah_between(
        100_000, 1_000_000_000, "Batas penghasilan wajar per bulan"),
}


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    """The stored value, else ``default``, else the built-in default of a known key."""
    row = session.get(Setting, key)
    if row is not None:
        return row.value
    return default if default is not None else DEFAULTS.get(key)


def set_setting(session: Session, actor: Actor, key: str, value: str) -> None:
    """Store one setting (administrator only); the change is audited with before and after."""
    require(actor, "settings.edit")
    key = (key or "").strip()
    if not KEY_RE.match(key):
        raise ValidationError(msg("Nama pengaturan tidak valid: '{key}'.", key=key), "key")
    if value is None or not isinstance(value, str):
        raise ValidationError(msg("Nilai pengaturan harus berupa teks."), key)
    value = value.strip()
    if len(value) > MAX_VALUE_LENGTH:
        raise ValidationError(
            msg("Nilai pengaturan terlalu panjang (maksimal {max_value_length} karakter).",
                max_value_length=MAX_VALUE_LENGTH), key)
    check = _CHECKS.get(key)
    if check is not None:
        value = check(key, value)
    row = session.get(Setting, key)
    old = row.value if row is not None else None
    if old == value:
        return
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
    audit(session, actor, "setting.update", "setting", None, {key: old}, {key: value})
