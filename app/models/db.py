"""Engine, sessions and migrations. Only the composition root (and tests) call `open_database`."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
WRITE_OPTION = "uznania_writes"  # execution option of a session's connection in a transaction that writes


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def label(self) -> str:
        """What to show a person: the file of an embedded database, else the URL without its password."""
        if self.engine.url.get_backend_name() == "sqlite" and self.engine.url.database:
            return self.engine.url.database
        return self.url


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver's own transaction handling is switched off; `_sqlite_begin` opens transactions instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()


def _sqlite_begin(connection) -> None:
    """A transaction that will write takes the write lock at its start (BEGIN IMMEDIATE) and so waits for
    another writer instead of failing half-way when its snapshot turns stale; reading ones stay deferred."""
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # Sessions are opened by background workers too, never shared between threads at once.
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _backup_sqlite(engine: Engine, revision: str) -> Path | None:
    database = engine.url.database
    if not database or database == ":memory:" or not Path(database).exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(database).with_name(f"{Path(database).name}.before-{revision}-{stamp}.bak")
    source = sqlite3.connect(database)
    try:
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    log.info("backed up %s to %s before migrating", database, target)
    return target


def migrate(engine: Engine) -> Path | None:
    """Bring the database to the newest schema. A SQLite file that already holds data is copied first;
    returns the backup's path, if one was made."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    backup = None
    if current is not None and engine.url.get_backend_name() == "sqlite":
        backup = _backup_sqlite(engine, current)
    command.upgrade(alembic_config(engine), "head")
    return backup


def open_database(url: str, *, run_migrations: bool = True) -> Database:
    engine = create_db_engine(url)
    if run_migrations:
        migrate(engine)
    return Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
