"""The red banner that tells administrators and heads of UPT that the audit log is not intact.

The incremental check (``services.audit_log.check_audit_log(incremental=True)``: only the rows
since the last verified one, plus the anchors outside the table) runs off the GUI thread shortly
after the main window opens and then once a day while it stays open. Other roles never see it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..services.audit_log import ChainCheck, check_audit_log
from .context import AppContext
from .widgets import button, message_text

log = logging.getLogger(__name__)

DAY_MS = 24 * 60 * 60 * 1000
START_DELAY_MS = 1500


class AuditBanner(QWidget):
    """Hidden while the log is intact; red, naming the first bad row, when it is not."""

    open_audit = Signal()
    checked = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last: ChainCheck | None = None
        self.worker: Any = None
        self.setObjectName("auditBanner")
        self.setStyleSheet("#auditBanner { background: #a12622; }"
                           "#auditBanner QLabel { color: white; font-weight: bold; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.view_button = button(self.tr("Lihat log audit"), "warning")
        self.view_button.clicked.connect(self.open_audit.emit)
        row.addWidget(self.view_button)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(DAY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check soon, then every day (only for the roles that may read the audit log)."""
        if not self.ctx.can("audit.view"):
            return
        QTimer.singleShot(START_DELAY_MS, self, self.check)  # not after the window is gone
        self.timer.start()

    def check(self) -> None:
        from .worker import Worker

        if self.worker is not None and not self.worker.done.is_set():
            return

        def work(_progress: Any, db: Any, actor: Any) -> ChainCheck:
            return check_audit_log(db, actor, incremental=True)

        self.worker = Worker(work, self.ctx.db, self.ctx.actor)
        self.worker.signals.finished.connect(self.show_result)
        self.worker.signals.failed.connect(self._failed)
        self.worker.start()

    def show_result(self, check: ChainCheck) -> None:
        self.last = check
        if check.ok:
            self.hide()
        else:
            self.label.setText(self.tr("Peringatan keamanan: {message}").format(
                message=message_text(check.message)))
            self.show()
        self.checked.emit(check)

    def _failed(self, exc: BaseException) -> None:
        log.warning("audit check could not run: %s", type(exc).__name__)
        message = getattr(exc, "message", None)
        if message:
            self.show_result(ChainCheck(False, 0, None, message))
