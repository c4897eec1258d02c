"""Profil UPT: the name, address, capacity and head that every report's letterhead and
signature block carry, and the logo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.formatting import format_nip
from ...domain.vocab import KAB_KOTA, OUTSIDE_JATIM
from ...services import profile as svc
from ..context import AppContext
from ..widgets import (
    VocabCombo,
    ask_confirm,
    button,
    hint_label,
    mark_invalid,
    pixmap_from_bytes,
    show_error,
    show_info,
)


class ProfileForm(QWidget):
    """The profile fields; ``data()`` gives a ProfileInput."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.code = QLineEdit()
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

    def load(self, v: svc.ProfileView | None) -> None:
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

    def data(self) -> svc.ProfileInput:
        def t(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return svc.ProfileInput(
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
        mark_invalid(widget, True, exc.message)
        widget.setFocus()
        return True


class ProfileTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: svc.ProfileView | None = None
        self.editable = ctx.can("profile.edit")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        left = QVBoxLayout()
        self.form = ProfileForm()
        self.form.set_read_only(not self.editable)
        left.addWidget(self.form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        left.addWidget(self.error)
        if self.editable:
            self.save_button = button(self.tr("Simpan profil"), "save", primary=True)
            self.save_button.clicked.connect(self.save)
            left.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            left.addWidget(hint_label(self.tr(
                "Hanya Administrator yang dapat mengubah profil UPT.")))
        left.addStretch(1)
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Logo kop surat")))
        self.logo = QLabel()
        self.logo.setFixedSize(160, 160)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #d5dde4; background: white;")
        self.logo.setWordWrap(True)
        right.addWidget(self.logo)
        if self.editable:
            self.logo_button = button(self.tr("Pilih logo…"), "photo")
            self.logo_button.clicked.connect(self.choose_logo)
            self.remove_logo_button = button(self.tr("Hapus logo"), "close")
            self.remove_logo_button.clicked.connect(self.remove_logo)
            right.addWidget(self.logo_button)
            right.addWidget(self.remove_logo_button)
            right.addWidget(hint_label(self.tr("PNG atau JPEG, paling besar 2 MB.")))
        right.addStretch(1)
        outer.addLayout(right, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            with self.ctx.session() as s:
                self.view = svc.get_profile(s, self.ctx.actor)
                logo = svc.get_logo(s)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.form.load(self.view)
        pix = pixmap_from_bytes(logo)
        if pix.isNull():
            self.logo.setText(self.tr("Belum ada logo: kop surat dan sertifikat memakai "
                                      "lambang netral bawaan."))
        else:
            self.logo.setPixmap(pix.scaled(150, 150, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        if self.editable:
            self.remove_logo_button.setEnabled(not pix.isNull())

    def save(self) -> None:
        self.error.clear()
        try:
            with self.ctx.session() as s:
                self.view = svc.save_profile(s, self.ctx.actor, self.form.data(),
                                             version=self.view.version if self.view else None)
        except DomainError as exc:
            if self.form.show_field_error(exc):
                self.error.setText(exc.message)
            else:
                show_error(self, exc, on_reload=self.refresh)
            return
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.ctx.bus.changed.emit("profile")
        window = self.window()
        if hasattr(window, "_update_title"):
            window._update_title()
        show_info(self, self.tr("Profil UPT"), self.tr("Profil UPT telah disimpan."))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo"), "",
                                              self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            with open(path, "rb") as fh:
                content = fh.read()
        except OSError as exc:
            show_error(self, DomainError(self.tr("Berkas tidak dapat dibaca: {error}").format(
                error=exc.strerror or str(exc))))
            return
        self._set_logo(content)

    def remove_logo(self) -> None:
        if ask_confirm(self, self.tr("Hapus logo"), self.tr("Hapus logo dari kop surat?"),
                       yes=self.tr("Hapus"), danger=True):
            self._set_logo(None)

    def _set_logo(self, content: bytes | None) -> None:
        try:
            with self.ctx.session() as s:
                svc.set_logo(s, self.ctx.actor, content)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.refresh()
