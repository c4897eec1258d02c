"""The language people see names, dates and numbers in: Bahasa Indonesia or English.

The window sets the display language at start and on every language change
(:func:`set_display_language`); the layers below read it when they name a vocabulary term or
format a date or number for the screen. Official documents for Dinsos (report PDF/XLSX,
certificates, exports) are always in Bahasa Indonesia: their code runs inside
:func:`official_language`, which holds Indonesian for the current thread of work whatever the
window shows. The command line never sets a language, so it stays Indonesian.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

INDONESIAN = "id"
ENGLISH = "en"
LANGUAGES = (INDONESIAN, ENGLISH)

_display = INDONESIAN
# A per-thread (per-context) override: official documents are written in Indonesian even while
# the window shows English; a new thread starts without it and sees the display language.
_forced: ContextVar[str | None] = ContextVar("jssc_forced_language", default=None)


def set_display_language(language: str) -> None:
    """The language of the window (``"id"`` or ``"en"``; anything else counts as Indonesian)."""
    global _display
    _display = language if language in LANGUAGES else INDONESIAN


def display_language() -> str:
    """The language names and numbers are shown in now (Indonesian inside official work)."""
    return _forced.get() or _display


def resolve(language: str | None) -> str:
    """``language`` if given and known, else the current display language."""
    if language is None:
        return display_language()
    return language if language in LANGUAGES else INDONESIAN


@contextmanager
def official_language() -> Iterator[None]:
    """Bahasa Indonesia for everything formatted inside the block (documents for Dinsos)."""
    token = _forced.set(INDONESIAN)
    try:
        yield
    finally:
        _forced.reset(token)


def official(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` in :func:`official_language` (a document for Dinsos)."""

    @wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with official_language():
            return function(*args, **kwargs)

    return wrapper
