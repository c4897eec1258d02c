"""Profil UPT: the name, address, capacity and head that every report's letterhead and
signature block carry, and the logo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.errors import DomainError
from ...services import profile as svc
from .. import shortcuts, usecase
from ..context import AppContext
from ..profile_form import ProfileForm
from ..widgets import (
    ask_confirm,
    button,
    hint_label,
    pixmap_from_bytes,
    show_error,
    show_info,
)


class ProfileTab(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "settings#profile"

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
            shortcuts.bind_button(self.save_button, "save")
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
        loaded = usecase.run(self, self.ctx, lambda s, actor: (svc.get_profile(s, actor),
                                                               svc.get_logo(s)))
        if loaded is usecase.FAILED:
            return
        self.view, logo = loaded
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
        saved = usecase.run(self, self.ctx, svc.save_profile, self.form.data(),
                            version=self.view.version if self.view else None,
                            changes=(RecordKind.PROFILE,), fields=self.form.fields,
                            message=self.error, on_reload=self.refresh)
        if saved is usecase.FAILED:
            return
        self.view = saved
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
        if usecase.run(self, self.ctx, svc.set_logo, content,
                       changes=(RecordKind.PROFILE,)) is usecase.FAILED:
            return
        self.refresh()
