"""One way for the window to run a use case of ``services/``.

:func:`run` opens one unit of work, calls ``fn(session, actor, *args, **kwargs)`` as the logged-in
user, and then:

- on success, announces the typed change (``changes``: the :class:`RecordKind` values the call
  wrote) on the context's bus, so every open list, detail and the dashboard refreshes;
- on a refusal that names a field the caller shows (``fields``: service field name → widget),
  marks that widget, puts the cursor in it and shows the message next to the form (``message``
  label) or in a message box;
- on a :class:`~jssc_desktop.domain.errors.PeriodLockedError` an administrator may override, asks
  for the correction reason and runs the use case again with ``lock_reason``;
- on anything else, shows the error in plain Indonesian (bugs are also logged).

It returns the service's result or :data:`FAILED` (falsy). :func:`run_in_background` is the same
contract for long work on the worker thread pool. :class:`ChangeWatcher` is the listening side: a
widget refreshes when a kind it shows changed, at once when visible, else when next shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

from ..domain.changes import RecordKind
from ..domain.errors import ConfirmationRequired, DomainError, PeriodLockedError
from .context import AppContext, Change
from .widgets import ask_confirm, error_text, mark_invalid, show_error

log = logging.getLogger(__name__)


class _Failed:
    """What :func:`run` returns when the service refused or failed (the error was shown)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FAILED"


FAILED: Any = _Failed()

FieldMap = Mapping[str, QWidget]


def run(parent: QWidget | None, ctx: AppContext, fn: Callable[..., Any], *args: Any,
        changes: Iterable[RecordKind] = (), changed_id: int | None = None,
        fields: FieldMap | None = None, message: QLabel | None = None,
        on_reload: Callable[[], None] | None = None, read_only: bool = False,
        **kwargs: Any) -> Any:
    """Run one use case synchronously in its own unit of work (see the module docstring).

    ``changed_id`` names the one record changed, when there is one (open details of other
    records then need not reload). ``read_only``: a use case that only reads (a list), in a
    read-only unit of work (``Database.read_session``): on SQLite it neither waits for nor
    holds up a writer on another PC, and costs less than one that may write."""
    if fields:
        for widget in fields.values():
            mark_invalid(widget, False)
    if message is not None:
        message.clear()
    try:
        with ctx.db.read_session() if read_only else ctx.session() as s:
            result = fn(s, ctx.actor, *args, **kwargs)
    except ConfirmationRequired as exc:
        # Unusual but allowed (a second session on one day, overlapping cohorts): nothing was
        # written; ask, then run the use case again with the confirmation.
        if (not getattr(exc, "declined", False) and not kwargs.get("confirmed")
                and _takes(fn, "confirmed") and ask_confirm(
                    parent, QCoreApplication.translate("Pages", "Mohon konfirmasi"),
                    error_text(exc), yes=QCoreApplication.translate("Pages", "Tetap simpan"),
                    no=QCoreApplication.translate("Pages", "Batal"))):
            return run(parent, ctx, fn, *args, changes=changes, changed_id=changed_id,
                       fields=fields, message=message, on_reload=on_reload,
                       **{**kwargs, "confirmed": True})
        if not _takes(fn, "confirmed"):
            report_error(parent, exc, fields=fields, message=message, on_reload=on_reload)
        return FAILED
    except PeriodLockedError as exc:
        if exc.overridable and "lock_reason" not in kwargs:
            reason = ask_lock_reason(parent, error_text(exc))
            if reason:
                return run(parent, ctx, fn, *args, changes=changes, changed_id=changed_id,
                           fields=fields, message=message, on_reload=on_reload,
                           lock_reason=reason, **kwargs)
            return FAILED
        show_error(parent, exc, on_reload=on_reload)
        return FAILED
    except Exception as exc:  # noqa: BLE001 - every failure is shown, bugs are also logged
        report_error(parent, exc, fields=fields, message=message, on_reload=on_reload)
        return FAILED
    announce(ctx, changes, source=parent, record_id=changed_id)
    return result


def _takes(fn: Callable[..., Any], name: str) -> bool:
    import inspect

    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def fetch(ctx: AppContext, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a read-only use case in its own unit of work; errors go to the caller."""
    with ctx.session() as s:
        return fn(s, ctx.actor, *args, **kwargs)


def fetch_read(ctx: AppContext, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """:func:`fetch` in a read-only unit of work (``Database.read_session``): on SQLite it
    neither waits for nor holds up a writer, e.g. each page of a long list while scrolling."""
    with ctx.db.read_session() as s:
        return fn(s, ctx.actor, *args, **kwargs)


def report_error(parent: QWidget | None, exc: BaseException, *, fields: FieldMap | None = None,
                 message: QLabel | None = None,
                 on_reload: Callable[[], None] | None = None) -> None:
    """Show a refusal at the field it names when that field is on screen, else in a box."""
    field_name = exc.field if isinstance(exc, DomainError) else None
    widget = (fields or {}).get(field_name or "")
    if widget is not None and isinstance(exc, DomainError):
        mark_invalid(widget, True, error_text(exc))
        show_field(widget)
        if message is not None:
            message.setText(error_text(exc))
            return
    if getattr(exc, "declined", False):  # a question the user already answered: no second box
        return
    show_error(parent, exc, on_reload=on_reload)


def show_field(widget: QWidget) -> None:
    """Bring a field into view (its tab, when it sits on one) and put the cursor in it."""
    from PySide6.QtWidgets import QStackedWidget, QTabWidget

    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            tabs.setCurrentWidget(child)
        child = parent
    widget.setFocus()


def announce(ctx: AppContext, changes: Iterable[RecordKind], *, source: object = None,
             record_id: int | None = None) -> None:
    kinds = frozenset(RecordKind(k) for k in changes)
    if kinds:
        ctx.bus.changed.emit(Change(kinds, source, record_id))


def ask_lock_reason(parent: QWidget | None, message: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Pages", "Periode terkunci"),
        message + "\n\n" + QCoreApplication.translate("Pages", "Alasan koreksi:"))
    text = (text or "").strip()
    return text if ok and text else None


def run_in_background(parent: QWidget | None, ctx: AppContext, fn: Callable[..., Any],
                      *args: Any, changes: Iterable[RecordKind] = (),
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      title: str = "", label: str = "", cancellable: bool = True,
                      **kwargs: Any) -> Any:
    """Run ``fn(session, actor, *args, progress=…, **kwargs)`` on the worker thread pool.

    The change is announced (on the GUI thread) after success, before ``on_done``.
    """
    from .worker import run_in_background as start

    kinds = tuple(changes)
    actor = ctx.actor

    def work(progress: Any) -> Any:
        with ctx.session() as s:
            return fn(s, actor, *args, progress=progress, **kwargs)

    def done(result: Any) -> None:
        announce(ctx, kinds, source=parent)
        if on_done is not None:
            on_done(result)

    return start(parent, work, title=title, label=label, on_done=done, on_error=on_error,
                 cancellable=cancellable)


class ChangeWatcher(QObject):
    """Calls ``refresh`` when one of ``kinds`` changed: at once when ``widget`` is visible,
    otherwise the next time it is shown.

    The bus outlives every page and dialog, so the subscription is ended when ``widget`` is
    destroyed: a closed dialog whose Python side the collector took apart is never called again.
    """

    def __init__(self, ctx: AppContext, widget: QWidget, kinds: Iterable[RecordKind],
                 refresh: Callable[[], None], *, skip_own: bool = False,
                 wants: Callable[[Change], bool] | None = None) -> None:
        super().__init__(widget)
        self.widget = widget
        self.kinds = frozenset(kinds)
        self.wants = wants
        self.refresh = refresh
        self.skip_own = skip_own
        self.stale = False
        connection = ctx.bus.changed.connect(self._on_change)
        # The closure holds the connection only, never this watcher or its widget.
        widget.destroyed.connect(lambda *_: QObject.disconnect(connection))
        widget.installEventFilter(self)

    def _on_change(self, change: Change) -> None:
        if not self.kinds & change.kinds:
            return
        if self.skip_own and change.source is self.widget:
            return
        if self.wants is not None and not self.wants(change):
            return
        try:
            visible = self.widget.isVisible()
        except RuntimeError:  # the widget is gone
            return
        if visible:
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        # The event type first: the events of a widget being torn down never reach the rest.
        if event.type() == QEvent.Type.Show and watched is self.widget and self.stale:
            self.stale = False
            self._refresh()
        return False

    def _refresh(self) -> None:
        try:
            self.refresh()
        except Exception as exc:  # noqa: BLE001 - a failed refresh must not break the caller
            log.exception("refresh after a change failed")
            show_error(self.widget, exc)

