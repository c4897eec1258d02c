"""One client on screen: identity, family, consent, stages, training, follow-up, photo and the
history of changes, with the actions the role allows."""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.codes import ClientStatus
from ...domain.fields import CLIENT as CLIENT_FIELDS
from ...domain.fields import FormTab
from ...domain.formatting import format_date, format_datetime, format_rupiah
from ...domain.vocab import (
    CLIENT_STATUSES,
    DISCHARGE_REASONS,
    KAB_KOTA,
    NIK_MISSING_REASONS,
    PPKS,
    SEXES,
    STAGES,
    Vocabulary,
)
from ...services import clients as svc
from ...services.clients import SENSITIVE_FIELDS, ClientDetail
from .. import usecase
from ..context import AppContext, Change
from ..fields import field_label, label_of
from ..widgets import (
    DateEdit,
    ask_confirm,
    button,
    dialog_buttons,
    heading,
    hint_label,
    pixmap_from_bytes,
    set_window_icon,
    show_error,
    tr,
)
from .aid import AidTab

log = logging.getLogger(__name__)

#: What the changes made in this window touch.
CHANGES = (RecordKind.CLIENT,)
#: Changes that may alter what this window shows.
SHOWN_KINDS = frozenset({RecordKind.CLIENT, RecordKind.ENROLLMENT, RecordKind.COHORT,
                         RecordKind.TRACK, RecordKind.FOLLOWUP})

PHOTO_SIZE = (96, 120)

#: Audit actions on a client, as people call them.
ACTION_NAMES = {
    "client.create": QT_TRANSLATE_NOOP("ClientHistory", "Pendaftaran klien"),
    "client.register": QT_TRANSLATE_NOOP("ClientHistory", "Pendaftaran klien"),
    "client.update": QT_TRANSLATE_NOOP("ClientHistory", "Perubahan data"),
    "client.stage": QT_TRANSLATE_NOOP("ClientHistory", "Pindah tahapan"),
    "client.discharge": QT_TRANSLATE_NOOP("ClientHistory", "Terminasi"),
    "client.photo": QT_TRANSLATE_NOOP("ClientHistory", "Foto diganti"),
    "client.view_sensitive": QT_TRANSLATE_NOOP("ClientHistory", "Data pribadi dibuka"),
    "client.anonymize": QT_TRANSLATE_NOOP("ClientHistory", "Data dianonimkan"),
    "client.import": QT_TRANSLATE_NOOP("ClientHistory", "Impor data"),
}

#: Labels of history fields that are not client fields (client fields: the field registry).
FIELD_LABELS = {
    "started_on": QT_TRANSLATE_NOOP("ClientHistory", "Mulai tanggal"),
    "notes": QT_TRANSLATE_NOOP("ClientHistory", "Catatan"),
}
FIELD_VOCABS: dict[str, Vocabulary] = {
    "sex": SEXES, "kab_kota_code": KAB_KOTA, "ppks_code": PPKS, "status": CLIENT_STATUSES,
    "current_stage": STAGES, "discharge_reason": DISCHARGE_REASONS,
    "nik_missing_reason": NIK_MISSING_REASONS,
}
HIDDEN_FIELDS = {"id", "version", "name_normalized", "anonymized_at"}


def describe_value(field: str, value: Any) -> str:
    """An audit value as a person reads it: names for codes, Indonesian dates."""
    if value is None or value == "":
        return "—"
    if field in FIELD_VOCABS:
        return FIELD_VOCABS[field].name(str(value))
    if isinstance(value, dict) and "bytes" in value:
        return tr("gambar {kb} KB").format(kb=max(1, int(value["bytes"]) // 1024))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            pass
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def describe_change(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    before, after = before or {}, after or {}
    parts = []
    for key in list(dict.fromkeys([*after.keys(), *before.keys()])):
        if key in HIDDEN_FIELDS:
            continue
        spec = CLIENT_FIELDS.get(key)
        label = (field_label(spec) if spec is not None else QCoreApplication.translate(
            "ClientHistory", FIELD_LABELS.get(key, key.replace("_", " "))))
        if key in before and before.get(key) != after.get(key) and after:
            parts.append(f"{label}: {describe_value(key, before.get(key))} → "
                         f"{describe_value(key, after.get(key))}")
        elif key in after:
            parts.append(f"{label}: {describe_value(key, after.get(key))}")
    return "; ".join(parts)


#: Client form fields this view shows in its own way (the header, the rows of the identity tab).
_DETAIL_SHOWN = frozenset({
    "name", "sex", "birth_place", "birth_date", "nik", "nik_missing_reason", "kk", "religion",
    "education", "phone", "address", "kab_kota_code", "referral_source", "ppks_code",
    "disability", "health_notes", "admission_date",
})


def _plain_value(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def _value_label(text: str | None) -> QLabel:
    label = QLabel(text if text not in (None, "") else "—")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[Any] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if ids is not None:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class ClientDetailDialog(QDialog):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "client-detail"

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.today = today
        self.client: ClientDetail | None = None
        set_window_icon(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(900, 620)
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        self.photo = QLabel()
        self.photo.setFixedSize(*PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #d5dde4; background: white;")
        head.addWidget(self.photo)
        info = QVBoxLayout()
        self.title = heading("")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line1 = QLabel()
        self.line2 = QLabel()
        self.line2.setObjectName("hint")
        self.masked_note = hint_label(self.tr(
            "Sebagian data pribadi (NIK, KK, kesehatan, keluarga) disembunyikan untuk peran "
            "Anda."))
        info.addWidget(self.title)
        info.addWidget(self.line1)
        info.addWidget(self.line2)
        info.addWidget(self.masked_note)
        info.addStretch(1)
        head.addLayout(info, 1)
        layout.addLayout(head)

        actions = QHBoxLayout()
        self.edit_button = button(self.tr("Ubah data"), "edit")
        self.edit_button.clicked.connect(self.edit)
        self.stage_button = button(self.tr("Pindah tahapan"), "stage")
        self.stage_button.clicked.connect(self.move_stage)
        self.discharge_button = button(self.tr("Terminasi"), "discharge")
        self.discharge_button.clicked.connect(self.discharge)
        self.consent_button = button(self.tr("Catat persetujuan"), "consent")
        self.consent_button.clicked.connect(self.record_consent)
        for b in (self.edit_button, self.stage_button, self.discharge_button,
                  self.consent_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.reload_button = button(self.tr("Muat ulang"), "refresh")
        self.reload_button.clicked.connect(self.reload)
        actions.addWidget(self.reload_button)
        close = button(self.tr("Tutup"), "close")
        close.clicked.connect(self.close)
        actions.addWidget(close)
        layout.addLayout(actions)
        can_edit = ctx.can("client.edit")
        for b in (self.edit_button, self.stage_button, self.consent_button):
            b.setVisible(can_edit)
        self.discharge_button.setVisible(ctx.can("client.discharge"))

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.identity_tab = QWidget()
        self.family_tab = QWidget()
        self.tabs.addTab(self.identity_tab, self.tr("Identitas"))
        self.tabs.addTab(self.family_tab, self.tr("Keluarga dan Wali"))
        self.consents = _table([self.tr("Oleh"), self.tr("Nama pemberi"), self.tr("Tanggal"),
                                self.tr("Ditarik"), self.tr("Cakupan")])
        self.consent_page = QWidget()
        cl = QVBoxLayout(self.consent_page)
        self.consent_note = hint_label()
        cl.addWidget(self.consent_note)
        cl.addWidget(self.consents, 1)
        self.withdraw_button = button(self.tr("Tarik persetujuan terpilih"), "close")
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.withdraw_button.setVisible(can_edit)
        cl.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(self.consent_page, self.tr("Persetujuan"))
        self.stages = QListWidget()
        self.stages.setWordWrap(True)
        self.stages.setSpacing(3)
        self.tabs.addTab(self.stages, self.tr("Tahapan"))
        self.enrollments = _table([self.tr("Program"), self.tr("Angkatan"), self.tr("Status"),
                                   self.tr("Uji kompetensi"), self.tr("No. sertifikat"),
                                   self.tr("Lulus")])
        self.tabs.addTab(self.enrollments, self.tr("Pelatihan"))
        self.followups = _table([self.tr("Bulan ke-"), self.tr("Jatuh tempo"),
                                 self.tr("Dilakukan"), self.tr("Hasil"),
                                 self.tr("Penghasilan per bulan")])
        self.followup_page = QWidget()
        fl = QVBoxLayout(self.followup_page)
        self.followup_note = hint_label()
        fl.addWidget(self.followup_note)
        fl.addWidget(self.followups, 1)
        self.tabs.addTab(self.followup_page, self.tr("Bimbingan Lanjut"))
        self.aid_tab: AidTab | None = None
        if ctx.can("followup.view"):  # not for tutors, like the follow-ups
            self.aid_tab = AidTab(ctx, client_id, self, today=today)
            self.tabs.addTab(self.aid_tab, self.tr("Bantuan Usaha"))
        self.photo_page = QWidget()
        pl = QVBoxLayout(self.photo_page)
        self.big_photo = QLabel()
        self.big_photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.big_photo.setMinimumHeight(260)
        pl.addWidget(self.big_photo, 1)
        prow = QHBoxLayout()
        self.photo_button = button(self.tr("Pilih foto…"), "photo")
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = button(self.tr("Hapus foto"), "close")
        self.remove_photo_button.clicked.connect(self.remove_photo)
        prow.addWidget(self.photo_button)
        prow.addWidget(self.remove_photo_button)
        prow.addWidget(hint_label(self.tr("Gambar PNG atau JPEG, paling besar 2 MB.")), 1)
        pl.addLayout(prow)
        for b in (self.photo_button, self.remove_photo_button):
            b.setVisible(can_edit)
        self.tabs.addTab(self.photo_page, self.tr("Foto"))
        self.history = None
        if ctx.can("audit.view") or ctx.can("client.edit"):
            self.history = _table([self.tr("Waktu"), self.tr("Pengguna"), self.tr("Tindakan"),
                                   self.tr("Rincian")])
            self.history.horizontalHeader().setSectionResizeMode(
                3, QHeaderView.ResizeMode.Stretch)
            self.history.setWordWrap(True)
            self.tabs.addTab(self.history, self.tr("Riwayat Perubahan"))
            self.tabs.currentChanged.connect(self._tab_changed)
        self.reload()
        self.watcher = usecase.ChangeWatcher(ctx, self, SHOWN_KINDS, self.reload,
                                             wants=self._concerns_me)

    # ------------------------------------------------------------------------------ loading

    def _concerns_me(self, change: Change) -> bool:
        other = change.kinds - {RecordKind.CLIENT}
        return bool(other) or change.touches(RecordKind.CLIENT, self.client_id)

    def _load(self, s: Any, actor: Any) -> tuple[ClientDetail, bytes | None]:
        client = svc.get_client(s, actor, self.client_id, today=self.today)
        photo = svc.get_photo(s, actor, self.client_id) if client.has_photo else None
        return client, photo

    def reload(self) -> None:
        """Raises on the first load (the list shows the error); later errors are shown here."""
        if self.client is None:
            loaded = usecase.fetch(self.ctx, self._load)
        else:
            loaded = usecase.run(self, self.ctx, self._load)
            if loaded is usecase.FAILED:
                return
        self.client, photo = loaded
        self._show(self.client, photo)
        if self.aid_tab is not None:
            self.aid_tab.reload()
        if self.history is not None and self.tabs.currentWidget() is self.history:
            self.load_history()

    def _show(self, c: ClientDetail, photo: bytes | None) -> None:
        self.setWindowTitle(self.tr("Klien {reg_no} — {name}").format(reg_no=c.reg_no,
                                                                     name=c.name))
        self.title.setText(c.name)
        age = self.tr("{n} tahun", "", c.age).format(n=c.age) if c.age is not None else \
            self.tr("umur tidak diketahui")
        self.line1.setText(self.tr("{reg_no} · {sex}, {age} · {status}").format(
            reg_no=c.reg_no, sex=c.sex_name, age=age, status=c.status_name))
        self.line2.setText(self.tr("Tahapan: {stage} · Kategori: {ppks}").format(
            stage=c.stage_name or "—", ppks=c.ppks_name))
        self.masked_note.setVisible(c.masked)
        active = c.status == ClientStatus.RESIDENT
        self.discharge_button.setEnabled(active)
        self.stage_button.setEnabled(active or c.current_stage != "bimbingan_lanjut")
        pix = pixmap_from_bytes(photo)
        if pix.isNull():
            self.photo.setText(self.tr("Tanpa foto"))
            self.big_photo.setText(self.tr("Belum ada foto."))
            self.remove_photo_button.setEnabled(False)
        else:
            self.photo.setPixmap(pix.scaled(*PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
            self.big_photo.setPixmap(pix.scaled(360, 440, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
            self.remove_photo_button.setEnabled(True)
        self._show_identity(c)
        self._show_family(c)
        self._show_lists(c)

    def _replace_form(self, tab: QWidget) -> QFormLayout:
        """A fresh form inside a scroll area on ``tab`` (the old one is deleted)."""
        from PySide6.QtWidgets import QFrame, QScrollArea

        outer = tab.layout()
        if outer is None:
            outer = QVBoxLayout(tab)
            outer.setContentsMargins(0, 0, 0, 0)
        while outer.count():
            item = outer.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll)
        form = QFormLayout(content)
        form.setContentsMargins(14, 12, 14, 12)
        form.setVerticalSpacing(6)
        return form

    def _show_identity(self, c: ClientDetail) -> None:
        form = self._replace_form(self.identity_tab)
        nik = c.nik or self.tr("Tanpa NIK ({reason})").format(
            reason=c.nik_missing_reason_name or "—")
        born = ", ".join(x for x in (c.birth_place, format_date(c.birth_date)) if x)
        rows: list[tuple[str, str, str | None]] = [
            ("nik", label_of(CLIENT_FIELDS, "nik"), nik),
            ("kk", label_of(CLIENT_FIELDS, "kk"), c.kk),
            ("birth_date", self.tr("Tempat, tanggal lahir"), born),
            ("religion", label_of(CLIENT_FIELDS, "religion"), c.religion),
            ("education", label_of(CLIENT_FIELDS, "education"), c.education),
            ("phone", label_of(CLIENT_FIELDS, "phone"), c.phone),
            ("address", label_of(CLIENT_FIELDS, "address"), c.address),
            ("kab_kota_code", label_of(CLIENT_FIELDS, "kab_kota_code"), c.kab_kota_name),
            ("referral_source", label_of(CLIENT_FIELDS, "referral_source"), c.referral_source),
            ("ppks_code", label_of(CLIENT_FIELDS, "ppks_code"), c.ppks_name),
            ("disability", label_of(CLIENT_FIELDS, "disability"), c.disability),
            ("health_notes", label_of(CLIENT_FIELDS, "health_notes"), c.health_notes),
            ("admission_date", label_of(CLIENT_FIELDS, "admission_date"),
             format_date(c.admission_date)),
        ]
        # Fields added to the registry later show up here without touching this view.
        rows += [(f.name, field_label(f), _plain_value(getattr(c, f.name, None)))
                 for f in CLIENT_FIELDS if f.tab is not None and f.tab is not FormTab.FAMILY
                 and f.name not in _DETAIL_SHOWN]
        if c.masked:
            rows = [r for r in rows if r[0] not in SENSITIVE_FIELDS]
        if c.status == ClientStatus.DISCHARGED:
            rows += [(name, label_of(CLIENT_FIELDS, name), value) for name, value in (
                ("discharge_date", format_date(c.discharge_date)),
                ("discharge_reason", c.discharge_reason_name),
                ("handover_to", c.handover_to),
                ("handover_record", c.handover_record),
                ("discharge_notes", c.discharge_notes),
            )]
        for _name, label, value in rows:
            form.addRow(label, _value_label(value))

    def _show_family(self, c: ClientDetail) -> None:
        form = self._replace_form(self.family_tab)
        if c.masked:
            form.addRow(hint_label(self.tr(
                "Data keluarga dan wali hanya dapat dilihat oleh staf, Kepala UPT dan "
                "Administrator.")))
            return
        for name in CLIENT_FIELDS.names(tab=FormTab.FAMILY):
            label, value = label_of(CLIENT_FIELDS, name), getattr(c, name)
            form.addRow(label, _value_label(value))

    def _show_lists(self, c: ClientDetail) -> None:
        hidden = self.tr("Hanya dapat dilihat oleh staf, Kepala UPT dan Administrator.")
        self.consent_note.setText(hidden if c.masked else (
            "" if c.consents else self.tr("Belum ada persetujuan yang dicatat.")))
        self.consent_note.setVisible(bool(self.consent_note.text()))
        _fill(self.consents, [
            [x.kind_name, x.given_by, format_date(x.given_on), format_date(x.withdrawn_on),
             x.scope or ""] for x in c.consents], [x.id for x in c.consents])
        self.stages.clear()
        for st in reversed(c.stages):  # newest first, like a timeline
            text = f"{format_date(st.started_on)} — {st.stage_name}"
            if st.recorded_by_name:
                text += self.tr(" (dicatat oleh {name})").format(name=st.recorded_by_name)
            if st.notes:
                text += f"\n    {st.notes}"
            self.stages.addItem(text)
        _fill(self.enrollments, [
            [e.track_name, e.cohort_name, e.status_name, e.competency_result_name or "",
             e.certificate_no or "", format_date(e.graduated_on)] for e in c.enrollments])
        self.followup_note.setText(hidden if c.masked else (
            "" if c.followups else self.tr("Belum ada jadwal bimbingan lanjut.")))
        self.followup_note.setVisible(bool(self.followup_note.text()))
        _fill(self.followups, [
            [str(f.months_after), format_date(f.due_date), format_date(f.done_date),
             f.outcome_name or "", format_rupiah(f.monthly_income)] for f in c.followups])

    def _tab_changed(self, _index: int) -> None:
        if self.history is not None and self.tabs.currentWidget() is self.history:
            self.load_history()

    def load_history(self) -> None:
        from ...services.audit_log import entity_history

        rows = usecase.run(self, self.ctx, entity_history, "client", self.client_id)
        if rows is usecase.FAILED:
            return
        assert self.history is not None
        _fill(self.history, [
            [format_datetime(r.at) if isinstance(r.at, datetime) else str(r.at),
             r.username or "",
             QCoreApplication.translate("ClientHistory", ACTION_NAMES.get(r.action, r.action)),
             describe_change(r.before, r.after) + (f" — {r.reason}" if r.reason else "")]
            for r in reversed(rows)])
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.resizeRowsToContents()

    # ------------------------------------------------------------------------------ actions

    def _after_change(self) -> None:
        """After a change made here: the announced change has reloaded this window when it is
        visible; otherwise reload now."""
        if self.watcher.stale:
            self.watcher.stale = False
            self.reload()

    def edit(self) -> None:
        from .form import ClientForm

        if self.client is None:
            return
        form = ClientForm(self.ctx, self.client, self, today=self.today)
        if form.exec():
            self._after_change()

    def move_stage(self) -> None:
        from .dialogs import MoveStageDialog

        if self.client and MoveStageDialog(self.ctx, self.client, self, today=self.today).exec():
            self._after_change()

    def discharge(self) -> None:
        from .dialogs import DischargeDialog

        if self.client and DischargeDialog(self.ctx, self.client, self, today=self.today).exec():
            self._after_change()

    def record_consent(self) -> None:
        from .dialogs import ConsentDialog

        if self.client and ConsentDialog(self.ctx, self.client, self, today=self.today).exec():
            self.tabs.setCurrentWidget(self.consent_page)
            self._after_change()

    def withdraw_consent(self) -> None:
        rows = self.consents.selectionModel().selectedRows()
        if not rows:
            show_error(self, _hint_error(self.tr("Pilih dulu persetujuan yang akan ditarik.")))
            return
        consent_id = self.consents.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Tarik persetujuan"))
        form = QFormLayout(dialog)
        when = DateEdit(value=self.today or date.today())
        form.addRow(self.tr("Tanggal penarikan"), when)
        form.addRow(dialog_buttons(dialog, self.tr("Tarik persetujuan")))
        if not dialog.exec():
            return
        if usecase.run(self, self.ctx, svc.withdraw_consent, consent_id,
                       withdrawn_on=when.value(), today=self.today, changes=CHANGES,
                       changed_id=self.client_id) is usecase.FAILED:
            return
        self._after_change()

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih foto klien"), "",
                                              self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            with open(path, "rb") as fh:
                content = fh.read()
        except OSError as exc:
            show_error(self, _hint_error(self.tr("Berkas tidak dapat dibaca: {error}").format(
                error=exc.strerror or str(exc))))
            return
        self.set_photo(content)

    def set_photo(self, content: bytes | None) -> bool:
        if usecase.run(self, self.ctx, svc.set_photo, self.client_id, content, changes=CHANGES,
                       changed_id=self.client_id) is usecase.FAILED:
            return False
        self._after_change()
        return True

    def remove_photo(self) -> None:
        if ask_confirm(self, self.tr("Hapus foto"), self.tr("Hapus foto klien ini?"),
                       yes=self.tr("Hapus"), danger=True):
            self.set_photo(None)


def _hint_error(message: str):
    from ...domain.errors import ValidationError

    return ValidationError(message)
