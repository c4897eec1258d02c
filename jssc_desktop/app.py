"""Start the window: Qt application, database (migrated, copied aside first), first-run setup,
login, main window."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from types import TracebackType

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
    try:
        handler = RotatingFileHandler(log_dir() / "jssc-desktop.log", maxBytes=2_000_000,
                                      backupCount=5, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
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
    from .ui.icons import app_icon
    from .ui.widgets import APP_STYLE, INDONESIAN, IndonesianQtTranslator

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    # Style and palette once: re-styling an application with live windows (a language switch)
    # is needless work and, with half-destroyed widgets around, a known way to crash Qt.
    if not getattr(app, "_jssc_styled", False):
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
        app.setPalette(calm_palette())
        app.setStyleSheet(APP_STYLE)
        app.setWindowIcon(app_icon())
        app._jssc_styled = True  # type: ignore[attr-defined]
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
    app._jssc_translators = translators  # type: ignore[attr-defined]


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


def open_database(db_url: str | None):  # type: ignore[no-untyped-def]
    """Open and migrate the database; a StorageError explains what is wrong."""
    from sqlalchemy.exc import SQLAlchemyError

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
                    error=str(getattr(exc, "orig", exc)).splitlines()[0])) from exc
    if copy is not None:
        log.info("database migrated; copy made before migration: %s", copy)
    return db


def _language(db) -> str:  # type: ignore[no-untyped-def]
    try:
        from .services.settings import get_setting

        with db.session() as s:
            return get_setting(s, "language", "id") or "id"
    except Exception as exc:  # noqa: BLE001
        log.info("language setting unavailable: %s", exc)
        return "id"


def _upt_name(db) -> str | None:  # type: ignore[no-untyped-def]
    try:
        from .services.base import Actor
        from .services.profile import get_profile

        with db.session() as s:
            view = get_profile(s, Actor.system())
        return view.name if view else None
    except Exception:  # noqa: BLE001
        return None


def _daily_backup_later(window, ctx) -> None:  # type: ignore[no-untyped-def]
    """Once the window is up: make the day's automatic backup off the GUI thread, if due."""
    try:
        from .services.backups import daily_backup_if_due
    except ImportError:
        return
    from .ui.worker import Worker

    def work(_progress, db, actor):  # type: ignore[no-untyped-def]
        return daily_backup_if_due(db, actor)

    def done(info) -> None:  # type: ignore[no-untyped-def]
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


def _offer_sqlite_instead(db_url: str | None, exc: StorageError):  # type: ignore[no-untyped-def]
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


def _offer_restore(db_url: str | None, exc: DamagedDatabaseError):  # type: ignore[no-untyped-def]
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
    box.addButton(translate("App", "Keluar"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return None
    from .services.backups import restore_backup
    from .services.base import Actor
    from .storage.db import Database

    try:
        restore_backup(Database(db_url), Actor.system(), exc.backup.path,  # type: ignore[attr-defined]
                       confirm=True)
        return open_database(db_url)
    except DomainError as again:
        show_error(None, again)
        return None


def run(db_url: str | None) -> int:
    """The window's main: returns the process exit status."""
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    _install_excepthook()
    translate = QCoreApplication.translate

    try:
        db = open_database(db_url)
    except DamagedDatabaseError as exc:
        log.error("damaged database: %s", exc.message)
        db = _offer_restore(db_url, exc)
        if db is None:
            return 1
    except StorageError as exc:
        log.warning("database unavailable: %s", exc.message)
        db = _offer_sqlite_instead(db_url, exc)
        if db is None:
            _message(translate("App", "Basis data tidak dapat dibuka"), exc.message,
                     translate("App", "Periksa lokasi berkas atau alamat server basis data, "
                                      "lalu jalankan aplikasi lagi."))
            return 1

    from .ui.settings.database_tab import network_warning_text

    warning = network_warning_text(db)
    if warning:
        from .ui.widgets import show_warning

        show_warning(None, translate("App", "Lokasi basis data berisiko"), warning)

    language = _language(db)
    if language != "id":
        configure_application(app, language)

    from .services import users
    from .ui.context import AppContext
    from .ui.first_run import FirstRunWizard
    from .ui.login import LoginDialog
    from .ui.main_window import MainWindow

    with db.session() as s:
        nobody = users.count_users(s) == 0
    username = ""
    if nobody:
        wizard = FirstRunWizard(db)
        if wizard.exec() != QDialog.DialogCode.Accepted and not wizard.demo_built:
            return 0
        username = wizard.admin_username or ""

    login = LoginDialog(db, upt_name=_upt_name(db), username=username)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return 0
    ctx = AppContext(db, login.actor)
    window = MainWindow(ctx)
    window.showMaximized()
    QTimer.singleShot(3000, lambda: _daily_backup_later(window, ctx))
    status = app.exec()
    db.dispose()
    return int(status)
