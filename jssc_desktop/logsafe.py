"""Logs and error messages without personal data, in log files only their owner can read.

A database error can carry the values of the row it failed on: PostgreSQL's ``DETAIL: Key
(nik)=(3507…) already exists``, a trigger's message, a Python ``ValueError`` quoting its input.
SQLAlchemy's bound parameters are never rendered (every engine is created with
``hide_parameters=True``); what remains is scrubbed here before it is written or shown:
quoted text, ``(column)=(value)`` pairs and runs of five or more digits (NIK, KK, phone numbers)
become ``…``. Tracebacks keep their ``File "…", line N`` lines and source lines, so a bug can still
be found. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

HIDDEN = "…"

_PATTERNS = (
    # SQLAlchemy's statement parameters, should any engine ever render them.
    (re.compile(r"\[parameters: .*?\](?=\s|$)", re.DOTALL), "[parameters: " + HIDDEN + "]"),
    # PostgreSQL DETAIL: Key (nik)=(3501…) / Failing row contains (…).
    (re.compile(r"\)=\((?:[^()]|\([^()]*\))*\)"), ")=(" + HIDDEN + ")"),
    (re.compile(r"(Failing row contains )\(.*\)"), r"\1(" + HIDDEN + ")"),
    (re.compile(r"'(?:[^'\\\n]|\\.){1,5000}'"), "'" + HIDDEN + "'"),
    (re.compile(r'"(?:[^"\\\n]|\\.){1,5000}"'), '"' + HIDDEN + '"'),
    (re.compile(r"\d{5,}"), HIDDEN),
)


def scrub_values(text: str) -> str:
    """``text`` with every value that may be personal data replaced by ``…``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def describe_error(exc: BaseException) -> str:
    """``Type: message`` of an exception for a message box or stderr, values scrubbed."""
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {scrub_values(first)}".rstrip(": ")


def _scrub_traceback_line(line: str) -> str:
    stripped = line.lstrip()
    if stripped.startswith('File "') or line.startswith("    ") or stripped.startswith("^"):
        return line  # where the bug is: file, line number, the source line
    return scrub_values(line)


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class ScrubbingFormatter(logging.Formatter):
    """Formats records with their values scrubbed (message and exception text alike)."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        return scrub_values(super().formatMessage(record))

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        lines = "".join(traceback.format_exception(*ei)).splitlines()
        return "\n".join(_scrub_traceback_line(line) for line in lines)


class OwnerOnlyFileHandler(RotatingFileHandler):
    """A rotating log file created readable and writable by its owner only (mode 0600).

    On Windows the mode bits mean little; there the log folder's permissions apply."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)  # a file left by an earlier version
        stream = os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        assert isinstance(stream, TextIOWrapper)
        return stream

    def rotate(self, source: str, dest: str) -> None:
        super().rotate(source, dest)
        with contextlib.suppress(OSError):
            os.chmod(dest, 0o600)


def owner_only_handler(path: Path, *, max_bytes: int, backups: int) -> OwnerOnlyFileHandler:
    """The log file handler every entry point uses (formatter included)."""
    handler = OwnerOnlyFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                                   encoding="utf-8")
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler
