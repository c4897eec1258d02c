"""The client import wizard driven like a user would: a staff sheet with title rows, a column the
importer does not know and a bad row; mapping, preview, error copy, and the import itself, with
the planning of a 10,000-row sheet kept off the GUI thread."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import func, select

from jssc_desktop.domain.changes import RecordKind
from jssc_desktop.services.clients import ClientInput, register_client
from jssc_desktop.storage.models import AuditLog, Client
from jssc_desktop.ui.imports import open_import_wizard
from jssc_desktop.ui.imports import wizard as wizard_module
from jssc_desktop.ui.imports.wizard import ImportWizard

from .conftest import client_rows, make_sheet

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 23)


def clients_in(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.execute(select(func.count()).select_from(Client)).scalar_one()


def open_wizard(qtbot, ctx) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(ctx, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def wait_planned(qtbot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.planning, timeout=30_000)


def to_mapping(qtbot, wizard: ImportWizard, path: Path) -> None:
    assert wizard.page_file.set_file(path)
    wizard.next()
    assert wizard.currentPage() is wizard.page_mapping
    wait_planned(qtbot, wizard)


def next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def choose_field(wizard: ImportWizard, header: str, label: str) -> None:
    """Pick ``label`` in the combo of the column headed ``header``, as a user would."""
    page = wizard.page_mapping
    column = page.column_of(header)
    assert column is not None, header
    combo = page.combos[column]
    index = combo.findText(label)
    assert index >= 0, label
    combo.setCurrentIndex(index)


def bad_sheet(tmp_path: Path) -> Path:
    rows = client_rows(5)
    rows[2][4] = "X"            # sheet row 7: sex neither L nor P
    return make_sheet(tmp_path / "pm-2026.xlsx", rows)


# --------------------------------------------------------------------------------- step 1


def test_file_page_lists_sheets_and_refuses_a_non_excel_file(qtbot, ctx, tmp_path):
    wizard = open_wizard(qtbot, ctx)
    page = wizard.page_file
    assert not page.isComplete()
    assert not next_enabled(wizard)

    junk = tmp_path / "bukan-excel.xlsx"
    junk.write_text("ini bukan buku kerja")
    assert not page.set_file(junk)
    assert page.error_label.isVisibleTo(page)
    assert "tidak dapat dibaca" in page.error_label.text()
    assert not next_enabled(wizard)

    path = bad_sheet(tmp_path)
    assert page.set_file(path)
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Data PM 2026", "Catatan"]
    assert page.sheet_combo.currentText() == "Data PM 2026"
    assert not page.error_label.isVisibleTo(page)
    assert next_enabled(wizard)


def test_template_button_writes_the_template_and_the_wizard_picks_its_data_sheet(
        qtbot, ctx, tmp_path, monkeypatch, boxes):
    target = tmp_path / "templat"  # no suffix typed: .xlsx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Excel (*.xlsx)")))
    wizard = open_wizard(qtbot, ctx)
    wizard.page_file.template_button.click()
    written = target.with_suffix(".xlsx")
    assert written.is_file()
    assert boxes.kinds() == ["info"] and str(written) in boxes.shown[0][2]
    wb = load_workbook(written, read_only=True)
    assert "Petunjuk" in wb.sheetnames
    wb.close()

    assert wizard.page_file.set_file(written)
    assert wizard.page_file.sheet_combo.currentText() not in ("Petunjuk", "Daftar")
    wizard.next()
    wait_planned(qtbot, wizard)
    # The template's example row is recognised and skipped, not imported.
    assert wizard.plan is not None and wizard.plan.errors == []
    assert wizard.plan.new == 0 and wizard.plan.skipped == 1


# ------------------------------------------------------------------------- steps 2 and 3


def test_unknown_column_mapped_by_hand_then_bad_row_blocks_import_and_error_copy(
        qtbot, ctx, sqlite_db, tmp_path, monkeypatch, boxes):
    path = bad_sheet(tmp_path)
    wizard = open_wizard(qtbot, ctx)
    to_mapping(qtbot, wizard, path)
    page = wizard.page_mapping
    plan = wizard.plan
    assert plan is not None and plan.header_row == 4

    # 'Tanggal Diterima' (the admission date) and two columns nobody needs are not recognised.
    assert page.unmapped_headers() == ["No", "Tanggal Diterima", "Nomor Kamar"]
    assert [h for _, h in plan.unmapped] == ["No", "Tanggal Diterima", "Nomor Kamar"]
    assert page.unmapped_label.isVisibleTo(page)
    assert "Tanggal Diterima" in page.unmapped_label.text()
    assert "Tgl Masuk" in page.missing_label.text()
    # Without the admission date every row is refused.
    assert plan.error_rows == 6  # the header (missing column) and all five rows
    # Sample values are shown per column, day first for dates.
    col = page.column_of("Tanggal Diterima")
    row = sorted(page.combos).index(col)
    assert page.table.item(row, 3).text() == "01/02/2026"
    assert page.table.item(row, 5).text() == "03/02/2026"

    choose_field(wizard, "Tanggal Diterima", "Tgl Masuk (wajib)")
    assert wizard.planning  # re-planned in the background
    wait_planned(qtbot, wizard)
    plan = wizard.plan
    assert plan.mapping[col] == "admission_date"
    assert page.unmapped_headers() == ["No", "Nomor Kamar"]
    assert not page.missing_label.isVisibleTo(page)
    assert [(e.row, e.column) for e in plan.errors] == [(7, "L/P")]
    assert plan.new == 4
    assert page.isComplete() and next_enabled(wizard)

    wizard.next()
    preview = wizard.page_preview
    assert wizard.currentPage() is preview
    assert preview.new_label.text().endswith("baru") and ">4<" in preview.new_label.text()
    assert ">0<" in preview.skipped_label.text()
    assert ">1<" in preview.error_count_label.text()
    # The import is refused while a row has errors, and the page says why.
    assert not preview.isComplete()
    assert not next_enabled(wizard)
    assert "1 baris bermasalah" in preview.reason_label.text()
    assert preview.reason_label.objectName() == "error"
    notes = [preview.model.rows[i].note for i in range(preview.model.rowCount())]
    assert any(n.startswith("Baris 7, kolom L/P: ") for n in notes)
    preview.only_problems.setChecked(True)
    assert preview.proxy.rowCount() == 1
    assert preview.proxy.index(0, 3).data().startswith("Baris 7, kolom L/P:")
    assert preview.proxy.index(0, 1).data() == "Peserta Nomor 3"
    assert preview.proxy.index(0, 2).data() == "Bermasalah"
    preview.only_problems.setChecked(False)
    assert preview.proxy.rowCount() == 5

    copy = tmp_path / "pm-2026 - galat.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(copy), "Excel (*.xlsx)")))
    preview.save_errors_button.click()
    qtbot.waitUntil(lambda: boxes.kinds() == ["info"], timeout=10_000)
    assert copy.is_file()
    ws = load_workbook(copy).active
    header = [c.value for c in ws[4]]
    assert header[-1] == "Keterangan Galat"
    assert ws.cell(row=7, column=len(header)).value.startswith("L/P: ")
    assert ws.cell(row=5, column=len(header)).value is None
    assert clients_in(sqlite_db) == 0  # nothing was written on the way


def test_a_field_moves_from_one_column_to_another(qtbot, ctx, tmp_path):
    wizard = open_wizard(qtbot, ctx)
    to_mapping(qtbot, wizard, bad_sheet(tmp_path))
    page = wizard.page_mapping
    name_col = page.column_of("Nama Lengkap")
    choose_field(wizard, "Nomor Kamar", "Nama Lengkap (wajib)")
    # The combo of the old column shows '(abaikan)' at once, before the new plan arrives.
    assert page.combos[name_col].currentText() == "(abaikan)"
    wait_planned(qtbot, wizard)
    assert wizard.mapping[page.column_of("Nomor Kamar")] == "name"
    assert name_col not in wizard.mapping
    assert "Nama Lengkap" in page.unmapped_headers()


def test_header_row_can_be_corrected_by_hand(qtbot, ctx, tmp_path):
    # A header the importer cannot recognise at all: the user picks the row and maps by hand.
    header = ["Nomor", "Nama Penghuni", "Kelamin", "Kategori Layanan", "Masuk"]
    rows = [[1, "Ani Lestari", "P", "Anak Telantar", date(2026, 3, 2)]]
    path = make_sheet(tmp_path / "aneh.xlsx", rows, header=header)
    wizard = open_wizard(qtbot, ctx)
    to_mapping(qtbot, wizard, path)
    page = wizard.page_mapping
    assert page.note_label.isVisibleTo(page)
    assert "Baris judul kolom tidak ditemukan" in page.note_label.text()
    assert wizard.plan.header_row == 1
    page.header_spin.setValue(4)
    wait_planned(qtbot, wizard)
    assert wizard.plan.header_row == 4
    assert page.unmapped_headers() == header[:2] + header[3:]  # 'Kelamin' is known
    for head, label in (("Nama Penghuni", "Nama Lengkap (wajib)"),
                        ("Kategori Layanan", "Jenis PPKS (wajib)"),
                        ("Masuk", "Tgl Masuk (wajib)")):
        choose_field(wizard, head, label)
        wait_planned(qtbot, wizard)
    # Mapped completely: what remains is a real gap in the row itself.
    assert [str(e) for e in wizard.plan.errors] == [
        "Baris 5, kolom Alasan Tanpa NIK: NIK kosong: isi NIK atau pilih alasan NIK tidak ada."]
    assert not page.missing_label.isVisibleTo(page)


# --------------------------------------------------------------------------------- step 4


def test_clean_sheet_is_imported_in_one_go(qtbot, ctx, sqlite_db, tmp_path):
    header = ["No", "Nama Lengkap", "NIK", "Alasan Tanpa NIK", "L/P", "Tgl Lahir", "Kab/Kota",
              "Jenis PPKS", "Tgl Masuk", "Nomor Kamar"]
    path = make_sheet(tmp_path / "bersih.xlsx", client_rows(12), header=header)
    wizard = open_wizard(qtbot, ctx)
    to_mapping(qtbot, wizard, path)
    assert wizard.plan.errors == [] and wizard.plan.new == 12
    wizard.next()
    assert wizard.page_preview.isComplete() and next_enabled(wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Impor"
    assert wizard.page_preview.reason_label.objectName() == "ok"

    with qtbot.waitSignal(ctx.bus.changed, timeout=30_000) as changed:
        wizard.next()
        assert wizard.currentPage() is wizard.page_result
        assert wizard.importing
        assert not wizard.page_result.isComplete()
    assert changed.args[0].kinds == {RecordKind.CLIENT}
    qtbot.waitUntil(lambda: wizard.page_result.isComplete(), timeout=10_000)
    assert clients_in(sqlite_db) == 12
    result = wizard.page_result
    assert result.headline.text() == "12 klien baru telah disimpan."
    assert "PM-2026-00001 – PM-2026-00012" in result.details.text()
    assert not result.retry_button.isVisibleTo(result)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with sqlite_db.session() as s:
        actions = s.execute(select(AuditLog.action)).scalars().all()
    assert "import.clients" in actions


def test_a_client_registered_meanwhile_stops_the_import_and_nothing_is_saved(
        qtbot, ctx, sqlite_db, tmp_path):
    header = ["Nama Lengkap", "NIK", "Alasan Tanpa NIK", "L/P", "Tgl Lahir", "Kab/Kota",
              "Jenis PPKS", "Tgl Masuk"]
    rows = [r[1:9] for r in client_rows(3)]
    path = make_sheet(tmp_path / "tiga.xlsx", rows, header=header, title_rows=False)
    wizard = open_wizard(qtbot, ctx)
    to_mapping(qtbot, wizard, path)
    wizard.next()
    assert wizard.page_preview.isComplete()
    # Someone at another desk registers the second person before the import runs.
    with sqlite_db.session() as s:
        register_client(s, ctx.actor, ClientInput(
            name="Peserta Nomor 2", sex="P", birth_date=rows[1][4], ppks_code="P02",
            nik_missing_reason="hilang", admission_date=date(2026, 2, 2)), today=TODAY)
    wizard.next()
    result = wizard.page_result
    qtbot.waitUntil(lambda: not wizard.importing, timeout=30_000)
    assert clients_in(sqlite_db) == 1
    assert "tidak ada data yang disimpan" in result.headline.text().lower()
    assert "berubah sejak pratinjau" in result.error_label.text()
    assert result.retry_button.isVisibleTo(result)
    assert not result.isComplete()

    result.retry_button.click()
    assert wizard.currentPage() is wizard.page_preview
    wait_planned(qtbot, wizard)
    assert wizard.plan.new == 2 and wizard.plan.skipped == 1
    assert ">1<" in wizard.page_preview.skipped_label.text()


def test_planning_ten_thousand_rows_keeps_the_window_responsive(qtbot, ctx, tmp_path,
                                                                monkeypatch):
    header = ["Nama Lengkap", "Alasan Tanpa NIK", "L/P", "Tgl Lahir", "Kab/Kota",
              "Jenis PPKS", "Tgl Masuk"]
    rows = [[r[1], r[3], r[4], r[5], r[6], r[7], r[8]] for r in client_rows(10_000)]
    path = make_sheet(tmp_path / "besar.xlsx", rows, header=header, title_rows=False)
    wizard = open_wizard(qtbot, ctx)
    # A handshake instead of a stopwatch: just before the sheet is read, and again just before its
    # 10,000 rows are checked, the planning thread asks the window's event loop to answer and waits
    # for the answer. If reading or checking ran on the GUI thread, or held it up, nobody would
    # answer and the planning would record a miss.
    asked = threading.Event()
    answered = threading.Event()
    planned_on: list[threading.Thread] = []
    handshakes: list[bool] = []

    def ask_the_window() -> None:
        planned_on.append(threading.current_thread())
        answered.clear()
        asked.set()
        handshakes.append(answered.wait(10))

    def answer() -> None:
        if asked.is_set():
            asked.clear()
            answered.set()

    real_read, real_plan = wizard_module.read_sheet, wizard_module._plan

    def read_sheet(*args, **kwargs):  # type: ignore[no-untyped-def]
        ask_the_window()
        return real_read(*args, **kwargs)

    def plan(*args, **kwargs):  # type: ignore[no-untyped-def]
        ask_the_window()
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(wizard_module, "read_sheet", read_sheet)
    monkeypatch.setattr(wizard_module, "_plan", plan)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(answer)
    timer.start()
    assert wizard.page_file.set_file(path)
    started = time.monotonic()
    wizard.next()
    returned = time.monotonic() - started
    assert wizard.planning and wizard.page_mapping.busy.busy
    assert returned < 0.5, "reading and planning must not run in the GUI thread"
    wait_planned(qtbot, wizard)
    timer.stop()
    assert not wizard.page_mapping.busy.busy
    assert wizard.plan.new == 10_000 and wizard.plan.errors == []
    assert len(planned_on) == 2
    assert all(t is not threading.main_thread() for t in planned_on)
    assert handshakes == [True, True], "the window did not answer while the sheet was planned"


# --------------------------------------------------------------------------- entry point


def test_entry_point_only_for_roles_that_may_import(qtbot, sqlite_db, staff, tutor, boxes,
                                                    monkeypatch):
    from jssc_desktop.ui.context import AppContext

    opened: list[ImportWizard] = []

    def fake_exec(self):  # type: ignore[no-untyped-def]
        opened.append(self)
        return 0

    monkeypatch.setattr(ImportWizard, "exec", fake_exec)
    open_import_wizard(AppContext(sqlite_db, tutor), None)
    assert opened == []
    assert boxes.kinds() == ["warning"] and "Staf Administrasi" in boxes.shown[0][2]

    open_import_wizard(AppContext(sqlite_db, staff), None)
    assert len(opened) == 1
    assert opened[0].windowTitle() == "Impor Data Klien dari Excel"


def test_sheet_fixed_in_excel_is_read_again_and_keeps_the_hand_made_mapping(qtbot, ctx,
                                                                            tmp_path):
    path = bad_sheet(tmp_path)
    wizard = open_wizard(qtbot, ctx)
    to_mapping(qtbot, wizard, path)
    choose_field(wizard, "Tanggal Diterima", "Tgl Masuk (wajib)")
    wait_planned(qtbot, wizard)
    wizard.next()
    assert [e.row for e in wizard.plan.errors] == [7]

    # Back to the first step; the user fixes row 7 in Excel, saves, and picks the file again.
    wizard.back()
    wizard.back()
    assert wizard.currentPage() is wizard.page_file
    time.sleep(0.01)
    make_sheet(path, client_rows(5))
    assert wizard.page_file.set_file(path)
    wizard.next()
    wait_planned(qtbot, wizard)
    column = wizard.page_mapping.column_of("Tanggal Diterima")
    assert wizard.mapping[column] == "admission_date"
    assert wizard.plan.errors == [] and wizard.plan.new == 5
    assert wizard.page_mapping.combos[column].currentData() == "admission_date"


def test_preview_remarks_follow_the_window_language(qtbot, ctx, tmp_path, texts_in):
    """A row's problem and a skipped row's reason come from below the window as messages: the
    preview shows them in the window's language, not in Indonesian inside an English window."""
    rows = client_rows(3)
    rows[1][4] = "X"  # sex not recognised
    wizard = open_wizard(qtbot, ctx)
    to_mapping(qtbot, wizard, make_sheet(tmp_path / "bahasa.xlsx", rows))
    wizard.next()
    notes = [r.note for r in wizard.page_preview.model.rows if r.note]
    # the sex of row 6, and the admission date column the sheet's header does not name
    assert len(notes) == 4
    if texts_in == "en":
        assert all(n.startswith("Row ") for n in notes)
        assert any(n.startswith("Row 6, column L/P: ") and "not recognised" in n for n in notes)
        assert any("the required column 'Tgl Masuk' is not in this sheet" in n for n in notes)
        assert not any("tidak" in n or "Baris" in n for n in notes)
    else:
        assert all(n.startswith("Baris ") for n in notes)
        assert any(n.startswith("Baris 6, kolom L/P: ") and "tidak dikenal" in n for n in notes)
