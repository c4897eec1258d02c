"""The main window: areas per role, lazy pages, status bar, placeholders, dashboard cards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from jssc_desktop.ui.main_window import Area, MainWindow

pytestmark = pytest.mark.gui

ALL = ["home", "clients", "training", "attendance", "tutors", "facility", "followups",
       "reports", "settings"]


@pytest.fixture
def window_for(qtbot, make_ctx):  # type: ignore[no-untyped-def]
    def make(role: str) -> MainWindow:
        window = MainWindow(make_ctx(role))
        qtbot.addWidget(window)
        return window

    return make


@pytest.mark.parametrize("role", ["admin", "staff", "head"])
def test_office_roles_see_every_area(window_for, role):
    window = window_for(role)
    # The audit log is for administrators and heads of UPT only.
    audit = role in ("admin", "head")
    assert window.area_keys() == ALL[:-1] + ["audit"] * audit + ALL[-1:]
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Beranda", "Klien", "Pelatihan", "Kehadiran", "Tutor",
                      "Usulan Revitalisasi", "Bimbingan Lanjut", "Laporan"] + \
        ["Log Audit"] * audit + ["Pengaturan"]


def test_tutor_sees_no_tutors_facility_or_settings(window_for):
    window = window_for("tutor")
    keys = window.area_keys()
    assert keys == ["home", "clients", "training", "attendance"]
    for hidden in ("tutors", "facility", "followups", "reports", "settings"):
        assert window.navigate(hidden) is None
    labels = {window.nav.item(i).text() for i in range(window.nav.count())}
    assert not labels & {"Tutor", "Usulan Revitalisasi", "Pengaturan"}


def test_pages_are_created_on_first_visit_only(window_for):
    window = window_for("staff")
    assert set(window.pages) == {"home"}  # the first area opens at start
    page = window.navigate("clients")
    assert set(window.pages) == {"home", "clients"}
    assert window.stack.currentWidget() is page
    assert window.navigate("clients") is page  # not built twice
    assert window.current_key() == "clients"


def test_status_bar_names_user_role_and_database(window_for, sqlite_db):
    window = window_for("head")
    assert window.user_label.text() == "Pengguna: Kepala UPT (Kepala UPT)"
    assert sqlite_db.display_name in window.db_label.text()


def test_a_broken_page_does_not_take_the_window_down(window_for):
    """A page that fails while opening shows a placeholder (an import error is raised instead:
    see test_page_registry.py)."""

    class BrokenPage:
        def __init__(self, ctx, parent):  # type: ignore[no-untyped-def]  # test double
            raise RuntimeError("boom")

    window = window_for("admin")
    page = window._create_page(Area("b", "Rusak", "home", lambda: BrokenPage,  # type: ignore[arg-type, return-value]  # a stand-in page
                                    lambda ctx: True))
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "kesalahan program" in texts


def test_dashboard_card_click_navigates(qtbot, window_for):
    window = window_for("staff")
    window.show()
    dashboard = window.pages["home"]
    card = dashboard.cards["training"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_key() == "training"
    window.navigate("home")
    qtbot.mouseClick(dashboard.cards["residents"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "clients"


def test_tutor_dashboard_has_no_case_management_cards(window_for):
    window = window_for("tutor")
    dashboard = window.pages["home"]
    assert set(dashboard.cards) == {"residents", "training", "attendance"}
    assert dashboard.cards["residents"].title.text() == "Peserta angkatan saya"


def test_shortcut_ctrl_f_goes_to_the_client_search(qtbot, window_for):
    window = window_for("staff")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.focus_search()
    assert window.current_key() == "clients"
    page = window.pages["clients"]
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(page.search.hasFocus, timeout=2000)


def test_settings_tabs_follow_the_role(window_for):
    admin = window_for("admin").navigate("settings")
    assert admin.tab_titles() == ["Profil UPT", "Pengguna", "Umum", "Target Tahunan",
                                  "Basis Data", "Cadangan", "Plh. Kepala UPT", "Privasi Data"]
    staff = window_for("staff").navigate("settings")
    assert staff.tab_titles() == ["Profil UPT", "Basis Data"]


def test_indonesian_qt_translator_keeps_our_texts_and_translates_qts(qapp):
    from PySide6.QtCore import QCoreApplication

    from jssc_desktop.ui.widgets import IndonesianQtTranslator

    translator = IndonesianQtTranslator()
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Beranda") == "Beranda"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
        assert QCoreApplication.translate("QWizard", "&Finish") == "&Selesai"
        assert QCoreApplication.translate("QPlatformTheme", "Something new") == "Something new"
    finally:
        qapp.removeTranslator(translator)
