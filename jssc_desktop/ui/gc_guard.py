"""Python's cyclic garbage collector runs only on the GUI thread.

Automatic collection starts on whichever thread happens to allocate; if that is a background job
(an import reading a workbook, a report) and the garbage holds Qt widgets from a closed dialog, Qt
destroys widgets off the GUI thread and the process crashes. So automatic collection is switched
off and a timer on the GUI thread collects instead, as often as the collector's own thresholds
would have asked for it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 500
_guard: _GuiThreadCollector | None = None


class _GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(_INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (as gc would)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread(app: QObject) -> None:
    """Install the collector once for ``app`` (the QApplication); safe to call again."""
    global _guard
    if _guard is None:
        _guard = _GuiThreadCollector(app)


_frozen = False


def freeze_loaded() -> None:
    """Once, when the user has signed in and before the main window is built: move everything
    loaded so far (modules, classes, mappers, about 120,000 objects) out of the collector's
    sight. They live as long as the program, yet every full collection on the GUI thread walked
    them again: about 0.13 s with the main window open on a large database, and 0.02 s after.
    The window itself is not frozen, so that a window closed at sign-out can still be
    collected."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()
