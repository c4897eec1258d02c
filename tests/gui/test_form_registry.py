"""Every field of the tutor, cohort, follow-up and facility request forms is a field of its
record kind's registry (domain/fields.py), shown with the registry's label and held to its length
limit: a form field that is not in the registry fails here."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from jssc_desktop.domain.fields import COHORT, FACILITY_REQUEST, FOLLOWUP, TUTOR, Registry
from jssc_desktop.services import followups as followups_svc
from jssc_desktop.ui.fields import export_header, label_of
from tests.test_services_followups import World

pytestmark = pytest.mark.gui


def _form_label(form: QFormLayout, widget: QWidget) -> str:
    label = form.labelForField(widget)
    assert isinstance(label, QLabel), widget
    return label.text()


def _check_dialog(dialog, registry: Registry, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert set(dialog.fields) == expected
    for name, widget in dialog.fields.items():
        assert name in registry, f"{type(dialog).__name__}: '{name}' is not in the registry"
        assert _form_label(dialog.form, widget) == label_of(registry, name)
        spec = registry[name]
        if isinstance(widget, QLineEdit) and spec.max_length:
            assert widget.maxLength() == spec.max_length, name


def test_facility_and_cohort_dialogs_read_the_registry(qtbot, make_ctx):
    from jssc_desktop.ui.pages.facility import FacilityDialog
    from jssc_desktop.ui.pages.training_dialogs import CohortDialog

    ctx = make_ctx("staff")
    facility = FacilityDialog(ctx, [("Menjahit", 1)])
    qtbot.addWidget(facility)
    _check_dialog(facility, FACILITY_REQUEST, {"title", "kind", "funding_source",
                                               "estimated_cost", "priority", "track_id",
                                               "description"})
    assert facility.title_edit.maxLength() == 300
    cohort = CohortDialog(ctx, [], [("Budi Santoso", 1)])
    qtbot.addWidget(cohort)
    _check_dialog(cohort, COHORT, {"track_id", "name", "start_date", "end_date", "tutor_id",
                                   "planned_jp", "capacity"})


def test_followup_dialog_reads_the_registry(qtbot, make_ctx, people, sqlite_db):
    from jssc_desktop.ui.pages.followups import FollowUpDialog

    with sqlite_db.session() as s:
        World(s).graduate("Menjahit", "Ani", date(2026, 5, 4))
    with sqlite_db.session() as s:
        row = followups_svc.list_followups(s, people["staff"], state="all").rows[0]
    dialog = FollowUpDialog(make_ctx("staff"), row)
    qtbot.addWidget(dialog)
    _check_dialog(dialog, FOLLOWUP, {"done_date", "method", "outcome", "employer_or_business",
                                     "monthly_income", "aid_received", "aid_condition",
                                     "notes"})
    assert dialog.employer.maxLength() == 200


def test_tutor_form_reads_the_registry(qtbot, make_ctx):
    from jssc_desktop.ui.pages.tutors import TutorsPage

    page = TutorsPage(make_ctx("staff"))
    qtbot.addWidget(page)
    labels = {w.text() for w in page.findChildren(QLabel)}
    for name, widget in page.fields.items():
        assert name in TUTOR, f"tutor form: '{name}' is not in the registry"
        assert label_of(TUTOR, name) in labels, name
        if isinstance(widget, QLineEdit) and name != "nip":
            assert widget.maxLength() == (TUTOR[name].max_length or 32767), name
    assert page.nip.maxLength() == 18


#: Columns of the list exports that show no single stored field of the record kind (computed or
#: from another record); every other column must name its registry field.
DERIVED = {
    "tutors": ["Berlaku s.d.", "JP"],
    "followups": ["Nama", "No. registrasi", "Program / angkatan", "Lulus", "Terlambat"],
    "facility": [],
}


@pytest.mark.parametrize("kind", sorted(DERIVED))
def test_list_export_columns_come_from_the_registry(qtbot, make_ctx, kind: str):
    """What 'Ekspor' writes is the table's headers: the columns of stored fields take their
    header from the registry (``export``), the others are the reviewed derived ones above."""
    from jssc_desktop.ui.export import table_contents
    from jssc_desktop.ui.pages.facility import FacilityPage
    from jssc_desktop.ui.pages.followups import FollowUpsPage
    from jssc_desktop.ui.pages.tutors import TutorsPage

    page_class, registry = {"tutors": (TutorsPage, TUTOR),
                            "followups": (FollowUpsPage, FOLLOWUP),
                            "facility": (FacilityPage, FACILITY_REQUEST)}[kind]
    page = page_class(make_ctx("staff"))
    qtbot.addWidget(page)
    headers, _rows = table_contents(page.table.model())
    columns = page.table.source.columns
    assert headers == [c.header for c in columns]
    derived = [c.header for c in columns if c.field is None]
    assert derived == DERIVED[kind], "a new list column must name its registry field"
    for column in columns:
        if column.field is not None:
            assert column.field in registry, f"{kind}: '{column.field}' is not in the registry"
            assert column.header == export_header(registry, column.field)


#: The client list's headers, as the users saw them before the list read the registry.
CLIENT_HEADERS = {
    "id": ["No. Registrasi", "Nama", "L/P", "Umur", "NIK", "Kab/Kota", "Kategori PPKS",
           "Tahapan", "Status"],
    "en": ["Registration No.", "Name", "M/F", "Age", "NIK", "Regency/City", "PPKS category",
           "Stage", "Status"],
}


def test_client_list_and_export_columns_come_from_the_registry(qtbot, make_ctx, sqlite_db,
                                                               texts_in):
    """The client list names the registry field of each column; its header (and the header its
    'Ekspor' writes) is that field's list header, in either language."""
    from jssc_desktop.domain.fields import CLIENT
    from jssc_desktop.ui.clients.model import FIELDS, Column
    from jssc_desktop.ui.clients.page import ClientsPage
    from jssc_desktop.ui.export import table_contents

    from .test_clients import insert_clients

    insert_clients(sqlite_db, 3)
    assert list(FIELDS) == list(Column)
    assert [c for c, name in FIELDS.items() if name is None] == [Column.AGE]  # derived
    page = ClientsPage(make_ctx("staff"))
    qtbot.addWidget(page)
    headers, rows = table_contents(page.table.model(), page.table)
    for column, name in FIELDS.items():
        if name is not None:
            assert name in CLIENT, f"client list: '{name}' is not in the registry"
            spec = CLIENT[name]
            assert spec.export, f"client list: '{name}' has no export header"
            assert headers[column] == export_header(CLIENT, name)
    assert headers == CLIENT_HEADERS[texts_in]
    # The list opens on the residents (the first of the three is discharged); ages are numbers.
    assert len(rows) == 2 and all(isinstance(r[Column.AGE], int) for r in rows)
