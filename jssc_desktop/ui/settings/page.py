"""The settings page: a tab per subject, shown according to the role."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext
from ..widgets import heading

log = logging.getLogger(__name__)


class SettingsPage(QWidget):
    #: F1 opens the guide at this topic (ui/help.py)
    help_topic = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.addWidget(heading(self.tr("Pengaturan")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.pages: list[QWidget] = []

        from .database_tab import DatabaseTab
        from .profile_tab import ProfileTab

        self._add(ProfileTab(ctx), self.tr("Profil UPT"))
        if ctx.can("user.manage"):
            from .users_tab import UsersTab

            self._add(UsersTab(ctx), self.tr("Pengguna"))
        if ctx.can("settings.edit"):
            from .general_tab import GeneralTab

            self._add(GeneralTab(ctx), self.tr("Umum"))
            from .targets_tab import TargetsTab

            self._add(TargetsTab(ctx), self.tr("Target Tahunan"))
        self._add(DatabaseTab(ctx), self.tr("Basis Data"))
        if ctx.can("backup.run"):
            from .backups_tab import BackupsTab

            self._add(BackupsTab(ctx), self.tr("Cadangan"))
        if ctx.can("audit.view"):
            from .acting_head_tab import ActingHeadTab
            from .privacy_tab import PrivacyTab

            self._add(ActingHeadTab(ctx), self.tr("Plh. Kepala UPT"))
            self._add(PrivacyTab(ctx), self.tr("Privasi Data"))

    def _add(self, page: QWidget, title: str) -> None:
        self.pages.append(page)
        self.tabs.addTab(page, title)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def refresh(self) -> None:
        for page in self.pages:
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()
