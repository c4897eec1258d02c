"""'Laporan provinsi': the province report of a period (``reports/province.py``), in the formats
it offers, made off the GUI thread into a folder the user picks; the files made are listed and
can be opened. The report's status (SEMENTARA, DISETUJUI by whom and when, PERBAIKAN KE-n) is
shown for the chosen period, and the province head approves it here
(``reports/province_approval.approve_province``: the permission is checked there, the approval
audited and the approved PDF and XLSX archived), off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.formatting import format_datetime
from .. import usecase
from ..context import AppContext
from ..pages._common import PageBase, documents_dir, open_file, toolbar
from ..widgets import ask_confirm, button, heading, hint_label, show_error, show_info
from .common import PeriodChooser, t

FORMAT_NAMES = {"pdf": "PDF", "xlsx": "Excel (XLSX)", "json": "JSON"}


def write_report(_session: Any, actor: Any, kind: str, period_key: str, formats: tuple[str, ...],
                 out_dir: Path, *, db: Any, progress: Any) -> list[Path]:
    """Worker body: the province report's files, one format after the other."""
    from ...reports.province import write_province_report

    paths: list[Path] = []
    for n, f in enumerate(formats):
        progress(t("Menyusun berkas {name} ({n} dari {total})…").format(
            name=FORMAT_NAMES.get(f, f.upper()), n=n + 1, total=len(formats)),
            n / len(formats))
        paths += write_province_report(db, actor, kind, period_key, formats=(f,),
                                       out_dir=out_dir)
    progress(t("Selesai"), 1.0)
    return paths


def approve_report(session: Any, actor: Any, kind: str, period_key: str, *, today: Any,
                   progress: Any) -> Any:
    """Worker body: approve and archive the province report (the head's permission is checked
    by the service)."""
    from ...reports.province_approval import approve_province

    progress(t("Menyusun dan mengarsipkan laporan yang disetujui…"), 0.1)
    return approve_province(session, actor, kind, period_key, today=today)


class ProvinceReportPage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "province#report"

    topics = frozenset({RecordKind.PROVINCE_PACKAGE, RecordKind.REPORT})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: Any = None) -> None:
        super().__init__(ctx, parent)
        from ...reports.province import FORMATS

        self.today = today
        self.busy = False
        self.state: Any = None
        self.paths: list[Path] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Laporan provinsi")))
        layout.addWidget(hint_label(self.tr(
            "Laporan gabungan satu periode dari paket terakhir setiap UPT: jumlah provinsi, "
            "satu baris per UPT dengan status dan tanggal diterima, UPT yang belum mengirim, "
            "asal klien dan efektivitas program keterampilan.")))
        choose = QGroupBox(self.tr("Pilih laporan"))
        cv = QVBoxLayout(choose)
        self.chooser = PeriodChooser(today)
        self.chooser.changed.connect(self.refresh)
        cv.addWidget(self.chooser)
        row = QHBoxLayout()
        self.format_boxes: dict[str, QCheckBox] = {}
        for f in FORMATS:
            box = QCheckBox(FORMAT_NAMES.get(f, f.upper()))
            box.setChecked(True)
            self.format_boxes[f] = box
            row.addWidget(box)
        row.addStretch(1)
        cv.addLayout(row)
        self.make_button = button(self.tr("Buat laporan provinsi…"), "reports", primary=True)
        self.make_button.clicked.connect(lambda: self.make())
        self.make_button.setEnabled(ctx.can("province.report"))
        cv.addLayout(toolbar(self.make_button))
        layout.addWidget(choose)
        layout.addWidget(self._status_box())

        files = QGroupBox(self.tr("Hasil"))
        fv = QVBoxLayout(files)
        self.result_label = hint_label(self.tr("Belum ada laporan yang dibuat."))
        fv.addWidget(self.result_label)
        self.file_list = QListWidget()
        self.file_list.itemDoubleClicked.connect(lambda item: open_file(Path(item.text())))
        fv.addWidget(self.file_list, 1)
        self.open_button = button(self.tr("Buka berkas"), "reports")
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setEnabled(False)
        fv.addLayout(toolbar(self.open_button))
        layout.addWidget(files, 1)

    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Status laporan"))
        v = QVBoxLayout(box)
        self.status_label = hint_label("")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.status_label)
        self.approve_button = button(self.tr("Setujui laporan provinsi…"), "check")
        self.approve_button.clicked.connect(lambda: self.approve())
        self.approve_hint = hint_label(
            "" if self.ctx.can("province.approve") else
            self.tr("Hanya pimpinan Dinsos Provinsi yang dapat menyetujui laporan provinsi."))
        v.addLayout(toolbar(self.approve_button, self.approve_hint))
        return box

    def refresh(self) -> None:
        self._dirty = False
        period = self.chooser.current()
        if period is None:
            return
        from ...reports.province_approval import report_state

        try:
            self.state = usecase.fetch_read(self.ctx, report_state, period.kind, period.key,
                                            today=self.today)
        except Exception as exc:  # noqa: BLE001 - shown, the page stays usable
            self.state = None
            self.status_label.setText("")
            show_error(self, exc)
        else:
            self.status_label.setText(self.status_text(self.state))
        self._update_buttons()

    def status_text(self, state: Any) -> str:
        """The status of the chosen period's report, in the window's language."""
        status = state.status
        if status.state == "disetujui":
            text = self.tr("DISETUJUI oleh {name} pada {when}. PDF dan XLSX yang dibuat adalah "
                           "arsip yang disetujui.").format(
                name=status.approved_by, when=format_datetime(status.approved_at))
        elif status.state == "perbaikan":
            text = self.tr("PERBAIKAN KE-{n}: ada paket UPT yang diterima setelah laporan "
                           "disetujui; laporan perlu disetujui lagi.").format(n=status.revision)
        else:
            text = self.tr("SEMENTARA: belum disetujui pimpinan; angka dapat berubah bila UPT "
                           "mengirim paket baru.")
        if not state.upts_sent:
            text += " " + self.tr("Belum ada paket UPT untuk periode ini.")
        else:
            text += " " + self.tr("{n} UPT sudah mengirim paket.", "",
                                  state.upts_sent).format(n=state.upts_sent)
        if not state.finished:
            text += " " + self.tr("Periode belum berakhir; laporan dapat disetujui setelah "
                                  "periode berakhir.")
        return str(text)

    def can_approve(self) -> bool:
        st = self.state
        return (self.ctx.can("province.approve") and st is not None and st.finished
                and st.upts_sent > 0 and st.status.state != "disetujui")

    def _update_buttons(self) -> None:
        self.make_button.setEnabled(self.ctx.can("province.report") and not self.busy)
        self.approve_button.setEnabled(self.can_approve() and not self.busy)

    def approve(self) -> None:
        """Ask, then approve and archive the chosen period's report off the GUI thread. The
        service checks the permission: a user who may not approve is refused there."""
        period = self.chooser.current()
        if period is None or self.busy:
            return
        if not ask_confirm(self, self.tr("Setujui laporan provinsi"), self.tr(
                "Setujui laporan provinsi {label}?\n\nLaporan dibuat dengan status DISETUJUI, "
                "nama Anda dan tanggal hari ini, lalu PDF dan XLSX-nya diarsipkan. Paket UPT "
                "yang diterima kemudian membuat laporan ini berstatus PERBAIKAN sampai disetujui "
                "lagi.").format(label=period.title()), yes=self.tr("Setujui")):
            return
        self.busy = True
        self._update_buttons()
        usecase.run_in_background(
            self, self.ctx, approve_report, period.kind, period.key, today=self.today,
            changes=(RecordKind.REPORT,), title=self.tr("Setujui laporan provinsi"),
            label=self.tr("Menyetujui laporan provinsi {label}…").format(label=period.title()),
            on_done=lambda done: self._approved(period.title(), done), on_error=self._failed,
            cancellable=False)

    def _approved(self, label: str, done: Any) -> None:
        self.busy = False
        self.refresh()
        show_info(self, self.tr("Laporan provinsi disetujui"), self.tr(
            "Laporan provinsi {label} disetujui oleh {name} pada {when} ({n} UPT) dan "
            "diarsipkan.", "", done.packages).format(
                label=label, name=done.approved_by, when=format_datetime(done.approved_at),
                n=done.packages))

    def formats(self) -> tuple[str, ...]:
        return tuple(f for f, box in self.format_boxes.items() if box.isChecked())

    def make(self, folder: str | None = None) -> None:
        period = self.chooser.current()
        formats = self.formats()
        if period is None or self.busy:
            return
        if not formats:
            show_info(self, self.tr("Laporan provinsi"),
                      self.tr("Pilih paling sedikit satu format berkas."))
            return
        if not folder:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Pilih folder tujuan laporan provinsi"), documents_dir())
        if not folder:
            return
        self.busy = True
        self._update_buttons()
        usecase.run_in_background(
            self, self.ctx, write_report, period.kind, period.key, formats, Path(folder),
            db=self.ctx.db, title=self.tr("Laporan provinsi"),
            label=self.tr("Membuat laporan provinsi {label}…").format(label=period.title()),
            on_done=lambda paths: self._done(period.title(), paths), on_error=self._failed,
            cancellable=False)

    def _done(self, label: str, paths: list[Path]) -> None:
        self.busy = False
        self._update_buttons()
        self.paths = list(paths)
        self.file_list.clear()
        for p in self.paths:
            self.file_list.addItem(QListWidgetItem(str(p)))
        self.open_button.setEnabled(bool(self.paths))
        if self.paths:
            self.file_list.setCurrentRow(0)
        self.result_label.setText(self.tr(
            "Laporan provinsi {label}: {n} berkas disimpan di {folder}.", "",
                    len(self.paths)).format(
                label=label, n=len(self.paths),
                folder=self.paths[0].parent if self.paths else ""))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        show_error(self, exc)

    def open_selected(self) -> None:
        item = self.file_list.currentItem()
        if item is not None:
            open_file(Path(item.text()))
