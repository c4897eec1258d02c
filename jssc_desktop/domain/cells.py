"""Reading one spreadsheet cell as staff actually fill them in.

Every function takes the raw cell value (str, int, float, datetime, date or None), returns the
clean value or None for an empty cell, and raises ValidationError with a message that says why a
value was refused. A value that is ambiguous, or that Excel may have damaged, is refused rather
than guessed: "Malang" could be the Kabupaten or the Kota, a 16-digit NIK stored as a number may
have lost its last digit, ``12-03-05`` could be 1905 or 2005.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from .errors import ValidationError
from .formatting import parse_date_id
from .messages import msg
from .vocab import KAB_KOTA, OUTSIDE_JATIM, PPKS, Vocabulary

Cell = object


def cell_text(value: Cell) -> str | None:
    """The text of a cell with spaces collapsed; None when empty."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    return text or None


_NOT_KEY = re.compile(r"[^a-z0-9/ ]")


def _key(text: str) -> str:
    return _NOT_KEY.sub("", " ".join(text.lower().replace(".", " ").split())).strip()


_SEX = {"l": "L", "lk": "L", "laki": "L", "lakilaki": "L", "laki laki": "L", "pria": "L",
        "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "m": "L", "f": "P",
        "male": "L", "female": "P"}


def parse_sex(value: Cell, label: str = "Jenis kelamin") -> str | None:
    text = cell_text(value)
    if text is None:
        return None
    code = _SEX.get(_key(text).replace("-", " ")) or _SEX.get(_key(text).replace(" ", ""))
    if code is None:
        raise ValidationError(
            msg("{label} '{text}' tidak dikenal; isi L/P, Laki-laki atau Perempuan.",
                label=label, text=text), "sex")
    return code


def _id_digits(value: Cell, label: str, field: str) -> str | None:
    """A 16-digit identity number from a cell, refusing what Excel may have damaged."""
    if isinstance(value, str) and value.isdigit() and value.isascii():
        return value  # typed as text, digits only: what the checks below would leave
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(msg("{label} bukan angka.", label=label), field)
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= 1e15:
            raise ValidationError(
                msg("{label} tersimpan sebagai angka desimal di Excel sehingga digitnya bisa "
                "rusak; format kolom sebagai Teks lalu ketik ulang.", label=label), field)
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        # Excel keeps 15 significant digits: typing a 16-digit number turns its last digit into 0.
        if len(text) == 16 and text.endswith("0"):
            raise ValidationError(
                msg("{label} {text} tersimpan sebagai angka di Excel; digit terakhirnya mungkin "
                    "sudah berubah menjadi 0. Format kolom sebagai Teks lalu ketik ulang.",
                    label=label, text=text), field)
        if len(text) < 16:
            raise ValidationError(
                msg("{label} {text} hanya {text_count} digit; bila diawali 0 atau diketik sebagai "
                    "angka, format kolom sebagai Teks lalu ketik ulang.",
                    label=label, text=text, text_count=len(text)), field)
        return text
    text = str(value).strip().lstrip("'")
    if re.fullmatch(r"\d+(?:[.,]\d+)?[eE]\+?\d+", text):
        raise ValidationError(
            msg("{label} tertulis dalam bentuk ilmiah ({text}); digitnya sudah hilang. "
            "Format kolom sebagai Teks lalu ketik ulang.", label=label, text=text), field)
    text = re.sub(r"[\s.\-]", "", text)
    return text or None


def parse_nik_cell(value: Cell) -> str | None:
    return _id_digits(value, "NIK", "nik")


def parse_kk_cell(value: Cell) -> str | None:
    return _id_digits(value, "Nomor KK", "kk")


def parse_date_cell(value: Cell, label: str, field: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValidationError(
            msg("{label} berupa angka ({cell_text}), bukan tanggal; format kolom sebagai "
                "tanggal atau tulis seperti 12-03-2005.",
                label=label, cell_text=cell_text(value)), field)
    return parse_date_id(str(value), field=field, label=label)


@cache
def _kab_kota_names() -> dict[str, list[str]]:
    """Name key → codes. 'malang' → both 3507 and 3573; 'kota malang' → 3573 only."""
    out: dict[str, list[str]] = {}
    for term in KAB_KOTA:
        full = _key(term.name)
        out.setdefault(full, []).append(term.code)
        for prefix, short in (("kabupaten ", "kab "), ("kota ", "kota ")):
            if full.startswith(prefix):
                bare = full[len(prefix):]
                out.setdefault(short + bare, []).append(term.code)
                out.setdefault(bare, []).append(term.code)
                if prefix == "kota ":
                    out.setdefault("kotamadya " + bare, []).append(term.code)
                    out.setdefault("kodya " + bare, []).append(term.code)
    for term in KAB_KOTA:
        if term.code == OUTSIDE_JATIM:
            out.setdefault("luar jatim", []).append(term.code)
            out.setdefault("luar jawa timur", []).append(term.code)
    return {k: sorted(set(v)) for k, v in out.items()}


def parse_kab_kota(value: Cell, label: str = "Kab/Kota") -> str | None:
    """A kab/kota by code (3507) or name ('Kab. Malang', 'Kota Malang', 'Surabaya')."""
    text = cell_text(value)
    if text is None:
        return None
    if text in KAB_KOTA:
        return text
    codes = _kab_kota_names().get(_key(text))
    if not codes:
        raise ValidationError(
            msg("{label} '{text}' tidak dikenal; tulis kode (mis. 3507) atau nama kabupaten/kota "
            "Jawa Timur, atau 'Luar Jawa Timur'.", label=label, text=text), "kab_kota_code")
    if len(codes) > 1:
        names = " atau ".join(f"{KAB_KOTA.name(c)} ({c})" for c in codes)
        raise ValidationError(
            msg("{label} '{text}' bisa berarti {names}; tulis 'Kab.' atau 'Kota' di depannya.",
                label=label, text=text, names=names),
            "kab_kota_code")
    return codes[0]


@cache
def _name_keys(vocab: Vocabulary) -> dict[str, str]:
    """The codes of a vocabulary by the key of their name (the first term wins a tie), made
    once: an import looks up every row's category."""
    keys: dict[str, str] = {}
    for term in vocab:
        keys.setdefault(_key(term.name), term.code)
    return keys


def _vocab_lookup(vocab: Vocabulary, value: Cell, label: str, field: str,
                  aliases: dict[str, str] | None = None) -> str | None:
    text = cell_text(value)
    if text is None:
        return None
    if text in vocab:
        return text
    if text.upper() in vocab:
        return text.upper()
    key = _key(text)
    if key.replace(" ", "_") in vocab:
        return key.replace(" ", "_")
    code = _name_keys(vocab).get(key)
    if code is not None:
        return code
    if aliases and key in aliases:
        return aliases[key]
    choices = ", ".join(t.name for t in vocab) if len(vocab) <= 8 else "daftar di templat"
    raise ValidationError(msg("{label} '{text}' tidak dikenal; pilih dari: {choices}.",
                              label=label, text=text, choices=choices), field)


_PPKS_ALIASES = {"odha": "P16", "napza": "P17", "trafficking": "P18", "pmbs": "P20",
                 "pengemis": "P12", "gelandangan": "P11", "pemulung": "P13",
                 "lansia telantar": "P08", "lanjut usia terlantar": "P08",
                 "anak terlantar": "P02", "disabilitas": "P09"}


@cache
def _ppks_aliases() -> dict[str, str]:
    return {k: v for k, v in _PPKS_ALIASES.items() if v in PPKS}


def parse_ppks(value: Cell, label: str = "Jenis PPKS") -> str | None:
    """A PPKS category by code (P09) or name ('Penyandang Disabilitas')."""
    return _vocab_lookup(PPKS, value, label, "ppks_code", _ppks_aliases())


def parse_code(vocab: Vocabulary, value: Cell, label: str, field: str) -> str | None:
    """Any other coded column, by code or by name."""
    return _vocab_lookup(vocab, value, label, field)


def parse_amount(value: Cell, label: str, field: str) -> int | None:
    """A Rupiah amount or count: 1500000, '1.500.000', 'Rp 1.500.000'."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(msg("{label} harus berupa angka.", label=label), field)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise ValidationError(msg("{label} {value} harus bilangan bulat.",
                                      label=label, value=value), field)
        if abs(value) >= 10**15:
            raise ValidationError(msg("{label} {value} terlalu besar.",
                                      label=label, value=value), field)
        number = int(value)
    else:
        text = re.sub(r"^rp\.?", "", str(value).strip().lower()).strip()
        text = text.replace(".", "").replace(" ", "")
        if text.endswith(",00") or text.endswith(",-"):
            text = text[:-3] if text.endswith(",00") else text[:-2]
        if not re.fullmatch(r"-?\d{1,15}", text):
            raise ValidationError(msg("{label} '{value}' bukan angka.",
                                      label=label, value=value), field)
        number = int(text)
    if number < 0:
        raise ValidationError(msg("{label} tidak boleh negatif.", label=label), field)
    return number
