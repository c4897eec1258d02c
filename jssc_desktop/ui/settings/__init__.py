"""Pengaturan: UPT profile, users, general settings, the database in use, backups; each tab only
for the roles that may use it."""

from .page import SettingsPage

__all__ = ["SettingsPage"]
