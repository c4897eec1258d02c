"""The collector's part in the window: what is loaded at sign-in is frozen once, out of the
full collections that run on the GUI thread."""

from __future__ import annotations

import gc

import pytest

from jssc_desktop.ui import gc_guard

pytestmark = pytest.mark.gui


def test_freeze_loaded_moves_what_is_loaded_out_of_sight_once(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(gc_guard, "_frozen", False)
    assert gc.get_freeze_count() == 0, "the test process froze objects before"
    loaded = [object() for _ in range(10)] + [[n] for n in range(10)]
    try:
        gc_guard.freeze_loaded()
        frozen = gc.get_freeze_count()
        assert frozen >= len(loaded)
        later = [[n] for n in range(1000)]  # made after sign-in: still collectable
        gc_guard.freeze_loaded()
        assert gc.get_freeze_count() == frozen, "frozen a second time (a sign-out's window)"
        assert len(later) == 1000
        # What was frozen is out of a full collection's sight: the collection walks far less.
        assert len(gc.get_objects()) < frozen
    finally:
        gc.unfreeze()
