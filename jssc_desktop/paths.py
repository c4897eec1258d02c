"""Where JSSC Desktop keeps its files, from platformdirs, and bundled resources.

Staff at a UPT often share one Windows PC under different Windows accounts, and they must all see
the same records. So on Windows the database, backups and logs live by default in the folder shared
by every user of the PC (``C:\\ProgramData\\Dinsos Jatim\\JSSC Desktop``; the installer creates it
and lets ordinary users write to it). Where that folder is missing or not writable (a PC where the
app was not installed by the installer, or Linux), the per-user folder is used
(``%LOCALAPPDATA%\\Dinsos Jatim\\JSSC Desktop``). The choice can be changed in Settings; it is kept
in a small per-user configuration file, because it must be known before any database is opened.
``JSSC_DATA_DIR`` overrides everything (tests, portable installs). Nothing here imports Qt.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from platformdirs import PlatformDirs

from .fileutil import write_text_atomic

APP_NAME = "JSSC Desktop"
APP_AUTHOR = "Dinsos Jatim"

_dirs = PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


LOCATIONS = ("shared", "user")


def shared_data_dir() -> Path:
    """The folder every Windows user of this PC shares (``C:\\ProgramData\\…``)."""
    return Path(_dirs.site_data_dir)


def user_data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def config_path() -> Path:
    override = os.environ.get("JSSC_DATA_DIR")
    base = Path(override) if override else Path(_dirs.user_config_dir)
    return base / "config.json"


def read_config() -> dict[str, Any]:
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_config(**values: object) -> None:
    data = read_config()
    data.update(values)
    write_text_atomic(config_path(), json.dumps(data, indent=2, ensure_ascii=False))


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".jssc-write-test"
        probe.write_bytes(b"")
        probe.unlink()
        return True
    except OSError:
        return False


def data_location() -> str:
    """'shared', 'user', or a folder path chosen in Settings."""
    choice = read_config().get("data_location")
    if isinstance(choice, str) and choice:
        return choice
    if sys.platform == "win32" and shared_data_dir().is_dir() and _writable(shared_data_dir()):
        return "shared"
    return "user"


def set_data_location(choice: str) -> Path:
    """Remember where data lives ('shared', 'user' or a folder); returns the folder."""
    folder = _location_folder(choice)
    if not _writable(folder):
        from .domain.errors import StorageError

        raise StorageError(f"Folder data tidak dapat ditulisi: {folder}.")
    write_config(data_location=choice)
    return folder


def _location_folder(choice: str) -> Path:
    if choice == "shared":
        return shared_data_dir()
    if choice == "user":
        return user_data_dir()
    return Path(choice)


def data_dir() -> Path:
    override = os.environ.get("JSSC_DATA_DIR")
    path = Path(override) if override else _location_folder(data_location())
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "jssc.sqlite3"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, from a source checkout or a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
