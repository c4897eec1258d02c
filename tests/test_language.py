"""Names, dates and numbers follow the display language; official documents stay Indonesian."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from jssc_desktop.domain import language
from jssc_desktop.domain.formatting import (
    format_date,
    format_datetime,
    format_month,
    format_number,
    format_percent,
    format_rupiah,
    month_name,
)
from jssc_desktop.domain.periods import parse_period
from jssc_desktop.domain.vocab import (
    ATTENDANCE,
    FACILITY_PRIORITIES,
    FACILITY_STATUSES,
    PPKS,
    STAGES,
    TermRef,
    ppks_display,
    sensitive_ppks_codes,
    vocabulary,
)


@pytest.fixture
def english() -> Iterator[None]:
    language.set_display_language("en")
    yield
    language.set_display_language("id")


def test_formatting_by_language() -> None:
    day = date(1990, 7, 5)
    assert format_date(day, "id") == "5 Juli 1990"
    assert format_date(day, "en") == "5 July 1990"
    assert format_month(2026, 10, "id") == "Oktober 2026"
    assert format_month(2026, 10, "en") == "October 2026"
    assert format_percent(0.936, language="id") == "93,6%"
    assert format_percent(0.936, language="en") == "93.6%"
    assert format_rupiah(3_000_000, "id") == "Rp 3.000.000"
    assert format_rupiah(3_000_000, "en") == "Rp 3,000,000"
    assert format_rupiah(-3000, "en") == "-Rp 3,000"
    assert format_number(1234567.25, 1, "en") == "1,234,567.3"
    assert format_datetime(datetime(2026, 11, 22, 14, 5), "id") == "22 November 2026 14.05"
    assert format_datetime(datetime(2026, 11, 22, 14, 5), "en") == "22 November 2026 14:05"


def test_default_follows_the_display_language(english: None) -> None:
    assert format_date(date(2026, 10, 1)) == "1 October 2026"
    assert format_percent(0.5) == "50.0%"
    assert month_name(12) == "December"
    with language.official_language():
        assert format_date(date(2026, 10, 1)) == "1 Oktober 2026"
        assert format_percent(0.5) == "50,0%"
        assert STAGES.name(STAGES.codes[0]) == STAGES.terms[0].name
    assert format_date(date(2026, 10, 1)) == "1 October 2026"


def test_indonesian_by_default() -> None:
    assert language.display_language() == "id"
    assert format_date(date(2026, 10, 1)) == "1 Oktober 2026"
    assert ATTENDANCE.name("H") == "Hadir"


def test_vocabulary_names_by_language(english: None) -> None:
    assert ATTENDANCE.name("H") == "Present"
    assert ATTENDANCE.name("H", "id") == "Hadir"
    assert FACILITY_STATUSES.name("draf") == "Draft"
    assert FACILITY_PRIORITIES.names("id") == {t.code: t.name for t in FACILITY_PRIORITIES}
    assert STAGES.name("no-such-code") == "no-such-code"
    assert STAGES.name(None) == ""


def test_every_shown_vocabulary_has_english_names() -> None:
    """Every term has an English name except the kabupaten/kota (proper nouns)."""
    from jssc_desktop.domain.vocab import _LABELS

    missing = [(key, t.code) for key in _LABELS if key != "kab_kota"
               for t in vocabulary(key) if not t.name_en]
    assert missing == []


def test_sensitive_ppks_masked_in_both_languages(english: None) -> None:
    code = sorted(sensitive_ppks_codes())[0]
    assert ppks_display(code, masked=True) == "Confidential"
    assert ppks_display(code, masked=True, language="id") == "Dirahasiakan"
    assert ppks_display(code, masked=False) == PPKS.get(code).name_en  # type: ignore[union-attr]


def test_term_ref_shows_in_the_language_asked() -> None:
    ref = ATTENDANCE.ref("S")
    assert isinstance(ref, TermRef)
    assert str(ref) == "Sakit" and ref.display("en") == "Sick"
    assert ATTENDANCE.ref("??") == "??"


def test_period_titles(english: None) -> None:
    month = parse_period("2026-10")
    assert month.label == "Oktober 2026"  # the document's own label never changes
    assert month.title() == "October 2026"
    assert month.title("id") == "Oktober 2026"
    assert parse_period("2026-Q3").title() == "Quarter III 2026"
    assert parse_period("2026-S2").title() == "Half-year II 2026"
    assert parse_period("2026").title() == "Year 2026"
    assert month.kind_name_in() == "Monthly"


def test_report_files_stay_indonesian_while_the_window_is_english(
        english: None, sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The monthly report PDF and XLSX are official documents: Indonesian month names and
    number formats, whatever language the window shows."""
    import subprocess

    from openpyxl import load_workbook

    from jssc_desktop.reports import generate_report

    from . import report_fixtures as rf
    from .conftest import _make_actors

    actors = _make_actors(sqlite_db)
    rf.build(sqlite_db, actors)
    with sqlite_db.session() as s:
        paths = generate_report(s, actors["staff"], "monthly", "2026-10", out_dir=tmp_path,
                                today=date(2026, 11, 23))
    pdf = next(p for p in paths if p.suffix == ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "OKTOBER 2026" in text.upper() and "OCTOBER" not in text.upper()
    assert "%" in text and not any(f"{n}.{d}%" in text for n in range(101) for d in range(10))
    book = load_workbook(next(p for p in paths if p.suffix == ".xlsx"))
    cells = " ".join(str(c.value) for ws in book for row in ws.iter_rows() for c in row
                     if c.value is not None)
    assert "Oktober 2026" in cells and "October" not in cells
    assert language.display_language() == "en"  # the window's language is left as it was
