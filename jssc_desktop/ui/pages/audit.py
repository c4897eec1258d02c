"""Audit page (administrators and heads of UPT): who changed what and when, filtered by user,
date, action and record, paged in SQL, exportable; and the integrity check of the chain."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...services import audit_log as audit_svc
from ...services.audit_log import AuditRow, ChainCheck
from ..context import AppContext
from ..export import add_export_button
from ..paging import PagedList
from ..widgets import DateEdit, button, heading, hint_label, message_text
from ._common import FAILED, Column, DataTable, PageBase, toolbar

RED = QColor("#a12622")
GREEN = QColor("#23673a")


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_value(v)}" for k, v in value.items()) + "}"
    return str(value)


def change_summary(row: AuditRow) -> str:
    """'field: old → new; …' for the changed fields, or the values written or removed."""
    before, after = row.before or {}, row.after or {}
    parts = []
    for key in list(dict.fromkeys([*before, *after])):
        if key in before and key in after:
            parts.append(f"{key}: {_value(before[key])} → {_value(after[key])}")
        elif key in after:
            parts.append(f"{key}: {_value(after[key])}")
        else:
            parts.append(f"{key}: {_value(before[key])} → —")
    return "; ".join(parts)


class AuditPage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "audit"

    topics = frozenset(RecordKind)  # every write is audited
    PAGE = 200

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.worker: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Log audit")))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = button(self.tr("Periksa keutuhan"), "check")
        self.check_button.setToolTip(self.tr(
            "Hitung ulang seluruh rantai log audit dan cocokkan dengan jangkar di luar basis data"))
        self.check_button.clicked.connect(self.check_full)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)

        self.user = QComboBox()
        self.user.setMinimumWidth(130)
        self.action = QComboBox()
        self.action.setMinimumWidth(170)
        self.entity = QComboBox()
        self.entity.setMinimumWidth(130)
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("No. data"))
        self.record.setValidator(QIntValidator(1, 2_000_000_000, self.record))
        self.record.setMaximumWidth(90)
        self.start = DateEdit(optional=True)
        self.end = DateEdit(optional=True)
        for edit in (self.start, self.end):
            edit.clear_value()
        show = button(self.tr("Tampilkan"), "refresh")
        show.clicked.connect(self.load)
        self.record.returnPressed.connect(self.load)
        for combo in (self.user, self.action, self.entity):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        layout.addLayout(toolbar(QLabel(self.tr("Pengguna")), self.user,
                                 QLabel(self.tr("Tindakan")), self.action,
                                 QLabel(self.tr("Data")), self.entity, self.record, None))
        layout.addLayout(toolbar(QLabel(self.tr("Dari tanggal")), self.start,
                                 QLabel(self.tr("sampai")), self.end, show, None))

        self.table = DataTable([
            Column(self.tr("No."), lambda r: r.id, width=56),
            Column(self.tr("Waktu"), lambda r: r.at.strftime("%d/%m/%Y %H:%M:%S"),
                   lambda r: r.at, width=156),
            Column(self.tr("Pengguna"), lambda r: r.username or "", width=90),
            Column(self.tr("Tindakan"), lambda r: r.action, width=140),
            Column(self.tr("Data"), lambda r: f"{r.entity} #{r.entity_id}"
                   if r.entity_id is not None else r.entity, width=110),
            Column(self.tr("Perubahan"), change_summary, tooltip=change_summary, width=300),
            Column(self.tr("Alasan"), lambda r: r.reason or "", tooltip=lambda r: r.reason),
        ])
        layout.addWidget(self.table, 1)
        self.more_button = button(self.tr("Tampilkan lebih banyak"))
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.paging = PagedList(self.table, self._fetch, more_button=self.more_button,
                                count_label=self.count_label, page_size=self.PAGE)
        row = toolbar(self.count_label, None, self.more_button)
        # Before/after values may hold personal data: the export asks for a reason and is logged.
        add_export_button(row, self, self.ctx, self.tr("Log audit"), lambda: self.table,
                          sensitive=True)
        layout.addLayout(row)
        layout.addWidget(hint_label(self.tr(
            "Setiap perubahan data tercatat di sini dan tidak dapat diubah. Rantai sidik jari "
            "log diperiksa otomatis saat aplikasi dibuka dan setiap hari.")))
        last = getattr(parent, "audit_check", None)
        self.show_check(last if isinstance(last, ChainCheck) else None)

    # ------------------------------------------------------------------------------- filters

    def _fill(self, combo: QComboBox, everything: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def refresh(self) -> None:
        self._dirty = False
        vocab = self.call(audit_svc.audit_vocabulary)
        if vocab is not FAILED:
            users, actions, entities = vocab
            self._fill(self.user, self.tr("Semua pengguna"), users)
            self._fill(self.action, self.tr("Semua tindakan"), actions)
            self._fill(self.entity, self.tr("Semua data"), entities)
        self.load()

    def _fetch(self, offset: int, limit: int) -> Any:
        record = self.record.text().strip()
        return self.call(audit_svc.list_audit, username=self.user.currentData(),
                         action=self.action.currentData(), entity=self.entity.currentData(),
                         entity_id=int(record) if record.isdigit() else None,
                         start=self.start.value(), end=self.end.value(), offset=offset,
                         limit=limit)

    @property
    def total(self) -> int:
        return self.paging.total

    def load(self) -> None:
        self.paging.load()

    def load_more(self) -> None:
        self.paging.more()

    # ---------------------------------------------------------------------------- integrity

    def show_check(self, check: ChainCheck | None) -> None:
        if check is None:
            self.status.setText(self.tr("Keutuhan log audit belum diperiksa pada sesi ini."))
            self.status.setStyleSheet("")
            return
        self.status.setText(message_text(check.message))
        colour = GREEN if check.ok else RED
        self.status.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")

    def check_full(self) -> None:
        from ..worker import Worker

        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Memeriksa seluruh log audit…"))
        self.status.setStyleSheet("")

        def work(_progress: Any, db: Any, actor: Any) -> ChainCheck:
            return audit_svc.check_audit_log(db, actor)

        self.worker = Worker(work, self.ctx.db, self.ctx.actor)
        self.worker.signals.finished.connect(self._checked)
        self.worker.signals.failed.connect(self._check_failed)
        self.worker.start()

    def _checked(self, check: ChainCheck) -> None:
        self.check_button.setEnabled(True)
        self.show_check(check)
        window = self.window()
        report = getattr(window, "report_audit_check", None)
        if report is not None:
            report(check)

    def _check_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        from ..widgets import show_error

        self.show_check(None)
        show_error(self, exc)


__all__ = ["AuditPage", "change_summary"]
