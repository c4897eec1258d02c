"""Reading spreadsheet cells: every trap staff sheets hold, and no input that crashes the parser."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jssc_desktop.domain.cells import (
    cell_text,
    parse_amount,
    parse_date_cell,
    parse_kab_kota,
    parse_kk_cell,
    parse_nik_cell,
    parse_ppks,
    parse_sex,
)
from jssc_desktop.domain.errors import ValidationError


@pytest.mark.parametrize(("raw", "code"), [
    ("L", "L"), ("p", "P"), ("Laki-laki", "L"), ("LAKI LAKI", "L"), ("Perempuan", "P"),
    ("Pria", "L"), ("Wanita", "P"), (None, None), ("  ", None),
])
def test_sex(raw: object, code: str | None) -> None:
    assert parse_sex(raw) == code


def test_unknown_sex_is_refused() -> None:
    with pytest.raises(ValidationError, match="'X'"):
        parse_sex("X")


@pytest.mark.parametrize(("raw", "code"), [
    ("3507", "3507"), (3578, "3578"), ("Kab. Malang", "3507"), ("Kabupaten Malang", "3507"),
    ("KOTA MALANG", "3573"), ("Kota Batu", "3579"), ("Batu", "3579"), ("Surabaya", "3578"),
    ("Kab Sidoarjo", "3515"), ("Kodya Kediri", "3571"), ("Luar Jawa Timur", "9999"),
])
def test_kab_kota(raw: object, code: str) -> None:
    assert parse_kab_kota(raw) == code


@pytest.mark.parametrize("ambiguous", ["Malang", "blitar", "Kediri", "Madiun", "Mojokerto",
                                       "Pasuruan", "Probolinggo"])
def test_ambiguous_kab_kota_is_never_guessed(ambiguous: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_kab_kota(ambiguous)
    assert "Kabupaten" in err.value.message and "Kota" in err.value.message


def test_unknown_kab_kota() -> None:
    with pytest.raises(ValidationError, match="Bandung"):
        parse_kab_kota("Bandung")


def test_ids_as_text_and_as_numbers() -> None:
    assert parse_nik_cell("3507121203050001") == "3507121203050001"
    assert parse_nik_cell("'3507 1212 0305 0001") == "3507121203050001"
    assert parse_nik_cell(3507121203050001) == "3507121203050001"   # exact integer: safe
    assert parse_kk_cell(3507120101200003) == "3507120101200003"
    assert parse_nik_cell(None) is None


@pytest.mark.parametrize(("raw", "words"), [
    (3507121203050010, "digit terakhirnya"),     # Excel's 15-digit rounding leaves a 0
    (3.50712120305e15, "desimal"),
    ("3.50712E+15", "bentuk ilmiah"),
    (350712120305001, "15 digit"),
])
def test_ids_damaged_by_excel_are_refused(raw: object, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_nik_cell(raw)
    assert words in err.value.message and err.value.field == "nik"


def test_dates_in_every_form() -> None:
    label, field = "Tgl Lahir", "birth_date"
    assert parse_date_cell(datetime(2005, 3, 12, 0, 0), label, field) == date(2005, 3, 12)
    assert parse_date_cell(date(2005, 3, 12), label, field) == date(2005, 3, 12)
    for text in ("12-03-2005", "12/03/2005", "12 Maret 2005"):
        assert parse_date_cell(text, label, field) == date(2005, 3, 12)
    with pytest.raises(ValidationError, match="Tgl Lahir"):
        parse_date_cell("12-03-05", label, field)       # two-digit year: ambiguous
    with pytest.raises(ValidationError, match="angka"):
        parse_date_cell(38423, label, field)            # a serial number without a date format


def test_ppks_and_amounts() -> None:
    assert parse_ppks("P09") == "P09"
    assert parse_ppks("penyandang disabilitas") == "P09"
    assert parse_ppks("ODHA") == "P16"
    with pytest.raises(ValidationError):
        parse_ppks("Lainnya")
    assert parse_amount("Rp 1.500.000", "Penghasilan", "income") == 1_500_000
    assert parse_amount(2500000.0, "Penghasilan", "income") == 2_500_000
    assert parse_amount("1.500.000,00", "Penghasilan", "income") == 1_500_000
    with pytest.raises(ValidationError, match="negatif"):
        parse_amount(-5, "Penghasilan", "income")
    assert cell_text(12.0) == "12"


CELLS = st.one_of(
    st.none(), st.text(max_size=30), st.integers(), st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True), st.dates(), st.datetimes(),
)


@settings(max_examples=400, deadline=None)
@given(CELLS)
def test_no_cell_crashes_a_parser(value: object) -> None:
    parsers = [
        parse_sex, parse_kab_kota, parse_ppks, parse_nik_cell, parse_kk_cell,
        lambda v: parse_date_cell(v, "Tanggal", "tanggal"),
        lambda v: parse_amount(v, "Jumlah", "jumlah"),
    ]
    for parse in parsers:
        try:
            parse(value)
        except ValidationError as exc:
            assert exc.message
