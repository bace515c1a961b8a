"""Backing up, restoring and moving the whole database: snapshots while the desk is in use, restores that give back
exactly what was backed up, refusals of foreign files and non-empty targets, scheduled backups, and the verified
copy of a desk to PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.models import AuditEvent, ElmoDocument, Programme
from app.models.base import Base
from app.models.db import open_database, sqlite_url
from app.services import maintenance
from app.services.context import Role
from app.services.errors import AppError, PermissionDenied
from app.services.maintenance import MaintenanceService, backup, checksum, copy_database, restore, scheduled_backup
from app.services.progress import Progress
from tests.conftest import make_services


def snapshot(database) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    with database.engine.connect() as connection:
        return {table.name: [tuple(map(repr, row)) for row in connection.execute(
            select(table).order_by(*table.primary_key.columns))] for table in Base.metadata.sorted_tables}


def counts(database) -> dict[str, int]:
    return {name: len(rows) for name, rows in snapshot(database).items()}


def actions(database) -> list[str]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def programme_codes(url: str) -> set[str]:
    connection = sqlite3.connect(url.removeprefix("sqlite:///"))
    try:
        return {row[0] for row in connection.execute("SELECT code FROM programmes")}
    finally:
        connection.close()


def needs_pg_tools(backend: str) -> None:
    if backend == "postgresql" and not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump and pg_restore are not on PATH")


# -- backup -------------------------------------------------------------------------------------------------------
def test_a_sqlite_backup_is_a_consistent_snapshot_while_another_connection_writes(db_path, tmp_path) -> None:
    url = sqlite_url(db_path)
    database = open_database(url)
    services = make_services(database)
    services.programmes.add("COMMITTED-1", "Zatwierdzony")
    assert db_path.stat().st_size <= 8192 and Path(f"{db_path}-wal").stat().st_size > 0  # still in the WAL
    writer = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO programmes (code, name_pl, name_en, level, mode, faculty) "
                   "VALUES ('UNCOMMITTED', 'x', '', '', '', '')")
    # the writer commits a moment later: the backup has taken its snapshot by then, and its audit row waits
    later = threading.Timer(0.5, lambda: writer.execute("COMMIT"))
    later.start()
    try:
        result = backup(url, tmp_path / "copy.sqlite3", actor="admin")
    finally:
        later.join()
        writer.close()
    assert programme_codes(sqlite_url(result.path)) == {"COMMITTED-1"}
    assert programme_codes(url) == {"COMMITTED-1", "UNCOMMITTED"}
    assert not Path(f"{result.path}-wal").exists() and not list(tmp_path.glob(".*.part"))  # one whole file
    assert result.size == result.path.stat().st_size and len(result.sha256) == 64
    with database.sessions() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert (event.action, event.actor, event.entity_id) == ("database.backup", "admin", "copy.sqlite3")
    assert event.after["sha256"] == result.sha256 and event.after["size"] == result.size
    database.engine.dispose()


# -- restore ------------------------------------------------------------------------------------------------------
def test_backup_change_restore_gives_back_exactly_the_backed_up_rows(database, backend, tmp_path) -> None:
    needs_pg_tools(backend)
    services = make_services(database)
    services.demo.create(students=8)
    url = database.engine.url
    before = snapshot(database)
    result = backup(url, tmp_path / ("backup.sqlite3" if backend == "sqlite" else "backup.dump"), actor="admin")
    if backend == "sqlite":
        with pytest.raises(AppError, match="is the database itself"):
            backup(url, Path(url.database))
    services.programmes.add("LATER-1", "Dodany później")
    decision = services.decisions.list()[0]
    services.decisions.extend([decision.id], decision.deadline + timedelta(days=30), "later")
    assert snapshot(database) != before

    restored = restore(url, result.path, actor="admin", safety_folder=tmp_path / "safety")
    after = snapshot(database)
    assert {k: v for k, v in after.items() if k != "audit_events"} == \
        {k: v for k, v in before.items() if k != "audit_events"}
    assert after["audit_events"][:-1] == before["audit_events"]  # the backup's own row is not in it
    assert actions(database)[-1] == "database.restore"
    assert restored.safety_copy.is_file() and restored.safety_copy.parent == tmp_path / "safety"
    with database.engine.connect() as connection:
        assert restored.revision == connection.scalar(text("SELECT version_num FROM alembic_version"))
    services.programmes.add("AFTER-1", "Po przywróceniu")  # the restored desk works; keys do not collide


def _foreign_sqlite(path: Path, revision: str | None) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    if revision is not None:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    connection.commit()
    connection.close()
    return path


def test_restore_refuses_what_is_not_a_backup_of_this_program(db_path, tmp_path) -> None:
    url = sqlite_url(db_path)
    database = open_database(url)
    make_services(database).programmes.add("KEEP-1", "Zostaje")
    before = snapshot(database)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database", encoding="utf-8")
    refusals = {
        text_file: "The file notes.txt is not a backup of an Uznania database.",
        _foreign_sqlite(tmp_path / "other.sqlite3", None): "The file other.sqlite3 is not a backup of an Uznania",
        _foreign_sqlite(tmp_path / "future.sqlite3", "9999_future"): "The backup future.sqlite3 comes from a newer "
                                                                     "version of the program",
        tmp_path / "missing.sqlite3": "missing.sqlite3 does not exist",
        db_path: "is the database itself",
    }
    for path, message in refusals.items():
        with pytest.raises(AppError, match=message.replace("(", r"\(")):
            restore(url, path, safety_folder=tmp_path / "safety")
    assert snapshot(database) == before
    assert not (tmp_path / "safety").exists() or not list((tmp_path / "safety").iterdir())  # no safety copy made
    database.engine.dispose()


def test_restore_refuses_a_file_that_is_not_a_postgresql_archive(pg_url, tmp_path) -> None:
    fake = tmp_path / "desk.dump"
    fake.write_bytes(b"SQLite format 3\x00 and more")
    with pytest.raises(AppError, match="desk.dump is not a backup of an Uznania database"):
        restore(pg_url, fake, safety_folder=tmp_path)


def test_only_the_administrator_backs_up_restores_and_copies(db_path, tmp_path) -> None:
    database = open_database(sqlite_url(db_path))
    for role in (Role.OFFICER, Role.COORDINATOR, Role.DEAN, Role.AUDITOR):
        service = MaintenanceService(make_services(database, roles={role}).ctx)
        with pytest.raises(PermissionDenied, match="it needs: administrator"):
            service.backup(tmp_path / "b.sqlite3")
        with pytest.raises(PermissionDenied):
            service.restore(tmp_path / "b.sqlite3")
        with pytest.raises(PermissionDenied):
            service.copy(sqlite_url(tmp_path / "copy.sqlite3"))
    admin = MaintenanceService(make_services(database, roles={Role.ADMIN}, login="admin").ctx)
    assert admin.database_label == str(db_path)
    assert admin.backup(tmp_path / "b.sqlite3").path.is_file()
    assert not (tmp_path / "copy.sqlite3").exists()
    database.engine.dispose()


# -- scheduled backups --------------------------------------------------------------------------------------------
def test_scheduled_backups_come_every_few_days_and_only_the_newest_are_kept(db_path, tmp_path) -> None:
    url = sqlite_url(db_path)
    database = open_database(url)
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "before-restore-20250101-120000.sqlite3").write_bytes(b"kept")  # not a scheduled one
    start = datetime(2026, 3, 1, 9, 0)
    made = []
    for day in range(6):
        for hour in (9, 15):  # a second start the same day makes no backup
            now = start + timedelta(days=day, hours=hour - 9)
            made.append(scheduled_backup(url, folder, every_days=2, keep=2, now=now, actor="admin"))
    assert [path.name if path else None for path in made] == [
        "desk-20260301-090000.sqlite3", None, None, None, "desk-20260303-090000.sqlite3", None, None, None,
        "desk-20260305-090000.sqlite3", None, None, None]
    assert sorted(path.name for path in folder.iterdir()) == [
        "before-restore-20250101-120000.sqlite3", "desk-20260303-090000.sqlite3", "desk-20260305-090000.sqlite3"]
    assert scheduled_backup(url, folder, every_days=0, keep=2, now=start + timedelta(days=30)) is None
    assert scheduled_backup(url, folder, every_days=1, keep=1, now=start + timedelta(days=30)).is_file()
    assert len(list(folder.glob("desk-*.sqlite3"))) == 1
    assert actions(database).count("database.backup") == 4
    database.engine.dispose()


def test_a_failing_scheduled_backup_is_logged_and_never_raised(tmp_path, caplog) -> None:
    thread = maintenance.start_scheduled_backup(sqlite_url(tmp_path / "gone" / "desk.sqlite3"), 1, 3, "admin",
                                                folder=tmp_path / "backups")
    thread.join()
    assert "the scheduled backup failed" in caplog.text


# -- moving a desk ------------------------------------------------------------------------------------------------
def _check_copy(source, target, report) -> None:
    assert report.ok and report.committed
    expected = counts(source)
    assert {t.name: (t.source_rows, t.target_rows) for t in report.tables} == {
        name: (rows, rows) for name, rows in expected.items()}
    with source.engine.connect() as s, target.engine.connect() as t:
        for table in Base.metadata.sorted_tables:
            check = next(c for c in report.tables if c.name == table.name)
            assert checksum(s, table) == (check.source_rows, check.source_sha256)
            if table.name != "audit_events":  # the target has the copy's own row besides
                assert checksum(t, table) == (check.target_rows, check.target_sha256)
            for column in ("before", "after"):  # SQL NULL stays NULL, JSON null stays null
                query = text(f"SELECT count(*) FROM audit_events WHERE {column} IS NULL AND id <= :last")
                last = expected["audit_events"]
                assert s.scalar(query, {"last": last}) == t.scalar(query, {"last": last})
    assert actions(target) == actions(source) + ["database.copy"]
    with source.sessions() as s, target.sessions() as t:
        assert s.scalars(select(ElmoDocument.received_bytes)).all() == t.scalars(
            select(ElmoDocument.received_bytes)).all()
    assert make_services(source).decisions.list() == make_services(target).decisions.list()
    make_services(target).programmes.add("NEXT-1", "Następny")  # new keys come after the copied ones
    with target.sessions() as session:
        assert session.scalar(select(Programme.id).where(Programme.code == "NEXT-1")) == expected["programmes"] + 1


def test_a_desk_is_copied_to_postgresql_and_verified(db_path, pg_url) -> None:
    source = open_database(sqlite_url(db_path))
    make_services(source).demo.create(students=30)
    steps = []
    report = copy_database(sqlite_url(db_path), pg_url, Progress(lambda done, total: steps.append((done, total))),
                           actor="admin")
    assert steps[-1] == (report.rows, report.rows) and report.rows > 150
    target = open_database(pg_url)
    try:
        _check_copy(source, target, report)
    finally:
        target.engine.dispose()
        source.engine.dispose()


def test_a_desk_is_copied_to_another_sqlite_file(db_path, tmp_path) -> None:
    source = open_database(sqlite_url(db_path))
    make_services(source).demo.create(students=5)
    target_url = sqlite_url(tmp_path / "moved.sqlite3")
    report = copy_database(sqlite_url(db_path), target_url, actor="admin")
    target = open_database(target_url)
    _check_copy(source, target, report)
    target.engine.dispose()
    source.engine.dispose()


def test_copying_into_a_database_with_data_is_refused_and_changes_nothing(db_path, tmp_path) -> None:
    source = open_database(sqlite_url(db_path))
    make_services(source).demo.create(students=3)
    target_url = sqlite_url(tmp_path / "busy.sqlite3")
    target = open_database(target_url)
    make_services(target).programmes.add("THEIRS-1", "Cudzy")
    before = snapshot(target)
    with pytest.raises(AppError, match="already holds data"):
        copy_database(sqlite_url(db_path), target_url)
    assert snapshot(target) == before
    target.engine.dispose()
    source.engine.dispose()


def test_a_copy_that_does_not_verify_is_rolled_back_whole(db_path, tmp_path, monkeypatch) -> None:
    source = open_database(sqlite_url(db_path))
    make_services(source).demo.create(students=3)
    real = maintenance.copy.checksum

    def wrong_for_students(connection, table):
        rows, digest = real(connection, table)
        return (rows, "0" * 64) if table.name == "students" else (rows, digest)

    monkeypatch.setattr(maintenance.copy, "checksum", wrong_for_students)
    target_url = sqlite_url(tmp_path / "target.sqlite3")
    report = copy_database(sqlite_url(db_path), target_url)
    assert not report.ok and not report.committed
    assert [t.name for t in report.tables if not t.ok] == ["students"]
    target = open_database(target_url)
    assert not any(counts(target).values())  # nothing half-copied
    target.engine.dispose()
    source.engine.dispose()


def test_missing_or_old_client_tools_are_named(pg_url, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(maintenance.common, "_candidates", lambda name: [])
    with pytest.raises(AppError, match="pg_dump is not installed on this computer: install PostgreSQL's client "
                                       "tools or back up on the server."):
        backup(pg_url, tmp_path / "b.dump")
    monkeypatch.setattr(maintenance.common, "_candidates", lambda name: ["/opt/old/pg_dump"])
    monkeypatch.setattr(maintenance.common, "tool_version", lambda path: (9, 6))
    with pytest.raises(AppError, match=r"pg_dump 9.6 is older than the database server \(PostgreSQL \d+\)"):
        backup(pg_url, tmp_path / "b.dump")
    assert not list(tmp_path.iterdir())


def test_a_database_that_cannot_be_reached_is_named_as_such(db_path) -> None:
    with pytest.raises(AppError, match="The database cannot be reached"):
        copy_database(sqlite_url(db_path), "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2")
