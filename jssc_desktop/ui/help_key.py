"""F1 anywhere opens the user guide (``ui/help.py``) at the topic of the focused widget.

Kept apart from the guide itself so that the key is listening from the first window on while
the guide's code is loaded only when someone presses F1.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


class HelpKey(QObject):
    """F1 anywhere in the application opens the guide at the topic of the focused widget's
    nearest page, window or dialog."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F1
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and isinstance(watched, QWidget)):
            from .help import open_help, topic_for

            # The key goes to the focused widget first: its nearest page or dialog decides.
            open_help(topic_for(watched), watched)
            return True
        return False


_help_key: HelpKey | None = None


def install_help_key(app: QApplication) -> None:
    """Install the F1 handler once for ``app``; safe to call again."""
    global _help_key
    if _help_key is None:
        _help_key = HelpKey(app)
        app.installEventFilter(_help_key)
