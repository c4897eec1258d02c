"""The follow-up results import in the wizard (issue 12): the same steps as the other kinds —
the file, the header under title rows, the column mapping, a dry run naming every problem by row
and column with the error copy, an unusual income confirmed by the user, and then every result
recorded at once or none; the button on the follow-up page for roles that may import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from jssc_desktop.domain.changes import RecordKind
from jssc_desktop.storage.models import FollowUp
from tests.test_followup_import import GOOD, _sheet
from tests.test_services_followups import World

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_modal(boxes):  # type: ignore[no-untyped-def]
    return boxes


@pytest.fixture
def grads(sqlite_db):  # type: ignore[no-untyped-def]
    with sqlite_db.session() as s:
        w = World(s)
        a = w.graduate("Menjahit", "Ani", date(2026, 5, 4))        # PM-2025-00001
        b = w.graduate("Reparasi AC", "Bagus", date(2026, 5, 4))   # PM-2025-00002
        c = w.graduate("Tata Boga", "Citra", date(2026, 2, 2))     # PM-2025-00003
        return {"a3": a[3].id, "b3": b[3].id, "c6": c[6].id}


def _done(sqlite_db) -> dict[int, tuple]:  # type: ignore[no-untyped-def]
    with sqlite_db.session() as s:
        return {f.id: (f.done_date, f.outcome, f.employer_or_business, f.monthly_income)
                for f in s.scalars(select(FollowUp).where(FollowUp.done_date.is_not(None)))}


def test_followup_import_in_the_wizard(qtbot, make_ctx, sqlite_db, grads, tmp_path: Path):
    from jssc_desktop.ui.imports.wizard import ImportWizard

    rows = [list(r) for r in GOOD]
    rows[1][8] = "Rp 45.000.000"            # above the ceiling: needs a confirmation
    rows[2][5] = "merpati pos"              # an unknown method: a real error
    path = _sheet(tmp_path / "bimbingan lanjut.xlsx", rows)
    ctx = make_ctx("staff")
    wizard = ImportWizard(ctx, kind="followups", today=date(2026, 11, 23))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "Impor Hasil Bimbingan Lanjut dari Excel"

    # 1. the file; 2. the mapping: the header found under the title rows
    assert wizard.page_file.set_file(path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.planning and wizard.plan is not None, timeout=30_000)
    plan = wizard.plan
    assert plan.header_row == 3
    assert {"reg_no", "months_after", "done_date", "method", "outcome", "monthly_income",
            "name"} <= set(plan.mapping.values())
    assert plan.unconfirmed == [5]
    assert [(e.row, e.column) for e in plan.errors] == [(5, "Penghasilan per Bulan"),
                                                         (6, "Cara")]

    # 3. the dry run: both problems named, the import blocked, the error copy offered
    wizard.next()
    preview = wizard.page_preview
    assert not preview.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "2 baris bermasalah" in preview.reason_label.text()
    assert preview.save_errors_button.isVisibleTo(preview)
    assert preview.confirm_income.isVisibleTo(preview)
    from jssc_desktop.ui.imports.wizard import write_errors

    copy = write_errors(lambda *_a: None, wizard.sheet, wizard.plan, str(tmp_path / "galat.xlsx"))
    ws = load_workbook(copy).active
    notes = [str(c.value) for c in next(ws.iter_cols(min_col=ws.max_column))
             if c.value is not None]
    assert any("Rp 45.000.000" in n for n in notes) and any("Cara" in n for n in notes)
    assert _done(sqlite_db) == {}

    # the income is confirmed by the user; the bad method is fixed in Excel and read again
    preview.confirm_income.setChecked(True)
    qtbot.waitUntil(lambda: not wizard.planning and wizard.plan.unconfirmed == [],
                    timeout=30_000)
    assert [(e.row, e.column) for e in wizard.plan.errors] == [(6, "Cara")]
    rows[2][5] = "Telepon"
    _sheet(path, rows)
    wizard.back()
    wizard.back()
    assert wizard.page_file.set_file(path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.planning and wizard.plan is not None
                    and not wizard.plan.errors, timeout=30_000)
    assert wizard.plan.new == 3
    wizard.next()
    assert preview.isComplete()
    assert "3 baris hasil bimbingan lanjut" in preview.reason_label.text()

    # 4. all at once, announced to the open pages
    with qtbot.waitSignal(ctx.bus.changed, timeout=30_000) as changed:
        wizard.next()
    assert RecordKind.FOLLOWUP in changed.args[0].kinds
    qtbot.waitUntil(lambda: wizard.page_result.isComplete(), timeout=10_000)
    assert wizard.page_result.headline.text() == "3 baris hasil bimbingan lanjut telah disimpan."
    assert _done(sqlite_db) == {
        grads["a3"]: (date(2026, 8, 10), "wirausaha", "Jahit Ani, Kepanjen", 2_500_000),
        grads["b3"]: (date(2026, 8, 12), "bekerja", "CV Dingin Jaya", 45_000_000),
        grads["c6"]: (date(2026, 8, 5), "sekolah", None, None),
    }
    wizard.close()


def test_the_follow_up_page_opens_the_wizard_for_roles_that_may_import(qtbot, make_ctx,
                                                                        monkeypatch):
    from jssc_desktop.ui import imports
    from jssc_desktop.ui.pages.followups import FollowUpsPage

    opened: list[str] = []
    monkeypatch.setattr(imports, "open_import_wizard",
                        lambda ctx, parent, kind="clients": opened.append(kind))
    page = FollowUpsPage(make_ctx("staff"))
    qtbot.addWidget(page)
    assert page.import_button.isVisibleTo(page)
    page.import_button.click()
    assert opened == ["followups"]
    for role in ("head", "tutor"):
        other = FollowUpsPage(make_ctx(role))
        qtbot.addWidget(other)
        assert not other.import_button.isVisibleTo(other)
