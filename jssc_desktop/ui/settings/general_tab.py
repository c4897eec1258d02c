"""Umum (administrators): idle lock, language, the place printed above report signatures, and
the monthly income above which a follow-up result asks for confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...domain.changes import RecordKind
from ...services.base import Actor
from ...services.followups import DEFAULT_INCOME_CEILING
from ...services.settings import get_setting, set_setting
from .. import shortcuts, usecase
from ..context import AppContext
from ..pages._common import MoneyEdit
from ..widgets import button, hint_label, show_info


class GeneralTab(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "settings#general"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" menit"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Bahasa Indonesia"), "id")
        self.language.addItem("English", "en")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("mis. Malang"))
        form.addRow(self.tr("Kunci layar otomatis setelah"), self.idle)
        form.addRow("", hint_label(self.tr(
            "Bila aplikasi tidak disentuh selama itu, layar dikunci dan kata sandi diminta "
            "lagi, agar data klien tidak terlihat orang yang lewat.")))
        form.addRow(self.tr("Bahasa tampilan"), self.language)
        form.addRow("", hint_label(self.tr("Perubahan bahasa berlaku saat aplikasi dibuka "
                                           "berikutnya.")))
        form.addRow(self.tr("Tempat penandatanganan laporan"), self.place)
        form.addRow("", hint_label(self.tr(
            "Tercetak di atas tanda tangan Kepala UPT, mis. 'Malang, 30 November 2026'.")))
        self.income_ceiling = MoneyEdit(maximum=1e9)
        form.addRow(self.tr("Batas penghasilan wajar per bulan"), self.income_ceiling)
        form.addRow("", hint_label(self.tr(
            "Hasil bimbingan lanjut dengan penghasilan di atas batas ini harus dikonfirmasi "
            "(salah ketik satu angka nol mengubah median penghasilan di laporan).")))
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        layout.addWidget(self.error)
        self.save_button = button(self.tr("Simpan pengaturan"), "save", primary=True)
        self.save_button.clicked.connect(self.save)
        shortcuts.bind_button(self.save_button, "save")
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.fields = {"idle_lock_minutes": self.idle, "language": self.language,
                       "report_place": self.place,
                       "followup_income_ceiling": self.income_ceiling}
        self.refresh()

    def refresh(self) -> None:
        def read(s: Session, _actor: object) -> tuple[str, str, str, str]:
            return (get_setting(s, "idle_lock_minutes", "15") or "15",
                    get_setting(s, "language", "id") or "id",
                    get_setting(s, "report_place", "") or "",
                    get_setting(s, "followup_income_ceiling") or "")

        values = usecase.run(self, self.ctx, read)
        if values is usecase.FAILED:
            return
        idle, language, place, ceiling = values
        self.idle.setValue(int(idle) if idle.isdigit() else 15)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.place.setText(place)
        self.income_ceiling.set_amount(int(ceiling) if ceiling.isdigit()
                                       else DEFAULT_INCOME_CEILING)

    def save(self) -> None:
        def write(s: Session, actor: Actor) -> None:
            set_setting(s, actor, "idle_lock_minutes", str(self.idle.value()))
            set_setting(s, actor, "language", self.language.currentData())
            set_setting(s, actor, "report_place", self.place.text().strip())
            set_setting(s, actor, "followup_income_ceiling",
                        str(int(self.income_ceiling.amount())))

        if usecase.run(self, self.ctx, write, changes=(RecordKind.SETTINGS,),
                       fields=self.fields, message=self.error) is usecase.FAILED:
            return
        window = self.window()
        if hasattr(window, "set_idle_minutes"):
            window.set_idle_minutes(self.idle.value())
        show_info(self, self.tr("Pengaturan"), self.tr("Pengaturan telah disimpan."))
