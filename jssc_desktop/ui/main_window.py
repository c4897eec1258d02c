"""The main window: navigation by area, pages created on first visit, menus, status bar, idle lock.

Each area is shown only when the logged-in role may see it. Pages are plain widgets built as
``Page(ctx, parent)`` with a ``refresh()`` method; optional extras a page may offer are
``focus_search()`` (Ctrl+F), ``new_item()`` (Ctrl+N) and a ``navigate_requested(str)`` signal.
Pages of areas that are not built yet show an honest placeholder instead of failing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from . import shortcuts, usecase
from .context import AppContext
from .icons import icon
from .widgets import heading, hint_label, set_window_icon, show_error, show_info

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 15


@dataclass(frozen=True)
class Area:
    key: str
    label: str
    icon: str
    #: the page's class, imported when the area is first opened (start-up stays quick)
    page: Callable[[], type[QWidget]]
    visible: Callable[[AppContext], bool]


def _can(action: str) -> Callable[[AppContext], bool]:
    return lambda ctx: ctx.can(action)


def can_open_settings(ctx: AppContext) -> bool:
    """Administrators manage everything there; staff and heads read the UPT profile (the
    letterhead of their reports) and the database in use. Tutors have nothing to set."""
    return ctx.can("settings.edit") or ctx.can("report.generate")


class IdleWatcher(QObject):
    """Restarts a timer on every key press, click or mouse move in the application."""

    idle = Signal()
    EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                        QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        if self.minutes:
            self.timer.setInterval(self.minutes * 60_000)
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.EVENTS and self.minutes:
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    """The window of a signed-in user. F1 opens the guide at the topic of the page shown
    (each page class declares ``help_topic``; see ``ui/help.py``)."""

    #: The user signed out (Berkas → Keluar akun): the application shows the login again.
    signed_out = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self.locked = False
        set_window_icon(self)
        self.setMinimumSize(1000, 620)
        # Its size when not maximized: never larger than the screen (a 1024×768 office PC).
        screen = self.screen().availableGeometry()
        self.resize(min(1300, max(1000, screen.width())), min(720, max(620, screen.height())))
        self.province = installation_is_province(ctx)
        self.areas = [a for a in self._all_areas() if a.visible(ctx)]

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for area in self.areas:
            item = QListWidgetItem(icon(area.icon, color="#e8eef3"), area.label)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setSizeHint(QSize(200, 40))
            self.nav.addItem(item)
        # Wide enough for the longest label in the current language (English ones run longer).
        longest = max((self.nav.fontMetrics().horizontalAdvance(a.label) for a in self.areas),
                      default=0)
        self.nav.setFixedWidth(max(210, min(300, longest + 80)))
        self.stack = QStackedWidget()
        # The audit log check's red banner above the pages (administrators and heads only).
        from .audit_banner import AuditBanner

        self.audit_banner = AuditBanner(ctx, self)
        self.audit_banner.open_audit.connect(lambda: self.navigate("audit"))
        self.audit_banner.checked.connect(self.report_audit_check)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(0)
        column_layout.addWidget(self.audit_banner)
        self.read_only_banner = self._read_only_banner()
        column_layout.addWidget(self.read_only_banner)
        column_layout.addWidget(self.stack, 1)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(column, 1)

        # The outer stack swaps the whole window to a blank lock screen when idle.
        self.outer = QStackedWidget()
        self.outer.addWidget(body)
        self.outer.addWidget(self._lock_screen())
        self.setCentralWidget(self.outer)

        self._build_status_bar()
        self._build_menus()
        self._update_title()
        self.nav.currentRowChanged.connect(self._on_nav_row)
        ctx.bus.changed.connect(self._on_data_changed)

        self.idle = IdleWatcher(self._idle_minutes(), self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        if self.areas:
            self.nav.setCurrentRow(0)
        self.audit_banner.start()

    def _read_only_banner(self) -> QLabel:
        """A damaged database opened read-only: said above every page (saving is refused)."""
        banner = QLabel(self.tr(
            "HANYA-BACA: basis data ini rusak. Data dapat dilihat dan dicetak, tetapi tidak ada "
            "perubahan yang disimpan. Administrator: pulihkan cadangan terverifikasi terbaru "
            "(Pengaturan → Cadangan)."))
        banner.setObjectName("readOnlyBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet("#readOnlyBanner { background: #8a5a00; color: white; "
                             "font-weight: bold; padding: 8px 16px; }")
        banner.setVisible(bool(getattr(self.ctx.db, "read_only", False)))
        return banner

    @property
    def audit_check(self) -> object:
        """The latest result of the audit log check (None before the first one)."""
        return self.audit_banner.last

    def report_audit_check(self, check: object) -> None:
        """A check ran (at start, daily, or from the audit page): banner and page agree."""
        if self.audit_banner.last is not check:
            self.audit_banner.show_result(check)  # type: ignore[arg-type]  # a ChainCheck
            return
        page = self.pages.get("audit")
        show = getattr(page, "show_check", None)
        if show is not None:
            show(check)

    # ------------------------------------------------------------------------ areas and pages

    def _all_areas(self) -> list[Area]:
        if self.province:
            return self._province_areas()
        return [
            Area("home", self.tr("Beranda"), "home", _dashboard_page, lambda ctx: True),
            Area("clients", self.tr("Klien"), "clients", _clients_page, _can("client.view")),
            Area("training", self.tr("Pelatihan"), "training", _training_page,
                 _can("training.view")),
            Area("attendance", self.tr("Kehadiran"), "attendance", _attendance_page,
                 _can("training.view")),
            Area("tutors", self.tr("Tutor"), "tutors", _tutors_page, _can("tutor.view")),
            Area("facility", self.tr("Usulan Revitalisasi"), "facility", _facility_page,
                 _can("facility.view")),
            Area("followups", self.tr("Bimbingan Lanjut"), "followups", _followups_page,
                 _can("followup.view")),
            Area("reports", self.tr("Laporan"), "reports", _reports_page,
                 _can("report.generate")),
            Area("audit", self.tr("Log Audit"), "audit", _audit_page, _can("audit.view")),
            Area("settings", self.tr("Pengaturan"), "settings", _settings_page,
                 can_open_settings),
        ]

    def _province_areas(self) -> list[Area]:
        """A Dinsos installation: the province's pages instead of the UPT's."""
        return [
            Area("home", self.tr("Dasbor Provinsi"), "home", _province_dashboard_page,
                 _can("province.report")),
            Area("receive", self.tr("Terima Paket"), "add", _province_receive_page,
                 _can("province.receive")),
            Area("province_report", self.tr("Laporan Provinsi"), "reports",
                 _province_report_page, _can("province.report")),
            Area("audit", self.tr("Log Audit"), "audit", _audit_page, _can("audit.view")),
            Area("settings", self.tr("Pengaturan"), "settings", _settings_page,
                 can_open_settings),
        ]

    def area_keys(self) -> list[str]:
        return [a.key for a in self.areas]

    def _area(self, key: str) -> Area | None:
        return next((a for a in self.areas if a.key == key), None)

    def _create_page(self, area: Area) -> QWidget:
        page_class = area.page()  # an import error is a bug of this build: it is raised
        try:
            page = page_class(self.ctx, self)
        except Exception as exc:  # noqa: BLE001 - a broken page must not take the window down
            log.error("page %s failed to open", area.key, exc_info=exc)
            return self._placeholder(area, failed=True)
        signal = getattr(page, "navigate_requested", None)
        if signal is not None:
            signal.connect(self.navigate)
        return page

    def _placeholder(self, area: Area, failed: bool = False) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(heading(area.label))
        if failed:
            text = self.tr("Halaman ini tidak dapat dibuka karena kesalahan program. Rinciannya "
                           "telah dicatat di berkas log; halaman lain tetap dapat dipakai.")
        else:
            text = self.tr("Halaman ini belum tersedia di versi aplikasi ini.")
        label = hint_label(text)
        label.setObjectName("placeholder")
        layout.addWidget(label)
        layout.addStretch(1)
        return page

    def navigate(self, key: str) -> QWidget | None:
        """Show an area (creating its page on first visit); None when the role may not see it."""
        keys = self.area_keys()
        if key not in keys:
            return None
        row = keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # -> _on_nav_row
        else:
            self._show_area(key)
        return self.pages.get(key)

    def _on_nav_row(self, row: int) -> None:
        if not 0 <= row < len(self.areas):
            return
        current = self.stack.currentWidget()
        target = self.pages.get(self.areas[row].key)
        if current is not None and current is not target and not self._may_leave(current):
            # Stay where unsaved work is (e.g. attendance typed but not saved).
            previous = next((i for i, a in enumerate(self.areas)
                             if self.pages.get(a.key) is current), -1)
            if previous >= 0:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(previous)
                self.nav.blockSignals(False)
            return
        self._show_area(self.areas[row].key)

    @staticmethod
    def _may_leave(page: QWidget) -> bool:
        """A page with unsaved work may ask before it is left (``can_leave()``)."""
        can_leave = getattr(page, "can_leave", None)
        return bool(can_leave()) if callable(can_leave) else True

    def _show_area(self, key: str) -> None:
        area = self._area(key)
        if area is None:
            return
        page = self.pages.get(key)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if page is None:
                page = self._create_page(area)
                self.pages[key] = page
                self.stack.addWidget(page)
            elif key in self._stale or key == "home":
                self._refresh_page(page)
            self._stale.discard(key)
        finally:
            QApplication.restoreOverrideCursor()
        self.stack.setCurrentWidget(page)

    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.areas[row].key if 0 <= row < len(self.areas) else None

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self.pages.get(key) if key else None

    @property
    def help_topic(self) -> str:
        """The guide's topic of the page shown (F1 from the navigation list or the menus)."""
        page = self.current_page()
        topic = getattr(page, "help_topic", None)
        return topic if isinstance(topic, str) and topic else "index"

    def _refresh_page(self, page: QWidget) -> None:
        refresh = getattr(page, "refresh", None)
        if refresh is None:
            return
        try:
            refresh()
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None:
            self._refresh_page(page)

    def _on_data_changed(self, _change: object) -> None:
        current = self.current_key()
        self._stale.update(k for k in self.pages if k != current)

    # ---------------------------------------------------------------------- shortcuts, menus

    def focus_search(self) -> None:
        page = self.current_page()
        if page is None or not hasattr(page, "focus_search"):
            page = self.navigate("clients")
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def new_client(self) -> None:
        if not self.ctx.can("client.edit"):
            return
        page = self.navigate("clients")
        if page is not None and hasattr(page, "new_item"):
            page.new_item()

    def import_clients(self) -> None:
        from .imports import open_import_wizard

        open_import_wizard(self.ctx, self)
        # The wizard announced 'clients'; other pages are marked stale, this one reloads now.
        self.refresh_current()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        if self.ctx.can("client.edit") and not self.province:
            act = QAction(icon("add"), self.tr("Klien &baru…"), self)
            shortcuts.bind_action(act, "new_client")
            act.triggered.connect(self.new_client)
            file_menu.addAction(act)
        if self.ctx.can("import.run") and not self.province:
            act = QAction(icon("add"), self.tr("&Impor Excel…"), self)
            act.setToolTip(self.tr("Masukkan daftar klien dari berkas Excel"))
            act.triggered.connect(self.import_clients)
            file_menu.addAction(act)
        if self.ctx.can("backup.run"):
            act = QAction(icon("backup"), self.tr("&Cadangkan data sekarang"), self)
            act.triggered.connect(self.make_backup)
            file_menu.addAction(act)
        file_menu.addSeparator()
        act = QAction(icon("key"), self.tr("&Ganti kata sandi…"), self)
        act.triggered.connect(self.change_password)
        file_menu.addAction(act)
        act = QAction(icon("lock"), self.tr("&Kunci layar"), self)
        shortcuts.bind_action(act, "lock")
        act.triggered.connect(lambda _checked=False: self.lock())
        file_menu.addAction(act)
        act = QAction(icon("user"), self.tr("Keluar akun / &ganti pengguna"), self)
        act.triggered.connect(self.sign_out)
        file_menu.addAction(act)
        file_menu.addSeparator()
        act = QAction(icon("logout"), self.tr("&Keluar"), self)
        shortcuts.bind_action(act, "quit")
        act.triggered.connect(self.close)
        file_menu.addAction(act)

        view_menu = bar.addMenu(self.tr("&Tampilan"))
        for n, area in enumerate(self.areas, start=1):
            act = QAction(icon(area.icon), area.label, self)
            if n <= 9:
                act.setShortcut(QKeySequence(f"Ctrl+{n}"))
            act.triggered.connect(lambda _=False, k=area.key: self.navigate(k))
            view_menu.addAction(act)
        view_menu.addSeparator()
        act = QAction(icon("search"), self.tr("&Cari"), self)
        shortcuts.bind_action(act, "search")
        act.triggered.connect(self.focus_search)
        view_menu.addAction(act)
        act = QAction(icon("refresh"), self.tr("&Muat ulang"), self)
        shortcuts.bind_action(act, "refresh")
        act.triggered.connect(self.refresh_current)
        view_menu.addAction(act)
        act = QAction(self.tr("Layar &penuh"), self)
        shortcuts.bind_action(act, "fullscreen")
        act.setCheckable(True)
        act.toggled.connect(lambda on: self.showFullScreen() if on else self.showMaximized())
        view_menu.addAction(act)

        help_menu = bar.addMenu(self.tr("B&antuan"))
        act = QAction(icon("help"), self.tr("&Panduan pengguna"), self)
        act.setObjectName("helpGuide")
        # F1 itself is handled for every window and dialog by ui/help.py; here the menu only
        # shows the key (the action reacts to it only while the menu is open).
        act.setShortcut(shortcuts.sequence("help"))
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        act.triggered.connect(lambda _checked=False: self.open_help())
        help_menu.addAction(act)
        act = QAction(icon("keyboard"), self.tr("Pintasan &keyboard"), self)
        act.triggered.connect(lambda _checked=False: self.open_help("shortcuts"))
        help_menu.addAction(act)
        act = QAction(icon("news"), self.tr("Apa yang &baru"), self)
        act.triggered.connect(lambda _checked=False: self.open_help("whats-new"))
        help_menu.addAction(act)
        help_menu.addSeparator()
        act = QAction(icon("info"), self.tr("&Tentang JSSC Desktop"), self)
        act.triggered.connect(self.about)
        help_menu.addAction(act)

    def open_help(self, topic: str | None = None) -> QWidget:
        """The guide at ``topic``, by default the topic of the page shown."""
        from .help import open_help

        return open_help(topic or self.help_topic, self)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        actor = self.ctx.actor
        self.user_label = QLabel(self.tr("Pengguna: {name} ({role})").format(
            name=actor.full_name or actor.username, role=actor.role_name))
        self.db_label = QLabel(self.tr("Basis data: {name}").format(
            name=self.ctx.db.display_name))
        self.db_label.setToolTip(self.ctx.db.display_name)
        bar.addWidget(self.user_label)
        bar.addPermanentWidget(self.db_label)

    def _update_title(self) -> None:
        name = None
        if self.province:
            self.setWindowTitle(self.tr("JSSC Desktop — Dinas Sosial Provinsi Jawa Timur"))
            return
        try:
            from ..services import profile

            view = usecase.fetch(self.ctx, profile.get_profile)
            name = view.name if view else None
        except Exception as exc:  # noqa: BLE001 - the title is not worth an error box
            log.debug("no profile for the title: %s", exc)
        self.setWindowTitle(f"JSSC Desktop — {name}" if name else "JSSC Desktop")

    def about(self) -> None:
        from PySide6 import __version__ as pyside_version

        show_info(self, self.tr("Tentang JSSC Desktop"),
                  self.tr("JSSC Desktop {version}").format(version=__version__),
                  self.tr("Data klien, pelatihan, tutor, bimbingan lanjut, usulan revitalisasi "
                          "dan laporan periodik UPT Dinas Sosial Provinsi Jawa Timur.\n\n"
                          "Basis data: {db}\nQt for Python {qt}").format(
                      db=self.ctx.db.display_name, qt=pyside_version))

    def change_password(self) -> None:
        from .login import ChangePasswordDialog

        if ChangePasswordDialog(self.ctx.db, self.ctx.actor, self).exec():
            show_info(self, self.tr("Kata sandi"), self.tr("Kata sandi Anda telah diganti."))

    def make_backup(self) -> None:
        from .settings.backups_tab import run_backup

        run_backup(self, self.ctx)

    # ------------------------------------------------------------------------------ idle lock

    def _idle_minutes(self) -> int:
        try:
            from ..services.settings import get_setting

            text = usecase.fetch(self.ctx, lambda s, _actor: get_setting(
                s, "idle_lock_minutes", str(DEFAULT_IDLE_MINUTES)))
            return int(text or DEFAULT_IDLE_MINUTES)
        except Exception as exc:  # noqa: BLE001 - a bad setting must not disable the lock
            log.info("idle lock minutes unavailable (%s); using %s", exc, DEFAULT_IDLE_MINUTES)
            return DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_minutes(minutes)

    def _lock_screen(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        label = heading(self.tr("Layar terkunci"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.lock_reason = QLabel()
        self.lock_reason.setWordWrap(True)
        self.lock_reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.lock_reason)
        layout.addStretch(1)
        return page

    def lock(self, idle: bool = False) -> None:
        """Hide every window's content behind the password of the same user; ``idle``: locked
        by the idle timer (the screen says so), else by the user."""
        if self.locked:
            return
        from .login import UnlockDialog

        minutes = self.idle.minutes if idle else None
        self.locked = True
        self.idle.timer.stop()
        self.outer.setCurrentIndex(1)
        hidden = []
        for w in QApplication.topLevelWidgets():
            if w is not self and w.isVisible() and w.windowOpacity() > 0:
                hidden.append(w)
                w.setWindowOpacity(0.0)
        dialog = UnlockDialog(self.ctx.db, self.ctx.actor, self, idle_minutes=minutes)
        self.lock_reason.setText(dialog.reason.text())
        self.unlock_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.unlock_dialog = None
            for w in hidden:
                w.setWindowOpacity(1.0)
            self.outer.setCurrentIndex(0)
            self.locked = False
            if self.idle.minutes:
                self.idle.timer.start()
        if dialog.quit_requested:
            self.close()
            QApplication.quit()

    def sign_out(self) -> None:
        """Back to the login dialog without restarting: the window closes (asking first about
        unsaved work, like closing it) and whoever signs in next gets a new one."""
        app = QApplication.instance()
        quit_on_close = app is not None and app.quitOnLastWindowClosed()
        if app is not None:
            app.setQuitOnLastWindowClosed(False)
        try:
            if not self.close():
                return
        finally:
            if app is not None:
                app.setQuitOnLastWindowClosed(quit_on_close)
        self.signed_out.emit()

    def closeEvent(self, event) -> None:  # noqa: N802
        current = self.stack.currentWidget()
        if current is not None and not self._may_leave(current):
            event.ignore()
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.timer.stop()
        super().closeEvent(event)


# ------------------------------------------------------------------------- the areas' pages
# Each returns the page class of one area; the import runs when the area is first opened.


def _dashboard_page() -> type[QWidget]:
    from .dashboard import DashboardPage

    return DashboardPage


def _clients_page() -> type[QWidget]:
    from .clients import ClientsPage

    return ClientsPage


def _training_page() -> type[QWidget]:
    from .pages.training import TrainingPage

    return TrainingPage


def _attendance_page() -> type[QWidget]:
    from .pages.attendance import AttendancePage

    return AttendancePage


def _tutors_page() -> type[QWidget]:
    from .pages.tutors import TutorsPage

    return TutorsPage


def _facility_page() -> type[QWidget]:
    from .pages.facility import FacilityPage

    return FacilityPage


def _followups_page() -> type[QWidget]:
    from .pages.followups import FollowUpsPage

    return FollowUpsPage


def _reports_page() -> type[QWidget]:
    from .pages.reports import ReportsPage

    return ReportsPage


def _audit_page() -> type[QWidget]:
    from .pages.audit import AuditPage

    return AuditPage


def _settings_page() -> type[QWidget]:
    from .settings import SettingsPage

    return SettingsPage


def _province_dashboard_page() -> type[QWidget]:
    from .province.dashboard import ProvinceDashboardPage

    return ProvinceDashboardPage


def _province_receive_page() -> type[QWidget]:
    from .province.receive import ReceivePage

    return ReceivePage


def _province_report_page() -> type[QWidget]:
    from .province.report_page import ProvinceReportPage

    return ProvinceReportPage


def installation_is_province(ctx: AppContext) -> bool:
    """Whether the database is a province installation (its pages replace the UPT's)."""
    try:
        from ..services.province_inbox import installation_is_province as is_province

        return bool(usecase.fetch(ctx, is_province))
    except Exception as exc:  # noqa: BLE001 - an unreadable setting: the UPT's window
        log.warning("installation mode unreadable: %s", exc)
        return False


#: Every area's page loader, for the test that opens each one.
PAGE_LOADERS = (_dashboard_page, _clients_page, _training_page, _attendance_page, _tutors_page,
                _facility_page, _followups_page, _reports_page, _audit_page, _settings_page)
#: The pages of a province installation (``MainWindow._province_areas``).
PROVINCE_PAGE_LOADERS = (_province_dashboard_page, _province_receive_page,
                         _province_report_page, _audit_page, _settings_page)
