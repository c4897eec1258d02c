"""NIK (Nomor Induk Kependudukan) and KK numbers.

A NIK is 16 digits: province (2) + kab/kota (2) + kecamatan (2) + birth date DDMMYY, with 40 added
to the day for women + a 4-digit serial (0001…). The region is where the number was first issued,
so it may differ from where the client lives now. A NIK that disagrees with the sex or birth date
typed on the form is a warning to resolve, not a refusal: many clients arrive with damaged papers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError
from .messages import msg
from .vocab import KAB_KOTA, SEXES

NIK_RE = re.compile(r"^\d{16}$")
_SEPARATORS = re.compile(r"[\s.\-]")

#: Kemendagri province codes (11 Aceh … 94 Papua, including the new Papua provinces).
PROVINCE_CODES = frozenset({
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
    "31", "32", "33", "34", "35", "36",
    "51", "52", "53", "61", "62", "63", "64", "65",
    "71", "72", "73", "74", "75", "76", "81", "82",
    "91", "92", "93", "94", "95", "96", "97",
})
JATIM = "35"


@dataclass(frozen=True)
class NikInfo:
    nik: str
    province_code: str
    kab_kota_code: str
    kecamatan_code: str
    birth_date: date
    sex: str  # 'L' or 'P'
    serial: str

    @property
    def region_name(self) -> str:
        """The kab/kota that issued the number, by name when it is in Jawa Timur."""
        if self.kab_kota_code in KAB_KOTA:
            return KAB_KOTA.name(self.kab_kota_code)
        return f"luar Jawa Timur (kode wilayah {self.kab_kota_code})"


def _digits(value: str, field: str, label: str) -> str:
    text = _SEPARATORS.sub("", str(value or ""))
    if not text:
        raise ValidationError(msg("{label} kosong.", label=label), field)
    if not text.isascii() or not text.isdigit():  # '²' and other Unicode digits are not digits here
        raise ValidationError(msg("{label} hanya boleh berisi angka.", label=label), field)
    if len(text) != 16:
        raise ValidationError(msg("{label} harus 16 digit (tertulis {text_count} digit).",
                                  label=label, text_count=len(text)), field)
    return text


def _birth_date(yy: int, month: int, day: int, today: date) -> date:
    """A two-digit year belongs to the latest century that does not put the date in the future."""
    born = date(2000 + yy, month, day)
    return born if born <= today else date(1900 + yy, month, day)


def parse_nik(value: str, *, today: date | None = None) -> NikInfo:
    """Check a NIK's structure and decode it; refuse with a message naming what is wrong."""
    today = today or date.today()
    nik = _digits(value, "nik", "NIK")
    province, kabkota, kecamatan = nik[:2], nik[:4], nik[4:6]
    if province not in PROVINCE_CODES:
        raise ValidationError(msg("NIK: kode provinsi '{province}' tidak dikenal.",
                                  province=province), "nik")
    if kabkota[2:] == "00" or kecamatan == "00":
        raise ValidationError(msg("NIK: kode kabupaten/kota atau kecamatan tidak boleh 00."), "nik")
    if province == JATIM and kabkota not in KAB_KOTA:
        raise ValidationError(
            msg("NIK: kode kabupaten/kota '{kabkota}' tidak ada di Jawa Timur.",
                kabkota=kabkota), "nik")
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = "L"
    if day > 40:
        sex, day = "P", day - 40
    try:
        birth = _birth_date(yy, month, day, today)
    except ValueError:
        raise ValidationError(
            msg("NIK: bagian tanggal lahir '{nik}' bukan tanggal yang sah.",
                nik=nik[6:12]), "nik") from None
    serial = nik[12:]
    if serial == "0000":
        raise ValidationError(msg("NIK: nomor urut (4 digit terakhir) tidak boleh 0000."), "nik")
    return NikInfo(nik, province, kabkota, kecamatan, birth, sex, serial)


def nik_mismatches(
    info: NikInfo, *, sex: str | None = None, birth_date: date | None = None,
    kab_kota_code: str | None = None,
) -> list[str]:
    """What the NIK says that disagrees with the form, as messages (:func:`.messages.msg`:
    Indonesian text, shown in the window's language)."""
    warnings: list[str] = []
    if sex and sex != info.sex:
        warnings.append(msg("Menurut NIK, jenis kelamin {sex}; isian formulir berbeda.",
                            sex=SEXES.ref(info.sex, lower=True)))
    if birth_date and birth_date != info.birth_date:
        warnings.append(msg("Menurut NIK, tanggal lahir {nik_date}; isian formulir {form_date}.",
                            nik_date=info.birth_date, form_date=birth_date))
    # The issuing region is only a hint: people move. Say so only when both are in Jawa Timur.
    if (kab_kota_code and kab_kota_code in KAB_KOTA and info.kab_kota_code in KAB_KOTA
            and kab_kota_code != info.kab_kota_code and kab_kota_code != "9999"):
        warnings.append(msg(
            "NIK diterbitkan di {nik_place}, sedangkan asal klien tertulis {place} (boleh "
            "berbeda bila klien pindah).", nik_place=KAB_KOTA.ref(info.kab_kota_code),
            place=KAB_KOTA.ref(kab_kota_code)))
    return warnings


def validate_kk(value: str) -> str:
    """A KK (family card) number: 16 digits with a known province code."""
    kk = _digits(value, "kk", "Nomor KK")
    if kk[:2] not in PROVINCE_CODES:
        raise ValidationError(msg("Nomor KK: kode provinsi '{kk}' tidak dikenal.", kk=kk[:2]), "kk")
    return kk


def normalize_nik(value: str | None) -> str | None:
    """Strip spaces, dots and dashes staff type inside numbers; empty becomes None."""
    if value is None:
        return None
    text = _SEPARATORS.sub("", str(value))
    return text or None


def make_nik(
    kab_kota_code: str, sex: str, birth_date: date, serial: int, kecamatan: int = 1
) -> str:
    """Build a structurally valid NIK (for demo data and tests)."""
    if not (1 <= serial <= 9999 and 1 <= kecamatan <= 99):
        raise ValueError("serial must be 1..9999 and kecamatan 1..99")
    day = birth_date.day + (40 if sex == "P" else 0)
    return (f"{kab_kota_code}{kecamatan:02d}{day:02d}{birth_date.month:02d}"
            f"{birth_date.year % 100:02d}{serial:04d}")


def mask_nik(value: str | None) -> str:
    """What roles without access to sensitive data see: the region digits only."""
    if not value:
        return ""
    return value[:4] + "*" * (len(value) - 4)
