"""The comparison on the synthetic recognition case, end to end: grid, foreign courses, lines, checks."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.models import CurriculumCourse, ForeignCourse, Programme
from app.services.comparison import LA, REJECTED, SIMILARITY
from app.services.errors import ValidationError
from tests.conftest import TODAY

DOMAIN = Path(__file__).resolve().parent.parent / "data" / "domain"
CASE = json.loads((DOMAIN / "synthetic_recognition_case.json").read_text(encoding="utf-8"))


def load_grid(services) -> dict[str, int]:
    """The synthetic grid, straight into the tables (the grid import has tests of its own)."""
    lines = [line for line in (DOMAIN / "synthetic_study_programme_grid.csv").read_text(encoding="utf-8")
             .splitlines() if not line.startswith("#")]
    ids = {}
    with services.ctx.sessions.begin() as session:
        programme = session.query(Programme).filter_by(code="SYN-INF-S1").one()
        for row in csv.DictReader(lines):
            course = CurriculumCourse(
                programme_id=programme.id, academic_year=row["academic_year"], semester=int(row["semester"]),
                code=row["course_code"], name_pl=row["course_name_pl"], name_en=row["course_name_en"],
                ects=Decimal(row["ects"]), form_of_credit=row["form_of_credit"], obligatory=row["group"] == "OBL",
                grade_type=row["grade_type"], isced=row["isced"])
            session.add(course)
            session.flush()
            ids[course.code] = course.id
    return ids


def add_foreign(services, decision_id: int) -> dict[str, int]:
    ids = {}
    host = CASE["mobility"]["receiving_hei"]["name"]
    with services.ctx.sessions.begin() as session:
        for course in CASE["foreign_courses"]:
            titles = [{"text": course["title"], "lang": course["language"]}]
            if course.get("title_en"):
                titles.append({"text": course["title_en"], "lang": "en"})
            row = ForeignCourse(decision_id=decision_id, host_institution=host, host_code=course["code"],
                                title=course["title"], titles=titles, ects=Decimal(course["ects"]),
                                original_grade=course["original_grade"], grading_scheme=course["grading_scheme"],
                                status=course["status"], result_date=date.fromisoformat(course["date"]))
            session.add(row)
            session.flush()
            ids[course["id"]] = row.id
    return ids


@pytest.fixture
def case(seeded):
    grid = load_grid(seeded)
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=20), "5")
    foreign = add_foreign(seeded, decision_id)
    return seeded, decision_id, grid, foreign


def test_the_synthetic_case_end_to_end(case) -> None:
    services, decision_id, grid, foreign = case
    for recognition in CASE["recognitions"]:
        services.comparison.set_line(decision_id, [foreign[f] for f in recognition["from"]],
                                     [grid[h] for h in recognition["to"]],
                                     status=REJECTED if recognition["status"] == "REJECTED" else "accepted")
    result = services.comparison.compare(decision_id)
    summary = CASE["summary"]
    assert result.ects_foreign_passed == summary["foreign_ects_passed"]
    assert result.ects_recognised == summary["home_ects_recognised"]
    assert result.ects_required == summary["home_ects_required_semester"]
    assert result.semester_credited is summary["semester_credited"]
    assert [h.code for h in result.obligations] == [o.split()[0] for o in summary["open_obligations"]]
    assert "19 of the required 30" in result.verdict.render()
    assert "Failed abroad" in result.flags[foreign["F5"]][0].render()
    assert result.proposals == ()  # every foreign course is in a line
    assert result.academic_year == "2025/26"


def test_proposals_by_title_across_languages(case) -> None:
    services, decision_id, grid, foreign = case
    proposals = {p.foreign_ids: p for p in services.comparison.compare(decision_id).proposals}
    software = proposals[(foreign["F1"],)]
    assert (software.home_ids, software.origin) == ((grid["SYN-INF-501"],), SIMILARITY)
    assert proposals[(foreign["F3"],)].home_ids == (grid["SYN-INF-503"],)  # Intelligenza artificiale
    assert "%" in software.reason.render()


def test_group_mapping_both_ways(case) -> None:
    services, decision_id, grid, foreign = case
    services.comparison.set_line(decision_id, [foreign["F1"], foreign["F2"]], [grid["SYN-INF-501"]])
    services.comparison.set_line(decision_id, [foreign["F3"]], [grid["SYN-INF-503"], grid["SYN-INF-5W1"]])
    result = services.comparison.compare(decision_id)
    assert [(len(line.foreign_ids), len(line.home_ids)) for line in result.lines] == [(2, 1), (1, 2)]
    assert result.ects_recognised == 6 + 5 + 4
    with pytest.raises(ValidationError, match="already in another"):
        services.comparison.set_line(decision_id, [foreign["F1"]], [grid["SYN-INF-502"]])


def test_accepting_proposals_and_removing_a_line(case) -> None:
    services, decision_id, grid, foreign = case
    taken = services.comparison.accept_proposals(decision_id)
    result = services.comparison.compare(decision_id)
    assert taken == len(result.lines) >= 2
    services.comparison.remove_line(decision_id, result.lines[0].id)
    assert len(services.comparison.compare(decision_id).lines) == taken - 1
    actions = [e.action for e in services.audit.events_for("decision", decision_id)]
    assert actions.count("line.set") == taken and actions.count("line.remove") == 1


def test_courses_of_another_grid_year_are_refused(case) -> None:
    services, decision_id, grid, foreign = case
    with pytest.raises(ValidationError):
        services.comparison.set_line(decision_id, [foreign["F1"]], [987654])


def test_learning_agreement_mapping_comes_first(case) -> None:
    from app.models import LAComponent, LearningAgreement
    services, decision_id, grid, foreign = case
    with services.ctx.sessions.begin() as session:
        session.add(LearningAgreement(decision_id=decision_id, source="manual", imported_by="t", components=[
            LAComponent(table="A", position=0, code="INF-RC", title="Reti di calcolatori", ects=Decimal(6)),
            LAComponent(table="B", position=0, code="SYN-INF-502", title="Sieci komputerowe", ects=Decimal(5),
                        recognition_conditions="Zaliczenie laboratorium w kraju")]))
    result = services.comparison.compare(decision_id)
    proposal = next(p for p in result.proposals if p.foreign_ids == (foreign["F2"],))
    assert (proposal.origin, proposal.home_ids) == (LA, (grid["SYN-INF-502"],))
    assert "Not in the Learning Agreement." in [p.render() for p in result.flags[foreign["F1"]]]
    assert result.conditions == (("Sieci komputerowe", "Zaliczenie laboratorium w kraju"),)


def test_compare_on_the_command_line(case, capsys, url, db_path) -> None:
    from tests.conftest import cli
    services, decision_id, grid, foreign = case
    code, out, _ = cli(capsys, url, "compare", str(decision_id), "--format", "json")
    record = json.loads(out)
    assert code == 0
    assert {"lines", "obligations", "ects_recognised", "ects_required", "semester_credited"} <= set(record)
    assert record["semester_credited"] is False and record["ects_required"] == 30


def test_proposals_for_a_real_elmo_document(seeded) -> None:
    from app.services.elmo.reader import read_elmo
    from app.services.elmo.transport import decode_transport
    from app.services.elmo.xmlsafe import parse_xml
    from app.services.intake import IntakeService
    grid = load_grid(seeded)
    [decision_id] = seeded.decisions.open(["100002"], TODAY + timedelta(days=20), "5")
    swedish = Path(__file__).resolve().parent.parent / "data" / "emrex" / "samples" / "se" / "swedish_1_elmo1.0.xml"
    content = read_elmo(parse_xml(decode_transport(swedish.read_bytes()).xml))
    with seeded.ctx.sessions.begin() as session:
        for course in content.courses:
            session.add(IntakeService._foreign_course(course, decision_id, None, "Stockholms universitet"))
    proposals = seeded.comparison.compare(decision_id).proposals
    by_home = {grid_id: p for p in proposals for grid_id in p.home_ids}
    assert grid["SYN-INF-503"] in by_home  # "Fundamentals of artificial intelligence" → Sztuczna inteligencja
    assert all(p.origin == SIMILARITY and p.score >= 65 * 0.8 for p in proposals)
    assert len({h for p in proposals for h in p.home_ids}) == sum(len(p.home_ids) for p in proposals)  # no twice


def test_the_regulations_figures_are_settings(case) -> None:
    from app.services.comparison import ComparisonService, obligation_deadline
    services, decision_id, grid, foreign = case
    lenient = ComparisonService(services.ctx, required_ects=Decimal(19), resit_session_end=(2, 28))
    services.comparison.set_line(decision_id, [foreign["F1"]], [grid["SYN-INF-501"]])
    services.comparison.set_line(decision_id, [foreign["F2"]], [grid["SYN-INF-502"]])
    services.comparison.set_line(decision_id, [foreign["F3"]], [grid["SYN-INF-503"]])
    services.comparison.set_line(decision_id, [foreign["F4"]], [grid["SYN-LEK-501"]])
    result = lenient.compare(decision_id)
    assert (result.ects_recognised, result.ects_required, result.semester_credited) == (19, 19, True)
    # the session after the winter semester of 2025/26 ended on 28 February; on 2 March the next one counts
    assert result.obligation_deadline == date(2027, 2, 28)
    assert services.comparison.compare(decision_id).obligation_deadline == date(2026, 3, 15)  # the default
    assert obligation_deadline(date(2026, 6, 1)) == date(2026, 9, 30)
    assert obligation_deadline(date(2026, 10, 1)) == date(2027, 3, 15)


def test_proposals_follow_the_order_and_keep_groups(case) -> None:
    """The LA's groups first (a group of two foreign courses for one home course is one proposal), then titles,
    never taking a home course a group already took; failed courses are not proposed."""
    from app.models import LAComponent, LearningAgreement
    services, decision_id, grid, foreign = case
    with services.ctx.sessions.begin() as session:
        session.add(LearningAgreement(decision_id=decision_id, source="manual", imported_by="t", components=[
            LAComponent(table="A", position=0, code="INF-IA", title="Intelligenza artificiale", group="1"),
            LAComponent(table="A", position=1, code="INF-RC", title="Reti di calcolatori", group="1"),
            LAComponent(table="A", position=2, code="INF-BD", title="Basi di dati avanzate", group="2"),
            LAComponent(table="B", position=0, code="SYN-INF-501", title="Inżynieria oprogramowania", group="1"),
            LAComponent(table="B", position=1, code="SYN-INF-504", title="Bazy danych II", group="2")]))
    proposals = services.comparison.compare(decision_id).proposals
    la = [p for p in proposals if p.origin == LA]
    assert [(set(p.foreign_ids), p.home_ids) for p in la] == [({foreign["F3"], foreign["F2"]}, (grid["SYN-INF-501"],))]
    assert all(grid["SYN-INF-501"] not in p.home_ids for p in proposals if p.origin != LA)  # not taken twice
    assert all(foreign["F5"] not in p.foreign_ids for p in proposals)  # failed: flagged, not proposed
    assert services.comparison.accept_proposals(decision_id) == len(proposals)
    lines = services.comparison.compare(decision_id).lines
    assert any(len(line.foreign_ids) == 2 and line.home_ids == (grid["SYN-INF-501"],) for line in lines)


def test_an_ewp_agreement_without_groups_is_one_group(seeded) -> None:
    """The EWP example maps Introductory calculus and Algebra together onto Calculus and Algebra with Geometry;
    with no groups in EWP, the agreement proposes them as one group, never paired by position."""
    from app.models import CurriculumCourse, Programme
    services = seeded
    [decision_id] = services.decisions.open(["100003"], TODAY + timedelta(days=20), "1")
    services.la.import_file(decision_id, DOMAIN / "ewp-omobility-las-get-response-example.xml")
    with services.ctx.sessions.begin() as session:
        programme = session.query(Programme).filter_by(code="PRAWO-JM").one()
        for code, name in (("M-CALC", "Calculus"), ("M-ALG", "Algebra with Geometry")):
            session.add(CurriculumCourse(programme_id=programme.id, academic_year="2025/26", semester=1, code=code,
                                         name_pl=name, name_en=name, ects=Decimal(5), form_of_credit="E"))
        for title, code in (("Introductory calculus", ""), ("Algebra", "KR502B")):
            session.add(ForeignCourse(decision_id=decision_id, host_code=code, title=title,
                                      titles=[{"text": title, "lang": "en"}], ects=Decimal(6)))
    [proposal] = [p for p in services.comparison.compare(decision_id).proposals if p.origin == LA]
    assert len(proposal.foreign_ids) == 2 and len(proposal.home_ids) == 2


def test_an_approved_decision_keeps_its_grid(case, tmp_path) -> None:
    from app.models import DecisionState as S
    services, decision_id, grid, foreign = case
    line = services.comparison.set_line(decision_id, [foreign["F2"]], [grid["SYN-INF-502"]])
    services.grades.grade_line(decision_id, line, "3,5", "No conversion table stored yet.")
    for state in (S.SUBMITTED, S.IN_REVIEW):
        services.decisions.move(decision_id, state)
    services.grades.review_line(decision_id, line, "approved")
    services.decisions.move(decision_id, S.APPROVED)
    with pytest.raises(ValidationError, match="SYN-INF-502"):
        services.grid.update_course(grid["SYN-INF-502"], ects=7)
    changed = tmp_path / "grid.csv"
    changed.write_text((DOMAIN / "synthetic_study_programme_grid.csv").read_text(encoding="utf-8").replace(
        "SYN-INF-502,Sieci komputerowe,Computer Networks,5,", "SYN-INF-502,Sieci komputerowe,Computer Networks,7,"),
        encoding="utf-8")
    with pytest.raises(ValidationError, match="new academic year"):
        services.grid.apply(services.grid.preview(changed, "SYN-INF-S1", "2025/26"))
    assert services.grid.update_course(grid["SYN-INF-601"], ects=6).ects == 6  # an unused course may change
