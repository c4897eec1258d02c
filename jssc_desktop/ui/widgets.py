"""Small shared pieces of the window: error boxes, date fields, vocabulary combos, search fields.

Every page uses these so that the same thing looks and behaves the same everywhere: an error the
user can fix is shown in plain Indonesian; a bug shows a short apology and goes to the log with its
traceback; dates are typed and shown day first (``dd/MM/yyyy``) with an Indonesian calendar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import (
    AuthError,
    ConflictError,
    DomainError,
    DuplicateError,
    NotFoundError,
    PermissionDenied,
    StorageError,
    ValidationError,
    WorkflowError,
)
from ..domain.messages import CONTEXT as MESSAGES_CONTEXT
from ..domain.messages import render as render_message
from ..logsafe import describe_error

if TYPE_CHECKING:  # loaded on first use: the login window paints without it
    from ..domain.vocab import Vocabulary

log = logging.getLogger("jssc_desktop.ui")

#: Item data role of table models: a cell's typed value (number, date) for exports, when the
#: shown text stands for it ('35', 'Rp 150.000', '93,6%', '05/07/1990'); None otherwise.
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 40

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
DATE_FORMAT = "dd/MM/yyyy"
#: The "no date" of the former QDateEdit fields (kept for callers converting QDate values).
NO_DATE = QDate(1900, 1, 1)


def tr(text: str, context: str = "") -> str:
    """Translate text outside a class. ``pyside6-lupdate`` files a bare ``tr("…")`` call under
    the empty context, so that is the default here (inside classes use self.tr). Callers that
    mark their texts with ``QT_TRANSLATE_NOOP(context, …)`` pass that context."""
    return QCoreApplication.translate(context, text)


# ------------------------------------------------------------------------------ message boxes


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         detail: str | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    return box


def show_info(parent: QWidget | None, title: str, text: str, detail: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text, detail)
    box.addButton(tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_warning(parent: QWidget | None, title: str, text: str, detail: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.addButton(tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask_confirm(parent: QWidget | None, title: str, text: str, *, yes: str | None = None,
                no: str | None = None, detail: str | None = None,
                danger: bool = False) -> bool:
    """A question with two named buttons (never a bare 'Yes/No')."""
    box = _box(parent, QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question,
               title, text, detail)
    yes_button = box.addButton(yes or tr("Ya"), QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if danger else yes_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


_TITLES = {
    ValidationError: QT_TRANSLATE_NOOP("JSSC", "Isian belum benar"),
    NotFoundError: QT_TRANSLATE_NOOP("JSSC", "Data tidak ditemukan"),
    PermissionDenied: QT_TRANSLATE_NOOP("JSSC", "Tidak berhak"),
    DuplicateError: QT_TRANSLATE_NOOP("JSSC", "Data sudah ada"),
    WorkflowError: QT_TRANSLATE_NOOP("JSSC", "Langkah tidak diizinkan"),
    AuthError: QT_TRANSLATE_NOOP("JSSC", "Gagal masuk"),
    StorageError: QT_TRANSLATE_NOOP("JSSC", "Masalah basis data"),
}


def message_text(text: str) -> str:
    """A message from below the window in the window's language: a ``msg(…)`` message has its
    template translated (context ``messages``) and its values shown in that language; any other
    text is shown as it is."""
    return render_message(text, translate=_translate_message)


def _translate_message(template: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, template)


def error_text(exc: BaseException) -> str:
    """The message of a DomainError in the window's language."""
    return message_text(exc.message if isinstance(exc, DomainError) else str(exc))


def error_title(exc: DomainError) -> str:
    for cls in type(exc).__mro__:
        if cls in _TITLES:
            return QCoreApplication.translate("JSSC", _TITLES[cls])
    return tr("Tidak dapat dilanjutkan")


def show_error(parent: QWidget | None, exc: BaseException,
               on_reload: Callable[[], None] | None = None) -> None:
    """Show any exception the right way.

    A DomainError is something the user can act on: its message is shown in the window's
    language (:func:`error_text`).
    A ConflictError offers 'Muat ulang' (calls ``on_reload``). Anything else is a bug: it is
    logged with its traceback and the user gets a short, honest message.
    """
    if isinstance(exc, ConflictError):
        box = _box(parent, QMessageBox.Icon.Warning, tr("Data telah diubah pengguna lain"),
                   error_text(exc))
        reload_button = None
        if on_reload is not None:
            reload_button = box.addButton(tr("Muat ulang"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if reload_button is not None and box.clickedButton() is reload_button:
            on_reload()  # type: ignore[misc]  # the button exists only when on_reload is given
        return
    if isinstance(exc, DomainError):
        show_warning(parent, error_title(exc), error_text(exc))
        return
    log.error("unexpected error in the window", exc_info=exc)
    show_warning(
        parent, tr("Terjadi kesalahan"),
        tr("Terjadi kesalahan tak terduga; tidak ada data yang hilang dari basis data. "
           "Rinciannya telah dicatat di berkas log untuk petugas TI."),
        describe_error(exc))


# --------------------------------------------------------------------------------- date fields


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def to_date(value: QDate) -> date | None:
    if not value.isValid() or value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


class DateEdit(QLineEdit):
    """A day-first date field typed like text, with a calendar button; optionally empty.

    Staff type dates as ``5/7/1990``, ``05-07-1990``, ``05071990`` or ``5 Juli 1990``
    (``domain.formatting.parse_date_id`` reads them all). On leaving the field the date is
    shown as ``05/07/1990``; text that is no date stays as typed, is marked red and says why,
    and ``value()`` refuses it with a ValidationError naming the field, so nothing is dropped
    silently. Being a line edit, Tab leaves the field and Ctrl+A then typing replaces it.
    """

    dateChanged = Signal(object)  # the QDateEdit name the forms connect to

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 value: date | None = None, field: str = "tanggal",
                 label: str | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.field = field
        self.label = label or tr("Tanggal")
        self._last: date | None = None
        self._error: str | None = None
        self._popup: QWidget | None = None
        self.setPlaceholderText(tr("hh/bb/tttt") if optional else "")
        from .icons import icon

        self.calendar_action = self.addAction(icon("calendar"),
                                              QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(tr("Pilih dari kalender"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.setToolTip(tr("Ketik tanggal, mis. 05/07/1990, 05071990 atau 5 Juli 1990"))
        self.editingFinished.connect(self.commit)
        self.set_value(value if value is not None or optional else date.today())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance("00/00/0000") + 48
        return QSize(max(hint.width(), width), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # ---------------------------------------------------------------------------- value

    def _parse(self) -> date | None:
        text = self.text().strip()
        if not text:
            if self.optional:
                return None
            raise ValidationError(tr("{label} wajib diisi.").format(label=self.label),
                                  self.field)
        from ..domain.formatting import parse_date_id

        return parse_date_id(text, self.field, self.label)

    def value(self) -> date | None:
        """The date typed, ``None`` for an empty optional field; ValidationError (naming the
        field) for text that is no date or a required field left empty."""
        return self._parse()

    def is_valid(self) -> bool:
        try:
            self._parse()
        except ValidationError:
            return False
        return True

    def error_message(self) -> str | None:
        """Why the text typed is refused, or None."""
        return self._error

    def set_value(self, value: date | None) -> None:
        from ..domain.formatting import format_date_short

        if value is None and not self.optional:
            value = date.today()
        self.setText(format_date_short(value))
        self._show_ok(value)

    def clear_value(self) -> None:
        if self.optional:
            self.set_value(None)

    def commit(self) -> None:
        """Leaving the field: show the date read, or say why the text is no date."""
        try:
            value = self._parse()
        except ValidationError as exc:
            self._error = error_text(exc)
            mark_invalid(self, True, self._error)
            if self.isVisible():
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self._error, self)
            return
        from ..domain.formatting import format_date_short

        shown = format_date_short(value)
        if self.text() != shown:
            self.setText(shown)
        self._show_ok(value)

    def _show_ok(self, value: date | None) -> None:
        from ..domain.formatting import format_date

        self._error = None
        mark_invalid(self, False)
        self.setToolTip(format_date(value) if value else
                        tr("Ketik tanggal, mis. 05/07/1990, 05071990 atau 5 Juli 1990"))
        if value != self._last:
            self._last = value
            self.dateChanged.emit(value)

    # ------------------------------------------------------------------------- calendar

    def open_calendar(self) -> None:
        from ..domain.formatting import FIRST_YEAR, LAST_YEAR

        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(2, 2, 2, 2)
        calendar = QCalendarWidget(popup)
        calendar.setLocale(INDONESIAN)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        calendar.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        try:
            current = self._parse()
        except ValidationError:
            current = None
        # An empty field opens its calendar on today, not in January 1900.
        calendar.setSelectedDate(to_qdate(current) if current else QDate.currentDate())
        layout.addWidget(calendar)

        def picked(day: QDate) -> None:
            self.set_value(to_date(day))
            popup.close()
            self.setFocus()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        self._popup = popup
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        calendar.setFocus()


# ------------------------------------------------------------------------------------- combos


class VocabCombo(QComboBox):
    """A combo box over a controlled vocabulary: names shown, codes as item data."""

    def __init__(self, vocab: Vocabulary, parent: QWidget | None = None, *,
                 empty_text: str | None = None, codes: list[str] | None = None) -> None:
        super().__init__(parent)
        self.vocab = vocab
        if empty_text is not None:
            self.addItem(empty_text, None)
        for term in vocab:
            if codes is None or term.code in codes:
                self.addItem(term.display(), term.code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        if len(vocab) > 12:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.completer().setCompletionMode(self.completer().CompletionMode.PopupCompletion)
            self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            self.lineEdit().setPlaceholderText(empty_text or "")

    def code(self) -> str | None:
        if self.isEditable():
            # Typed text that matches no item means "nothing chosen", never a made-up code.
            index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
            return self.itemData(index) if index >= 0 else None
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        if index < 0 and code is not None:
            # A code no longer in the list (an older regulation): keep it visible, not lost.
            self.addItem(self.vocab.name(code), code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class FilterCombo(QComboBox):
    """A combo box the user can type into to find an item: any part of an item's text matches
    (``boga`` finds "Tata Boga — Angkatan II"); text that matches nothing is put back to the
    current item on leaving, so the choice is always one of the items."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if placeholder:
            self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().editingFinished.connect(self._settle)
        # A long name is shown from its start, not scrolled to its end.
        self.currentIndexChanged.connect(lambda _i: self.lineEdit().setCursorPosition(0))

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # Qt's event
        super().focusOutEvent(event)
        if not self.view().isVisible() and not self.completer().popup().isVisible():
            self._settle()

    def _settle(self) -> None:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        elif self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))


# ----------------------------------------------------------------------------------- search


class SearchEdit(QLineEdit):
    """A search field that reports its text 250 ms after the user stops typing."""

    search_changed = Signal(str)
    DELAY_MS = 250

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(placeholder)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._fire)
        self.textChanged.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._fire)
        from .icons import icon

        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)

    def _fire(self) -> None:
        self._timer.stop()
        self.search_changed.emit(self.text().strip())


# ------------------------------------------------------------------------------- flow layout


class FlowLayout(QLayout):
    """Buttons in a row that wraps onto the next line when the pane is too narrow, instead of
    squeezing them until their text is cut off (small screens, long English labels)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt name
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt name
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if i.widget() is None or not i.widget().isHidden()]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


def flow_toolbar(*widgets: QWidget | None) -> FlowLayout:
    """Like a toolbar row of buttons, but wrapping (None is skipped)."""
    flow = FlowLayout()
    for w in widgets:
        if w is not None:
            flow.addWidget(w)
    return flow


# ------------------------------------------------------------------------------- small helpers


def short_stage_name(name: str) -> str:
    """'Pemecahan masalah (intervensi)' -> 'Intervensi': readable in narrow columns and charts."""
    if "(" in name and name.endswith(")"):
        inner = name[name.rindex("(") + 1:-1]
        return inner[:1].upper() + inner[1:]
    return name.replace("Penyusunan rencana pemecahan masalah", "Rencana pemecahan masalah")


def short_region_name(name: str) -> str:
    """'Kabupaten Malang' -> 'Kab. Malang' (the usual written short form)."""
    return "Kab. " + name[len("Kabupaten "):] if name.startswith("Kabupaten ") else name


def short_status_name(name: str) -> str:
    """'Aktif (dalam layanan)' -> 'Aktif'."""
    return name.split(" (", 1)[0]


def mark_invalid(widget: QWidget, invalid: bool, tip: str | None = None) -> None:
    """Highlight a field that needs attention (the style sheet colours [invalid="true"])."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    if tip is not None or not invalid:
        widget.setToolTip(tip or "")


def hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("heading")
    return label


def button(text: str, icon_name: str | None = None, parent: QWidget | None = None,
           primary: bool = False) -> QPushButton:
    from .icons import icon

    b = QPushButton(text, parent)
    if icon_name:
        b.setIcon(icon(icon_name, primary=primary))
    if primary:
        b.setObjectName("primary")
        b.setDefault(True)
    return b


def dialog_buttons(dialog: QDialog, ok_text: str | None = None,
                   cancel_text: str | None = None, *,
                   save_shortcut: bool = False) -> QDialogButtonBox:
    """OK/Cancel with Indonesian labels, wired to accept/reject; ``save_shortcut``: the OK
    button saves a form, so Ctrl+S presses it (and its tooltip says so)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    from .icons import icon

    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text or tr("Simpan"))
    ok.setIcon(icon("check"))
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text or tr("Batal"))
    cancel.setIcon(icon("close"))
    if save_shortcut:
        from .shortcuts import bind_button

        bind_button(ok, "save")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def ask_text(parent: QWidget | None, title: str, label: str, *, required: bool = True,
             ok_text: str | None = None) -> str | None:
    """A short multi-line text (a reason, a note); None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    caption = QLabel(label)
    caption.setWordWrap(True)
    layout.addWidget(caption)
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves to the next field
    edit.setMinimumSize(380, 90)
    layout.addWidget(edit)
    buttons = dialog_buttons(dialog, ok_text or tr("Lanjutkan"))
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if required:
        ok.setEnabled(False)
        edit.textChanged.connect(lambda: ok.setEnabled(bool(edit.toPlainText().strip())))
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.toPlainText().strip()


def pixmap_from_bytes(content: bytes | None):
    from PySide6.QtGui import QPixmap

    pix = QPixmap()
    if content:
        pix.loadFromData(content)
    return pix


def set_window_icon(widget: QWidget) -> None:
    from .icons import app_icon

    icon: QIcon = app_icon()
    widget.setWindowIcon(icon)


# ------------------------------------------------------------------------- Qt's own strings


class IndonesianQtTranslator(QTranslator):
    """Indonesian for the few English strings Qt itself shows (Qt ships no Indonesian file):
    standard buttons, the wizard's buttons, the text-field context menu."""

    TEXTS = {
        "OK": "OK", "&OK": "&OK", "Cancel": "Batal", "&Cancel": "&Batal", "Close": "Tutup",
        "&Close": "&Tutup", "Save": "Simpan", "&Save": "&Simpan", "Apply": "Terapkan",
        "Reset": "Atur ulang", "Help": "Bantuan", "&Help": "&Bantuan", "Yes": "Ya",
        "&Yes": "&Ya", "No": "Tidak", "&No": "&Tidak", "Discard": "Buang",
        "Don't Save": "Jangan simpan", "Open": "Buka", "&Open": "&Buka", "Abort": "Batalkan",
        "Retry": "Ulangi", "Ignore": "Abaikan", "Yes to &All": "Ya untuk &semua",
        "N&o to All": "T&idak untuk semua", "Restore Defaults": "Kembalikan bawaan",
        "< &Back": "< &Kembali", "&Next >": "&Berikutnya >", "&Next": "&Berikutnya",
        "&Finish": "&Selesai", "Go Back": "Kembali", "Continue": "Lanjut", "Commit": "Simpan",
        "Done": "Selesai", "&Undo": "&Batalkan", "&Redo": "&Ulangi", "Cu&t": "Po&tong",
        "&Copy": "&Salin", "&Paste": "&Tempel", "Delete": "Hapus", "Select All": "Pilih semua",
        "Copy &Link Location": "Salin &alamat tautan", "Show Details...": "Tampilkan rincian…",
        "Hide Details...": "Sembunyikan rincian…", "&Step up": "&Naik", "Step &down": "&Turun",
        "&Select All": "&Pilih semua", "Look in:": "Cari di:", "File &name:": "&Nama berkas:",
        "Files of type:": "Jenis berkas:", "All Files (*)": "Semua berkas (*)",
        "Directory:": "Folder:", "&Choose": "&Pilih", "Choose": "Pilih",
    }

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None is Qt's "no translation here" (a null string); "" would blank the text out.
        if context.startswith("Q"):
            return self.TEXTS.get(source)
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt name
        return False


APP_STYLE = """
QWidget { font-size: 10pt; }
QLabel#heading { font-size: 14pt; font-weight: 600; color: #1f3b4d; }
QLabel#subheading { font-size: 11pt; font-weight: 600; color: #1f3b4d; }
QLabel#hint { color: #4f6272; }
QLabel#warning { color: #8a4b00; }
QLabel#error { color: #a12622; }
QLabel#ok { color: #23673a; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],
QPlainTextEdit[invalid="true"] { border: 1px solid #c0392b; background: #fff4f2; }
QPushButton { padding: 4px 12px; }
QPushButton[popup="true"] { padding-right: 24px; }
QPushButton::menu-indicator { subcontrol-origin: padding; subcontrol-position: right center;
    right: 8px; }
QPushButton#primary { background: #2f6f9f; color: white; border: 1px solid #255a82;
    border-radius: 3px; padding: 5px 14px; }
QPushButton#primary:hover { background: #3a7fb2; }
QPushButton#primary:disabled { background: #9db7cb; border-color: #9db7cb; }
QListWidget#nav { background: #1f3b4d; color: #e8eef3; border: none; font-size: 10.5pt;
    padding-top: 6px; outline: 0; }
QListWidget#nav::item { padding: 8px 10px; border-left: 3px solid transparent; }
QListWidget#nav::item:selected { background: #2f5a75; color: white;
    border-left: 3px solid #7fc4e8; }
QListWidget#nav::item:hover:!selected { background: #284a60; }
QFrame#card { background: white; border: 1px solid #d5dde4; border-radius: 6px; }
QLabel#panel { background: white; border: 1px solid #d5dde4; border-radius: 6px; }
QFrame#card:hover { border: 1px solid #2f6f9f; background: #f7fbfe; }
QLabel#cardValue { font-size: 20pt; font-weight: 600; color: #1f3b4d; }
QLabel#cardTitle { color: #4f6272; font-weight: 600; }
QLabel#cardDetail { color: #4f6272; }
QTableView { gridline-color: #e2e7ec; selection-background-color: #cfe3f2;
    selection-color: #102a3a; alternate-background-color: #f6f8fa; }
QHeaderView::section { background: #e9eef2; padding: 4px 6px; border: none;
    border-right: 1px solid #d5dde4; border-bottom: 1px solid #d5dde4; font-weight: 600; }
QTabWidget::pane { border: 1px solid #d5dde4; background: white; }
QStatusBar QLabel { padding: 0 8px; color: #35495a; }
"""
