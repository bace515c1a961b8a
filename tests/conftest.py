"""Shared fixtures: a real SQLite file per test, services around it, every app directory inside tmp_path."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

# Before anything imports Qt or platformdirs: no display, and no user's real folders.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="uznania-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ.pop("UZNANIA_DB", None)

import pytest  # noqa: E402

from app.models.db import Database, open_database, sqlite_url  # noqa: E402
from app.services.context import Actor, Role, ServiceContext  # noqa: E402
from app.services.registry import Services  # noqa: E402
from app.services.users import DESK_ROLES  # noqa: E402

TODAY = date(2026, 3, 2)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def database(db_path: Path):
    db = open_database(sqlite_url(db_path))
    yield db
    db.engine.dispose()


def make_services(database: Database, roles=DESK_ROLES, login: str = "jkowalska") -> Services:
    actor = Actor(login=login, full_name=login, roles=frozenset(roles))
    return Services.create(ServiceContext(sessions=database.sessions, actor=actor, today=lambda: TODAY))


@pytest.fixture
def services(database: Database) -> Services:
    return make_services(database)


@pytest.fixture
def officer(database: Database) -> Services:
    return make_services(database, roles={Role.OFFICER}, login="officer")


@pytest.fixture
def dean(database: Database) -> Services:
    return make_services(database, roles={Role.DEAN}, login="dean")


@pytest.fixture
def seeded(services: Services) -> Services:
    """Two programmes and four students, no decisions."""
    services.programmes.add("SYN-INF-S1", "Informatyka", "Computer Science", "I stopnia", "stacjonarne")
    services.programmes.add("PRAWO-JM", "Prawo", "Law", "jednolite magisterskie", "stacjonarne")
    csv_text = (
        "Numer albumu;Nazwisko;Imiona;Data urodzenia;Kierunek;Cykl;Tryb przyjęcia;E-mail\n"
        "100001;Łódzka;Zofia;2001-05-14;SYN-INF-S1;2024/25;Erasmus+;z.lodzka@example.pl\n"
        "100002;Żółkiewski;Jędrzej Paweł;02.11.2000;SYN-INF-S1;2025/26;przeniesienie;\n"
        "100003;Nowak;Anna;1999-01-31;Prawo;2024/25;krótkoterminowy;\n"
        "100004;Wróbel;Łucja;2002-07-07;PRAWO-JM;2025/26;powrót z Erasmus+;\n"
    )
    path = Path(tempfile.mkdtemp(prefix="uznania-seed-")) / "students.csv"
    path.write_text(csv_text, encoding="utf-8")
    preview = services.student_import.preview(path)
    assert not [row for row in preview.rows if row.problems], preview.rows
    services.student_import.apply(preview)
    return services


@pytest.fixture
def url(db_path: Path) -> str:
    """The test's database for the command line."""
    return sqlite_url(db_path)


def cli(capsys, url: str, *args: str) -> tuple[int, str, str]:
    """Run a command in English on `url`; its exit code, standard output and standard error."""
    from app.__main__ import main
    code = main(["--db", url, "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err
