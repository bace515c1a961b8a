"""Files the user chose: read with a clear refusal when missing, unreadable or too large; written atomically."""

from __future__ import annotations

import os
import tempfile
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


def write_atomically(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write `data` to `path` through a temporary file in the same folder and `os.replace`, so a reader (or a crash)
    never sees half a PDF; an existing file is replaced whole or left as it was."""
    target = Path(path)
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644  # mkstemp's 0600 would hide it from others
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
    return target
