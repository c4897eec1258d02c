"""Dates, numbers and money (through Babel) in the display language, and name normalisation.

In Bahasa Indonesia dates look like ``22 November 2026``, money like ``Rp 3.000.000``, fractions
like ``87,5%``; in English ``22 November 2026``, ``Rp 3,000,000`` and ``87.5%``. Every function
takes an optional ``language`` (``"id"`` or ``"en"``); without it the display language of
:mod:`.language` is used, which is Indonesian on the command line and in official documents.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ValidationError
from .language import ENGLISH, resolve
from .messages import msg

LOCALE = "id_ID"
#: Babel locale per display language (British English: day first, as Indonesian staff read).
LOCALES = {"id": LOCALE, ENGLISH: "en_GB"}

if TYPE_CHECKING:  # Babel itself is loaded on the first date or number formatted
    from babel import Locale


@lru_cache(maxsize=4)
def _locale(language: str | None = None) -> Locale:
    from babel import Locale

    return Locale.parse(LOCALES[resolve(language)])


def format_date(value: date | None, language: str | None = None) -> str:
    """``22 November 2026`` (``5 July 1990`` in English); empty text for no date."""
    if value is None:
        return ""
    from babel.dates import format_date as _bd_format_date

    return _bd_format_date(value, "d MMMM y", locale=_locale(resolve(language)))


def format_date_short(value: date | None) -> str:
    """``22/11/2026``, for narrow table columns."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_datetime(value: datetime | None, language: str | None = None) -> str:
    """``22 November 2026 14.05`` (``22 November 2026 14:05`` in English)."""
    if value is None:
        return ""
    lang = resolve(language)
    pattern = "d MMMM y HH:mm" if lang == ENGLISH else "d MMMM y HH.mm"
    from babel.dates import format_datetime as _bd_format_datetime

    return _bd_format_datetime(value, pattern, locale=_locale(lang))


def format_month(year: int, month: int, language: str | None = None) -> str:
    """``Oktober 2026`` / ``October 2026``."""
    return f"{month_name(month, language)} {year}"


def round_half_up(value: int | float | Decimal, digits: int = 0) -> Decimal:
    """``value`` rounded to ``digits`` decimals, halves away from zero, as Excel shows numbers
    (13/16 as a percentage is 81,3, not Python's half-to-even 81,2). A float is read by its
    shortest decimal form first, so 0.285 counts as 0.285 and not as 0.28499999…"""
    exact = value if isinstance(value, Decimal) else Decimal(repr(value)) \
        if isinstance(value, float) else Decimal(value)
    return exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def format_number(value: int | float | Decimal | None, digits: int = 0,
                  language: str | None = None) -> str:
    """``1.234.567`` or ``12,5`` (with ``digits`` decimals, rounded half up); in English
    ``1,234,567`` and ``12.5``."""
    if value is None:
        return ""
    if not isinstance(value, int) and Decimal(repr(value) if isinstance(value, float)
                                               else value).is_finite():
        value = round_half_up(value, digits)
    kind = type(value)
    if kind is int or (isinstance(value, Decimal) and value.is_finite()):
        # Babel's own result for the pattern below, without parsing the pattern on every
        # call (a report formats thousands of numbers): Python's grouping in threes, then
        # the locale's symbols (tested against Babel)
        # (an int through Decimal: the 'f' format would go through a float)
        text = f"{value:,}" if kind is int and not digits else \
            f"{Decimal(value):,.{digits}f}"
        return text.translate(_symbols(resolve(language)))
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    from babel.numbers import format_decimal

    return format_decimal(value, pattern, locale=_locale(resolve(language)))


@lru_cache(maxsize=4)
def _symbols(language: str) -> dict[int, str]:
    """``str.translate`` table from Python's number format to the locale's (group, decimal
    and minus signs)."""
    from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

    locale = _locale(language)
    return str.maketrans({",": get_group_symbol(locale), ".": get_decimal_symbol(locale),
                          "-": get_minus_sign_symbol(locale)})


def format_rupiah(value: int | float | Decimal | None, language: str | None = None) -> str:
    """``Rp 3.000.000`` (negative: ``-Rp 3.000``; English ``Rp 3,000,000``); Rupiah have no
    minor unit in practice."""
    if value is None:
        return ""
    amount = int(round_half_up(value))
    text = f"Rp {format_number(abs(amount), language=language)}"
    return f"-{text}" if amount < 0 else text


def format_percent(fraction: float | None, digits: int = 1,
                   language: str | None = None) -> str:
    """``87,5%`` (English ``87.5%``) for 0.875; a dash when there is nothing to divide."""
    if fraction is None:
        return "–"
    return format_number(round_half_up(fraction, digits + 2) * 100, digits, language) + "%"


def format_nip(nip: str | None) -> str:
    """A civil servant's NIP as it is printed: ``19780124 200303 2 011`` (birth date, month of
    appointment, sex, serial). Anything that is not 18 digits is returned as typed."""
    text = "".join(str(nip or "").split())
    if len(text) != 18 or not text.isdigit():
        return str(nip or "").strip()
    return f"{text[:8]} {text[8:14]} {text[14]} {text[15:]}"


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
_MONTH_LOOKUP = {m.lower(): i for i, m in enumerate(MONTHS, start=1)}
_MONTH_LOOKUP.update({m.lower()[:3]: i for i, m in enumerate(MONTHS, start=1)})
# Common spellings and English names seen in staff spreadsheets and typed by staff.
_MONTH_LOOKUP.update({"agust": 8, "sept": 9, "nop": 11, "nopember": 11, "pebruari": 2,
                      "january": 1, "february": 2, "march": 3, "may": 5, "june": 6,
                      "july": 7, "august": 8, "october": 10, "december": 12, "okt": 10,
                      "des": 12, "peb": 2, "feb": 2, "jan": 1, "mar": 3, "apr": 4,
                      "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11,
                      "dec": 12, "nopemb": 11})

#: The range a typed date may fall in (the date fields hold nothing outside it).
FIRST_YEAR, LAST_YEAR = 1900, 2100


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def month_name(month: int, language: str | None = None) -> str:
    """``Oktober`` / ``October``."""
    return (MONTHS_EN if resolve(language) == ENGLISH else MONTHS)[month - 1]


_NUMERIC_DATE = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$")
_COMPACT_DATE = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORD_DATE = re.compile(r"^(\d{1,2})[\s\-]+([A-Za-z]+)\.?,?[\s\-]+(\d{4})$")
# English order as in "July 5, 1990".
_WORD_FIRST_DATE = re.compile(r"^([A-Za-z]+)\.?[\s\-]+(\d{1,2}),?[\s\-]+(\d{4})$")


def _checked(year: int, month: int, day: int, raw: str, field: str, label: str) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            msg("{label} '{raw}': tahun {year} di luar {first_year}–{last_year}.",
                label=label, raw=raw, year=year, first_year=FIRST_YEAR, last_year=LAST_YEAR), field)
    return date(year, month, day)


def _month(word: str, raw: str, field: str, label: str) -> int:
    month = _MONTH_LOOKUP.get(word.lower())
    if month is None:
        raise ValidationError(msg("{label}: nama bulan '{word}' tidak dikenal.",
                                  label=label, word=word), field)
    return month


def parse_date_id(text: str | None, field: str = "tanggal", label: str = "Tanggal") -> date:
    """Read a date as Indonesian staff write or type it: ``12-03-2005``, ``12/03/2005``,
    ``5/7/1990``, ``05071990``, ``12 Maret 2005``, ``5 July 1990``, ``July 5, 1990`` or ISO
    ``2005-03-12``. Day first always; a two-digit year is refused (it is ambiguous), and so is a
    date that does not exist (``31-02-2005``), each with a message naming the field."""
    raw = " ".join(str(text or "").split())
    if not raw:
        raise ValidationError(msg("{label} kosong.", label=label), field)
    try:
        if m := _ISO_DATE.match(raw):
            return _checked(int(m[1]), int(m[2]), int(m[3]), raw, field, label)
        if m := (_NUMERIC_DATE.match(raw) or _COMPACT_DATE.match(raw)):
            return _checked(int(m[3]), int(m[2]), int(m[1]), raw, field, label)
        if m := _WORD_DATE.match(raw):
            return _checked(int(m[3]), _month(m[2], raw, field, label), int(m[1]),
                            raw, field, label)
        if m := _WORD_FIRST_DATE.match(raw):
            return _checked(int(m[3]), _month(m[1], raw, field, label), int(m[2]),
                            raw, field, label)
    except ValueError:
        raise ValidationError(msg("{label} '{raw}' bukan tanggal yang sah.",
                                  label=label, raw=raw), field) from None
    raise ValidationError(
        msg("{label} '{raw}' tidak dapat dibaca; tulis seperti 05/07/1990, 05071990 atau "
        "5 Juli 1990.", label=label, raw=raw), field)


# Honorifics and titles that differ between documents for the same person.
_TITLES = {"bpk", "bapak", "ibu", "sdr", "sdri", "an", "alm", "almh", "hj", "h", "dr", "ir",
           "drs", "dra", "st", "se", "sh", "spd", "skom", "amd", "mm", "mpd"}


def clean_name(name: str | None) -> str:
    """A name as it should be stored: single spaces, no control characters."""
    text = str(name or "")
    if not text.isprintable():  # rare: only then look at every character
        text = "".join(ch if unicodedata.category(ch)[0] != "C" or ch in "\t\n\r" else ""
                       for ch in text)
    return " ".join(text.split())


_INNER_DOT = re.compile(r"(?<=\w)\.(?=\w)")
_PUNCTUATION = re.compile(r"[^\w\s]")


def normalize_name(name: str | None) -> str:
    """A key for duplicate detection and prefix search: case-folded, accents and punctuation
    removed, honorifics dropped, single spaces (``H. Moch. Ali, S.Pd`` -> ``moch ali``)."""
    text = clean_name(name)
    if not text.isascii():  # plain ASCII has no accents to take apart
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    # "S.Pd" is one title: join letters separated by dots before splitting into words.
    text = _INNER_DOT.sub("", text)
    words = _PUNCTUATION.sub(" ", text).split()
    kept = [w for w in words if w not in _TITLES]
    return " ".join(kept or words)


def age_on(birth: date | None, day: date) -> int | None:
    """Age in whole years on ``day``."""
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
