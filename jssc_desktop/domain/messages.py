"""Messages for the user that can be shown in either language.

A message raised from below the window is built with :func:`msg`: a template in Bahasa Indonesia
with named placeholders, and the values for them::

    raise DuplicateError(msg("NIK {nik} sudah terdaftar atas nama {name}.", nik=nik, name=name))

The result *is* the Indonesian text (a ``str``), so the command line, logs and tests read it as
before; it also carries ``template`` and ``params``. The window translates the template (Qt
context ``messages``; ``tools/translations.py update`` collects every ``msg("…")`` literal) and
fills it with the values shown in the window's language: dates, money, numbers, vocabulary terms
(:meth:`Vocabulary.ref <.vocab.Vocabulary.ref>`) and nested messages follow the language.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol, runtime_checkable

#: The Qt translation context of every message template.
CONTEXT = "messages"

Translate = Callable[[str], str]


@runtime_checkable
class Displayable(Protocol):
    """A parameter that knows how to show itself in a language (a vocabulary term, money)."""

    def display(self, language: str | None = None) -> str: ...


@dataclass(frozen=True)
class Money:
    """An amount of Rupiah as a message parameter: ``Rp 3.000.000`` / ``Rp 3,000,000``."""

    amount: int | float | Decimal

    def display(self, language: str | None = None) -> str:
        from .formatting import format_rupiah

        return format_rupiah(self.amount, language)

    def __str__(self) -> str:
        return self.display("id")


@dataclass(frozen=True)
class Number:
    """A number as a message parameter, with thousands separators by language."""

    value: int | float | Decimal
    digits: int = 0

    def display(self, language: str | None = None) -> str:
        from .formatting import format_number

        return format_number(self.value, self.digits, language)

    def __str__(self) -> str:
        return self.display("id")


def show_value(value: object, language: str, translate: Translate | None = None) -> object:
    """A parameter as it is shown in ``language``; other values are left to ``str.format``."""
    if value is None:
        return ""  # an absent date or name shows as nothing, as format_date(None) did
    if isinstance(value, Message):
        return value.render(language, translate)
    if isinstance(value, Displayable):
        return value.display(language)
    if isinstance(value, datetime):
        from .formatting import format_datetime

        return format_datetime(value, language)
    if isinstance(value, date):
        from .formatting import format_date

        return format_date(value, language)
    return value


class Message(str):
    """The Indonesian text of a message, which also keeps its template and parameters."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, params: Mapping[str, Any] | None = None) -> Message:
        values = dict(params or {})
        text = _fill(template, template, values, "id", None)
        self = super().__new__(cls, text)
        self.template = template
        self.params = values
        return self

    def render(self, language: str | None = None, translate: Translate | None = None) -> str:
        """The message in ``language`` (default: the display language): the template passed
        through ``translate`` (none: as written), filled with the parameters shown in that
        language. A translation whose placeholders do not fit falls back to Indonesian."""
        from .language import resolve

        lang = resolve(language)
        template = translate(self.template) if translate is not None else self.template
        return _fill(template, self.template, self.params, lang, translate)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.template, dict(self.params)))


class _Formatter(string.Formatter):
    """``str.format`` that shows each value in the message's language; a value with its own
    format spec (``{day:%d-%m-%Y}``) is formatted by that spec as it is."""

    def __init__(self, language: str, translate: Translate | None) -> None:
        self.language = language
        self.translate = translate

    def format_field(self, value: Any, format_spec: str) -> Any:
        if not format_spec:
            value = show_value(value, self.language, self.translate)
        return super().format_field(value, format_spec)


def _fill(template: str, original: str, params: Mapping[str, Any], language: str,
          translate: Translate | None) -> str:
    if not params:
        return template  # without parameters braces in the text are plain braces
    formatter = _Formatter(language, translate)
    try:
        return formatter.vformat(template, (), params)
    except (KeyError, IndexError, ValueError, AttributeError):
        if template is original:
            raise
        return formatter.vformat(original, (), params)


def msg(template: str, /, **params: Any) -> Message:
    """A message for the user: ``template`` (Bahasa Indonesia, literal text so it can be
    collected for translation) with ``{name}`` placeholders filled from ``params``."""
    return Message(template, params)


def render(text: str, language: str | None = None, translate: Translate | None = None) -> str:
    """``text`` in ``language`` if it is a :class:`Message`; any other text as it is."""
    if isinstance(text, Message):
        return text.render(language, translate)
    return str(text)
