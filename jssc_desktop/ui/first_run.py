"""First start on an empty database: describe the UPT and create the first administrator,
or open a demo database to look around."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.errors import DomainError
from .profile_form import ProfileForm
from .widgets import (
    button,
    error_text,
    hint_label,
    mark_invalid,
    set_window_icon,
    show_error,
    show_info,
)
from .worker import run_in_background

if TYPE_CHECKING:
    from ..storage.db import Database

log = logging.getLogger(__name__)

PROFILE_FIELDS = ("name", "code", "cluster", "address", "kab_kota_code", "phone", "email",
                  "capacity", "head_name", "head_nip")
DEMO_CLIENTS = 500
DEMO_YEARS = 3
DEMO_SEED = 1


class _DryRun(Exception):
    """Raised inside a unit of work to roll back a trial save."""


class WelcomePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Selamat datang di JSSC Desktop"))
        self.setSubTitle(self.tr("Basis data ini masih kosong. Pilih cara memulai."))
        layout = QVBoxLayout(self)
        layout.addWidget(self._installation_choice())
        layout.addSpacing(12)
        layout.addWidget(hint_label(self.tr(
            "Ingin melihat-lihat dulu? Data demo berisi {clients} klien rekaan selama {years} "
            "tahun, lengkap dengan pelatihan, kehadiran dan bimbingan lanjut. Data demo hanya "
            "untuk latihan; jangan dicampur dengan data sungguhan.").format(
                clients=DEMO_CLIENTS, years=DEMO_YEARS)))
        self.demo_button = button(self.tr("Buka data demo"), "demo")
        self.demo_button.clicked.connect(wizard.build_demo)
        row = QWidget()
        row_layout = QVBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(row)
        layout.addStretch(1)

    def _installation_choice(self) -> QGroupBox:
        """UPT (the default) or the province's installation at Dinas Sosial."""
        box = QGroupBox(self.tr("Jenis instalasi"))
        v = QVBoxLayout(box)
        self.upt_choice = QRadioButton(self.tr("Instalasi UPT"))
        self.upt_choice.setChecked(True)
        v.addWidget(self.upt_choice)
        v.addWidget(hint_label(self.tr(
            "Untuk memakai aplikasi di UPT Anda: isi profil UPT lalu buat akun Administrator "
            "pertama.")))
        self.province_choice = QRadioButton(self.tr("Instalasi Dinas Sosial Provinsi"))
        v.addWidget(self.province_choice)
        v.addWidget(hint_label(self.tr(
            "Untuk Dinas Sosial Provinsi: menerima paket laporan dari UPT dan menyusun laporan "
            "provinsi. Basis data ini tidak menyimpan data klien.")))
        v.addWidget(hint_label(self.tr("Tekan 'Berikutnya' untuk mulai.")))
        return box

    def province(self) -> bool:
        return self.province_choice.isChecked()


class ProfilePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Profil UPT"))
        self.setSubTitle(self.tr("Data ini tampil di kop surat dan tanda tangan laporan. "
                                 "Semua dapat diubah lagi di Pengaturan."))
        layout = QVBoxLayout(self)
        self.form = ProfileForm()
        layout.addWidget(self.form)
        self.fields = self.form.fields
        self.form.name.textChanged.connect(self.completeChanged)
        self.form.code.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.form.name.text().strip() and self.form.code.text().strip())

    def data(self):
        return self.form.data()

    def validatePage(self) -> bool:  # noqa: N802
        """Try the save and roll it back, so a bad field is named before moving on."""
        if not self.wiz.database_ready():
            return False
        from ..services.base import Actor
        from ..services.profile import save_profile

        for widget in self.fields.values():
            mark_invalid(widget, False)
        try:
            with self.wiz.db.session() as s:
                save_profile(s, Actor.system(), self.data())
                raise _DryRun()
        except _DryRun:
            return True
        except DomainError as exc:
            self.show_field_error(exc)
            return False
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False

    def show_field_error(self, exc: DomainError) -> None:
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            mark_invalid(widget, True, error_text(exc))
            widget.setFocus()
        show_error(self, exc)


class AdminPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Akun Administrator pertama"))
        self.setSubTitle(self.tr("Administrator mengelola pengguna, pengaturan dan cadangan "
                                 "data. Akun lain dibuat nanti di Pengaturan → Pengguna."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("huruf kecil, mis. admin"))
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama pengguna *"), self.username)
        form.addRow(self.tr("Nama lengkap *"), self.full_name)
        form.addRow(self.tr("Kata sandi *"), self.password)
        form.addRow(self.tr("Ulangi kata sandi *"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(hint_label(self.tr(
            "Kata sandi minimal 8 karakter, memuat huruf dan angka, dan tidak memuat nama "
            "pengguna. Catat dan simpan di tempat aman: tanpa akun Administrator, pengguna "
            "baru tidak dapat dibuat.")))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for edit in (self.username, self.full_name, self.password, self.repeat):
            edit.textChanged.connect(self.completeChanged)
        self.fields = {"username": self.username, "full_name": self.full_name,
                       "password": self.password}

    def isComplete(self) -> bool:  # noqa: N802
        return all(e.text().strip() for e in (self.username, self.full_name, self.password,
                                             self.repeat))

    def validatePage(self) -> bool:  # noqa: N802
        for widget in (*self.fields.values(), self.repeat):
            mark_invalid(widget, False)
        self.error.clear()
        if self.wiz.admin_username is not None and self.wiz._admin_id is not None:
            return True  # already saved
        if self.password.text() != self.repeat.text():
            mark_invalid(self.repeat, True)
            self.error.setText(self.tr("Kedua kata sandi tidak sama."))
            self.repeat.setFocus()
            return False
        return self.wiz.save_setup()

    def show_field_error(self, exc: DomainError) -> None:
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            mark_invalid(widget, True, error_text(exc))
            widget.setFocus()
        self.error.setText(error_text(exc))


class FirstRunWizard(QWizard):
    """After exec(): ``admin_username`` (new setup) or ``demo_built`` (demo data) is set."""

    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "signin#first-run"

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        """``db`` may be None while the new database is still being created (the first page
        needs none); :meth:`set_database` hands it over."""
        super().__init__(parent)
        self.db = db
        self.admin_username: str | None = None
        self.demo_built = False
        self.demo_logins: list[tuple[str, str, str]] = []
        self.setWindowTitle(self.tr("Penyiapan pertama — JSSC Desktop"))
        set_window_icon(self)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Berikutnya >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Simpan dan mulai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setMinimumSize(640, 520)
        self.welcome = WelcomePage(self)
        self.profile_page = ProfilePage(self)
        self.admin_page = AdminPage(self)
        from .first_run_keys import BackupKeyPage, RecoveryPage

        self.backup_page = BackupKeyPage(self)
        self.recovery_page = RecoveryPage(self)
        self.recovery_key: str | None = None
        self._admin_id: int | None = None
        self.addPage(self.welcome)
        self.profile_id = self.addPage(self.profile_page)
        self.admin_id = self.addPage(self.admin_page)
        # The profile and the administrator are saved on leaving that page: no way back to it.
        self.admin_page.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Simpan, lanjutkan >"))
        self.addPage(self.backup_page)
        self.addPage(self.recovery_page)
        self.welcome.demo_button.setEnabled(db is not None)

    def nextId(self) -> int:  # noqa: N802 - Qt name
        """A province installation has no UPT profile: from the welcome page to the account."""
        if self.currentPage() is self.welcome and self.welcome.province():
            return self.admin_id
        return super().nextId()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.welcome.demo_button.setEnabled(True)

    def database_ready(self) -> bool:
        """True once the database is open; otherwise says so (it takes a moment at most)."""
        if self.db is None:
            show_info(self, self.tr("Basis data"),
                      self.tr("Basis data baru masih disiapkan. Tunggu sebentar, lalu coba lagi."))
            return False
        return True

    def save_setup(self) -> bool:
        """Profile and first administrator in one unit of work: both or neither."""
        if not self.database_ready():
            return False
        from ..services import users
        from ..services.base import Actor
        from ..services.profile import save_profile

        system = Actor.system()
        page = self.admin_page
        province = self.welcome.province()
        try:
            with self.db.session() as s:
                if province:
                    from ..services.province import init_province

                    init_province(s, system)
                else:
                    save_profile(s, system, self.profile_page.data())
                view = users.create_user(
                    s, system, username=page.username.text(), full_name=page.full_name.text(),
                    role="admin", password=page.password.text(), must_change=False)
                # shown once on the recovery step, kept only as a hash
                self.recovery_key = users.issue_recovery_key(s, system, view.id)
        except DomainError as exc:
            if exc.field in PROFILE_FIELDS and not province:
                self.back()
                self.profile_page.show_field_error(exc)
            else:
                page.show_field_error(exc)
            return False
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        self.admin_username = view.username
        self._admin_id = view.id
        return True

    def admin_actor(self):
        """The first administrator, once created (the passphrase is set in their name)."""
        from ..services.base import Actor

        if self._admin_id is None or self.admin_username is None:
            return None
        return Actor(self._admin_id, self.admin_username, "admin",
                     self.admin_page.full_name.text().strip())

    # ------------------------------------------------------------------------------- demo data

    def build_demo(self) -> None:
        if not self.database_ready():
            return
        if self.welcome.province():
            show_info(self, self.tr("Data demo"), self.tr(
                "Data demo adalah data sebuah UPT. Pilih 'Instalasi UPT' untuk membukanya."))
            return
        try:
            from ..services.demo import build_demo
        except ImportError:
            show_info(self, self.tr("Data demo"),
                      self.tr("Pembuat data demo belum tersedia di versi aplikasi ini."))
            return

        def work(progress, db):
            return build_demo(db, clients=DEMO_CLIENTS, years=DEMO_YEARS, seed=DEMO_SEED,
                              progress=progress)

        self.welcome.demo_button.setEnabled(False)
        self._demo_worker = run_in_background(
            self, work, self.db, title=self.tr("Membuat data demo"),
            label=self.tr("Membuat data demo; tunggu sebentar…"), cancellable=False,
            on_done=self._demo_done, on_error=self._demo_failed)

    def _demo_failed(self, exc: BaseException) -> None:
        self.welcome.demo_button.setEnabled(True)
        show_error(self, exc)

    def _demo_done(self, summary: object) -> None:
        self.demo_built = True
        self.demo_logins = demo_logins(summary)
        lines = [self.tr("Data demo siap. Masuk dengan salah satu akun berikut:"), ""]
        for username, password, role in self.demo_logins:
            lines.append(self.tr("• {role}: nama pengguna {username}, kata sandi {password}")
                         .format(role=role, username=username, password=password))
        show_info(self, self.tr("Data demo"), "\n".join(lines))
        if self.demo_logins:
            self.admin_username = self.demo_logins[0][0]
        self.accept()


def demo_logins(summary: object) -> list[tuple[str, str, str]]:
    """(username, password, role name) of the demo accounts, from the demo module's data."""
    from ..domain.vocab import ROLES

    try:
        from ..services import demo
    except ImportError:
        return []
    found = getattr(summary, "logins", None) or getattr(demo, "DEMO_LOGINS", None) \
        or getattr(demo, "DEMO_USERS", None)
    password = getattr(demo, "DEMO_PASSWORD", None)
    result = []
    for item in found or []:
        if isinstance(item, dict):
            username, pw, role = item.get("username"), item.get("password"), item.get("role")
        elif isinstance(item, (tuple, list)):
            username, pw, role = (list(item) + [None, None, None])[:3]
            if pw in ROLES:  # (username, role) pairs with one shared password
                role, pw = pw, None
        else:
            username = getattr(item, "username", None)
            pw = getattr(item, "password", None)
            role = getattr(item, "role", None)
        if username:
            result.append((str(username), str(pw or password or ""),
                           ROLES.name(role) if role else ""))
    return result
