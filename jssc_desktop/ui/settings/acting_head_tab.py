"""Plh. Kepala UPT: the head designates an acting head (a staff member, with dates and a reason)
who then approves facility requests and period reports in the head's place and signs them as
"Plh. Kepala UPT". The administrator sees the designations but cannot make them (an
administrator does not approve: separation of duties). Every designation and revocation is
audited by the service (``services.approvers``)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.formatting import format_date
from ...services import approvers
from .. import usecase
from ..context import AppContext
from ..pages._common import Column, DataTable
from ..widgets import DateEdit, ask_confirm, button, hint_label, show_info


class ActingHeadTab(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "settings#acting-head"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.is_head = ctx.actor.role == "head"
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Plh. Kepala UPT menyetujui usulan revitalisasi dan laporan periode selama Kepala UPT "
            "berhalangan, dan menandatanganinya sebagai \"Plh. Kepala UPT\" atas namanya sendiri. "
            "Hanya Kepala UPT yang dapat menunjuk atau mencabut; setiap penunjukan tercatat di "
            "log audit.")))
        self.current = QLabel()
        self.current.setObjectName("strong")
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        self.form_box = QGroupBox(self.tr("Tunjuk Plh. Kepala UPT"))
        form = QFormLayout(self.form_box)
        self.user = QComboBox()
        self.starts = DateEdit(value=self.today, field="starts_on", label=self.tr("Mulai"))
        self.ends = DateEdit(value=self.today + timedelta(days=6), field="ends_on",
                             label=self.tr("Sampai"))
        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(QLabel(self.tr("s.d.")))
        dates.addWidget(self.ends)
        dates.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. Kepala UPT cuti tahunan"))
        form.addRow(self.tr("Staf yang ditunjuk *"), self.user)
        form.addRow(self.tr("Tanggal *"), dates)
        form.addRow(self.tr("Alasan *"), self.reason)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.designate_button = button(self.tr("Tunjuk"), "user")
        self.designate_button.clicked.connect(self.designate)
        actions = QHBoxLayout()
        actions.addWidget(self.designate_button)
        actions.addStretch(1)
        form.addRow(actions)
        layout.addWidget(self.form_box)
        self.form_box.setVisible(self.is_head)
        self.table = DataTable([
            Column(self.tr("Plh. Kepala UPT"), lambda v: v.full_name, width=200),
            Column(self.tr("Mulai"), lambda v: format_date(v.starts_on), lambda v: v.starts_on,
                   width=140),
            Column(self.tr("Sampai"), lambda v: format_date(v.ends_on), lambda v: v.ends_on,
                   width=140),
            Column(self.tr("Status"), self._state, width=110),
            Column(self.tr("Ditunjuk oleh"), lambda v: v.designated_by_name, width=160),
            Column(self.tr("Alasan"), lambda v: v.note or "-"),
        ], stretch=5)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.revoke_button = button(self.tr("Cabut penunjukan"), "close")
        self.revoke_button.clicked.connect(self.revoke)
        self.revoke_button.setVisible(self.is_head)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def _state(self, view: approvers.ActingHeadView) -> str:
        if view.revoked:
            return self.tr("dicabut")
        if view.ends_on < self.today:
            return self.tr("selesai")
        if view.starts_on > self.today:
            return self.tr("akan berlaku")
        return self.tr("berlaku")

    def refresh(self) -> None:
        with self.ctx.db.session() as s:
            rows = approvers.list_acting_heads(s, self.ctx.actor)
            now = approvers.current_acting_heads(s, self.today)
            staff = (approvers.designation_candidates(s, self.ctx.actor)
                     if self.is_head else [])
        self.table.set_rows(rows)
        if now:
            self.current.setText(self.tr("Plh. Kepala UPT hari ini: {names}").format(
                names=", ".join(f"{v.full_name} ({format_date(v.starts_on)} – "
                                f"{format_date(v.ends_on)})" for v in now)))
        else:
            self.current.setText(self.tr("Hari ini tidak ada Plh. Kepala UPT."))
        chosen = self.user.currentData()
        self.user.clear()
        for user_id, username, full_name in staff:
            self.user.addItem(f"{full_name} ({username})", user_id)
        if chosen is not None:
            self.user.setCurrentIndex(max(0, self.user.findData(chosen)))
        self.designate_button.setEnabled(bool(staff))
        if self.is_head and not staff:
            self.message.setText(self.tr("Belum ada staf aktif yang dapat ditunjuk."))

    def designate(self) -> None:
        self.message.clear()
        user_id = self.user.currentData()
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(self.tr("Alasan penunjukan wajib diisi."))
            self.reason.setFocus()
            return
        try:
            starts, ends = self.starts.value(), self.ends.value()
        except Exception as exc:  # noqa: BLE001 - a ValidationError naming the date field
            self.message.setText(getattr(exc, "message", str(exc)))
            return
        assert starts is not None and ends is not None
        view = usecase.run(self, self.ctx, approvers.designate_acting_head, user_id, starts,
                           ends, reason, changes=(RecordKind.USER,), message=self.message,
                           fields={"ends_on": self.ends, "starts_on": self.starts,
                                   "user_id": self.user, "note": self.reason})
        if not view:
            return
        self.reason.clear()
        self.refresh()
        show_info(self, self.tr("Plh. Kepala UPT"), self.tr(
            "{name} ditunjuk sebagai Plh. Kepala UPT {start} s.d. {end}.").format(
                name=view.full_name, start=format_date(view.starts_on),
                end=format_date(view.ends_on)))

    def revoke(self) -> None:
        view = self.table.current()
        if view is None or view.revoked:
            self.message.setText(self.tr("Pilih penunjukan yang masih berlaku di daftar."))
            return
        if not ask_confirm(self, self.tr("Cabut penunjukan"), self.tr(
                "Cabut penunjukan {name} sebagai Plh. Kepala UPT? Sejak sekarang ia tidak dapat "
                "menyetujui lagi.").format(name=view.full_name), yes=self.tr("Cabut")):
            return
        if usecase.run(self, self.ctx, approvers.revoke_acting_head, view.id,
                       changes=(RecordKind.USER,), message=self.message):
            self.refresh()
