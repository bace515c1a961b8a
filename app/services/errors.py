"""Known errors: what a user did or gave that cannot be done, with a translatable message.

Anything that is not an `AppError` is a bug and reaches the crash dialog with its traceback.
"""

from __future__ import annotations

from app.services.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Errors"


class AppError(Exception):
    """A user-facing error. `message` is an English source text in the "Errors" translation context with
    `{name}` placeholders filled from `params` after translation."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The action could not be completed.")

    def __init__(self, message: str | None = None, **params: object) -> None:
        self.message = message or self.default_message
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(self.render())

    def render(self, translate=None) -> str:
        text = translate(CONTEXT, self.message) if translate else self.message
        return text.format(**self.params)


class ValidationError(AppError):
    default_message = QT_TRANSLATE_NOOP("Errors", "The data given is not valid.")


class NotFound(AppError):
    default_message = QT_TRANSLATE_NOOP("Errors", "The record no longer exists.")


class ForbiddenTransition(AppError):
    default_message = QT_TRANSLATE_NOOP("Errors", "This change of state is not allowed.")


class PermissionDenied(AppError):
    default_message = QT_TRANSLATE_NOOP("Errors", "You are not allowed to do this.")


class StaleEdit(AppError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors", "Someone else changed this record in the meantime. It has been reloaded; please try again.")


class DuplicateRecord(AppError):
    default_message = QT_TRANSLATE_NOOP("Errors", "The record already exists.")


class ImportFileError(AppError):
    default_message = QT_TRANSLATE_NOOP("Errors", "The file could not be read.")


class Cancelled(AppError):
    default_message = QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was changed.")


class Problem:
    """A translatable remark about one piece of input (a row of a file, a field), kept for a preview."""

    __slots__ = ("message", "params")

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = {key: str(value) for key, value in params.items()}

    def render(self, translate=None) -> str:
        text = translate(CONTEXT, self.message) if translate else self.message
        return text.format(**self.params)

    def __repr__(self) -> str:
        return f"Problem({self.render()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and (self.message, self.params) == (other.message, other.params)

    def __hash__(self) -> int:
        return hash((self.message, tuple(sorted(self.params.items()))))
