"""The desk on PostgreSQL at the size of a faculty: 50,000 students, 100,000 decisions in every state, 1,000,000
foreign courses. Opening the decisions page (every decision as a DTO) and filtering it must each take under 1 s;
opening one decision's page is reported.

The database is built once on the server of `UZNANIA_TEST_PG` (`eval "$(bash scripts/postgres)"`) and kept, named
after its size and a hash of the schema's migrations and of the generator (`uznania_scale_50000s_<key>`); a stale
one is dropped. Rows are generated in Python and loaded with COPY into an empty database that `open_database`
migrated, then VACUUM ANALYZE.

    python benchmarks/postgres_scale.py [--students 50000] [--runs 5] [--rebuild] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import inspect
import json
import os
import pstats
import random
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import ROOT, median, percentile, sandbox_this_process, table, verdict  # noqa: E402

STUDENTS = 50_000
DECISIONS_PER_STUDENT = 2  # 100,000 decisions
COURSES_PER_DECISION = 10  # on average: 1,000,000 foreign courses
TARGET_S = 1.0
PREFIX = "uznania_scale_"
ROLES_OF_THE_DESK = ("officer", "coordinator", "dean")


# -- the server --------------------------------------------------------------------------------------------------
def server_url() -> str:
    url = os.environ.get("UZNANIA_TEST_PG", "")
    if not url:
        raise SystemExit('No PostgreSQL server: run `eval "$(bash scripts/postgres)"` first (it sets UZNANIA_TEST_PG '
                         "to a postgresql+psycopg:// URL of a server where databases may be created).")
    return url


def database_url(name: str) -> str:
    from sqlalchemy.engine import make_url
    return make_url(server_url()).set(database=name).render_as_string(hide_password=False)


def admin_engine():
    from sqlalchemy import create_engine
    return create_engine(server_url(), isolation_level="AUTOCOMMIT")


def databases(prefix: str) -> list[str]:
    from sqlalchemy import text
    engine = admin_engine()
    try:
        with engine.connect() as connection:
            return list(connection.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"),
                                           {"p": prefix.replace("_", r"\_") + "%"}).scalars())
    finally:
        engine.dispose()


def admin(*statements: str) -> None:
    from sqlalchemy import text
    engine = admin_engine()
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


# -- the generator (its source is part of the cache key) ---------------------------------------------------------
STATES = ["open", "submitted", "in_review", "approved", "returned", "cancelled", "open", "open", "approved"]
PATHS = {"open": [], "submitted": ["submitted"], "in_review": ["submitted", "in_review"],
         "approved": ["submitted", "in_review", "approved"], "returned": ["submitted", "in_review", "returned"],
         "cancelled": ["cancelled"]}
COMMENTS = {"returned": "Brak podpisanego Learning Agreement — proszę uzupełnić.",
            "cancelled": "Student zrezygnował z uznania."}
# host institution, country, course code prefix, grading scheme
HOSTS = [("Københavns Universitet", "DK", "KU", "DK-7"), ("Aarhus Universitet", "DK", "AU", "DK-7"),
         ("Danmarks Tekniske Universitet", "DK", "DTU", "DK-7"), ("Syddansk Universitet", "DK", "SDU", "DK-7"),
         ("Università di Bologna", "IT", "UNIBO", "IT-30"), ("Sapienza Università di Roma", "IT", "UNIRO", "IT-30"),
         ("Università degli Studi di Padova", "IT", "UNIPD", "IT-30"),
         ("Politecnico di Milano", "IT", "POLIMI", "IT-30")]
GRADES = {"DK-7": [("12", "5.0"), ("10", "4.5"), ("7", "4.0"), ("4", "3.5"), ("02", "3.0")],
          "IT-30": [("30", "5.0"), ("29", "4.5"), ("28", "4.5"), ("27", "4.0"), ("26", "4.0"), ("25", "3.5"),
                    ("24", "3.5"), ("22", "3.0"), ("20", "3.0"), ("18", "3.0")]}
CODES_PER_HOST = 300
WORDS_PL = ["Analiza", "Algebra", "Programowanie", "Bazy danych", "Sieci", "Systemy", "Grafika", "Inżynieria",
            "Metody", "Teoria", "Podstawy", "Projektowanie", "Bezpieczeństwo", "Sztuczna inteligencja", "Statystyka"]
WORDS_EN = ["Analysis", "Algebra", "Programming", "Databases", "Networks", "Systems", "Graphics", "Engineering",
            "Methods", "Theory", "Fundamentals", "Design", "Security", "Artificial Intelligence", "Statistics"]
TAILS = ["I", "II", "III", "advanced", "applied", "of software", "of data", "of computation", "distributed", "mobile"]
SEMESTER_ECTS = [6, 5, 4, 4, 3, 3, 3, 2]  # eight courses, 30 ECTS a semester
GRID_YEAR = "2025/26"
ACTOR = "dziekanat"


def _at(day: date, hour: int = 10) -> datetime:
    """Naive UTC, as the columns hold it."""
    return datetime(day.year, day.month, day.day, hour)


def generate(students: int, today: date, seed: int = 2026) -> list[tuple[str, list[str], list[tuple]]]:
    """Every row of the faculty, table by table in the order they may be loaded: (table, columns, rows)."""
    from app.services.demo import COHORTS, FAMILY, FEMALE, KINDS, MALE, PROGRAMMES

    rng = random.Random(seed)
    now = _at(today, 8)
    programmes = [(n, code, pl, en, level, mode, faculty)
                  for n, (code, pl, en, level, mode, faculty) in enumerate(PROGRAMMES, 1)]
    grid: dict[tuple[int, int], list[tuple]] = {}
    courses = []
    for programme_id, code, *_ in programmes:
        for semester in range(1, 15):
            for k, ects in enumerate(SEMESTER_ECTS):
                word, tail = (semester * 8 + k) % len(WORDS_PL), TAILS[(semester + k) % len(TAILS)]
                row = (len(courses) + 1, programme_id, GRID_YEAR, semester, f"{code}-{semester:02d}{k}",
                       f"{WORDS_PL[word]} {tail}", f"{WORDS_EN[word]} {tail}", Decimal(ects), 30,
                       "ZAL" if k == 7 else ("E" if k % 2 == 0 else "ZO"), True, "", "0613")
                courses.append(row)
                grid.setdefault((programme_id, semester), []).append(row)

    people, decisions, history, audit, documents, foreign, lines, line_foreign, line_home, references = (
        [], [], [], [], [], [], [], [], [], [])
    kinds = [k.value for k in KINDS]
    number = 0
    previous_count = 0
    for index in range(students):
        female = rng.random() < 0.55
        given = rng.choice(FEMALE if female else MALE)
        if rng.random() < 0.2:
            given += " " + rng.choice(FEMALE if female else MALE)
        family = rng.choice(FAMILY)[1 if female else 0]
        programme_id = rng.randrange(len(programmes)) + 1
        album = str(100000 + index * 7 + rng.randrange(7))
        birth = date(rng.randint(1997, 2006), rng.randint(1, 12), rng.randint(1, 28))
        student_id = index + 1
        people.append((student_id, album, given, family, birth, f"{album}@student.uni.example.pl", programme_id,
                       rng.choice(COHORTS), rng.choice(kinds), "", now, now))
        for offset in range(DECISIONS_PER_STUDENT):
            number += 1
            decision_id = number
            state = STATES[(number - 1) % len(STATES)]
            created = today - timedelta(days=rng.randint(20, 120))
            deadline = (today - timedelta(days=rng.randint(1, 25)) if rng.random() < 0.25
                        else today + timedelta(days=rng.randint(0, 60)))
            semester = 3 + 4 * offset + rng.randrange(4)
            history.append((len(history) + 1, decision_id, _at(created), ACTOR, None, "open", deadline, ""))
            audit.append((len(audit) + 1, _at(created), ACTOR, "decision.open", "decision", str(decision_id), None,
                          json.dumps({"number": f"UZN/{today.year}/{number:05d}", "album_number": album,
                                      "semesters": str(semester), "state": "open",
                                      "web_deadline": deadline.isoformat(), "comment": ""}), ""))
            before, day = "open", created
            for step in PATHS[state]:
                day = min(today, day + timedelta(days=rng.randint(1, 6)))
                comment = COMMENTS.get(step, "")
                history.append((len(history) + 1, decision_id, _at(day), ACTOR, before, step,
                                deadline if step == "returned" else None, comment))
                audit.append((len(audit) + 1, _at(day), ACTOR, "decision.move", "decision", str(decision_id),
                              json.dumps({"state": before, "web_deadline": deadline.isoformat()}),
                              json.dumps({"state": step, "web_deadline": deadline.isoformat()}), comment))
                before = step
            loaded = _at(created + timedelta(days=1)) if state in ("submitted", "in_review", "approved") else None
            approved = state == "approved"
            decisions.append((decision_id, f"UZN/{today.year}/{number:05d}", student_id, programme_id,
                              str(semester), GRID_YEAR, state, deadline, "", loaded, _at(created), ACTOR,
                              _at(day) if approved else None, ACTOR if approved else None, 0,
                              1 + len(PATHS[state])))
            # foreign courses: 5 to 15, two decisions in a row always 20, so exactly 10 on average
            count = rng.randint(5, 15) if number % 2 else 20 - previous_count
            previous_count = count
            host, country, prefix, scheme = rng.choice(HOSTS)
            document_id = None
            if loaded is not None:
                document_id = len(documents) + 1
                body = f"<elmo><learner>{family} {given}</learner><decision>{decision_id}</decision></elmo>".encode()
                digest = hashlib.sha256(body).hexdigest()
                documents.append((document_id, decision_id, body, digest, digest, f"elmo-{album}.xml", "file",
                                  "elmo", "1.7", loaded, loaded, ACTOR, host, country, f"{given} {family}", birth,
                                  "valid", "rsa-sha256", "", None, loaded, "match", "", "[]", None, ""))
            with_lines = state in ("in_review", "approved")
            home = grid[(programme_id, semester)]
            for k in range(count):
                course_id = len(foreign) + 1
                code_number = rng.randrange(CODES_PER_HOST)
                word, tail = code_number % len(WORDS_EN), TAILS[(code_number // len(WORDS_EN)) % len(TAILS)]
                title = f"{WORDS_EN[word]} {tail}"
                grade, home_grade = rng.choice(GRADES[scheme])
                ects = Decimal(rng.choice(["5", "6", "7.5", "4", "3"]))
                host_code = f"{prefix}-{code_number:04d}"
                foreign.append((course_id, decision_id, document_id, f"los-{k}" if document_id else "", host, host_code,
                                title, "en", json.dumps([{"text": title, "lang": "en"}]), "", ects, grade, scheme,
                                scheme, "passed", created - timedelta(days=30), "2025/26 winter", "en", "", "",
                                "[]", _at(created)))
                if not with_lines:
                    continue
                line_id = len(lines) + 1
                target = home[k % len(home)]
                graded = approved or k % 2 == 0
                lines.append((line_id, decision_id, "similarity", "accepted", 80.0, "", _at(created), ACTOR,
                              home_grade if graded else "", None, home_grade if graded else "",
                              "table" if graded else "", "", ACTOR if graded else None,
                              _at(created) if graded else None, "approved" if approved else "pending", "",
                              ACTOR if approved else None, _at(day) if approved else None, 1))
                line_foreign.append((line_id, course_id))
                line_home.append((line_id, target[0]))
                if approved:
                    references.append((len(references) + 1, decision_id, programme_id, GRID_YEAR, host, host_code,
                                       title, ects, scheme, grade, target[4], home_grade, "table", True, _at(day)))
    return [
        ("programmes", ["id", "code", "name_pl", "name_en", "level", "mode", "faculty"], programmes),
        ("curriculum_courses", ["id", "programme_id", "academic_year", "semester", "code", "name_pl", "name_en",
                                "ects", "hours", "form_of_credit", "obligatory", "grade_type", "isced"], courses),
        ("students", ["id", "album_number", "given_names", "family_name", "birth_date", "email", "programme_id",
                      "cohort", "admission_kind", "esi", "created_at", "updated_at"], people),
        ("decisions", ["id", "number", "student_id", "programme_id", "semesters", "academic_year", "state",
                       "web_deadline", "comment", "results_loaded_at", "created_at", "created_by", "approved_at",
                       "approved_by", "amendments", "version"], decisions),
        ("decision_state_changes", ["id", "decision_id", "at", "actor", "from_state", "to_state", "deadline",
                                    "comment"], history),
        ("elmo_documents", ["id", "decision_id", "received_bytes", "sha256", "content_sha256", "source_name",
                            "transport", "format", "version", "generated_at", "received_at", "imported_by", "issuer",
                            "issuer_country", "learner_name", "learner_birth_date", "signature_status",
                            "signature_algorithm", "signer_fingerprint", "trusted_emp_id", "verified_at",
                            "identity_status", "identity_reason", "warnings", "reverified_at", "reverified_status"],
         documents),
        ("foreign_courses", ["id", "decision_id", "document_id", "source_key", "host_institution", "host_code",
                             "title", "title_lang", "titles", "title_pl", "ects", "original_grade", "grading_scheme",
                             "scheme_code", "status", "result_date", "academic_term", "language", "hours", "isced",
                             "distribution", "created_at"], foreign),
        ("recognition_lines", ["id", "decision_id", "origin", "status", "score", "note", "created_at", "created_by",
                               "suggested_grade", "suggestion", "grade", "grade_method", "justification",
                               "graded_by", "graded_at", "review", "review_note", "reviewed_by", "reviewed_at",
                               "version"], lines),
        ("recognition_line_foreign_courses", ["line_id", "foreign_course_id"], line_foreign),
        ("recognition_line_home_courses", ["line_id", "curriculum_course_id"], line_home),
        ("reference_cases", ["id", "decision_id", "programme_id", "academic_year", "host_institution", "host_code",
                             "host_title", "foreign_ects", "scheme_code", "original_grade", "home_codes",
                             "home_grade", "method", "single", "approved_at"], references),
        ("audit_events", ["id", "at", "actor", "action", "entity", "entity_id", "before", "after", "reason"], audit),
        ("counters", ["name", "value"], [(f"decision:{today.year}", number)]),
    ]


def load(url: str, tables: list[tuple[str, list[str], list[tuple]]]) -> dict[str, int]:
    """COPY every table through the raw psycopg connection in one transaction, then move the id sequences on."""
    from sqlalchemy import create_engine
    engine = create_engine(url)
    counts = {}
    try:
        raw = engine.raw_connection()
        try:
            connection = raw.driver_connection
            with connection.cursor() as cursor:
                for name, columns, rows in tables:
                    started = time.monotonic()
                    with cursor.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
                    counts[name] = len(rows)
                    print(f"  {name:34} {len(rows):>9,} rows in {time.monotonic() - started:5.1f} s", flush=True)
                    if columns[0] == "id":
                        cursor.execute(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                       f"(SELECT coalesce(max(id), 1) FROM {name}))")
            connection.commit()
        finally:
            raw.close()
    finally:
        engine.dispose()
    return counts


def finish(url: str) -> None:
    """What the deanery sets up through the program: the demo conversion table of the Danish scale."""
    from app.models.db import open_database
    from app.services.catalogue import GradingCatalogue
    from app.services.context import Actor, Role, ServiceContext

    db = open_database(url)
    try:
        ctx = ServiceContext(db.sessions, Actor("admin", "Administrator", frozenset(Role)))
        GradingCatalogue(ctx).import_tables(ROOT / "resources" / "demo" / "tabela-dk-7.csv",
                                            valid_from=date(2020, 1, 1), source="resources/demo/tabela-dk-7.csv")
    finally:
        db.engine.dispose()


# -- the cache ---------------------------------------------------------------------------------------------------
def cache_key(students: int) -> str:
    """Changes with the size, the schema's migrations, the demo name lists and this generator."""
    digest = hashlib.sha1(f"{students}:{DECISIONS_PER_STUDENT}".encode())
    for path in [ROOT / "app" / "services" / "demo.py", ROOT / "resources" / "demo" / "tabela-dk-7.csv",
                 *sorted((ROOT / "app" / "models" / "migrations" / "versions").glob("*.py"))]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for part in (generate, load, finish, STATES, PATHS, HOSTS, GRADES, SEMESTER_ECTS):
        digest.update((inspect.getsource(part) if callable(part) else repr(part)).encode())
    return digest.hexdigest()[:10]


def database_name(students: int) -> str:
    return f"{PREFIX}{students}s_{cache_key(students)}"


def ensure_scale_database(students: int = STUDENTS, rebuild: bool = False) -> str:
    """The name of the cached faculty database on the server, built when missing (a few minutes for 50,000
    students). Never written to by the benchmarks: copy it (CREATE DATABASE … TEMPLATE) to change anything."""
    name = database_name(students)
    present = databases(f"{PREFIX}{students}s_")
    if name in present and not rebuild:
        return name
    for stale in present:  # an older schema or generator, a failed build, or --rebuild
        admin(f'DROP DATABASE IF EXISTS "{stale}" WITH (FORCE)')
    partial = f"{name}_build"
    print(f"building {name}: {students:,} students, {students * DECISIONS_PER_STUDENT:,} decisions, "
          f"~{students * DECISIONS_PER_STUDENT * COURSES_PER_DECISION:,} foreign courses…", flush=True)
    started = time.monotonic()
    admin(f"CREATE DATABASE \"{partial}\" ENCODING 'UTF8' TEMPLATE template0")
    from app.models.db import open_database
    open_database(database_url(partial)).engine.dispose()  # migrated to head, empty
    tables = generate(students, date.today())
    print(f"  generated in {time.monotonic() - started:.1f} s", flush=True)
    load(database_url(partial), tables)
    del tables
    finish(database_url(partial))
    from sqlalchemy import create_engine, text
    engine = create_engine(database_url(partial), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text("VACUUM (ANALYZE)"))
    finally:
        engine.dispose()
    admin(f'ALTER DATABASE "{partial}" RENAME TO "{name}"')
    print(f"  built in {time.monotonic() - started:.1f} s", flush=True)
    return name


# -- measuring ---------------------------------------------------------------------------------------------------
def timed(action: Callable[[], object], runs: int, warmup: int = 1) -> tuple[list[float], object]:
    """Seconds of each run after the warm-up ones, and the last result."""
    result, timings = None, []
    for number in range(warmup + runs):
        started = time.perf_counter()
        result = action()
        if number >= warmup:
            timings.append(time.perf_counter() - started)
    return timings, result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}" if seconds < 0.01 else f"{seconds * 1000:.0f}"


def figures(label: str, timings: list[float], rows: object, target: float | None) -> list[str]:
    p50, p95 = median(timings), percentile(timings, 0.95)
    return [label, str(rows), ms(p50), ms(p95), ms(max(timings)),
            f"< {target * 1000:g} ms" if target else "", verdict(p95 < target) if target else ""]


def typing(model, text: str, runs: int) -> tuple[list[float], int]:
    """Each keystroke of `text` as the page handles it (set_filter, then the overdue count of the label), after
    clearing the field; returns every keystroke's seconds and the rows left."""
    timings = []
    for _ in range(runs):
        model.set_filter(search="")
        for n in range(1, len(text) + 1):
            started = time.perf_counter()
            model.set_filter(search=text[:n])
            model.count_visible(lambda row: row.overdue)
            timings.append(time.perf_counter() - started)
    return timings, model.rowCount()


def filtered(model, predicate, runs: int) -> tuple[list[float], int]:
    """A filter combo changed on the page: a predicate over the loaded rows (as `DecisionsPage.apply_filter`)."""
    timings = []
    for _ in range(runs):
        model.set_filter(search="", predicate=None)
        started = time.perf_counter()
        model.set_filter(predicate=predicate)
        model.count_visible(lambda row: row.overdue)
        timings.append(time.perf_counter() - started)
    left = model.rowCount()
    model.set_filter(predicate=None)
    return timings, left


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=STUDENTS)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each measure (default 5)")
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--profile", action="store_true", help="also print where one list() call spends its time")
    args = parser.parse_args()
    sandbox_this_process()  # before anything imports Qt or the app

    name = ensure_scale_database(args.students, args.rebuild)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from app.models import DecisionState
    from app.models.db import open_database
    from app.services.context import Actor, Role, ServiceContext
    from app.services.registry import Services
    from app.ui.table_models import DecisionsModel

    app = QApplication([])  # noqa: F841 - the model's fonts need one
    db = open_database(database_url(name))
    services = Services.create(ServiceContext(db.sessions, Actor("bench", "Benchmark",
                                                                 frozenset(Role(r) for r in ROLES_OF_THE_DESK))))
    with db.engine.connect() as connection:
        counts = connection.execute(text(
            "SELECT (SELECT count(*) FROM students), (SELECT count(*) FROM decisions), "
            "(SELECT count(*) FROM foreign_courses), (SELECT count(*) FROM recognition_lines), "
            "(SELECT count(*) FROM decisions WHERE state IN ('open', 'returned') AND web_deadline < current_date "
            "AND results_loaded_at IS NULL), "
            "(SELECT id FROM decisions d WHERE state = 'in_review' ORDER BY "
            " abs((SELECT count(*) FROM foreign_courses f WHERE f.decision_id = d.id) - 10), id LIMIT 1)")).one()
        version = connection.execute(text("SELECT version()")).scalar().split(" on ")[0]
    students, decisions, courses, lines, overdue, sample = counts
    year = services.decisions.get(sample).decision.number.split("/")[1]  # the year the database was built
    print(f"{name} on {version}: {students:,} students, {decisions:,} decisions ({overdue:,} overdue), "
          f"{courses:,} foreign courses, {lines:,} recognition lines; {args.runs} runs after a warm-up")
    rows_out: list[list[str]] = []

    # opening the decisions page: every decision as a DTO, then the model sorted by number as the view is
    timings, rows = timed(services.decisions.list, args.runs)
    rows_out.append(figures("decisions.list() — open the page", timings, f"{len(rows):,}", TARGET_S))
    model = DecisionsModel()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    timings, _ = timed(lambda: model.set_rows(rows), args.runs)
    rows_out.append(figures("  model.set_rows (sorted, shown)", timings, f"{model.rowCount():,}", None))

    # typing into the search field: every keystroke over the loaded rows
    for query in ("kowal", f"uzn/{year}/0004", "żółkiewska", "1012"):
        timings, left = typing(model, query, args.runs)
        rows_out.append(figures(f"type {query!r} (each keystroke)", timings, f"{left:,}", TARGET_S))
    model.set_filter(search="")

    # the filter combos over the loaded rows, as the page does it
    programme = "SYN-INF-S1"
    for label, predicate in (
            ("state = submitted (page)", lambda r: r.state == DecisionState.SUBMITTED),
            (f"programme = {programme} (page)", lambda r: r.programme_code == programme),
            ("overdue (page)", lambda r: r.overdue)):
        timings, left = filtered(model, predicate, args.runs)
        rows_out.append(figures(label, timings, f"{left:,}", TARGET_S))

    # the same filters asked of the service (the command line and reports do)
    for label, call in (
            ("decisions.list(state=open)", lambda: services.decisions.list(state=DecisionState.OPEN)),
            (f"decisions.list(programme_code={programme})",
             lambda: services.decisions.list(programme_code=programme)),
            ("decisions.list(overdue=True)", lambda: services.decisions.list(overdue=True)),
            ("decisions.list(due_within_days=7)", lambda: services.decisions.list(due_within_days=7))):
        timings, found = timed(call, args.runs)
        rows_out.append(figures(label, timings, f"{len(found):,}", TARGET_S))

    # opening one decision's page (in review, 10 foreign courses, 10 lines)
    total: list[float] = []
    parts = (("decisions.get", lambda: services.decisions.get(sample)),
             ("results.for_decision", lambda: services.results.for_decision(sample)),
             ("comparison.compare", lambda: services.comparison.compare(sample)),
             ("grades.grading", lambda: services.grades.grading(sample)))
    page_rows = []
    for label, call in parts:
        timings, _ = timed(call, args.runs * 2)
        total = [a + b for a, b in zip(total, timings, strict=True)] if total else timings
        page_rows.append(figures(f"  {label}", timings, "", None))
    courses_of_sample = len(services.results.for_decision(sample).courses)
    rows_out.append(figures(f"open decision {sample} (all four)", total, f"{courses_of_sample} courses", None))
    rows_out.extend(page_rows)

    print()
    print(table(["measure", "rows", "p50 ms", "p95 ms", "max ms", "target", ""], rows_out))
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        services.decisions.list()
        profile.disable()
        print("\nOne decisions.list() under cProfile (by cumulative time; inflated):")
        pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
    db.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
