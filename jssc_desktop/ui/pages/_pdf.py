"""Showing and printing generated PDF documents inside the application.

QtPdf ships in its own wheel (PySide6-Pdf) in recent PySide6 releases; when it is missing the
preview falls back to opening the file with the system's PDF viewer, and printing says so.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...domain.errors import StorageError
from ..widgets import show_warning, tr

log = logging.getLogger("jssc_desktop.ui.pages")

try:  # pragma: no branch - depends on the installed wheels
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover
    QPdfDocument = None  # type: ignore[assignment,misc]  # QtPdf missing: HAVE_QTPDF says so
    QPdfView = None  # type: ignore[assignment,misc]  # QtPdf missing: HAVE_QTPDF says so
    HAVE_QTPDF = False


def t(text: str) -> str:
    return tr(text, "Pages")


class PdfPreview(QWidget):
    """A PDF shown page after page, fitted to the width; a hint when nothing is loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")
        self.stack.addWidget(self.empty)
        self.document: Any = None
        self.view: Any = None
        if HAVE_QTPDF:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setPageSpacing(12)
            self.stack.addWidget(self.view)
        self.path: Path | None = None
        self.set_message(t("Belum ada dokumen."))

    def set_message(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def load(self, path: Path) -> bool:
        """Show ``path``; False (and a message) when it cannot be shown here."""
        self.path = path
        if not HAVE_QTPDF:
            self.set_message(t("Pratinjau tidak tersedia di komputer ini. Dokumen tersimpan di "
                               "{path}.").format(path=path))
            return False
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            log.warning("cannot load PDF %s: %s", path, error)
            self.set_message(t("Dokumen PDF tidak dapat ditampilkan."))
            return False
        self.stack.setCurrentWidget(self.view)
        return True

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def clear(self, text: str | None = None) -> None:
        if self.document is not None:
            self.document.close()
        self.path = None
        self.set_message(text or t("Belum ada dokumen."))


def print_pdf(parent: QWidget | None, path: Path, title: str = "") -> bool:
    """Ask for a printer and print every page of a PDF; False when cancelled or impossible."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    if not HAVE_QTPDF:
        show_warning(parent, t("Tidak dapat mencetak"), t(
            "Komponen pencetak PDF tidak terpasang. Buka berkas {path} lalu cetak dari "
            "program PDF.").format(path=path))
        return False
    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_:
        show_warning(parent, t("Tidak dapat mencetak"),
                     t("Dokumen PDF {path} tidak dapat dibuka.").format(path=path))
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or path.stem)
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(t("Cetak {name}").format(name=title or path.name))
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render_to_printer(document, printer)
    return True


def render_to_printer(document: Any, printer: Any) -> int:
    """Draw the chosen pages of a loaded QPdfDocument onto a printer; returns pages printed."""
    first = printer.fromPage() or 1
    last = printer.toPage() or document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise StorageError(t("Printer tidak dapat dipakai. Periksa apakah printer menyala "
                             "dan terhubung, lalu coba lagi."))
    printed = 0
    try:
        # Rendered at no more than 300 dpi (a 1200 dpi A4 bitmap would need half a gigabyte),
        # then scaled onto the printable area.
        render_dpi = min(printer.resolution(), 300)
        target = printer.pageRect(printer.Unit.DevicePixel)
        for number in range(first - 1, min(last, document.pageCount())):
            if printed:
                printer.newPage()
            points = document.pagePointSize(number)
            image = document.render(number, QSize(int(points.width() / 72 * render_dpi),
                                                  int(points.height() / 72 * render_dpi)))
            fitted = QSizeF(image.size()).scaled(target.size(),
                                                 Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, fitted.width(), fitted.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed
