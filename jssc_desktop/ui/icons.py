"""Icons by meaning ('clients', 'save', …): Font Awesome through qtawesome when it is installed,
else Qt's built-in standard icons, so the window never shows empty squares."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

log = logging.getLogger(__name__)

ICON_COLOR = "#35556b"
PRIMARY_COLOR = "#ffffff"
NAV_COLOR = "#e8eef3"

# meaning -> (Font Awesome 5 name, fallback standard pixmap)
_ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "home": ("fa5s.home", QStyle.StandardPixmap.SP_DirHomeIcon),
    "clients": ("fa5s.users", QStyle.StandardPixmap.SP_FileDialogDetailedView),
    "training": ("fa5s.tools", QStyle.StandardPixmap.SP_FileDialogListView),
    "attendance": ("fa5s.clipboard-check", QStyle.StandardPixmap.SP_DialogApplyButton),
    "tutors": ("fa5s.chalkboard-teacher", QStyle.StandardPixmap.SP_FileDialogInfoView),
    "facility": ("fa5s.building", QStyle.StandardPixmap.SP_DriveHDIcon),
    "followups": ("fa5s.hands-helping", QStyle.StandardPixmap.SP_BrowserReload),
    "reports": ("fa5s.file-alt", QStyle.StandardPixmap.SP_FileIcon),
    "settings": ("fa5s.cog", QStyle.StandardPixmap.SP_FileDialogContentsView),
    "search": ("fa5s.search", QStyle.StandardPixmap.SP_FileDialogContentsView),
    "add": ("fa5s.plus", QStyle.StandardPixmap.SP_FileDialogNewFolder),
    "edit": ("fa5s.pen", QStyle.StandardPixmap.SP_FileDialogDetailedView),
    "save": ("fa5s.save", QStyle.StandardPixmap.SP_DialogSaveButton),
    "refresh": ("fa5s.sync-alt", QStyle.StandardPixmap.SP_BrowserReload),
    "close": ("fa5s.times", QStyle.StandardPixmap.SP_DialogCloseButton),
    "backup": ("fa5s.hdd", QStyle.StandardPixmap.SP_DriveHDIcon),
    "restore": ("fa5s.undo", QStyle.StandardPixmap.SP_ArrowBack),
    "lock": ("fa5s.lock", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "user": ("fa5s.user", QStyle.StandardPixmap.SP_DirHomeIcon),
    "key": ("fa5s.key", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "logout": ("fa5s.sign-out-alt", QStyle.StandardPixmap.SP_DialogCloseButton),
    "info": ("fa5s.info-circle", QStyle.StandardPixmap.SP_MessageBoxInformation),
    "warning": ("fa5s.exclamation-triangle", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "photo": ("fa5s.camera", QStyle.StandardPixmap.SP_FileDialogContentsView),
    "stage": ("fa5s.route", QStyle.StandardPixmap.SP_ArrowForward),
    "discharge": ("fa5s.door-open", QStyle.StandardPixmap.SP_DialogCloseButton),
    "consent": ("fa5s.file-signature", QStyle.StandardPixmap.SP_FileIcon),
    "duplicate": ("fa5s.clone", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "database": ("fa5s.database", QStyle.StandardPixmap.SP_DriveNetIcon),
    "demo": ("fa5s.flask", QStyle.StandardPixmap.SP_FileDialogStart),
    "print": ("fa5s.print", QStyle.StandardPixmap.SP_FileIcon),
    "bed": ("fa5s.bed", QStyle.StandardPixmap.SP_DirHomeIcon),
    "chart": ("fa5s.chart-bar", QStyle.StandardPixmap.SP_FileDialogListView),
    "percent": ("fa5s.percent", QStyle.StandardPixmap.SP_FileDialogInfoView),
    "clock": ("fa5s.clock", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "check": ("fa5s.check", QStyle.StandardPixmap.SP_DialogApplyButton),
}


@cache
def _qta():  # type: ignore[no-untyped-def]
    try:
        import qtawesome

        return qtawesome
    except Exception:  # noqa: BLE001 - any import trouble means: use the fallback
        log.info("qtawesome not available; using standard icons")
        return None


def has_font_icons() -> bool:
    return _qta() is not None


def icon(name: str, *, primary: bool = False, color: str | None = None) -> QIcon:
    """The icon for a meaning. ``primary``: white, for coloured buttons."""
    fa, fallback = _ICONS.get(name, ("fa5s.circle", QStyle.StandardPixmap.SP_FileIcon))
    qta = _qta()
    if qta is not None and QApplication.instance() is not None:
        try:
            return qta.icon(fa, color=color or (PRIMARY_COLOR if primary else ICON_COLOR))
        except Exception:  # noqa: BLE001
            log.debug("icon %s not in the font", fa)
    app = QApplication.instance()
    if app is None:
        return QIcon()
    return app.style().standardIcon(fallback)  # type: ignore[union-attr]


def app_icon() -> QIcon:
    """The window icon: a rounded teal square with 'JS', drawn so no image file is needed."""
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
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
