"""Long texts in every printed document wrap and run over pages; control characters pasted from
other programs never break an Excel export.

A case summary with 9,000-character notes (the form allows 10,000) used to fail with ReportLab's
LayoutError: a table row cannot be taller than a page. Every PDF is read back with pdftotext.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from jssc_desktop.reports import generate_document
from jssc_desktop.services.exports import export_table
from jssc_desktop.storage.models import Client, FacilityRequest, FacilityStatusChange, StageHistory

from . import report_fixtures as rf
from .conftest import _make_actors
from .test_reports_pdf_xlsx import pdf_info, pdf_text, squash

TODAY = date(2026, 11, 23)


def _long_note(tag: str, length: int = 9_000) -> str:
    """Ordinary prose (words and line breaks) of ``length`` characters ending with a marker."""
    words = ("Klien menunjukkan kemajuan dalam kegiatan harian dan bimbingan sosial; "
             "keluarga dihubungi kembali. ")
    body = (words * (length // len(words) + 1))[: length - 30]
    end = f" AKHIR-{tag}-SELESAI"
    return body + "\n" + end


@pytest.fixture
def small(sqlite_db):  # type: ignore[no-untyped-def]
    actors = _make_actors(sqlite_db)
    fx = rf.build(sqlite_db, actors)
    return sqlite_db, actors, fx


def test_case_summary_with_9000_character_notes_runs_over_pages(
        small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    cid = fx.clients["C01"]
    with db.session() as s:
        c = s.get(Client, cid)
        c.health_notes = _long_note("KESEHATAN")
        c.family_notes = _long_note("KELUARGA", 10_000)
        # one unbroken "word" of 3,000 characters (a pasted hash or URL) wraps too
        c.address = "x" * 3000 + " AKHIR-ALAMAT"
        stage = s.execute(
            select(StageHistory).where(StageHistory.client_id == cid)).scalars().first()
        stage.notes = _long_note("TAHAPAN")
    path = generate_document(db, actors["staff"], "case", id=cid, out_dir=tmp_path, today=TODAY)
    text = squash(pdf_text(path))
    for marker in ("AKHIR-KESEHATAN-SELESAI", "AKHIR-KELUARGA-SELESAI", "AKHIR-TAHAPAN-SELESAI",
                   "AKHIR-ALAMAT", "RINGKASAN KASUS KLIEN", "Adi Saputra"):
        assert marker in text, marker
    assert int(pdf_info(path)["Pages"]) >= 5
    # nothing of the long note is lost: every one of its sentences is printed
    assert text.count("keluarga dihubungi kembali.") >= 3 * 9_000 // 100


def test_facility_form_with_long_description_and_history(
        small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, actors, fx = small
    rid = fx.facility["F2"]
    with db.session() as s:
        s.get(FacilityRequest, rid).description = _long_note("URAIAN")
        change = s.execute(select(FacilityStatusChange)
                           .where(FacilityStatusChange.request_id == rid)).scalars().first()
        change.reason = _long_note("RIWAYAT", 5_000)
    path = generate_document(db, actors["head"], "facility", id=rid, out_dir=tmp_path,
                             today=TODAY)
    text = squash(pdf_text(path))
    assert "AKHIR-URAIAN-SELESAI" in text
    assert "AKHIR-RIWAYAT-SELESAI" in text
    assert int(pdf_info(path)["Pages"]) >= 3


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_survives_every_c0_control_character(tmp_path: Path, suffix: str) -> None:
    controls = [chr(c) for c in range(32)]
    rows = [[f"nama{ch}klien", f"={ch}1+1", c] for c, ch in enumerate(controls)]
    rows.append(["".join(controls) + "semua", "x\ud800y", 99])
    path = export_table(tmp_path / f"daftar{suffix}", "Daftar", ["Nama", "Rumus", "No"], rows)
    if suffix == ".csv":
        assert path.read_text(encoding="utf-8-sig").count("klien") == 32
        return
    ws = load_workbook(path).active
    values = [[cell.value for cell in row] for row in ws.iter_rows(min_row=2)]
    assert len(values) == 33
    for c, (name, formula, number) in enumerate(values[:32]):
        assert number == c
        assert name.startswith("nama") and name.endswith("klien")
        # tab and line breaks are kept (XML reads a carriage return back as a line feed)
        kept = {"\t": "\t", "\n": "\n", "\r": "\n"}.get(chr(c), "")
        assert name == f"nama{kept}klien"
        assert formula.startswith("=")  # stays text, never a formula
    assert ws.cell(row=2, column=2).data_type == "s"
    assert values[32][0] == "\t\n\nsemua"
    assert values[32][1] == "xy"
