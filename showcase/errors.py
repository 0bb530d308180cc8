"""Errors a user can cause. Each carries a message a person can act on; the edges (CLI, dialogs) show it."""

from __future__ import annotations


class UserError(Exception):
    """A mistake by the user or a problem with their files: shown as a message, never a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Cancelled(UserError):
    """The person stopped a long piece of work (a catalogue, an import, reading a file) before
    it ended; nothing was written or changed. Raised by the work when its `cancelled()` check
    says so, and told apart from other UserErrors by the worker that runs it (ui/staff/data/data_job.py)."""

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)


class DatabaseFileError(UserError):
    """The database file is missing, unreadable, not a database, or damaged."""


class FileAccessError(UserError):
    """A file or folder the system would not let Etalase read or write: a full disk, a
    write-protected disk, a loop of links, a name too long (showcase.file_errors words it).
    `errno` is the system's reason."""

    def __init__(self, message: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno


class WriteProtectedError(DatabaseFileError):
    """The database file, its folder or its disk is write-protected: intact, but Etalase
    cannot change it (told apart from damage, which would have staff restore a backup)."""


class NotFoundError(UserError):
    """A product, producer or category that the user named does not exist."""


class ValidationError(UserError):
    """Input that breaks a rule. `errors` maps each field name to what is wrong with it."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {why}" for field, why in self.errors.items()))


class PhotoError(UserError):
    """A file that cannot be used as a product photo (not an image, corrupt, too large)."""


class ServerError(UserError):
    """A PostgreSQL server that cannot be used as asked: unreachable, a wrong password, no such
    database, not an Etalase database, a login without the right, a newer schema. `kind` names
    which (the windows word their message from it): one of showcase.store.server_errors' kinds."""

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind
