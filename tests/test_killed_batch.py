"""A batch import killed (SIGKILL) half-way leaves a consistent database: the finished documents whole, the one in
progress absent, and the batch can simply be run again. On SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import AuditEvent, Decision, ElmoDocument, ForeignCourse
from app.models.db import open_database, sqlite_url
from app.services.batch import ALREADY, IMPORTED, returned_files
from tests.conftest import TODAY, make_services
from tests.signing import signed_elmo, signing_key

ROOT = Path(__file__).resolve().parent.parent
STUDENTS = 40
COURSES = 5  # passed courses of the Danish sample: the batch takes those


def prepare(url: str, folder: Path) -> None:
    db = open_database(url)
    try:
        services = make_services(db, login="root")
        services.programmes.add("SYN-INF-S1", "Informatyka")
        rows = "".join(f"{500000 + n};Kowalsk{'a' if n % 2 else 'i'}{n};Student;"
                       f"{date(1990, 1, 1) + timedelta(days=n)};SYN-INF-S1;erasmus\n" for n in range(STUDENTS))
        (folder / "students.csv").write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n" + rows,
                                             encoding="utf-8")
        services.student_import.apply(services.student_import.preview(folder / "students.csv"))
        services.decisions.open([str(500000 + n) for n in range(STUDENTS)], TODAY + timedelta(days=30), "5")
        key = signing_key()
        services.trust.import_file(key.write_certificate(folder))
        returned = folder / "returned"
        returned.mkdir()
        for n in range(STUDENTS):
            family = f"Kowalsk{'a' if n % 2 else 'i'}{n}"
            (returned / f"{n:03d}.xml").write_bytes(signed_elmo(key, "Student", family,
                                                                date(1990, 1, 1) + timedelta(days=n)))
    finally:
        db.engine.dispose()


def count(db, model) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def check_consistent(db) -> int:
    """Every stored document whole with its courses, its decision marked, and its import logged; nothing else."""
    with db.sessions() as session:
        documents = session.scalars(select(ElmoDocument)).all()
        for document in documents:
            assert len(document.courses) == COURSES, document.source_name  # the passed ones of the sample
        loaded = session.scalar(select(func.count()).select_from(Decision).where(
            Decision.results_loaded_at.is_not(None)))
        orphans = session.scalar(select(func.count()).select_from(ForeignCourse).where(
            ForeignCourse.document_id.is_(None)))
        imports = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "elmo.import"))
    assert loaded == len(documents) == imports and orphans == 0
    return len(documents)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def target(request, tmp_path):
    return sqlite_url(tmp_path / "desk.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")


def test_a_killed_batch_leaves_whole_documents_and_can_be_resumed(target, tmp_path) -> None:
    prepare(target, tmp_path)
    env = dict(os.environ, UZNANIA_PASSWORD="hasło administratora 1", QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    process = subprocess.Popen([sys.executable, "-m", "app", "--db", target, "--lang", "en", "--user", "root",
                                "elmo", "batch", str(tmp_path / "returned")], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = open_database(target)
    try:
        deadline = time.monotonic() + 120
        while count(db, ElmoDocument) < 3 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        done = check_consistent(db)
        assert 3 <= done < STUDENTS, "the batch was not interrupted half-way"
        services = make_services(db, login="root")
        result = services.batch.run(returned_files(tmp_path / "returned"))
        outcomes = [item.outcome for item in result.items]
        assert outcomes.count(ALREADY) == done and outcomes.count(IMPORTED) == STUDENTS - done
        assert check_consistent(db) == STUDENTS
    finally:
        if process.poll() is None:
            process.kill()
        db.engine.dispose()
