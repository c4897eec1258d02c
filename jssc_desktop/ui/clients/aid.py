"""The client window's "Bantuan Usaha" tab: business aid given to a graduate (what, value, date),
with adding, correcting and deleting."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...domain.changes import RecordKind
from ...domain.errors import ValidationError
from ...domain.fields import BUSINESS_AID
from ...domain.formatting import format_date, format_rupiah
from ...services import business_aid as svc
from ...services.business_aid import AidInput, AidView, GraduationChoice
from .. import usecase
from ..context import AppContext
from ..fields import label_of
from ..pages._common import FormDialog, MoneyEdit, text_or_none
from ..widgets import DateEdit, ask_text, button, hint_label, show_error


class AidDialog(FormDialog):
    """Add an aid, or correct one (``current``)."""

    changes = (RecordKind.FOLLOWUP,)

    def __init__(self, ctx: AppContext, client_id: int, choices: list[GraduationChoice],
                 current: AidView | None = None, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        title = self.tr("Ubah bantuan usaha") if current else self.tr("Catat bantuan usaha")
        super().__init__(ctx, title, parent, width=520)
        self.client_id = client_id
        self.current = current
        self.today = today
        self.item = QLineEdit(current.item if current else "")
        self.item.setMaxLength(BUSINESS_AID["item"].max_length or 200)
        self.item.setPlaceholderText(self.tr("mis. mesin jahit dan obras"))
        self.value = MoneyEdit(maximum=1e9)
        self.value.set_amount(current.value if current else 0)
        self.given = DateEdit(value=current.given_date if current else (today or date.today()))
        self.enrollment = QComboBox()
        for choice in choices:
            self.enrollment.addItem(choice.label, choice.enrollment_id)
        if current is not None and current.enrollment_id is not None:
            index = self.enrollment.findData(current.enrollment_id)
            if index >= 0:
                self.enrollment.setCurrentIndex(index)
        self.notes = QPlainTextEdit(current.notes or "" if current else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        mark = {"required_mark": True}
        self.add_field(label_of(BUSINESS_AID, "item", **mark), self.item, "item")
        self.add_field(label_of(BUSINESS_AID, "value", **mark), self.value, "value")
        self.add_field(label_of(BUSINESS_AID, "given_date", **mark), self.given, "given_date")
        self.add_field(self.tr("Pelatihan yang diluluskan"), self.enrollment, "enrollment_id")
        self.add_field(label_of(BUSINESS_AID, "notes"), self.notes, "notes")
        self.form.addRow(hint_label(self.tr(
            "Kondisi bantuan (masih dipakai, rusak, …) dicatat pada setiap bimbingan lanjut.")))
        self.finish_layout()
        self.item.setFocus()

    def save(self, s: Session) -> AidView:
        data = AidInput(item=self.item.text(), value=self.value.amount(),
                        given_date=self.given.value(),
                        enrollment_id=self.enrollment.currentData(),
                        notes=text_or_none(self.notes))
        if self.current is None:
            return svc.add_aid(s, self.ctx.actor, self.client_id, data, today=self.today,
                               lock_reason=self.lock_reason)
        return svc.update_aid(s, self.ctx.actor, self.current.id, data,
                              version=self.current.version, today=self.today,
                              lock_reason=self.lock_reason)


class AidTab(QWidget):
    """The list of aid given to one client, and its buttons."""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.today = today
        self.rows: list[AidView] = []
        self.choices: list[GraduationChoice] = []
        layout = QVBoxLayout(self)
        self.note = hint_label()
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Tanggal"), self.tr("Bentuk bantuan"), self.tr("Nilai"),
            self.tr("Pelatihan"), self.tr("Catatan")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = button(self.tr("Catat bantuan…"), "add")
        self.add_button.clicked.connect(self.add)
        self.edit_button = button(self.tr("Ubah…"), "edit")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = button(self.tr("Hapus…"), "close")
        self.delete_button.clicked.connect(self.delete)
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setVisible(ctx.can("followup.edit"))
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)

    def _load(self, s: Session, actor: Any) -> tuple[list[AidView], list[GraduationChoice]]:
        return (svc.list_client_aid(s, actor, self.client_id),
                svc.graduations(s, actor, self.client_id))

    def reload(self) -> None:
        loaded = usecase.run(self, self.ctx, self._load)
        if loaded is usecase.FAILED:
            return
        self.rows, self.choices = loaded
        if not self.choices:
            self.note.setText(self.tr(
                "Bantuan usaha dicatat untuk lulusan; klien ini belum lulus pelatihan."))
        elif not self.rows:
            self.note.setText(self.tr("Belum ada bantuan usaha yang dicatat."))
        else:
            total = sum(r.value for r in self.rows)
            self.note.setText(self.tr("{n} bantuan, seluruhnya {total}.", "",
                    len(self.rows)).format(
                n=len(self.rows), total=format_rupiah(total)))
        self.add_button.setEnabled(bool(self.choices))
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            track = f"{r.track_name} · {r.cohort_name}" if r.track_name else ""
            for col, text in enumerate((format_date(r.given_date), r.item,
                                        format_rupiah(r.value), track, r.notes or "")):
                item = self.table.item(i, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(i, col, item)
                item.setText(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
        self.table.resizeColumnsToContents()

    def _selected(self) -> AidView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            show_error(self, ValidationError(self.tr("Pilih dulu bantuan pada daftar.")))
            return None
        return self.rows[rows[0].row()]

    def add(self) -> None:
        if AidDialog(self.ctx, self.client_id, self.choices, parent=self,
                     today=self.today).exec():
            self.reload()

    def edit(self) -> None:
        if not self.ctx.can("followup.edit"):
            return
        current = self._selected()
        if current is not None and AidDialog(self.ctx, self.client_id, self.choices, current,
                                             self, today=self.today).exec():
            self.reload()

    def delete(self) -> None:
        current = self._selected()
        if current is None:
            return
        reason = ask_text(self, self.tr("Hapus bantuan usaha"), self.tr(
            "Hapus {item} ({value}, {day})? Tulis alasannya (disimpan di log audit).").format(
                item=current.item, value=format_rupiah(current.value),
                day=format_date(current.given_date)))
        if not reason:
            return
        result = usecase.run(self, self.ctx, svc.delete_aid, current.id, reason=reason,
                             version=current.version, changes=(RecordKind.FOLLOWUP,))
        if result is not usecase.FAILED:
            self.reload()

