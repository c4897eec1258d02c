"""Client screens on a real SQLite database: lazy paging, search, the form, detail, discharge."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex
from sqlalchemy import insert, select

from jssc_desktop.domain.changes import RecordKind
from jssc_desktop.domain.formatting import normalize_name
from jssc_desktop.domain.nik import make_nik
from jssc_desktop.services import clients as svc
from jssc_desktop.storage.models import Client
from jssc_desktop.ui.clients.form import ClientForm, DuplicateDialog
from jssc_desktop.ui.clients.model import FETCH_SIZE, PAGE_SIZE, ClientTableModel, Column
from jssc_desktop.ui.clients.page import ClientsPage

pytestmark = pytest.mark.gui

FIRST = ["Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hadi", "Indah", "Joko"]
LAST = ["Santoso", "Wahyuni", "Pratama", "Lestari", "Saputra"]


def insert_clients(db, n: int) -> None:  # type: ignore[no-untyped-def]
    """Many clients at once through Core (the services are tested elsewhere)."""
    rows = []
    for i in range(n):
        name = f"{FIRST[i % 10]} {LAST[(i // 10) % 5]} {i:04d}"
        sex = "L" if i % 2 == 0 else "P"
        birth = date(1990 + i % 20, 1 + i % 12, 1 + i % 28)
        rows.append({
            "reg_no": f"PM-2025-{i + 1:05d}", "name": name,
            "name_normalized": normalize_name(name),
            "sex": sex, "birth_date": birth,
            "nik": make_nik("3507", sex, birth, i % 9999 + 1, kecamatan=i // 9999 + 1),
            "kab_kota_code": "3507",
            "ppks_code": "P04" if i % 3 == 0 else "P09", "admission_date": date(2025, 1, 2),
            "status": "aktif" if i % 10 else "terminasi", "current_stage": "asesmen",
            "discharge_date": None if i % 10 else date(2025, 6, 1),
            "discharge_reason": None if i % 10 else "selesai",
        })
    with db.engine.begin() as conn:
        conn.execute(insert(Client), rows)


def good_input(**changes) -> svc.ClientInput:  # type: ignore[no-untyped-def]
    values = dict(name="Siti Rahmawati", sex="P", birth_date=date(2005, 3, 12),
                  nik=make_nik("3507", "P", date(2005, 3, 12), 17), ppks_code="P02",
                  admission_date=date(2026, 10, 1), kab_kota_code="3507")
    values.update(changes)
    return svc.ClientInput(**values)


# ------------------------------------------------------------------------------ list and model


def test_model_pages_lazily_and_passes_the_model_tester(qtbot, qtmodeltester, make_ctx):
    ctx = make_ctx("staff")
    insert_clients(ctx.db, 500)
    calls = []

    def loader(query):  # type: ignore[no-untyped-def]
        calls.append((query.offset, query.limit, query.after is not None, query.count))
        with ctx.session() as s:
            return svc.search_clients(s, ctx.actor, query)

    model = ClientTableModel(loader)
    model.reload()
    assert model.total == 500
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 500
    assert not model.canFetchMore(QModelIndex())
    # Counted once, then paged by the key of the last row shown (no OFFSET, no recount).
    assert calls == [(0, PAGE_SIZE, False, True), (0, FETCH_SIZE, True, False)]
    names = [model.rows[i].name for i in range(500)]
    assert names == sorted(names, key=normalize_name)
    qtmodeltester.check(model, force_py=True)


def test_model_makes_rows_only_when_shown(qtbot, make_ctx):
    """The page's loader keeps database records; a row is made when painted or asked for."""
    from jssc_desktop.services.client_list import ClientRow

    ctx = make_ctx("staff")
    insert_clients(ctx.db, 300)
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.reset_filters()
    model = page.model
    assert len(model.rows) == PAGE_SIZE and type(model.rows.items[150]) is not ClientRow
    shown = model.data(model.index(150, Column.NAME))
    assert type(model.rows.items[150]) is ClientRow
    with ctx.session() as s:
        expected = svc.search_clients(s, ctx.actor, svc.ClientQuery(limit=PAGE_SIZE))
    assert shown == expected.rows[150].name
    assert list(model.rows) == expected.rows


def test_page_shows_total_and_grows_when_scrolled(qtbot, make_ctx):
    ctx = make_ctx("staff")
    insert_clients(ctx.db, 500)
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.reset_filters()  # the list opens on active clients; show all
    assert page.total_label.text() == "500 klien"
    assert page.model.rowCount() == PAGE_SIZE
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > PAGE_SIZE, timeout=3000)
    page.status.set_code("aktif")
    assert page.total_label.text() == "450 klien"


def test_search_filters_by_name_and_registration_number(qtbot, make_ctx):
    ctx = make_ctx("staff")
    insert_clients(ctx.db, 500)
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.reset_filters()
    qtbot.keyClicks(page.search, "gilang")
    qtbot.waitUntil(lambda: page.total_label.text() == "50 klien", timeout=3000)
    assert all(r.name.startswith("Gilang") for r in page.model.rows)
    page.search.setText("PM-2025-00123")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    assert page.model.rows[0].reg_no == "PM-2025-00123"
    page.search.setText("")
    page.ppks.set_code("P04")
    qtbot.waitUntil(lambda: page.model.total == 167, timeout=3000)


def test_sorting_by_registration_number_descending(qtbot, make_ctx):
    from PySide6.QtCore import Qt

    ctx = make_ctx("staff")
    insert_clients(ctx.db, 300)
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.reset_filters()
    page.table.sortByColumn(Column.REG_NO, Qt.SortOrder.DescendingOrder)
    assert page.model.rows[0].reg_no == "PM-2025-00300"
    page.table.sortByColumn(Column.AGE, Qt.SortOrder.AscendingOrder)
    ages = [r.age for r in page.model.rows[:50]]
    assert ages == sorted(ages)


def test_tutor_sees_masked_nik(qtbot, make_ctx):
    from jssc_desktop.storage.models import Cohort, Enrollment, TrainingTrack

    ctx = make_ctx("tutor")
    insert_clients(ctx.db, 20)
    with ctx.db.session() as s:
        track = TrainingTrack(code="AC", name="Reparasi AC")
        s.add(track)
        s.flush()
        cohort = Cohort(track_id=track.id, name="Angkatan 1", tutor_id=ctx.actor.tutor_id,
                        start_date=date(2026, 1, 5), end_date=date(2026, 6, 30))
        s.add(cohort)
        s.flush()
        first = s.execute(select(Client).order_by(Client.id).limit(1)).scalar_one()
        s.add(Enrollment(cohort_id=cohort.id, client_id=first.id, enrolled_on=date(2026, 1, 5)))
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.reset_filters()
    assert page.model.total == 1  # only the participants of the tutor's own cohorts
    nik = page.model.index(0, Column.NIK).data()
    assert nik.startswith("3507") and nik.endswith("*" * 12)


# ------------------------------------------------------------------------------------- form


def test_form_refuses_a_bad_nik_and_names_the_field(qtbot, make_ctx, boxes):
    ctx = make_ctx("staff")
    form = ClientForm(ctx, None)
    qtbot.addWidget(form)
    form.tabs.setCurrentIndex(3)
    qtbot.keyClicks(form.name, "Rudi Hartono")
    form.sex.set_code("L")
    form.ppks.set_code("P04")
    form.nik.setText("3599011203050001")  # kab/kota 3599 does not exist
    assert form.nik.property("invalid") is True
    assert "3599" in form.nik_hint.text()
    form.save()
    assert form.saved is None
    assert "NIK" in form.summary.text()
    assert form.tabs.currentIndex() == 0  # the tab holding the NIK field
    with ctx.session() as s:
        assert s.execute(select(Client)).first() is None


def test_form_decodes_a_nik_while_typing(qtbot, make_ctx):
    ctx = make_ctx("staff")
    form = ClientForm(ctx, None)
    qtbot.addWidget(form)
    nik = make_nik("3507", "L", date(2005, 3, 12), 1)
    qtbot.keyClicks(form.nik, nik[:10])
    assert form.nik_hint.text() == "10 dari 16 angka"
    qtbot.keyClicks(form.nik, nik[10:])
    assert form.nik_hint.text() == "Laki-laki, lahir 12 Maret 2005, Kabupaten Malang"
    form.sex.set_code("P")
    assert "jenis kelamin laki-laki" in form.nik_hint.text()
    assert form.use_nik_button.isVisibleTo(form)
    form.fill_from_nik()
    assert form.sex.code() == "L"
    assert form.birth_date.value() == date(2005, 3, 12)


def test_form_requires_name_sex_category_and_nik_or_reason(qtbot, make_ctx, boxes):
    ctx = make_ctx("staff")
    form = ClientForm(ctx, None)
    qtbot.addWidget(form)
    form.save()  # the checks show on saving (not on opening: see test_forms.py)
    assert form.saved is None
    assert form.name.property("invalid") is True
    assert form.sex.property("invalid") is True
    assert form.ppks.property("invalid") is True
    assert form.nik_missing_reason.property("invalid") is True
    form.nik_missing_reason.set_code("hilang")
    assert not form.nik_missing_reason.property("invalid")


def test_form_saves_a_good_client(qtbot, make_ctx, boxes, today):
    ctx = make_ctx("staff")
    changed = []
    ctx.bus.changed.connect(changed.append)
    form = ClientForm(ctx, None, today=today)
    qtbot.addWidget(form)
    data = good_input()
    form.name.setText(data.name)
    form.sex.set_code("P")
    form.birth_date.set_value(data.birth_date)
    form.nik.setText(data.nik)
    form.ppks.set_code("P02")
    form.kab_kota.set_code("3507")
    form.admission_date.set_value(date(2026, 10, 1))
    form.guardian_name.setText("Ibu Sulastri")
    form.save()
    assert form.saved is not None, boxes.texts()
    assert form.saved.reg_no == "PM-2026-00001"
    assert [c.kinds for c in changed] == [{RecordKind.CLIENT}]
    with ctx.session() as s:
        stored = s.execute(select(Client)).scalar_one()
        assert stored.nik == data.nik
        assert stored.guardian_name == "Ibu Sulastri"
        assert stored.current_stage == "pendekatan_awal"


def test_possible_duplicate_is_shown_before_saving(qtbot, make_ctx, monkeypatch, today):
    ctx = make_ctx("staff")
    with ctx.session() as s:
        svc.register_client(s, ctx.actor, good_input(nik=None, nik_missing_reason="hilang"),
                            today=today)
    shown = []

    def fake_exec(dialog):  # type: ignore[no-untyped-def]
        shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        return 0  # "Kembali ke formulir"

    monkeypatch.setattr(DuplicateDialog, "exec", fake_exec)
    form = ClientForm(ctx, None, today=today)
    qtbot.addWidget(form)
    form.name.setText("SITI  rahmawati")
    form.sex.set_code("P")
    form.birth_date.set_value(date(2005, 3, 12))
    form.nik_missing_reason.set_code("tidak_punya")
    form.ppks.set_code("P02")
    form.save()
    assert form.saved is None
    assert shown == [["Siti Rahmawati — PM-2026-00001, lahir 12 Maret 2005 "
                      "(Nama dan tanggal lahir sama)"]]
    # Confirmed as a different person: saved.
    monkeypatch.setattr(DuplicateDialog, "exec", lambda dialog: 1)
    form.save()
    assert form.saved is not None and form.saved.reg_no == "PM-2026-00002"


def test_stale_edit_is_refused_with_the_conflict_message(qtbot, make_ctx, boxes, today):
    ctx = make_ctx("staff")
    with ctx.session() as s:
        detail = svc.register_client(s, ctx.actor, good_input(), today=today)
    form = ClientForm(ctx, detail, today=today)
    qtbot.addWidget(form)
    with ctx.session() as s:  # someone else saves first
        svc.update_client(s, ctx.actor, detail.id, good_input(phone="0812"),
                          version=detail.version, today=today)
    form.name.setText("Siti Rahmawati Putri")
    form.save()
    assert form.saved is None
    assert boxes.shown and boxes.shown[-1][1] == "ConflictError"
    with ctx.session() as s:
        assert s.get(Client, detail.id).name == "Siti Rahmawati"


# ---------------------------------------------------------------------- detail and discharge


def test_detail_shows_tabs_and_discharge_saves(qtbot, make_ctx, boxes, today):
    from jssc_desktop.ui.clients.detail import ClientDetailDialog
    from jssc_desktop.ui.clients.dialogs import DischargeDialog

    ctx = make_ctx("staff")
    with ctx.session() as s:
        detail = svc.register_client(s, ctx.actor, good_input(), today=today)
    dialog = ClientDetailDialog(ctx, detail.id, today=today)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Identitas", "Keluarga dan Wali", "Persetujuan", "Tahapan", "Pelatihan",
                    "Bimbingan Lanjut", "Bantuan Usaha", "Foto", "Riwayat Perubahan"]
    assert dialog.title.text() == "Siti Rahmawati"
    assert "PM-2026-00001" in dialog.line1.text()
    assert dialog.stages.count() == 1
    assert "Pendekatan awal" in dialog.stages.item(0).text()

    discharge = DischargeDialog(ctx, dialog.client, dialog, today=today)
    qtbot.addWidget(discharge)
    discharge.save()  # no reason chosen
    assert "Alasan terminasi" in discharge.error.text()
    discharge.reason.set_code("kembali_keluarga")
    discharge.handover_to.setText("Ibu Sulastri")
    discharge.save()
    assert discharge.result() == 1, boxes.texts()
    dialog.reload()
    assert dialog.client.status == "terminasi"
    assert not dialog.discharge_button.isEnabled()
    dialog.tabs.setCurrentWidget(dialog.history)
    actions = [dialog.history.item(r, 2).text() for r in range(dialog.history.rowCount())]
    assert "Terminasi" in actions


def test_tutor_detail_hides_family_data(qtbot, make_ctx, today):
    from jssc_desktop.storage.models import Cohort, Enrollment, TrainingTrack
    from jssc_desktop.ui.clients.detail import ClientDetailDialog

    staff = make_ctx("staff")
    tutor = make_ctx("tutor")
    with staff.session() as s:
        detail = svc.register_client(s, staff.actor, good_input(guardian_name="Ibu Sulastri"),
                                     today=today)
        track = TrainingTrack(code="TB", name="Tata Boga")
        s.add(track)
        s.flush()
        cohort = Cohort(track_id=track.id, name="Angkatan 2", tutor_id=tutor.actor.tutor_id,
                        start_date=date(2026, 10, 5), end_date=date(2026, 12, 30))
        s.add(cohort)
        s.flush()
        s.add(Enrollment(cohort_id=cohort.id, client_id=detail.id, enrolled_on=date(2026, 10, 5)))
    dialog = ClientDetailDialog(tutor, detail.id, today=today)
    qtbot.addWidget(dialog)
    assert dialog.client.masked
    assert not dialog.edit_button.isVisibleTo(dialog)
    assert dialog.history is None
    assert dialog.aid_tab is None  # business aid is staff's business, like the follow-ups
    assert "Bantuan Usaha" not in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    from PySide6.QtWidgets import QLabel

    family = " ".join(lab.text() for lab in dialog.family_tab.findChildren(QLabel))
    assert "Sulastri" not in family
    assert "hanya dapat dilihat" in family


def test_move_stage_dialog_records_the_next_stage(qtbot, make_ctx, boxes, today):
    from jssc_desktop.ui.clients.dialogs import MoveStageDialog

    ctx = make_ctx("staff")
    with ctx.session() as s:
        detail = svc.register_client(s, ctx.actor, good_input(), today=today)
    dialog = MoveStageDialog(ctx, detail, today=today)
    qtbot.addWidget(dialog)
    assert dialog.stage.code() == "asesmen"  # the next stage is proposed
    dialog.save()
    with ctx.session() as s:
        assert s.get(Client, detail.id).current_stage == "asesmen"


def _png_bytes() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 50, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f9f"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def test_photo_is_stored_shown_and_a_non_image_refused(qtbot, make_ctx, boxes, today):
    from jssc_desktop.ui.clients.detail import ClientDetailDialog

    ctx = make_ctx("staff")
    with ctx.session() as s:
        detail = svc.register_client(s, ctx.actor, good_input(), today=today)
    dialog = ClientDetailDialog(ctx, detail.id, today=today)
    qtbot.addWidget(dialog)
    assert dialog.photo.text() == "Tanpa foto"
    assert not dialog.set_photo(b"%PDF-1.4 bukan gambar")
    assert "PNG atau JPEG" in boxes.texts()
    assert dialog.set_photo(_png_bytes())
    assert dialog.client.has_photo
    assert dialog.photo.pixmap() is not None and not dialog.photo.pixmap().isNull()
    assert dialog.remove_photo_button.isEnabled()


def test_consent_dialog_records_guardian_consent(qtbot, make_ctx, boxes, today):
    from jssc_desktop.ui.clients.detail import ClientDetailDialog
    from jssc_desktop.ui.clients.dialogs import ConsentDialog

    ctx = make_ctx("staff")
    with ctx.session() as s:  # a child with a guardian
        detail = svc.register_client(
            s, ctx.actor, good_input(birth_date=date(2012, 3, 12), guardian_name="Ibu Sulastri",
                                     nik=make_nik("3507", "P", date(2012, 3, 12), 5)),
            today=today)
    dialog = ConsentDialog(ctx, detail, today=today)
    qtbot.addWidget(dialog)
    assert dialog.kind.code() == "wali"  # a minor: the guardian is proposed
    assert dialog.given_by.text() == "Ibu Sulastri"
    dialog.save()
    assert dialog.result() == 1, boxes.texts()
    view = ClientDetailDialog(ctx, detail.id, today=today)
    qtbot.addWidget(view)
    assert view.consents.rowCount() == 1
    assert view.consents.item(0, 0).text() == "Wali/keluarga"
    assert view.consents.item(0, 1).text() == "Ibu Sulastri"


def test_business_aid_is_recorded_from_the_client_window(qtbot, make_ctx, boxes, today):
    from jssc_desktop.storage.models import BusinessAid, Cohort, Enrollment, TrainingTrack
    from jssc_desktop.ui.clients.aid import AidDialog
    from jssc_desktop.ui.clients.detail import ClientDetailDialog

    ctx = make_ctx("staff")
    with ctx.session() as s:
        detail = svc.register_client(s, ctx.actor, good_input(), today=today)
    dialog = ClientDetailDialog(ctx, detail.id, today=today)
    qtbot.addWidget(dialog)
    tab = dialog.aid_tab
    assert tab is not None
    assert "belum lulus" in tab.note.text() and not tab.add_button.isEnabled()

    with ctx.session() as s:
        track = TrainingTrack(code="JHT", name="Menjahit")
        s.add(track)
        s.flush()
        cohort = Cohort(track_id=track.id, name="Angkatan 1", start_date=date(2026, 6, 1),
                        end_date=date(2026, 8, 31), status="selesai")
        s.add(cohort)
        s.flush()
        s.add(Enrollment(cohort_id=cohort.id, client_id=detail.id, enrolled_on=date(2026, 6, 1),
                         status="lulus", competency_result="kompeten",
                         graduated_on=date(2026, 8, 31)))
    tab.reload()
    assert tab.add_button.isEnabled()
    form = AidDialog(ctx, detail.id, tab.choices, parent=dialog, today=today)
    qtbot.addWidget(form)
    form.item.setText("Mesin jahit")
    form.given.setText("05/09/2026")
    form.accept()  # value still Rp 0: refused, nothing written, the dialog stays open
    assert form.result() == 0
    assert "lebih dari Rp 0" in boxes.texts() or "lebih dari Rp 0" in form.value.toolTip()
    form.value.set_amount(3_250_000)
    form.accept()
    assert form.result() == 1, boxes.texts()
    tab.reload()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 1).text() == "Mesin jahit"
    assert tab.table.item(0, 2).text() == "Rp 3.250.000"
    assert tab.table.item(0, 0).text() == "5 September 2026"
    with ctx.session() as s:
        saved = s.query(BusinessAid).one()
        assert (saved.value, saved.given_date) == (3_250_000, date(2026, 9, 5))

