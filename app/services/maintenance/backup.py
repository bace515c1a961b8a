"""Backing up the whole database while the program runs, and the embedded desk's scheduled backups.

SQLite: the online backup API copies a consistent snapshot (the write-ahead log's committed content included; a
transaction still open elsewhere is left out) into a temporary file beside the target, which is checked and then
moved into place. PostgreSQL: `pg_dump --format=custom` and `pg_restore`, PostgreSQL's own client tools.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from app.models.db import create_db_engine
from app.paths import data_dir
from app.services.context import DatabaseUnavailable
from app.services.errors import AppError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.maintenance.common import (
    find_tool,
    full,
    is_postgresql,
    is_sqlite,
    label,
    libpq,
    parse_url,
    record,
    run_tool,
    sqlite_file,
    stamp,
    unsupported,
    unwritable,
)

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int  # bytes
    sha256: str


def backups_folder() -> Path:
    return data_dir() / "backups"


def backup(database_url: str | URL, target: Path, *, actor: str = "system", reason: str = "") -> BackupResult:
    """A consistent copy of the whole database in the file `target` (replaced whole, or left as it was), recorded
    in the database's audit log afterwards."""
    url = parse_url(database_url)
    target = Path(target).expanduser()
    if target.is_dir():
        raise AppError(QT_TRANSLATE_NOOP("Errors", "{name} is a folder; give the backup's file name."),
                       name=str(target))
    if is_sqlite(url):
        live = sqlite_file(url)
        if target.resolve() in (live.resolve(), *(Path(f"{live.resolve()}{end}") for end in ("-wal", "-shm"))):
            raise itself(target)
        snapshot_sqlite(live, target)
    elif is_postgresql(url):
        dump_postgresql(url, target)
    else:
        raise unsupported(url)
    result = BackupResult(target, target.stat().st_size, file_sha256(target))
    engine = create_db_engine(full(url))
    try:
        record(engine, actor, "database.backup", target.name,
               {"file": target.name, "path": str(target), "size": result.size, "sha256": result.sha256}, reason)
    finally:
        engine.dispose()
    log.info("backed up %s to %s (%d bytes)", label(url), target, result.size)
    return result


def itself(path: Path) -> AppError:
    return AppError(QT_TRANSLATE_NOOP("Errors", "{name} is the database itself, not a backup of it."), name=path.name)


# -- scheduled backups of the embedded database -------------------------------------------------------------------
def scheduled_backup(database_url: str | URL, folder: Path, every_days: int, keep: int,
                     now: datetime | None = None, *, actor: str = "system") -> Path | None:
    """Back up the embedded database into `folder` when its newest scheduled backup there is from `every_days`
    calendar days ago or earlier (0: never), then delete the oldest beyond `keep`. Returns the new backup."""
    url = parse_url(database_url)
    if every_days <= 0 or not is_sqlite(url):
        return None
    live = sqlite_file(url)
    now = now or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    made = None
    existing = _scheduled(folder, live.stem)
    if not existing or (now.date() - existing[-1][0].date()).days >= every_days:
        made = backup(url, folder / f"{live.stem}-{stamp(now)}.sqlite3", actor=actor, reason="scheduled backup")
        existing = _scheduled(folder, live.stem)
    for _, old in existing[:max(0, len(existing) - max(1, keep))]:
        log.info("deleting the old backup %s", old)
        old.unlink(missing_ok=True)
    return made.path if made else None


def start_scheduled_backup(database_url: str | URL, every_days: int, keep: int, actor: str,
                           folder: Path | None = None,
                           done: Callable[[Path | None], None] | None = None) -> threading.Thread:
    """`scheduled_backup` in a background thread, so the window opens at once; a failure is logged, never
    raised."""
    def work() -> None:
        made = None
        try:
            made = scheduled_backup(database_url, folder or backups_folder(), every_days, keep, actor=actor)
        except Exception:
            log.exception("the scheduled backup failed")
        if done is not None:
            done(made)

    thread = threading.Thread(target=work, name="scheduled-backup")
    thread.start()
    return thread


def _scheduled(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """The scheduled backups of the database `stem` in `folder`, oldest first."""
    pattern = re.compile(rf"{re.escape(stem)}-(\d{{8}}-\d{{6}})\.sqlite3")
    found = []
    for path in folder.iterdir():
        if (match := pattern.fullmatch(path.name)) and path.is_file():
            try:
                found.append((datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), path))
            except ValueError:
                continue
    return sorted(found)


# -- SQLite -------------------------------------------------------------------------------------------------------
def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def snapshot_sqlite(source: Path, target: Path) -> None:
    """Copy the database file `source` into `target` with the online backup API, as one self-contained file."""
    try:
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        os.close(handle)
    except OSError as exc:
        raise unwritable(target, exc) from exc
    try:
        origin = sqlite3.connect(source)
        try:
            origin.execute("PRAGMA busy_timeout=15000")
            copy = sqlite3.connect(temp)
            try:
                origin.backup(copy)  # one step: a single read transaction, so a consistent snapshot
                copy.execute("PRAGMA journal_mode=DELETE")  # no -wal file beside the backup
                problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
            finally:
                copy.close()
        finally:
            origin.close()
        if problems != ["ok"]:
            raise AppError(QT_TRANSLATE_NOOP("Errors", "The backup of {name} failed its integrity check: {detail}"),
                           name=source.name, detail="; ".join(map(str, problems[:5])))
        _fsync(temp)
        os.replace(temp, target)
    except sqlite3.Error as exc:
        raise AppError(QT_TRANSLATE_NOOP("Errors", "The database {name} cannot be backed up: {detail}"),
                       name=source.name, detail=exc) from exc
    except OSError as exc:
        raise unwritable(target, exc) from exc
    finally:
        Path(temp).unlink(missing_ok=True)


# -- PostgreSQL ---------------------------------------------------------------------------------------------------
def _server_major(url: URL) -> int:
    engine = create_db_engine(full(url))
    try:
        with engine.connect() as connection:
            return connection.dialect.server_version_info[0]
    except OperationalError as exc:
        raise DatabaseUnavailable(detail=str(exc.orig)) from exc
    finally:
        engine.dispose()


def dump_postgresql(url: URL, target: Path) -> None:
    tool = find_tool("pg_dump", _server_major(url))
    conninfo, env = libpq(url)
    try:
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        os.close(handle)
    except OSError as exc:
        raise unwritable(target, exc) from exc
    try:
        run_tool([tool, "--format=custom", "--no-owner", f"--file={temp}", f"--dbname={conninfo}"], env, target)
        _fsync(temp)
        os.replace(temp, target)
    except OSError as exc:
        raise unwritable(target, exc) from exc
    finally:
        Path(temp).unlink(missing_ok=True)


# -- files --------------------------------------------------------------------------------------------------------
def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync(path: str | Path) -> None:
    with open(path, "rb") as file:
        os.fsync(file.fileno())
