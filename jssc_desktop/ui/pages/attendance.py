"""Attendance page, the tutor's screen: pick a cohort and a session, press "Semua hadir", fix the
exceptions by typing H/S/I/A/T on a row (the cursor moves down), save. A second tab shows the
monthly recap of the cohort (days × participants) and prints it.

A saved code that is changed is a correction: the page asks why before saving, and the service
records the reason with the before/after codes in the audit log.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import TRAINING_KINDS, RecordKind
from ...domain.formatting import month_name
from ...domain.periods import months_between
from ...domain.vocab import ATTENDANCE, PRESENT_CODES
from ...services import attendance as attendance_svc
from ...services import training
from ...services.attendance import AttendanceSheet
from ...services.training import CohortView, SessionView
from .. import shortcuts
from ..context import AppContext
from ..widgets import FilterCombo, ask_confirm, button, heading, hint_label, show_error, show_info
from ._common import (
    FAILED,
    PageBase,
    documents_dir,
    fmt_date,
    fmt_percent,
    open_file,
    section_label,
    toolbar,
)
from .attendance_grid import AttendanceGrid, AttendanceModel, RecapModel

# ------------------------------------------------------------------------------------- the page


class AttendancePage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "attendance"

    topics = TRAINING_KINDS | {RecordKind.CLIENT}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_record = ctx.can("attendance.record")
        self.sheet: AttendanceSheet | None = None
        self._loading = False
        self._cohort_index = -1
        self._session_index = -1

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Kehadiran peserta pelatihan")))

        # Two rows (cohort, then session) so that neither combo is squeezed over its label.
        pick = QGridLayout()
        pick.setHorizontalSpacing(8)
        pick.setColumnStretch(1, 1)
        self.cohort_combo = FilterCombo(placeholder=self.tr("Ketik nama program atau angkatan"))
        self.cohort_combo.setToolTip(self.tr(
            "Ketik sebagian nama program atau angkatan untuk mencarinya"))
        self.cohort_combo.currentIndexChanged.connect(self._cohort_chosen)
        self.session_combo = QComboBox()
        for combo in (self.cohort_combo, self.session_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
        self.session_combo.currentIndexChanged.connect(self._session_chosen)
        self.new_session_button = button(self.tr("Pertemuan baru…"), "add")
        self.new_session_button.clicked.connect(self.new_session)
        self.new_session_button.setVisible(ctx.can("session.edit"))
        self.import_button = button(self.tr("Impor Excel…"), "add")
        self.import_button.setToolTip(self.tr("Masukkan kehadiran dari berkas Excel"))
        self.import_button.clicked.connect(self.import_excel)
        self.import_button.setVisible(ctx.can("import.run"))
        pick.addWidget(QLabel(self.tr("Angkatan")), 0, 0)
        pick.addWidget(self.cohort_combo, 0, 1)
        pick.addWidget(self.import_button, 0, 2)
        pick.addWidget(QLabel(self.tr("Pertemuan")), 1, 0)
        pick.addWidget(self.session_combo, 1, 1)
        pick.addWidget(self.new_session_button, 1, 2)
        layout.addLayout(pick)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_sheet_tab(), self.tr("Isi kehadiran"))
        self.tabs.addTab(self._build_recap_tab(), self.tr("Rekap bulanan"))
        self.tabs.currentChanged.connect(lambda i: i == 1 and self.load_recap())

    def _build_sheet_tab(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        self.all_present = button(self.tr("Semua hadir"), "check", primary=True)
        self.all_present.setToolTip(self.tr("Tandai semua peserta Hadir, lalu ubah yang tidak"))
        self.all_present.clicked.connect(self.mark_all_present)
        shortcuts.bind_button(self.all_present, "all_present")
        self.code_buttons: dict[str, QPushButton] = {}
        row_widgets: list[QWidget | None] = [self.all_present, None]
        for term in ATTENDANCE:
            b = QPushButton(f"{term.code} · {term.display()}")
            b.setToolTip(self.tr("Tandai baris terpilih: {name} (tombol {code})").format(
                name=term.display(), code=term.code))
            b.clicked.connect(lambda _c=False, code=term.code: self.grid.set_code_and_advance(
                code))
            self.code_buttons[term.code] = b
            row_widgets.append(b)
        v.addLayout(toolbar(*row_widgets))
        self.keys_hint = hint_label(self.tr(
            "Ketik H, S, I, A atau T pada baris peserta: kehadiran terisi dan kursor turun ke "
            "baris berikutnya. Klik dua kali kolom Catatan untuk menulis catatan."))
        v.addWidget(self.keys_hint)
        self.model = AttendanceModel(self)
        self.grid = AttendanceGrid(self.model)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.model.modelReset.connect(self._update_summary)
        v.addWidget(self.grid, 1)
        bottom = QHBoxLayout()
        self.summary = QLabel()
        bottom.addWidget(self.summary, 1)
        self.revert_button = button(self.tr("Batalkan perubahan"))
        self.revert_button.clicked.connect(self.model.revert)
        self.save_button = button(self.tr("Simpan kehadiran"), "save", primary=True)
        self.save_button.clicked.connect(self.save)
        shortcuts.bind_button(self.save_button, "save")
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        v.addLayout(bottom)
        for w in [self.all_present, self.save_button, self.revert_button,
                  *self.code_buttons.values()]:
            w.setVisible(self.can_record)
        if not self.can_record:
            self.keys_hint.setText(self.tr("Anda dapat melihat kehadiran, tetapi tidak "
                                           "mengubahnya."))
        return box

    def _build_recap_tab(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        self.month_combo = QComboBox()
        self.month_combo.setMinimumWidth(180)
        self.month_combo.currentIndexChanged.connect(lambda _i: self.load_recap())
        self.print_recap_button = button(self.tr("Cetak rekap…"), "print")
        self.print_recap_button.clicked.connect(self.print_recap)
        self.save_recap_button = button(self.tr("Simpan PDF…"), "save")
        self.save_recap_button.clicked.connect(self.save_recap)
        v.addLayout(toolbar(QLabel(self.tr("Bulan")), self.month_combo, None,
                            self.print_recap_button, self.save_recap_button))
        self.recap_title = section_label("")
        v.addWidget(self.recap_title)
        self.recap_model = RecapModel(self)
        self.recap_view = QTableView()
        self.recap_view.setModel(self.recap_model)
        self.recap_view.setAlternatingRowColors(True)
        self.recap_view.verticalHeader().setVisible(False)
        self.recap_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recap_view.horizontalHeader().setMinimumSectionSize(26)
        v.addWidget(self.recap_view, 1)
        self.recap_summary = hint_label("")
        v.addWidget(self.recap_summary)
        return box

    # ----------------------------------------------------------------------------- choosing

    def refresh(self) -> None:
        self._dirty = False
        if self.model.is_dirty():
            # Never throw away what the tutor typed because another page saved something.
            return
        cohorts = self.call(training.list_cohorts)
        if cohorts is FAILED:
            return
        current = self.cohort_combo.currentData()
        self._loading = True
        self.cohort_combo.clear()
        for c in cohorts:
            label = f"{c.track_name} — {c.name}"
            if c.status != "berjalan":
                label += f" ({c.status_name.lower()})"
            self.cohort_combo.addItem(label, c)
        self._loading = False
        if not cohorts:
            self.cohort_combo.addItem(self.tr("Belum ada angkatan untuk Anda"), None)
            self._cohort_chosen()
            return
        index = next((i for i, c in enumerate(cohorts) if current and c.id == current.id), -1)
        if index < 0:
            index = next((i for i, c in enumerate(cohorts) if c.status == "berjalan"), 0)
        if self.cohort_combo.currentIndex() == index:
            self._cohort_chosen()
        else:
            self.cohort_combo.setCurrentIndex(index)

    def import_excel(self) -> None:
        from ..imports import open_import_wizard

        if not self._confirm_discard():
            return
        self.model.load(None)
        open_import_wizard(self.ctx, self, "attendance")
        self.refresh()

    def cohort(self) -> CohortView | None:
        return self.cohort_combo.currentData()

    def session(self) -> SessionView | None:
        return self.session_combo.currentData()

    def select_cohort(self, cohort_id: int) -> bool:
        for i in range(self.cohort_combo.count()):
            c = self.cohort_combo.itemData(i)
            if c is not None and c.id == cohort_id:
                self.cohort_combo.setCurrentIndex(i)
                return True
        return False

    def can_leave(self) -> bool:
        """Asked by the main window before another area is shown or the window closes."""
        return self._confirm_discard()

    def _confirm_discard(self) -> bool:
        if not self.model.is_dirty():
            return True
        return ask_confirm(self, self.tr("Perubahan belum disimpan"), self.tr(
            "Kehadiran yang Anda isi belum disimpan. Buang perubahan itu?"),
            yes=self.tr("Buang perubahan"), no=self.tr("Kembali"), danger=True)

    def _cohort_chosen(self, *_args: Any) -> None:
        if self._loading:
            return
        if not self._confirm_discard():
            self._restore(self.cohort_combo, self._cohort_index)
            return
        self._cohort_index = self.cohort_combo.currentIndex()
        self.model.load(None)
        cohort = self.cohort()
        self._load_sessions(cohort)
        self._load_months(cohort)

    def _load_sessions(self, cohort: CohortView | None, select_id: int | None = None) -> None:
        sessions = [] if cohort is None else self.call(training.list_sessions, cohort.id)
        if sessions is FAILED:
            sessions = []
        current = self.session()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self._loading = True
        self.session_combo.clear()
        for i, x in enumerate(sessions):
            state = (self.tr("terisi {n}").format(n=x.recorded) if x.recorded
                     else self.tr("belum diisi"))
            self.session_combo.addItem(
                self.tr("Ke-{n} · {day} · {jp} JP — {state}", "", x.jp).format(
                    n=i + 1, day=fmt_date(x.session_date), jp=x.jp, state=state), x)
            if x.topic:
                self.session_combo.setItemData(i, x.topic, Qt.ItemDataRole.ToolTipRole)
        if not sessions:
            self.session_combo.addItem(self.tr("Belum ada pertemuan"), None)
        index = next((i for i, x in enumerate(sessions) if x.id == wanted), -1)
        if index < 0 and sessions:
            today = date.today()
            past = [i for i, x in enumerate(sessions) if x.session_date <= today]
            index = past[-1] if past else 0
        self.session_combo.setCurrentIndex(max(index, 0))
        self._loading = False
        self._session_chosen()

    def _restore(self, combo: QComboBox, index: int) -> None:
        self._loading = True
        combo.setCurrentIndex(index)
        self._loading = False

    def _session_chosen(self, *_args: Any) -> None:
        if self._loading:
            return
        if not self._confirm_discard():
            self._restore(self.session_combo, self._session_index)
            return
        self._session_index = self.session_combo.currentIndex()
        session = self.session()
        self.new_session_button.setEnabled(self.cohort() is not None)
        if session is None:
            self.sheet = None
            self.model.load(None)
            self._enable_sheet(False)
            return
        sheet = self.call(attendance_svc.attendance_sheet, session.id)
        self.sheet = None if sheet is FAILED else sheet
        self.model.load(self.sheet)
        self._enable_sheet(self.sheet is not None)
        if self.sheet is not None and self.model.rows:
            self.grid.go_to_row(0)
            self.grid.setFocus()

    def _enable_sheet(self, on: bool) -> None:
        for w in [self.all_present, self.save_button, self.revert_button,
                  *self.code_buttons.values()]:
            w.setEnabled(on and bool(self.model.rows))

    def _update_summary(self) -> None:
        if self.sheet is None:
            self.summary.setText(self.tr("Pilih angkatan dan pertemuan."))
            return
        if not self.model.rows:
            self.summary.setText(self.tr("Angkatan ini belum memiliki peserta pada tanggal "
                                         "pertemuan ini."))
            return
        counts = self.model.counts()
        parts = [f"{ATTENDANCE.name(c)} {n}" for c, n in counts.items() if n]
        blanks = len(self.model.blanks())
        if blanks:
            parts.append(self.tr("belum diisi {n}").format(n=blanks))
        text = self.tr("{n} peserta: {parts}", "",
                len(self.model.rows)).format(n=len(self.model.rows),
                                                      parts=", ".join(parts))
        if self.model.is_dirty():
            text += self.tr(" — belum disimpan")
        self.summary.setText(text)

    # ---------------------------------------------------------------------------------- edits

    def mark_all_present(self) -> None:
        """Everyone present, except that marks already given (S, I, A, T) are only overwritten
        when the tutor says so; by default they are kept and only the blank rows filled."""
        marked = [r for r in self.model.rows if r.code not in (None, "H")]
        overwrite = True
        if marked:
            names = ", ".join(f"{r.name} ({r.code})" for r in marked[:4])
            if len(marked) > 4:
                names += self.tr(" dan {n} lainnya", "", len(marked) - 4).format(n=len(marked) - 4)
            overwrite = ask_confirm(self, self.tr("Sudah ada tanda kehadiran"), self.tr(
                "{n} peserta sudah ditandai selain Hadir: {names}. Ubah mereka juga menjadi "
                "Hadir, atau isi Hadir hanya pada baris yang belum diisi?", "", len(marked)).format(
                    n=len(marked), names=names),
                yes=self.tr("Ubah semua menjadi Hadir"),
                no=self.tr("Hanya yang belum diisi"))
        if overwrite:
            self.model.set_all("H")
        else:
            self.model.set_blank("H")
        self.grid.go_to_row(0)
        self.grid.setFocus()

    def new_session(self) -> None:
        from .training_dialogs import SessionDialog, tutor_choices

        cohort = self.cohort()
        if cohort is None or not self._confirm_discard():
            return
        try:
            tutors = tutor_choices(self.ctx)
        except Exception:  # noqa: BLE001
            tutors = []
        dialog = SessionDialog(self.ctx, cohort, tutors, None, self)
        if dialog.exec():
            self.model.load(None)
            self._load_sessions(cohort, select_id=dialog.result_view.id)
            self.announce(*TRAINING_KINDS)

    def save(self) -> None:
        session = self.session()
        if session is None or self.sheet is None:
            return
        reason = None
        corrections = self.model.corrections()
        if corrections:
            names = ", ".join(f"{r.name} ({r.saved_code}→{r.code or '—'})"
                              for r in corrections[:4])
            if len(corrections) > 4:
                names += self.tr(" dan {n} lainnya", "",
                        len(corrections) - 4).format(n=len(corrections) - 4)
            text, ok = QInputDialog.getText(
                self, self.tr("Alasan koreksi kehadiran"),
                self.tr("Kehadiran yang sudah tersimpan diubah: {names}.\n"
                        "Tuliskan alasan koreksinya (dicatat di log audit):").format(
                            names=names),
                QLineEdit.EchoMode.Normal, "")
            if not ok or not text.strip():
                if ok:
                    show_info(self, self.tr("Alasan wajib diisi"), self.tr(
                        "Koreksi kehadiran tidak disimpan karena alasannya kosong."))
                return
            reason = text.strip()
        blanks = self.model.blanks()
        if blanks and not ask_confirm(self, self.tr("Ada yang belum diisi"), self.tr(
                "{n} peserta belum diisi kehadirannya (mis. {name}). Simpan yang sudah diisi "
                "saja?", "", len(blanks)).format(n=len(blanks), name=blanks[0].name),
                yes=self.tr("Simpan yang terisi"), no=self.tr("Kembali mengisi")):
            return
        sheet = self.call(attendance_svc.save_attendance, session.id, self.model.codes(),
                          default=None, notes=self.model.notes() or None, reason=reason)
        if sheet is FAILED:
            return
        self.sheet = sheet
        self.model.load(sheet)
        cohort = self.cohort()
        self._load_sessions(cohort, select_id=session.id)
        self.announce(RecordKind.ATTENDANCE)
        if self.tabs.currentIndex() == 1:
            self.load_recap()

    # ---------------------------------------------------------------------------------- recap

    def _load_months(self, cohort: CohortView | None) -> None:
        self._loading = True
        self.month_combo.clear()
        if cohort is not None:
            months = months_between(cohort.start_date, cohort.end_date)
            for year, month in reversed(months):
                self.month_combo.addItem(f"{month_name(month)} {year}", f"{year:04d}-{month:02d}")
            today = date.today()
            index = self.month_combo.findData(f"{today.year:04d}-{today.month:02d}")
            if index < 0:
                # The cohort's last month if it is over, else its first.
                index = 0 if cohort.end_date < today else self.month_combo.count() - 1
            self.month_combo.setCurrentIndex(max(index, 0))
        self._loading = False
        if self.tabs.currentIndex() == 1:
            self.load_recap()
        else:
            self.recap_model.load(None)

    def month(self) -> tuple[int, int] | None:
        """(year, month) chosen in the recap tab."""
        key = self.month_combo.currentData()
        if not key:
            return None
        year, month = key.split("-")
        return int(year), int(month)

    def load_recap(self) -> None:
        if self._loading:
            return
        cohort, month = self.cohort(), self.month()
        enabled = cohort is not None and month is not None
        self.print_recap_button.setEnabled(enabled)
        self.save_recap_button.setEnabled(enabled)
        if not enabled:
            self.recap_model.load(None)
            self.recap_title.setText("")
            self.recap_summary.setText("")
            return
        recap = self.call(attendance_svc.monthly_recap, cohort.id, month[0], month[1])
        if recap is FAILED:
            return
        self.recap_model.load(recap)
        self.recap_title.setText(self.tr("{track} — {cohort}, {month} {year}").format(
            track=recap.track_name, cohort=recap.cohort_name, month=month_name(recap.month),
            year=recap.year))
        view = self.recap_view
        view.setColumnWidth(0, 120)
        view.setColumnWidth(1, 200)
        for col in range(2, self.recap_model.columnCount()):
            view.setColumnWidth(col, 30)
        view.setColumnWidth(self.recap_model.columnCount() - 1, 62)
        if not recap.days:
            self.recap_summary.setText(self.tr("Tidak ada pertemuan pada bulan ini."))
        else:
            present = sum(n for c, n in recap.totals.items() if c in PRESENT_CODES)
            all_records = sum(recap.totals.values())
            self.recap_summary.setText(self.tr(
                "{days}, {people}. Kehadiran {percent} ({present} dari {all} "
                "catatan hadir atau terlambat). Tutor: {tutor}.", "", all_records).format(
                    days=self.tr("{n} pertemuan", "", len(recap.days)).format(
                        n=len(recap.days)),
                    people=self.tr("{n} peserta", "", len(recap.rows)).format(
                        n=len(recap.rows)),
                    percent=fmt_percent(recap.percent), present=present, all=all_records,
                    tutor=recap.tutor_name or self.tr("belum ditentukan")))

    def _generate_recap(self, out_dir: Path, then: Any) -> None:
        cohort, month = self.cohort(), self.month()
        if cohort is None or month is None:
            return
        try:
            from ...reports import generate_document
        except ImportError:
            show_info(self, self.tr("Belum tersedia"), self.tr(
                "Pencetakan rekap belum tersedia pada versi aplikasi ini."))
            return
        from ..worker import run_in_background

        db, actor = self.ctx.db, self.ctx.actor
        month_text = f"{month[0]:04d}-{month[1]:02d}"

        step_text = self.tr("Menyusun rekap…")  # the worker never touches widgets

        def work(progress: Any) -> Path:
            progress(step_text, 0.1)
            return Path(generate_document(db, actor, "recap", id=cohort.id, month=month_text,
                                          out_dir=out_dir))

        run_in_background(self, work, title=self.tr("Rekap kehadiran"),
                          label=self.tr("Membuat rekap kehadiran bulanan…"), on_done=then,
                          on_error=lambda exc: show_error(self, exc))

    def print_recap(self) -> None:
        from ._pdf import print_pdf

        def done(path: Path) -> None:
            print_pdf(self, path, self.tr("Rekap kehadiran"))

        self._generate_recap(Path(tempfile.mkdtemp(prefix="jssc-rekap-")), done)

    def save_recap(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder untuk menyimpan rekap"), documents_dir())
        if not folder:
            return

        def done(path: Path) -> None:
            open_file(path)
            show_info(self, self.tr("Rekap disimpan"),
                      self.tr("Rekap kehadiran disimpan sebagai {path}.").format(path=path))

        self._generate_recap(Path(folder), done)


__all__ = ["AttendanceGrid", "AttendanceModel", "AttendancePage", "RecapModel"]
