"""Domain: NIK parsing, reporting periods, Indonesian formatting — examples and properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jssc_desktop.domain.errors import DomainError, ValidationError
from jssc_desktop.domain.formatting import (
    age_on,
    clean_name,
    format_date,
    format_date_short,
    format_number,
    format_percent,
    format_rupiah,
    month_name,
    normalize_name,
    parse_date_id,
)
from jssc_desktop.domain.nik import (
    make_nik,
    mask_nik,
    nik_mismatches,
    normalize_nik,
    parse_nik,
    validate_kk,
)
from jssc_desktop.domain.periods import (
    months_between,
    parse_period,
    parse_period_for_kind,
    period_containing,
    recent_periods,
)
from jssc_desktop.domain.vocab import KAB_KOTA

TODAY = date(2026, 11, 23)

# ------------------------------------------------------------------------------------------ NIK


def test_parse_nik_man_and_woman() -> None:
    man = parse_nik("3507121203050001", today=TODAY)
    assert (man.kab_kota_code, man.kecamatan_code, man.sex) == ("3507", "12", "L")
    assert man.birth_date == date(2005, 3, 12)
    assert man.region_name == "Kabupaten Malang" or "Malang" in man.region_name
    woman = parse_nik("3578015203790002", today=TODAY)
    assert (woman.sex, woman.birth_date, woman.serial) == ("P", date(1979, 3, 12), "0002")


def test_parse_nik_accepts_typed_separators() -> None:
    assert parse_nik("3507 1212 0305 0001", today=TODAY).nik == "3507121203050001"
    assert normalize_nik(" 3507.1212-0305 0001 ") == "3507121203050001"
    assert normalize_nik("  ") is None


@pytest.mark.parametrize(("nik", "words"), [
    ("350712120305001", "16 digit"),
    ("35071212030500011", "16 digit"),
    ("3507A21203050001", "angka"),
    ("9907121203050001", "provinsi"),
    ("3590121203050001", "Jawa Timur"),
    ("3507123213050001", "tanggal"),   # day 32
    ("3507127203050001", "tanggal"),   # day 72-40 = 32
    ("3507121203050000", "0000"),
    ("3507001203050001", "00"),
    ("", "kosong"),
])
def test_parse_nik_refusals_name_the_problem(nik: str, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_nik(nik, today=TODAY)
    assert err.value.field == "nik"
    assert words in err.value.message


def test_two_digit_year_is_never_in_the_future() -> None:
    assert parse_nik("3507121203260001", today=TODAY).birth_date == date(2026, 3, 12)
    assert parse_nik("3507121212260001", today=TODAY).birth_date == date(1926, 12, 12)


def test_mismatch_warnings() -> None:
    info = parse_nik("3507125203050001", today=TODAY)  # woman, 12 March 2005, Kab. Malang
    assert nik_mismatches(info, sex="P", birth_date=date(2005, 3, 12)) == []
    warnings = nik_mismatches(info, sex="L", birth_date=date(2005, 3, 13), kab_kota_code="3578")
    assert len(warnings) == 3
    assert "perempuan" in warnings[0]
    assert "12 Maret 2005" in warnings[1] and "13 Maret 2005" in warnings[1]
    assert "Surabaya" in warnings[2]


def test_kk_and_mask() -> None:
    assert validate_kk("3507120101200003") == "3507120101200003"
    with pytest.raises(ValidationError) as err:
        validate_kk("12345")
    assert err.value.field == "kk"
    assert mask_nik("3507121203050001") == "3507************"
    assert mask_nik(None) == ""


@settings(max_examples=300, deadline=None)
@given(
    kab=st.sampled_from([c for c in KAB_KOTA.codes if c != "9999"]),
    sex=st.sampled_from(["L", "P"]),
    birth=st.dates(min_value=date(1927, 1, 1), max_value=TODAY),
    serial=st.integers(1, 9999),
    kec=st.integers(1, 99),
)
def test_make_then_parse_round_trips(
    kab: str, sex: str, birth: date, serial: int, kec: int
) -> None:
    info = parse_nik(make_nik(kab, sex, birth, serial, kec), today=TODAY)
    assert (info.kab_kota_code, info.sex, info.birth_date, int(info.serial)) == (
        kab, sex, birth, serial)
    assert nik_mismatches(info, sex=sex, birth_date=birth, kab_kota_code=kab) == []


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=30), st.text(alphabet="0123456789 -.", max_size=20)))
def test_parse_nik_never_crashes(text: str) -> None:
    try:
        info = parse_nik(text, today=TODAY)
    except ValidationError as exc:
        assert exc.message and exc.field == "nik"
    else:
        assert len(info.nik) == 16 and info.birth_date <= TODAY

# -------------------------------------------------------------------------------------- periods


@pytest.mark.parametrize(("text", "kind", "start", "end", "label"), [
    ("2026-10", "monthly", date(2026, 10, 1), date(2026, 10, 31), "Oktober 2026"),
    ("2024-02", "monthly", date(2024, 2, 1), date(2024, 2, 29), "Februari 2024"),
    ("2026-Q3", "quarterly", date(2026, 7, 1), date(2026, 9, 30), "Triwulan III 2026"),
    ("2026-q1", "quarterly", date(2026, 1, 1), date(2026, 3, 31), "Triwulan I 2026"),
    ("2026-S2", "semester", date(2026, 7, 1), date(2026, 12, 31), "Semester II 2026"),
    ("2026", "annual", date(2026, 1, 1), date(2026, 12, 31), "Tahun 2026"),
])
def test_parse_period(text: str, kind: str, start: date, end: date, label: str) -> None:
    p = parse_period(text)
    assert (p.kind, p.start, p.end, p.label) == (kind, start, end, label)


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026-Q5", "2026-S3", "26", "Okt 2026",
                                  "", "1999", "2026-10-01"])
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_period(text)
    assert err.value.field == "periode"


def test_period_kind_must_match() -> None:
    assert parse_period_for_kind("quarterly", "2026-Q4").end == date(2026, 12, 31)
    with pytest.raises(ValidationError, match="2026-Q3"):
        parse_period_for_kind("quarterly", "2026-10")
    with pytest.raises(ValidationError):
        parse_period_for_kind("weekly", "2026-10")


def test_period_navigation() -> None:
    assert parse_period("2026-01").previous().key == "2025-12"
    assert parse_period("2026-Q4").next().key == "2027-Q1"
    assert period_containing("semester", date(2026, 6, 30)).key == "2026-S1"
    assert [p.key for p in recent_periods("monthly", TODAY, 3)] == ["2026-11", "2026-10", "2026-09"]
    assert months_between(date(2025, 11, 5), date(2026, 2, 1)) == [
        (2025, 11), (2025, 12), (2026, 1), (2026, 2)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["monthly", "quarterly", "semester", "annual"]),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_periods_tile_the_calendar(kind: str, day: date) -> None:
    p = period_containing(kind, day)
    assert p.contains(day)
    assert parse_period(p.key) == p
    if p.end < date(2100, 12, 31):
        assert (p.next().start - p.end).days == 1


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=12))
def test_parse_period_never_crashes(text: str) -> None:
    try:
        parse_period(text)
    except ValidationError as exc:
        assert exc.message

# ----------------------------------------------------------------------------------- formatting


def test_indonesian_formats() -> None:
    assert format_date(date(2026, 11, 22)) == "22 November 2026"
    assert format_date(date(2026, 3, 1)) == "1 Maret 2026"
    assert format_date(None) == ""
    assert format_date_short(date(2026, 3, 1)) == "01/03/2026"
    assert format_rupiah(3_000_000) == "Rp 3.000.000"
    assert format_rupiah(-1500) == "-Rp 1.500"
    assert format_number(1234567) == "1.234.567"
    assert format_number(12.5, 1) == "12,5"
    assert format_percent(0.875) == "87,5%"
    assert format_percent(None) == "–"
    assert month_name(8) == "Agustus"


def _babel_number(value: object, digits: int, language: str) -> str:
    """What ``format_number`` gave through Babel for every value before its fast path."""
    from decimal import Decimal

    from babel.numbers import format_decimal

    from jssc_desktop.domain.formatting import _locale, round_half_up

    if not isinstance(value, int):
        value = round_half_up(value, digits)  # type: ignore[arg-type]
    assert isinstance(value, int | Decimal)
    return format_decimal(value, "#,##0" + ("." + "0" * digits if digits else ""),
                          locale=_locale(language))


@settings(max_examples=400, deadline=None)
@given(value=st.one_of(st.integers(min_value=-10**22, max_value=10**22),
                       st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
                       st.decimals(min_value=-10**12, max_value=10**12, allow_nan=False,
                                   allow_infinity=False, places=4)),
       digits=st.integers(min_value=0, max_value=3), language=st.sampled_from(["id", "en"]))
def test_format_number_fast_path_gives_babels_text(value: object, digits: int,
                                                   language: str) -> None:
    """Integers and finite decimals skip Babel's pattern parsing: the text is the same."""
    assert format_number(value, digits, language) == _babel_number(value, digits, language)


@pytest.mark.parametrize("value", [0, -0.0, 999, 1000, -1000, 10**21, 0.5, -0.05, 1234.5,
                                   2.675])
@pytest.mark.parametrize("digits", [0, 1, 2])
@pytest.mark.parametrize("language", ["id", "en"])
def test_format_number_edges_same_as_babel(value: object, digits: int, language: str) -> None:
    assert format_number(value, digits, language) == _babel_number(value, digits, language)


@pytest.mark.parametrize(("text", "expected"), [
    ("12-03-2005", date(2005, 3, 12)),
    ("12/03/2005", date(2005, 3, 12)),
    ("12.3.2005", date(2005, 3, 12)),
    ("12 Maret 2005", date(2005, 3, 12)),
    ("1 Agt 2005", None),
    ("01 agustus 2005", date(2005, 8, 1)),
    ("5 Nopember 1999", date(1999, 11, 5)),
    ("2005-03-12", date(2005, 3, 12)),
])
def test_parse_date_id(text: str, expected: date | None) -> None:
    if expected is None:
        with pytest.raises(ValidationError, match="bulan"):
            parse_date_id(text)
    else:
        assert parse_date_id(text) == expected


@pytest.mark.parametrize("text", ["31-02-2005", "12-03-05", "", "kemarin", "2005/03/12"])
def test_parse_date_id_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_date_id(text, field="tgl_lahir", label="Tanggal lahir")
    assert err.value.field == "tgl_lahir" and "Tanggal lahir" in err.value.message


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=25))
def test_parse_date_id_never_crashes(text: str) -> None:
    try:
        parse_date_id(text)
    except DomainError as exc:
        assert exc.message


def test_names() -> None:
    assert clean_name("  Siti \t Aminah\x00 ") == "Siti Aminah"
    assert normalize_name("H. Moch. Ali, S.Pd") == "moch ali"
    assert normalize_name("MOCH  ALI") == "moch ali"
    assert normalize_name("Élok Fauziah") == "elok fauziah"
    assert age_on(date(2005, 3, 12), date(2026, 3, 11)) == 20
    assert age_on(date(2005, 3, 12), date(2026, 3, 12)) == 21
