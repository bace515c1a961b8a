"""Home grades, the officer's verification and the dean's approval, on the synthetic recognition case."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import AuditEvent, DecisionAmendment, ForeignCourse, Obligation, ReferenceCase
from app.models import DecisionState as S
from app.services.approval import ApprovalRefused
from app.services.catalogue import GradePolicy
from app.services.comparison import REJECTED
from app.services.context import Role
from app.services.errors import ForbiddenTransition, PermissionDenied, ValidationError
from app.services.grades import APPROVED
from tests.conftest import TODAY, make_services
from tests.services.test_comparison import CASE, DOMAIN, add_foreign, load_grid

HOST = CASE["mobility"]["receiving_hei"]["name"]
GRADING = DOMAIN.parent / "grading"


def ghent_italian() -> list[tuple[str, Decimal]]:
    lines = [line for line in (GRADING / "grading_table_ugent_example_it30_vs_B.csv").read_text(encoding="utf-8")
             .splitlines() if not line.startswith("#")]
    return [(row["grade"], Decimal(row["percentage"])) for row in csv.DictReader(lines) if row["system"] == "IT30"]


@pytest.fixture
def graded(seeded):
    """The synthetic case with the UAM table stored, a home distribution, and F3 carrying its host's grading
    table (as ELMO's resultDistribution does)."""
    services = seeded
    grid = load_grid(services)
    [decision_id] = services.decisions.open(["100001"], TODAY + timedelta(days=20), "5")
    foreign = add_foreign(services, decision_id)
    with services.ctx.sessions.begin() as session:
        session.get(ForeignCourse, foreign["F3"]).distribution = [[g, str(p)] for g, p in ghent_italian()]
    services.catalogue.import_tables(GRADING / "conversion_table_uam_law_pl.csv", valid_from=date(2020, 1, 1),
                                     source="prawo.amu.edu.pl/erasmus/studia/przeliczanie-ocen")
    services.catalogue.set_distribution("home", "PL-STD", [("5.0", Decimal(15)), ("4.5", Decimal(20)),
                                                           ("4.0", Decimal(30)), ("3.5", Decimal(20)),
                                                           ("3.0", Decimal(15))], source="faculty statistics")
    lines = {}
    for recognition in CASE["recognitions"]:
        lines[recognition["from"][0]] = services.comparison.set_line(
            decision_id, [foreign[f] for f in recognition["from"]], [grid[h] for h in recognition["to"]],
            status=REJECTED if recognition["status"] == "REJECTED" else "accepted")
    return services, decision_id, grid, foreign, lines


def by_line(services, decision_id):
    return {line.id: line for line in services.grades.grading(decision_id).lines}


def test_suggestions_follow_the_case(graded) -> None:
    services, decision_id, _, _, lines = graded
    found = by_line(services, decision_id)
    for recognition in CASE["recognitions"]:
        line = found[lines[recognition["from"][0]]]
        expected = recognition["converted_grade"]
        if expected is None:
            assert line.suggestion.grade is None  # failed abroad: nothing to suggest
            continue
        assert line.suggestion.shown == expected, (recognition, line.suggestion)
        method = recognition["method"].split(":")[0].replace("pass-fail", "pass")
        assert line.suggestion.method == method
    table_line = found[lines["F1"]]
    assert table_line.suggestion.table_version.startswith("IT-30") and "v1" in table_line.suggestion.table_version
    distribution = found[lines["F3"]].suggestion
    assert distribution.detail["courses"][0]["bands"]["host"][0] == ["30L", "0.0", "5.6"]
    assert any("graded home course" in p.render() for p in found[lines["F4"]].remarks)


def test_several_courses_for_one_home_course_take_the_ects_weighted_mean(graded, database) -> None:
    services, decision_id, grid, foreign, lines = graded
    for key in ("F1", "F3"):
        services.comparison.remove_line(decision_id, lines[key])
    line_id = services.comparison.set_line(decision_id, [foreign["F1"], foreign["F3"]], [grid["SYN-INF-501"]])
    line = by_line(services, decision_id)[line_id]
    assert line.suggestion.detail["mean"] == "4.75"  # 6 ECTS at 4.5 and 6 at 5.0
    assert line.suggestion.grade == "5.0" and line.suggestion.method == "mixed"  # ties up by default
    down = make_services(database)
    down = replace(down, grades=type(down.grades)(down.ctx, type(down.catalogue)(down.ctx, GradePolicy(
        rounding="half_down"))))
    assert down.grades.grading(decision_id).lines[-1].suggestion.grade == "4.5"


def test_another_grade_needs_a_justification_and_keeps_the_suggestion(graded) -> None:
    services, decision_id, _, _, lines = graded
    with pytest.raises(ValidationError, match="justification"):
        services.grades.grade_line(decision_id, lines["F2"], "4,0")
    services.grades.grade_line(decision_id, lines["F2"], "4,0", "Host's syllabus exceeds ours; dean's practice.")
    line = by_line(services, decision_id)[lines["F2"]]
    assert (line.grade, line.grade_method) == ("4.0", "manual")
    with services.ctx.sessions() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "line.grade")).all()[-1]
    assert event.after["suggested"] == "3.5" and event.after["table"].startswith("IT-30")
    services.grades.grade_line(decision_id, lines["F1"])  # the suggestion as it is
    assert by_line(services, decision_id)[lines["F1"]].grade_method == "table"
    with pytest.raises(ValidationError, match="home scale"):
        services.grades.grade_line(decision_id, lines["F1"], "6", "typo")


def verify_all(services, decision_id, lines) -> None:
    services.decisions.move(decision_id, S.SUBMITTED)
    services.decisions.move(decision_id, S.IN_REVIEW)
    services.grades.review_lines(decision_id, [lines[k] for k in ("F1", "F2", "F3", "F4")], APPROVED)
    services.grades.review_line(decision_id, lines["F5"], REJECTED, "Failed abroad (17/30).")


def test_the_dean_approves_only_a_verified_decision_and_it_is_locked(graded, database) -> None:
    services, decision_id, grid, foreign, lines = graded
    with pytest.raises(ValidationError, match="verification"):
        services.grades.review_line(decision_id, lines["F1"], APPROVED)  # not in verification yet
    services.decisions.move(decision_id, S.SUBMITTED)
    services.decisions.move(decision_id, S.IN_REVIEW)
    dean = make_services(database, roles={Role.DEAN}, login="dziekan")
    with pytest.raises(ApprovalRefused, match="5 recognition line"):
        dean.decisions.move(decision_id, S.APPROVED)
    services.grades.review_lines(decision_id, [lines[k] for k in ("F1", "F2", "F3", "F4")], APPROVED)
    with pytest.raises(ValidationError, match="reason"):
        services.grades.review_line(decision_id, lines["F5"], REJECTED)
    services.grades.review_line(decision_id, lines["F5"], "needs_info", "Ask the host about a resit.")
    with pytest.raises(ApprovalRefused, match="wait for more information"):
        dean.decisions.move(decision_id, S.APPROVED)
    services.grades.review_line(decision_id, lines["F5"], REJECTED, "Failed abroad (17/30).")
    officer = make_services(database, roles={Role.OFFICER}, login="officer")
    with pytest.raises(PermissionDenied):
        officer.decisions.move(decision_id, S.APPROVED)
    with pytest.raises(PermissionDenied):
        dean.grades.review_line(decision_id, lines["F1"], APPROVED)
    dean.decisions.move(decision_id, S.APPROVED, "Zatwierdzam.")

    assert services.decisions.get(decision_id).decision.state == S.APPROVED
    grading = services.grades.grading(decision_id)
    assert [home_grade for home_grade in (line.grade for line in grading.lines)] == ["4.5", "3.5", "5.0", "ZAL", ""]
    with services.ctx.sessions() as session:
        obligations = session.execute(select(Obligation.curriculum_course_id, Obligation.deadline)
                                      .where(Obligation.decision_id == decision_id)).all()
        cases = session.scalars(select(ReferenceCase)).all()
    inverse = {v: k for k, v in grid.items()}
    assert sorted(inverse[c] for c, _ in obligations) == ["SYN-INF-504", "SYN-INF-505", "SYN-INF-5W1"]
    assert {d for _, d in obligations} == {date(2026, 3, 15)}
    assert sorted((c.host_code, c.original_grade, c.home_grade) for c in cases) == [
        ("INF-IA", "30 e lode", "5.0"), ("INF-RC", "24", "3.5"), ("INF-SE", "28", "4.5"), ("LIN-IT1", "idoneo", "ZAL")]
    assert all(not hasattr(c, "student_id") for c in cases)  # no personal data in a reference case
    for action in (lambda: services.grades.grade_line(decision_id, lines["F1"], "5", "x"),
                   lambda: services.comparison.remove_line(decision_id, lines["F1"]),
                   lambda: services.grades.review_line(decision_id, lines["F1"], APPROVED)):
        with pytest.raises(ValidationError, match="final|locked"):
            action()
    with pytest.raises(ForbiddenTransition):
        services.decisions.move(decision_id, S.IN_REVIEW)


def test_an_approved_recognition_is_the_reference_for_the_next_student(graded, database) -> None:
    services, decision_id, grid, foreign, lines = graded
    verify_all(services, decision_id, lines)
    services.decisions.move(decision_id, S.APPROVED)
    [second] = services.decisions.open(["100002"], TODAY + timedelta(days=20), "5")
    again = add_foreign(services, second)
    proposals = {p.foreign_ids: p for p in services.comparison.compare(second).proposals}
    assert proposals[(again["F1"],)].origin == "reference"
    line_id = services.comparison.set_line(second, [again["F2"]], [grid["SYN-INF-502"]])
    suggestion = by_line(services, second)[line_id].suggestion
    assert (suggestion.grade, suggestion.method) == ("3.5", "reference")


def test_a_correction_reopens_an_approved_decision_with_its_reason(graded, database) -> None:
    services, decision_id, grid, foreign, lines = graded
    verify_all(services, decision_id, lines)
    services.decisions.move(decision_id, S.APPROVED)
    with pytest.raises(ValidationError, match="reason"):
        services.approval.amend(decision_id, " ")
    auditor = make_services(database, roles={Role.AUDITOR}, login="audytor")
    with pytest.raises(PermissionDenied):
        auditor.approval.amend(decision_id, "x")
    services.approval.amend(decision_id, "Błąd w ocenie INF-RC: protokół poprawkowy z 12.02.")
    assert services.decisions.get(decision_id).decision.state == S.IN_REVIEW
    with services.ctx.sessions() as session:
        assert session.scalar(select(func.count(ReferenceCase.id))) == 0
        assert session.scalar(select(func.count(Obligation.id))) == 0
        amendment = session.scalars(select(DecisionAmendment)).one()
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "decision.amend")).one()
    assert amendment.number == 1 and "INF-RC" in amendment.reason
    assert [line["grade"] for line in amendment.snapshot["lines"]] == ["4.5", "3.5", "5.0", "ZAL", ""]
    assert event.before["lines"][1]["grade"] == "3.5" and "Błąd" in event.reason
    services.grades.grade_line(decision_id, lines["F2"], "4", "Protokół poprawkowy: 26/30.")
    assert by_line(services, decision_id)[lines["F2"]].review == "pending"  # verified again
    services.grades.review_line(decision_id, lines["F2"], APPROVED)
    services.decisions.move(decision_id, S.APPROVED)
    assert services.grades.grading(decision_id).amendments == 1


def test_an_ewp_grading_table_listed_worst_first_gives_the_bands(services) -> None:
    from app.services.elmo.transport import decode_transport
    sample = DOMAIN.parent / "emrex" / "samples" / "ewp-imobility-tors-example.xml"
    [(isced, frequencies)] = decode_transport(sample.read_bytes()).grade_tables
    assert isced == "0612" and frequencies[0] == ("F", "0.8")  # worst first, with the fail
    conversion = services.catalogue.convert(
        "ECTS-AF", "B", method="distribution", host_distribution=list(frequencies),
        home_distribution=[("5.0", 15), ("4.5", 20), ("4.0", 30), ("3.5", 20), ("3.0", 15)])
    host = conversion.bands["host"]
    assert [row[0] for row in host] == ["A", "B", "C", "D", "E"]  # F dropped, best first
    assert host[1] == ["B", "2.0", "12.0"] and conversion.grade == "5.0"
    nothing = services.catalogue.convert("ECTS-AF", "B", method="distribution", host_distribution=[("F", 5)],
                                         home_distribution=[("5.0", 50), ("3.0", 50)])
    assert (nothing.grade, nothing.method) == (None, "manual")
