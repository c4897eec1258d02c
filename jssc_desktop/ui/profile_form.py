"""The UPT profile form (name, code, address, capacity, head): one form for the first-run
wizard and the settings tab. The services are imported when first used, so that the first-run
wizard still opens before the database layer is loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ..domain.errors import DomainError
from ..domain.formatting import format_nip
from ..domain.vocab import KAB_KOTA, OUTSIDE_JATIM
from .widgets import VocabCombo, error_text, mark_invalid

if TYPE_CHECKING:
    from ..services.profile import ProfileInput, ProfileView


class ProfileForm(QWidget):
    """The profile fields; ``data()`` gives a ProfileInput."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. UPT Rehabilitasi Sosial Bina Remaja Malang"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("mis. UPT-RSBR-MLG"))
        self.cluster = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(54)
        self.kab_kota = VocabCombo(KAB_KOTA, empty_text=self.tr("— pilih —"),
                                   codes=[c for c in KAB_KOTA.codes if c != OUTSIDE_JATIM])
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSuffix(self.tr(" orang"))
        self.head_name = QLineEdit()
        self.head_nip = QLineEdit()
        self.head_nip.setPlaceholderText(self.tr("18 angka"))
        self.head_rank = QLineEdit()
        self.head_rank.setPlaceholderText(self.tr("mis. Pembina Tingkat I (IV/b)"))
        form.addRow(self.tr("Nama UPT *"), self.name)
        form.addRow(self.tr("Kode UPT *"), self.code)
        form.addRow(self.tr("Klaster layanan"), self.cluster)
        form.addRow(self.tr("Alamat"), self.address)
        form.addRow(self.tr("Kabupaten/kota"), self.kab_kota)
        form.addRow(self.tr("Telepon"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Kapasitas tampung"), self.capacity)
        form.addRow(self.tr("Nama Kepala UPT"), self.head_name)
        form.addRow(self.tr("NIP Kepala UPT"), self.head_nip)
        form.addRow(self.tr("Pangkat/golongan Kepala UPT"), self.head_rank)
        self.fields: dict[str, QWidget] = {
            "name": self.name, "code": self.code, "cluster": self.cluster,
            "address": self.address, "kab_kota_code": self.kab_kota, "phone": self.phone,
            "email": self.email, "capacity": self.capacity, "head_name": self.head_name,
            "head_nip": self.head_nip, "head_rank": self.head_rank}

    def load(self, v: ProfileView | None) -> None:
        if v is None:
            return
        self.name.setText(v.name)
        self.code.setText(v.code)
        self.cluster.setText(v.cluster or "")
        self.address.setPlainText(v.address or "")
        self.kab_kota.set_code(v.kab_kota_code)
        self.phone.setText(v.phone or "")
        self.email.setText(v.email or "")
        self.capacity.setValue(v.capacity)
        self.head_name.setText(v.head_name or "")
        self.head_nip.setText(format_nip(v.head_nip))  # as printed: 19780124 200303 2 011
        self.head_rank.setText(v.head_rank or "")

    def data(self) -> ProfileInput:
        from ..services.profile import ProfileInput

        def t(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return ProfileInput(
            name=self.name.text(), code=self.code.text(), cluster=t(self.cluster),
            address=self.address.toPlainText().strip() or None,
            kab_kota_code=self.kab_kota.code(), phone=t(self.phone), email=t(self.email),
            capacity=self.capacity.value(), head_name=t(self.head_name),
            head_nip=t(self.head_nip), head_rank=t(self.head_rank))

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QSpinBox):
                widget.setReadOnly(read_only)
                widget.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons if read_only
                                        else QSpinBox.ButtonSymbols.UpDownArrows)
            else:
                widget.setEnabled(not read_only)

    def show_field_error(self, exc: DomainError) -> bool:
        for widget in self.fields.values():
            mark_invalid(widget, False)
        widget = self.fields.get(exc.field or "")
        if widget is None:
            return False
        mark_invalid(widget, True, error_text(exc))
        widget.setFocus()
        return True


__all__ = ["ProfileForm"]
