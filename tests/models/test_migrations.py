from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from app.models import Base
from app.models import db as db_module
from app.models.db import create_db_engine, current_revision, head_revision, migrate, open_database, sqlite_url


def test_empty_database_migrates_to_head_and_matches_the_models(db_path) -> None:
    engine = create_db_engine(sqlite_url(db_path))
    assert migrate(engine) is None  # nothing to back up in a new file
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    assert set(inspect(engine).get_table_names()) >= {"students", "decisions", "audit_events", "programmes"}
    engine.dispose()


@pytest.mark.sqlite
def test_sqlite_runs_with_wal_and_foreign_keys(database) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_file_with_data_is_copied_before_migrating(db_path, monkeypatch) -> None:
    db = open_database(sqlite_url(db_path))
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO programmes (code, name_pl, name_en, level, mode, faculty) "
                                "VALUES ('P', 'Prawo', '', '', '', '')"))
    db.engine.dispose()
    # pretend the file was made by an older version of the program
    monkeypatch.setattr(db_module, "current_revision", lambda engine: "0000")
    engine = create_db_engine(sqlite_url(db_path))
    backup = migrate(engine)
    engine.dispose()
    assert backup is not None and backup.exists() and backup.name.startswith("desk.sqlite3.before-0000-")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name_pl FROM programmes").fetchall() == [("Prawo",)]


def test_audit_log_is_append_only(database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO audit_events (at, actor, action, entity, entity_id, reason) "
                                "VALUES ('2026-01-01 10:00:00', 'a', 'x', 'student', '1', '')"))
    for statement in ("UPDATE audit_events SET actor = 'b'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"):  # SQLite: IntegrityError, PostgreSQL: P0001
            with database.engine.begin() as connection:
                connection.execute(text(statement))


def test_no_column_of_an_audit_row_can_be_changed_and_no_row_deleted(database) -> None:
    insert = ("INSERT INTO audit_events (at, actor, action, entity, entity_id, before, after, reason) VALUES "
              "('2026-01-01 10:00:00', 'a', 'student.update', 'student', '1', '{\"n\": \"Lodzka\"}', "
              "'{\"n\": \"Łódzka\"}', 'poprawka'), "
              "('2026-01-02 10:00:00', 'b', 'decision.move', 'decision', '2', NULL, NULL, '')")
    with database.engine.begin() as connection:
        connection.execute(text(insert))
    everything = text("SELECT id, at, actor, action, entity, entity_id, before, after, reason FROM audit_events "
                      "ORDER BY id")
    with database.engine.connect() as connection:
        original = connection.execute(everything).all()
    changes = {"id": "id + 100", "at": "'2030-01-01 00:00:00'", "actor": "'x'", "action": "'x'", "entity": "'x'",
               "entity_id": "'x'", "before": "NULL", "after": "'{}'", "reason": "'changed'"}
    statements = [f"UPDATE audit_events SET {column} = {value} WHERE id = {original[0].id}"
                  for column, value in changes.items()]
    statements += ["UPDATE audit_events SET reason = reason", f"DELETE FROM audit_events WHERE id = {original[1].id}",
                   "DELETE FROM audit_events"]
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"):  # SQLite: IntegrityError, PostgreSQL: P0001
            with database.engine.begin() as connection:
                connection.execute(text(statement))
    with database.engine.connect() as connection:
        assert connection.execute(everything).all() == original
