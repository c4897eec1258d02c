"""Training page: programs (program keterampilan), their cohorts (angkatan), the participants of a
cohort with their assessment, graduation and certificate, and the cohort's sessions (pertemuan).

Left: programs above, the selected program's cohorts below. Right: the selected cohort, with a
tab of participants and a tab of sessions. Buttons a role may not use are not shown; the services
refuse them anyway.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import TRAINING_KINDS, RecordKind
from ...domain.codes import EnrollmentStatus
from ...domain.vocab import COHORT_STATUSES
from ...services import training
from ...services.training import CohortView, EnrollmentView, SessionView, TrackView
from ..context import AppContext
from ..export import add_export_button
from ..widgets import (
    ask_confirm,
    ask_text,
    button,
    flow_toolbar,
    heading,
    hint_label,
    show_info,
)
from ._common import (
    ALIGN_CENTER,
    ALIGN_RIGHT,
    FAILED,
    Column,
    DataTable,
    PageBase,
    ask_date,
    documents_dir,
    fmt_date,
    fmt_date_short,
    fmt_number,
    fmt_percent,
    open_file,
    section_label,
)
from .training_dialogs import (
    AssessmentDialog,
    CohortDialog,
    EnrollDialog,
    SessionDialog,
    TrackDialog,
    tutor_choices,
)

GREY = QColor("#6b7b88")
GREEN = QColor("#23673a")
RED = QColor("#a12622")


class TrainingPage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "training"

    topics = TRAINING_KINDS | {RecordKind.CLIENT, RecordKind.TUTOR}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.can("training.edit")
        self.can_session = ctx.can("session.edit")
        self.can_assess = ctx.can("assessment.record")
        self.can_graduate = ctx.can("graduation.record")
        self.cohort: CohortView | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Pelatihan keterampilan")))
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        splitter.addWidget(self._build_left())
        splitter.addWidget(self._build_right())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        # Proportions: on a 1024-pixel screen the programme and cohort tables keep their
        # column titles, and the detail pane's buttons wrap.
        splitter.setSizes([470, 530])

    # ---------------------------------------------------------------------------------- build

    def _build_left(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 6, 0)
        self.add_track = button(self.tr("Tambah"), "add")
        self.add_track.setToolTip(self.tr("Tambah program keterampilan"))
        self.edit_track = button(self.tr("Ubah"), "edit")
        self.add_track.clicked.connect(self.new_track)
        self.edit_track.clicked.connect(self.change_track)
        self.show_inactive = QCheckBox(self.tr("Tampilkan nonaktif"))
        self.show_inactive.toggled.connect(lambda _on: self.load_tracks())
        for w in (self.add_track, self.edit_track):
            w.setVisible(self.can_edit)
        v.addWidget(section_label(self.tr("Program keterampilan")))
        v.addLayout(flow_toolbar(self.add_track, self.edit_track))
        self.tracks = DataTable([
            Column(self.tr("Kode"), lambda t: t.code, width=70),
            Column(self.tr("Program"), lambda t: t.name if t.active
                   else self.tr("{name} (nonaktif)").format(name=t.name), width=200,
                   foreground=lambda t: None if t.active else GREY),
            Column(self.tr("JP"), lambda t: fmt_number(t.total_jp), lambda t: t.total_jp,
                   ALIGN_RIGHT, width=50),
            Column(self.tr("Angkatan"), lambda t: t.cohorts, align=ALIGN_RIGHT, width=88),
        ], stretch=1)
        self.tracks.setMinimumHeight(150)
        self.tracks.selectionModel().selectionChanged.connect(lambda *_: self.load_cohorts())
        self.tracks.doubleClicked.connect(lambda _i: self.can_edit and self.change_track())
        v.addWidget(self.tracks, 2)
        v.addWidget(self.show_inactive)

        self.add_cohort = button(self.tr("Tambah"), "add")
        self.add_cohort.setToolTip(self.tr("Buka angkatan baru untuk program terpilih"))
        self.edit_cohort = button(self.tr("Ubah"), "edit")
        # A push button with a menu: its arrow has room of its own (the style sheet's popup
        # rule), so it is never drawn over the text.
        self.status_button = QPushButton(self.tr("Ubah status"))
        self.status_button.setProperty("popup", True)
        menu = QMenu(self.status_button)
        for term in COHORT_STATUSES:
            action = menu.addAction(self.tr("Jadikan: {name}").format(name=term.display()))
            action.triggered.connect(lambda _c=False, code=term.code: self.set_status(code))
        self.status_button.setMenu(menu)
        self.add_cohort.clicked.connect(self.new_cohort)
        self.edit_cohort.clicked.connect(self.change_cohort)
        for w in (self.add_cohort, self.edit_cohort, self.status_button):
            w.setVisible(self.can_edit)
        v.addWidget(section_label(self.tr("Angkatan")))
        v.addLayout(flow_toolbar(self.add_cohort, self.edit_cohort, self.status_button))
        self.cohorts = DataTable([
            Column(self.tr("Angkatan"), lambda c: c.name,
                   tooltip=lambda c: self.tr("Tutor: {name}").format(
                       name=c.tutor_name or self.tr("belum ditentukan"))),
            Column(self.tr("Mulai"), lambda c: fmt_date_short(c.start_date),
                   lambda c: c.start_date, width=88),
            Column(self.tr("Status"), lambda c: c.status_name, width=98,
                   foreground=lambda c: GREEN if c.status == "berjalan" else None),
            Column(self.tr("Peserta", "how many are enrolled in the cohort"), lambda c: c.enrolled,
                   align=ALIGN_RIGHT, width=70),
        ], stretch=0)
        self.cohorts.selectionModel().selectionChanged.connect(lambda *_: self.show_cohort())
        self.cohorts.doubleClicked.connect(lambda _i: self.can_edit and self.change_cohort())
        v.addWidget(self.cohorts, 3)
        return box

    def _build_right(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(6, 0, 0, 0)
        self.title = section_label(self.tr("Pilih angkatan di sebelah kiri"))
        self.title.setWordWrap(True)  # long program and cohort names
        self.summary = hint_label("")
        v.addWidget(self.title)
        v.addWidget(self.summary)
        self.tabs = QTabWidget()
        v.addWidget(self.tabs, 1)

        # participants
        people = QWidget()
        pv = QVBoxLayout(people)
        self.enroll_button = button(self.tr("Daftarkan peserta…"), "add")
        self.withdraw_button = button(self.tr("Keluarkan…"))
        self.assess_button = button(self.tr("Nilai uji…"), "edit")
        self.graduate_button = button(self.tr("Luluskan"), "check")
        self.graduate_all_button = button(self.tr("Luluskan angkatan…"))
        self.graduate_all_button.setToolTip(self.tr(
            "Luluskan semua peserta yang sudah dinilai: yang kompeten lulus dan mendapat nomor "
            "sertifikat, yang belum kompeten tidak lulus."))
        self.certificate_button = button(self.tr("Cetak sertifikat"), "print")
        self.enroll_button.clicked.connect(self.enroll)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.assess_button.clicked.connect(self.assess)
        self.graduate_button.clicked.connect(self.graduate)
        self.graduate_all_button.clicked.connect(self.graduate_cohort)
        self.certificate_button.clicked.connect(self.print_certificates)
        self.enroll_button.setVisible(self.can_edit)
        self.withdraw_button.setVisible(self.can_edit)
        self.assess_button.setVisible(self.can_assess)
        self.graduate_button.setVisible(self.can_graduate)
        self.graduate_all_button.setVisible(self.can_graduate)
        # One wrapping row: the buttons move to a second line when the pane is narrow.
        people_bar = flow_toolbar(self.enroll_button, self.withdraw_button, self.assess_button,
                                  self.graduate_button, self.graduate_all_button,
                                  self.certificate_button)
        add_export_button(
            people_bar, self, self.ctx,
            lambda: self.tr("Peserta {track} {cohort}").format(
                track=self.cohort.track_name, cohort=self.cohort.name) if self.cohort
            else self.tr("Peserta angkatan"),
            lambda: self.enrollments, sensitive=True)
        pv.addLayout(people_bar)
        self.enrollments = DataTable([
            Column(self.tr("No. registrasi"), lambda e: e.reg_no, width=110),
            Column(self.tr("Nama"), lambda e: e.client_name, width=150),
            Column(self.tr("Status"), lambda e: e.status_name, width=84,
                   foreground=lambda e: GREEN if e.status == "lulus"
                   else GREY if e.status == "keluar" else None,
                   tooltip=lambda e: self.tr("Lulus {day}").format(day=fmt_date(e.graduated_on))
                   if e.graduated_on else None),
            Column(self.tr("Hadir"), lambda e: fmt_percent(e.attendance_percent),
                   lambda e: e.attendance_percent, ALIGN_RIGHT, width=70),
            Column(self.tr("Nilai"), lambda e: fmt_number(e.assessment_score, 1),
                   lambda e: e.assessment_score, ALIGN_RIGHT, width=48),
            Column(self.tr("Hasil uji"), lambda e: e.competency_result_name or "—", width=112,
                   foreground=lambda e: RED if e.competency_result == "belum_kompeten"
                   else None),
            Column(self.tr("No. sertifikat"), lambda e: e.certificate_no or "",
                   tooltip=lambda e: e.certificate_no),
        ], multi=True)
        self.enrollments.doubleClicked.connect(lambda _i: self.can_assess and self.assess())
        pv.addWidget(self.enrollments, 1)
        self.tabs.addTab(people, self.tr("Peserta"))

        # sessions
        sessions = QWidget()
        sv = QVBoxLayout(sessions)
        self.add_session = button(self.tr("Tambah pertemuan"), "add")
        self.edit_session = button(self.tr("Ubah"), "edit")
        self.delete_session = button(self.tr("Hapus"))
        self.add_session.clicked.connect(self.new_session)
        self.edit_session.clicked.connect(self.change_session)
        self.delete_session.clicked.connect(self.remove_session)
        for w in (self.add_session, self.edit_session, self.delete_session):
            w.setVisible(self.can_session)
        sv.addLayout(flow_toolbar(self.add_session, self.edit_session, self.delete_session))
        self.sessions = DataTable([
            Column(self.tr("Tanggal"), lambda x: fmt_date(x.session_date),
                   lambda x: x.session_date, width=140),
            Column(self.tr("JP"), lambda x: x.jp, align=ALIGN_RIGHT, width=45),
            Column(self.tr("Materi"), lambda x: x.topic or "", width=230),
            Column(self.tr("Pengajar"), lambda x: x.tutor_name or "—", width=140),
            Column(self.tr("Kehadiran"), lambda x: self.tr("{n} tercatat").format(n=x.recorded)
                   if x.recorded else self.tr("belum diisi"), lambda x: x.recorded,
                   ALIGN_CENTER),
        ])
        self.sessions.doubleClicked.connect(lambda _i: self.can_session and self.change_session())
        sv.addWidget(self.sessions, 1)
        self.tabs.addTab(sessions, self.tr("Pertemuan"))
        self._enable_cohort_actions(False)
        return box

    # ---------------------------------------------------------------------------------- loads

    def refresh(self) -> None:
        self._dirty = False
        self.load_tracks()

    def load_tracks(self) -> None:
        rows = self.call(training.list_tracks, include_inactive=self.show_inactive.isChecked())
        if rows is FAILED:
            return
        self.tracks.set_rows(rows, keep=lambda t: t.id)
        if self.tracks.current() is None:
            self.tracks.select_first()
        self.load_cohorts()

    def current_track(self) -> TrackView | None:
        return self.tracks.current()

    def load_cohorts(self) -> None:
        track = self.current_track()
        self.edit_track.setEnabled(track is not None)
        self.add_cohort.setEnabled(track is not None)
        if track is None:
            self.cohorts.set_rows([])
            self.show_cohort()
            return
        rows = self.call(training.list_cohorts, track_id=track.id)
        if rows is FAILED:
            return
        self.cohorts.set_rows(rows, keep=lambda c: c.id)
        if self.cohorts.current() is None:
            self.cohorts.select_first()
        self.show_cohort()

    def _enable_cohort_actions(self, on: bool) -> None:
        for w in (self.edit_cohort, self.status_button, self.enroll_button, self.withdraw_button,
                  self.assess_button, self.graduate_button, self.graduate_all_button,
                  self.certificate_button, self.add_session, self.edit_session,
                  self.delete_session):
            w.setEnabled(on)

    def show_cohort(self) -> None:
        self.cohort = self.cohorts.current()
        cohort = self.cohort
        self._enable_cohort_actions(cohort is not None)
        if cohort is None:
            self.title.setText(self.tr("Pilih angkatan di sebelah kiri"))
            self.summary.setText("")
            self.enrollments.set_rows([])
            self.sessions.set_rows([])
            return
        self.title.setText(f"{cohort.track_name} — {cohort.name}")
        # Each count with its own plural form (tr with n): "1 session", "2 sessions".
        capacity = (self.tr("{n} dari {cap} tempat", "", cohort.capacity).format(
                        n=cohort.enrolled, cap=cohort.capacity) if cohort.capacity
                    else self.tr("{n} peserta", "", cohort.enrolled).format(n=cohort.enrolled))
        sessions = self.tr("{n} pertemuan", "", cohort.sessions).format(n=cohort.sessions)
        hours = self.tr("{jp} dari {planned} JP", "", cohort.planned_jp).format(
            jp=cohort.jp_delivered, planned=cohort.planned_jp)
        self.summary.setText(self.tr(
            "Tutor: {tutor} · {start} s.d. {end} · Status: {status} · {capacity} · "
            "{sessions}, {hours}").format(
                tutor=cohort.tutor_name or self.tr("belum ditentukan"),
                start=fmt_date(cohort.start_date), end=fmt_date(cohort.end_date),
                status=cohort.status_name, capacity=capacity, sessions=sessions, hours=hours))
        self.load_enrollments()
        self.load_sessions()

    def load_enrollments(self) -> None:
        if self.cohort is None:
            return
        rows = self.call(training.list_enrollments, self.cohort.id)
        if rows is not FAILED:
            self.enrollments.set_rows(rows, keep=lambda e: e.id)

    def load_sessions(self) -> None:
        if self.cohort is None:
            return
        rows = self.call(training.list_sessions, self.cohort.id)
        if rows is not FAILED:
            self.sessions.set_rows(rows, keep=lambda x: x.id)

    def _changed(self, *, tracks: bool = False) -> None:
        """Reload what an edit touched and tell the other pages."""
        if tracks:
            self.load_tracks()
        else:
            self.reload_cohort()
        self.announce(*TRAINING_KINDS)

    def reload_cohort(self) -> None:
        """Reload the cohort list (counts change) keeping the selection."""
        self.load_cohorts()

    # ------------------------------------------------------------------------ program/cohort

    def new_track(self) -> None:
        dialog = TrackDialog(self.ctx, None, self)
        if dialog.exec():
            self.load_tracks()
            self.tracks.select_where(lambda t: t.id == dialog.result_view.id)
            self.announce(*TRAINING_KINDS)

    def change_track(self) -> None:
        track = self.current_track()
        if track is None:
            return
        if TrackDialog(self.ctx, track, self).exec():
            self._changed(tracks=True)

    def _tutors(self) -> list[tuple[str, int]]:
        try:
            return tutor_choices(self.ctx)
        except Exception:  # noqa: BLE001 - a chooser without tutors still lets the form open
            return []

    def _all_tracks(self) -> list[TrackView]:
        rows = self.call(training.list_tracks, include_inactive=True)
        return [] if rows is FAILED else rows

    def new_cohort(self) -> None:
        track = self.current_track()
        tracks = [t for t in self._all_tracks() if t.active]
        dialog = CohortDialog(self.ctx, tracks, self._tutors(), None,
                              track.id if track else None, self)
        if dialog.exec():
            new = dialog.result_view
            self.tracks.select_where(lambda t: t.id == new.track_id)
            self.load_cohorts()
            self.cohorts.select_where(lambda c: c.id == new.id)
            self.announce(*TRAINING_KINDS)

    def change_cohort(self) -> None:
        if self.cohort is None:
            return
        if CohortDialog(self.ctx, self._all_tracks(), self._tutors(), self.cohort,
                        parent=self).exec():
            self._changed()

    def set_status(self, status: str) -> None:
        cohort = self.cohort
        if cohort is None or cohort.status == status:
            return
        result = self.call(training.set_cohort_status, cohort.id, status, version=cohort.version)
        if result is not FAILED:
            self._changed()

    # ---------------------------------------------------------------------------- participants

    def enroll(self) -> None:
        if self.cohort is None:
            return
        taken = {e.client_id for e in self.enrollments.source.rows if e.status != "keluar"}
        dialog = EnrollDialog(self.ctx, self.cohort, taken, self)
        if dialog.exec():
            self._changed()
            self.announce(RecordKind.CLIENT)

    def _one_enrollment(self) -> EnrollmentView | None:
        rows = self.enrollments.selected()
        if not rows:
            show_info(self, self.tr("Pilih peserta"),
                      self.tr("Pilih dahulu seorang peserta pada daftar."))
            return None
        return rows[0]

    def withdraw(self) -> None:
        e = self._one_enrollment()
        if e is None:
            return
        reason = ask_text(self, self.tr("Keluarkan peserta"), self.tr(
            "{name} akan dikeluarkan dari angkatan ini per hari ini. Tuliskan alasannya "
            "(mis. sakit berkepanjangan, pindah UPT).").format(name=e.client_name),
            ok_text=self.tr("Keluarkan"))
        if reason is None:
            return
        if self.call(training.withdraw_enrollment, e.id, withdrawn_on=date.today(),
                     reason=reason, version=e.version) is not FAILED:
            self._changed()

    def assess(self) -> None:
        e = self._one_enrollment()
        if e is None:
            return
        if AssessmentDialog(self.ctx, e, self).exec():
            self.load_enrollments()
            self.announce(*TRAINING_KINDS)

    def _graduation_day(self, text: str) -> date | None:
        cohort = self.cohort
        default = min(date.today(), cohort.end_date) if cohort else date.today()
        return ask_date(self, self.tr("Tanggal kelulusan"), text, default,
                        ok_text=self.tr("Luluskan"))

    def graduate(self) -> None:
        from ...services import graduation

        rows = [e for e in self.enrollments.selected() if e.status == EnrollmentStatus.ACTIVE]
        if not rows:
            show_info(self, self.tr("Pilih peserta"), self.tr(
                "Pilih peserta aktif yang sudah dinilai kompeten untuk diluluskan."))
            return
        names = ", ".join(e.client_name for e in rows[:5]) + ("…" if len(rows) > 5 else "")
        day = self._graduation_day(self.tr(
            "Luluskan {n} peserta ({names})? Mereka mendapat nomor sertifikat dan jadwal "
            "bimbingan lanjut 3, 6 dan 12 bulan.", "", len(rows)).format(n=len(rows), names=names))
        if day is None:
            return
        def graduate_all(s: Any, actor: Any, lock_reason: str | None = None) -> None:
            for e in rows:  # one unit of work: all or nothing
                graduation.graduate(s, actor, e.id, graduated_on=day, version=e.version,
                                    lock_reason=lock_reason)

        if self.call(graduate_all, changes=(RecordKind.ENROLLMENT,
                                            RecordKind.FOLLOWUP)) is FAILED:
            return
        self._changed()

    def graduate_cohort(self) -> None:
        from ...services import graduation

        cohort = self.cohort
        if cohort is None:
            return
        day = self._graduation_day(self.tr(
            "Tetapkan kelulusan angkatan {name}: peserta yang kompeten lulus dan mendapat nomor "
            "sertifikat; yang belum kompeten dinyatakan tidak lulus. Peserta yang belum dinilai "
            "tetap aktif.").format(name=cohort.name))
        if day is None:
            return
        result = self.call(graduation.graduate_cohort, cohort.id, graduated_on=day)
        if result is FAILED:
            return
        passed = sum(1 for e in result if e.status == "lulus")
        show_info(self, self.tr("Kelulusan ditetapkan"), self.tr(
            "{passed} peserta lulus, {failed} tidak lulus.", "", passed).format(
                passed=passed, failed=len(result) - passed))
        self._changed()
        self.announce(RecordKind.FOLLOWUP)

    def print_certificates(self) -> None:
        rows = [e for e in self.enrollments.selected() if e.certificate_no]
        if not rows:
            rows = [e for e in self.enrollments.source.rows if e.certificate_no]
            if not rows:
                show_info(self, self.tr("Belum ada sertifikat"), self.tr(
                    "Sertifikat hanya untuk peserta yang sudah lulus. Luluskan peserta dahulu."))
                return
            if not ask_confirm(self, self.tr("Cetak sertifikat"), self.tr(
                    "Tidak ada peserta lulus yang dipilih. Cetak sertifikat semua {n} lulusan "
                    "angkatan ini?", "",
                            len(rows)).format(n=len(rows)), yes=self.tr("Cetak semua")):
                return
        try:
            from ...reports import generate_document
        except ImportError:
            show_info(self, self.tr("Belum tersedia"), self.tr(
                "Pencetakan sertifikat belum tersedia pada versi aplikasi ini."))
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder untuk menyimpan sertifikat"), documents_dir())
        if not folder:
            return
        ids = [e.id for e in rows]
        db, actor = self.ctx.db, self.ctx.actor

        step_text = self.tr("Sertifikat {i} dari {n}")  # the worker never touches widgets

        def work(progress: Any) -> list[Path]:
            out = []
            for i, enrollment_id in enumerate(ids):
                progress(step_text.format(i=i + 1, n=len(ids)), i / len(ids))
                out.append(Path(generate_document(db, actor, "certificate", id=enrollment_id,
                                                  out_dir=Path(folder))))
            return out

        def done(paths: list[Path]) -> None:
            if len(paths) == 1:
                open_file(paths[0])
            else:
                open_file(Path(folder))
            show_info(self, self.tr("Sertifikat dibuat"), self.tr(
                "{n} sertifikat disimpan di folder {folder}.", "", len(paths)).format(n=len(paths),
                                                                      folder=folder))

        from ..worker import run_in_background

        run_in_background(self, work, title=self.tr("Cetak sertifikat"),
                          label=self.tr("Membuat sertifikat…"), on_done=done)

    # -------------------------------------------------------------------------------- sessions

    def new_session(self) -> None:
        if self.cohort is None:
            return
        dialog = SessionDialog(self.ctx, self.cohort, self._tutors(), None, self)
        if dialog.exec():
            self._changed()
            self.sessions.select_where(lambda x: x.id == dialog.result_view.id)

    def _current_session(self) -> SessionView | None:
        return self.sessions.current()

    def change_session(self) -> None:
        session = self._current_session()
        if self.cohort is None or session is None:
            return
        if SessionDialog(self.ctx, self.cohort, self._tutors(), session, self).exec():
            self._changed()

    def remove_session(self) -> None:
        session = self._current_session()
        if session is None:
            return
        if not ask_confirm(self, self.tr("Hapus pertemuan"), self.tr(
                "Hapus pertemuan tanggal {day}? Pertemuan yang sudah berisi kehadiran tidak "
                "dapat dihapus.").format(day=fmt_date(session.session_date)),
                yes=self.tr("Hapus"), danger=True):
            return
        if self.call(training.delete_session, session.id) is not FAILED:
            self._changed()


__all__ = ["TrainingPage"]
