"""Pages are registered by class: every area's page imports and opens; an import error is raised
(a failing test), never turned into a "not yet available" placeholder."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QWidget

from jssc_desktop.ui import main_window

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("loader", main_window.PAGE_LOADERS, ids=lambda f: f.__name__)
def test_every_page_imports_and_opens(qtbot, make_ctx, boxes, loader) -> None:
    page_class = loader()
    assert isinstance(page_class, type) and issubclass(page_class, QWidget)
    page = page_class(make_ctx("admin"), None)
    qtbot.addWidget(page)


def test_the_window_registers_every_loader(qtbot, make_ctx, boxes) -> None:
    window = main_window.MainWindow(make_ctx("admin"))
    qtbot.addWidget(window)
    assert {a.page for a in window._all_areas()} == set(main_window.PAGE_LOADERS)


def test_an_import_error_is_not_hidden(qtbot, make_ctx, boxes) -> None:
    window = main_window.MainWindow(make_ctx("admin"))
    qtbot.addWidget(window)
    area = window._area("tutors")
    assert area is not None

    def broken() -> type[QWidget]:
        raise ImportError("no module named jssc_desktop.ui.pages.tutors")

    with pytest.raises(ImportError):
        window._create_page(dataclasses.replace(area, page=broken))
