"""Basis Data: which database this window uses, and how a multi-PC UPT shares one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from ..widgets import button, hint_label


def network_warning_text(db) -> str | None:  # type: ignore[no-untyped-def]
    """The storage layer's warning when the SQLite file lies on a network share."""
    try:
        from ...storage.location import network_warning

        return network_warning(db)
    except Exception:  # noqa: BLE001 - informational only
        return None


class DatabaseTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        db = ctx.db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        form = QFormLayout()
        kind = self.tr("Berkas SQLite di komputer ini") if db.is_sqlite else \
            self.tr("Server PostgreSQL (dipakai bersama beberapa komputer)")
        name = QLabel(db.display_name)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name.setWordWrap(True)
        form.addRow(self.tr("Jenis"), QLabel(kind))
        form.addRow(self.tr("Lokasi"), name)
        self.revision = QLabel()
        form.addRow(self.tr("Versi struktur data"), self.revision)
        layout.addLayout(form)
        warning = network_warning_text(db)
        if warning:
            label = hint_label(warning)
            label.setObjectName("warning")
            layout.addWidget(label)
        if db.is_sqlite and db.sqlite_path is not None:
            open_button = button(self.tr("Buka folder basis data"), "database")
            folder = db.sqlite_path.parent
            open_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
            layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(hint_label(self.tr(
            "Satu komputer: data disimpan dalam satu berkas SQLite di folder data pengguna. "
            "Cadangkan berkas ini secara teratur (tab Cadangan).")))
        layout.addWidget(hint_label(self.tr(
            "Beberapa komputer di satu UPT: pasang PostgreSQL di satu komputer server, lalu "
            "jalankan aplikasi di setiap komputer dengan alamat server itu, misalnya "
            "--db postgresql://jssc@192.168.1.10/jssc atau variabel lingkungan "
            "JSSC_DATABASE_URL. Semua komputer lalu melihat data yang sama; bila dua orang "
            "mengubah data yang sama, perubahan kedua ditolak dengan pesan, tidak ditimpa.")))
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
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
