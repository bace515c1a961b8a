"""Restoring a backup over the whole database: the backup is checked to be one of this program's first, the
database as it is is saved, then the backup replaces it and is brought to the newest schema."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL

from app.models import Base
from app.models.db import create_db_engine, open_database
from app.services.errors import AppError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.maintenance.backup import (
    backups_folder,
    dump_postgresql,
    file_sha256,
    itself,
    read_only,
    snapshot_sqlite,
)
from app.services.maintenance.common import (
    find_tool,
    full,
    is_postgresql,
    is_sqlite,
    label,
    libpq,
    missing_file,
    not_ours,
    parse_url,
    record,
    require_known_revision,
    run_tool,
    sqlite_file,
    stamp,
    unsupported,
    unwritable,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
PG_ARCHIVE_HEADER = b"PGDMP"


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    revision: str  # the schema revision the backup was made at; the database is now at the newest
    safety_copy: Path  # the database as it was just before


def restore(database_url: str | URL, source: Path, *, actor: str = "system",
            safety_folder: Path | None = None) -> RestoreResult:
    """Replace the whole database with the backup `source`, after a safety copy of it as it is
    (`safety_folder`, by default the backups folder in the data directory); then bring it to the newest schema
    and record the restore in its audit log."""
    url = parse_url(database_url)
    source = Path(source).expanduser()
    if not source.is_file():
        raise missing_file(source)
    folder = safety_folder or backups_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise unwritable(folder, exc) from exc
    if is_sqlite(url):
        live = sqlite_file(url)
        revision = _sqlite_revision(source)
        if source.resolve() == live.resolve():
            raise itself(source)
        safety = folder / f"before-restore-{stamp()}.sqlite3"
        snapshot_sqlite(live, safety)
        _sqlite_copy_into(source, live)
    elif is_postgresql(url):
        tool, archive_tables, revision = _pg_archive(source)
        safety = folder / f"before-restore-{stamp()}.dump"
        dump_postgresql(url, safety)
        _drop_tables_the_archive_lacks(url, archive_tables)
        conninfo, env = libpq(url)
        run_tool([tool, "--clean", "--if-exists", "--no-owner", "--single-transaction", f"--dbname={conninfo}",
                  str(source)], env, source)
    else:
        raise unsupported(url)
    database = open_database(full(url))  # a backup of an older version is brought to the newest schema
    try:
        record(database.engine, actor, "database.restore", source.name,
               {"file": source.name, "path": str(source), "sha256": file_sha256(source), "revision": revision,
                "safety_copy": str(safety)})
    finally:
        database.engine.dispose()
    log.info("restored %s from %s (safety copy %s)", label(url), source, safety)
    return RestoreResult(source, revision, safety)


# -- SQLite -------------------------------------------------------------------------------------------------------
def _sqlite_revision(path: Path) -> str:
    """The schema revision of an Uznania SQLite file; refuses any other file, and a damaged one."""
    try:
        with open(path, "rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise not_ours(path)
        connection = read_only(path)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                raise not_ours(path)
            revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
            problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise AppError(QT_TRANSLATE_NOOP("Errors", "The backup {name} cannot be read: {detail}"),
                       name=path.name, detail=exc) from exc
    except OSError as exc:
        raise AppError(QT_TRANSLATE_NOOP("Errors", "The backup {name} cannot be read: {detail}"),
                       name=path.name, detail=exc.strerror or exc) from exc
    if problems != ["ok"]:
        raise AppError(QT_TRANSLATE_NOOP("Errors", "The backup {name} is damaged: {detail}"),
                       name=path.name, detail="; ".join(map(str, problems[:5])))
    return require_known_revision(revisions[0] if len(revisions) == 1 else None, path)


def _sqlite_copy_into(source: Path, live: Path) -> None:
    """Replace the content of the live database file with the backup's, page by page, under SQLite's locks."""
    try:
        origin = read_only(source)
        try:
            destination = sqlite3.connect(live)
            try:
                destination.execute("PRAGMA busy_timeout=15000")
                origin.backup(destination)
            finally:
                destination.close()
        finally:
            origin.close()
    except sqlite3.Error as exc:
        raise AppError(QT_TRANSLATE_NOOP("Errors", "The backup {name} cannot be restored: {detail}"),
                       name=source.name, detail=exc) from exc


# -- PostgreSQL ---------------------------------------------------------------------------------------------------
def _pg_archive(source: Path) -> tuple[str, set[str], str]:
    """pg_restore, the tables of the archive `source`, and its schema revision; refuses any other file."""
    try:
        with open(source, "rb") as file:
            if file.read(len(PG_ARCHIVE_HEADER)) != PG_ARCHIVE_HEADER:
                raise not_ours(source)
    except OSError as exc:
        raise AppError(QT_TRANSLATE_NOOP("Errors", "The backup {name} cannot be read: {detail}"),
                       name=source.name, detail=exc.strerror or exc) from exc
    tool = find_tool("pg_restore")
    env = dict(os.environ)
    listing = run_tool([tool, "--list", str(source)], env, source).stdout
    tables = {match.group(1) for match in re.finditer(r"^\d+; \d+ \d+ TABLE \S+ (\S+) ", listing, re.MULTILINE)}
    if "alembic_version" not in tables:
        raise not_ours(source)
    data = run_tool([tool, "--data-only", "--table=alembic_version", "--file=-", str(source)], env, source).stdout
    lines = data.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("COPY ") and "alembic_version" in line]
    values = []
    if starts:
        for line in lines[starts[0] + 1:]:
            if line == "\\.":
                break
            values.append(line.strip())
    return tool, tables, require_known_revision(values[0] if len(values) == 1 else None, source)


def _drop_tables_the_archive_lacks(url: URL, archive_tables: set[str]) -> None:
    """A backup from an older version lacks the tables later versions added; left in place they would hold on to
    the tables the restore replaces, and the migration would find them already there."""
    ours = {table.name for table in Base.metadata.sorted_tables} | {"alembic_version"}
    engine = create_db_engine(full(url))
    try:
        with engine.begin() as connection:
            extra = sorted((set(inspect(connection).get_table_names()) & ours) - archive_tables)
            for name in extra:
                log.info("dropping %s, which the backup does not have", name)
                connection.execute(text(f"DROP TABLE IF EXISTS {connection.dialect.identifier_preparer.quote(name)} "
                                        "CASCADE"))
    finally:
        engine.dispose()
