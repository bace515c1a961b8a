from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.models import AuditEvent, Decision
from app.models import DecisionState as S
from app.services.decisions import parse_semesters
from app.services.errors import DuplicateRecord, ForbiddenTransition, NotFound, StaleEdit, ValidationError
from tests.conftest import TODAY


def count_decisions(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count(Decision.id)))


def test_open_for_a_group_with_one_deadline(seeded) -> None:
    deadline = TODAY + timedelta(days=21)
    ids = seeded.decisions.open(["100001", "100002", "100003"], deadline, "5, 6", "Erasmus 2025/26 zima")
    rows = {d.id: d for d in seeded.decisions.list()}
    assert sorted(rows) == sorted(ids)
    for decision_id in ids:
        row = rows[decision_id]
        assert (row.state, row.deadline, row.semesters, row.days_left, row.overdue) == (S.OPEN, deadline, "5,6",
                                                                                         21, False)
        assert row.number.startswith(f"UZN/{TODAY.year}/")
        assert row.comment == "Erasmus 2025/26 zima"
    assert len({rows[i].number for i in ids}) == 3
    history = seeded.decisions.get(ids[0]).history
    assert [(h.from_state, h.to_state, h.deadline) for h in history] == [(None, S.OPEN, deadline)]
    student = seeded.students.get("100001")
    assert (student.decisions_count, student.nearest_deadline) == (1, deadline)


def test_open_is_all_or_nothing(seeded, database) -> None:
    with pytest.raises(NotFound, match="999999"):
        seeded.decisions.open(["100001", "999999"], TODAY + timedelta(days=7), "5")
    assert count_decisions(database) == 0


def test_deadline_never_in_the_past(seeded, database) -> None:
    with pytest.raises(ValidationError, match="in the past"):
        seeded.decisions.open(["100001"], TODAY - timedelta(days=1), "5")
    assert seeded.decisions.open(["100001"], TODAY, "5")  # today is still fine


def test_no_second_unfinished_decision_for_the_same_semester(seeded) -> None:
    [first] = seeded.decisions.open(["100001"], TODAY + timedelta(days=7), "5")
    with pytest.raises(DuplicateRecord, match="100001"):
        seeded.decisions.open(["100002", "100001"], TODAY + timedelta(days=7), "5,6")
    assert [d.id for d in seeded.decisions.list()] == [first]
    assert seeded.decisions.open(["100001"], TODAY + timedelta(days=7), "6")  # another semester is fine


def test_semesters_not_yet_known(seeded) -> None:
    [decision_id] = seeded.decisions.open(["100003"], TODAY + timedelta(days=7), "")
    assert seeded.decisions.get(decision_id).decision.semesters == ""
    with pytest.raises(DuplicateRecord):  # it may be about any semester
        seeded.decisions.open(["100003"], TODAY + timedelta(days=7), "2")


@pytest.mark.parametrize("text,expected", [("5", "5"), ("5,6", "5,6"), ("6, 5", "5,6"), ("3-5", "3,4,5"),
                                           ("3 i 4", "3,4"), ("4;4", "4"), ("", ""), ("  ", "")])
def test_semesters_are_normalised(text, expected) -> None:
    assert parse_semesters(text) == expected


@pytest.mark.parametrize("text", ["zimowy", "0", "15", "5,x"])
def test_bad_semesters_are_refused(text) -> None:
    with pytest.raises(ValidationError, match="Semester"):
        parse_semesters(text)


def test_extend_one_or_many(seeded, database) -> None:
    ids = seeded.decisions.open(["100001", "100002"], TODAY + timedelta(days=7), "5")
    new = TODAY + timedelta(days=40)
    seeded.decisions.extend(ids, new, "Opóźnienie uczelni partnerskiej")
    assert {d.deadline for d in seeded.decisions.list()} == {new}
    history = seeded.decisions.get(ids[0]).history
    assert (history[-1].from_state, history[-1].to_state, history[-1].deadline) == (S.OPEN, S.OPEN, new)
    events = seeded.audit.events_for("decision", ids[1])
    assert events[-1].action == "decision.extend"
    assert events[-1].before == {"web_deadline": (TODAY + timedelta(days=7)).isoformat()}
    assert events[-1].after == {"web_deadline": new.isoformat()}
    assert events[-1].reason == "Opóźnienie uczelni partnerskiej"


def test_extend_refuses_the_whole_batch_when_one_cannot_be_extended(seeded) -> None:
    ids = seeded.decisions.open(["100001", "100002"], TODAY + timedelta(days=7), "5")
    seeded.decisions.move(ids[1], S.SUBMITTED)
    with pytest.raises(ForbiddenTransition, match="only open or returned"):
        seeded.decisions.extend(ids, TODAY + timedelta(days=30))
    assert {d.deadline for d in seeded.decisions.list()} == {TODAY + timedelta(days=7)}


def test_extend_refuses_an_earlier_or_past_date(seeded) -> None:
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=20), "5")
    with pytest.raises(ValidationError, match="not later"):
        seeded.decisions.extend([decision_id], TODAY + timedelta(days=20))
    with pytest.raises(ValidationError, match="not later"):
        seeded.decisions.extend([decision_id], TODAY + timedelta(days=10))
    with pytest.raises(ValidationError, match="in the past"):
        seeded.decisions.extend([decision_id], TODAY - timedelta(days=1))


def test_overdue_is_derived_from_state_deadline_and_results(seeded, database) -> None:
    ids = seeded.decisions.open(["100001", "100002", "100003"], TODAY + timedelta(days=3), "5")
    from app.services.context import ServiceContext
    from app.services.registry import Services
    future = Services.create(ServiceContext(database.sessions, seeded.ctx.actor,
                                            today=lambda: TODAY + timedelta(days=10)))
    future.decisions.move(ids[1], S.SUBMITTED)  # confirmed: no longer awaiting results
    with database.sessions.begin() as session:  # results arrived for the third, but it is still open
        from app.models.types import utcnow
        session.get(Decision, ids[2]).results_loaded_at = utcnow()
    rows = {d.id: d for d in future.decisions.list()}
    assert (rows[ids[0]].overdue, rows[ids[0]].days_left) == (True, -7)
    assert rows[ids[1]].overdue is False
    assert rows[ids[2]].overdue is False
    assert [d.id for d in future.decisions.list(overdue=True)] == [ids[0]]
    assert [d.id for d in seeded.decisions.list(due_within_days=7)] == [ids[0]]
    assert seeded.decisions.list(due_within_days=2) == []


def test_list_filters(seeded) -> None:
    inf = seeded.decisions.open(["100001", "100002"], TODAY + timedelta(days=7), "5")
    law = seeded.decisions.open(["100003"], TODAY + timedelta(days=7), "3")
    seeded.decisions.move(law[0], S.SUBMITTED)
    assert sorted(d.id for d in seeded.decisions.list(programme_code="SYN-INF-S1")) == sorted(inf)
    assert [d.id for d in seeded.decisions.list(state=S.SUBMITTED)] == law


def test_a_stale_screen_cannot_overwrite_a_newer_change(seeded) -> None:
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=7), "5")
    seen = seeded.decisions.get(decision_id).decision  # what the first officer's screen shows
    seeded.decisions.extend([decision_id], TODAY + timedelta(days=30))  # another officer acts meanwhile
    with pytest.raises(StaleEdit, match="jkowalska"):
        seeded.decisions.move(decision_id, S.CANCELLED, "x", expected_version=seen.version)
    with pytest.raises(StaleEdit):
        seeded.decisions.extend([decision_id], TODAY + timedelta(days=40),
                                expected_versions={decision_id: seen.version})
    assert seeded.decisions.get(decision_id).decision.deadline == TODAY + timedelta(days=30)


def test_every_change_is_in_the_audit_log(seeded, database) -> None:
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=7), "5", "komentarz")
    seeded.decisions.extend([decision_id], TODAY + timedelta(days=9))
    seeded.decisions.move(decision_id, S.SUBMITTED)
    actions = [e.action for e in seeded.audit.events_for("decision", decision_id)]
    assert actions == ["decision.open", "decision.extend", "decision.move"]
    with database.sessions() as session:
        assert session.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.entity == "student")) == 4


def test_unknown_decision(seeded) -> None:
    with pytest.raises(NotFound):
        seeded.decisions.get(12345)
    with pytest.raises(NotFound):
        seeded.decisions.move(12345, S.SUBMITTED)
