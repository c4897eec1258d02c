"""Bringing existing spreadsheets in (clients, tutors, attendance, follow-up results): the import
wizard and its entry point."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext

__all__ = ["open_import_wizard"]


def open_import_wizard(ctx: AppContext, parent: QWidget | None, kind: str = "clients") -> None:
    """Open the import wizard of ``kind`` (clients|tutors|attendance|followups; modal) for roles
    that may import; others are told why."""
    from .. import widgets

    if not ctx.can("import.run"):
        widgets.show_warning(parent, widgets.tr("Tidak berhak", "ImportWizard"), widgets.tr(
            "Impor data dari Excel hanya dapat dilakukan oleh Administrator dan Staf "
            "Administrasi.", "ImportWizard"))
        return
    from .wizard import ImportWizard

    wizard = ImportWizard(ctx, parent, kind=kind)
    try:
        wizard.exec()
    finally:
        wizard.wait_idle(5_000)
        wizard.deleteLater()
