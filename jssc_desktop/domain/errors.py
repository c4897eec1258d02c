"""Errors a user can fix, raised by the domain and service layers.

Every message is in Bahasa Indonesia and names the field or record concerned, so the GUI and the
command line can show it as it is. Anything else that escapes is a bug and is logged as such.
"""

from __future__ import annotations

from .messages import msg


class DomainError(Exception):
    """Base class for every refusal the user can act on."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Bad input: the message names the field."""


class NotFoundError(DomainError):
    """A record that was asked for does not exist (any more)."""


class PermissionDenied(DomainError):
    """The acting user's role does not allow this action."""


class ConflictError(DomainError):
    """Someone else changed the record after it was read: nothing was overwritten."""


class DuplicateError(DomainError):
    """The record looks like one already stored; the message names the existing one."""

    def __init__(self, message: str, field: str | None = None, existing_id: int | None = None):
        super().__init__(message, field)
        self.existing_id = existing_id


class ConfirmationRequired(DomainError):
    """A value that is possible but unusual (an income far above the usual ceiling): nothing was
    written; the same call succeeds when the user confirms (the service's ``confirm_*`` flag)."""


class WorkflowError(DomainError):
    """A status change that the workflow does not allow; the message lists the allowed ones."""


class PeriodLockedError(WorkflowError):
    """The data lies in a period whose report was approved and locked.

    ``overridable`` is True when the acting user (an administrator) may go ahead by giving a
    correction reason: the use case is then called again with ``lock_reason``.
    """

    def __init__(self, message: str, *, overridable: bool = False) -> None:
        super().__init__(message, "reason" if overridable else None)
        self.overridable = overridable


class AuthError(DomainError):
    """Wrong user name or password, a locked or inactive account."""


class StorageError(DomainError):
    """The database cannot be opened or written (path, permissions, disk, server)."""


class DamagedDatabaseError(StorageError):
    """The database file failed its integrity check: it is not written to; ``backup`` names the
    newest verified backup that could replace it, if there is one."""

    def __init__(self, message: str, backup: object | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class ReadOnlyDatabaseError(StorageError):
    """A write was attempted on a database opened read-only (a damaged file): refused."""


READ_ONLY_MESSAGE = msg(
    "Basis data ini rusak dan dibuka hanya-baca: data dapat dilihat dan dicetak, tetapi "
    "perubahan tidak disimpan. Pulihkan cadangan terverifikasi terbaru (Administrator: "
    "Pengaturan → Cadangan, atau 'jssc-desktop restore')."
)


DAMAGED_PART_MESSAGE = msg(
    "Bagian basis data yang diperlukan untuk ini rusak dan tidak dapat dibaca. Data lain tetap "
    "dapat dilihat; pulihkan cadangan terverifikasi terbaru untuk memperbaikinya."
)


def is_damaged_page_error(exc: BaseException) -> bool:
    """SQLite's words for a page it cannot read (a damaged file), in any wrapped exception."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "malformed" in text or "file is not a database" in text


class NewerSchemaError(StorageError):
    """The database was made by a newer version of the program: update the program first."""

