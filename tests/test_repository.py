"""What the repository may hold: no stray databases and nothing heavy.

A scratch database committed by mistake stays in every clone for good, and a real UPT database
would carry personal data into the history. Fixture databases live in ``tests/fixtures/`` and are
small; fonts are the largest thing the program needs.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIMIT_BYTES = 1_000_000
SQLITE_MAGIC = b"SQLite format 3\x00"


def tracked_files() -> list[Path]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [ROOT / name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def test_no_tracked_file_is_heavy() -> None:
    heavy = [
        f"{p.relative_to(ROOT)} ({p.stat().st_size:,} bytes)"
        for p in tracked_files()
        if p.stat().st_size > LIMIT_BYTES
    ]
    assert heavy == [], f"files over {LIMIT_BYTES:,} bytes are tracked: {heavy}"


def test_databases_are_only_test_fixtures() -> None:
    fixtures = ROOT / "tests" / "fixtures"
    stray = []
    for path in tracked_files():
        with path.open("rb") as f:
            if f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC and path.parent != fixtures:
                stray.append(str(path.relative_to(ROOT)))
    assert stray == [], f"SQLite databases tracked outside tests/fixtures: {stray}"
