"""Tutors page: the list of tutors (instruktur) with search, one tutor's data, their agreements
(MoU/contract) and the JP taught and honorarium earned in a chosen date range."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.fields import TUTOR as TUTOR_FIELDS
from ...domain.vocab import PARTNER_KINDS, TUTOR_TYPES
from ...services import tutors as tutors_svc
from ...services.tutors import AgreementInput, AgreementView, TutorDetail, TutorInput, TutorRow
from .. import shortcuts, usecase
from ..context import AppContext
from ..export import add_export_button
from ..fields import apply_limits, label_of
from ..paging import PagedList
from ..widgets import (
    DateEdit,
    SearchEdit,
    VocabCombo,
    button,
    flow_toolbar,
    heading,
    hint_label,
    mark_invalid,
)
from ._common import (
    ALIGN_RIGHT,
    FAILED,
    Column,
    DataTable,
    FormDialog,
    MoneyEdit,
    PageBase,
    field_column,
    fmt_date,
    fmt_date_short,
    fmt_money,
    fmt_number,
    section_label,
    text_or_none,
    toolbar,
)

GREY = QColor("#6b7b88")
RED = QColor("#a12622")
GREEN = QColor("#23673a")


class AgreementDialog(FormDialog):
    """Add or edit a tutor's agreement (MoU or contract) with its honorarium rate."""

    changes = (RecordKind.TUTOR,)

    def __init__(self, ctx: AppContext, tutor: TutorDetail, agreement: AgreementView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Ubah perjanjian") if agreement
                         else self.tr("Perjanjian baru"), parent)
        self.tutor = tutor
        self.agreement = agreement
        self.form.addRow(QLabel(self.tr("Tutor: {name}").format(name=tutor.name)))
        self.number = QLineEdit(agreement.number if agreement else "")
        self.number.setPlaceholderText(self.tr("Nomor MoU atau kontrak"))
        today = date.today()
        self.start = DateEdit(value=agreement.start_date if agreement else today)
        self.end = DateEdit(value=agreement.end_date if agreement
                            else date(today.year, 12, 31))
        self.rate = MoneyEdit()
        self.rate.set_amount(agreement.rate_per_jp if agreement else tutor.rate_per_jp)
        self.notes = QPlainTextEdit(agreement.notes or "" if agreement else "")
        self.notes.setTabChangesFocus(True)  # Tab moves to the next field
        self.notes.setFixedHeight(60)
        self.add_field(self.tr("Nomor"), self.number, "number")
        self.add_field(self.tr("Berlaku mulai"), self.start, "start_date")
        self.add_field(self.tr("Berakhir"), self.end, "end_date")
        self.add_field(self.tr("Honorarium per JP"), self.rate, "rate_per_jp")
        self.add_field(self.tr("Catatan"), self.notes, "notes")
        self.finish_layout()

    def save(self, s: Any) -> AgreementView:
        data = AgreementInput(number=self.number.text(), start_date=self.start.value(),
                              end_date=self.end.value(), rate_per_jp=self.rate.amount(),
                              notes=text_or_none(self.notes))
        if self.agreement is None:
            return tutors_svc.add_agreement(s, self.ctx.actor, self.tutor.id, data)
        return tutors_svc.update_agreement(s, self.ctx.actor, self.agreement.id, data,
                                           version=self.agreement.version)


class TutorsPage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "tutors"

    topics = frozenset({RecordKind.TUTOR, RecordKind.COHORT, RecordKind.SESSION,
                        RecordKind.ATTENDANCE, RecordKind.USER})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.can("tutor.edit")
        self.detail: TutorDetail | None = None
        self.creating = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Tutor dan instruktur")))
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        splitter.addWidget(self._build_list())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._build_detail())
        splitter.addWidget(scroll)
        splitter.setSizes([500, 650])

    def import_excel(self) -> None:
        from ..imports import open_import_wizard

        open_import_wizard(self.ctx, self, "tutors")
        self.load()

    # ---------------------------------------------------------------------------------- build

    def _build_list(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 6, 0)
        self.search = SearchEdit(placeholder=self.tr("Cari nama, lembaga atau keahlian…"))
        self.search.search_changed.connect(lambda _t: self.load())
        self.new_button = button(self.tr("Tutor baru"), "add")
        self.new_button.clicked.connect(self.new_tutor)
        self.new_button.setVisible(self.can_edit)
        row = toolbar(self.search, self.new_button, stretch=False)
        add_export_button(row, self, self.ctx, self.tr("Daftar tutor"), lambda: self.table)
        v.addLayout(row)
        self.show_inactive = QCheckBox(self.tr("Tampilkan tutor nonaktif"))
        self.show_inactive.toggled.connect(lambda _on: self.load())
        self.import_button = button(self.tr("Impor Excel…"), "add")
        self.import_button.setToolTip(self.tr("Masukkan daftar tutor dari berkas Excel"))
        self.import_button.clicked.connect(self.import_excel)
        self.import_button.setVisible(self.ctx.can("import.run"))
        v.addLayout(toolbar(self.show_inactive, None, self.import_button))
        self.table = DataTable([
            field_column(TUTOR_FIELDS, "name", lambda r: r.name,
                   foreground=lambda r: None if r.active else GREY,
                   tooltip=lambda r: r.expertise),
            field_column(TUTOR_FIELDS, "tutor_type",
                         lambda r: self.tr("Internal") if r.tutor_type == "internal"
                         else self.tr("Eksternal") if r.tutor_type == "eksternal"
                         else r.type_name,
                   tooltip=lambda r: r.type_name, width=70),
            field_column(TUTOR_FIELDS, "institution", lambda r: r.institution or "—", width=120,
                   tooltip=lambda r: r.institution),
            Column(self.tr("Berlaku s.d."), lambda r: fmt_date_short(r.agreement_until)
                   if r.agreement_until else "—", lambda r: r.agreement_until, width=105,
                   foreground=lambda r: RED if r.tutor_type == "eksternal"
                   and not r.agreement_valid_today else None,
                   tooltip=lambda r: None if r.agreement_valid_today
                   else self.tr("Tidak ada perjanjian yang berlaku hari ini")),
            Column(self.tr("JP"), lambda r: fmt_number(r.jp_taught), lambda r: r.jp_taught,
                   ALIGN_RIGHT, width=55),
        ], stretch=0)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.open_selected())
        v.addWidget(self.table, 1)
        self.count_label = hint_label("")
        self.more_button = button(self.tr("Tampilkan lebih banyak"))
        v.addLayout(toolbar(self.count_label, None, self.more_button))
        self.paging = PagedList(
            self.table, self._fetch, more_button=self.more_button, count_label=self.count_label,
            count_text=lambda shown, total: self.tr("{n} tutor", "", total).format(n=total)
            if shown >= total else self.tr("Menampilkan {shown} dari {total} tutor", "",
                    total).format(
                shown=shown, total=total))
        return box

    def _build_detail(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(6, 0, 6, 0)
        self.title = section_label(self.tr("Pilih tutor"))
        v.addWidget(self.title)

        form = QGroupBox(self.tr("Data tutor"))
        grid = QGridLayout(form)
        grid.setHorizontalSpacing(10)
        self.name = QLineEdit()
        self.tutor_type = VocabCombo(TUTOR_TYPES)
        self.tutor_type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("18 digit, untuk ASN/PPPK"))
        self.partner_kind = VocabCombo(PARTNER_KINDS, empty_text=self.tr("— pilih —"))
        self.institution = QLineEdit()
        self.institution.setPlaceholderText(self.tr("mis. Politeknik Negeri Malang"))
        self.expertise = QLineEdit()
        self.expertise.setPlaceholderText(self.tr("mis. Refrigerasi dan tata udara"))
        self.certifications = QPlainTextEdit()
        self.certifications.setTabChangesFocus(True)  # Tab moves to the next field
        self.certifications.setPlaceholderText(self.tr("Sertifikat kompetensi, satu per baris"))
        self.certifications.setFixedHeight(52)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.rate = MoneyEdit()
        self.active = QCheckBox(self.tr("Aktif mengajar"))
        self.fields: dict[str, QWidget] = {
            "name": self.name, "tutor_type": self.tutor_type, "nip": self.nip,
            "partner_kind": self.partner_kind, "institution": self.institution,
            "expertise": self.expertise, "certifications": self.certifications,
            "phone": self.phone, "email": self.email, "rate_per_jp": self.rate,
        }
        # Labels and length limits from the field registry (domain/fields.py), one field per
        # line: the pane stays readable at 1024×768 without scrolling sideways.
        for name, widget in self.fields.items():
            apply_limits(widget, TUTOR_FIELDS[name])
        self.nip.setMaxLength(18)  # a NIP has 18 digits (the registry's limit is the column's)
        pairs: list[tuple[str, QWidget]] = [
            (label_of(TUTOR_FIELDS, name), widget) for name, widget in self.fields.items()
            if name != "certifications"]
        pairs.append(("", self.active))
        pairs.append((label_of(TUTOR_FIELDS, "certifications"), self.certifications))
        for i, (label, widget) in enumerate(pairs):
            grid.addWidget(QLabel(label), i, 0)
            grid.addWidget(widget, i, 1)
        grid.setColumnStretch(1, 1)
        self.save_button = button(self.tr("Simpan data tutor"), "save", primary=True)
        self.save_button.clicked.connect(self.save)
        shortcuts.bind_button(self.save_button, "save")
        self.save_button.setVisible(self.can_edit)
        grid.addLayout(toolbar(self.save_button), len(pairs), 0, 1, 2)
        v.addWidget(form)

        agreements = QGroupBox(self.tr("Perjanjian kerja sama (MoU/kontrak)"))
        av = QVBoxLayout(agreements)
        self.add_agreement = button(self.tr("Tambah perjanjian"), "add")
        self.edit_agreement = button(self.tr("Ubah"), "edit")
        self.add_agreement.clicked.connect(self.new_agreement)
        self.edit_agreement.clicked.connect(self.change_agreement)
        for w in (self.add_agreement, self.edit_agreement):
            w.setVisible(self.can_edit)
        self.agreement_state = QLabel()
        self.agreement_state.setWordWrap(True)
        av.addLayout(toolbar(self.add_agreement, self.edit_agreement))
        av.addWidget(self.agreement_state)
        self.agreements = DataTable([
            Column(self.tr("Nomor"), lambda a: a.number, tooltip=lambda a: a.number),
            Column(self.tr("Mulai"), lambda a: fmt_date_short(a.start_date),
                   lambda a: a.start_date, width=90),
            Column(self.tr("Berakhir"), lambda a: fmt_date_short(a.end_date),
                   lambda a: a.end_date, width=90),
            Column(self.tr("Tarif/JP"), lambda a: fmt_money(a.rate_per_jp),
                   lambda a: a.rate_per_jp, ALIGN_RIGHT, width=100),
            Column(self.tr("Berlaku"), lambda a: self.tr("Ya") if a.valid_today else "—",
                   foreground=lambda a: GREEN if a.valid_today else None, width=70),
            Column(self.tr("Catatan"), lambda a: a.notes or "", tooltip=lambda a: a.notes,
                   width=120),
        ], stretch=0)
        self.agreements.setMinimumHeight(110)
        self.agreements.doubleClicked.connect(lambda _i: self.can_edit
                                              and self.change_agreement())
        av.addWidget(self.agreements)
        v.addWidget(agreements)

        hours = QGroupBox(self.tr("Jam mengajar dan honorarium"))
        hv = QVBoxLayout(hours)
        today = date.today()
        self.hours_start = DateEdit(value=date(today.year, today.month, 1))
        self.hours_end = DateEdit(value=today)
        self.hours_button = button(self.tr("Hitung"), "percent")
        self.hours_button.clicked.connect(self.compute_hours)
        hv.addLayout(flow_toolbar(QLabel(self.tr("Dari")), self.hours_start,
                                  QLabel(self.tr("sampai")), self.hours_end, self.hours_button))
        self.hours_result = QLabel()
        self.hours_result.setWordWrap(True)
        hv.addWidget(self.hours_result)
        self.cohorts_label = hint_label("")
        hv.addWidget(self.cohorts_label)
        v.addWidget(hours)
        v.addStretch(1)
        self._set_form_enabled(False)
        return box

    # ---------------------------------------------------------------------------------- loads

    def refresh(self) -> None:
        self._dirty = False
        self.load()

    def _fetch(self, offset: int, limit: int) -> Any:
        return self.read(tutors_svc.list_tutor_page,
                         active_only=not self.show_inactive.isChecked(),
                         text=self.search.text().strip() or None, offset=offset, limit=limit)

    def load(self) -> None:
        if not self.paging.load():
            return
        if self.table.current() is None and not self.creating:
            self.table.select_first()
            if not self.paging.shown:
                self.show_detail(None)

    def current_row(self) -> TutorRow | None:
        return self.table.current()

    def open_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.creating = False
        detail = self.call(tutors_svc.get_tutor, row.id)
        if detail is not FAILED:
            self.show_detail(detail)

    def _set_form_enabled(self, on: bool) -> None:
        editable = on and self.can_edit
        for w in self.fields.values():
            w.setEnabled(editable)
        self.active.setEnabled(editable)
        self.save_button.setEnabled(editable)
        if editable:
            self._type_changed()
        has_tutor = on and self.detail is not None
        self.add_agreement.setEnabled(has_tutor and self.can_edit)
        self.edit_agreement.setEnabled(has_tutor and self.can_edit)
        self.hours_button.setEnabled(has_tutor)

    def _type_changed(self) -> None:
        external = self.tutor_type.code() == "eksternal"
        if not self.can_edit:
            return
        self.nip.setEnabled(not external)
        self.partner_kind.setEnabled(external)
        if external:
            self.nip.clear()
        else:
            self.partner_kind.set_code(None)

    def show_detail(self, detail: TutorDetail | None) -> None:
        self.detail = detail
        for w in self.fields.values():
            mark_invalid(w, False)
        if detail is None:
            self.title.setText(self.tr("Belum ada tutor") if not self.creating
                               else self.tr("Tutor baru"))
            for w in (self.name, self.nip, self.institution, self.expertise, self.phone,
                      self.email):
                w.clear()
            self.certifications.clear()
            self.tutor_type.set_code("internal" if not self.creating else "eksternal")
            self.partner_kind.set_code(None)
            self.rate.set_amount(0)
            self.active.setChecked(True)
            self.agreements.set_rows([])
            self.agreement_state.setText("")
            self.hours_result.setText("")
            self.cohorts_label.setText("")
            self._set_form_enabled(self.creating)
            return
        self.title.setText(f"{detail.name} — {detail.type_name}")
        self.name.setText(detail.name)
        self.tutor_type.set_code(detail.tutor_type)
        self.nip.setText(detail.nip or "")
        self.partner_kind.set_code(detail.partner_kind)
        self.institution.setText(detail.institution or "")
        self.expertise.setText(detail.expertise or "")
        self.certifications.setPlainText(detail.certifications or "")
        self.phone.setText(detail.phone or "")
        self.email.setText(detail.email or "")
        self.rate.set_amount(detail.rate_per_jp)
        self.active.setChecked(detail.active)
        self.agreements.set_rows(detail.agreements)
        if detail.agreement_valid_today:
            self.agreement_state.setText(self.tr("Ada perjanjian yang berlaku hari ini."))
            self.agreement_state.setObjectName("ok")
        elif detail.tutor_type == "eksternal":
            self.agreement_state.setText(self.tr("Tidak ada perjanjian yang berlaku hari ini."))
            self.agreement_state.setObjectName("warning")
        else:
            self.agreement_state.setText("")
        self.agreement_state.style().unpolish(self.agreement_state)  # object-name colour
        self.agreement_state.style().polish(self.agreement_state)
        cohorts = ", ".join(f"{c.track_name} {c.cohort_name}" for c in detail.cohorts[:6])
        self.cohorts_label.setText(
            self.tr("Total {jp} JP mengajar. Angkatan: {cohorts}", "",
                    detail.jp_taught_total).format(
                jp=fmt_number(detail.jp_taught_total), cohorts=cohorts or "—"))
        self.hours_result.setText("")
        self._set_form_enabled(True)

    # ---------------------------------------------------------------------------------- edits

    def new_tutor(self) -> None:
        self.creating = True
        self.table.clearSelection()
        self.show_detail(None)
        self.name.setFocus()

    def _input(self) -> TutorInput:
        external = self.tutor_type.code() == "eksternal"
        return TutorInput(
            name=self.name.text(), tutor_type=self.tutor_type.code() or "",
            nip=None if external else text_or_none(self.nip),
            partner_kind=self.partner_kind.code() if external else None,
            institution=text_or_none(self.institution), expertise=text_or_none(self.expertise),
            certifications=text_or_none(self.certifications), phone=text_or_none(self.phone),
            email=text_or_none(self.email), rate_per_jp=self.rate.amount(),
            active=self.active.isChecked())

    def save(self) -> None:
        data = self._input()
        # A refusal is shown at its field; the form keeps what was typed.
        if self.creating or self.detail is None:
            detail = usecase.run(self, self.ctx, tutors_svc.create_tutor, data,
                                 fields=self.fields, on_reload=self.open_selected)
        else:
            detail = usecase.run(self, self.ctx, tutors_svc.update_tutor, self.detail.id, data,
                                 version=self.detail.version, fields=self.fields,
                                 on_reload=self.open_selected)
        if detail is FAILED:
            return
        self.creating = False
        if not detail.active and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)  # keep the edited tutor in view
        self.load()
        self.table.select_where(lambda r: r.id == detail.id)
        self.show_detail(detail)
        self.announce(RecordKind.TUTOR)

    def _reload_detail(self) -> None:
        if self.detail is None:
            return
        detail = self.call(tutors_svc.get_tutor, self.detail.id)
        if detail is not FAILED:
            self.show_detail(detail)
            self.load()
            self.announce(RecordKind.TUTOR)

    def new_agreement(self) -> None:
        if self.detail is None:
            return
        if AgreementDialog(self.ctx, self.detail, None, self).exec():
            self._reload_detail()

    def change_agreement(self) -> None:
        agreement = self.agreements.current()
        if self.detail is None or agreement is None:
            return
        if AgreementDialog(self.ctx, self.detail, agreement, self).exec():
            self._reload_detail()

    def compute_hours(self) -> None:
        if self.detail is None:
            return
        hours = self.call(tutors_svc.tutor_hours, self.detail.id, self.hours_start.value(),
                          self.hours_end.value())
        if hours is FAILED:
            return
        text = self.tr(
            "<b>{jp} JP</b> dalam {sessions}, {start} s.d. {end}. "
            "Honorarium: <b>{money}</b>.", "", hours.jp).format(
                jp=fmt_number(hours.jp),
                sessions=self.tr("{n} pertemuan", "", hours.sessions).format(n=hours.sessions),
                start=fmt_date(self.hours_start.value()), end=fmt_date(self.hours_end.value()),
                money=fmt_money(hours.honorarium))
        rates = getattr(hours, "jp_by_rate", {}) or {}
        if len(rates) > 1:
            text += "<br>" + "; ".join(
                self.tr("{jp} JP × {rate}", "", jp).format(jp=jp, rate=fmt_money(rate))
                for rate, jp in rates.items())
        without = getattr(hours, "jp_without_agreement", 0)
        if without and self.detail.tutor_type == "eksternal":
            text += "<br>" + self.tr(
                "{jp} JP tidak tercakup perjanjian yang berlaku; dihitung dengan tarif tutor.", "",
                        without) \
                .format(jp=without)
        self.hours_result.setText(text)


__all__ = ["AgreementDialog", "TutorsPage"]
