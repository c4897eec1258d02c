import pytest
from PySide6.QtWidgets import QPushButton

from jssc_desktop.ui.context import AppContext
from jssc_desktop.ui.imports.wizard import ImportWizard

pytestmark = pytest.mark.gui


def test_wiring(qtbot, sqlite_db, staff, tutor, monkeypatch):
    from jssc_desktop.ui.main_window import MainWindow
    opened = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: opened.append(self) or 0)
    win = MainWindow(AppContext(sqlite_db, staff))
    qtbot.addWidget(win)
    texts = [a.text() for a in win.menuBar().actions()[0].menu().actions()]
    assert "&Impor Excel…" in texts
    actions = win.menuBar().actions()[0].menu().actions()
    act = next(a for a in actions if a.text() == "&Impor Excel…")
    act.trigger()
    assert len(opened) == 1
    for key in ("clients", "tutors", "facility", "followups", "training"):
        page = win.navigate(key)
        labels = [b.text() for b in page.findChildren(QPushButton)]
        assert "Ekspor…" in labels, (key, labels)
    page = win.navigate("clients")
    page.import_button.click()
    assert len(opened) == 2
    twin = MainWindow(AppContext(sqlite_db, tutor))
    qtbot.addWidget(twin)
    assert "&Impor Excel…" not in [a.text() for a in twin.menuBar().actions()[0].menu().actions()]
