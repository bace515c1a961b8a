"""Two people change the same decision or line at once, each on a connection of their own: the second save is
refused with who changed it, and nothing is overwritten silently. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from app.models.db import open_database
from app.services.context import Role
from app.services.errors import StaleEdit
from tests.conftest import TODAY, make_services
from tests.services.test_grades import graded  # noqa: F401 - the synthetic case, graded


@pytest.fixture
def second_desk(database):
    """Another workstation: its own engine and connection pool on the same database."""
    other = open_database(database.engine.url.render_as_string(hide_password=False))
    yield other
    other.engine.dispose()


def test_the_second_save_of_a_decision_is_refused_with_who_changed_it(seeded, database, second_desk) -> None:
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=10), "5")
    alice = make_services(database, roles={Role.OFFICER}, login="alice")
    bob = make_services(second_desk, roles={Role.OFFICER}, login="bob")
    seen_by_bob = bob.decisions.get(decision_id).decision
    alice.decisions.extend([decision_id], TODAY + timedelta(days=20), "prośba studenta",
                           expected_versions={decision_id: alice.decisions.get(decision_id).decision.version})
    with pytest.raises(StaleEdit, match="changed by alice"):
        bob.decisions.extend([decision_id], TODAY + timedelta(days=40), "",
                             expected_versions={decision_id: seen_by_bob.version})
    assert bob.decisions.get(decision_id).decision.deadline == TODAY + timedelta(days=20)  # Alice's stands


def test_a_race_of_two_connections_lets_exactly_one_through(seeded, database, second_desk) -> None:
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=10), "5")
    version = seeded.decisions.get(decision_id).decision.version
    desks = {"alice": make_services(database, roles={Role.OFFICER}, login="alice"),
             "bob": make_services(second_desk, roles={Role.OFFICER}, login="bob")}
    start = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def save(name: str, days: int) -> None:
        start.wait()
        try:
            desks[name].decisions.extend([decision_id], TODAY + timedelta(days=days), name,
                                         expected_versions={decision_id: version})
            outcome[name] = "saved"
        except StaleEdit as refusal:
            outcome[name] = refusal

    threads = [threading.Thread(target=save, args=("alice", 20)), threading.Thread(target=save, args=("bob", 30))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    saved = [name for name, result in outcome.items() if result == "saved"]
    assert len(saved) == 1 and len(outcome) == 2, outcome
    [refused] = [result for result in outcome.values() if result != "saved"]
    assert f"changed by {saved[0]}" in str(refused)
    final = seeded.decisions.get(decision_id).decision
    assert final.version == version + 1 and final.deadline == TODAY + timedelta(days=20 if saved == ["alice"] else 30)


def test_the_second_grade_of_a_line_is_refused(graded, database, second_desk) -> None:  # noqa: F811
    services, decision_id, _, _, lines = graded
    alice = make_services(database, roles={Role.OFFICER}, login="alice")
    bob = make_services(second_desk, roles={Role.COORDINATOR}, login="bob")
    line = next(line for line in bob.grades.grading(decision_id).lines if line.id == lines["F2"])
    alice.grades.grade_line(decision_id, lines["F2"], "4", "Sylabus szerszy niż nasz.", line.version)
    with pytest.raises(StaleEdit, match="changed by alice"):
        bob.grades.grade_line(decision_id, lines["F2"], "3,5", "", line.version)
    assert services.grades.grading(decision_id).lines[1].grade == "4.0"
