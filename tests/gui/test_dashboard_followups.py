"""The dashboard's follow-up card: overdue as the number, due in the next 30 days beside it,
the two never overlapping (it once said '460 jatuh tempo dalam 30 hari ke depan' with 316 of
them already overdue)."""

from __future__ import annotations

from datetime import date

import pytest

from jssc_desktop.ui.dashboard import DashboardPage

from ..test_services_followups import World

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 23)


def test_followup_card_shows_overdue_and_due_soon_apart(qtbot, make_ctx, sqlite_db):
    with sqlite_db.session() as s:
        w = World(s)
        w.graduate("Menjahit", "Ani", date(2026, 3, 1))      # 3 and 6 months overdue
        w.graduate("Menjahit", "Budi", date(2026, 8, 23))    # 3 months due today
        w.graduate("Tata Boga", "Citra", date(2026, 9, 10))  # 3 months due 10 December
    page = DashboardPage(make_ctx("staff"), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    card = page.cards["followups"]
    assert card.title.text() == "Bimbingan lanjut terlambat"
    assert card.value.text() == "2"
    assert card.detail.text() == "2 jatuh tempo dalam 30 hari ke depan"
