"""Settings, Target Tahunan: the administrator sets the year's targets; they reach the report."""

from __future__ import annotations

from datetime import date

import pytest

from jssc_desktop.domain.errors import PermissionDenied, ValidationError
from jssc_desktop.services.targets import get_annual_targets, set_annual_targets
from jssc_desktop.ui.settings.targets_tab import TargetsTab

pytestmark = pytest.mark.gui


def test_admin_sets_targets_and_bad_values_are_refused(qtbot, make_ctx, monkeypatch):
    from jssc_desktop.ui.settings import targets_tab

    ctx = make_ctx("admin")
    tab = TargetsTab(ctx, today=date(2026, 11, 30))
    qtbot.addWidget(tab)
    assert tab.year.value() == 2026
    assert tab.fields["admissions"].text() == "belum ditetapkan"
    tab.fields["admissions"].setValue(40)
    tab.fields["employment_rate"].setValue(65)
    monkeypatch.setattr(targets_tab, "show_info", lambda *a: None)
    assert tab.save()
    with ctx.session() as s:
        got = get_annual_targets(s, ctx.actor, 2026).values
    assert got == {"capacity": None, "admissions": 40, "graduates": None,
                   "employment_rate": 65}
    tab.year.setValue(2027)
    assert tab.fields["admissions"].value() == 0
    tab.year.setValue(2026)
    assert tab.fields["admissions"].value() == 40
    with ctx.session() as s:
        with pytest.raises(ValidationError, match="0–100"):
            set_annual_targets(s, ctx.actor, 2026, {"employment_rate": 120})
        with pytest.raises(ValidationError):
            set_annual_targets(s, ctx.actor, 1999, {"admissions": 1})
    staff = make_ctx("staff")
    with staff.session() as s, pytest.raises(PermissionDenied):
        set_annual_targets(s, staff.actor, 2026, {"admissions": 1})
