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


# -- the database: a SQLite file, and for the service and model tests a PostgreSQL database as well ---------------
PG_URL = os.environ.get("UZNANIA_TEST_PG", "")
CORE = (Path(__file__).parent / "services", Path(__file__).parent / "models")
NO_POSTGRES = ("PostgreSQL tests skipped: no server given. `bash scripts/test` starts one; or set UZNANIA_TEST_PG "
               "to a postgresql+psycopg:// URL of a server where databases may be created.")


@pytest.fixture
def backend() -> str:
    """Which database a test runs on; the service and model tests are parametrised over both."""
    return "sqlite"


def pytest_generate_tests(metafunc) -> None:
    definitions = getattr(metafunc, "_arg2fixturedefs", {}).get("database")
    uses_ours = bool(definitions) and definitions[-1].func.__code__.co_filename == __file__  # not a module's own
    own_args = set(metafunc.definition.function.__code__.co_varnames[
        :metafunc.definition.function.__code__.co_argcount])
    core = any(parent in Path(str(metafunc.definition.path)).parents for parent in CORE)
    sqlite_only = metafunc.definition.get_closest_marker("sqlite") is not None
    # a command line or a file of its own is SQLite's
    if uses_ours and core and not sqlite_only and not own_args & {"url", "db_path", "capsys"}:
        metafunc.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])


def _admin_engine():
    from sqlalchemy import create_engine
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


def _pg_database_url(name: str) -> str:
    from sqlalchemy.engine import make_url
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_template() -> str:
    """A database migrated to head once per test session; every test gets a copy of it."""
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI runs the PostgreSQL tests: UZNANIA_TEST_PG is not set")
        pytest.skip(NO_POSTGRES)
    from sqlalchemy import text
    name = f"uznania_template_{os.getpid()}"
    admin = _admin_engine()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
    db = open_database(_pg_database_url(name))
    db.engine.dispose()
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_url(pg_template: str):
    """The URL of a fresh PostgreSQL database at head, dropped after the test."""
    import uuid

    from sqlalchemy import text
    name = f"uznania_test_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    yield _pg_database_url(name)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def database(db_path: Path, backend: str, request):
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else sqlite_url(db_path)
    db = open_database(url)
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
