"""A change watcher's subscription to the bus ends when the widget it watches is destroyed: the bus
lives as long as the window, closed dialogs must not be called (or kept) by it."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QDialog, QWidget

from jssc_desktop.domain.changes import RecordKind
from jssc_desktop.ui import usecase

pytestmark = pytest.mark.gui

CHANGED = SIGNAL("changed(PyObject)")


class Watched(QDialog):
    def __init__(self, ctx, calls: list[str]) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.calls = calls
        # A reference cycle like every page's: widget -> watcher -> bound method -> widget.
        self.watcher = usecase.ChangeWatcher(ctx, self, {RecordKind.CLIENT}, self.reload)

    def reload(self) -> None:
        self.calls.append("reload")


def test_a_visible_widget_refreshes_and_a_hidden_one_on_show(qtbot, make_ctx) -> None:
    ctx = make_ctx("staff")
    calls: list[str] = []
    dialog = Watched(ctx, calls)
    qtbot.addWidget(dialog)
    ctx.bus.announce(RecordKind.CLIENT)
    assert calls == []  # hidden: only marked stale
    dialog.show()
    assert calls == ["reload"]
    ctx.bus.announce(RecordKind.TRACK)
    assert calls == ["reload"]  # a kind it does not show
    ctx.bus.announce(RecordKind.CLIENT)
    assert calls == ["reload", "reload"]


def test_the_subscription_ends_when_the_widget_is_destroyed(qtbot, make_ctx) -> None:
    ctx = make_ctx("staff")
    before = ctx.bus.receivers(CHANGED)
    calls: list[str] = []
    holder = QWidget()
    qtbot.addWidget(holder)
    dialog = Watched(ctx, calls)
    dialog.setParent(holder)
    assert ctx.bus.receivers(CHANGED) == before + 1
    seen: list[int] = []
    dialog.destroyed.connect(lambda *_: seen.append(ctx.bus.receivers(CHANGED)))
    dialog.deleteLater()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [before]  # gone by the time the widget's destroyed() is delivered
    ctx.bus.announce(RecordKind.CLIENT)
    assert calls == []


def test_a_closed_dialog_collected_by_the_collector_is_never_called(qtbot, make_ctx) -> None:
    ctx = make_ctx("staff")
    before = ctx.bus.receivers(CHANGED)
    calls: list[str] = []
    dialog = Watched(ctx, calls)
    dialog.show()
    dialog.close()
    del dialog
    gc.collect()
    assert ctx.bus.receivers(CHANGED) == before
    ctx.bus.announce(RecordKind.CLIENT)  # an exception in a slot would fail the test
    assert calls == []
