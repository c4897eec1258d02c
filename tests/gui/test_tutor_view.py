"""Tutors see only what they need (issue 13, point 5): sensitive PPKS categories are masked like
the NIK in the services (so every list, detail and export of a tutor shows them masked), a
tutor cannot filter by them, and actions a role cannot do are not offered at all."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from jssc_desktop.domain.errors import PermissionDenied
from jssc_desktop.domain.vocab import HIDDEN_PPKS_NAME, PPKS, sensitive_ppks_codes
from jssc_desktop.services import clients as clients_svc
from jssc_desktop.services.clients import ClientQuery
from jssc_desktop.storage.models import Client
from tests.gui.daily_helpers import programme, show

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_modal(boxes):  # type: ignore[no-untyped-def]
    """A message box would wait for a click: record it instead."""
    return boxes


def test_sensitive_categories_are_data() -> None:
    names = {PPKS.name(c) for c in sensitive_ppks_codes()}
    assert "Orang dengan HIV/AIDS (ODHA)" in names and "Korban Perdagangan Orang" in names
    assert "Anak Telantar" not in names


def _make_sensitive(db, client_id: int, code: str) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        s.execute(update(Client).where(Client.id == client_id).values(ppks_code=code))


def test_tutor_sees_sensitive_category_masked_everywhere(qtbot, make_ctx, people,
                                                         sqlite_db):
    from jssc_desktop.ui.clients.page import ClientsPage

    p = programme(sqlite_db, people)
    _make_sensitive(sqlite_db, p.client_ids[0], "P16")  # ODHA
    _make_sensitive(sqlite_db, p.client_ids[1], "P18")  # trafficking
    tutor, staff = make_ctx("tutor"), make_ctx("staff")
    with sqlite_db.session() as s:
        rows = {r.name: r.ppks_name for r in clients_svc.search_clients(
            s, tutor.actor, ClientQuery()).rows}
        detail = clients_svc.get_client(s, tutor.actor, p.client_ids[0])
        staff_rows = {r.name: r.ppks_name for r in clients_svc.search_clients(
            s, staff.actor, ClientQuery()).rows}
    assert rows == {"Agus Salim": HIDDEN_PPKS_NAME, "Bambang Irawan": HIDDEN_PPKS_NAME,
                    "Citra Lestari": "Anak Telantar"}
    assert detail.ppks_name == HIDDEN_PPKS_NAME and detail.ppks_code == ""
    assert staff_rows["Agus Salim"] == "Orang dengan HIV/AIDS (ODHA)"
    with pytest.raises(PermissionDenied, match="Orang dengan HIV"), sqlite_db.session() as s:
        clients_svc.search_clients(s, tutor.actor, ClientQuery(ppks_code="P16"))

    page = show(qtbot, ClientsPage(tutor))
    page.reset_filters()
    shown = [page.model.data(page.model.index(r, c)) for r in range(page.model.rowCount())
             for c in range(page.model.columnCount())]
    assert HIDDEN_PPKS_NAME in shown
    assert not any("ODHA" in str(x) or "Perdagangan" in str(x) for x in shown)
    offered = [page.ppks.itemText(i) for i in range(page.ppks.count())]
    assert "Anak Telantar" in offered and not any("ODHA" in t for t in offered)


def test_tutor_is_not_offered_exports_they_cannot_do(qtbot, make_ctx, people, sqlite_db):
    from PySide6.QtWidgets import QPushButton

    from jssc_desktop.ui.clients.page import ClientsPage
    from jssc_desktop.ui.pages.training import TrainingPage

    programme(sqlite_db, people)
    for page_class in (ClientsPage, TrainingPage):
        tutor_page = show(qtbot, page_class(make_ctx("tutor")))
        staff_page = show(qtbot, page_class(make_ctx("staff")))
        tutor_texts = [b.text() for b in tutor_page.findChildren(QPushButton)]
        staff_texts = [b.text() for b in staff_page.findChildren(QPushButton)]
        assert "Ekspor…" in staff_texts, page_class.__name__
        assert "Ekspor…" not in tutor_texts, page_class.__name__
