"""What backing up, restoring and copying share: database URLs, the migration history, PostgreSQL's client tools,
the audit row, refusals."""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, insert
from sqlalchemy.engine import URL, make_url

from app.models import AuditEvent
from app.models.db import MIGRATIONS_DIR, WRITE_OPTION
from app.services.errors import AppError
from app.services.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

ENTITY = "database"
TOOL_TIMEOUT = 6 * 3600  # seconds: a dump of a very large database is slow, a hung one is not waited for forever


def parse_url(url: str | URL) -> URL:
    return make_url(url)


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def is_postgresql(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def label(url: URL) -> str:
    """What to show a person: the file of an embedded database, else the URL without its password."""
    if is_sqlite(url) and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def full(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def sqlite_file(url: URL) -> Path:
    """The file of an embedded database, which must exist."""
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        raise AppError(QT_TRANSLATE_NOOP("Errors", "Only a database kept in a file can be backed up or restored: "
                                                   "{database}"), database=label(url))
    path = Path(url.database).expanduser()
    if not path.is_file():
        raise AppError(QT_TRANSLATE_NOOP("Errors", "The database file {name} does not exist."), name=str(path))
    return path


def unsupported(url: URL) -> AppError:
    return AppError(QT_TRANSLATE_NOOP("Errors", "Databases of the kind {kind} cannot be backed up, restored or "
                                                "copied; only SQLite and PostgreSQL."), kind=url.get_backend_name())


def stamp(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


# -- the migration history ----------------------------------------------------------------------------------------
def known_revisions() -> set[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def require_known_revision(revision: str | None, path: Path) -> str:
    if not revision:
        raise not_ours(path)
    if revision not in known_revisions():
        raise AppError(QT_TRANSLATE_NOOP(
            "Errors", "The backup {name} comes from a newer version of the program (database revision {revision}): "
                      "update the program first."), name=path.name, revision=revision)
    return revision


def not_ours(path: Path) -> AppError:
    return AppError(QT_TRANSLATE_NOOP("Errors", "The file {name} is not a backup of an Uznania database."),
                    name=path.name)


def missing_file(path: Path) -> AppError:
    return AppError(QT_TRANSLATE_NOOP("Errors", "The file {name} does not exist."), name=str(path))


def unwritable(path: Path, exc: OSError) -> AppError:
    return AppError(QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be written: {detail}"),
                    name=path.name, detail=exc.strerror or exc)


# -- the audit row ------------------------------------------------------------------------------------------------
def record(engine: Engine, actor: str, action: str, entity_id: str, after: dict, reason: str = "") -> None:
    """An audit row of its own transaction, written after the work it records succeeded."""
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection, connection.begin():
        write_record(connection, actor, action, entity_id, after, reason)


def write_record(connection, actor: str, action: str, entity_id: str, after: dict, reason: str = "") -> None:
    connection.execute(insert(AuditEvent.__table__).values(
        at=datetime.now(UTC), actor=actor, action=action, entity=ENTITY, entity_id=entity_id[:100], before=None,
        after=after, reason=reason))


# -- PostgreSQL's client tools ------------------------------------------------------------------------------------
def libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A connection URI the client tools understand, and the environment that carries the password (never the
    command line, which other users of the computer can see)."""
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False), env


def _candidates(name: str) -> list[str]:
    """The tool on PATH first, then where PostgreSQL's installers put it."""
    exe = name + (".exe" if sys.platform == "win32" else "")
    found = [shutil.which(name)]
    patterns = ["/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql@*/bin",
                "/usr/local/opt/postgresql@*/bin", "/Applications/Postgres.app/Contents/Versions/*/bin",
                r"C:\Program Files\PostgreSQL\*\bin"]
    for pattern in patterns:
        found += [str(Path(folder) / exe) for folder in glob.glob(pattern)]
    unique = []
    for path in found:
        if path and Path(path).is_file() and path not in unique:
            unique.append(path)
    return unique


def tool_version(path: str) -> tuple[int, int]:
    """(major, minor) from `pg_dump --version`: "pg_dump (PostgreSQL) 16.4 (Debian 16.4-1)"."""
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return (0, 0)
    found = re.search(r"(\d+)(?:\.(\d+))?", out.split(")", 1)[-1] if ")" in out else out)
    return (int(found.group(1)), int(found.group(2) or 0)) if found else (0, 0)


def find_tool(name: str, server_major: int | None = None) -> str:
    """The client tool `name`: the one on PATH when new enough for the server, else the newest installed one."""
    candidates = _candidates(name)
    if not candidates:
        if name == "pg_dump":
            raise AppError(QT_TRANSLATE_NOOP(
                "Errors", "pg_dump is not installed on this computer: install PostgreSQL's client tools or back up "
                          "on the server."))
        raise AppError(QT_TRANSLATE_NOOP(
            "Errors", "pg_restore is not installed on this computer: install PostgreSQL's client tools or restore "
                      "on the server."))
    if server_major is None:
        return candidates[0]
    versions = {path: tool_version(path) for path in candidates}
    if versions[candidates[0]][0] >= server_major:
        return candidates[0]
    newest = max(candidates, key=lambda path: versions[path])
    if versions[newest][0] >= server_major:
        return newest
    raise AppError(QT_TRANSLATE_NOOP(
        "Errors", "{tool} {version} is older than the database server (PostgreSQL {server}) and cannot back it up: "
                  "install PostgreSQL's client tools of version {server} or newer."),
        tool=name, version=".".join(map(str, versions[newest])), server=server_major)


def run_tool(args: list[str], env: dict[str, str], what: Path) -> subprocess.CompletedProcess:
    """Run a client tool; its complaint, if it fails, becomes the error's detail."""
    log.info("running %s", " ".join(args[:1] + [a for a in args[1:] if not a.startswith("--dbname")]))
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=TOOL_TIMEOUT)
    except (OSError, subprocess.SubprocessError) as exc:
        raise AppError(QT_TRANSLATE_NOOP("Errors", "{tool} failed on {name}: {detail}"),
                       tool=Path(args[0]).stem, name=what.name, detail=exc) from exc
    if done.returncode != 0:
        detail = " ".join(done.stderr.strip().splitlines()[-5:]) or f"exit code {done.returncode}"
        raise AppError(QT_TRANSLATE_NOOP("Errors", "{tool} failed on {name}: {detail}"),
                       tool=Path(args[0]).stem, name=what.name, detail=detail)
    return done
