"""Where data lives: the shared or per-user folder, changeable and remembered."""

from __future__ import annotations

from pathlib import Path

import pytest

from jssc_desktop import paths
from jssc_desktop.domain.errors import StorageError


@pytest.fixture
def no_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Real location logic, with platformdirs pointed at temporary folders."""
    monkeypatch.delenv("JSSC_DATA_DIR", raising=False)

    class Dirs:
        site_data_dir = str(tmp_path / "ProgramData" / "JSSC Desktop")
        user_data_dir = str(tmp_path / "LocalAppData" / "JSSC Desktop")
        user_config_dir = str(tmp_path / "config")

    monkeypatch.setattr(paths, "_dirs", Dirs)
    return tmp_path


def test_override_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JSSC_DATA_DIR", str(tmp_path / "portable"))
    assert paths.data_dir() == tmp_path / "portable"
    assert paths.default_database_path() == tmp_path / "portable" / "jssc.sqlite3"
    assert paths.log_dir() == tmp_path / "portable" / "logs"


def test_default_is_per_user_without_shared_folder(no_override: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths.sys, "platform", "win32")
    assert paths.data_location() == "user"
    assert paths.data_dir() == no_override / "LocalAppData" / "JSSC Desktop"


def test_default_is_shared_when_installer_made_it(no_override: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths.sys, "platform", "win32")
    (no_override / "ProgramData" / "JSSC Desktop").mkdir(parents=True)
    assert paths.data_location() == "shared"
    assert paths.data_dir() == no_override / "ProgramData" / "JSSC Desktop"


def test_choice_is_remembered(no_override: Path) -> None:
    folder = paths.set_data_location(str(no_override / "D" / "JSSC"))
    assert folder == no_override / "D" / "JSSC"
    assert paths.data_dir() == folder
    assert paths.read_config()["data_location"] == str(folder)
    paths.set_data_location("user")
    assert paths.data_dir() == no_override / "LocalAppData" / "JSSC Desktop"


def test_unwritable_choice_is_refused(no_override: Path) -> None:
    blocker = no_override / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="tidak dapat ditulisi"):
        paths.set_data_location(str(blocker / "sub"))
    assert "data_location" not in paths.read_config()


def test_resources_are_found() -> None:
    assert paths.resource_path("fonts", "DejaVuSans.ttf").is_file()
