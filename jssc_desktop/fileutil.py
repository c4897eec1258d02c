"""Files written whole or not at all, and file names that are safe on every system.

At the level of the domain (it imports nothing of the package but ``domain.errors``), so that
storage, services, reports and the GUI all write files and name them the same way:

- ``atomic_file(path)``: a temporary file beside ``path`` to write to; when the block ends without
  an error it is flushed to disk and renamed over ``path`` in one step, otherwise it is removed. A
  reader sees the old file or the new one, never half of one. ``write_bytes_atomic`` and
  ``write_text_atomic`` are the common cases.
- ``safe_file_name(text)``: a file name from any text (a list's title, an uploaded file's name, a
  certificate number) that Windows, macOS and Linux all accept.

A failure to write is a ``StorageError`` naming the file in Indonesian, with a hint when the file is
probably open in another program.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from .domain.errors import StorageError

#: Characters Windows refuses in a file name (with / and \, which separate folders).
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
#: Names Windows reserves for devices, with or without an extension.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_OPEN_ELSEWHERE = " Tutup berkas itu bila sedang dibuka (misalnya di Excel), lalu ulangi."


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


@contextlib.contextmanager
def atomic_file(path: str | Path, *, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path in the folder of ``path`` (same suffix); on success it replaces
    ``path``, on any error it is removed and ``path`` is left as it was.

    The new file gets ``mode`` (``0o600`` for secrets), else the mode of the file it replaces,
    else ``0o644`` (ignored on Windows, where the folder's permissions apply)."""
    path = Path(path)
    if mode is None:
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            mode = 0o644
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # The same suffix as the target: some writers choose the format by it.
        fd, name = tempfile.mkstemp(prefix=".jssc-", suffix=path.suffix or ".partial",
                                    dir=path.parent)
        os.close(fd)
        os.chmod(name, mode)
    except OSError as exc:
        raise StorageError(
            f"Berkas {path} tidak dapat ditulis: folder {path.parent} tidak dapat dibuat atau "
            f"ditulisi ({_reason(exc)}).") from exc
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        hint = _OPEN_ELSEWHERE if isinstance(exc, PermissionError) else ""
        raise StorageError(f"Berkas {path} tidak dapat ditulis ({_reason(exc)}).{hint}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def write_bytes_atomic(path: str | Path, content: bytes, *, mode: int | None = None) -> Path:
    """Write ``content`` to ``path`` whole or not at all; returns the path."""
    path = Path(path)
    with atomic_file(path, mode=mode) as tmp:
        tmp.write_bytes(content)
    return path


def write_text_atomic(path: str | Path, text: str, *, newline: str | None = None,
                      mode: int | None = None) -> Path:
    """Write ``text`` (UTF-8) to ``path`` whole or not at all; ``newline="\\r\\n"`` for files
    meant for Windows Notepad. Returns the path."""
    path = Path(path)
    with atomic_file(path, mode=mode) as tmp, \
            open(tmp, "w", encoding="utf-8", newline=newline) as fh:
        fh.write(text)
    return path


def safe_file_name(text: str | None, *, default: str = "berkas", max_length: int = 120,
                   slug: bool = False) -> str:
    """A file name from ``text`` that every system accepts.

    Control characters are dropped; characters Windows refuses (``<>:"/\\|?*``, so also folder
    separators) become ``-``; runs of spaces become one; leading and trailing dots, spaces and
    dashes go; a name Windows reserves (``CON``, ``NUL``, ``COM1``…) gets a ``-`` appended; the
    result is cut to ``max_length`` characters, keeping a short extension. ``slug=True`` goes
    further for names the program makes up itself: lower-case ASCII letters, digits and dashes
    only (``Angkatan II 2026`` → ``angkatan-ii-2026``). Empty results become ``default``."""
    name = unicodedata.normalize("NFC", text or "")
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    if slug:
        name = re.sub(r"[^A-Za-z0-9]+", "-", name).lower()
    name = _FORBIDDEN.sub("-", name)
    name = re.sub(r"\s+", " ", name).strip(" .-")
    if len(name) > max_length:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10 and len(ext) < max_length - 1:
            name = stem[: max_length - len(ext) - 1].rstrip(" .-") + "." + ext
        else:
            name = name[:max_length].rstrip(" .-")
    if not name:
        return default
    if _RESERVED.match(name):
        stem, dot, ext = name.partition(".")
        name = f"{stem}-{dot}{ext}"
    return name
