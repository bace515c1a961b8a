"""Every protected action refuses every role the permission table does not name, and changes nothing then.

`ACTIONS` holds one representative action per permission, `MORE_ACTIONS` the other protected methods; each runs
through the real services on a real SQLite database filled with demonstration data (every decision state, a
grid, a trusted contact point, a verified ELMO document and a Learning Agreement). Adding the action of a new
permission is one dict item.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.models import AuditEvent
from app.models.base import Base
from app.models.db import open_database, sqlite_url
from app.paths import resources_dir
from app.services import passwords
from app.services.audit import AuditFilter
from app.services.context import Role
from app.services.errors import AppError, PermissionDenied
from app.services.grading import TableRow
from app.services.la_tables import ComponentInput
from app.services.maintenance import MaintenanceService
from app.services.permissions import ROLES_FOR, Permission, check
from app.services.registry import Services
from app.services.vocabulary import DecisionState
from app.services.workflow import MOVES, Move
from tests.conftest import TODAY, make_services

DEMO = resources_dir() / "demo"
NEW_STUDENT_ALBUM = "999001"


@dataclass(frozen=True)
class Facts:
    """Records of the prepared database that the actions work on."""

    folder: Path
    jens_decision: int  # open, results loaded, with a Learning Agreement
    document: int
    trust_entry: int
    course: int
    open_decision: int
    free_album: str  # a student without any decision
    in_state: dict[DecisionState, int]


Action = Callable[[Services, Facts], object]


def _import_student(s: Services, f: Facts) -> object:
    path = f.folder / "new-student.csv"
    path.write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n"
                    "999777;Nowa;Ewa;2003-03-03;SYN-INF-S1;erasmus\n", encoding="utf-8")
    return s.student_import.apply(s.student_import.preview(path))


def _grid_import(s: Services, f: Facts) -> object:
    return s.grid.apply(s.grid.preview(DEMO / "siatka-SYN-INF-S1-2025-26.csv", "SYN-INF-S1", "2025/26"))


def _import_results(s: Services, f: Facts) -> object:
    data = (DEMO / "elmo-dk-jens-hansen-signed.xml").read_bytes()
    return s.intake.import_document(f.jens_decision, data, "again.xml")


def _batch(s: Services, f: Facts) -> object:
    path = f.folder / "returned.xml"
    shutil.copy(DEMO / "elmo-dk-jens-hansen-signed.xml", path)
    return s.batch.run([path])


def _foreign(s: Services, f: Facts) -> int:
    return s.results.for_decision(f.jens_decision).courses[0].id


def _la_manual(s: Services, f: Facts) -> object:
    return s.la.save_manual(f.jens_decision, [ComponentInput(table="A", code="X1", title="Course", ects="5")])


ACTIONS: dict[Permission, Action] = {
    Permission.STUDENTS_EDIT: _import_student,
    Permission.PROGRAMMES_EDIT: lambda s, f: s.programmes.add("NEW-PROG", "Nowy kierunek"),
    Permission.GRID_EDIT: lambda s, f: s.grid.update_course(f.course, name_en="Changed name"),
    Permission.DECISIONS_EDIT: lambda s, f: s.decisions.open([f.free_album], TODAY + timedelta(days=30), "1"),
    Permission.RESULTS_IMPORT: _import_results,
    Permission.RESULTS_REVERIFY: lambda s, f: s.intake.reverify(f.document),
    Permission.LA_IMPORT: lambda s, f: s.la.import_file(f.jens_decision, DEMO / "la-jens-hansen.csv"),
    Permission.LA_CHANGE: lambda s, f: s.la.remove(f.jens_decision),
    Permission.LINES_EDIT: lambda s, f: s.comparison.accept_proposals(f.jens_decision),
    Permission.TRUST_EDIT: lambda s, f: s.trust.import_file(DEMO / "emreg-emps-example.json"),
    Permission.USERS_EDIT: lambda s, f: s.users.add("nowy", "Nowy Pracownik", "officer"),
    Permission.DEMO_CREATE: lambda s, f: s.demo.create(students=2),
    Permission.GRADES_PROPOSE: lambda s, f: s.grades.set_scheme(f.jens_decision, _foreign(s, f), "DK-7"),
    Permission.LINES_REVIEW: lambda s, f: s.grades.review_lines(f.in_state[DecisionState.IN_REVIEW], [1],
                                                                "needs_info", "?"),
    Permission.DECISION_AMEND: lambda s, f: s.approval.amend(f.in_state[DecisionState.APPROVED], "korekta"),
    Permission.SCALES_EDIT: lambda s, f: s.catalogue.save_scheme(replace(s.catalogue.scheme("DK-7"), name="DK")),
    Permission.TABLES_EDIT: lambda s, f: s.catalogue.save_table(
        "DK-7", [TableRow(None, None, "12", "5.0")], valid_from=TODAY, source="test"),
    Permission.AUDIT_READ: lambda s, f: s.audit.search(),
    Permission.DATABASE_ADMIN: lambda s, f: MaintenanceService(s.ctx).backup(f.folder / "backup.sqlite3"),
    Permission.REPORTS_PRINT: lambda s, f: s.reports.record_print(f.jens_decision, "Biuro"),
    Permission.EXPORT_APPROVED: lambda s, f: s.reports.export_approved(f.folder / "approved.csv"),
    Permission.AUDIT_EXPORT: lambda s, f: s.audit.export(AuditFilter(), f.folder / "audit.csv"),
}

# Further protected methods, each under its permission.
MORE_ACTIONS: dict[str, tuple[Permission, Action]] = {
    "grid.apply": (Permission.GRID_EDIT, _grid_import),
    "decisions.extend": (Permission.DECISIONS_EDIT,
                         lambda s, f: s.decisions.extend([f.open_decision], TODAY + timedelta(days=400))),
    "batch.run": (Permission.RESULTS_IMPORT, _batch),
    "la.import_bytes": (Permission.LA_IMPORT, lambda s, f: s.la.import_bytes(
        f.jens_decision, (DEMO / "la-jens-hansen.csv").read_bytes(), "la.csv")),
    "la.save_manual": (Permission.LA_CHANGE, _la_manual),
    "comparison.remove_line": (Permission.LINES_EDIT, lambda s, f: s.comparison.remove_line(f.jens_decision, 1)),
    "trust.set_active": (Permission.TRUST_EDIT, lambda s, f: s.trust.set_active(f.trust_entry, False, "test")),
    "users.set_roles": (Permission.USERS_EDIT, lambda s, f: s.users.set_roles("admin", "officer,admin")),
    "users.set_active": (Permission.USERS_EDIT, lambda s, f: s.users.set_active("admin", False)),
    "grades.grade_line": (Permission.GRADES_PROPOSE, lambda s, f: s.grades.grade_line(f.jens_decision, 1, "4")),
    "grades.review_line": (Permission.LINES_REVIEW, lambda s, f: s.grades.review_line(f.jens_decision, 1,
                                                                                       "approved")),
    "catalogue.set_distribution": (Permission.TABLES_EDIT, lambda s, f: s.catalogue.set_distribution(
        "home", "PL-STD", [("5.0", 50), ("3.0", 50)])),
    "catalogue.import_tables": (Permission.TABLES_EDIT, lambda s, f: s.catalogue.import_tables(
        DEMO / "tabela-dk-7.csv", valid_from=TODAY, source="test")),
    "audit.actions": (Permission.AUDIT_READ, lambda s, f: s.audit.actions()),
    "users.set_password": (Permission.USERS_EDIT, lambda s, f: s.users.set_password("admin", "a new password 1")),
}

ALL_ACTIONS: dict[str, tuple[Permission, Action]] = {
    **{permission.value: (permission, action) for permission, action in ACTIONS.items()}, **MORE_ACTIONS}


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "COST_N", 2**4)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, Facts]:
    """One database with demonstration data for the whole module; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("permissions")
    path = folder / "prepared.sqlite3"
    db = open_database(sqlite_url(path))
    try:
        desk = make_services(db)
        desk.demo.create(students=8)
        (folder / "free.csv").write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n"
                                         f"{NEW_STUDENT_ALBUM};Wolna;Ola;2002-02-02;SYN-INF-S1;erasmus\n",
                                         encoding="utf-8")
        desk.student_import.apply(desk.student_import.preview(folder / "free.csv"))
        desk.users.add("admin", "Anna Admin", "admin", "the admin's password")
        [jens] = [d for d in desk.decisions.list() if "Hansen" in d.student_name]
        results = desk.results.for_decision(jens.id)
        in_state = {}
        for decision in desk.decisions.list():
            in_state.setdefault(decision.state, decision.id)
        open_decision = next(d.id for d in desk.decisions.list()
                             if d.state == DecisionState.OPEN and d.id != jens.id)
        facts = Facts(folder=folder, jens_decision=jens.id, document=results.documents[0].id,
                      trust_entry=desk.trust.list()[0].id,
                      course=desk.grid.courses("SYN-INF-S1", "2025/26")[0].id, open_decision=open_decision,
                      free_album=NEW_STUDENT_ALBUM, in_state=in_state)
        with db.engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        db.engine.dispose()
    return path, facts


@pytest.fixture
def database(prepared, db_path):
    shutil.copy(prepared[0], db_path)
    db = open_database(sqlite_url(db_path))
    yield db
    db.engine.dispose()


@pytest.fixture
def facts(prepared) -> Facts:
    return prepared[1]


def snapshot(database) -> dict[str, list[tuple]]:
    """Every row of every table."""
    with database.sessions() as session:
        return {table.name: sorted(tuple(map(repr, row)) for row in session.execute(select(table)))
                for table in Base.metadata.sorted_tables}


def audit_count(database) -> int:
    with database.sessions() as session:
        return len(session.scalars(select(AuditEvent.id)).all())


def _refusals() -> list:
    return [pytest.param(name, role, id=f"{name}-{role.value}")
            for name, (permission, _) in ALL_ACTIONS.items()
            for role in Role if role not in ROLES_FOR[permission]]


def _allowed() -> list:
    return [pytest.param(name, role, id=f"{name}-{role.value}")
            for name, (permission, _) in ALL_ACTIONS.items()
            for role in Role if role in ROLES_FOR[permission]]


@pytest.mark.parametrize(("name", "role"), _refusals())
def test_a_role_without_the_permission_is_refused_and_nothing_changes(database, facts, name, role) -> None:
    permission, action = ALL_ACTIONS[name]
    services = make_services(database, roles={role}, login=f"only-{role.value}")
    before, audited = snapshot(database), audit_count(database)
    with pytest.raises(PermissionDenied) as refusal:
        action(services, facts)
    assert "Your roles do not allow this action" in str(refusal.value)
    assert audit_count(database) == audited
    assert snapshot(database) == before


@pytest.mark.parametrize(("name", "role"), _allowed())
def test_a_role_with_the_permission_is_not_refused(database, facts, name, role) -> None:
    _, action = ALL_ACTIONS[name]
    services = make_services(database, roles={role}, login=f"only-{role.value}")
    try:
        action(services, facts)
    except PermissionDenied as refusal:
        pytest.fail(f"{name} refused {role.value}: {refusal}")
    except AppError:  # refused for another reason: the data, not the role
        pass


def test_every_permission_has_an_action() -> None:
    missing = [permission.value for permission in Permission if permission not in ACTIONS]
    assert not missing, "permissions without an action in ACTIONS: " + ", ".join(missing)


def test_the_table_names_only_known_permissions_and_roles() -> None:
    assert set(ROLES_FOR) == set(Permission)
    assert all(roles and roles <= set(Role) for roles in ROLES_FOR.values())
    assert all(Role.AUDITOR not in ROLES_FOR[p] for p in Permission if p not in (
        Permission.AUDIT_READ, Permission.AUDIT_EXPORT, Permission.REPORTS_PRINT))  # reads, changes nothing


def test_check_names_the_roles_that_may(database) -> None:
    services = make_services(database, roles={Role.AUDITOR})
    with pytest.raises(PermissionDenied, match=r"it needs: coordinator, officer"):
        check(services.ctx, Permission.LA_IMPORT)
    check(make_services(database, roles={Role.COORDINATOR}).ctx, Permission.LA_IMPORT)


# -- decision states -------------------------------------------------------------------------------------------
def _move_refusals() -> list:
    return [pytest.param(move, role, id=f"{move.source.value}-{move.target.value}-{role.value}")
            for move in MOVES.values() for role in Role if role not in move.roles]


@pytest.mark.parametrize(("move", "role"), _move_refusals())
def test_every_move_refuses_the_roles_it_does_not_name(database, facts, move: Move, role: Role) -> None:
    decision_id = facts.in_state[move.source]
    services = make_services(database, roles={role}, login=f"only-{role.value}")
    before = snapshot(database)
    with pytest.raises(PermissionDenied, match="needs the role"):
        services.decisions.move(decision_id, move.target, comment="test",
                                deadline=TODAY + timedelta(days=30) if move.needs_deadline else None)
    assert snapshot(database) == before


def test_the_prepared_database_has_a_decision_in_every_source_state(facts) -> None:
    assert {move.source for move in MOVES.values()} <= set(facts.in_state)
