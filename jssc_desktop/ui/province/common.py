"""Pieces the province pages share: the period chooser (kind and period, newest first, the last
finished period chosen) and the words for a package's state and a receiving outcome."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...domain.periods import KIND_NAMES, KINDS, Period, recent_periods

#: How many periods of each kind the chooser offers (newest first).
RECENT = {"monthly": 24, "quarterly": 12, "semester": 8, "annual": 6}


def t(text: str) -> str:
    return QCoreApplication.translate("Province", text)


def outcome_text(outcome: str) -> str:
    """The short word for what receiving a file did (``services.province.Received.outcome``)."""
    return {
        "baru": t("Diterima"),
        "pengganti": t("Diterima (pengganti)"),
        "lama": t("Diterima (paket lama)"),
        "sama": t("Tidak berubah"),
    }.get(outcome, outcome)


def outcome_note(outcome: str) -> str:
    """The explanation of :func:`outcome_text`."""
    return {
        "baru": t("Paket disimpan."),
        "pengganti": t("Paket disimpan dan menggantikan paket sebelumnya dari UPT dan periode "
                       "ini; keduanya disimpan."),
        "lama": t("Paket disimpan sebagai paket lama: sudah ada paket yang dibuat lebih baru."),
        "sama": t("Berkas yang sama sudah pernah diterima; tidak ada yang berubah."),
    }.get(outcome, "")


class PeriodChooser(QWidget):
    """Two combo boxes in a row: the kind of report and the period."""

    changed = Signal()

    def __init__(self, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(self.tr(KIND_NAMES[kind]), kind)
        self.period = QComboBox()
        self.period.setMinimumWidth(170)
        row.addWidget(QLabel(self.tr("Jenis")))
        row.addWidget(self.kind)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("Periode")))
        row.addWidget(self.period)
        row.addStretch(1)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill())
        self.period.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._fill()

    def _fill(self) -> None:
        kind = self.kind.currentData()
        day = self.today or date.today()
        periods = recent_periods(kind, day, RECENT[kind])
        self.period.blockSignals(True)
        self.period.clear()
        for p in periods:
            label = p.title() if p.end < day else self.tr("{label} (berjalan)").format(
                label=p.title())
            self.period.addItem(label, p)
        self.period.setCurrentIndex(next((i for i, p in enumerate(periods) if p.end < day), 0))
        self.period.blockSignals(False)
        self.changed.emit()

    def current(self) -> Period | None:
        return self.period.currentData()

    def select(self, kind: str, key: str) -> bool:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        for i in range(self.period.count()):
            if self.period.itemData(i).key == key:
                self.period.setCurrentIndex(i)
                return True
        return False
