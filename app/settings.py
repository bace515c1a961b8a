"""The desk's own settings, kept as JSON in the user configuration directory."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from app import paths

log = logging.getLogger(__name__)

LANGUAGES = ("pl", "en")


@dataclass(frozen=True)
class Settings:
    language: str = "pl"
    database_url: str = ""  # empty: the embedded SQLite file in the user data directory
    default_deadline_days: int = 30

    def with_changes(self, **changes) -> Settings:
        return replace(self, **changes)


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{key: value for key, value in raw.items() if key in known})
    if settings.language not in LANGUAGES:
        settings = settings.with_changes(language="pl")
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write leaves the old file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(asdict(settings), out, ensure_ascii=False, indent=2)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
