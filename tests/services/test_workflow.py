"""Every allowed and every forbidden move of the decision state table, through the service and the database."""

from __future__ import annotations

from datetime import timedelta
from itertools import product

import pytest

from app.models import DecisionState as S
from app.services.context import Role
from app.services.errors import ForbiddenTransition, PermissionDenied, ValidationError
from app.services.workflow import MOVES, check_move
from tests.conftest import TODAY, make_services

# The state table of WORKFLOW.md, written out independently of the code that implements it.
EXPECTED = {
    (S.OPEN, S.SUBMITTED), (S.OPEN, S.CANCELLED),
    (S.SUBMITTED, S.IN_REVIEW), (S.SUBMITTED, S.RETURNED), (S.SUBMITTED, S.CANCELLED),
    (S.IN_REVIEW, S.APPROVED), (S.IN_REVIEW, S.RETURNED), (S.IN_REVIEW, S.CANCELLED),
    (S.RETURNED, S.OPEN), (S.RETURNED, S.SUBMITTED), (S.RETURNED, S.CANCELLED),
}
PATH_TO = {  # how a fresh (open) decision reaches each state
    S.OPEN: [],
    S.SUBMITTED: [S.SUBMITTED],
    S.IN_REVIEW: [S.SUBMITTED, S.IN_REVIEW],
    S.APPROVED: [S.SUBMITTED, S.IN_REVIEW, S.APPROVED],
    S.RETURNED: [S.SUBMITTED, S.RETURNED],
    S.CANCELLED: [S.CANCELLED],
}


def test_the_table_is_the_one_of_the_deanery() -> None:
    assert set(MOVES) == EXPECTED


def _walk(services, decision_id: int, states) -> None:
    for state in states:
        services.decisions.move(decision_id, state, comment="powód", deadline=_deadline_for(state))


def _deadline_for(target: S):
    """Returning and reopening set a new web deadline; other moves take none."""
    return TODAY + timedelta(days=20) if target in (S.RETURNED, S.OPEN) else None


@pytest.mark.parametrize("source,target", sorted(product(S, S), key=lambda p: (p[0].value, p[1].value)))
def test_every_move(seeded, source: S, target: S) -> None:
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=14), "5")
    _walk(seeded, decision_id, PATH_TO[source])
    before = seeded.decisions.get(decision_id)
    assert before.decision.state == source
    if (source, target) in EXPECTED:
        seeded.decisions.move(decision_id, target, comment="uzasadnienie", deadline=_deadline_for(target))
        after = seeded.decisions.get(decision_id)
        assert after.decision.state == target
        last = after.history[-1]
        assert (last.from_state, last.to_state, last.comment, last.actor) == (source, target, "uzasadnienie",
                                                                              "jkowalska")
        events = seeded.audit.events_for("decision", decision_id)
        assert events[-1].action == "decision.move"
        assert events[-1].before["state"] == source.value and events[-1].after["state"] == target.value
    else:
        with pytest.raises(ForbiddenTransition) as refusal:
            seeded.decisions.move(decision_id, target, comment="x", deadline=TODAY + timedelta(days=20))
        assert refusal.value.render()  # a reason a person can read
        assert seeded.decisions.get(decision_id) == before  # nothing changed


def test_refusals_say_why() -> None:
    from app.services.context import Actor
    actor = Actor("a", "a", frozenset(Role))
    with pytest.raises(ForbiddenTransition, match="final"):
        check_move(S.APPROVED, S.OPEN, actor)
    with pytest.raises(ForbiddenTransition, match="kept for the record"):
        check_move(S.CANCELLED, S.OPEN, actor)
    with pytest.raises(ForbiddenTransition, match="allowed: Submitted, Cancelled"):
        check_move(S.OPEN, S.APPROVED, actor)


def test_only_the_dean_approves(seeded, database) -> None:
    [decision_id] = seeded.decisions.open(["100002"], TODAY + timedelta(days=14), "5")
    _walk(seeded, decision_id, [S.SUBMITTED, S.IN_REVIEW])
    officer = make_services(database, roles={Role.OFFICER, Role.COORDINATOR}, login="officer")
    with pytest.raises(PermissionDenied, match="dean"):
        officer.decisions.move(decision_id, S.APPROVED)
    dean = make_services(database, roles={Role.DEAN}, login="dziekan")
    dean.decisions.move(decision_id, S.APPROVED)
    assert dean.decisions.get(decision_id).decision.state == S.APPROVED
    assert dean.decisions.get(decision_id).history[-1].actor == "dziekan"


def test_auditor_changes_nothing(seeded, database) -> None:
    [decision_id] = seeded.decisions.open(["100002"], TODAY + timedelta(days=14), "5")
    auditor = make_services(database, roles={Role.AUDITOR}, login="audytor")
    with pytest.raises(PermissionDenied):
        auditor.decisions.move(decision_id, S.SUBMITTED)
    with pytest.raises(PermissionDenied):
        auditor.decisions.open(["100003"], TODAY + timedelta(days=14), "5")
    assert auditor.decisions.get(decision_id).decision.state == S.OPEN


def test_returning_needs_a_comment_and_a_future_deadline(seeded) -> None:
    [decision_id] = seeded.decisions.open(["100003"], TODAY + timedelta(days=14), "3")
    seeded.decisions.move(decision_id, S.SUBMITTED)
    with pytest.raises(ValidationError, match="needs a comment"):
        seeded.decisions.move(decision_id, S.RETURNED, deadline=TODAY + timedelta(days=5))
    with pytest.raises(ValidationError, match="needs a new web deadline"):
        seeded.decisions.move(decision_id, S.RETURNED, comment="Brak LA")
    with pytest.raises(ValidationError, match="in the past"):
        seeded.decisions.move(decision_id, S.RETURNED, comment="Brak LA", deadline=TODAY - timedelta(days=1))
    seeded.decisions.move(decision_id, S.RETURNED, comment="Brak LA", deadline=TODAY + timedelta(days=30))
    detail = seeded.decisions.get(decision_id)
    assert detail.decision.state == S.RETURNED
    assert detail.decision.deadline == TODAY + timedelta(days=30)
    assert detail.history[-1].deadline == TODAY + timedelta(days=30)


def test_cancelling_keeps_the_record_and_needs_a_reason(seeded) -> None:
    [decision_id] = seeded.decisions.open(["100004"], TODAY + timedelta(days=14), "4")
    with pytest.raises(ValidationError):
        seeded.decisions.move(decision_id, S.CANCELLED, comment="  ")
    seeded.decisions.move(decision_id, S.CANCELLED, comment="Rezygnacja studenta")
    cancelled = seeded.decisions.list(state=S.CANCELLED)
    assert [d.id for d in cancelled] == [decision_id]
    assert [h.to_state for h in seeded.decisions.get(decision_id).history] == [S.OPEN, S.CANCELLED]
    # a cancelled decision no longer blocks a new one for the same semester
    assert seeded.decisions.open(["100004"], TODAY + timedelta(days=14), "4")


def test_a_deadline_only_where_the_move_takes_one(seeded) -> None:
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=14), "5")
    with pytest.raises(ValidationError, match="takes no deadline"):
        seeded.decisions.move(decision_id, S.SUBMITTED, deadline=TODAY + timedelta(days=30))
    assert seeded.decisions.get(decision_id).decision.state == S.OPEN


def test_reopening_a_returned_decision_sets_a_new_deadline_and_it_can_be_overdue_again(seeded, database) -> None:
    from app.models import Decision
    from app.models.types import utcnow
    from app.services.context import ServiceContext
    from app.services.registry import Services
    [decision_id] = seeded.decisions.open(["100002"], TODAY + timedelta(days=5), "5")
    with database.sessions.begin() as session:
        session.get(Decision, decision_id).results_loaded_at = utcnow()
    seeded.decisions.move(decision_id, S.SUBMITTED)
    seeded.decisions.move(decision_id, S.RETURNED, "Brak wyników z 2. przedmiotu", TODAY + timedelta(days=3))
    later = Services.create(ServiceContext(database.sessions, seeded.ctx.actor, today=lambda: TODAY + timedelta(4)))
    row = later.decisions.get(decision_id).decision
    assert (row.state, row.overdue, row.results_loaded) == (S.RETURNED, True, False)
    with pytest.raises(ValidationError, match="needs a new web deadline"):
        later.decisions.move(decision_id, S.OPEN, "ponownie")
    later.decisions.move(decision_id, S.OPEN, "ponownie", TODAY + timedelta(days=30))
    row = later.decisions.get(decision_id).decision
    assert (row.state, row.deadline, row.overdue) == (S.OPEN, TODAY + timedelta(days=30), False)


@pytest.mark.parametrize("role", sorted(Role, key=lambda r: r.value))
@pytest.mark.parametrize("source,target", sorted(EXPECTED, key=lambda p: (p[0].value, p[1].value)))
def test_who_may_make_each_move(seeded, database, role: Role, source: S, target: S) -> None:
    [decision_id] = seeded.decisions.open(["100003"], TODAY + timedelta(days=14), "3")
    _walk(seeded, decision_id, PATH_TO[source])
    person = make_services(database, roles={role}, login=role.value)
    allowed = {(S.IN_REVIEW, S.APPROVED): {Role.DEAN},
               (S.SUBMITTED, S.IN_REVIEW): {Role.OFFICER, Role.COORDINATOR},
               (S.IN_REVIEW, S.RETURNED): {Role.OFFICER, Role.COORDINATOR}}.get((source, target), {Role.OFFICER})
    if role in allowed:
        person.decisions.move(decision_id, target, "uzasadnienie", _deadline_for(target))
        assert seeded.decisions.get(decision_id).decision.state == target
    else:
        with pytest.raises(PermissionDenied):
            person.decisions.move(decision_id, target, "uzasadnienie", _deadline_for(target))
        assert seeded.decisions.get(decision_id).decision.state == source
