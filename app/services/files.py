"""Reading a file the user chose: refused with a clear message when it is missing, unreadable or too large."""

from __future__ import annotations

from pathlib import Path

from app.services.errors import ImportFileError
from app.services.i18n import QT_TRANSLATE_NOOP


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, unless it is larger than `limit` or cannot be opened."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} is too large ({size} bytes)."),
                                  name=path.name, size=size)
        return path.read_bytes()
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be opened: {detail}"),
                              name=path.name, detail=exc.strerror or exc) from exc
