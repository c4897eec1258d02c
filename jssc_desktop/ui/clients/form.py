"""The client form (new and edit): grouped fields, checks while typing, a NIK decoder, and a
duplicate check before anything is saved."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import RecordKind
from ...domain.errors import ValidationError
from ...domain.fields import CLIENT as CLIENT_FIELDS
from ...domain.fields import FieldType, FormTab
from ...domain.formatting import format_date
from ...domain.nik import nik_mismatches, normalize_nik, parse_nik
from ...domain.vocab import KAB_KOTA, NIK_MISSING_REASONS, PPKS, SEXES
from ...services.clients import (
    ClientCheck,
    ClientDetail,
    ClientInput,
    check_client,
    get_client,
    register_client,
    update_client,
)
from .. import shortcuts, usecase
from ..context import AppContext
from ..fields import label_of, tab_label
from ..widgets import (
    DateEdit,
    VocabCombo,
    ask_confirm,
    button,
    error_text,
    hint_label,
    mark_invalid,
    message_text,
    set_window_icon,
)

log = logging.getLogger(__name__)
FAILED = usecase.FAILED
#: What saving a client changes, for every open list and detail.
CHANGES = (RecordKind.CLIENT,)

RELIGIONS = ["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Khonghucu",
             "Kepercayaan terhadap Tuhan YME"]
EDUCATION = ["Tidak/belum sekolah", "SD/sederajat", "SMP/sederajat", "SMA/SMK/sederajat",
             "Diploma", "Sarjana"]
GUARDIAN_RELATIONS = ["Ayah", "Ibu", "Kakak", "Adik", "Kakek", "Nenek", "Paman", "Bibi",
                      "Suami", "Istri", "Anak", "Pendamping/pekerja sosial", "Lainnya"]


def _text(edit: QLineEdit | QPlainTextEdit | QComboBox) -> str | None:
    if isinstance(edit, QPlainTextEdit):
        value = edit.toPlainText()
    elif isinstance(edit, QComboBox):
        value = edit.currentText()
    else:
        value = edit.text()
    value = value.strip()
    return value or None


def _editable_combo(items: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("")
    combo.addItems(items)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def _set_combo_text(combo: QComboBox, value: str | None) -> None:
    combo.setCurrentText(value or "")


def _label(name: str) -> str:
    return label_of(CLIENT_FIELDS, name, required_mark=True)


def _multiline(height: int = 56) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class DuplicateDialog(QDialog):
    """What the check found before saving: warnings and clients that may be the same person."""

    def __init__(self, check: ClientCheck, parent: QWidget | None = None, *,
                 ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.check = check
        self.opened: list[int] = []
        self.setWindowTitle(self.tr("Periksa sebelum menyimpan"))
        self.blocking = any(d.reason == "NIK sama" for d in check.duplicates)
        layout = QVBoxLayout(self)
        if check.duplicates:
            title = QLabel(self.tr("Kemungkinan data ganda: klien berikut sudah terdaftar."))
            title.setObjectName("subheading")
            title.setWordWrap(True)
            layout.addWidget(title)
            self.list = QListWidget()
            for d in check.duplicates:
                born = format_date(d.birth_date) if d.birth_date else self.tr("tanpa tanggal")
                self.list.addItem(self.tr("{name} — {reg_no}, lahir {born} ({reason})").format(
                    name=d.name, reg_no=d.reg_no, born=born, reason=d.reason))
            self.list.setMinimumHeight(80)
            layout.addWidget(self.list)
            if ctx is not None:
                # The records listed open from here (double-click or the button).
                self.list.setCurrentRow(0)
                self.list.itemActivated.connect(lambda _item: self.open_selected())
                self.open_button = QPushButton(self.tr("Buka data klien terpilih"))
                self.open_button.clicked.connect(self.open_selected)
                layout.addWidget(self.open_button)
            if self.blocking:
                layout.addWidget(hint_label(self.tr(
                    "NIK yang sama tidak boleh dipakai dua kali. Buka data klien yang sudah ada, "
                    "atau periksa lagi NIK yang diketik.")))
            else:
                layout.addWidget(hint_label(self.tr(
                    "Bila ini memang orang yang berbeda, tekan 'Tetap simpan'. Bila orang yang "
                    "sama, batalkan dan buka data yang sudah ada.")))
        if check.warnings:
            title = QLabel(self.tr("Catatan pemeriksaan NIK:"))
            title.setObjectName("subheading")
            layout.addWidget(title)
            for w in check.warnings:
                label = QLabel("• " + message_text(w))
                label.setObjectName("warning")
                label.setWordWrap(True)
                layout.addWidget(label)
            layout.addWidget(hint_label(self.tr(
                "Perbedaan ini boleh disimpan (dokumen klien sering tidak lengkap), tetapi "
                "sebaiknya diperiksa dan dibetulkan kemudian.")))
        buttons = QDialogButtonBox()
        self.save_button: QPushButton | None = None
        if not self.blocking:
            self.save_button = buttons.addButton(
                self.tr("Tetap simpan") if check.duplicates else self.tr("Simpan"),
                QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Kembali ke formulir"),
                                   QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_selected(self) -> None:
        row = self.list.currentRow()
        if self.ctx is None or not 0 <= row < len(self.check.duplicates):
            return
        from .detail import ClientDetailDialog

        client_id = self.check.duplicates[row].client_id
        self.opened.append(client_id)
        dialog = ClientDetailDialog(self.ctx, client_id, self)
        self.detail_dialog = dialog
        dialog.exec()


class ClientForm(QDialog):
    """New client (``client`` None) or edit of an existing one; ``saved`` after accept()."""

    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "client-form"

    #: field -> tab index, so an error shows the right tab
    TAB_OF = {f.name: list(FormTab).index(f.tab) for f in CLIENT_FIELDS if f.tab is not None}

    def __init__(self, ctx: AppContext, client: ClientDetail | None,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client = client
        self.today = today
        self.saved: ClientDetail | None = None
        self._nik_info = None
        set_window_icon(self)
        self.setWindowTitle(self.tr("Ubah data klien {reg_no}").format(reg_no=client.reg_no)
                            if client else self.tr("Klien baru"))
        self.setMinimumSize(640, 520)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._tab_forms: list[QFormLayout] = []
        self._build_identity()
        self._build_address()
        self._build_service()
        self._build_family()

        self.summary = QLabel()
        self.summary.setObjectName("error")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(hint_label(self.tr("Kolom bertanda * wajib diisi.")), 1)
        self.check_button = button(self.tr("Periksa duplikat"), "duplicate")
        self.check_button.setToolTip(self.tr(
            "Cari klien lain dengan NIK sama, atau nama dan tanggal lahir sama"))
        self.check_button.clicked.connect(self.check_only)
        row.addWidget(self.check_button)
        self.cancel_button = button(self.tr("Batal"), "close")
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        self.save_button = button(self.tr("Simpan"), "save", primary=True)
        self.save_button.clicked.connect(self.save)
        shortcuts.bind_button(self.save_button, "save")
        row.addWidget(self.save_button)
        layout.addLayout(row)

        self.fields: dict[str, QWidget] = {
            "name": self.name, "sex": self.sex, "birth_place": self.birth_place,
            "birth_date": self.birth_date, "nik": self.nik,
            "nik_missing_reason": self.nik_missing_reason, "kk": self.kk,
            "religion": self.religion, "education": self.education, "phone": self.phone,
            "address": self.address, "kab_kota_code": self.kab_kota,
            "referral_source": self.referral_source, "ppks_code": self.ppks,
            "admission_date": self.admission_date, "disability": self.disability,
            "health_notes": self.health_notes, "guardian_name": self.guardian_name,
            "guardian_relation": self.guardian_relation, "guardian_phone": self.guardian_phone,
            "guardian_address": self.guardian_address, "family_notes": self.family_notes,
        }
        # Registry fields without a widget of their own get a plain text box on their tab.
        self._plain: dict[str, QLineEdit | QPlainTextEdit] = {}
        for spec in CLIENT_FIELDS:
            if spec.tab is None or spec.name in self.fields:
                continue
            edit: QLineEdit | QPlainTextEdit
            if spec.type is FieldType.LONG_TEXT:
                edit = _multiline()
            else:
                edit = QLineEdit()
                if spec.max_length:
                    edit.setMaxLength(spec.max_length)
            self._tab_forms[self.TAB_OF[spec.name]].addRow(_label(spec.name), edit)
            self._plain[spec.name] = edit
            self.fields[spec.name] = edit
        if client is not None:
            self.load(client)
        # Checks show once the user has left a field, or pressed Simpan: not on an empty form.
        self._touched: set[QWidget] = set()
        self._show_all = False
        self._clean = self._snapshot()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        for signal in (self.name.textChanged, self.nik.textChanged, self.kk.textChanged,
                       self.sex.currentIndexChanged, self.ppks.currentIndexChanged,
                       self.nik_missing_reason.currentIndexChanged,
                       self.kab_kota.currentIndexChanged, self.birth_date.dateChanged,
                       self.admission_date.dateChanged):
            signal.connect(self.validate_live)
        self.validate_live()
        self.name.setFocus()

    # ------------------------------------------------------------------------------- layout

    def _form_tab(self, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(14, 12, 14, 12)
        form.setVerticalSpacing(7)
        self.tabs.addTab(page, title)
        self._tab_forms.append(form)
        return form

    def _build_identity(self) -> None:
        form = self._form_tab(tab_label(FormTab.IDENTITY))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.sex = VocabCombo(SEXES, empty_text=self.tr("— pilih —"))
        self.birth_place = QLineEdit()
        self.birth_date = DateEdit(optional=True, field="birth_date",
                                   label=self.tr("Tanggal lahir"))
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("16 angka"))
        self.nik.setValidator(QRegularExpressionValidator(r"[0-9 .\-]{0,24}"))
        self.nik_hint = hint_label()
        self.nik_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.use_nik_button = QPushButton(self.tr("Pakai jenis kelamin dan tanggal lahir "
                                                  "dari NIK"))
        self.use_nik_button.setFlat(True)
        self.use_nik_button.setStyleSheet("text-align: left; color: #2f6f9f; padding: 0;")
        self.use_nik_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.use_nik_button.clicked.connect(self.fill_from_nik)
        self.use_nik_button.hide()
        nik_box = QWidget()
        nik_layout = QVBoxLayout(nik_box)
        nik_layout.setContentsMargins(0, 0, 0, 0)
        nik_layout.setSpacing(2)
        nik_layout.addWidget(self.nik)
        nik_layout.addWidget(self.nik_hint)
        nik_layout.addWidget(self.use_nik_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.nik_missing_reason = VocabCombo(NIK_MISSING_REASONS,
                                             empty_text=self.tr("— NIK ada —"))
        self.kk = QLineEdit()
        self.kk.setPlaceholderText(self.tr("16 angka, boleh kosong"))
        self.kk.setValidator(QRegularExpressionValidator(r"[0-9 .\-]{0,24}"))
        self.religion = _editable_combo(RELIGIONS)
        self.education = _editable_combo(EDUCATION)
        self.phone = QLineEdit()
        form.addRow(_label("name"), self.name)
        form.addRow(_label("sex"), self.sex)
        form.addRow(_label("birth_place"), self.birth_place)
        form.addRow(_label("birth_date"), self.birth_date)
        form.addRow(_label("nik"), nik_box)
        form.addRow(_label("nik_missing_reason"), self.nik_missing_reason)
        form.addRow(_label("kk"), self.kk)
        form.addRow(_label("religion"), self.religion)
        form.addRow(_label("education"), self.education)
        form.addRow(_label("phone"), self.phone)

    def _build_address(self) -> None:
        form = self._form_tab(tab_label(FormTab.ADDRESS))
        self.address = _multiline(70)
        self.kab_kota = VocabCombo(KAB_KOTA, empty_text=self.tr("— pilih kabupaten/kota —"))
        self.referral_source = QLineEdit()
        self.referral_source.setPlaceholderText(
            self.tr("mis. Dinas Sosial Kabupaten Malang, Satpol PP, keluarga"))
        form.addRow(_label("address"), self.address)
        form.addRow(_label("kab_kota_code"), self.kab_kota)
        form.addRow(_label("referral_source"), self.referral_source)

    def _build_service(self) -> None:
        form = self._form_tab(tab_label(FormTab.SERVICE))
        self.ppks = VocabCombo(PPKS, empty_text=self.tr("— pilih kategori —"))
        self.admission_date = DateEdit(value=self.today or date.today(), field="admission_date",
                                       label=self.tr("Tanggal masuk"))
        self.disability = QLineEdit()
        self.health_notes = _multiline(80)
        form.addRow(_label("ppks_code"), self.ppks)
        form.addRow(_label("admission_date"), self.admission_date)
        form.addRow(_label("disability"), self.disability)
        form.addRow(_label("health_notes"), self.health_notes)
        form.addRow("", hint_label(self.tr(
            "Data kesehatan dan disabilitas adalah data pribadi yang bersifat spesifik "
            "(UU 27/2022): isi seperlunya untuk layanan.")))

    def _build_family(self) -> None:
        form = self._form_tab(tab_label(FormTab.FAMILY))
        self.guardian_name = QLineEdit()
        self.guardian_relation = _editable_combo(GUARDIAN_RELATIONS)
        self.guardian_phone = QLineEdit()
        self.guardian_address = _multiline()
        self.family_notes = _multiline(80)
        form.addRow(_label("guardian_name"), self.guardian_name)
        form.addRow(_label("guardian_relation"), self.guardian_relation)
        form.addRow(_label("guardian_phone"), self.guardian_phone)
        form.addRow(_label("guardian_address"), self.guardian_address)
        form.addRow(_label("family_notes"), self.family_notes)

    # --------------------------------------------------------------------------- data in/out

    def load(self, c: ClientDetail) -> None:
        self.name.setText(c.name)
        self.sex.set_code(c.sex)
        self.birth_place.setText(c.birth_place or "")
        self.birth_date.set_value(c.birth_date)
        self.nik.setText(c.nik or "")
        self.nik_missing_reason.set_code(c.nik_missing_reason)
        self.kk.setText(c.kk or "")
        _set_combo_text(self.religion, c.religion)
        _set_combo_text(self.education, c.education)
        self.phone.setText(c.phone or "")
        self.address.setPlainText(c.address or "")
        self.kab_kota.set_code(c.kab_kota_code)
        self.referral_source.setText(c.referral_source or "")
        self.ppks.set_code(c.ppks_code)
        self.admission_date.set_value(c.admission_date)
        self.disability.setText(c.disability or "")
        self.health_notes.setPlainText(c.health_notes or "")
        self.guardian_name.setText(c.guardian_name or "")
        _set_combo_text(self.guardian_relation, c.guardian_relation)
        self.guardian_phone.setText(c.guardian_phone or "")
        self.guardian_address.setPlainText(c.guardian_address or "")
        self.family_notes.setPlainText(c.family_notes or "")
        for name, edit in self._plain.items():
            value = getattr(c, name, None) or ""
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(str(value))
            else:
                edit.setText(str(value))

    def input(self) -> ClientInput:
        nik = _text(self.nik)
        return ClientInput(
            name=self.name.text().strip(),
            sex=self.sex.code() or "",
            birth_place=_text(self.birth_place),
            birth_date=self.birth_date.value(),
            nik=nik,
            nik_missing_reason=None if nik else self.nik_missing_reason.code(),
            kk=_text(self.kk),
            address=_text(self.address),
            kab_kota_code=self.kab_kota.code(),
            ppks_code=self.ppks.code() or "",
            disability=_text(self.disability),
            health_notes=_text(self.health_notes),
            religion=_text(self.religion),
            education=_text(self.education),
            phone=_text(self.phone),
            referral_source=_text(self.referral_source),
            guardian_name=_text(self.guardian_name),
            guardian_relation=_text(self.guardian_relation),
            guardian_phone=_text(self.guardian_phone),
            guardian_address=_text(self.guardian_address),
            family_notes=_text(self.family_notes),
            admission_date=self.admission_date.value(),
            **{name: _text(edit) for name, edit in self._plain.items()},
        )

    # ---------------------------------------------------------------------- checks as you type

    def validate_live(self) -> bool:
        """Highlight what is missing or malformed; returns whether the form looks complete."""
        ok = True
        for widget, filled in ((self.name, bool(self.name.text().strip())),
                               (self.sex, self.sex.code() is not None),
                               (self.ppks, self.ppks.code() is not None)):
            self._mark(widget, not filled, None if filled else self.tr("Wajib diisi"))
            ok = ok and filled
        ok = self._check_nik() and ok
        kk = normalize_nik(self.kk.text())
        kk_bad = bool(kk) and len(kk or "") != 16
        self._mark(self.kk, kk_bad, self.tr("Nomor KK harus 16 angka") if kk_bad else None)
        self.summary.clear()
        return ok and not kk_bad

    def _check_nik(self) -> bool:
        digits = normalize_nik(self.nik.text()) or ""
        self.nik_missing_reason.setEnabled(not digits)
        self.use_nik_button.hide()
        self._nik_info = None
        if not digits:
            reason = self.nik_missing_reason.code()
            asked = self._shown(self.nik) or self._shown(self.nik_missing_reason)
            if reason:
                self._nik_hint(self.tr("Tanpa NIK: {reason}.").format(
                    reason=NIK_MISSING_REASONS.name(reason)), "hint")
            elif asked:
                self._nik_hint(self.tr("Tanpa NIK: pilih alasannya di bawah."), "warning")
            else:
                self._nik_hint(self.tr("16 angka; bila tidak ada, pilih alasannya di bawah."),
                               "hint")
            mark_invalid(self.nik, False)
            mark_invalid(self.nik_missing_reason, reason is None and asked,
                         self.tr("Wajib diisi"))
            return reason is not None
        mark_invalid(self.nik_missing_reason, False)
        if len(digits) < 16:
            self._nik_hint(self.tr("{n} dari 16 angka").format(n=len(digits)), "hint")
            self._mark(self.nik, True, self.tr("NIK harus 16 angka"))
            return False
        try:
            info = parse_nik(digits, today=self.today)
        except ValidationError as exc:
            self._nik_hint(error_text(exc), "error")
            mark_invalid(self.nik, True, error_text(exc))
            return False
        self._nik_info = info
        mark_invalid(self.nik, False)
        text = self.tr("{sex}, lahir {born}, {region}").format(
            sex=SEXES.name(info.sex), born=format_date(info.birth_date),
            region=info.region_name)
        warnings = nik_mismatches(info, sex=self.sex.code(), birth_date=self.birth_date.value(),
                                  kab_kota_code=self.kab_kota.code())
        if warnings:
            self._nik_hint(text + "\n" + "\n".join("⚠ " + message_text(w) for w in warnings),
                           "warning")
        else:
            self._nik_hint(text, "ok")
        needs = (self.sex.code() != info.sex) or (self.birth_date.value() != info.birth_date)
        self.use_nik_button.setVisible(needs)
        return True

    def _shown(self, widget: QWidget) -> bool:
        """Whether checks of ``widget`` are shown yet (left by the user, or Simpan pressed)."""
        return self._show_all or widget in self._touched

    def _mark(self, widget: QWidget, invalid: bool, tip: str | None) -> None:
        mark_invalid(widget, invalid and self._shown(widget), tip if invalid else None)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or not self.isVisible():
            return
        for widget in self.fields.values():
            if widget is old or widget.isAncestorOf(old):
                if new is not None and (new is widget or widget.isAncestorOf(new)):
                    return  # still inside the same field (e.g. a combo's popup)
                self._touched.add(widget)
                self.validate_live()
                return

    def _label_of(self, widget: QWidget) -> str:
        name = next((n for n, w in self.fields.items() if w is widget), None)
        spec = CLIENT_FIELDS.get(name)
        return label_of(CLIENT_FIELDS, spec.name) if spec is not None else ""

    def _snapshot(self) -> ClientInput:
        return self.input()

    def has_changes(self) -> bool:
        return self._snapshot() != self._clean

    def reject(self) -> None:
        """Batal, Esc or closing the window: with unsaved changes, ask first."""
        if self.has_changes() and not ask_confirm(
                self, self.tr("Perubahan belum disimpan"),
                self.tr("Data klien yang Anda isi belum disimpan. Buang perubahan itu?"),
                yes=self.tr("Buang perubahan"), no=self.tr("Kembali ke formulir"), danger=True):
            return
        super().reject()

    def _nik_hint(self, text: str, kind: str) -> None:
        self.nik_hint.setText(text)
        if self.nik_hint.objectName() != kind:
            self.nik_hint.setObjectName(kind)
            self.nik_hint.style().unpolish(self.nik_hint)
            self.nik_hint.style().polish(self.nik_hint)

    def fill_from_nik(self) -> None:
        if self._nik_info is None:
            return
        self.sex.set_code(self._nik_info.sex)
        self.birth_date.set_value(self._nik_info.birth_date)
        self.validate_live()

    # ---------------------------------------------------------------------------- check, save

    def _run_check(self) -> ClientCheck | None:
        check = usecase.run(self, self.ctx, check_client, self.input(),
                            client_id=self.client.id if self.client else None,
                            today=self.today, fields=self.fields, message=self.summary)
        return None if check is FAILED else check

    def check_only(self) -> None:
        check = self._run_check()
        if check is None:
            return
        if not check.duplicates and not check.warnings:
            self.summary.clear()
            from ..widgets import show_info

            show_info(self, self.tr("Periksa duplikat"),
                      self.tr("Tidak ditemukan klien lain dengan NIK yang sama, atau dengan "
                              "nama dan tanggal lahir yang sama."))
            return
        dialog = DuplicateDialog(check, self, ctx=self.ctx)
        if dialog.save_button is not None:
            dialog.save_button.hide()
        dialog.exec()

    def save(self) -> None:
        self._show_all = True
        if not self.validate_live():
            bad = [w for w in self.fields.values() if w.property("invalid")]
            if bad:
                usecase.show_field(bad[0])
            label = self._label_of(bad[0]) if bad else ""
            tip = bad[0].toolTip() if bad else ""
            self.summary.setText(f"{label}: {tip}" if label and tip else
                                 self.tr("Periksa isian yang ditandai merah."))
            return
        check = self._run_check()
        if check is None:
            return
        confirmed = False
        if check.duplicates or check.warnings:
            dialog = DuplicateDialog(check, self, ctx=self.ctx)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            confirmed = True
        if self.client is None:
            saved = usecase.run(self, self.ctx, register_client, self.input(), today=self.today,
                                allow_possible_duplicate=confirmed, changes=CHANGES,
                                fields=self.fields, message=self.summary)
        else:
            saved = usecase.run(self, self.ctx, update_client, self.client.id, self.input(),
                                version=self.client.version, today=self.today, changes=CHANGES,
                                fields=self.fields, message=self.summary,
                                on_reload=self.reload_from_database)
        if saved is FAILED:
            return
        self.saved = saved
        self._clean = self._snapshot()
        self.accept()

    def reload_from_database(self) -> None:
        """After a conflict: show what is stored now (the user re-applies their change)."""
        if self.client is None:
            return
        current = usecase.run(self, self.ctx, get_client, self.client.id, today=self.today)
        if current is FAILED:
            return
        self.client = current
        self.load(current)
        self.validate_live()
        self.summary.setText(self.tr("Data terbaru telah dimuat; ulangi perubahan Anda lalu "
                                     "simpan."))
