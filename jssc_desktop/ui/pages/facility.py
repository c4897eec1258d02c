"""Facility revitalization page (usulan revitalisasi): the requests with a status filter, one
request's data, its status history, before/after photos and documents, and the workflow step
buttons this user may press (draf → diajukan → diverifikasi → disetujui → dianggarkan →
dikerjakan → selesai, or ditolak)."""

from __future__ import annotations

import mimetypes
import tempfile
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.fields import FACILITY_REQUEST as FACILITY_FIELDS
from ...domain.vocab import FACILITY_KINDS, FACILITY_PRIORITIES, FACILITY_STATUSES, FUNDING_SOURCES
from ...fileutil import safe_file_name
from ...services import facility as facility_svc
from ...services.facility import AttachmentView, FacilityDetail, FacilityInput, FacilityRow
from ..context import AppContext
from ..export import add_export_button
from ..paging import PagedList
from ..widgets import (
    FlowLayout,
    SearchEdit,
    VocabCombo,
    ask_confirm,
    ask_text,
    button,
    flow_toolbar,
    heading,
    hint_label,
    show_error,
    show_info,
)
from ._common import (
    ALIGN_RIGHT,
    FAILED,
    DataTable,
    FormDialog,
    MoneyEdit,
    PageBase,
    combo_select_data,
    documents_dir,
    field_column,
    fmt_date,
    fmt_date_short,
    fmt_money,
    open_file,
    section_label,
    text_or_none,
    toolbar,
)

#: The button of each workflow step, by the status it leads to.
STEP_LABELS = {
    "diajukan": "Ajukan",
    "diverifikasi": "Verifikasi",
    "disetujui": "Setujui",
    "ditolak": "Tolak",
    "draf": "Kembalikan ke draf",
    "dianggarkan": "Anggarkan",
    "dikerjakan": "Mulai dikerjakan",
    "selesai": "Selesai",
}
STATUS_COLORS = {
    "draf": "#6b7b88", "diajukan": "#2f6f9f", "diverifikasi": "#2f6f9f",
    "disetujui": "#23673a", "dianggarkan": "#23673a", "dikerjakan": "#8a4b00",
    "selesai": "#23673a", "ditolak": "#a12622",
}
IMAGE_FILTER = "Gambar (*.jpg *.jpeg *.png);;Semua berkas (*)"
DOCUMENT_FILTER = "Dokumen (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Semua berkas (*)"
THUMB = 120


def short_kind(name: str) -> str:
    """'Fisik (bangunan, asrama, dapur)' → 'Fisik', for narrow columns."""
    return name.split(" (")[0]


class FacilityDialog(FormDialog):
    """Write or edit a draft request."""

    changes = (RecordKind.FACILITY_REQUEST,)
    registry = FACILITY_FIELDS

    def __init__(self, ctx: AppContext, tracks: list[tuple[str, int]],
                 detail: FacilityDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Ubah usulan {number}").format(number=detail.number)
                         if detail else self.tr("Usulan revitalisasi baru"), parent, width=560)
        self.detail = detail
        self.title_edit = QLineEdit(detail.title if detail else "")
        self.title_edit.setPlaceholderText(self.tr("mis. Penggantian sepeda motor praktik"))
        self.kind = VocabCombo(FACILITY_KINDS)
        self.kind.set_code(detail.kind if detail else "nonfisik")
        self.funding = VocabCombo(FUNDING_SOURCES)
        self.funding.set_code(detail.funding_source if detail else "apbd")
        self.cost = MoneyEdit()
        self.cost.set_amount(detail.estimated_cost if detail else 0)
        self.priority = VocabCombo(FACILITY_PRIORITIES)
        self.priority.set_code(detail.priority if detail else "sedang")
        self.track = QComboBox()
        self.track.addItem(self.tr("— tidak terkait program —"), None)
        for label, track_id in tracks:
            self.track.addItem(label, track_id)
        combo_select_data(self.track, detail.track_id if detail else None)
        self.description = QPlainTextEdit(detail.description or "" if detail else "")
        self.description.setTabChangesFocus(True)  # Tab moves to the next field
        self.description.setPlaceholderText(self.tr(
            "Kondisi saat ini, kebutuhan, dan manfaatnya bagi pelatihan/penghuni"))
        self.description.setMinimumHeight(110)
        self.add_spec("title", self.title_edit)
        self.add_spec("kind", self.kind)
        self.add_spec("funding_source", self.funding)
        self.add_spec("estimated_cost", self.cost)
        self.add_spec("priority", self.priority)
        self.add_spec("track_id", self.track)
        self.add_spec("description", self.description)
        self.finish_layout()

    def save(self, s: Any) -> FacilityDetail:
        data = FacilityInput(title=self.title_edit.text(), kind=self.kind.code() or "",
                             funding_source=self.funding.code() or "",
                             estimated_cost=self.cost.amount(),
                             priority=self.priority.code() or "sedang",
                             description=text_or_none(self.description),
                             track_id=self.track.currentData())
        if self.detail is None:
            return facility_svc.create_request(s, self.ctx.actor, data)
        return facility_svc.update_request(s, self.ctx.actor, self.detail.id, data,
                                           version=self.detail.version)


class FacilityPage(PageBase):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "facility"

    topics = frozenset({RecordKind.FACILITY_REQUEST, RecordKind.TRACK})
    LIMIT = 200

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_draft = ctx.can("facility.draft")
        self.can_progress = ctx.can("facility.progress")
        self.detail: FacilityDetail | None = None
        self.step_buttons: dict[str, QPushButton] = {}
        self._thumbs: dict[int, QPixmap] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Usulan revitalisasi sarana dan prasarana")))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), None)
        for term in FACILITY_STATUSES:
            self.status_filter.addItem(term.display(), term.code)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.load())
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Semua jenis"), None)
        for term in FACILITY_KINDS:
            self.kind_filter.addItem(short_kind(term.display()), term.code)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.load())
        for combo in (self.status_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(11)
        self.search = SearchEdit(placeholder=self.tr("Cari nomor atau judul…"))
        self.search.setMinimumWidth(210)
        self.search.search_changed.connect(lambda _t: self.load())
        self.new_button = button(self.tr("Usulan baru"), "add", primary=True)
        self.new_button.clicked.connect(self.new_request)
        self.new_button.setVisible(self.can_draft)
        bar = toolbar(QLabel(self.tr("Status")), self.status_filter, self.kind_filter,
                      self.search, None, self.new_button)
        add_export_button(bar, self, ctx, self.tr("Usulan revitalisasi"), lambda: self.table)
        layout.addLayout(bar)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 6, 0)
        self.table = DataTable([
            field_column(FACILITY_FIELDS, "number", lambda r: r.number, width=100),
            field_column(FACILITY_FIELDS, "title", lambda r: r.title,
                   tooltip=lambda r: f"{r.title} ({short_kind(r.kind_name)})"),
            field_column(FACILITY_FIELDS, "estimated_cost", lambda r: fmt_money(r.estimated_cost),
                   lambda r: r.estimated_cost, ALIGN_RIGHT, width=118),
            field_column(FACILITY_FIELDS, "status", lambda r: r.status_name, width=100,
                   foreground=lambda r: QColor(STATUS_COLORS.get(r.status, "#000000"))),
        ], stretch=1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.open_selected())
        lv.addWidget(self.table, 1)
        self.count_label = hint_label("")
        self.more_button = button(self.tr("Tampilkan lebih banyak"))
        lv.addLayout(toolbar(self.count_label, None, self.more_button))
        self.paging = PagedList(self.table, self._fetch, more_button=self.more_button,
                                count_label=self.count_label, page_size=self.LIMIT,
                                count_text=self._count_text)
        splitter.addWidget(left)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._build_detail())
        splitter.addWidget(scroll)
        # The list gets the larger share: its titles are what the user scans; the detail pane
        # wraps its text and scrolls.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])

    def _build_detail(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(6, 0, 6, 0)
        self.title = section_label(self.tr("Pilih usulan di sebelah kiri"))
        self.title.setWordWrap(True)
        v.addWidget(self.title)
        self.status_label = QLabel()
        v.addWidget(self.status_label)
        # The step buttons wrap onto more lines in a narrow pane instead of being cut off.
        self.steps_row = FlowLayout()
        self.edit_button = button(self.tr("Ubah isi usulan"), "edit")
        self.edit_button.clicked.connect(self.edit_request)
        v.addLayout(self.steps_row)
        v.addLayout(toolbar(self.edit_button))

        info = QGroupBox(self.tr("Rincian"))
        grid = QGridLayout(info)
        self.info: dict[str, QLabel] = {}
        labels = [
            ("kind", self.tr("Jenis")), ("funding", self.tr("Sumber dana")),
            ("cost", self.tr("Perkiraan biaya")), ("priority", self.tr("Prioritas")),
            ("track", self.tr("Program terkait")), ("creator", self.tr("Dibuat oleh")),
            ("submitted", self.tr("Diajukan")), ("decided", self.tr("Diputuskan")),
            ("completed", self.tr("Selesai")),
        ]
        for i, (key, text) in enumerate(labels):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info[key] = value
            name = QLabel(text)
            name.setObjectName("hint")
            # One item per line: the pane stays readable at 1024×768 without scrolling sideways.
            grid.addWidget(name, i, 0)
            grid.addWidget(value, i, 1)
        grid.setColumnStretch(1, 1)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.description, len(labels), 0, 1, 2)
        v.addWidget(info)

        history = QGroupBox(self.tr("Riwayat status"))
        hv = QVBoxLayout(history)
        # One wrapped paragraph per change: readable in a narrow pane, no sideways scrolling.
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history_rows: list[Any] = []
        hv.addWidget(self.history)
        v.addWidget(history)

        photos = QGroupBox(self.tr("Foto dan dokumen"))
        pv = QVBoxLayout(photos)
        self.add_before = button(self.tr("Foto sebelum…"), "photo")
        self.add_after = button(self.tr("Foto sesudah…"), "photo")
        self.add_document = button(self.tr("Dokumen…"), "add")
        self.open_attachment_button = button(self.tr("Buka"))
        self.add_before.clicked.connect(lambda: self.add_attachment("sebelum"))
        self.add_after.clicked.connect(lambda: self.add_attachment("sesudah"))
        self.add_document.clicked.connect(lambda: self.add_attachment("dokumen"))
        self.open_attachment_button.clicked.connect(self.open_attachment)
        self.add_before.setVisible(self.can_draft)
        self.add_document.setVisible(self.can_draft)
        self.add_after.setVisible(self.can_progress)
        pv.addLayout(flow_toolbar(self.add_before, self.add_after, self.add_document,
                                  self.open_attachment_button))
        self.attachment_model = QStandardItemModel(self)
        self.attachments = QListView()
        self.attachments.setModel(self.attachment_model)
        self.attachments.setViewMode(QListView.ViewMode.IconMode)
        self.attachments.setIconSize(QSize(THUMB, THUMB))
        self.attachments.setGridSize(QSize(THUMB + 40, THUMB + 48))
        self.attachments.setResizeMode(QListView.ResizeMode.Adjust)
        self.attachments.setMovement(QListView.Movement.Static)
        self.attachments.setWordWrap(True)
        self.attachments.setMinimumHeight(THUMB + 60)
        self.attachments.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.attachments.activated.connect(lambda _i: self.open_attachment())
        pv.addWidget(self.attachments)
        v.addWidget(photos)
        v.addStretch(1)
        self.show_detail(None)
        return box

    # ---------------------------------------------------------------------------------- loads

    def refresh(self) -> None:
        self._dirty = False
        self.load()

    def _fetch(self, offset: int, limit: int) -> Any:
        return self.read(facility_svc.list_requests, status=self.status_filter.currentData(),
                         kind=self.kind_filter.currentData(),
                         text=self.search.text().strip() or None, offset=offset, limit=limit)

    def _count_text(self, shown: int, total: int) -> str:
        if total > shown:
            return self.tr("Menampilkan {shown} dari {total} usulan", "", total).format(
                shown=shown, total=total)
        return self.tr("{total} usulan", "", total).format(total=total)

    def load(self) -> None:
        if not self.paging.load():
            return
        if self.table.current() is None:
            self.table.select_first()
        if self.table.current() is None:
            self.show_detail(None)

    def current_row(self) -> FacilityRow | None:
        return self.table.current()

    def open_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.open_request(row.id)

    def open_request(self, request_id: int) -> None:
        detail = self.call(facility_svc.get_request, request_id)
        if detail is not FAILED:
            self.show_detail(detail)

    def show_detail(self, detail: FacilityDetail | None) -> None:
        self.detail = detail
        for b in self.step_buttons.values():
            self.steps_row.removeWidget(b)
            b.deleteLater()
        self.step_buttons = {}
        has = detail is not None
        for w in (self.add_before, self.add_after, self.add_document,
                  self.open_attachment_button):
            w.setEnabled(has)
        if detail is None:
            self.title.setText(self.tr("Pilih usulan di sebelah kiri"))
            self.status_label.setText("")
            for label in self.info.values():
                label.setText("")
            self.description.setText("")
            self._show_history([])
            self.attachment_model.clear()
            self.edit_button.setVisible(False)
            return
        self.title.setText(f"{detail.number} — {detail.title}")
        color = STATUS_COLORS.get(detail.status, "#000000")
        self.status_label.setText(self.tr("Status: <b style='color:{color}'>{status}</b>")
                                  .format(color=color, status=detail.status_name))
        self.edit_button.setVisible(self.can_draft and detail.status == "draf")
        for status in detail.next_statuses:
            b = QPushButton(self.tr(STEP_LABELS.get(status, FACILITY_STATUSES.name(status))))
            b.setToolTip(self.tr("Ubah status menjadi {name}").format(
                name=FACILITY_STATUSES.name(status)))
            if status != "ditolak" and status != "draf":
                b.setObjectName("primary")
            b.clicked.connect(lambda _c=False, st=status: self.change_status(st))
            self.steps_row.addWidget(b)
            self.step_buttons[status] = b
        if not detail.next_statuses and detail.status not in ("selesai", "ditolak"):
            roles = facility_svc.waiting_for(detail.status)
            waiting = QLabel(self.tr("Menunggu tindakan {roles}.").format(
                roles=self.tr(" atau ").join(roles)) if roles
                else self.tr("Menunggu tindakan pengguna lain."))
            waiting.setWordWrap(True)
            waiting.setObjectName("hint")
            self.steps_row.addWidget(waiting)
            self.step_buttons["_waiting"] = waiting  # type: ignore[assignment]  # a label in the row
        self.info["kind"].setText(detail.kind_name)
        self.info["funding"].setText(detail.funding_name)
        self.info["cost"].setText(fmt_money(detail.estimated_cost))
        self.info["priority"].setText(detail.priority_name)
        self.info["track"].setText(detail.track_name or "—")
        self.info["creator"].setText(detail.created_by_name or "—")
        self.info["submitted"].setText(fmt_date(detail.submitted_on) or "—")
        self.info["decided"].setText(fmt_date(detail.decided_on) or "—")
        self.info["completed"].setText(fmt_date(detail.completed_on) or "—")
        self.description.setText(detail.description or self.tr("(tanpa uraian)"))
        self._show_history(detail.history)
        self.add_after.setEnabled(detail.status in ("dikerjakan", "selesai", "dianggarkan"))
        self._load_attachments(detail.attachments)

    def _show_history(self, rows: list[Any]) -> None:
        self.history_rows = list(rows)
        entries = []
        for h in rows:
            change = (f"{escape(h.from_name)} → {escape(h.to_name)}" if h.from_status
                      else escape(h.to_name))
            who = self.tr("oleh {name}").format(name=escape(h.user_name or "—"))
            reason = f" — <i>{escape(h.reason)}</i>" if h.reason else ""
            entries.append(f"<p style='margin:0 0 6px 0'><b>{fmt_date_short(h.changed_on)}</b>"
                           f" · {change}<br><span style='color:#5f6b7a'>{who}{reason}</span></p>")
        self.history.setText("".join(entries) or self.tr("Belum ada perubahan status."))

    def _load_attachments(self, items: list[AttachmentView]) -> None:
        self.attachment_model.clear()
        wanted = [a for a in items if (a.media_type or "").startswith("image/")
                  and a.id not in self._thumbs]
        if wanted:
            def contents(s: Any, actor: Any) -> list[tuple[int, bytes]]:
                return [(a.id, facility_svc.get_attachment(s, actor, a.id)[1]) for a in wanted]

            # A failure is shown; the detail stays usable without photos.
            loaded = self.call(contents)
            for attachment_id, content in [] if loaded is FAILED else loaded:
                pix = QPixmap()
                pix.loadFromData(content)
                if not pix.isNull():
                    self._thumbs[attachment_id] = pix.scaled(
                        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for a in items:
            pix = self._thumbs.get(a.id)
            icon = QIcon(pix) if pix is not None else file_icon
            item = QStandardItem(icon, f"{a.kind_name}\n{a.file_name}")
            item.setData(a, Qt.ItemDataRole.UserRole)
            item.setToolTip(self.tr("{kind}: {name}, {size} KB, ditambahkan {day}").format(
                kind=a.kind_name, name=a.file_name, size=max(1, a.size // 1024),
                day=fmt_date(a.added_at.date() if a.added_at else None)))
            item.setEditable(False)
            self.attachment_model.appendRow(item)

    def _tracks(self) -> list[tuple[str, int]]:
        from ...services.training import list_tracks

        rows = self.call(list_tracks)
        return [] if rows is FAILED else [(t.name, t.id) for t in rows]

    # ---------------------------------------------------------------------------------- edits

    def _after_change(self, detail: FacilityDetail) -> None:
        self.load()
        shown = self.table.select_where(lambda r: r.id == detail.id)
        if not shown or self.detail is None or self.detail.version != detail.version:
            self.show_detail(detail)
        self.announce(RecordKind.FACILITY_REQUEST)

    def new_request(self) -> None:
        dialog = FacilityDialog(self.ctx, self._tracks(), None, self)
        if dialog.exec():
            self.status_filter.setCurrentIndex(0)
            self._after_change(dialog.result_view)

    def edit_request(self) -> None:
        if self.detail is None:
            return
        dialog = FacilityDialog(self.ctx, self._tracks(), self.detail, self)
        if dialog.exec():
            self._after_change(dialog.result_view)

    def change_status(self, status: str) -> None:
        detail = self.detail
        if detail is None:
            return
        name = FACILITY_STATUSES.name(status)
        reason = None
        if status == "ditolak" or (status == "draf" and detail.status != "draf"):
            what = (self.tr("menolak") if status == "ditolak"
                    else self.tr("mengembalikan ke draf"))
            reason = ask_text(self, self.tr("{step} usulan").format(
                step=self.tr(STEP_LABELS[status])), self.tr(
                "Tuliskan alasan {what} usulan {number} ({title}). Alasan ini dicatat di "
                "riwayat dan dapat dibaca pengusul.").format(
                    what=what, number=detail.number, title=detail.title),
                ok_text=self.tr(STEP_LABELS[status]))
            if not reason:
                return
        elif not ask_confirm(self, self.tr(STEP_LABELS.get(status, name)), self.tr(
                "Ubah status usulan {number} ({title}) dari {old} menjadi {new}?").format(
                    number=detail.number, title=detail.title, old=detail.status_name,
                    new=name), yes=self.tr(STEP_LABELS.get(status, name))):
            return
        result = self.call(facility_svc.change_status, detail.id, status, reason=reason,
                           version=detail.version,
                           on_reload=lambda: self.open_request(detail.id))
        if result is not FAILED:
            self._after_change(result)

    def add_attachment(self, kind: str) -> None:
        detail = self.detail
        if detail is None:
            return
        titles = {"sebelum": self.tr("Pilih foto sebelum"),
                  "sesudah": self.tr("Pilih foto sesudah"),
                  "dokumen": self.tr("Pilih dokumen")}
        paths, _ = QFileDialog.getOpenFileNames(
            self, titles[kind], documents_dir(),
            self.tr(DOCUMENT_FILTER if kind == "dokumen" else IMAGE_FILTER))
        if not paths:
            return
        self.attach_files(kind, [Path(p) for p in paths])

    def attach_files(self, kind: str, paths: list[Path]) -> bool:
        """Store the files as attachments of the open request (all or none)."""
        detail = self.detail
        if detail is None:
            return False
        try:
            contents = [(p.name, p.read_bytes(), mimetypes.guess_type(p.name)[0])
                        for p in paths]
        except OSError as exc:
            show_error(self, exc)
            return False
        def add_all(s: Any, actor: Any) -> None:
            for name, content, media in contents:  # one unit of work: all files or none
                facility_svc.add_attachment(s, actor, detail.id, kind=kind, file_name=name,
                                            content=content, media_type=media)

        if self.call(add_all, changes=(RecordKind.FACILITY_REQUEST,)) is FAILED:
            return False
        self.open_request(detail.id)
        return True

    def open_attachment(self) -> None:
        index = self.attachments.currentIndex()
        if not index.isValid():
            show_info(self, self.tr("Pilih lampiran"),
                      self.tr("Pilih dahulu foto atau dokumen yang ingin dibuka."))
            return
        attachment: AttachmentView = index.data(Qt.ItemDataRole.UserRole)
        result = self.call(facility_svc.get_attachment, attachment.id)
        if result is FAILED:
            return
        _view, content = result
        folder = Path(tempfile.mkdtemp(prefix="jssc-lampiran-"))
        path = folder / safe_file_name(attachment.file_name, default="lampiran")
        path.write_bytes(content)
        open_file(path)


__all__ = ["FacilityDialog", "FacilityPage", "STEP_LABELS"]
