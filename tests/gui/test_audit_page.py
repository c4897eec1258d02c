"""The audit view and the red banner: administrators and heads see who changed what (filtered
and paged in SQL), and a broken chain is announced in red at the top of the main window."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from jssc_desktop.services.base import audit
from jssc_desktop.ui.main_window import MainWindow
from jssc_desktop.ui.pages.audit import AuditPage

pytestmark = pytest.mark.gui


@pytest.fixture
def logged(sqlite_db, people):  # type: ignore[no-untyped-def]
    for i in range(260):
        actor = people["admin"] if i % 2 else people["staff"]
        with sqlite_db.session() as s:
            audit(s, actor, "client.update" if i % 3 else "tutor.create",
                  "client" if i % 3 else "tutor", i + 1, {"name": "Lama"}, {"name": f"Baru {i}"})
    return sqlite_db


def _window(qtbot, make_ctx, role):  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(role))
    qtbot.addWidget(window)
    return window


def test_audit_page_filters_and_pages_in_sql(qtbot, make_ctx, logged, qtmodeltester):
    window = _window(qtbot, make_ctx, "head")
    page = window.navigate("audit")
    assert isinstance(page, AuditPage)
    page.refresh()
    users = 5  # the five test users' creation rows come first
    assert page.total == 260 + users and len(page.table.source.rows) == 200
    assert page.more_button.isVisibleTo(page)
    qtmodeltester.check(page.table.source)
    page.load_more()
    assert len(page.table.source.rows) == 260 + users
    assert page.table.source.rows[0].id == 260 + users  # newest first
    page.user.setCurrentIndex(page.user.findData("staf"))
    assert page.total == 130
    assert {r.username for r in page.table.source.rows} == {"staf"}
    page.action.setCurrentIndex(page.action.findData("tutor.create"))
    page.record.setText("7")
    page.load()
    assert [(r.action, r.entity_id) for r in page.table.source.rows] == [("tutor.create", 7)]
    shown = page.table.model().index(0, 5).data()
    assert shown == "name: Lama → Baru 6"


def test_staff_has_no_audit_page_and_no_banner(qtbot, make_ctx, logged):
    window = _window(qtbot, make_ctx, "staff")
    assert "audit" not in window.area_keys()
    window.audit_banner.start()
    assert not window.audit_banner.timer.isActive()


def test_a_broken_chain_shows_the_red_banner(qtbot, make_ctx, logged):
    with logged.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET reason = 'disunting' WHERE id = 7"))
    window = _window(qtbot, make_ctx, "admin")
    window.show()
    window.audit_banner.check()
    qtbot.waitUntil(lambda: window.audit_banner.last is not None, timeout=20_000)
    assert window.audit_banner.isVisible()
    assert "#7" in window.audit_banner.label.text()
    window.audit_banner.view_button.click()
    assert window.current_key() == "audit"
    assert "#7" in window.pages["audit"].status.text()


def test_an_intact_chain_shows_no_banner(qtbot, make_ctx, logged):
    window = _window(qtbot, make_ctx, "head")
    window.show()
    window.audit_banner.check()
    qtbot.waitUntil(lambda: window.audit_banner.last is not None, timeout=20_000)
    assert window.audit_banner.last.ok and not window.audit_banner.isVisible()
