"""Known errors: what a user did or gave that cannot be done, with a translatable message.

Anything that is not an `AppError` is a bug and reaches the crash dialog with its traceback.
"""

from __future__ import annotations

from app.services.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Errors"


class Term:
    """A value inside a message that is itself translatable: a state, a role, a column."""

    __slots__ = ("context", "text")

    def __init__(self, context: str, text: str) -> None:
        self.context, self.text = context, text

    def render(self, translate=None) -> str:
        return translate(self.context, self.text) if translate else self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Term) and (self.context, self.text) == (other.context, other.text)

    def __hash__(self) -> int:
        return hash((self.context, self.text))

    def __repr__(self) -> str:
        return f"Term({self.context!r}, {self.text!r})"


def _keep(value: object) -> object:
    if isinstance(value, Term):
        return value
    if isinstance(value, (list, tuple, set, frozenset)) and all(isinstance(v, Term) for v in value):
        return tuple(value)
    return str(value)


def _show(value: object, translate) -> str:
    if isinstance(value, Term):
        return value.render(translate)
    if isinstance(value, tuple):
        return ", ".join(term.render(translate) for term in value)
    return value


class _Message:
    """An English source text in the "Errors" translation context with `{name}` placeholders; parameters are
    plain values or `Term`s (one or a list), translated too when the message is rendered."""

    def _set(self, message: str, params: dict[str, object]) -> None:
        self.message = message
        self.params = {key: _keep(value) for key, value in params.items()}

    def render(self, translate=None) -> str:
        text = translate(CONTEXT, self.message) if translate else self.message
        return text.format(**{key: _show(value, translate) for key, value in self.params.items()})


class AppError(_Message, Exception):
    """A user-facing error with a translatable message."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The action could not be completed.")

    def __init__(self, message: str | None = None, **params: object) -> None:
        self._set(message or self.default_message, params)
        super().__init__(self.render())


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


class InternalError(AppError):
    """Stands in for a bug in a background task, so the screen that waited can recover; the bug itself
    still reaches the crash dialog and the log."""

    default_message = QT_TRANSLATE_NOOP("Errors", "An unexpected error stopped the action; nothing was changed.")


class Cancelled(AppError):
    default_message = QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was changed.")


class Problem(_Message):
    """A translatable remark about one piece of input (a row of a file, a field), kept for a preview."""

    __slots__ = ("message", "params")

    def __init__(self, message: str, **params: object) -> None:
        self._set(message, params)

    def __repr__(self) -> str:
        return f"Problem({self.render()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and (self.message, self.params) == (other.message, other.params)

    def __hash__(self) -> int:
        return hash((self.message, tuple(sorted(self.params.items()))))
