"""Every write made in the window shows at once on every open page: the client list, the open
client detail, the training page and the dashboard, without F5 (issue: stale lists).

Each test opens the pages a user would have open side by side, drives one write through the real
widgets (the modal dialogs are filled and saved through their own widgets), and reads what the
other pages show afterwards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from jssc_desktop.domain.vocab import STAGES
from jssc_desktop.services import clients as svc
from jssc_desktop.services import training
from jssc_desktop.services.training import CohortInput, TrackInput
from jssc_desktop.ui.clients.model import Column
from jssc_desktop.ui.clients.page import ClientsPage
from jssc_desktop.ui.dashboard import DashboardPage
from jssc_desktop.ui.widgets import short_stage_name

pytestmark = pytest.mark.gui


def _drive(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], None]) -> None:
    """Instead of waiting for a click, ``cls.exec()`` shows the dialog, lets ``fill`` type into
    its widgets and press its button, and returns the dialog's result."""

    def exec_(self: Any) -> int:
        self.show()
        fill(self)
        return int(self.result())

    monkeypatch.setattr(cls, "exec", exec_)


def _register(ctx: Any, name: str = "Siti Rahmawati") -> int:
    with ctx.session() as s:
        return svc.register_client(s, ctx.actor, svc.ClientInput(
            name=name, sex="P", ppks_code="P02", nik_missing_reason="tidak_punya",
            admission_date=date.today() - timedelta(days=40))).id


def _list_row(page: ClientsPage, client_id: int) -> int:
    for row in range(page.model.rowCount()):
        if page.model.rows[row].id == client_id:
            return row
    raise AssertionError(f"client {client_id} not in the list")


def _shown(page: ClientsPage, client_id: int, column: Column) -> str:
    index = page.model.index(_list_row(page, client_id), column)
    return str(page.model.data(index, Qt.ItemDataRole.DisplayRole))


@pytest.fixture
def open_pages(qtbot, make_ctx, boxes):  # type: ignore[no-untyped-def]
    ctx = make_ctx("staff")
    client_id = _register(ctx)
    page = ClientsPage(ctx)
    dash = DashboardPage(ctx)
    for w in (page, dash):
        qtbot.addWidget(w)
        w.show()
    detail = page.open_client(client_id)
    assert detail is not None
    qtbot.addWidget(detail)
    return ctx, client_id, page, dash, detail


def test_stage_move_in_the_detail_shows_in_the_list_and_dashboard(open_pages, monkeypatch):
    from jssc_desktop.ui.clients.dialogs import MoveStageDialog

    ctx, client_id, page, dash, detail = open_pages
    assert _shown(page, client_id, Column.STAGE) == short_stage_name(STAGES.name("pendekatan_awal"))

    def fill(d: Any) -> None:
        d.stage.set_code("asesmen")
        d.save()

    _drive(monkeypatch, MoveStageDialog, fill)
    detail.move_stage()
    assert _shown(page, client_id, Column.STAGE) == "Asesmen"
    assert dict((code, n) for code, _name, n in dash.data.by_stage).get("asesmen") == 1
    assert detail.client.current_stage == "asesmen"


def test_edit_in_the_detail_shows_in_the_list(open_pages, monkeypatch):
    from jssc_desktop.ui.clients.form import ClientForm

    ctx, client_id, page, dash, detail = open_pages

    def fill(form: Any) -> None:
        form.name.clear()
        form.name.setText("Siti Rahmawati Putri")
        form.save()

    _drive(monkeypatch, ClientForm, fill)
    detail.edit()
    assert _shown(page, client_id, Column.NAME) == "Siti Rahmawati Putri"
    assert detail.title.text() == "Siti Rahmawati Putri"


def test_discharge_in_the_detail_shows_in_the_list_and_dashboard(open_pages, monkeypatch):
    from jssc_desktop.ui.clients.dialogs import DischargeDialog

    ctx, client_id, page, dash, detail = open_pages
    assert dash.data.residents == 1
    assert dash.cards["residents"].value.text() == "1"

    def fill(d: Any) -> None:
        d.reason.set_code("kembali_keluarga")
        d.handover_to.setText("Ibu Sulastri")
        d.save()

    _drive(monkeypatch, DischargeDialog, fill)
    detail.discharge()
    assert detail.client.status == "terminasi"
    # the list shows residents by default: the discharged client has left it
    assert page.status.code() == "aktif"
    assert client_id not in [r.id for r in page.model.rows]
    assert dash.data.residents == 0
    assert dash.cards["residents"].value.text() == "0"


def test_new_client_shows_in_the_dashboard(open_pages, monkeypatch):
    from jssc_desktop.ui.clients.form import ClientForm

    ctx, client_id, page, dash, detail = open_pages

    def fill(form: Any) -> None:
        form.name.setText("Rudi Hartono")
        form.sex.set_code("L")
        form.ppks.set_code("P04")
        form.nik_missing_reason.set_code("tidak_punya")
        form.save()

    _drive(monkeypatch, ClientForm, fill)
    page.new_item()
    assert page.model.total == 2
    assert dash.data.residents == 2


def test_new_cohort_updates_the_programs_cohort_count(qtbot, make_ctx, boxes, monkeypatch):
    from jssc_desktop.ui.pages.training import TrainingPage
    from jssc_desktop.ui.pages.training_dialogs import CohortDialog

    ctx = make_ctx("staff")
    today = date.today()
    with ctx.session() as s:
        track = training.create_track(s, ctx.actor, TrackInput(code="AC", name="Reparasi AC",
                                                               total_jp=120))
        training.create_cohort(s, ctx.actor, CohortInput(
            track_id=track.id, name="Angkatan 1", start_date=today - timedelta(days=10),
            end_date=today + timedelta(days=50)))
    page = TrainingPage(ctx)
    dash = DashboardPage(ctx)
    for w in (page, dash):
        qtbot.addWidget(w)
        w.show()
    assert page.tracks.source.rows[0].cohorts == 1

    def fill(d: Any) -> None:
        d.name.setText("Angkatan 2")
        d.start.set_value(today)
        d.end.set_value(today + timedelta(days=60))
        d.accept()

    _drive(monkeypatch, CohortDialog, fill)
    page.new_cohort()
    assert page.tracks.source.rows[0].cohorts == 2
    shown = page.tracks.model().index(0, 3).data()
    assert str(shown) == "2"
    assert sorted(c.name for c in page.cohorts.source.rows) == ["Angkatan 1", "Angkatan 2"]


def test_enrolment_on_the_training_page_shows_on_the_dashboard(qtbot, make_ctx, boxes,
                                                               monkeypatch):
    from jssc_desktop.ui.pages.training import TrainingPage
    from jssc_desktop.ui.pages.training_dialogs import EnrollDialog

    ctx = make_ctx("staff")
    today = date.today()
    client_id = _register(ctx)
    with ctx.session() as s:
        track = training.create_track(s, ctx.actor, TrackInput(code="AC", name="Reparasi AC",
                                                               total_jp=120))
        training.create_cohort(s, ctx.actor, CohortInput(
            track_id=track.id, name="Angkatan 1", start_date=today - timedelta(days=10),
            end_date=today + timedelta(days=50), capacity=10))
    page = TrainingPage(ctx)
    dash = DashboardPage(ctx)
    for w in (page, dash):
        qtbot.addWidget(w)
        w.show()
    assert page.cohort is not None and page.cohort.enrolled == 0
    in_training_before = dash.data.in_training

    def fill(d: Any) -> None:
        assert d.model.rowCount() == 1
        d.model.setData(d.model.index(0, 0), Qt.CheckState.Checked,
                        Qt.ItemDataRole.CheckStateRole)
        assert client_id in d.model.checked
        d.accept()

    _drive(monkeypatch, EnrollDialog, fill)
    page.enroll()
    assert page.cohorts.source.rows[0].enrolled == 1
    assert dash.data.in_training == in_training_before + 1
