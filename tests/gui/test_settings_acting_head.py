"""Settings → Plh. Kepala UPT: the head designates an acting head with dates and a reason, sees
it listed and in force, and revokes it; the administrator sees the list but no form. Real
widgets, real SQLite file."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from jssc_desktop.services import approvers
from jssc_desktop.storage.models import AuditLog
from jssc_desktop.ui.settings.acting_head_tab import ActingHeadTab
from jssc_desktop.ui.settings.page import SettingsPage

TODAY = date(2026, 11, 23)


def test_head_designates_and_revokes_an_acting_head(qtbot, sqlite_db, people, make_ctx,  # type: ignore[no-untyped-def]
                                                     boxes) -> None:
    tab = ActingHeadTab(make_ctx("head"), today=TODAY)
    qtbot.addWidget(tab)
    staff = people["staff"]
    # only active staff may be chosen (no administrator, tutor or the head)
    assert [tab.user.itemData(i) for i in range(tab.user.count())] == [staff.user_id]
    assert "tidak ada Plh." in tab.current.text()
    tab.starts.setText("20/11/2026")
    tab.ends.setText("30/11/2026")
    tab.designate_button.click()  # no reason: refused, nothing written
    assert "Alasan" in tab.message.text()
    assert tab.table.source.rows == []
    qtbot.keyClicks(tab.reason, "Kepala UPT dinas luar")
    tab.ends.setText("10/11/2026")  # before the start: the service refuses, named
    tab.ends.commit()
    tab.designate_button.click()
    assert "sebelum tanggal mulai" in tab.message.text(), tab.message.text()
    tab.ends.setText("30/11/2026")
    tab.ends.commit()
    tab.designate_button.click()
    assert boxes.kinds()[-1] == "info", boxes.texts()
    rows = tab.table.source.rows
    assert [(r.user_id, r.starts_on, r.ends_on, r.note) for r in rows] == [
        (staff.user_id, date(2026, 11, 20), date(2026, 11, 30), "Kepala UPT dinas luar")]
    assert staff.full_name in tab.current.text()
    with sqlite_db.session() as s:
        assert approvers.may_approve(s, staff, TODAY)
        assert s.execute(select(AuditLog.entity_id).where(
            AuditLog.action == "acting_head.designate")).scalar_one() == staff.user_id
    # the administrator sees it, cannot designate
    admin_tab = ActingHeadTab(make_ctx("admin"), today=TODAY)
    qtbot.addWidget(admin_tab)
    assert admin_tab.form_box.isHidden() and admin_tab.revoke_button.isHidden()
    assert len(admin_tab.table.source.rows) == 1 and staff.full_name in admin_tab.current.text()
    # revoked by the head
    tab.table.select_first()
    tab.revoke_button.click()
    assert tab.table.source.rows[0].revoked
    assert "tidak ada Plh." in tab.current.text()
    with sqlite_db.session() as s:
        assert not approvers.may_approve(s, staff, TODAY)


def test_tab_shown_to_head_and_admin_only(qtbot, make_ctx) -> None:  # type: ignore[no-untyped-def]
    for role, shown in (("head", True), ("admin", True), ("staff", False), ("tutor", False)):
        page = SettingsPage(make_ctx(role))
        qtbot.addWidget(page)
        assert ("Plh. Kepala UPT" in page.tab_titles()) is shown, role
