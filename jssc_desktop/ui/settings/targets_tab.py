"""Target Tahunan (administrators): the UPT's annual targets, printed in every periodic report of
that year against what was achieved so far (table 1.3)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ...domain.changes import RecordKind
from ...services.targets import (
    FIRST_YEAR,
    LAST_YEAR,
    get_annual_targets,
    set_annual_targets,
)
from .. import shortcuts, usecase
from ..context import AppContext
from ..widgets import button, hint_label, mark_invalid, show_info


class TargetsTab(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "settings#targets"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(hint_label(self.tr(
            "Target tahunan UPT dicetak pada setiap laporan periodik tahun itu (tabel 1.3) "
            "bersama capaiannya sejak 1 Januari. Kosongkan (0) bila belum ditetapkan.")))
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue((today or date.today()).year)
        self.year.setMaximumWidth(120)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        form.addRow(self.tr("Tahun"), self.year)
        labels = {
            "capacity": self.tr("Kapasitas tampung (orang)"),
            "admissions": self.tr("Klien masuk (orang)"),
            "graduates": self.tr("Lulusan pelatihan (orang)"),
            "employment_rate": self.tr("Lulusan bekerja/berwirausaha"),
        }
        self.fields: dict[str, QSpinBox] = {}
        for name, label in labels.items():
            box = QSpinBox()
            box.setRange(0, 100 if name == "employment_rate" else 100_000)
            box.setSpecialValueText(self.tr("belum ditetapkan"))
            box.setMinimumWidth(180)
            box.setMaximumWidth(260)
            if name == "employment_rate":
                box.setSuffix(" %")
            self.fields[name] = box
            form.addRow(label, box)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        layout.addWidget(self.error)
        self.save_button = button(self.tr("Simpan target"), "save", primary=True)
        self.save_button.clicked.connect(self.save)
        shortcuts.bind_button(self.save_button, "save")
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        targets = usecase.run(self, self.ctx, get_annual_targets, self.year.value())
        if targets is usecase.FAILED:
            return
        for name, box in self.fields.items():
            box.setValue(targets.values.get(name) or 0)
            mark_invalid(box, False)
        self.error.clear()

    def save(self) -> bool:
        values: dict[str, int | None] = {n: (b.value() or None) for n, b in self.fields.items()}
        if usecase.run(self, self.ctx, set_annual_targets, self.year.value(), values,
                       changes=(RecordKind.SETTINGS,), fields=self.fields,
                       message=self.error) is usecase.FAILED:
            return False
        show_info(self, self.tr("Target disimpan"), self.tr(
            "Target tahun {year} disimpan.").format(year=self.year.value()))
        return True
