"""Long work off the GUI thread: a function with a progress callback and a cancel flag.

The function runs in the global ``QThreadPool``. It receives a ``Progress`` object to call with
``(text, fraction)``; when the user pressed "Batal", that call raises :class:`Cancelled`, so the
function stops at its next progress report. The worker never touches widgets: results, errors and
progress come back through Qt signals, which are delivered on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user cancelled the work; raised from the progress callback."""


class Progress:
    """Passed to the work function: report progress, and learn about cancellation."""

    def __init__(self, emit: Callable[[str, float], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def __call__(self, text: str, fraction: float) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._emit(str(text), float(fraction))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class WorkerSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(str, float)
    cancelled = Signal()


def _deliver(signal: Any, *args: Any) -> None:
    """Emit ``signal`` unless its object is already gone.

    When the window that waited for the result closes first (the application quits while a
    background check is still running), Qt has deleted the signals' object and nobody is left to
    tell: the result is dropped instead of raising in the pool thread.
    """
    try:
        signal.emit(*args)
    except RuntimeError:
        log.debug("background result dropped: its receiver was closed")


class Worker(QRunnable):
    """Runs ``fn(progress, *args, **kwargs)`` in the thread pool."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps the worker (and its signals) alive
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self.progress = Progress(self.signals.progress.emit)
        self.done = threading.Event()

    def run(self) -> None:
        try:
            result = self.fn(self.progress, *self.args, **self.kwargs)
        except Cancelled:
            _deliver(self.signals.cancelled)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            if not isinstance(exc, Exception):
                log.error("worker stopped by %r", exc)
            _deliver(self.signals.failed, exc)
        else:
            _deliver(self.signals.finished, result)
        finally:
            self.done.set()

    def cancel(self) -> None:
        self.progress.cancel()

    def start(self) -> Worker:
        QThreadPool.globalInstance().start(self)
        return self


# Workers that are running, kept here so Python does not collect them mid-flight.
_running: set[Worker] = set()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[..., Any],
    *args: Any,
    title: str = "",
    label: str = "",
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
    **kwargs: Any,
) -> Worker:
    """Run ``fn`` off the GUI thread behind a modal progress dialog.

    ``on_error`` defaults to :func:`widgets.show_error` on ``parent``.
    """
    from .widgets import show_error, tr

    worker = Worker(fn, *args, **kwargs)
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title or tr("Mohon tunggu"))
    dialog.setLabelText(label or tr("Sedang bekerja…"))
    dialog.setRange(0, 100)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumWidth(420)
    if cancellable:
        dialog.setCancelButtonText(tr("Batal"))
        dialog.canceled.connect(worker.cancel)
        dialog.canceled.connect(
            lambda: dialog.setLabelText(tr("Membatalkan… menunggu langkah yang sedang berjalan.")))
    else:
        dialog.setCancelButton(None)
    base_label = dialog.labelText()

    def on_progress(text: str, fraction: float) -> None:
        if worker.progress.cancelled:
            return
        dialog.setLabelText(f"{base_label}\n{text}" if text else base_label)
        dialog.setValue(max(0, min(100, int(fraction * 100))))

    def finish() -> None:
        _running.discard(worker)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        if on_done:
            on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_error:
            on_error(exc)
        else:
            show_error(parent, exc)

    def cancelled() -> None:
        finish()
        if on_cancel:
            on_cancel()

    worker.signals.progress.connect(on_progress)
    worker.signals.finished.connect(done)
    worker.signals.failed.connect(failed)
    worker.signals.cancelled.connect(cancelled)
    _running.add(worker)
    worker.dialog = dialog  # type: ignore[attr-defined]  # kept alive as long as the job
    worker.start()
    return worker
