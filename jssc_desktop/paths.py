"""Where JSSC Desktop keeps its files, from platformdirs, and bundled resources.

The database, backups and logs live in the user data folder by default
(``%LOCALAPPDATA%\\Dinsos Jatim\\JSSC Desktop`` on Windows). ``JSSC_DATA_DIR`` overrides it, which
tests and portable installs use. Nothing here imports Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "JSSC Desktop"
APP_AUTHOR = "Dinsos Jatim"

_dirs = PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


def data_dir() -> Path:
    override = os.environ.get("JSSC_DATA_DIR")
    path = Path(override) if override else Path(_dirs.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "jssc.sqlite3"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("JSSC_DATA_DIR")
    path = Path(override) / "logs" if override else Path(_dirs.user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, from a source checkout or a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
