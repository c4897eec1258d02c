"""'Kirim paket ke Dinsos' on the reports page: the period package
(``<kode-upt>_<periode>.jsscpkg``) of the chosen period, made off the GUI thread and saved to a
folder or a USB stick the user picks; then what it holds is shown (status, period, file name) and
that no personal data is in it.

For the head of UPT and the staff, as the service allows (``report.package``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QGroupBox, QVBoxLayout, QWidget

from ...domain.formatting import format_datetime
from ...domain.periods import Period
from .. import usecase
from ..context import AppContext
from ..widgets import button, hint_label, show_error, show_info
from ._common import documents_dir


def make_package(_session: Any, actor: Any, kind: str, period_key: str, out_dir: Path, *,
                 db: Any, today: date | None, progress: Any) -> tuple[Path, Any]:
    """Worker body: the package written into ``out_dir``, read back and checked."""
    from ...reports.package import build_package
    from ...services.province_inbox import describe_package

    progress("Menghitung data laporan dan membuat paket…", 0.1)
    path = build_package(db, actor, kind, period_key, out_dir=out_dir, today=today)
    progress("Memeriksa paket…", 0.9)
    return path, describe_package(path.name, path.read_bytes())


class PackageBox(QGroupBox):
    """The group box of the reports page; ``period`` gives the period chosen there."""

    def __init__(self, ctx: AppContext, period: Callable[[], Period | None],
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kirim paket ke Dinsos"), parent)
        self.ctx = ctx
        self.period = period
        self.today = today
        self.path: Path | None = None
        self.info: Any = None
        self.busy = False
        layout = QVBoxLayout(self)
        self.label = hint_label(self.tr(
            "Paket periode terpilih untuk Dinas Sosial Provinsi: angka agregat, PDF dan "
            "Excel, bertanda tangan. Simpan ke folder atau flashdisk."))
        layout.addWidget(self.label)
        self.send_button = button(self.tr("Kirim paket ke Dinsos…"), "save")
        self.send_button.clicked.connect(self.send)
        layout.addWidget(self.send_button)
        self.setVisible(ctx.can("report.package"))

    def send(self, folder: str | None = None) -> None:
        period = self.period()
        if period is None or self.busy:
            return
        if not folder:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Pilih folder atau flashdisk tujuan paket"), documents_dir())
        if not folder:
            return
        self.busy = True
        self.send_button.setEnabled(False)
        usecase.run_in_background(
            self, self.ctx, make_package, period.kind, period.key, Path(folder),
            db=self.ctx.db, today=self.today,
            title=self.tr("Paket untuk Dinsos"),
            label=self.tr("Membuat paket {label}…").format(label=period.label),
            on_done=self._done, on_error=self._failed, cancellable=False)

    def _done(self, result: tuple[Path, Any]) -> None:
        self.busy = False
        self.send_button.setEnabled(True)
        self.path, self.info = result
        info = self.info
        self.label.setText(self.tr(
            "Tersimpan: {file}\n{period}, {status}. Tanpa data pribadi klien.").format(
                file=info.file_name, period=info.label, status=info.word))
        show_info(self, self.tr("Paket untuk Dinsos tersimpan"), self.tr(
            "Paket disimpan sebagai {path}.\n\nPeriode: {period}. Status: {status}. Dibuat "
            "{when}.\nIsi: data angka agregat (data.json), PDF dan Excel laporan, manifest "
            "bertanda tangan.\nTidak ada data pribadi di dalamnya: tanpa NIK, nama, alamat atau "
            "data kesehatan klien.\n\nKirim berkas ini ke Dinas Sosial Provinsi lewat surel "
            "atau flashdisk.").format(path=self.path, period=info.label, status=info.word,
                                      when=format_datetime(info.made_at)))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.send_button.setEnabled(True)
        show_error(self, exc)
