"""One paging style for the list pages: the first page when the list (re)loads, the next page
under it with "Tampilkan lebih banyak", and a line saying how many of how many are shown.

The service side is one contract too: a list use case takes ``offset`` and ``limit`` and returns
a :class:`~jssc_desktop.services.base.Page` (the rows and how many match in all), computed in SQL.
A page gives :class:`PagedList` the function that asks for one page; the helper owns the
offsets, the count line and the button. (The client list, with 100,000 rows, scrolls by seek
paging in its own model, ``ui/clients/model.py``.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton

from ..services.base import Page
from .usecase import FAILED

# How many rows one page holds unless a page says otherwise.
PAGE_SIZE = 200

Fetch = Callable[[int, int], Any]   # (offset, limit) -> Page | FAILED
CountText = Callable[[int, int], str]  # (shown, total) -> the count line


def showing(shown: int, total: int) -> str:
    """'Menampilkan 200 dari 1.234'."""
    return QCoreApplication.translate("Paging", "Menampilkan {shown} dari {total}").format(
        shown=shown, total=total)


class PagedList:
    """Pages of ``fetch`` into ``table`` (a ``DataTable``), keeping the selected record."""

    def __init__(self, table: Any, fetch: Fetch, *, more_button: QPushButton,
                 count_label: QLabel, page_size: int = PAGE_SIZE,
                 count_text: CountText = showing,
                 key: Callable[[Any], Any] = lambda row: row.id,
                 on_update: Callable[[], None] | None = None) -> None:
        self.table = table
        self.fetch = fetch
        self.more_button = more_button
        self.count_label = count_label
        self.page_size = page_size
        self.count_text = count_text
        self.key = key
        self.on_update = on_update
        self.total = 0
        more_button.clicked.connect(self.more)

    @property
    def shown(self) -> int:
        return len(self.table.source.rows)

    def load(self) -> bool:
        """The first page (after a filter changed or a record was saved)."""
        return self._show(self.fetch(0, self.page_size), [])

    def more(self) -> bool:
        """The next page, under the rows already shown."""
        rows = list(self.table.source.rows)
        return self._show(self.fetch(len(rows), self.page_size), rows)

    def _show(self, page: Page[Any] | Any, before: list[Any]) -> bool:
        if page is FAILED:
            return False
        self.total = page.total
        self.table.set_rows(before + list(page.rows), keep=self.key)
        shown = self.shown
        self.count_label.setText(self.count_text(shown, self.total))
        self.more_button.setVisible(shown < self.total)
        if self.on_update is not None:
            self.on_update()
        return True
