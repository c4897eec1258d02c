"""Reports page: the period chooser, generation off the GUI thread, the in-app PDF preview,
saving a copy and the head's approval."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from jssc_desktop.storage.models import PeriodReport
from jssc_desktop.ui.pages import reports as reports_page
from jssc_desktop.ui.pages._pdf import HAVE_QTPDF
from jssc_desktop.ui.pages.reports import ReportsPage

pytestmark = pytest.mark.gui



def _open(qtbot, make_ctx, actor,  # type: ignore[no-untyped-def]
          today=date(2026, 11, 23)) -> ReportsPage:
    page = ReportsPage(make_ctx(actor), today=today)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_period_chooser(qtbot, make_ctx, people):
    page = _open(qtbot, make_ctx, people["staff"])
    assert page.kind.currentText() == "Bulanan"
    assert page.current_period().key == "2026-10"  # the last finished month first
    assert page.period.currentText() == "Oktober 2026"
    page.kind.setCurrentIndex(page.kind.findData("quarterly"))
    assert page.current_period().key == "2026-Q3"
    assert page.period.currentText() == "Triwulan III 2026"
    assert page.select_period("semester", "2026-S1")
    assert not page.approve_box.isVisible()  # staff generate, the head approves


def test_generate_preview_save_and_approve(qtbot, make_ctx, people, programme, sqlite_db,
                                           tmp_path: Path, monkeypatch):
    page = _open(qtbot, make_ctx, people["head"])
    assert page.approve_box.isVisible()
    assert not page.save_pdf_button.isEnabled()
    page.select_period("monthly", "2026-10")
    page.generate()
    qtbot.waitUntil(lambda: page.pdf_path is not None and page.worker is None, timeout=60_000)
    assert page.pdf_path.read_bytes()[:5] == b"%PDF-"
    assert page.xlsx_path is not None and page.xlsx_path.suffix == ".xlsx"
    assert "Oktober 2026" in page.result_label.text()
    if HAVE_QTPDF:
        assert page.preview.page_count() >= 1
        assert page.preview.stack.currentWidget() is page.preview.view
    assert page.save_pdf_button.isEnabled() and page.print_button.isEnabled()

    target = tmp_path / "laporan-oktober"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    infos: list[str] = []
    monkeypatch.setattr(reports_page, "show_info",
                        lambda parent, title, text, *a: infos.append(text))
    page.save_copy("xlsx")
    saved = tmp_path / "laporan-oktober.xlsx"
    assert saved.read_bytes() == page.xlsx_path.read_bytes()

    monkeypatch.setattr(reports_page, "ask_confirm", lambda *a, **k: True)
    page.approve()
    with sqlite_db.session() as s:
        row = s.execute(select(PeriodReport)).scalar_one()
        assert (row.kind, row.period, row.approved_by) == ("monthly", "2026-10",
                                                           people["head"].user_id)
    assert "disetujui" in infos[-1]


def test_cancel_leaves_no_report(qtbot, make_ctx, people, monkeypatch):
    """Pressing Batal stops the work at its next step; no file is offered."""
    real = reports_page.generate_files
    out_dirs: list[Path] = []

    def cancelled_at_once(progress, db, actor, kind, key, out_dir):  # type: ignore[no-untyped-def]
        out_dirs.append(out_dir)
        progress.cancel()  # what the progress dialog's Batal button does
        return real(progress, db, actor, kind, key, out_dir)

    monkeypatch.setattr(reports_page, "generate_files", cancelled_at_once)
    page = _open(qtbot, make_ctx, people["staff"])
    page.generate()
    qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
    assert page.result_label.text() == "Pembuatan laporan dibatalkan."
    assert page.pdf_path is None and not page.save_pdf_button.isEnabled()
    assert page.generate_button.isEnabled()
    assert out_dirs and list(out_dirs[0].iterdir()) == []


@pytest.mark.skipif(not HAVE_QTPDF, reason="QtPdf (PySide6-Pdf) is not installed")
def test_printing_renders_the_chosen_pages(qtbot, make_ctx, people, tmp_path: Path):
    """What Cetak sends to the printer, captured with Qt's PDF printer driver."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from jssc_desktop.ui.pages._pdf import render_to_printer

    page = _open(qtbot, make_ctx, people["staff"])
    page.generate()
    qtbot.waitUntil(lambda: page.pdf_path is not None and page.worker is None, timeout=60_000)
    document = QPdfDocument()
    document.load(str(page.pdf_path))
    assert document.pageCount() >= 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
    printer.setFromTo(1, 2)
    assert render_to_printer(document, printer) == 2
    printed = QPdfDocument()
    printed.load(str(tmp_path / "cetak.pdf"))
    assert printed.pageCount() == 2


def test_archive_lists_opens_and_compares(qtbot, make_ctx, people, programme, sqlite_db,
                                          tmp_path: Path, monkeypatch):
    from jssc_desktop.reports.approval import approve_period
    from jssc_desktop.ui.pages import report_archive
    from jssc_desktop.ui.pages.report_archive import ReportArchiveDialog

    with sqlite_db.session() as s:
        approve_period(s, people["head"], "monthly", "2026-10", today=date(2026, 11, 23))
    dialog = ReportArchiveDialog(make_ctx(people["staff"]))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Oktober 2026"
    assert len(dialog.table.item(0, 4).text()) == 64

    opened: list[Path] = []
    monkeypatch.setattr(report_archive, "open_file", lambda p: opened.append(p) or True)
    path = dialog.open_pdf()
    assert path is not None and path.read_bytes().startswith(b"%PDF") and opened == [path]

    target = tmp_path / "arsip.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert dialog.save_xlsx() == target and target.read_bytes()[:2] == b"PK"

    shown: list[tuple] = []
    monkeypatch.setattr(report_archive, "show_info", lambda *a: shown.append(a))
    assert dialog.compare() == []
    assert "masih sama" in shown[-1][2]


def test_status_shown_and_head_reopens(qtbot, make_ctx, people, programme, sqlite_db,
                                       monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from jssc_desktop.reports.approval import approve_period

    page = _open(qtbot, make_ctx, people["head"])
    page.select_period("monthly", "2026-10")
    page.generate()
    qtbot.waitUntil(lambda: page.pdf_path is not None and page.worker is None, timeout=60_000)
    assert page.pdf_path.name.endswith("-sementara.pdf")
    assert "SEMENTARA" in page.result_label.text()
    assert page.approve_button.isEnabled() and not page.reopen_button.isEnabled()
    with sqlite_db.session() as s:
        approve_period(s, people["head"], "monthly", "2026-10", today=date(2026, 11, 23))
    page.pdf_path = None
    page.generate()
    qtbot.waitUntil(lambda: page.pdf_path is not None and page.worker is None, timeout=60_000)
    assert page.pdf_path.name.endswith("-disetujui.pdf")
    assert "DISETUJUI" in page.result_label.text()
    assert not page.approve_button.isEnabled() and page.reopen_button.isEnabled()

    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Rujukan dilengkapi", True)))
    monkeypatch.setattr(reports_page, "show_info", lambda *a: None)
    page.pdf_path = None
    page.reopen()
    qtbot.waitUntil(lambda: page.pdf_path is not None and page.worker is None, timeout=60_000)
    assert page.pdf_path.name.endswith("-perbaikan-1.pdf")
    assert "PERBAIKAN ke-1" in page.result_label.text()


def test_status_of_file_names():
    assert reports_page.status_of("laporan-bulanan-2026-10-sementara.pdf") == ("sementara", 0)
    assert reports_page.status_of("laporan-tahunan-2026-disetujui.xlsx") == ("disetujui", 0)
    assert reports_page.status_of("laporan-bulanan-2026-10-perbaikan-12.pdf") == ("perbaikan", 12)
    assert reports_page.status_of("laporan-bulanan-2026-10.pdf") == ("", 0)
