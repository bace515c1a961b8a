"""What the reports and the export say, read from a real decision: the synthetic case approved by the dean."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.models import DecisionState as S
from app.services.errors import ValidationError
from app.services.registry import Services
from app.services.reports.service import report_file_name
from tests.conftest import TODAY
from tests.services.test_grades import graded, verify_all  # noqa: F401 - the synthetic case, graded


@pytest.fixture
def approved(graded):  # noqa: F811
    services, decision_id, grid, foreign, lines = graded
    verify_all(services, decision_id, lines)
    services.decisions.move(decision_id, S.APPROVED, "Uznano zgodnie z LA; Bazy danych II do zaliczenia.")
    return services, decision_id


def test_the_decision_report_holds_the_case(approved) -> None:
    services, decision_id = approved
    report = services.reports.decision_report(decision_id)
    assert (report.student.full_name, report.student.album_number, report.student.programme_code) == (
        "Zofia Łódzka", "100001", "SYN-INF-S1")
    assert report.state == "approved" and not report.draft
    [semester] = report.semesters
    assert semester.semester == 5
    recognised = [line for line in semester.lines if line.recognised]
    assert [line.grade for line in recognised] == ["4,5", "3,5", "5", "ZAL"]
    assert [line.method for line in recognised] == ["table", "table", "distribution", "pass"]
    assert semester.foreign_ects == 22 and semester.home_ects == 19
    [rejected] = [line for line in semester.lines if not line.recognised]
    assert rejected.foreign[0].code == "INF-BD" and "17/30" in rejected.note and semester.lines[-1] == rejected
    assert (report.ects_abroad, report.ects_recognised, report.ects_required) == (22, 19, 30)
    assert report.semester_credited is False
    assert [(o.code, o.deadline) for o in report.obligations] == [
        ("SYN-INF-504", date(2026, 3, 15)), ("SYN-INF-505", date(2026, 3, 15)), ("SYN-INF-5W1", date(2026, 3, 15))]
    assert report.justification.startswith("Uznano zgodnie z LA")
    assert report.mobility.sources[0].kind == "manual"  # the case's courses were entered, not imported
    assert report.letterhead.dean_title == "Dziekan" and "Regulaminu studiów" in report.legal_basis
    assert report_file_name(report.number) == report.number.replace("/", "-") + ".pdf"


def test_a_decision_not_yet_approved_is_a_draft_with_its_computed_obligations(graded) -> None:  # noqa: F811
    services, decision_id, *_ = graded
    report = services.reports.decision_report(decision_id, "en")
    assert report.draft and report.state == "open"
    assert len(report.obligations) == 3 and "were recognised by comparing" in report.justification
    with pytest.raises(ValidationError, match="pl, en or both"):
        services.reports.decision_report(decision_id, "de")


def test_the_export_for_data_entry(approved, tmp_path) -> None:
    services, decision_id = approved
    count = services.reports.export_approved(tmp_path / "usos.csv")
    text = (tmp_path / "usos.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # a spreadsheet on a Polish desktop reads the letters right
    rows = list(csv.DictReader(text.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert count == len(rows) == 4
    today = date.today().isoformat()
    assert [(r["album_number"], r["course_code"], r["grade"], r["ects"], r["term"], r["recognised_on"])
            for r in rows] == [
        ("100001", "SYN-INF-501", "4,5", "6", "2025/26-Z", today),
        ("100001", "SYN-INF-502", "3,5", "5", "2025/26-Z", today),
        ("100001", "SYN-INF-503", "5", "5", "2025/26-Z", today),
        ("100001", "SYN-LEK-501", "ZAL", "3", "2025/26-Z", today)]
    assert services.reports.export_approved(tmp_path / "usos.xlsx") == 4
    sheet = load_workbook(tmp_path / "usos.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:6] == ("album_number", "course_code", "course_name", "grade", "ects", "term")
    assert values[1][:5] == ("100001", "SYN-INF-501", "Inżynieria oprogramowania", "4,5", 6)
    events = [e for e in services.audit.search().entries if e.action == "export.approved"]
    assert [e.after["rows"] for e in events] == [4, 4] and events[0].after["decisions"] == [
        services.decisions.get(decision_id).decision.number]
    with pytest.raises(ValidationError, match="CSV or XLSX"):
        services.reports.export_approved(tmp_path / "usos.txt")
    assert services.reports.export_approved(tmp_path / "none.csv", since=date.today() + timedelta(days=1)) == 0


def test_list_reports_by_programme_and_term_and_the_overdue_list(approved) -> None:
    services, decision_id = approved
    [late] = services.decisions.open(["100002"], TODAY + timedelta(days=1), "6")
    winter = services.reports.list_report("SYN-INF-S1", "2025/26-Z")
    assert [r.number for r in winter.rows] == [services.decisions.get(decision_id).decision.number]
    assert winter.rows[0].ects_recognised == Decimal(19) and winter.rows[0].state == "approved"
    assert "2025/26-Z" in winter.subtitle
    assert [r.album_number for r in services.reports.list_report("SYN-INF-S1", "2025/26-L").rows] == ["100002"]
    assert services.reports.list_report(overdue=True).rows == ()  # nobody is late today
    ctx = replace(services.ctx, today=lambda: TODAY + timedelta(days=10))
    later = Services.create(ctx)
    overdue = later.reports.list_report(overdue=True)
    assert [(r.album_number, r.days_overdue) for r in overdue.rows] == [("100002", 9)] and overdue.overdue
    with pytest.raises(ValidationError, match="2025/26-Z"):
        services.reports.list_report("SYN-INF-S1", "zima")
    assert late
