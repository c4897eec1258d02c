"""The import wizard (clients, tutors, attendance, follow-up results): choose a file, check the
column mapping, preview, import.

The wizard holds the state every page shows (the sheet read from the file, the current column
mapping and header row, the latest plan) and runs the slow steps off the GUI thread through
:class:`~jssc_desktop.ui.worker.Worker`: reading and planning a sheet of 10,000 rows, re-planning
after a column is reassigned, and the import itself. Pages only display that state and ask the
wizard to change it; they learn about new results through the wizard's signals.

Nothing is written to the database before the last step, and the last step writes every new
client in one transaction or none (the sheet is checked once more inside that transaction, so a
client registered by someone else meanwhile cannot slip in twice).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from ...domain.changes import RecordKind
from ...domain.errors import ValidationError
from ...services.base import Actor
from ...services.imports import (
    CLIENT_COLUMNS,
    ImportPlan,
    ImportResult,
    Sheet,
    apply_client_import,
    normalize_header,
    open_workbook,
    plan_client_import,
    read_sheet,
)
from ...storage.db import Database
from ..context import AppContext
from ..widgets import error_text, set_window_icon
from ..worker import Progress, Worker

log = logging.getLogger(__name__)

#: Sheets of our own template that never hold clients.
HELPER_SHEETS = ("Petunjuk", "Daftar")

# Workers still running, kept so that Python does not collect one mid-flight even when the
# wizard that started it has been closed.
_alive: set[Worker] = set()

#: Header text (normalised) → client field, the same names the importer recognises by itself.
_KNOWN_HEADERS = {normalize_header(name): c.key for c in CLIENT_COLUMNS
                  for name in (c.label, *c.aliases)}


# ------------------------------------------------------------------------------ background work


@dataclass(frozen=True)
class Loaded:
    """What reading and first planning of a sheet produced."""

    sheet: Sheet
    plan: ImportPlan
    note: str = ""   # e.g. why the header row could not be found automatically


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a workbook (quick: only the workbook's table of contents is read)."""
    wb = open_workbook(Path(path))
    try:
        return list(wb.sheet_names)
    finally:
        wb.close()


def default_sheet(names: list[str]) -> str | None:
    """The sheet the importer would pick by itself: the first that is not a template helper."""
    return next((n for n in names if n not in HELPER_SHEETS), names[0] if names else None)


#: What each import kind writes, announced to the open pages when it is done.
_CHANGES = {"clients": RecordKind.CLIENT, "tutors": RecordKind.TUTOR,
            "attendance": RecordKind.ATTENDANCE, "followups": RecordKind.FOLLOWUP}

#: What can be imported: clients (services.imports) and the table kinds (services.table_import).
KINDS = ("clients", "tutors", "attendance", "followups")


def columns_of(kind: str) -> tuple[Any, ...]:
    """The columns of an import kind (each with key, label, aliases, required)."""
    if kind == "clients":
        return CLIENT_COLUMNS
    from ...services.table_import import kind_named

    return kind_named(kind).columns


def _plan(session: Any, actor: Actor, kind: str, sheet: Sheet, *,
          options: dict[str, Any] | None = None, **kw: Any) -> Any:
    """Plan ``sheet`` as ``kind``; ``options`` are the user's decisions (e.g.
    ``confirm_high_income`` for follow-ups), which table kinds read with ``today``."""
    if kind == "clients":
        return plan_client_import(session, actor, sheet, **kw)
    from ...services.table_import import kind_named, plan_table_import

    options = {**(options or {}), "today": kw.pop("today", None)}
    return plan_table_import(session, actor, kind_named(kind), sheet, options=options, **kw)


def mapping_for_row(sheet: Sheet, header_row: int, kind: str = "clients") -> dict[int, str]:
    """Columns recognised in one row (1-based), for when the user picks the header row."""
    index = header_row - 1
    if not 0 <= index < len(sheet.rows):
        return {}
    known = _KNOWN_HEADERS if kind == "clients" else {
        normalize_header(name): c.key for c in columns_of(kind) for name in (c.label, *c.aliases)}
    mapping: dict[int, str] = {}
    for col, value in enumerate(sheet.rows[index]):
        key = known.get(normalize_header(value))
        if key and key not in mapping.values():
            mapping[col] = key
    return mapping


def load_and_plan(progress: Progress, db: Database, actor: Actor, path: str,
                  sheet_name: str | None, today: date | None, kind: str = "clients",
                  options: dict[str, Any] | None = None) -> Loaded:
    progress("Membaca berkas…", 0.1)
    sheet = read_sheet(path, sheet_name)
    progress("Memeriksa setiap baris…", 0.5)
    note = ""
    with db.session() as s:
        try:
            plan = _plan(s, actor, kind, sheet, today=today, options=options)
        except ValidationError as exc:
            if exc.field != "header":
                raise
            # No header recognised: start from row 1 with nothing mapped; the user maps by hand.
            note = error_text(exc)
            plan = _plan(s, actor, kind, sheet, mapping={}, header_row=1, today=today,
                         options=options)
    return Loaded(sheet, plan, note)


def replan(progress: Progress, db: Database, actor: Actor, sheet: Sheet,
           mapping: dict[int, str], header_row: int, today: date | None,
           kind: str = "clients", options: dict[str, Any] | None = None) -> ImportPlan:
    progress("Memeriksa setiap baris…", 0.3)
    with db.session() as s:
        return _plan(s, actor, kind, sheet, mapping=mapping, header_row=header_row,  # type: ignore[no-any-return]  # either plan
                     today=today, options=options)


def import_now(progress: Progress, db: Database, actor: Actor, sheet: Sheet,
               previewed: ImportPlan, today: date | None,
               kind: str = "clients", options: dict[str, Any] | None = None) -> ImportResult:
    """Check the sheet again and write it, both inside one transaction."""
    progress("Memeriksa ulang dan menyimpan…", 0.2)
    with db.session() as s:
        fresh = _plan(s, actor, kind, sheet, mapping=previewed.mapping,
                      header_row=previewed.header_row, today=today, options=options)
        if fresh.errors or fresh.new != previewed.new:
            raise ValidationError(
                "Data di basis data berubah sejak pratinjau dibuat (misalnya data yang sama "
                f"baru saja disimpan pengguna lain): kini {fresh.new} baris baru dan "
                f"{fresh.error_rows} baris bermasalah, bukan {previewed.new} baris baru. "
                "Tidak ada data yang disimpan; periksa ulang pratinjau lalu impor lagi.", "file")
        if kind != "clients":
            from ...services.table_import import apply_table_import, kind_named

            return apply_table_import(  # type: ignore[return-value]  # same fields used
                s, actor, kind_named(kind), fresh)
        result = apply_client_import(s, actor, fresh)
    if result.new:
        db.optimize(("clients",))  # the planner's statistics follow the new size
    return result


def write_errors(progress: Progress, sheet: Sheet, plan: ImportPlan, path: str) -> Path:
    from ...services.imports import write_error_copy

    progress("Menulis salinan berkas…", 0.3)
    return write_error_copy(sheet, plan, path)


# ------------------------------------------------------------------------------------ the wizard


class ImportWizard(QWizard):
    """Four steps; ``page_file``, ``page_mapping``, ``page_preview``, ``page_result``."""

    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "import"

    #: True while a sheet is read or planned in the background.
    planning_changed = Signal(bool)
    #: A new plan is available (``self.plan``).
    plan_changed = Signal()
    #: Reading or planning failed; the exception (its message is shown on the page).
    plan_failed = Signal(object)
    #: True while the import runs.
    importing_changed = Signal(bool)
    import_done = Signal(object)
    import_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: date | None = None, kind: str = "clients") -> None:
        super().__init__(parent)
        from .mapping_page import MappingPage
        from .pages import FilePage, PreviewPage, ResultPage

        if kind not in KINDS:
            raise ValueError(f"unknown import kind {kind!r}")
        self.kind = kind
        self.columns = columns_of(kind)
        self.ctx = ctx
        self.today = today
        self.path: str | None = None
        self.sheet_names: list[str] = []
        self.sheet_name: str | None = None
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.mapping: dict[int, str] = {}
        self.header_row = 1
        self.note = ""
        self.load_error: BaseException | None = None
        self.loaded_key: tuple[Any, ...] | None = None
        self.import_result: ImportResult | None = None
        #: The user's decisions the plan reads (follow-ups: ``confirm_high_income``).
        self.options: dict[str, Any] = {}
        self.planning = False
        self.importing = False
        self._generation = 0
        self._previous: tuple[dict[int, str], int, dict[int, str]] | None = None
        self._workers: set[Worker] = set()

        set_window_icon(self)
        self.setWindowTitle({
            "clients": self.tr("Impor Data Klien dari Excel"),
            "tutors": self.tr("Impor Data Tutor dari Excel"),
            "attendance": self.tr("Impor Kehadiran dari Excel"),
            "followups": self.tr("Impor Hasil Bimbingan Lanjut dari Excel"),
        }[kind])
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Berikutnya >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        # Fits a 1366×768 laptop with the taskbar; the tables inside scroll.
        self.setMinimumSize(900, 560)
        self.resize(1140, 660)

        self.page_file = FilePage(self)
        self.page_mapping = MappingPage(self)
        self.page_preview = PreviewPage(self)
        self.page_result = ResultPage(self)
        for page in (self.page_file, self.page_mapping, self.page_preview, self.page_result):
            self.addPage(page)

    # ------------------------------------------------------------------------------ state

    @property
    def busy(self) -> bool:
        return self.planning or self.importing

    def choose(self, path: str, sheet_name: str | None) -> None:
        """The file and sheet chosen on the first page (nothing is read yet)."""
        self.path = path
        self.sheet_name = sheet_name

    def _file_key(self) -> tuple[Any, ...] | None:
        """Which file and sheet, and which version of the file: a sheet fixed in Excel and
        chosen again is read again."""
        if self.path is None:
            return None
        try:
            stat = Path(self.path).stat()
            stamp: tuple[int, int] = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = (0, 0)
        return (self.path, self.sheet_name, *stamp)

    def needs_loading(self) -> bool:
        return self.path is not None and self.loaded_key != self._file_key()

    # ------------------------------------------------------------------------ background jobs

    def _start(self, fn: Any, *args: Any, done: Any, failed: Any) -> Worker:
        worker = Worker(fn, *args)
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(failed)
        worker.signals.cancelled.connect(self._forget_finished)
        worker.signals.finished.connect(self._forget_finished)
        worker.signals.failed.connect(self._forget_finished)
        self._workers.add(worker)
        _alive.add(worker)
        worker.start()
        return worker

    def _forget_finished(self, *_args: Any) -> None:
        for worker in [w for w in self._workers if w.done.is_set()]:
            self._workers.discard(worker)
            _alive.discard(worker)

    def _set_planning(self, on: bool) -> None:
        if self.planning != on:
            self.planning = on
            self.planning_changed.emit(on)

    def load(self) -> None:
        """Read the chosen sheet and plan it with the columns recognised automatically."""
        if self.path is None:
            return
        self._generation += 1
        generation = self._generation
        previous = self.plan
        self._previous = ((previous.headers, previous.header_row, dict(self.mapping))
                          if previous is not None and self.sheet is not None else None)
        self.plan = None
        self.sheet = None
        self.load_error = None
        self.note = ""
        self.loaded_key = self._file_key()
        self._set_planning(True)
        self._start(load_and_plan, self.ctx.db, self.ctx.actor, self.path, self.sheet_name,
                    self.today, self.kind, dict(self.options),
                    done=lambda loaded: self._loaded(generation, loaded),
                    failed=lambda exc: self._plan_error(generation, exc))

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation:
            return
        self.sheet = loaded.sheet
        self.note = loaded.note
        kept = self._kept_mapping(loaded.plan)
        if kept is not None:
            # The same sheet again (fixed in Excel): keep the columns the user assigned.
            self.set_mapping(kept, loaded.plan.header_row)
            return
        self._accept_plan(loaded.plan)

    def _kept_mapping(self, plan: ImportPlan) -> dict[int, str] | None:
        """The user's previous mapping, when the re-read sheet has the same headers there."""
        previous, self._previous = self._previous, None
        if previous is None:
            return None
        headers, header_row, mapping = previous
        if header_row != plan.header_row or mapping == plan.mapping:
            return None
        if any(plan.headers.get(c) != headers.get(c) for c in mapping):
            return None
        return mapping

    def _accept_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.mapping = dict(plan.mapping)
        self.header_row = plan.header_row
        self._set_planning(False)
        self.plan_changed.emit()

    def _plan_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, ValidationError):
            log.error("planning the import failed", exc_info=exc)
        self.load_error = exc
        if self.sheet is None:
            self.loaded_key = None  # try reading again next time
        self._set_planning(False)
        self.plan_failed.emit(exc)

    def set_mapping(self, mapping: dict[int, str], header_row: int | None = None) -> None:
        """Plan again with this mapping (column index → field key) and header row."""
        if self.sheet is None:
            return
        self.mapping = dict(mapping)
        if header_row is not None:
            self.header_row = header_row
        self._generation += 1
        generation = self._generation
        self.load_error = None
        self._set_planning(True)
        self._start(replan, self.ctx.db, self.ctx.actor, self.sheet, dict(self.mapping),
                    self.header_row, self.today, self.kind, dict(self.options),
                    done=lambda plan: self._replanned(generation, plan),
                    failed=lambda exc: self._plan_error(generation, exc))

    def _replanned(self, generation: int, plan: ImportPlan) -> None:
        if generation != self._generation:
            return
        self._accept_plan(plan)

    def assign(self, column: int, key: str | None) -> None:
        """Put column ``column`` into field ``key`` (None: ignore it); a field already taken by
        another column moves here."""
        mapping = {c: k for c, k in self.mapping.items() if c != column and k != key}
        if key is not None:
            mapping[column] = key
        self.set_mapping(mapping)

    def set_header_row(self, header_row: int) -> None:
        if self.sheet is None:
            return
        self.set_mapping(mapping_for_row(self.sheet, header_row, self.kind), header_row)

    def replan_current(self) -> None:
        self.set_mapping(self.mapping, self.header_row)

    def set_option(self, name: str, value: Any) -> None:
        """Change one of the user's decisions and plan again with it."""
        if self.options.get(name) != value:
            self.options[name] = value
            self.replan_current()

    def start_import(self) -> None:
        if self.importing or self.sheet is None or self.plan is None:
            return
        self.importing = True
        self.import_result = None
        self.importing_changed.emit(True)
        self._start(import_now, self.ctx.db, self.ctx.actor, self.sheet, self.plan, self.today,
                    self.kind, dict(self.options), done=self._imported,
                    failed=self._import_error)

    def _imported(self, result: ImportResult) -> None:
        self.importing = False
        self.import_result = result
        self.importing_changed.emit(False)
        self.import_done.emit(result)
        self.ctx.bus.announce(_CHANGES[self.kind], source=self)

    def _import_error(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            log.error("the import failed", exc_info=exc)
        self.importing = False
        self.importing_changed.emit(False)
        self.import_failed.emit(exc)

    # ------------------------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        self._generation += 1  # results of planning still under way are no longer wanted
        super().done(result)

    def reject(self) -> None:
        # The import is one transaction that is already running: closing now would leave the
        # user unsure whether it happened. Planning may be abandoned at any time.
        if self.importing:
            return
        super().reject()

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """For tests and shutdown: wait until no background job of this wizard runs."""
        return all(worker.done.wait(timeout_ms / 1000) for worker in list(self._workers))
