"""The one atomic-write helper and the one safe-file-name helper (jssc_desktop.fileutil)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jssc_desktop.domain.errors import StorageError
from jssc_desktop.fileutil import (
    atomic_file,
    safe_file_name,
    write_bytes_atomic,
    write_text_atomic,
)

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
            *(f"lpt{i}" for i in range(10))}


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".jssc-"))


def test_written_whole_and_folder_created(tmp_path: Path) -> None:
    target = tmp_path / "baru" / "data.bin"
    assert write_bytes_atomic(target, b"\x00\x01isi") == target
    assert target.read_bytes() == b"\x00\x01isi"
    write_text_atomic(target.with_suffix(".txt"), "baris satu\nbaris dua\n", newline="\r\n")
    assert target.with_suffix(".txt").read_bytes() == b"baris satu\r\nbaris dua\r\n"
    assert _leftovers(target.parent) == []


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "daftar.xlsx"
    target.write_bytes(b"lama")
    with pytest.raises(ZeroDivisionError), atomic_file(target) as tmp:
        assert tmp.parent == tmp_path and tmp.suffix == ".xlsx" and tmp != target
        tmp.write_bytes(b"setengah")
        _ = 1 / 0
    assert target.read_bytes() == b"lama"
    assert _leftovers(tmp_path) == []


def test_an_unwritable_folder_is_a_storage_error_naming_it(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="tidak dapat dibuat atau ditulisi") as err:
        write_bytes_atomic(blocker / "a.pdf", b"%PDF")
    assert str(blocker) in err.value.message


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="a read-only folder does not stop Windows renames or root")
def test_a_refused_rename_is_a_storage_error_and_the_target_survives(tmp_path: Path) -> None:
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"lama")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="laporan.pdf"):
            write_bytes_atomic(target, b"baru")
    finally:
        tmp_path.chmod(0o700)
    assert target.read_bytes() == b"lama"


@pytest.mark.parametrize(("text", "kwargs", "expected"), [
    ("Daftar Klien: Aktif/Lulus?", {}, "Daftar Klien- Aktif-Lulus"),
    ("  ..Laporan  Bulanan..  ", {}, "Laporan Bulanan"),
    ("Foto\x07 motor.bin", {}, "Foto motor.bin"),
    ("", {"default": "Daftar"}, "Daftar"),
    ("<>|", {"default": "Daftar"}, "Daftar"),
    ("CON", {}, "CON-"),
    ("nul.txt", {}, "nul-.txt"),
    ("x" * 300 + ".pdf", {"max_length": 255}, "x" * 251 + ".pdf"),
    ("AC/2026/004", {"slug": True}, "ac-2026-004"),
    ("Angkatan II (2026)", {"slug": True}, "angkatan-ii-2026"),
    ("Pelatihan Menjahit — Angkatan Ke-2", {"slug": True, "max_length": 60},
     "pelatihan-menjahit-angkatan-ke-2"),
    ("***", {"slug": True, "default": "dokumen"}, "dokumen"),
])
def test_safe_file_name_examples(text: str, kwargs: dict[str, Any], expected: str) -> None:
    assert safe_file_name(text, **kwargs) == expected


@given(st.text(max_size=400), st.booleans(), st.integers(min_value=12, max_value=255))
def test_safe_file_name_is_always_usable(text: str, slug: bool, limit: int) -> None:
    name = safe_file_name(text, slug=slug, max_length=limit)
    assert 0 < len(name) <= limit + 1  # a reserved device name gets one '-'
    assert not (set(name) & WINDOWS_FORBIDDEN)
    assert all(ord(ch) >= 32 and ch != "\x7f" for ch in name)
    assert name == name.strip(" .") and name not in (".", "..")
    assert name.split(".")[0].lower() not in RESERVED
    if slug:
        assert all(ch.isascii() and (ch.isalnum() or ch in "-.") for ch in name) or \
            name == "berkas"
    assert safe_file_name(name, slug=slug, max_length=limit + 1) == name  # stable


def test_one_helper_for_each_job() -> None:
    """No module writes a file through its own temporary-and-rename or names files by its own
    rules: they call jssc_desktop.fileutil. Not counted: renames that move whole files (the
    verified backup copies, which write their manifest first and sync the folder; a damaged
    database moved aside, the verified database copy of services/database_location.py)."""
    root = Path(__file__).resolve().parent.parent / "jssc_desktop"
    own_replace = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel in ("fileutil.py", "storage/backup.py", "storage/health.py",
                   "services/database_location.py"):
            continue
        text = path.read_text(encoding="utf-8")
        if "os.replace(" in text or "def safe_file" in text or "def write_atomic" in text:
            own_replace.append(rel)
    assert own_replace == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_modes_new_kept_and_private(tmp_path: Path) -> None:
    fresh = write_text_atomic(tmp_path / "baru.json", "{}")
    assert fresh.stat().st_mode & 0o777 == 0o644
    fresh.chmod(0o640)
    write_text_atomic(fresh, "{ }")
    assert fresh.stat().st_mode & 0o777 == 0o640      # the replaced file's mode is kept
    secret = write_bytes_atomic(tmp_path / "kunci.txt", b"rahasia", mode=0o600)
    assert secret.stat().st_mode & 0o777 == 0o600
