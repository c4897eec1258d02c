"""reports/sheets.py: the XLSX it writes is read back by openpyxl value by value, with its bold
header, percentage cells and column widths; text from a UPT's package (markup characters,
spaces, characters XML cannot hold) arrives as text."""

from __future__ import annotations

import io
import math
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from jssc_desktop.reports.sheets import BOLD, PERCENT, Sheet, workbook


def _read(content: bytes, read_only: bool = False):  # type: ignore[no-untyped-def]
    return load_workbook(io.BytesIO(content), read_only=read_only)


def test_values_styles_and_widths_read_back() -> None:
    rows = [["Kode", "Uraian", "Jumlah"],
            ["a&b", "<UPT> \"Kediri\" 'x'", 12],
            ["  spasi  ", "baris\nbaru", 0.8125],
            ["nol", None, 0],
            ["besar", "Rp", 12_345_678_901_234],
            ["negatif", "", -3.5]]
    sheet = Sheet("Ringkasan & <lain>", [40, 40, 18], rows)
    sheet.styles.update({(0, 0): BOLD, (0, 1): BOLD, (0, 2): BOLD, (2, 2): PERCENT})
    content = workbook([sheet, Sheet("Kosong", [])])
    for read_only in (False, True):
        wb = _read(content, read_only)
        assert wb.sheetnames == ["Ringkasan & <lain>", "Kosong"]
        ws = wb["Ringkasan & <lain>"]
        got = [[c.value for c in row] for row in ws.iter_rows()]
        assert got == rows
        cells = {(r, c): cell for r, row in enumerate(ws.iter_rows(), start=1)
                 for c, cell in enumerate(row, start=1)}
        assert all(cells[1, col].font.b for col in (1, 2, 3))
        assert not cells[2, 1].font.b
        assert cells[3, 3].number_format == "0.0%"
        assert cells[2, 3].number_format == "General"
    ws = _read(content)["Ringkasan & <lain>"]
    assert [ws.column_dimensions[c].width for c in "ABC"] == [40, 40, 18]


def test_characters_xml_cannot_hold_are_dropped_and_nan_is_empty() -> None:
    content = workbook([Sheet("S", [], [["a\x00b\x1fc", math.nan, math.inf, True]])])
    ws = _read(content)["S"]
    assert [c.value for c in next(ws.iter_rows())] == ["abc", None, None, True]


def test_titles_must_be_unique() -> None:
    with pytest.raises(ValueError):
        workbook([Sheet("A", []), Sheet("A", [])])
    with pytest.raises(ValueError):
        workbook([])


def test_same_tables_same_file() -> None:
    sheet = Sheet("S", [10], [["x", 1]])
    assert workbook([sheet]) == workbook([sheet])
    with zipfile.ZipFile(io.BytesIO(workbook([sheet]))) as z:
        assert z.testzip() is None
        assert "xl/styles.xml" in z.namelist()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.one_of(
    st.integers(min_value=-10**15, max_value=10**15),
    st.floats(min_value=-1e300, max_value=1e300, allow_nan=False),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                   blacklist_characters="\x00\r\ufffe\uffff"),
            min_size=1, max_size=20).filter(lambda t: not any(
                "\x01" <= ch <= "\x1f" and ch not in "\t\n" for ch in t))),
    min_size=1, max_size=5), min_size=1, max_size=6))
def test_any_table_reads_back_as_written(rows: list[list[object]]) -> None:
    ws = _read(workbook([Sheet("S", [], rows)]), read_only=True)["S"]
    got = [[c.value for c in row][:len(rows[i])] for i, row in enumerate(ws.iter_rows())]
    for want, have in zip(rows, got, strict=True):
        for w, h in zip(want, have, strict=True):
            if isinstance(w, float):
                assert h == pytest.approx(w, rel=1e-15, abs=0)
            else:
                assert h == w


def test_every_sheet_prints_one_page_wide_with_its_header_on_each_page() -> None:
    narrow = Sheet("Ringkasan", [20, 40, 18], [["Kode", "Uraian", "Jumlah"], ["a", "b", 1]])
    wide = Sheet("Per UPT 'x'", [12] * 12, [[f"K{c}" for c in range(12)], list(range(12))])
    empty = Sheet("Kosong", [])
    wb = _read(workbook([narrow, wide, empty]))
    for ws, orientation in ((wb["Ringkasan"], "portrait"), (wb["Per UPT 'x'"], "landscape")):
        assert ws.page_setup.orientation == orientation
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_options.horizontalCentered
        assert ws.freeze_panes == "A2"
        assert ws.print_title_rows == "$1:$1"
        assert ws.oddFooter.center.text == "Halaman &P dari &N"
    assert wb["Kosong"].freeze_panes is None and not wb["Kosong"].print_title_rows


def test_cell_styles_dates_and_properties_read_back() -> None:
    """What the periodic report's workbook uses (reports/xlsx.py): fonts, fills, thin borders,
    alignment, built-in and own number formats, a quote prefix, dates, a bordered empty cell,
    a header below title rows frozen and repeated alone, and the document's properties."""
    from datetime import date

    from jssc_desktop.reports.sheets import Style

    header = Style(bold=True, fill="D9E2F3", border="A6A6A6", horizontal="center",
                   vertical="center", wrap=True)
    body = Style(border="A6A6A6")
    rows = [["Judul"], ["sub"], [], ["Kode", "Tanggal", "Jumlah", "Rp"],
            ["=1+1", date(2026, 10, 31), 1234, 2_500_000], [None, None, None, None]]
    sheet = Sheet("S", [10, 12, 10, 14], rows, header_rows=4, repeat=(4, 4))
    sheet.styles.update({(0, 0): Style(bold=True, size=12), (1, 0): Style(italic=True,
                                                                           color="991A1A")})
    sheet.styles.update({(3, c): header for c in range(4)})
    sheet.styles.update({(4, 0): Style(border="A6A6A6", quote_prefix=True),
                         (4, 1): Style(border="A6A6A6", number_format="DD/MM/YYYY"),
                         (4, 2): Style(border="A6A6A6", number_format="#,##0"),
                         (4, 3): Style(border="A6A6A6", number_format='"Rp" #,##0')})
    sheet.styles.update({(5, c): body for c in range(4)})
    wb = _read(workbook([sheet], title="Laporan", subject="Oktober 2026"))
    ws = wb["S"]
    assert ws["A1"].font.b and ws["A1"].font.sz == 12
    assert ws["A2"].font.i and ws["A2"].font.color.rgb.endswith("991A1A")
    for c in "ABCD":
        cell = ws[f"{c}4"]
        assert cell.font.b and cell.fill.fgColor.rgb.endswith("D9E2F3")
        assert cell.border.left.style == "thin" and cell.border.bottom.color.rgb.endswith("A6A6A6")
        assert cell.alignment.horizontal == "center" and cell.alignment.wrap_text
        assert ws[f"{c}6"].value is None and ws[f"{c}6"].border.top.style == "thin"
        assert not ws[f"{c}6"].font.b
    assert ws["A5"].value == "=1+1" and ws["A5"].data_type == "s" and ws["A5"].quotePrefix
    assert ws["B5"].value.date() == date(2026, 10, 31) and ws["B5"].number_format == "DD/MM/YYYY"
    assert ws["C5"].number_format == "#,##0" and ws["D5"].number_format == '"Rp" #,##0'
    assert ws.freeze_panes == "A5" and ws.print_title_rows == "$4:$4"
    assert (wb.properties.title, wb.properties.subject, wb.properties.creator) == (
        "Laporan", "Oktober 2026", "JSSC Desktop")
    assert _read(workbook([sheet]), read_only=True)["S"].max_row == 6
