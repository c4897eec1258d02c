"""Dialogs of the training pages: program, cohort, session, enrollment of many clients, and the
competency assessment of one participant."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.codes import ClientStatus
from ...domain.errors import ValidationError
from ...domain.fields import COHORT as COHORT_FIELDS
from ...domain.vocab import COMPETENCY_RESULTS
from ...services import training
from ...services.training import (
    CohortInput,
    CohortView,
    SessionInput,
    SessionView,
    TrackInput,
    TrackView,
)
from .. import usecase
from ..context import AppContext
from ..widgets import DateEdit, SearchEdit, VocabCombo, hint_label
from ._common import ROOT, AnyIndex, FormDialog, combo_select_data, fmt_date, text_or_none


def _spin(minimum: int, maximum: int, value: int = 0, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    if suffix:
        box.setSuffix(suffix)
    box.setMinimumWidth(110)
    return box


# ---------------------------------------------------------------------------------- track


class TrackDialog(FormDialog):
    """Add or edit a training program (program keterampilan)."""

    changes = (RecordKind.TRACK,)

    def __init__(self, ctx: AppContext, track: TrackView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Ubah program") if track else self.tr("Program baru"),
                         parent)
        self.track = track
        self.code = QLineEdit(track.code if track else "")
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("mis. AC, BOGA, JAHIT"))
        self.name = QLineEdit(track.name if track else "")
        self.name.setPlaceholderText(self.tr("mis. Reparasi AC"))
        self.description = QPlainTextEdit(track.description or "" if track else "")
        self.description.setTabChangesFocus(True)  # Tab moves to the next field
        self.description.setFixedHeight(70)
        self.total_jp = _spin(0, 5000, track.total_jp if track else 0, self.tr(" JP"))
        self.active = QCheckBox(self.tr("Program aktif (dapat membuka angkatan baru)"))
        self.active.setChecked(track.active if track else True)
        self.add_field(self.tr("Kode"), self.code, "code")
        self.add_field(self.tr("Nama program"), self.name, "name")
        self.add_field(self.tr("Keterangan"), self.description, "description")
        self.add_field(self.tr("Jumlah JP"), self.total_jp, "total_jp")
        self.add_field("", self.active, "active")
        self.finish_layout()

    def save(self, s: Any) -> TrackView:
        data = TrackInput(code=self.code.text(), name=self.name.text(),
                          description=text_or_none(self.description),
                          total_jp=self.total_jp.value(), active=self.active.isChecked())
        if self.track is None:
            return training.create_track(s, self.ctx.actor, data)
        return training.update_track(s, self.ctx.actor, self.track.id, data,
                                     version=self.track.version)


# --------------------------------------------------------------------------------- cohort


class CohortDialog(FormDialog):
    """Add or edit a cohort (angkatan) with its tutor, dates and planned JP."""

    changes = (RecordKind.COHORT,)
    registry = COHORT_FIELDS

    def __init__(self, ctx: AppContext, tracks: list[TrackView], tutors: list[tuple[str, int]],
                 cohort: CohortView | None = None, track_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Ubah angkatan") if cohort else self.tr("Angkatan baru"),
                         parent)
        self.cohort = cohort
        self.track = QComboBox()
        for t in tracks:
            self.track.addItem(t.name, t.id)
        combo_select_data(self.track, cohort.track_id if cohort else track_id)
        self.name = QLineEdit(cohort.name if cohort else "")
        self.name.setPlaceholderText(self.tr("mis. Angkatan I 2026"))
        today = date.today()
        self.start = DateEdit(value=cohort.start_date if cohort else today, field="start_date",
                              label=self.tr("Tanggal mulai"))
        self.end = DateEdit(value=cohort.end_date if cohort else today, field="end_date",
                            label=self.tr("Tanggal selesai"))
        self.tutor = QComboBox()
        self.tutor.addItem(self.tr("— belum ditentukan —"), None)
        for label, tutor_id in tutors:
            self.tutor.addItem(label, tutor_id)
        if cohort and cohort.tutor_id is not None and self.tutor.findData(cohort.tutor_id) < 0:
            self.tutor.addItem(cohort.tutor_name, cohort.tutor_id)
        combo_select_data(self.tutor, cohort.tutor_id if cohort else None)
        self.planned_jp = _spin(0, 5000, cohort.planned_jp if cohort else 0, self.tr(" JP"))
        self.capacity = _spin(0, 1000, cohort.capacity if cohort else 0, self.tr(" orang"))
        self.capacity.setSpecialValueText(self.tr("tanpa batas"))
        self.add_spec("track_id", self.track)
        self.add_spec("name", self.name)
        self.add_spec("start_date", self.start)
        self.add_spec("end_date", self.end)
        self.add_spec("tutor_id", self.tutor)
        self.add_spec("planned_jp", self.planned_jp)
        self.add_spec("capacity", self.capacity)
        self.finish_layout()

    def save(self, s: Any) -> CohortView:
        data = CohortInput(track_id=self.track.currentData(), name=self.name.text(),
                           start_date=self.start.value(), end_date=self.end.value(),
                           tutor_id=self.tutor.currentData(),
                           planned_jp=self.planned_jp.value(), capacity=self.capacity.value())
        if self.cohort is None:
            return training.create_cohort(s, self.ctx.actor, data)
        return training.update_cohort(s, self.ctx.actor, self.cohort.id, data,
                                      version=self.cohort.version)


# -------------------------------------------------------------------------------- session


class SessionDialog(FormDialog):
    """Add or edit a session (pertemuan): date, JP, topic and who taught it."""

    changes = (RecordKind.SESSION,)

    def __init__(self, ctx: AppContext, cohort: CohortView, tutors: list[tuple[str, int]],
                 session: SessionView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Ubah pertemuan") if session
                         else self.tr("Pertemuan baru"), parent)
        self.cohort = cohort
        self.session = session
        info = QLabel(self.tr("Angkatan: {name} ({start} s.d. {end})").format(
            name=cohort.name, start=fmt_date(cohort.start_date), end=fmt_date(cohort.end_date)))
        info.setWordWrap(True)
        self.form.addRow(info)
        default_day = session.session_date if session else min(
            max(date.today(), cohort.start_date), cohort.end_date)
        self.day = DateEdit(value=default_day)
        self.jp = _spin(1, 12, session.jp if session else 2, self.tr(" JP"))
        self.topic = QLineEdit(session.topic or "" if session else "")
        self.topic.setPlaceholderText(self.tr("Materi yang diajarkan"))
        self.tutor = QComboBox()
        cohort_tutor = cohort.tutor_name or self.tr("belum ditentukan")
        self.tutor.addItem(self.tr("Tutor angkatan ({name})").format(name=cohort_tutor), None)
        for label, tutor_id in tutors:
            if tutor_id != cohort.tutor_id:
                self.tutor.addItem(label, tutor_id)
        if session and session.tutor_id not in (None, cohort.tutor_id):
            if self.tutor.findData(session.tutor_id) < 0:
                self.tutor.addItem(session.tutor_name, session.tutor_id)
            combo_select_data(self.tutor, session.tutor_id)
        self.add_field(self.tr("Tanggal"), self.day, "session_date")
        self.add_field(self.tr("Jumlah JP"), self.jp, "jp")
        self.add_field(self.tr("Materi"), self.topic, "topic")
        self.add_field(self.tr("Pengajar"), self.tutor, "tutor_id")
        self.finish_layout()

    def save(self, s: Any) -> SessionView:
        data = SessionInput(session_date=self.day.value(), jp=self.jp.value(),
                            topic=text_or_none(self.topic), tutor_id=self.tutor.currentData())
        if self.session is None:
            return training.add_session(s, self.ctx.actor, self.cohort.id, data,
                                        lock_reason=self.lock_reason,
                                        confirmed=self.confirmed)
        return training.update_session(s, self.ctx.actor, self.session.id, data,
                                       version=self.session.version,
                                       lock_reason=self.lock_reason, confirmed=self.confirmed)


# --------------------------------------------------------------------------------- enroll


class CheckListModel(QAbstractListModel):
    """Clients found by the search, each with a check box; checks survive a new search."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[int, str]] = []
        self.checked: dict[int, str] = {}

    def set_items(self, items: list[tuple[int, str]]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        client_id, label = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if client_id in self.checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.UserRole:
            return client_id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        client_id, label = self.items[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.set_checked(client_id, label, state == Qt.CheckState.Checked)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, client_id: int, label: str, on: bool) -> None:
        if on:
            self.checked[client_id] = label
        else:
            self.checked.pop(client_id, None)

    def toggle_row(self, row: int) -> None:
        client_id, label = self.items[row]
        self.set_checked(client_id, label, client_id not in self.checked)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def check_all_shown(self, on: bool) -> None:
        for client_id, label in self.items:
            self.set_checked(client_id, label, on)
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])


class EnrollDialog(FormDialog):
    """Enroll many active clients into one cohort at once: search, tick, save."""

    changes = (RecordKind.ENROLLMENT,)

    SHOWN = 200

    def __init__(self, ctx: AppContext, cohort: CohortView, enrolled_ids: set[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Daftarkan peserta ke {name}").format(name=cohort.name),
                         parent, ok_text=self.tr("Daftarkan"), width=560)
        self.cohort = cohort
        self.enrolled_ids = enrolled_ids
        self.day = DateEdit(value=min(max(date.today(), cohort.start_date), cohort.end_date))
        self.add_field(self.tr("Tanggal masuk"), self.day, "enrolled_on")
        self.search = SearchEdit(placeholder=self.tr("Cari nama, NIK atau nomor registrasi…"))
        self.search.search_changed.connect(self.load)
        self.layout_.addWidget(self.search)
        self.model = CheckListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setMinimumHeight(320)
        self.list.setUniformItemSizes(True)
        self.list.activated.connect(lambda index: self.model.toggle_row(index.row()))
        self.model.dataChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.fields["client_ids"] = self.list
        self.layout_.addWidget(self.list)
        row = QHBoxLayout()
        all_button = QPushButton(self.tr("Centang semua yang tampil"))
        all_button.clicked.connect(lambda: self.model.check_all_shown(True))
        none_button = QPushButton(self.tr("Hapus semua centang"))
        none_button.clicked.connect(self._clear)
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        self.count = QLabel()
        row.addWidget(self.count)
        self.layout_.addLayout(row)
        self.shown_hint = hint_label("")
        self.layout_.addWidget(self.shown_hint)
        self.finish_layout()
        self.load("")

    def _clear(self) -> None:
        self.model.checked.clear()
        self.model.check_all_shown(False)

    def _update_count(self, *_args: Any) -> None:
        n = len(self.model.checked)
        self.count.setText(self.tr("{n} klien dipilih", "", n).format(n=n))
        self.ok_button.setEnabled(n > 0)

    def load(self, text: str) -> None:
        from ...services.clients import ClientQuery, search_clients

        query = ClientQuery(text=text or None, status=ClientStatus.RESIDENT, sort="name",
                            limit=self.SHOWN)
        page = usecase.run(self, self.ctx, search_clients, query)
        if page is usecase.FAILED:
            return
        items = [
            (r.id, f"{r.name} — {r.reg_no}"
                   + (f" · {r.ppks_name}" if r.ppks_name else "")
                   + (f" · {r.age} th" if r.age is not None else ""))
            for r in page.rows if r.id not in self.enrolled_ids
        ]
        self.model.set_items(items)
        if page.total > len(page.rows):
            self.shown_hint.setText(self.tr(
                "Menampilkan {shown} dari {total} klien aktif; ketik nama untuk mencari yang "
                "lain. Centang tetap tersimpan saat mencari.", "", page.total).format(
                    shown=len(page.rows), total=page.total))
        else:
            self.shown_hint.setText(self.tr("{total} klien aktif ditemukan.", "",
                    page.total).format(
                total=page.total))

    def selected_ids(self) -> list[int]:
        return list(self.model.checked)

    def save(self, s: Any) -> Any:
        ids = self.selected_ids()
        if not ids:
            raise ValidationError(self.tr("Centang minimal satu klien."), "client_ids")
        return training.enroll_clients(s, self.ctx.actor, self.cohort.id, ids,
                                       enrolled_on=self.day.value(),
                                       lock_reason=self.lock_reason, confirmed=self.confirmed)


# ---------------------------------------------------------------------------- assessment


class AssessmentDialog(FormDialog):
    """The competency assessment (uji kompetensi) of one participant."""

    changes = (RecordKind.ENROLLMENT,)

    def __init__(self, ctx: AppContext, enrollment: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Hasil uji kompetensi"), parent)
        self.enrollment = enrollment
        who = QLabel(f"<b>{enrollment.client_name}</b> ({enrollment.reg_no})")
        self.form.addRow(who)
        self.score = QDoubleSpinBox()
        self.score.setRange(-1, 100)
        self.score.setDecimals(1)
        self.score.setSpecialValueText(self.tr("tanpa nilai angka"))
        self.score.setValue(enrollment.assessment_score
                            if enrollment.assessment_score is not None else -1)
        self.outcome = VocabCombo(COMPETENCY_RESULTS)
        self.outcome.set_code(enrollment.competency_result or "kompeten")
        self.day = DateEdit(value=enrollment.assessed_on or date.today())
        self.assessor = QLineEdit(enrollment.assessor or "")
        self.assessor.setPlaceholderText(self.tr("Nama penguji/asesor (boleh kosong)"))
        self.add_field(self.tr("Nilai (0–100)"), self.score, "score")
        self.add_field(self.tr("Hasil"), self.outcome, "result")
        self.add_field(self.tr("Tanggal uji"), self.day, "assessed_on")
        self.add_field(self.tr("Penguji"), self.assessor, "assessor")
        self.finish_layout()

    def save(self, s: Any) -> Any:
        from ...services import graduation

        score = self.score.value()
        return graduation.record_assessment(
            s, self.ctx.actor, self.enrollment.id,
            score=None if score < 0 else score, result=self.outcome.code() or "",
            assessed_on=self.day.value(), assessor=text_or_none(self.assessor),
            version=self.enrollment.version, lock_reason=self.lock_reason)


def tutor_choices(ctx: AppContext) -> list[tuple[str, int]]:
    """(label, id) of the active tutors for choosers; a tutor sees only themself."""
    from ...services.tutors import list_tutors

    if not ctx.can("tutor.view"):
        if ctx.actor.tutor_id is not None:
            return [(ctx.actor.full_name or ctx.actor.username, ctx.actor.tutor_id)]
        return []
    rows = usecase.fetch(ctx, list_tutors, active_only=True)
    return [(f"{r.name} — {r.institution}" if r.institution else r.name, r.id) for r in rows]


__all__ = ["AssessmentDialog", "CohortDialog", "EnrollDialog", "SessionDialog", "TrackDialog",
           "tutor_choices"]
