"""Start the window: Qt application, database (migrated, copied aside first), first-run setup,
login, main window."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyleFactory

from . import __version__
from .domain.errors import DamagedDatabaseError, DomainError, StorageError
from .paths import APP_AUTHOR, APP_NAME, log_dir, resource_path

log = logging.getLogger("jssc_desktop")


def setup_logging() -> None:
    """A rotating log file in the user log folder; bugs are written there with tracebacks."""
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    from .logsafe import owner_only_handler

    try:
        # Owner-only, values scrubbed (logsafe): the log holds no NIK, name or password.
        handler = owner_only_handler(log_dir() / "jssc-desktop.log", max_bytes=2_000_000,
                                     backups=5)
    except OSError:
        return
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # SQLAlchemy and Alembic chatter stays out unless something goes wrong.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)


def calm_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#f3f5f7"), QColor("#ffffff"), QColor("#1c2a35")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f8fa"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffbe6"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7b8a97"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#e9edf1"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#a12622"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f6f9f"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#2f6f9f"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8d99a3"))
    return p


def configure_application(app: QApplication, language: str = "id") -> None:
    """Style, palette, names, icon and translations; safe to call more than once."""
    from .domain.language import set_display_language
    from .ui.none_guard import keep_none_alive

    keep_none_alive()  # PySide6 6.12.0 on Python 3.11 leaks references to None (see there)
    from .ui.icons import app_icon
    from .ui.widgets import APP_STYLE, INDONESIAN, IndonesianQtTranslator

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    # Style and palette once: re-styling an application with live windows (a language switch)
    # is needless work and, with half-destroyed widgets around, a known way to crash Qt.
    from .ui.gc_guard import collect_on_gui_thread

    collect_on_gui_thread(app)
    from .ui.help_key import install_help_key

    install_help_key(app)  # F1 opens the guide at the page or dialog in use
    if not getattr(app, "_jssc_styled", False):
        # Fusion everywhere (Windows would otherwise draw its own); where it is already the
        # style (Linux), making another one only costs time before the first window.
        if app.style().name().lower() != "fusion":
            style = QStyleFactory.create("Fusion")
            if style is not None:
                app.setStyle(style)
        app.setPalette(calm_palette())
        app.setStyleSheet(APP_STYLE)
        app.setWindowIcon(app_icon())
        app._jssc_styled = True  # type: ignore[attr-defined]  # a mark on the QApplication
    # Vocabulary names, dates and numbers below the window follow the window's language.
    set_display_language(language)
    for old in getattr(app, "_jssc_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    if language != "id":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
                           if language == "en" else QLocale(language))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder, name in ((str(resource_path("translations")), f"jssc_{language}"),
                             (qt_folder, f"qtbase_{language}")):
            translator = QTranslator(app)
            if translator.load(name, folder):
                translators.append(translator)
            else:
                log.info("translation %s not found in %s", name, folder)
    else:
        QLocale.setDefault(INDONESIAN)
        translators.append(IndonesianQtTranslator(app))
    for translator in translators:
        app.installTranslator(translator)
    app._jssc_translators = translators  # type: ignore[attr-defined]  # kept alive with the app


def _message(title: str, text: str, detail: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    if detail:
        box.setInformativeText(detail)
    box.addButton(QCoreApplication.translate("App", "Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def _install_excepthook() -> None:
    """An exception escaping a slot is a bug: log it and tell the user, do not die silently."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        from .ui.widgets import show_error

        if not isinstance(exc, DomainError):
            log.error("unhandled exception", exc_info=(kind, exc, tb))
        try:
            show_error(QApplication.activeWindow(), exc)
        except Exception:  # noqa: BLE001 - never let the hook itself fail
            previous(kind, exc, tb)

    sys.excepthook = hook


def open_database(db_url: str | None):
    """Open and migrate the database; a StorageError explains what is wrong."""
    from sqlalchemy.exc import SQLAlchemyError

    from .logsafe import describe_error
    from .paths import backup_dir
    from .storage.db import Database
    from .storage.health import refuse_if_damaged
    from .storage.migrate import upgrade

    try:
        db = Database(db_url)
        refuse_if_damaged(db, backup_dir())  # before anything writes to it
        db.check_connection()
        copy = upgrade(db)
    except StorageError:
        raise
    except SQLAlchemyError as exc:
        raise StorageError(
            QCoreApplication.translate(
                "App", "Basis data tidak dapat dibuka atau diperbarui: {error}").format(
                    error=describe_error(getattr(exc, "orig", exc)))) from exc
    if copy is not None:
        log.info("database migrated; copy made before migration: %s", copy)
    return db


def open_read_only(db_url: str | None):
    """A damaged SQLite file opened so that nothing is ever written to it: the pages show what
    can be read, every save is refused with a clear message (``storage.db``)."""
    from .storage.db import Database
    from .storage.migrate import at_head, refuse_newer, stored_revision
    from .ui.widgets import show_error

    db = Database(db_url, read_only=True)
    try:
        db.check_connection()
        refuse_newer(stored_revision(db))
        if not at_head(db):
            raise StorageError(QCoreApplication.translate(
                "App", "Basis data yang rusak ini berstruktur lama dan tidak dapat dibuka "
                       "tanpa menulisinya. Pulihkan cadangan terverifikasi terbaru."))
    except DomainError as exc:
        db.dispose()
        show_error(None, exc)
        return None
    except Exception as exc:  # noqa: BLE001 - the damage reaches the tables themselves
        db.dispose()
        log.warning("damaged database not readable: %s", type(exc).__name__)
        show_error(None, StorageError(QCoreApplication.translate(
            "App", "Basis data ini terlalu rusak untuk dibuka, bahkan hanya-baca. Pulihkan "
                   "cadangan terverifikasi terbaru.")))
        return None
    log.warning("damaged database opened read-only: %s", db.display_name)
    return db


def _language(db) -> str:
    try:
        from .services.settings import get_setting

        with db.session() as s:
            return get_setting(s, "language", "id") or "id"
    except Exception as exc:  # noqa: BLE001
        log.info("language setting unavailable: %s", exc)
        return "id"


def _upt_name(db) -> str | None:
    try:
        from .services.base import Actor
        from .services.profile import get_profile

        with db.session() as s:
            view = get_profile(s, Actor.system())
        return view.name if view else None
    except Exception:  # noqa: BLE001
        return None


def _daily_backup_later(window, ctx) -> None:
    """Once the window is up: make the day's automatic backup off the GUI thread, if due."""
    try:
        from .services.backups import daily_backup_if_due
    except ImportError:
        return
    from .ui.worker import Worker

    def work(_progress, db, actor):
        return daily_backup_if_due(db, actor)

    def done(info) -> None:
        if info is None:
            return
        if not info.verified:
            failed(StorageError(info.message))
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "Cadangan harian dibuat: {path}").format(
                path=info.path), 10_000)

    def failed(exc: BaseException) -> None:
        log.warning("daily backup failed: %s", exc)
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "Cadangan harian gagal: {error}").format(
                error=getattr(exc, "message", str(exc))), 15_000)

    # Maintenance, not a user action: it runs whoever signed in (the audit names them).
    worker = Worker(work, ctx.db, ctx.actor)
    worker.signals.finished.connect(done)
    worker.signals.failed.connect(failed)
    window._daily_backup_worker = worker
    worker.start()


def _offer_sqlite_instead(db_url: str | None, exc: StorageError):
    """The server chosen in Settings cannot be reached: rather than leave the user locked out,
    offer to go back to the SQLite file on this PC (the server setting is forgotten)."""
    from PySide6.QtWidgets import QMessageBox

    from .storage.db import forget_database_url, url_source

    if url_source(db_url) != "config":
        return None
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, translate("App", "Server basis data"),
                      exc.message)
    box.setInformativeText(translate(
        "App", "Server PostgreSQL yang dipilih di Pengaturan tidak dapat dihubungi. Kembali "
               "memakai berkas SQLite di PC ini? Pengaturan server dapat diisi lagi nanti."))
    back = box.addButton(translate("App", "Pakai berkas SQLite"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("App", "Keluar"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not back:
        return None
    try:
        forget_database_url()
        return open_database(None)
    except StorageError as again:
        log.warning("SQLite fallback unavailable: %s", again.message)
        return None


def _offer_restore(db_url: str | None, exc: DamagedDatabaseError):
    """The database file is damaged: say so, write nothing to it, and offer to put the newest
    verified backup in its place (the damaged file is kept aside as it is)."""
    from .ui.widgets import show_error

    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "Basis data rusak"),
                      exc.message)
    restore = None
    if exc.backup is not None:
        box.setInformativeText(translate(
            "App", "Pulihkan cadangan terverifikasi terbaru sekarang? Berkas yang rusak "
                   "disimpan apa adanya di sampingnya."))
        restore = box.addButton(translate("App", "Pulihkan cadangan terbaru"),
                                QMessageBox.ButtonRole.AcceptRole)
    look = box.addButton(translate("App", "Buka hanya-baca"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("App", "Keluar"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is look:
        return open_read_only(db_url)
    if restore is None or box.clickedButton() is not restore:
        return None
    from .services.backups import restore_backup
    from .services.base import Actor
    from .storage.db import Database

    try:
        # exc.backup is a storage BackupInfo (domain/ may not name storage's types).
        restore_backup(Database(db_url), Actor.system(),
                       exc.backup.path,  # type: ignore[attr-defined]  # a BackupInfo
                       confirm=True)
        return open_database(db_url)
    except DomainError as again:
        show_error(None, again)
        return None


# ------------------------------------------------------------------------------- start-up
#
# The first window (the login dialog, or the first-run wizard for a new SQLite file) is shown
# as soon as Qt is up; the database is opened, checked and (if need be) migrated in a worker
# thread meanwhile. Nothing below SQLAlchemy is imported before that window paints.

# benchmarks/run.py sets this: print a line when the first window is on screen, then exit.
PROBE_ENV = "JSSC_STARTUP_PROBE"
PROBE_LINE = "JSSC-FIRST-WINDOW"
# Open the database at the latest this long after the first window was shown (should the
#: platform never report it painted).
OPEN_AT_THE_LATEST_MS = 250


def _install_startup_probe(app: QApplication) -> None:
    """With JSSC_STARTUP_PROBE set: when the first window is on screen, print PROBE_LINE and
    which heavy libraries were loaded by then, and exit (benchmarks and tests only)."""
    import os

    if not os.environ.get(PROBE_ENV):
        return
    heavy = ("sqlalchemy", "alembic", "qtawesome", "openpyxl", "reportlab")
    loaded: list[str] = []

    def exposed() -> None:
        loaded.extend(m for m in heavy if m in sys.modules)
        QTimer.singleShot(0, done)

    def done() -> None:
        print(f"{PROBE_LINE} loaded={','.join(loaded) or '-'}", flush=True)
        os._exit(0)

    _after_first_expose(app, exposed, defer=False)


def _after_first_expose(app: QApplication, callback, *,
                        defer: bool = True) -> None:
    """Call ``callback`` once, right after the first top-level window was exposed (painted);
    with ``defer=False`` at the moment it is exposed."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QWindow

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if (event.type() == QEvent.Type.Expose and isinstance(obj, QWindow)
                    and obj.isExposed()):
                app.removeEventFilter(self)
                if defer:
                    QTimer.singleShot(0, callback)
                else:
                    callback()
            return False

    watch = Watch(app)
    app.installEventFilter(watch)


def _remembered_face() -> tuple[str, str | None]:
    """The language and UPT name seen at the last start (a hint for the first window only; the
    database has the final word a moment later)."""
    from .paths import read_config

    data = read_config()
    language = data.get("last_language")
    name = data.get("last_upt_name")
    return (language if isinstance(language, str) and language else "id",
            name if isinstance(name, str) and name else None)


def _remember_face(language: str, upt_name: str | None) -> None:
    from .paths import read_config, write_config

    data = read_config()
    if data.get("last_language") != language or data.get("last_upt_name") != upt_name:
        try:
            write_config(last_language=language, last_upt_name=upt_name)
        except StorageError as exc:
            log.info("start-up hint not saved: %s", exc)


def _new_sqlite_file(db_url: str | None) -> bool:
    """True when the database is a SQLite file that does not exist yet (or is empty): the first
    window is then the first-run wizard. Decided without SQLAlchemy."""
    import os
    from pathlib import Path

    from .paths import default_database_path, read_config

    text = db_url or os.environ.get("JSSC_DATABASE_URL") or (
        read_config().get("database_url") or None)
    if not text:
        path = default_database_path()
    elif "://" not in text:
        path = Path(text).expanduser()
    elif text.startswith("sqlite:///"):
        path = Path(text[len("sqlite:///"):])
    else:
        return False  # a server: its users are known once connected
    try:
        return path.stat().st_size == 0
    except OSError:
        return True


class _Opened:
    """What the worker learnt while opening the database."""

    def __init__(self, db, language: str, upt_name: str | None, users: int,
                 warning: str | None) -> None:
        self.db, self.language, self.upt_name = db, language, upt_name
        self.users, self.warning = users, warning


def _open_and_look(db_url: str | None, db=None) -> _Opened:
    """Open (or take) the database and read what the first windows need."""
    from .services import users
    from .ui.settings.database_tab import network_warning_text

    db = db if db is not None else open_database(db_url)
    with db.session() as s:
        count = users.count_users(s)
    return _Opened(db, _language(db), _upt_name(db), count, network_warning_text(db))


class _Opener:
    """Opens the database in a worker thread once the first window is on screen."""

    def __init__(self, app: QApplication, db_url: str | None) -> None:
        self.app, self.db_url = app, db_url
        self.worker = None
        self.result: _Opened | None = None
        self.error: BaseException | None = None
        self.listeners: list = []

    def start_after_paint(self, window) -> None:
        _after_first_expose(self.app, self.start)
        QTimer.singleShot(OPEN_AT_THE_LATEST_MS, self.start)

    def start(self) -> None:
        if self.worker is not None:
            return
        from .ui.worker import Worker

        self.worker = Worker(lambda _progress: _open_and_look(self.db_url))
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.worker.start()

    def wait(self) -> None:
        """Block until the worker is done (a window closed early must not cut a migration)."""
        from PySide6.QtCore import QEventLoop

        self.start()
        assert self.worker is not None
        while self.result is None and self.error is None:
            if self.worker.done.wait(0.02):
                self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            else:
                self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def then(self, callback) -> None:
        if self.result is not None or self.error is not None:
            callback()
        else:
            self.listeners.append(callback)

    def _finished(self, result: _Opened) -> None:
        self.result = result
        self._notify()

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._notify()

    def _notify(self) -> None:
        listeners, self.listeners = self.listeners, []
        for callback in listeners:
            callback()


def _recover(db_url: str | None, exc: BaseException):
    """The database could not be opened: offer what can be offered (a verified backup for a
    damaged file, the local SQLite file for an unreachable server); returns a database or
    None and the message to show."""
    translate = QCoreApplication.translate
    if isinstance(exc, DamagedDatabaseError):
        log.error("damaged database: %s", exc.message)
        return _offer_restore(db_url, exc), exc.message
    if isinstance(exc, StorageError):
        log.warning("database unavailable: %s", exc.message)
        return _offer_sqlite_instead(db_url, exc), exc.message
    log.error("database could not be opened", exc_info=exc)
    return None, translate("App", "Basis data tidak dapat dibuka: {error}").format(error=exc)


def _apply_face(app: QApplication, opened: _Opened, current: str, login=None) -> str:
    """The language and UPT name from the database; retranslate the login if they changed."""
    if opened.language != current:
        configure_application(app, opened.language)
        if login is not None:
            login.retranslate()
    if login is not None:
        login.set_upt_name(opened.upt_name)
    _remember_face(opened.language, opened.upt_name)
    return opened.language


def _show_network_warning(parent, opened: _Opened) -> None:
    if opened.warning:
        from .ui.widgets import show_warning

        show_warning(parent, QCoreApplication.translate("App", "Lokasi basis data berisiko"),
                     opened.warning)


SETUP_NEEDED = 2  # LoginDialog.done() code: the database has no user yet


_windows: list[object] = []  # the main window of whoever is signed in (kept alive)


def _sign_in_again(app: QApplication, db: Any, upt_name: str | None, previous: Any) -> None:
    """After 'Keluar akun': the login dialog again; the next user gets a new main window, or
    the application ends when the dialog is closed."""
    from .services.users import record_sign_out
    from .ui.context import AppContext
    from .ui.login import LoginDialog
    from .ui.main_window import MainWindow

    try:
        with db.session() as s:
            record_sign_out(s, previous)
    except DomainError as exc:
        log.warning("sign-out not audited: %s", exc.message)
    login = LoginDialog(db, upt_name=upt_name)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        app.quit()
        return
    ctx = AppContext(db, login.actor)
    window = MainWindow(ctx)
    window.signed_out.connect(lambda: _sign_in_again(app, db, upt_name, ctx.actor))
    _windows[:] = [window]
    window.showMaximized()


def run(db_url: str | None) -> int:
    """The window's main: returns the process exit status."""
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    language, upt_name = _remembered_face()
    configure_application(app, language)
    _install_excepthook()
    _install_startup_probe(app)
    translate = QCoreApplication.translate
    opener = _Opener(app, db_url)

    from .ui.login import LoginDialog

    username = ""
    opened: _Opened | None = None
    if _new_sqlite_file(db_url):
        from .ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(None)

        def wizard_ready() -> None:
            nonlocal opened
            if opener.error is not None:
                db, message = _recover(db_url, opener.error)
                if db is None:
                    _message(translate("App", "Basis data tidak dapat dibuka"), message,
                             translate("App", "Periksa lokasi berkas atau alamat server basis "
                                              "data, lalu jalankan aplikasi lagi."))
                    wizard.reject()
                    return
                opener.result = _open_and_look(db_url, db)
            assert opener.result is not None
            opened = opener.result
            wizard.set_database(opened.db)

        opener.then(wizard_ready)
        opener.start_after_paint(wizard)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted or wizard.demo_built
        opener.wait()
        if opened is None or not accepted:
            if opened is not None:
                opened.db.dispose()
            return 0 if opener.error is None or opened is not None else 1
        username = wizard.admin_username or ""
        language = _apply_face(app, opened, language)

    while True:
        login = LoginDialog(opened.db if opened else None, username=username,
                            upt_name=opened.upt_name if opened else upt_name)
        if opened is None:
            def login_ready(login=login) -> None:
                nonlocal opened, language
                if opener.error is not None:
                    db, message = _recover(db_url, opener.error)
                    if db is None:
                        login.set_database_error(message + " " + translate(
                            "App", "Periksa lokasi berkas atau alamat server basis data, lalu "
                                   "jalankan aplikasi lagi."))
                        return
                    opener.error, opener.result = None, _open_and_look(db_url, db)
                assert opener.result is not None
                opened = opener.result
                language = _apply_face(app, opened, language, login)
                _show_network_warning(login, opened)
                if opened.users == 0:
                    login.done(SETUP_NEEDED)
                    return
                login.set_database(opened.db)

            opener.then(login_ready)
            opener.start_after_paint(login)
        code = login.exec()
        if opened is None:
            if code != QDialog.DialogCode.Accepted:
                opener.listeners.clear()  # closed early: no offers or warnings any more
            opener.wait()
            if opened is None and opener.result is not None and \
                    code != QDialog.DialogCode.Accepted:
                opener.result.db.dispose()
                return 0
        if code == SETUP_NEEDED and opened is not None:
            from .ui.first_run import FirstRunWizard

            wizard = FirstRunWizard(opened.db)
            if wizard.exec() != QDialog.DialogCode.Accepted and not wizard.demo_built:
                opened.db.dispose()
                return 0
            username = wizard.admin_username or ""
            continue
        if code != QDialog.DialogCode.Accepted or login.actor is None:
            if opened is not None:
                opened.db.dispose()
            return 1 if opened is None and opener.error is not None else 0
        break

    assert opened is not None
    db = opened.db
    from .ui.context import AppContext
    from .ui.gc_guard import freeze_loaded
    from .ui.main_window import MainWindow

    freeze_loaded()
    ctx = AppContext(db, login.actor)
    window = MainWindow(ctx)
    window.signed_out.connect(lambda: _sign_in_again(app, db, opened.upt_name, ctx.actor))
    window.showMaximized()
    if not getattr(db, "read_only", False):  # no backup of a damaged file
        QTimer.singleShot(3000, lambda: _daily_backup_later(window, ctx))
    status = app.exec()
    db.optimize(on_close=True)
    db.dispose()
    return int(status)
