"""Follow-up page (bimbingan lanjut): the follow-ups due, overdue and done, recording what a
graduate does now in a few keystrokes, and the track effectiveness table — which training tracks
actually lead to a living."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.errors import ConfirmationRequired
from ...domain.fields import FOLLOWUP as FOLLOWUP_FIELDS
from ...domain.vocab import AID_CONDITIONS, EARNING_OUTCOMES, FOLLOWUP_METHODS, FOLLOWUP_OUTCOMES
from ...services import followups as followups_svc
from ...services.followups import FollowUpInput, FollowUpRow, TrackEffect
from ..context import AppContext
from ..export import add_export_button
from ..paging import PagedList
from ..widgets import (
    DateEdit,
    SearchEdit,
    VocabCombo,
    ask_confirm,
    button,
    error_text,
    heading,
    hint_label,
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
    fmt_percent,
    text_or_none,
    toolbar,
)

RED = QColor("#a12622")
GREEN = QColor("#23673a")
STATES = (("due", "Jatuh tempo"), ("overdue", "Terlambat"), ("done", "Selesai"),
          ("all", "Semua"))


class FollowUpDialog(FormDialog):
    """Record (or correct) what a follow-up found."""

    changes = (RecordKind.FOLLOWUP,)
    registry = FOLLOWUP_FIELDS

    def __init__(self, ctx: AppContext, row: FollowUpRow, current: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Hasil bimbingan lanjut"), parent, width=520)
        self.row = row
        header = QLabel(self.tr(
            "<b>{name}</b> ({reg})<br>{track} — {cohort}, lulus {graduated}<br>"
            "Bimbingan lanjut bulan ke-{months}, jatuh tempo {due}").format(
                name=row.client_name, reg=row.reg_no, track=row.track_name,
                cohort=row.cohort_name, graduated=fmt_date(row.graduated_on),
                months=row.months_after, due=fmt_date(row.due_date)))
        header.setWordWrap(True)
        self.form.addRow(header)
        self.day = DateEdit(value=(current.done_date if current and current.done_date
                                   else date.today()))
        self.method = VocabCombo(FOLLOWUP_METHODS)
        self.method.set_code(current.method if current and current.method else "telepon")
        self.outcome = VocabCombo(FOLLOWUP_OUTCOMES)
        self.outcome.set_code(current.outcome if current and current.outcome else "bekerja")
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_changed())
        self.employer = QLineEdit(current.employer_or_business or "" if current else "")
        self.employer.setPlaceholderText(self.tr("Nama tempat kerja atau usaha"))
        self.income = MoneyEdit(maximum=1e10)
        self.income.set_amount(current.monthly_income if current else 0)
        self.aid = QLineEdit(current.aid_received or "" if current else "")
        self.aid.setPlaceholderText(self.tr("mis. mesin jahit dan obras (kosongkan bila tidak)"))
        self.aid.textChanged.connect(lambda _t: self._aid_changed())
        self.aid_condition = VocabCombo(AID_CONDITIONS, empty_text=self.tr("—"))
        self.aid_condition.set_code(current.aid_condition if current else None)
        self.notes = QPlainTextEdit(current.notes or "" if current else "")
        self.notes.setTabChangesFocus(True)  # Tab moves to the next field
        self.notes.setFixedHeight(56)
        self.add_spec("done_date", self.day)
        self.add_spec("method", self.method)
        self.add_spec("outcome", self.outcome)
        self.add_spec("employer_or_business", self.employer)
        self.add_spec("monthly_income", self.income)
        self.add_spec("aid_received", self.aid)
        self.add_spec("aid_condition", self.aid_condition)
        self.add_spec("notes", self.notes)
        self.finish_layout()
        self._outcome_changed()
        self._aid_changed()
        self.method.setFocus()

    def _outcome_changed(self) -> None:
        earning = self.outcome.code() in EARNING_OUTCOMES
        self.income.setEnabled(earning)
        self.employer.setEnabled(earning or self.outcome.code() == "sekolah")
        if not earning:
            self.income.set_amount(0)

    def _aid_changed(self) -> None:
        has_aid = bool(self.aid.text().strip())
        self.aid_condition.setEnabled(has_aid)
        if has_aid and self.aid_condition.code() is None:
            self.aid_condition.set_code("dipakai")
        if not has_aid:
            self.aid_condition.set_code(None)

    def save(self, s: Any) -> Any:
        earning = self.outcome.code() in EARNING_OUTCOMES
        income = self.income.amount() if earning and self.income.amount() > 0 else None
        data = FollowUpInput(
            done_date=self.day.value(), method=self.method.code() or "",
            outcome=self.outcome.code() or "",
            employer_or_business=text_or_none(self.employer) if self.employer.isEnabled()
            else None,
            monthly_income=income, aid_received=text_or_none(self.aid),
            aid_condition=self.aid_condition.code() if text_or_none(self.aid) else None,
            notes=text_or_none(self.notes))
        try:
            return followups_svc.record_followup(s, self.ctx.actor, self.row.id, data,
                                                 version=self.row.version,
                                                 lock_reason=self.lock_reason)
        except ConfirmationRequired as exc:
            # Nothing was written: ask, then save the same data confirmed (or stay open).
            if not ask_confirm(self, self.tr("Penghasilan tidak biasa"), error_text(exc),
                               yes=self.tr("Ya, angkanya benar"),
                               no=self.tr("Periksa lagi")):
                exc.declined = True  # type: ignore[attr-defined]  # answered: no second box
                raise
            return followups_svc.record_followup(s, self.ctx.actor, self.row.id, data,
                                                 version=self.row.version,
                                                 confirm_high_income=True,
                                                 lock_reason=self.lock_reason)


class FollowUpsPage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "followups"

    topics = frozenset({RecordKind.FOLLOWUP, RecordKind.ENROLLMENT, RecordKind.COHORT,
                        RecordKind.TRACK, RecordKind.CLIENT})
    PAGE = 200

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.can("followup.edit")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Bimbingan lanjut lulusan")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_list(), self.tr("Daftar bimbingan lanjut"))
        self.tabs.addTab(self._build_effect(), self.tr("Efektivitas program"))
        self.tabs.currentChanged.connect(lambda i: i == 1 and self.load_effect())

    def import_excel(self) -> None:
        from ..imports import open_import_wizard

        open_import_wizard(self.ctx, self, "followups")  # the import announces the change

    def _build_list(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        self.state_bar = QTabBar()
        for _code, name in STATES:
            self.state_bar.addTab(self.tr(name))
        self.state_bar.currentChanged.connect(lambda _i: self.load())
        self.track_filter = QComboBox()
        self.track_filter.setMinimumWidth(200)
        self.track_filter.currentIndexChanged.connect(lambda _i: self.load())
        self.record_button = button(self.tr("Catat hasil…"), "edit", primary=True)
        self.record_button.clicked.connect(self.record)
        self.record_button.setVisible(self.can_edit)
        self.search = SearchEdit(placeholder=self.tr("Cari nama atau no. registrasi"))
        self.search.setMinimumWidth(200)
        self.search.search_changed.connect(lambda _t: self.load())
        self.import_button = button(self.tr("Impor Excel…"), "add")
        self.import_button.setToolTip(self.tr(
            "Masukkan hasil bimbingan lanjut yang dicatat di Excel"))
        self.import_button.clicked.connect(self.import_excel)
        # recording results needs both rights: the import records through the same use case
        self.import_button.setVisible(self.can_edit and self.ctx.can("import.run"))
        v.addLayout(toolbar(self.state_bar, None, self.import_button, self.record_button))
        v.addLayout(toolbar(self.search, QLabel(self.tr("Program")), self.track_filter))
        # Said after a save: the row may leave the list it was in (e.g. 'Jatuh tempo').
        self.saved_label = QLabel()
        self.saved_label.setObjectName("ok")
        self.saved_label.setWordWrap(True)
        self.saved_label.hide()
        v.addWidget(self.saved_label)
        self.table = DataTable([
            Column(self.tr("Nama"), lambda r: r.client_name, width=170),
            Column(self.tr("No. registrasi"), lambda r: r.reg_no, width=112),
            Column(self.tr("Program / angkatan"), lambda r: f"{r.track_name} — {r.cohort_name}",
                   tooltip=lambda r: f"{r.track_name} — {r.cohort_name}", width=205),
            Column(self.tr("Lulus"), lambda r: fmt_date_short(r.graduated_on),
                   lambda r: r.graduated_on, width=85),
            field_column(FOLLOWUP_FIELDS, "months_after", lambda r: r.months_after,
                         align=ALIGN_RIGHT, width=75),
            field_column(FOLLOWUP_FIELDS, "due_date", lambda r: fmt_date_short(r.due_date),
                   lambda r: r.due_date, width=100,
                   foreground=lambda r: RED if r.overdue_days > 0 and not r.done_date
                   else None),
            Column(self.tr("Terlambat"), lambda r: self.tr("{n} hari", "",
                    r.overdue_days).format(n=r.overdue_days)
                   if r.overdue_days > 0 and not r.done_date else "",
                   lambda r: r.overdue_days, ALIGN_RIGHT, width=85,
                   foreground=lambda r: RED),
            field_column(FOLLOWUP_FIELDS, "outcome", lambda r: r.outcome_name or "", width=120,
                   foreground=lambda r: GREEN if r.outcome in EARNING_OUTCOMES else None),
            field_column(FOLLOWUP_FIELDS, "monthly_income", lambda r: fmt_money(r.monthly_income),
                   lambda r: r.monthly_income, ALIGN_RIGHT),
        ])
        # 'activated' is Enter on a row and, on Windows and Linux, a double click.
        self.table.activated.connect(lambda _i: self.can_edit and self.record())
        v.addWidget(self.table, 1)
        self.more_button = button(self.tr("Tampilkan lebih banyak"))
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.paging = PagedList(
            self.table, self._fetch, more_button=self.more_button, count_label=self.count_label,
            page_size=self.PAGE,
            on_update=lambda: self.record_button.setEnabled(self.paging.shown > 0))
        row = toolbar(self.count_label, None, self.more_button)
        add_export_button(row, self, self.ctx, self.tr("Bimbingan lanjut"), lambda: self.table,
                          sensitive=True)
        v.addLayout(row)
        return box

    def _build_effect(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        self.effect_start = DateEdit(optional=True)
        self.effect_end = DateEdit(optional=True)
        for edit in (self.effect_start, self.effect_end):
            edit.clear_value()  # empty = no limit
        show = button(self.tr("Tampilkan"), "refresh")
        show.clicked.connect(self.load_effect)
        v.addLayout(toolbar(QLabel(self.tr("Lulus dari")), self.effect_start,
                            QLabel(self.tr("sampai")), self.effect_end, show))
        v.addWidget(hint_label(self.tr(
            "Per program: lulusan pada rentang tanggal itu (kosong = semua) dan hasil bimbingan "
            "lanjut terakhir mereka. 'Bekerja/usaha' = bekerja, wirausaha atau KUBE; "
            "persentase dihitung dari lulusan yang sudah dipantau.")))
        widths = {"bekerja": 72, "wirausaha": 90, "kube": 60, "sekolah": 104,
                  "tidak_bekerja": 80, "tidak_terjangkau": 100}
        outcome_columns = [
            Column(self._outcome_header(term.code, term.display()),
                   lambda e, code=term.code: e.outcomes.get(code, 0), align=ALIGN_RIGHT,
                   width=widths.get(term.code, 90))
            for term in FOLLOWUP_OUTCOMES
        ]
        self.effect = DataTable([
            Column(self.tr("Program"), lambda e: e.track_name, width=185),
            Column(self.tr("Lulusan"), lambda e: e.graduates, align=ALIGN_RIGHT, width=72),
            Column(self.tr("Dipantau"), lambda e: e.followed_up, align=ALIGN_RIGHT, width=80),
            Column(self.tr("Bekerja/\nusaha"), lambda e: e.working, align=ALIGN_RIGHT,
                   width=80),
            Column(self.tr("Persentase"), lambda e: fmt_percent(e.working_share),
                   lambda e: e.working_share, ALIGN_RIGHT, width=100,
                   foreground=lambda e: GREEN if (e.working_share or 0) >= 0.5 else None),
            Column(self.tr("Median\npenghasilan"), lambda e: fmt_money(e.median_income)
                   if e.median_income is not None else "—", lambda e: e.median_income,
                   ALIGN_RIGHT, width=112),
            *outcome_columns,
        ], stretch=0)
        # Two-line headers keep thirteen columns within a 1366-pixel screen.
        self.effect.horizontalHeader().setMinimumHeight(44)
        v.addWidget(self.effect, 1)
        return box

    def _outcome_header(self, code: str, name: str) -> str:
        """Outcome names on two lines ('Kelompok Usaha Bersama (KUBE)' shortened to 'KUBE')."""
        headers = {"kube": self.tr("KUBE"), "sekolah": self.tr("Melanjutkan\npendidikan"),
                   "tidak_bekerja": self.tr("Tidak\nbekerja"),
                   "tidak_terjangkau": self.tr("Tidak dapat\ndihubungi")}
        return headers.get(code, name)

    def refresh(self) -> None:
        self._dirty = False
        self._load_tracks()
        self.load()
        if self.tabs.currentIndex() == 1:
            self.load_effect()

    def _load_tracks(self) -> None:
        from ...services.training import list_tracks

        tracks = self.call(list_tracks, include_inactive=True)
        if tracks is FAILED:
            return
        current = self.track_filter.currentData()
        self.track_filter.blockSignals(True)
        self.track_filter.clear()
        self.track_filter.addItem(self.tr("Semua program"), None)
        for t in tracks:
            self.track_filter.addItem(t.name, t.id)
        index = self.track_filter.findData(current)
        self.track_filter.setCurrentIndex(max(index, 0))
        self.track_filter.blockSignals(False)

    def state(self) -> str:
        return STATES[max(self.state_bar.currentIndex(), 0)][0]

    def set_state(self, state: str) -> None:
        self.state_bar.setCurrentIndex([c for c, _n in STATES].index(state))

    def _fetch(self, offset: int, limit: int) -> Any:
        return self.read(followups_svc.list_followups, state=self.state(),
                         track_id=self.track_filter.currentData(), offset=offset,
                         limit=limit, text=self.search.text().strip() or None)

    @property
    def total(self) -> int:
        return self.paging.total

    def load(self) -> None:
        self.paging.load()

    def load_more(self) -> None:
        self.paging.more()

    def load_effect(self) -> None:
        rows = self.call(followups_svc.track_effectiveness, start=self.effect_start.value(),
                         end=self.effect_end.value())
        if rows is not FAILED:
            self.effect.set_rows(rows)

    # ---------------------------------------------------------------------------------- edits

    def record(self) -> None:
        row = self.table.current()
        if row is None:
            return
        current = None
        if row.done_date is not None:
            current = self.call(followups_svc.get_followup, row.id)
            if current is FAILED:
                return
        dialog = FollowUpDialog(self.ctx, row, current, self)
        if dialog.exec():
            saved = dialog.result_view
            outcome = getattr(saved, "outcome_name", None) or ""
            self.saved_label.setText(self.tr(
                "Tersimpan: bimbingan lanjut {name} bulan ke-{months} ({outcome}), {day}. "
                "Data ini kini ada di daftar \"Selesai\".").format(
                    name=row.client_name, months=row.months_after, outcome=outcome,
                    day=fmt_date(getattr(saved, "done_date", None))))
            self.saved_label.show()
            self.load()
            self.announce(RecordKind.FOLLOWUP)


__all__ = ["FollowUpDialog", "FollowUpsPage", "TrackEffect"]
