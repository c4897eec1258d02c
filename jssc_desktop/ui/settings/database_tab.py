"""Basis Data: which database this window uses, where the SQLite file lives, and the PostgreSQL
server a multi-PC UPT shares.

Everything chosen here is remembered per Windows user in the small configuration file of
``paths`` (``data_location``, ``database_url``) and takes effect at the next start: the open
database is never switched under a running window. A PostgreSQL password goes to the operating
system's credential store (``storage.credentials``), never into the configuration file. Only the
administrator may change anything; the other roles see what is in use.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from ... import paths
from ...domain.errors import DomainError, StorageError
from ...services.database_location import (
    DB_FILE_NAME,
    DEFAULT_PG_PORT,
    ConnectionCheck,
    CopyResult,
    copy_database_to,
    same_file,
    try_connection,
)
from ...storage.db import (
    ENV_URL,
    configured_url,
    forget_database_url,
    postgresql_url,
    remember_database_url,
    safe_url,
)
from .. import usecase
from ..context import AppContext
from ..widgets import (
    ask_confirm,
    button,
    error_text,
    hint_label,
    mark_invalid,
    message_text,
    show_error,
    show_info,
    show_warning,
)

log = logging.getLogger(__name__)


def network_warning_text(db) -> str | None:
    """The storage layer's warning when the SQLite file lies on a network share."""
    try:
        from ...storage.location import network_warning

        return network_warning(db)
    except Exception:  # noqa: BLE001 - informational only
        return None


# ------------------------------------------------------------------------- work without widgets


def location_folder(choice: str) -> Path:
    """The folder of a data-location choice: 'shared', 'user' or a folder path."""
    if choice == "shared":
        return paths.shared_data_dir()
    if choice == "user":
        return paths.user_data_dir()
    return Path(choice).expanduser()


# ------------------------------------------------------------------------------------ the tab


class DatabaseTab(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "settings#database"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.can("settings.edit")
        self.custom_folder: str = ""
        db = ctx.db

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)

        # -- what is in use now
        now = QGroupBox(self.tr("Basis data yang dipakai sekarang"))
        form = QFormLayout(now)
        kind = self.tr("Berkas SQLite di komputer ini") if db.is_sqlite else \
            self.tr("Server PostgreSQL (dipakai bersama beberapa komputer)")
        self.kind_label = QLabel(kind)
        self.location_label = QLabel(self._current_place())
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setWordWrap(True)
        form.addRow(self.tr("Jenis"), self.kind_label)
        form.addRow(self.tr("Lokasi") if db.is_sqlite else self.tr("Server"),
                    self.location_label)
        self.revision = QLabel()
        form.addRow(self.tr("Versi struktur data"), self.revision)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Saat dibuka berikutnya"), self.next_label)
        self.choice_label = QLabel()
        self.choice_label.setWordWrap(True)
        form.addRow(self.tr("Pilihan folder data"), self.choice_label)
        warning = network_warning_text(db)
        self.warning_label = hint_label(warning or "")
        self.warning_label.setObjectName("warning")
        self.warning_label.setVisible(bool(warning))
        form.addRow(self.warning_label)
        if db.is_sqlite and db.sqlite_path is not None:
            open_button = button(self.tr("Buka folder basis data"), "database")
            folder = db.sqlite_path.parent
            open_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
            open_row = QHBoxLayout()
            open_row.addWidget(open_button)
            open_row.addStretch(1)
            form.addRow("", open_row)
        layout.addWidget(now)
        if not self.editable:
            layout.addWidget(hint_label(self.tr(
                "Hanya Administrator yang dapat mengubah lokasi data atau server basis data.")))

        self.env_notice = hint_label()
        self.env_notice.setObjectName("warning")
        layout.addWidget(self.env_notice)

        # One box under the other: side by side they need more than a 1024-pixel screen.
        columns = QVBoxLayout()
        columns.setSpacing(12)
        self.location_box = self._build_location_box()
        self.server_box = self._build_server_box()
        columns.addWidget(self.location_box, 1)
        columns.addWidget(self.server_box, 1)
        layout.addLayout(columns)
        # Other roles see what is in use, not forms they cannot use.
        self.location_box.setVisible(self.editable)
        self.server_box.setVisible(self.editable)
        layout.addWidget(hint_label(self.tr(
            "Satu komputer: cukup berkas SQLite. Beberapa komputer di satu UPT: pasang "
            "PostgreSQL di satu komputer server, lalu pilih server itu di setiap komputer. "
            "Jangan membagi berkas SQLite lewat folder jaringan: berkas dapat rusak bila dua "
            "komputer menulis bersamaan.")))
        layout.addStretch(1)
        self.refresh()

    # ------------------------------------------------------------------------- building

    def _current_place(self) -> str:
        db = self.ctx.db
        if db.is_sqlite:
            return db.display_name
        u = db.url
        return self.tr("{host}:{port}, basis data '{name}', pengguna '{user}'").format(
            host=u.host or "localhost", port=u.port or DEFAULT_PG_PORT, name=u.database or "",
            user=u.username or "")

    def _build_location_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lokasi folder data (berkas SQLite)"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        self.location_group = QButtonGroup(self)
        self.loc_shared = QRadioButton(self.tr("Bersama untuk semua pengguna PC ini"))
        self.loc_user = QRadioButton(self.tr("Hanya untuk pengguna Windows ini"))
        self.loc_other = QRadioButton(self.tr("Folder lain…"))
        self.shared_path = self._path_label(str(paths.shared_data_dir()))
        self.user_path = self._path_label(str(paths.user_data_dir()))
        self.other_path = self._path_label(self.tr("(belum dipilih)"))
        self.pick_folder_button = button(self.tr("Pilih folder…"))
        self.pick_folder_button.clicked.connect(self.pick_folder)
        row = 0
        for radio, label in ((self.loc_shared, self.shared_path),
                             (self.loc_user, self.user_path),
                             (self.loc_other, self.other_path)):
            self.location_group.addButton(radio)
            grid.addWidget(radio, row, 0, 1, 2)
            grid.addWidget(label, row + 1, 1)
            row += 2
        grid.addWidget(self.pick_folder_button, row - 1, 2)
        grid.setColumnMinimumWidth(0, 18)
        self.loc_other.toggled.connect(self._other_toggled)
        self.location_group.buttonToggled.connect(lambda *_a: self._update_buttons())

        buttons = QHBoxLayout()
        self.save_location_button = button(self.tr("Simpan lokasi"), "save", primary=True)
        self.save_location_button.clicked.connect(self.save_location)
        self.copy_button = button(self.tr("Salin basis data ke lokasi baru"), "duplicate")
        self.copy_button.clicked.connect(self.copy_database)
        buttons.addWidget(self.save_location_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, row, 0, 1, 3)
        grid.addWidget(hint_label(self.tr(
            "Folder ini memuat basis data, cadangan dan catatan log. Pilihan berlaku untuk "
            "akun Windows Anda dan baru dipakai saat aplikasi dibuka berikutnya. Basis data "
            "yang ada TIDAK dipindahkan otomatis: gunakan 'Salin basis data ke lokasi baru' "
            "agar data yang sekarang ikut terbawa; tanpa salinan, aplikasi mulai dengan "
            "basis data kosong di folder baru.")), row + 1, 0, 1, 3)
        box.setEnabled(self.editable)
        return box

    def _path_label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Server PostgreSQL (beberapa PC)"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.pg_host = QLineEdit()
        self.pg_host.setPlaceholderText(self.tr("mis. 192.168.1.10 atau server-upt"))
        self.pg_port = QSpinBox()
        self.pg_port.setRange(1, 65535)
        self.pg_port.setValue(DEFAULT_PG_PORT)
        self.pg_port.setGroupSeparatorShown(False)
        self.pg_port.setMaximumWidth(110)
        self.pg_database = QLineEdit()
        self.pg_database.setPlaceholderText("jssc")
        self.pg_user = QLineEdit()
        self.pg_user.setPlaceholderText("jssc")
        self.pg_password = QLineEdit()
        self.pg_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.pg_password.setPlaceholderText(self.tr("kosongkan bila sudah tersimpan"))
        form.addRow(self.tr("Alamat server"), self.pg_host)
        form.addRow(self.tr("Port"), self.pg_port)
        form.addRow(self.tr("Nama basis data"), self.pg_database)
        form.addRow(self.tr("Nama pengguna"), self.pg_user)
        form.addRow(self.tr("Kata sandi"), self.pg_password)
        layout.addLayout(form)
        self.pg_status = QLabel()
        self.pg_status.setWordWrap(True)
        self.pg_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pg_status.hide()
        layout.addWidget(self.pg_status)
        buttons = QHBoxLayout()
        self.test_button = button(self.tr("Uji sambungan"), "check")
        self.test_button.clicked.connect(self.test_server)
        self.save_server_button = button(self.tr("Simpan"), "save", primary=True)
        self.save_server_button.clicked.connect(self.save_server)
        self.sqlite_button = button(self.tr("Kembali ke berkas SQLite"), "database")
        self.sqlite_button.clicked.connect(self.back_to_sqlite)
        for b in (self.test_button, self.save_server_button, self.sqlite_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(hint_label(self.tr(
            "Kata sandi disimpan di penyimpanan kata sandi Windows (Pengelola Kredensial), "
            "tidak pernah di berkas. Server yang disimpan dipakai saat aplikasi dibuka "
            "berikutnya; bila strukturnya belum ada, aplikasi membuatnya.")))
        layout.addStretch(1)
        self._fields = {"host": self.pg_host, "port": self.pg_port,
                        "database": self.pg_database, "username": self.pg_user,
                        "password": self.pg_password}
        box.setEnabled(self.editable)
        return box

    # ---------------------------------------------------------------------------- state

    def refresh(self) -> None:
        self._refresh_revision()
        self._refresh_location()
        self._refresh_server()
        self._refresh_next()
        self._update_buttons()

    def _refresh_revision(self) -> None:
        try:
            from ...storage.migrate import current_revision, head_revision

            current = current_revision(self.ctx.db)
            head = head_revision()
        except Exception:  # noqa: BLE001 - informational only
            self.revision.setText("—")
            return
        if current == head:
            self.revision.setText(self.tr("{rev} (terbaru)").format(rev=current))
        else:
            self.revision.setText(self.tr("{rev} (terbaru: {head})").format(
                rev=current or "—", head=head))

    def _refresh_location(self) -> None:
        choice = paths.data_location()
        if choice == "shared":
            self.loc_shared.setChecked(True)
        elif choice == "user":
            self.loc_user.setChecked(True)
        else:
            self.custom_folder = choice
            self.other_path.setText(choice)
            self.loc_other.setChecked(True)
        self._other_toggled(self.loc_other.isChecked())
        names = {"shared": self.loc_shared.text(), "user": self.loc_user.text()}
        self.choice_label.setText(self.tr("{name} ({folder})").format(
            name=names.get(choice, self.tr("Folder lain")), folder=location_folder(choice)))

    def _refresh_server(self) -> None:
        text = configured_url()
        url: URL | None = None
        if text:
            try:
                from sqlalchemy.engine import make_url

                url = make_url(text)
            except Exception:  # noqa: BLE001 - a hand-edited config: show empty fields
                url = None
        elif not self.ctx.db.is_sqlite:
            url = self.ctx.db.url
        if url is not None:
            self.pg_host.setText(url.host or "")
            self.pg_port.setValue(url.port or DEFAULT_PG_PORT)
            self.pg_database.setText(url.database or "")
            self.pg_user.setText(url.username or "")

    def _refresh_next(self) -> None:
        """What the next start will open, and whether an environment variable overrides it."""
        notices = []
        env_url = os.environ.get(ENV_URL)
        if env_url:
            notices.append(self.tr(
                "Variabel lingkungan {name} diatur di komputer ini; selama ada, variabel itu "
                "menentukan basis data dan pilihan server di bawah tidak dipakai.").format(
                    name=ENV_URL))
        if os.environ.get("JSSC_DATA_DIR"):
            notices.append(self.tr(
                "Variabel lingkungan JSSC_DATA_DIR menentukan folder data ({path}); pilihan "
                "lokasi folder di bawah baru dipakai bila variabel itu dihapus.").format(
                    path=os.environ["JSSC_DATA_DIR"]))
        self.env_notice.setText("\n".join(notices))
        self.env_notice.setVisible(bool(notices))
        configured = configured_url()
        if env_url:
            text = self.tr("alamat dari variabel {name}").format(name=ENV_URL)
        elif configured:
            text = self.tr("server PostgreSQL {server}").format(server=_server_of(configured))
        else:
            try:
                folder = Path(os.environ["JSSC_DATA_DIR"]) if os.environ.get("JSSC_DATA_DIR") \
                    else location_folder(paths.data_location())
                text = self.tr("berkas SQLite {path}").format(path=folder / DB_FILE_NAME)
            except Exception:  # noqa: BLE001
                text = self.tr("berkas SQLite di folder data")
        self.next_label.setText(text)

    def _other_toggled(self, on: bool) -> None:
        self.pick_folder_button.setEnabled(on and self.editable)

    def _update_buttons(self) -> None:
        self.copy_button.setEnabled(self.editable and self.ctx.db.is_sqlite)
        self.sqlite_button.setEnabled(self.editable and configured_url() is not None)

    def selected_location(self) -> str | None:
        if self.loc_shared.isChecked():
            return "shared"
        if self.loc_user.isChecked():
            return "user"
        if self.loc_other.isChecked():
            return self.custom_folder or None
        return None

    # ----------------------------------------------------------------------- data folder

    def pick_folder(self) -> None:
        start = self.custom_folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder data"), start)
        if folder:
            self.custom_folder = folder
            self.other_path.setText(folder)
            self.loc_other.setChecked(True)

    def save_location(self) -> None:
        choice = self.selected_location()
        if choice is None:
            show_warning(self, self.tr("Lokasi folder data"),
                         self.tr("Pilih dulu folder lain dengan tombol 'Pilih folder…'."))
            return
        try:
            folder = paths.set_data_location(choice)
        except DomainError as exc:
            show_error(self, exc)
            return
        except OSError as exc:
            show_error(self, StorageError(self.tr(
                "Pilihan lokasi tidak dapat disimpan: {error}.").format(
                    error=exc.strerror or exc)))
            return
        self._refresh_next()
        self._refresh_location()
        target = folder / DB_FILE_NAME
        current = self.ctx.db.sqlite_path
        text = self.tr("Lokasi folder data disimpan: {folder}.").format(folder=folder)
        if current is not None and not target.exists():
            if ask_confirm(
                    self, self.tr("Lokasi folder data"),
                    text + " " + self.tr("Di folder itu belum ada basis data. Salin basis data "
                                         "yang sekarang ke sana?"),
                    detail=self.tr("Basis data yang ada tidak dipindahkan otomatis. Tanpa "
                                   "salinan, aplikasi mulai dengan basis data kosong di folder "
                                   "baru saat dibuka berikutnya."),
                    yes=self.tr("Salin sekarang"), no=self.tr("Jangan salin")):
                self._run_copy(folder)
                return
        elif current is not None and target.exists() and not same_file(target, current):
            text += " " + self.tr("Di folder itu sudah ada basis data; basis data itulah yang "
                                  "dipakai saat aplikasi dibuka berikutnya.")
        self.offer_restart(text)

    def copy_database(self) -> None:
        choice = self.selected_location()
        if choice is None:
            show_warning(self, self.tr("Salin basis data"),
                         self.tr("Pilih dulu folder tujuan."))
            return
        self._run_copy(location_folder(choice))

    def _run_copy(self, folder: Path) -> None:
        def done(result: CopyResult) -> None:
            self.offer_restart(self.tr("Basis data disalin dan diperiksa: {path}.").format(
                path=result.path), detail=result.message)

        usecase.run_in_background(
            self, self.ctx, copy_database_to, folder, title=self.tr("Salin basis data"),
            label=self.tr("Menyalin basis data ke {folder}…").format(folder=folder),
            cancellable=False, on_done=done, on_error=lambda exc: show_error(self, exc))

    # ---------------------------------------------------------------------------- server

    def _server_input(self) -> tuple[str, int, str, str] | None:
        for widget in self._fields.values():
            mark_invalid(widget, False)
        host = self.pg_host.text().strip()
        database = self.pg_database.text().strip()
        user = self.pg_user.text().strip()
        missing = [(w, label) for w, label, value in (
            (self.pg_host, self.tr("alamat server"), host),
            (self.pg_database, self.tr("nama basis data"), database),
            (self.pg_user, self.tr("nama pengguna"), user)) if not value]
        for widget, _label in missing:
            mark_invalid(widget, True)
        if missing:
            show_warning(self, self.tr("Isian belum lengkap"),
                         self.tr("Isi {fields}.").format(
                             fields=", ".join(label for _w, label in missing)))
            missing[0][0].setFocus()
            return None
        if any(c in host for c in " /@?#"):
            mark_invalid(self.pg_host, True)
            show_warning(self, self.tr("Isian belum benar"),
                         self.tr("Alamat server hanya berisi nama komputer atau alamat IP, "
                                 "mis. 192.168.1.10."))
            return None
        return host, self.pg_port.value(), database, user

    def _set_status(self, ok: bool, text: str) -> None:
        self.pg_status.setObjectName("ok" if ok else "error")
        self.pg_status.style().unpolish(self.pg_status)
        self.pg_status.style().polish(self.pg_status)
        self.pg_status.setText(text)
        self.pg_status.show()

    def test_server(self) -> None:
        parts = self._server_input()
        if parts is None:
            return
        host, port, database, user = parts
        url = postgresql_url(host=host, port=port, database=database, username=user)
        password = self.pg_password.text()
        if password:
            url = url.set(password=password)
        else:
            from sqlalchemy.engine import make_url

            from ...storage.credentials import url_with_password

            url = make_url(url_with_password(url))
        self.pg_status.hide()
        self.test_button.setEnabled(False)

        def done(result: ConnectionCheck) -> None:
            self.test_button.setEnabled(True)
            ok, message = result.ok, message_text(result.message)
            detail = message_text(result.detail)
            self._set_status(ok, message)
            if ok:
                show_info(self, self.tr("Uji sambungan"), message, detail)
            else:
                show_warning(self, self.tr("Uji sambungan"), message, detail)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            show_error(self, exc)

        usecase.run_in_background(
            self, self.ctx, try_connection, url, title=self.tr("Uji sambungan"),
            label=self.tr("Menghubungi server {server}…").format(server=f"{host}:{port}"),
            cancellable=False, on_done=done, on_error=failed)

    def save_server(self) -> None:
        parts = self._server_input()
        if parts is None:
            return
        host, port, database, user = parts
        url = postgresql_url(host=host, port=port, database=database, username=user)
        password = self.pg_password.text()
        stored = False
        refusal = ""
        if password:
            from ...storage import credentials

            if not credentials.available():
                refusal = self.tr(
                    "Komputer ini tidak memiliki penyimpanan kata sandi sistem operasi, jadi "
                    "kata sandi TIDAK disimpan (juga tidak di berkas mana pun). Server hanya "
                    "dapat dipakai bila mengizinkan masuk tanpa kata sandi, atau bila alamat "
                    "lengkapnya diberikan lewat variabel lingkungan {name}.").format(
                        name=ENV_URL)
            else:
                try:
                    credentials.store_password(url, password)
                    stored = True
                except DomainError as exc:
                    refusal = self.tr("Kata sandi tidak disimpan: {reason}").format(
                        reason=error_text(exc))
        try:
            remember_database_url(url)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.pg_password.clear()
        self._refresh_next()
        self._update_buttons()
        if refusal:
            show_warning(self, self.tr("Kata sandi tidak disimpan"), refusal)
        text = self.tr("Server PostgreSQL {server} disimpan sebagai basis data untuk akun "
                       "Windows ini.").format(server=f"{host}:{port}")
        detail = self.tr("Kata sandi disimpan di penyimpanan kata sandi sistem operasi, tidak "
                         "di berkas.") if stored else None
        self.offer_restart(text, detail=detail)

    def back_to_sqlite(self) -> None:
        if configured_url() is None:
            return
        if not ask_confirm(self, self.tr("Kembali ke berkas SQLite"),
                           self.tr("Berhenti memakai server PostgreSQL dan kembali ke berkas "
                                   "SQLite di folder data saat aplikasi dibuka berikutnya?"),
                           detail=self.tr("Data di server tidak dihapus dan tidak disalin ke "
                                          "berkas SQLite."),
                           yes=self.tr("Kembali ke SQLite")):
            return
        try:
            forget_database_url()
        except DomainError as exc:
            show_error(self, exc)
            return
        self._refresh_next()
        self._update_buttons()
        self.offer_restart(self.tr("Pilihan server PostgreSQL dihapus; aplikasi memakai berkas "
                                   "SQLite saat dibuka berikutnya."))

    # ---------------------------------------------------------------------------- restart

    def offer_restart(self, text: str, detail: str | None = None) -> None:
        """Say that the change applies at the next start and offer to close the application."""
        full_detail = self.tr("Perubahan berlaku saat aplikasi dibuka berikutnya.")
        if detail:
            full_detail = detail + "\n\n" + full_detail
        if ask_confirm(self, self.tr("Pengaturan basis data"), text,
                       detail=full_detail + " " + self.tr("Tutup aplikasi sekarang?"),
                       yes=self.tr("Tutup aplikasi"), no=self.tr("Nanti saja")):
            self.close_application()

    def close_application(self) -> None:
        window = self.window()
        if window is not None and window is not self:
            window.close()
        QApplication.quit()


def _server_of(url_text: str) -> str:
    try:
        from sqlalchemy.engine import make_url

        u = make_url(url_text)
    except Exception:  # noqa: BLE001
        return url_text
    return f"{u.host or 'localhost'}:{u.port or DEFAULT_PG_PORT}/{u.database or ''}"


__all__ = ["DatabaseTab", "network_warning_text", "safe_url"]
