"""Klien: search as you type, filters, a lazily paged sortable table, and the doors to the
detail, the form and the discharge dialog."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.codes import ClientStatus
from ...domain.formatting import format_number
from ...domain.vocab import CLIENT_STATUSES, KAB_KOTA, PPKS, STAGES, sensitive_ppks_codes
from ...services.client_list import scroll_clients
from ...services.clients import ClientQuery
from .. import usecase
from ..context import AppContext
from ..widgets import FlowLayout, SearchEdit, VocabCombo, button, heading, show_error
from .model import ID_ROLE, ClientTableModel, Column

log = logging.getLogger(__name__)

#: Changes that alter what the client list shows (stages, statuses, enrolments for the filter).
SHOWN_KINDS = frozenset({RecordKind.CLIENT, RecordKind.ENROLLMENT, RecordKind.COHORT})


class ClientsPage(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "clients"

    navigate_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.details: dict[int, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Klien")))
        top.addSpacing(16)
        self.search = SearchEdit(placeholder=self.tr("Cari nama, NIK atau nomor registrasi…"))
        self.search.setMinimumWidth(200)
        self.search.search_changed.connect(lambda _t: self.apply_filters())
        top.addWidget(self.search, 1)
        top.addSpacing(8)
        # The count sits under the list (beside the hint), where it has room at 1024×768.
        self.total_label = QLabel()
        self.total_label.setObjectName("subheading")
        if ctx.can("client.edit"):
            self.new_button = button(self.tr("Klien baru"), "add", primary=True)
            self.new_button.setToolTip(self.tr("Daftarkan klien baru (Ctrl+N)"))
            self.new_button.clicked.connect(self.new_item)
            top.addWidget(self.new_button)
        if ctx.can("import.run"):
            self.import_button = button(self.tr("Impor Excel…"), "add")
            self.import_button.setToolTip(self.tr("Masukkan daftar klien dari berkas Excel"))
            self.import_button.clicked.connect(self.import_excel)
            top.addWidget(self.import_button)
        from ..export import add_export_button

        self.export_button = add_export_button(top, self, ctx, self.tr("Daftar klien"),
                                               lambda: self.table, sensitive=True)
        layout.addLayout(top)

        # The filters wrap onto a second line rather than being squeezed until their text is cut.
        filters = FlowLayout()
        self.status = VocabCombo(CLIENT_STATUSES, empty_text=self.tr("Semua status"))
        self.status.set_code(ClientStatus.RESIDENT.value)
        # Sensitive categories (ODHA, trafficking…) are not offered as a filter to roles that
        # may not see them: the service refuses such a filter for them.
        hidden = set() if ctx.can("client.view_sensitive") else sensitive_ppks_codes()
        self.ppks = VocabCombo(PPKS, empty_text=self.tr("Semua kategori PPKS"),
                               codes=[c for c in PPKS.codes if c not in hidden])
        self.stage = VocabCombo(STAGES, empty_text=self.tr("Semua tahapan"))
        self.kab_kota = VocabCombo(KAB_KOTA, empty_text=self.tr("Semua kab/kota"))
        self.track = QComboBox()
        self.track.addItem(self.tr("Semua program"), None)
        self._load_tracks()
        for combo in (self.status, self.ppks, self.stage, self.kab_kota, self.track):
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            filters.addWidget(combo)
        self.reset_button = button(self.tr("Atur ulang"), "refresh")
        self.reset_button.setToolTip(self.tr("Hapus pencarian dan semua penyaring"))
        self.reset_button.clicked.connect(self.reset_filters)
        filters.addWidget(self.reset_button)
        layout.addLayout(filters)

        self.model = ClientTableModel(self._load, self)
        self.model.total_changed.connect(self._show_total)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        widths = {Column.REG_NO: 122, Column.NAME: 220, Column.SEX: 38, Column.AGE: 52,
                  Column.NIK: 152, Column.KAB_KOTA: 135, Column.PPKS: 180, Column.STAGE: 130,
                  Column.STATUS: 80}
        metrics = header.fontMetrics()
        for col, width in widths.items():
            # Never narrower than the header text in the current language, plus the sort arrow.
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            header.resizeSection(col, max(width, metrics.horizontalAdvance(title) + 28))
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.doubleClicked.connect(lambda index: self.open_client(index.data(ID_ROLE)))
        self.table.activated.connect(lambda index: self.open_client(index.data(ID_ROLE)))
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        hint = QLabel(self.tr("Klik dua kali sebuah baris untuk membuka data klien. "
                              "Kolom bertanda panah dapat diurutkan."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        bottom.addWidget(self.total_label)
        bottom.addSpacing(12)
        bottom.addWidget(hint, 1)
        self.open_button = button(self.tr("Buka data"), "user")
        self.open_button.clicked.connect(self.open_selected)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)
        self.apply_filters()
        self.watcher = usecase.ChangeWatcher(ctx, self, SHOWN_KINDS, self.refresh)
        self.track_watcher = usecase.ChangeWatcher(ctx, self, {RecordKind.TRACK},
                                                   self._reload_tracks)

    # ----------------------------------------------------------------------------- loading

    def _load(self, query: ClientQuery):
        return usecase.fetch_read(self.ctx, scroll_clients, query)

    def _load_tracks(self) -> None:
        try:
            from ...services.training import list_tracks

            tracks = usecase.fetch(self.ctx, list_tracks, include_inactive=True)
        except Exception as exc:  # noqa: BLE001 - the filter is optional
            log.info("no training tracks for the filter: %s", exc)
            self.track.setEnabled(False)
            return
        for t in tracks:
            self.track.addItem(t.name, t.id)

    def _reload_tracks(self) -> None:
        current = self.track.currentData()
        self.track.blockSignals(True)
        while self.track.count() > 1:
            self.track.removeItem(self.track.count() - 1)
        self._load_tracks()
        index = self.track.findData(current)
        self.track.setCurrentIndex(max(index, 0))
        self.track.blockSignals(False)

    def query(self) -> ClientQuery:
        return ClientQuery(
            text=self.search.text().strip() or None,
            status=self.status.code(),
            ppks_code=self.ppks.code(),
            stage=self.stage.code(),
            kab_kota_code=self.kab_kota.code(),
            track_id=self.track.currentData(),
        )

    def apply_filters(self) -> None:
        self.model.set_query(self.query())

    def reset_filters(self) -> None:
        for combo in (self.status, self.ppks, self.stage, self.kab_kota, self.track):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def _show_total(self, total: int) -> None:
        self.total_label.setText(self.tr("{n} klien", "", total).format(n=format_number(total)))

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if Column(column) not in (Column.REG_NO, Column.NAME, Column.AGE, Column.STATUS):
            # Not sortable: put the arrow back where the list really is sorted.
            header = self.table.horizontalHeader()
            QTimer.singleShot(0, lambda: (
                header.blockSignals(True),
                header.setSortIndicator(self.model.sort_column, self.model.sort_order),
                header.blockSignals(False)))

    # ------------------------------------------------------------------------------ actions

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.reload()
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.rows[row].id == selected:
                    self.table.selectRow(row)
                    break

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def open_selected(self) -> None:
        client_id = self.selected_id()
        if client_id is not None:
            self.open_client(client_id)

    def open_client(self, client_id: int | None) -> QWidget | None:
        if client_id is None:
            return None
        from .detail import ClientDetailDialog

        existing = self.details.get(client_id)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        try:
            dialog = ClientDetailDialog(self.ctx, client_id, self)
        except Exception as exc:  # noqa: BLE001 - not found, not allowed, bug
            show_error(self, exc)
            return None
        dialog.finished.connect(lambda _r, cid=client_id: self.details.pop(cid, None))
        self.details[client_id] = dialog
        dialog.show()
        return dialog

    def import_excel(self) -> None:
        from ..imports import open_import_wizard

        open_import_wizard(self.ctx, self)  # an import announces the new clients

    def new_item(self) -> None:
        if not self.ctx.can("client.edit"):
            return
        from .form import ClientForm

        form = ClientForm(self.ctx, None, self)
        if form.exec() and form.saved is not None:
            self.open_client(form.saved.id)  # the list has reloaded on the announced change
