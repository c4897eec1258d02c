"""Icons by meaning ('clients', 'save', …): Font Awesome through qtawesome when it is installed,
else Qt's built-in standard icons, so the window never shows empty squares.

The icons of the first window (the OK/cancel buttons of the login dialog, the demo button of
the first-run wizard) are also bundled as PNG files rendered from the same Font Awesome glyphs
in the same colour (``resources/icons/bundled``, made by ``tools/bundle_icons.py``), so the
first window paints without importing qtawesome.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

ICON_COLOR = "#35556b"
PRIMARY_COLOR = "#ffffff"
NAV_COLOR = "#e8eef3"

# meaning -> (Font Awesome 5 name, fallback standard pixmap (a QStyle.StandardPixmap name)).
# The names stay text until used: touching QStyle's enums costs a tenth of a second at start.
_ICONS: dict[str, tuple[str, str]] = {
    "home": ("fa5s.home", "SP_DirHomeIcon"),
    "clients": ("fa5s.users", "SP_FileDialogDetailedView"),
    "training": ("fa5s.tools", "SP_FileDialogListView"),
    "attendance": ("fa5s.clipboard-check", "SP_DialogApplyButton"),
    "tutors": ("fa5s.chalkboard-teacher", "SP_FileDialogInfoView"),
    "facility": ("fa5s.building", "SP_DriveHDIcon"),
    "followups": ("fa5s.hands-helping", "SP_BrowserReload"),
    "reports": ("fa5s.file-alt", "SP_FileIcon"),
    "settings": ("fa5s.cog", "SP_FileDialogContentsView"),
    "audit": ("fa5s.shield-alt", "SP_MessageBoxWarning"),
    "search": ("fa5s.search", "SP_FileDialogContentsView"),
    "add": ("fa5s.plus", "SP_FileDialogNewFolder"),
    "edit": ("fa5s.pen", "SP_FileDialogDetailedView"),
    "save": ("fa5s.save", "SP_DialogSaveButton"),
    "refresh": ("fa5s.sync-alt", "SP_BrowserReload"),
    "close": ("fa5s.times", "SP_DialogCloseButton"),
    "backup": ("fa5s.hdd", "SP_DriveHDIcon"),
    "restore": ("fa5s.undo", "SP_ArrowBack"),
    "lock": ("fa5s.lock", "SP_MessageBoxWarning"),
    "user": ("fa5s.user", "SP_DirHomeIcon"),
    "key": ("fa5s.key", "SP_MessageBoxWarning"),
    "logout": ("fa5s.sign-out-alt", "SP_DialogCloseButton"),
    "info": ("fa5s.info-circle", "SP_MessageBoxInformation"),
    "warning": ("fa5s.exclamation-triangle", "SP_MessageBoxWarning"),
    "photo": ("fa5s.camera", "SP_FileDialogContentsView"),
    "stage": ("fa5s.route", "SP_ArrowForward"),
    "discharge": ("fa5s.door-open", "SP_DialogCloseButton"),
    "consent": ("fa5s.file-signature", "SP_FileIcon"),
    "duplicate": ("fa5s.clone", "SP_MessageBoxWarning"),
    "database": ("fa5s.database", "SP_DriveNetIcon"),
    "demo": ("fa5s.flask", "SP_FileDialogStart"),
    "print": ("fa5s.print", "SP_FileIcon"),
    "bed": ("fa5s.bed", "SP_DirHomeIcon"),
    "chart": ("fa5s.chart-bar", "SP_FileDialogListView"),
    "percent": ("fa5s.percent", "SP_FileDialogInfoView"),
    "clock": ("fa5s.clock", "SP_MessageBoxWarning"),
    "check": ("fa5s.check", "SP_DialogApplyButton"),
    "calendar": ("fa5s.calendar-alt", "SP_FileDialogDetailedView"),
    "help": ("fa5s.question-circle", "SP_DialogHelpButton"),
    "back": ("fa5s.arrow-left", "SP_ArrowBack"),
    "forward": ("fa5s.arrow-right", "SP_ArrowForward"),
    "keyboard": ("fa5s.keyboard", "SP_FileDialogInfoView"),
    "news": ("fa5s.star", "SP_FileDialogInfoView"),
}


@cache
def _qta():
    try:
        import qtawesome

        return qtawesome
    except Exception:  # noqa: BLE001 - any import trouble means: use the fallback
        log.info("qtawesome not available; using standard icons")
        return None


def has_font_icons() -> bool:
    return _qta() is not None


#: Icons bundled as PNG files (default colour only), in these pixel sizes.
BUNDLED = ("check", "close", "demo")
BUNDLED_SIZES = (16, 24, 32, 48)


@cache
def _bundled(name: str, sizes: tuple[int, ...] = BUNDLED_SIZES) -> QIcon | None:
    from ..paths import resource_path

    result = QIcon()
    for size in sizes:
        path = resource_path("icons", "bundled", f"{name}-{size}.png")
        if path.exists():
            result.addFile(str(path))
    return None if result.isNull() else result


def icon(name: str, *, primary: bool = False, color: str | None = None) -> QIcon:
    """The icon for a meaning. ``primary``: white, for coloured buttons."""
    if name in BUNDLED and not primary and color is None:
        bundled = _bundled(name)
        if bundled is not None:
            return bundled
    fa, fallback = _ICONS.get(name, ("fa5s.circle", "SP_FileIcon"))
    qta = _qta()
    if qta is not None and QApplication.instance() is not None:
        try:
            return qta.icon(fa, color=color or (PRIMARY_COLOR if primary else ICON_COLOR))
        except Exception:  # noqa: BLE001
            log.debug("icon %s not in the font", fa)
    app = QApplication.instance()
    if app is None:
        return QIcon()
    from PySide6.QtWidgets import QStyle

    style = app.style()  # type: ignore[attr-defined]  # instance() is typed QCoreApplication
    return style.standardIcon(getattr(QStyle.StandardPixmap, fallback))


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@cache
def _app_icon() -> QIcon:
    bundled = _bundled("app", APP_ICON_SIZES)
    return bundled if bundled is not None else draw_app_icon()


def app_icon() -> QIcon:
    """The window icon: a rounded teal square with 'JS' (:func:`draw_app_icon`), from the PNG
    files bundled from that drawing, so the first window needs no painting of its own."""
    return QIcon(_app_icon())


def draw_app_icon() -> QIcon:
    """Draw the window icon, so no image file is needed."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap

    result = QIcon()
    for size in APP_ICON_SIZES:
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
        p.fillPath(path, QColor("#2f6f9f"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(size * 0.45)))
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "JS")
        p.end()
        result.addPixmap(pix)
    return result
