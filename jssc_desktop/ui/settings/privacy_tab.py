"""Privasi Data (UU 27/2022): what personal data this installation holds, and the old records of
discharged clients that are due for review and can be anonymised.

The Kepala UPT and the administrator see the inventory (the facts a breach notice must state
within 3 × 24 hours) and can save it as a text file or a worksheet. Only the administrator sees
the retention list and may anonymise: all selected clients in one unit of work, after a reason
and an explicit confirmation that it cannot be undone. Reading the inventory is itself audited,
so it is only computed when the tab is first shown or the user asks for it.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...domain.changes import RecordKind
from ...domain.formatting import format_date, format_datetime, format_number
from ...services.base import Actor
from ...services.privacy import (
    DataInventory,
    RetentionRow,
    anonymise_client,
    data_inventory,
    inventory_lines,
    retention_candidates,
    retention_years,
    write_inventory,
)
from ...services.settings import set_setting
from .. import usecase
from ..context import AppContext
from ..pages._common import ALIGN_RIGHT, Column, DataTable
from ..widgets import (
    ask_confirm,
    button,
    hint_label,
    message_text,
    show_error,
    show_info,
    show_warning,
)

log = logging.getLogger(__name__)


class PrivacyTab(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "settings#privacy"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.inventory: DataInventory | None = None
        self.may_anonymise = ctx.can("settings.edit")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        # One box under the other: side by side they need more than a 1024-pixel screen.
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        inventory_box = self._build_inventory_box()
        if self.may_anonymise:
            layout.addWidget(inventory_box, 1)
            layout.addWidget(self._build_retention_box(), 1)
        else:
            # Alone, a full-width list would put each count far from its label.
            inventory_box.setMaximumWidth(720)
            layout.addWidget(inventory_box, 1)
            layout.addStretch(0)

    # ------------------------------------------------------------------------- inventory

    def _build_inventory_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Inventaris data pribadi"))
        layout = QVBoxLayout(box)
        layout.addWidget(hint_label(self.tr(
            "Data pribadi apa saja dan berapa banyak yang tersimpan di aplikasi ini. Bila "
            "laptop hilang atau data bocor, pemberitahuan tertulis wajib disampaikan paling "
            "lambat 3 × 24 jam (UU 27/2022); simpan laporan ini sebagai lampirannya. Angka-angka "
            "ini tidak memuat isi data pribadi.")))
        self.inventory_info = QLabel()
        self.inventory_info.setObjectName("hint")
        self.inventory_info.setWordWrap(True)
        layout.addWidget(self.inventory_info)
        self.inventory_tree = QTreeWidget()
        self.inventory_tree.setColumnCount(2)
        self.inventory_tree.setHeaderLabels([self.tr("Data"), self.tr("Jumlah")])
        self.inventory_tree.setRootIsDecorated(False)
        self.inventory_tree.setAlternatingRowColors(True)
        self.inventory_tree.setUniformRowHeights(True)
        self.inventory_tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.inventory_tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Labels are read in full; a long value (the database path) is shortened in the
        # middle and shown whole in its tooltip.
        self.inventory_tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.inventory_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.inventory_tree.setColumnWidth(1, 150)
        self.inventory_tree.setMinimumWidth(480)
        self.inventory_tree.setMinimumHeight(320)
        layout.addWidget(self.inventory_tree, 1)
        buttons = QHBoxLayout()
        self.reload_button = button(self.tr("Hitung ulang"), "refresh")
        self.reload_button.clicked.connect(self.load_inventory)
        self.save_button = button(self.tr("Simpan…"), "save", primary=True)
        self.save_button.clicked.connect(self.save_inventory)
        self.save_button.setEnabled(False)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.inventory is None:
            self.load_inventory()

    def refresh(self) -> None:
        """Called when the settings page is shown again: only what was already loaded."""
        if self.inventory is not None:
            self.load_inventory()
        if self.may_anonymise:
            self.load_candidates()

    def load_inventory(self) -> None:
        inv = usecase.run(self, self.ctx, data_inventory, today=self.today)
        if inv is usecase.FAILED:
            return
        self.inventory = inv
        self._show_inventory(inv)
        self.save_button.setEnabled(True)

    def _show_inventory(self, inv: DataInventory) -> None:
        self.inventory_info.setText(self.tr("Keadaan per {day}, dihitung {moment}.").format(
            day=format_date(inv.today), moment=format_datetime(inv.generated_at)))
        tree = self.inventory_tree
        tree.clear()
        bold = QFont()
        bold.setBold(True)
        for heading, pairs in inventory_lines(inv):
            section = QTreeWidgetItem([message_text(heading), ""])
            section.setFont(0, bold)
            section.setFirstColumnSpanned(True)
            tree.addTopLevelItem(section)
            for label, value in pairs:
                # Counts may come as numbers or as already formatted text.
                number = isinstance(value, int) and not isinstance(value, bool)
                shown = format_number(value) if isinstance(value, int) else message_text(value)
                label = message_text(label)
                item = QTreeWidgetItem([label, shown])
                item.setTextAlignment(1, ALIGN_RIGHT if number or _is_number(shown)
                                      else Qt.AlignmentFlag.AlignLeft
                                      | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(0, label)
                item.setToolTip(1, shown)
                tree.addTopLevelItem(item)
            section.setFirstColumnSpanned(True)

    def inventory_value(self, label: str) -> str | None:
        """The shown value of one inventory line (by its label), for checks and tests."""
        for i in range(self.inventory_tree.topLevelItemCount()):
            item = self.inventory_tree.topLevelItem(i)
            if item is not None and item.text(0) == label:
                return item.text(1)
        return None

    def save_inventory(self) -> None:
        if self.inventory is None:
            return
        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        day = (self.inventory.today or date.today()).isoformat()
        suggested = str(Path(docs) / f"inventaris-data-pribadi-{day}.txt")
        text_filter = self.tr("Berkas teks (*.txt)")
        xlsx_filter = self.tr("Buku kerja Excel (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Simpan inventaris data pribadi"), suggested,
            f"{text_filter};;{xlsx_filter}")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".txt", ".xlsx"):
            target = target.with_name(target.name + (".xlsx" if chosen == xlsx_filter
                                                     else ".txt"))
        try:
            written = write_inventory(self.inventory, target)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        show_info(self, self.tr("Inventaris data pribadi"),
                  self.tr("Inventaris disimpan ke {path}.").format(path=written))

    # ------------------------------------------------------------------------- retention

    def _build_retention_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Klien lama untuk ditinjau"))
        layout = QVBoxLayout(box)
        layout.addWidget(hint_label(self.tr(
            "Klien yang sudah diterminasi lebih lama dari masa simpan. Data pribadinya "
            "sebaiknya dianonimkan: nama, NIK, KK, alamat, kontak, wali, catatan kesehatan "
            "dan keluarga, serta foto dihapus; jenis kelamin, tahun lahir, jenis PPKS, "
            "kabupaten/kota asal, tanggal, tahapan, pelatihan dan hasil bimbingan lanjut tetap "
            "ada, sehingga angka laporan lama tidak berubah.")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Terminasi lebih dari")))
        self.years = QSpinBox()
        self.years.setRange(1, 100)
        self.years.setSuffix(self.tr(" tahun lalu"))
        try:
            self.years.setValue(usecase.fetch(self.ctx, lambda s, _actor: retention_years(s)))
        except Exception as exc:  # noqa: BLE001 - keep the default, say why in the log
            log.warning("retention years unavailable: %s", exc)
            self.years.setValue(10)
        self.years.valueChanged.connect(lambda _v: self.load_candidates())
        row.addWidget(self.years)
        self.save_years_button = button(self.tr("Jadikan masa simpan"), "save")
        self.save_years_button.setToolTip(self.tr(
            "Simpan jumlah tahun ini sebagai masa simpan data UPT (juga dipakai di inventaris)."))
        self.save_years_button.clicked.connect(self.save_years)
        row.addWidget(self.save_years_button)
        row.addStretch(1)
        layout.addLayout(row)
        columns = [
            Column(self.tr("No. registrasi"), lambda r: r.reg_no, width=120),
            Column(self.tr("Nama"), lambda r: r.name, width=200),
            Column(self.tr("Terminasi"), lambda r: format_date(r.discharge_date),
                   sort=lambda r: r.discharge_date, width=140),
            Column(self.tr("Lama"),
                   lambda r: self.tr("{n} tahun", "",
                           r.years_since).format(n=format_number(r.years_since)),
                   sort=lambda r: r.years_since, align=ALIGN_RIGHT),
        ]
        self.table = DataTable(columns, multi=True, stretch=1)
        self.table.setMinimumHeight(240)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_selection())
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        layout.addWidget(self.count_label)
        buttons = QHBoxLayout()
        self.select_all_button = button(self.tr("Pilih semua"), "check")
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.anonymise_button = button(self.tr("Anonimkan…"), "warning")
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.load_candidates()
        return box

    def load_candidates(self) -> None:
        rows = usecase.run(self, self.ctx, retention_candidates, years=self.years.value(),
                           today=self.today)
        if rows is usecase.FAILED:
            return
        self.table.set_rows(rows)
        for column in (0, 2, 3):
            self.table.resizeColumnToContents(column)
        self._update_selection()

    def _update_selection(self) -> None:
        total = self.table.source.rowCount()
        chosen = len(self.table.selectionModel().selectedRows())
        if total == 0:
            self.count_label.setText(self.tr("Tidak ada klien yang melewati masa simpan."))
        else:
            self.count_label.setText(self.tr("{total} klien, {chosen} dipilih.", "", total).format(
                total=format_number(total), chosen=format_number(chosen)))
        self.anonymise_button.setEnabled(chosen > 0)
        self.select_all_button.setEnabled(total > 0)

    def save_years(self) -> None:
        if usecase.run(self, self.ctx, set_setting, "retention_years", str(self.years.value()),
                       changes=(RecordKind.SETTINGS,)) is usecase.FAILED:
            return
        show_info(self, self.tr("Masa simpan data"),
                  self.tr("Masa simpan data diatur menjadi {n} tahun.", "",
                          self.years.value()).format(
                      n=self.years.value()))
        if self.inventory is not None:
            self.load_inventory()

    def anonymise_selected(self) -> None:
        rows: list[RetentionRow] = self.table.selected()
        if not rows:
            show_warning(self, self.tr("Anonimkan"), self.tr("Pilih dulu klien di tabel."))
            return
        names = ", ".join(r.reg_no for r in rows[:3]) + (", …" if len(rows) > 3 else "")
        # The label of QInputDialog does not wrap: keep its lines short.
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Alasan anonimisasi"),
            self.tr("Alasan menganonimkan {n} klien ({names}).\n"
                    "Contoh: masa simpan 10 tahun terlampaui, tinjauan tahunan.\n"
                    "Alasan wajib diisi dan dicatat di log audit.", "", len(rows)).format(
                        n=len(rows), names=names))
        if not ok:
            return
        reason = (reason or "").strip()
        if not reason:
            show_warning(self, self.tr("Alasan anonimisasi"),
                         self.tr("Alasan anonimisasi wajib diisi. Tidak ada data yang diubah."))
            return
        if not ask_confirm(
                self, self.tr("Anonimkan data klien"),
                self.tr("Hapus data pribadi {n} klien secara permanen?", "",
                        len(rows)).format(n=len(rows)),
                detail=self.tr(
                    "Langkah ini TIDAK DAPAT DIBATALKAN: nama, NIK, KK, alamat, kontak, data "
                    "wali, catatan kesehatan dan keluarga, serta foto hilang untuk selamanya. "
                    "Statistik laporan tetap. Cadangan lama masih memuat data sebelum "
                    "anonimisasi; hapus cadangan lama sesuai aturan masa simpan."),
                yes=self.tr("Anonimkan permanen"), no=self.tr("Batal"), danger=True):
            return
        def anonymise_all(s: Session, actor: Actor) -> None:
            for row in rows:  # one unit of work: all or nothing
                anonymise_client(s, actor, row.client_id, reason=reason, today=self.today)

        if usecase.run(self, self.ctx, anonymise_all, changes=(RecordKind.CLIENT,),
                       on_reload=self.load_candidates) is usecase.FAILED:
            return
        self.load_candidates()
        if self.inventory is not None:
            self.load_inventory()
        show_info(self, self.tr("Anonimkan data klien"),
                  self.tr("{n} klien telah dianonimkan.", "", len(rows)).format(n=len(rows)))


def _is_number(text: str) -> bool:
    return bool(text) and text.replace(".", "").replace(",", "").isdigit()


__all__ = ["PrivacyTab"]
