"""The desk's own settings, kept as JSON in the user configuration directory."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from pathlib import Path

from app import paths
from app.services.reports.data import ReportOptions

log = logging.getLogger(__name__)

LANGUAGES = ("pl", "en")


@dataclass(frozen=True)
class Settings:
    language: str = "pl"
    database_url: str = ""  # empty: the embedded SQLite file in the user data directory
    default_deadline_days: int = 30
    required_ects_per_semester: int = 30  # study regulations § 28: a semester abroad in line with the LA
    resit_session_end: str = ""  # "MM-DD" the obligations are due by; empty: 30 September / 15 March
    grade_5_5: bool = False  # the home scale has 5.5 (celujący) at some universities
    grade_rounding: str = "half_up"  # how an ECTS-weighted mean is rounded to the home scale's step
    distribution_rule: str = "overlap"  # the distribution method: the band overlapping most, or the midpoint
    # printed on every decision report
    report_university: str = ReportOptions.university
    report_faculty: str = ReportOptions.faculty
    report_dean_title: str = ReportOptions.dean_title
    report_dean_name: str = ReportOptions.dean_name
    report_place: str = ReportOptions.place
    report_legal_basis: str = ReportOptions.legal_basis
    report_appeal: str = ReportOptions.appeal
    report_language: str = "pl"  # pl, en, or both (Polish labels with the English beside them)
    # the embedded database is copied into the backups folder of the data directory at start-up
    backup_every_days: int = 1  # when the newest backup is this many days old; 0: never
    backup_keep: int = 14  # the newest this many scheduled backups are kept, older ones deleted

    def report_options(self) -> ReportOptions:
        return ReportOptions(self.report_university, self.report_faculty, self.report_dean_title,
                             self.report_dean_name, self.report_place, self.report_legal_basis, self.report_appeal,
                             self.report_language)

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
    if not isinstance(raw, dict):
        log.warning("settings file %s holds no settings; using defaults", path)
        return Settings()
    defaults = Settings()
    values = {}
    for item in fields(Settings):
        value = raw.get(item.name, getattr(defaults, item.name))
        if type(value) is not type(getattr(defaults, item.name)) or not _sensible(item.name, value):
            log.warning("setting %s=%r in %s is not valid; using the default", item.name, value, path)
            value = getattr(defaults, item.name)
        values[item.name] = value
    return Settings(**values)


def _sensible(name: str, value) -> bool:
    if name == "language":
        return value in LANGUAGES
    if name == "default_deadline_days":
        return 0 <= value <= 366
    if name == "required_ects_per_semester":
        return 1 <= value <= 60
    if name == "report_language":
        return value in ("pl", "en", "both")
    if name == "grade_rounding":
        return value in ("half_up", "half_down", "down")
    if name == "distribution_rule":
        return value in ("overlap", "midpoint")
    if name == "backup_every_days":
        return 0 <= value <= 366
    if name == "backup_keep":
        return 1 <= value <= 1000
    if name == "resit_session_end":
        return value == "" or month_day(value) is not None
    return True


def month_day(value: str) -> tuple[int, int] | None:
    """ "09-30" → (9, 30); None when empty or not a day of the year."""
    try:
        month, day = (int(part) for part in value.split("-"))
        date(2024, month, day)  # a leap year: 02-29 is a day too
    except ValueError:
        return None
    return month, day


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
