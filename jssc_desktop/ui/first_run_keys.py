"""The first-run wizard's last two steps: the backup passphrase, and the recovery material.

Backups are encrypted (AES-GCM, key from the backup passphrase): the administrator sets the
passphrase here, with live feedback on its strength, and the derived key is kept in this PC's
credential store for the unattended daily backups. The last step shows what must be kept on paper,
once: the first administrator's recovery key (``jssc-desktop user recover``) and the backup
passphrase's recovery sheet, saved as a PDF to print. The wizard finishes only after the
administrator confirms having stored it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWizardPage,
)

from .widgets import button, hint_label, show_error

if TYPE_CHECKING:
    from .first_run import FirstRunWizard


class PassphraseFeedback(QLabel):
    """A line under a passphrase field: what is wrong with it while typing, or that it is good."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.ok = False

    def update_for(self, passphrase: str, repeat: str | None = None) -> bool:
        from ..services.backups import passphrase_problem

        problem = passphrase_problem(passphrase) if passphrase else None
        if not passphrase:
            text, self.ok = "", False
        elif problem:
            text, self.ok = problem, False
        elif repeat is not None and repeat != passphrase:
            text, self.ok = self.tr("Kuat. Ulangi kata sandi yang sama di kolom kedua."), False
        else:
            text, self.ok = self.tr("Kuat: kata sandi ini dapat dipakai."), True
        self.setObjectName("" if self.ok or not text else "error")
        self.setStyleSheet("color: #1b7f3b;" if self.ok else "")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        return self.ok


class BackupKeyPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Kata sandi cadangan"))
        self.setSubTitle(self.tr("Setiap cadangan data dienkripsi: tanpa kata sandi ini, berkas "
                                 "cadangan di flashdisk yang hilang tidak dapat dibaca siapa pun."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Kata sandi cadangan *"), self.passphrase)
        form.addRow(self.tr("Ulangi *"), self.repeat)
        layout.addLayout(form)
        self.feedback = PassphraseFeedback()
        layout.addWidget(self.feedback)
        layout.addWidget(hint_label(self.tr(
            "Minimal 12 karakter; paling baik beberapa kata yang tidak berhubungan, mis. "
            "'jeruk sepeda awan 27'. Jangan sama dengan kata sandi masuk. Kata sandi ini "
            "diperlukan untuk memulihkan cadangan di komputer lain; langkah berikutnya "
            "menyiapkan lembar pemulihan untuk dicetak.")))
        self.keyring_note = hint_label()
        layout.addWidget(self.keyring_note)
        layout.addStretch(1)
        for edit in (self.passphrase, self.repeat):
            edit.textChanged.connect(self._changed)
        self.key_check: str | None = None

    def initializePage(self) -> None:  # noqa: N802
        from ..services.backups import backup_key_status

        status = backup_key_status(self.wiz.db)
        if status.keyring_available:
            note = self.tr("Kunci cadangan disimpan di penyimpanan kata sandi sistem operasi PC "
                           "ini (Windows Credential Manager), sehingga cadangan harian dibuat "
                           "otomatis tanpa menanyakan kata sandi.")
        else:
            note = self.tr("PC ini tidak memiliki penyimpanan kata sandi sistem operasi, "
                           "sehingga kunci cadangan tidak dapat disimpan di sini: cadangan "
                           "(harian maupun manual) di PC ini hanya dibuat bila petugas TI mengisi "
                           "JSSC_BACKUP_PASSPHRASE. Pengaturan → Cadangan mengingatkannya.")
        self.keyring_note.setText(note)

    def _changed(self) -> None:
        self.feedback.update_for(self.passphrase.text(), self.repeat.text())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.feedback.ok

    def validatePage(self) -> bool:  # noqa: N802
        from ..services.backups import set_backup_passphrase

        actor = self.wiz.admin_actor()
        if actor is None:
            return False
        try:
            status = set_backup_passphrase(self.wiz.db, actor, self.passphrase.text())
        except Exception as exc:  # noqa: BLE001 - a refusal or a storage problem, shown
            show_error(self, exc)
            return False
        self.key_check = status.key_check
        return True


class RecoveryPage(QWizardPage):
    """The recovery key and the recovery sheet; finishing needs 'I have stored it'."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Simpan bahan pemulihan"))
        self.setSubTitle(self.tr("Ditampilkan sekali ini saja. Cetak lalu simpan di lemari "
                                 "terkunci, terpisah dari komputer dan flashdisk cadangan."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.recovery_key = QLineEdit()
        self.recovery_key.setReadOnly(True)
        self.recovery_key.setFont(mono)
        self.key_check = QLineEdit()
        self.key_check.setReadOnly(True)
        self.key_check.setFont(mono)
        form.addRow(self.tr("Kunci pemulihan Administrator"), self.recovery_key)
        form.addRow(self.tr("Sidik kunci cadangan"), self.key_check)
        layout.addLayout(form)
        layout.addWidget(hint_label(self.tr(
            "Kunci pemulihan mengatur ulang kata sandi Administrator yang terlupa (perintah "
            "'jssc-desktop user recover'). Lembar pemulihan memuat kunci itu dan kata sandi "
            "cadangan: siapa pun yang memegangnya beserta sebuah berkas cadangan dapat membaca "
            "seluruh data klien.")))
        row = QHBoxLayout()
        # no icon yet: the wizard is the first window, painted before icon fonts are loaded
        self.print_button = button(self.tr("Cetak/Simpan PDF…"))
        self.print_button.clicked.connect(self.save_sheet)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.saved_label = hint_label()
        layout.addWidget(self.saved_label)
        self.stored = QCheckBox(self.tr("Saya sudah mencetak atau menyimpan lembar pemulihan di "
                                        "tempat aman."))
        self.stored.toggled.connect(self.completeChanged)
        layout.addWidget(self.stored)
        layout.addStretch(1)
        self.sheet_path: Path | None = None

    def initializePage(self) -> None:  # noqa: N802
        from .icons import icon

        self.print_button.setIcon(icon("print"))
        self.recovery_key.setText(self.wiz.recovery_key or "")
        self.key_check.setText(self.wiz.backup_page.key_check or "")

    def isComplete(self) -> bool:  # noqa: N802
        return self.stored.isChecked()

    def save_sheet(self) -> None:
        from ..reports.recovery_sheet import recovery_sheet_pdf

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan lembar pemulihan untuk dicetak"),
            str(Path.home() / "lembar-pemulihan-jssc.pdf"), self.tr("PDF (*.pdf)"))
        if not path:
            return
        page = self.wiz.admin_page
        province = getattr(self.wiz.welcome, "province", lambda: False)()
        upt_name = ("Dinas Sosial Provinsi Jawa Timur" if province
                    else self.wiz.profile_page.form.name.text().strip() or "UPT")
        try:
            recovery_sheet_pdf(
                Path(path), upt_name=upt_name,
                passphrase=self.wiz.backup_page.passphrase.text(),
                key_check=self.wiz.backup_page.key_check or "",
                made_by=page.full_name.text().strip(), admin_username=self.wiz.admin_username,
                admin_recovery_key=self.wiz.recovery_key)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.sheet_path = Path(path)
        self.saved_label.setText(self.tr("Lembar pemulihan disimpan: {path}. Cetak sekarang, "
                                         "lalu hapus berkasnya dari komputer.").format(path=path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
