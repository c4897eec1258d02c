"""The keyboard shortcuts of the window, defined once.

Menus, buttons and their tooltips take their keys from :data:`SHORTCUTS`, and the guide's
"Pintasan keyboard" topic lists the same rows (a test compares the two in both languages), so the
keys a user reads about are the keys that work.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton

CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    #: the name the code uses
    name: str
    #: the keys as written in the guide and the tooltips ("Ctrl+S"); ``sequence`` when they are
    #: a real key sequence Qt can bind, else only told (e.g. "H, S, I, A, T")
    keys: str
    #: what it does (Indonesian source text, translated in context "Shortcuts")
    action: str
    #: where it works
    where: str
    bindable: bool = True

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("help", "F1", QT_TRANSLATE_NOOP("Shortcuts", "Buka panduan pada halaman ini"),
             QT_TRANSLATE_NOOP("Shortcuts", "Di mana saja")),
    Shortcut("save", "Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Simpan"),
             QT_TRANSLATE_NOOP("Shortcuts", "Formulir, dialog, kehadiran, tutor, pengaturan")),
    Shortcut("all_present", "Ctrl+Shift+H", QT_TRANSLATE_NOOP("Shortcuts", "Semua hadir"),
             QT_TRANSLATE_NOOP("Shortcuts", "Kehadiran")),
    Shortcut("attendance_codes", "H, S, I, A, T",
             QT_TRANSLATE_NOOP("Shortcuts", "Isi kehadiran baris terpilih dan turun satu baris"),
             QT_TRANSLATE_NOOP("Shortcuts", "Kehadiran (daftar peserta)"), bindable=False),
    Shortcut("refresh", "F5", QT_TRANSLATE_NOOP("Shortcuts", "Muat ulang halaman"),
             QT_TRANSLATE_NOOP("Shortcuts", "Jendela utama")),
    Shortcut("search", "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Cari"),
             QT_TRANSLATE_NOOP("Shortcuts", "Jendela utama")),
    Shortcut("new_client", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Klien baru"),
             QT_TRANSLATE_NOOP("Shortcuts", "Jendela utama (staf)")),
    Shortcut("pages", "Ctrl+1 … Ctrl+9",
             QT_TRANSLATE_NOOP("Shortcuts", "Buka halaman ke-1 sampai ke-9 pada daftar kiri"),
             QT_TRANSLATE_NOOP("Shortcuts", "Jendela utama"), bindable=False),
    Shortcut("lock", "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Kunci layar"),
             QT_TRANSLATE_NOOP("Shortcuts", "Jendela utama")),
    Shortcut("fullscreen", "F11", QT_TRANSLATE_NOOP("Shortcuts", "Layar penuh"),
             QT_TRANSLATE_NOOP("Shortcuts", "Jendela utama")),
    Shortcut("quit", "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Keluar dari program"),
             QT_TRANSLATE_NOOP("Shortcuts", "Jendela utama")),
)

BY_NAME = {s.name: s for s in SHORTCUTS}


def shortcut(name: str) -> Shortcut:
    return BY_NAME[name]


def sequence(name: str) -> QKeySequence:
    found = BY_NAME[name]
    if not found.bindable:
        raise ValueError(f"shortcut {name!r} is only described, not bound")
    return found.sequence()


def translated(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def with_keys(text: str, name: str) -> str:
    """``text`` followed by the shortcut's keys, as in a tooltip: "Simpan (Ctrl+S)"."""
    return QCoreApplication.translate("Shortcuts", "{text} ({keys})").format(
        text=text, keys=BY_NAME[name].keys)


def bind_button(button: QAbstractButton, name: str) -> None:
    """Give ``button`` the shortcut ``name`` and say so in its tooltip. The key works while the
    button is visible and enabled in the active window, so a hidden page or tab never reacts."""
    button.setShortcut(sequence(name))
    tip = button.toolTip() or button.text().replace("&", "")
    button.setToolTip(with_keys(tip, name))


def bind_action(action: QAction, name: str) -> None:
    """Give a menu ``action`` the shortcut ``name`` (the menu shows the keys itself)."""
    action.setShortcut(sequence(name))


def table(language_texts: bool = True) -> list[tuple[str, str, str]]:
    """The rows of the guide's shortcut table: keys, action, where (translated when asked)."""
    tr = translated if language_texts else (lambda t: t)
    return [(s.keys, tr(s.action), tr(s.where)) for s in SHORTCUTS]
