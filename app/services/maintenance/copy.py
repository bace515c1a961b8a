"""Moving a desk to another database (the embedded file to the faculty's PostgreSQL server, mostly): every table
copied in one transaction on the target, then verified row by row through checksums computed on both sides."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as day_time
from decimal import Decimal
from enum import Enum

from alembic.util import CommandError
from sqlalchemy import JSON, Connection, String, Table, Text, bindparam, cast, collate, func, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.types import TypeDecorator

from app.models import Base
from app.models.db import WRITE_OPTION, open_database
from app.services.context import DatabaseUnavailable
from app.services.errors import AppError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.maintenance.common import full, is_postgresql, is_sqlite, label, parse_url, unsupported, write_record
from app.services.progress import NO_PROGRESS, Progress

log = logging.getLogger(__name__)

CHUNK = 2_000  # rows read and inserted at a time: a million rows never sit in memory


@dataclass(frozen=True)
class TableCheck:
    name: str
    source_rows: int
    target_rows: int
    source_sha256: str
    target_sha256: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sha256 == self.target_sha256


@dataclass(frozen=True)
class CopyReport:
    source: str  # the databases, without passwords
    target: str
    tables: tuple[TableCheck, ...]
    seconds: float
    committed: bool  # False: the copy did not verify and was rolled back; the target is as it was

    @property
    def ok(self) -> bool:
        return self.committed and all(table.ok for table in self.tables)

    @property
    def rows(self) -> int:
        return sum(table.source_rows for table in self.tables)


class _Mismatch(Exception):
    def __init__(self, tables: tuple[TableCheck, ...]) -> None:
        self.tables = tables


def tables() -> list[Table]:
    """Every table of the program, parents before children (alembic_version is the migrations' own)."""
    return list(Base.metadata.sorted_tables)


def copy_database(from_url: str | URL, to_url: str | URL, progress: Progress = NO_PROGRESS, *,
                  actor: str = "system") -> CopyReport:
    """Copy every row of the database `from_url` into the empty database `to_url` (brought to the newest schema
    first), keeping primary keys, in one transaction; commit only when every table's row count and checksum agree
    on both sides. Either database may be SQLite or PostgreSQL."""
    source_url, target_url = parse_url(from_url), parse_url(to_url)
    for url in (source_url, target_url):
        if not (is_sqlite(url) or is_postgresql(url)):
            raise unsupported(url)
    if full(source_url) == full(target_url):
        raise AppError(QT_TRANSLATE_NOOP("Errors", "A database cannot be copied onto itself."))
    started = time.monotonic()
    try:
        source = open_database(full(source_url))
        try:
            target = open_database(full(target_url), run_migrations=False)
            try:
                _refuse_unless_empty(target.engine, target_url)  # before migrating: refused, it stays as it was
                target.engine.dispose()
                target = open_database(full(target_url))
                checks = _copy(source.engine, target.engine, target_url, progress, actor, label(source_url))
                committed = True
            except _Mismatch as mismatch:
                checks, committed = mismatch.tables, False
            finally:
                target.engine.dispose()
        finally:
            source.engine.dispose()
    except OperationalError as exc:
        raise DatabaseUnavailable(detail=str(exc.orig)) from exc
    except CommandError as exc:  # a database of a newer version of the program, mostly
        raise AppError(QT_TRANSLATE_NOOP("Errors", "The database cannot be brought to this program's schema: "
                                                   "{detail}"), detail=exc) from exc
    report = CopyReport(label(source_url), label(target_url), checks, time.monotonic() - started, committed)
    log.info("copied %s to %s: %d rows in %.1f s, %s", report.source, report.target, report.rows, report.seconds,
             "verified" if report.ok else "NOT verified, rolled back")
    return report


def _refuse_unless_empty(engine, url: URL, connection: Connection | None = None) -> None:
    def check(connection: Connection) -> None:
        present = set(inspect(connection).get_table_names())
        for table in tables():
            if table.name in present and connection.execute(select(text("1")).select_from(table).limit(1)).first():
                raise AppError(QT_TRANSLATE_NOOP(
                    "Errors", "The database {database} already holds data (the table {table} has rows); a desk is "
                              "copied only into an empty database."), database=label(url), table=table.name)

    if connection is not None:
        check(connection)
        return
    with engine.connect() as connection:
        check(connection)


def _copy(source_engine, target_engine, target_url: URL, progress: Progress, actor: str,
          source_label: str) -> tuple[TableCheck, ...]:
    source_options = {"isolation_level": "REPEATABLE READ"} if source_engine.dialect.name == "postgresql" else {}
    with source_engine.connect().execution_options(**source_options) as src, \
            target_engine.connect().execution_options(**{WRITE_OPTION: True}) as dst:
        with src.begin(), dst.begin():  # one snapshot of the source; one transaction on the target
            if dst.dialect.name == "postgresql":
                names = ", ".join(dst.dialect.identifier_preparer.quote(t.name) for t in tables())
                dst.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))
            _refuse_unless_empty(target_engine, target_url, dst)
            counts = {table.name: src.scalar(select(func.count()).select_from(table)) or 0 for table in tables()}
            total, done = sum(counts.values()), 0
            progress.step(0, total)
            copied = {}
            for table in tables():
                copied[table.name], done = _copy_table(src, dst, table, progress, done, total)
            if dst.dialect.name == "postgresql":
                _reset_sequences(dst)
            checks = tuple(TableCheck(table.name, copied[table.name][0], target[0], copied[table.name][1], target[1])
                           for table in tables() for target in [checksum(dst, table)])
            if not all(check.ok for check in checks):
                raise _Mismatch(checks)  # leaves both transactions: nothing of the copy stays
            write_record(dst, actor, "database.copy", source_label,
                         {"from": source_label, "to": label(target_url), "rows": total,
                          "tables": {check.name: check.source_rows for check in checks if check.source_rows}})
    return checks


def _copy_table(src: Connection, dst: Connection, table: Table, progress: Progress, done: int,
                total: int) -> tuple[tuple[int, str], int]:
    """Stream the table's rows into the target, hashing them on the way; (rows, checksum), rows done."""
    names = [column.name for column in table.columns]
    json_columns = {column.name for column in table.columns if _is_json(column)}
    # JSON values travel as the stored text: SQL NULL stays NULL and JSON null stays null
    insert = table.insert().values({name: bindparam(f"json_{name}", type_=_JSONText()) for name in json_columns})
    keys = [f"json_{name}" if name in json_columns else name for name in names]
    digest, count = hashlib.sha256(), 0
    for chunk in src.execute(_ordered(table, src), execution_options={"yield_per": CHUNK}).partitions():
        dst.execute(insert, [dict(zip(keys, row, strict=True)) for row in chunk])
        for row in chunk:
            digest.update(_canonical(names, row, json_columns))
        count += len(chunk)
        done += len(chunk)
        progress.step(done, total)
    return (count, digest.hexdigest()), done


def checksum(connection: Connection, table: Table) -> tuple[int, str]:
    """(rows, SHA-256) of the table: its rows ordered by primary key, each as canonical JSON."""
    names = [column.name for column in table.columns]
    json_columns = {column.name for column in table.columns if _is_json(column)}
    digest, count = hashlib.sha256(), 0
    for chunk in connection.execute(_ordered(table, connection),
                                   execution_options={"yield_per": CHUNK}).partitions():
        for row in chunk:
            digest.update(_canonical(names, row, json_columns))
        count += len(chunk)
    return count, digest.hexdigest()


def _ordered(table: Table, connection: Connection):
    """Every column (JSON ones as their text), ordered by the primary key; text keys in byte order on both
    databases, whatever the server's collation."""
    binary = "C" if connection.dialect.name == "postgresql" else "BINARY"
    columns = [cast(column, Text).label(column.name) if _is_json(column) else column for column in table.columns]
    order = [collate(column, binary) if isinstance(column.type, String) else column
             for column in table.primary_key.columns]
    return select(*columns).order_by(*order)


def _is_json(column) -> bool:
    return isinstance(column.type, JSON)


class _JSONText(TypeDecorator):
    """A JSON column's value as JSON text, passed through unchanged (cast to JSON by PostgreSQL)."""

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect):
        return None

    def result_processor(self, dialect, coltype):
        return None


_AS_THEY_ARE = frozenset({type(None), bool, int, float, str})


def _canonical(names: list[str], row, json_columns: set[str]) -> bytes:
    values = {}
    for name, value in zip(names, row, strict=True):
        if name in json_columns:
            values[name] = None if value is None else {"json": json.loads(value)}
        else:
            values[name] = value if type(value) in _AS_THEY_ARE else _plain(value)
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def _plain(value):
    """A column value the same on every database: decimals without trailing zeros, instants in UTC, bytes as hex."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, (date, day_time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return str(value)


def _reset_sequences(connection: Connection) -> None:
    """The copied rows kept their keys: the next key a sequence gives must come after them."""
    quote = connection.dialect.identifier_preparer.quote
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].type.python_type is not int:
            continue
        name, key = quote(table.name), quote(keys[0].name)
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence(:table, :column), COALESCE(MAX({key}), 1), MAX({key}) IS NOT NULL) "
            f"FROM {name}"),
            {"table": name, "column": keys[0].name})
