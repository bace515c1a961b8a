"""The audit log read back: filters, paging, export to CSV and XLSX (itself audited), who may do either."""

from __future__ import annotations

import csv
import os
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.models import AuditEvent
from app.services.audit import AuditFilter, change_summary, pretty_json
from app.services.context import Role
from app.services.errors import AppError, PermissionDenied, ValidationError
from tests.conftest import make_services


@pytest.fixture
def warsaw():
    """Local time is Warsaw's, whatever the machine running the tests says."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Warsaw"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def add(database, at: datetime, actor: str, action: str, entity: str, entity_id: str, before=None, after=None,
        reason: str = "") -> None:
    with database.sessions.begin() as session:
        session.add(AuditEvent(at=at, actor=actor, action=action, entity=entity, entity_id=entity_id,
                               before=before, after=after, reason=reason))


def local(*parts: int) -> datetime:
    return datetime(*parts).astimezone()


@pytest.fixture
def log(database, warsaw):
    """Four events around 1 March 2026 (local time), oldest first."""
    add(database, local(2026, 2, 28, 23, 59, 59), "anowak", "decision.open", "decision", "8",
        after={"state": "awaiting_results"})
    add(database, local(2026, 3, 1, 0, 0, 0), "anowak", "decision.move", "decision", "7",
        before={"state": "open"}, after={"state": "approved"}, reason="Zgoda dziekana")
    add(database, local(2026, 3, 1, 23, 59, 59), "jkowalska", "student.update", "student", "100001",
        before={"family_name": "Lodzka", "city": "Kraków"}, after={"family_name": "Łódzka", "city": "Kraków"})
    add(database, local(2026, 3, 2, 0, 0, 0), "admin", "trust.add", "trusted_emp", "3",
        after={"acronym": "DK-TEST", "note": "50% done_"}, reason="Nowy certyfikat")
    return database


def ids(services, **criteria) -> list[str]:
    return [e.entity_id for e in services.audit.search(AuditFilter(**criteria)).entries]


def test_everything_newest_first_with_the_total(log, services) -> None:
    page = services.audit.search()
    assert [e.entity_id for e in page.entries] == ["3", "100001", "7", "8"]
    assert page.total == 4 and not page.has_more
    assert page.entries[1].after == {"family_name": "Łódzka", "city": "Kraków"}


def test_each_filter_narrows(log, services) -> None:
    assert ids(services, actor="anowak") == ["7", "8"]
    assert ids(services, actor="  anowak ") == ["7", "8"]
    assert ids(services, actor="anowa") == []  # the login exactly
    assert ids(services, action="decision.") == ["7", "8"]
    assert ids(services, action="decision.move") == ["7"]
    assert ids(services, action="decision_") == []  # "_" is not a wildcard
    assert ids(services, entity="student") == ["100001"]
    assert ids(services, entity="decision", entity_id="8") == ["8"]
    assert ids(services, actor="anowak", action="decision.open") == ["8"]
    assert ids(services, actor="", action=" ", entity="", text="") == ["3", "100001", "7", "8"]


def test_dates_are_local_days_and_both_bounds_inclusive(log, services) -> None:
    one_day = date(2026, 3, 1)
    assert ids(services, date_from=one_day, date_to=one_day) == ["100001", "7"]
    assert ids(services, date_from=one_day) == ["3", "100001", "7"]
    assert ids(services, date_to=one_day) == ["100001", "7", "8"]
    assert ids(services, date_from=date(2026, 3, 2), date_to=one_day) == []
    # stored as UTC: one hour before local midnight in Warsaw's winter
    assert log.sessions().get(AuditEvent, 2).at == datetime(2026, 2, 28, 23, 0, tzinfo=UTC)


def test_text_is_found_in_the_reason_and_in_the_values(log, services) -> None:
    assert ids(services, text="Łódzka") == ["100001"]  # stored escaped as \u0141\u00f3dzka in the JSON text
    assert ids(services, text="łódzka") == ["100001"]
    assert ids(services, text="ŁÓDZKA") == ["100001"]
    assert ids(services, text="lodzka") == ["100001"]  # the value before
    assert ids(services, text="Kraków") == ["100001"]
    assert ids(services, text="dziekana") == ["7"]
    assert ids(services, text="ZGODA") == ["7"]
    assert ids(services, text="approved") == ["7"]
    assert ids(services, text="50%") == ["3"] and ids(services, text="0%") == ["3"]
    assert ids(services, text="done_") == ["3"] and ids(services, text="%") == ["3"]
    assert ids(services, text="Gdańsk") == []
    assert ids(services, text="certyfikat", actor="anowak") == []


def test_underscore_and_percent_are_literal(log, services) -> None:
    found = ids(services, text="s_done")
    assert found == []
    assert ids(services, text="awaiting_results") == ["8"]
    assert ids(services, text="awaiting%results") == []


def test_paging(log, services) -> None:
    first = services.audit.search(AuditFilter(limit=3))
    assert [e.entity_id for e in first.entries] == ["3", "100001", "7"]
    assert first.total == 4 and first.has_more
    second = services.audit.search(AuditFilter(limit=3).next_page(len(first.entries)))
    assert [e.entity_id for e in second.entries] == ["8"]
    assert second.total == 4 and second.offset == 3 and not second.has_more
    narrowed = services.audit.search(AuditFilter(actor="anowak", limit=1))
    assert narrowed.total == 2 and len(narrowed.entries) == 1 and narrowed.has_more


def test_choices_for_the_filters(log, services) -> None:
    assert services.audit.actions() == ["decision.move", "decision.open", "student.update", "trust.add"]
    assert services.audit.actors() == ["admin", "anowak", "jkowalska"]


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder for exports only (the database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_csv_export_keeps_polish_letters_and_is_itself_audited(log, services, out) -> None:
    target = out / "dziennik.csv"
    assert services.audit.export(AuditFilter(actor="jkowalska"), target) == 1
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to see UTF-8
    header, row = read_csv(target)
    assert header == ["id", "at", "actor", "action", "entity", "entity_id", "before", "after", "reason"]
    assert row[0] == "3" and row[2:6] == ["jkowalska", "student.update", "student", "100001"]
    assert row[1] == "2026-03-01T23:59:59+01:00"
    assert row[6] == '{"city": "Kraków", "family_name": "Lodzka"}'
    assert row[7] == '{"city": "Kraków", "family_name": "Łódzka"}'
    [event] = services.audit.search(AuditFilter(action="audit.export")).entries
    assert event.actor == "jkowalska" and event.entity == "audit_events" and event.entity_id == "dziennik.csv"
    assert event.after == {"filter": {"actor": "jkowalska"}, "rows": 1, "format": "csv", "file": str(target)}
    assert [p.name for p in out.iterdir()] == ["dziennik.csv"]  # no temporary file left


def test_xlsx_export(log, services, out) -> None:
    add(log, local(2026, 3, 2, 9, 0), "jkowalska", "student.update", "student", "100002",
        before={"family_name": "Zolkiewski"}, after={"family_name": "Żółkiewski"}, reason="=HYPERLINK(\"x\")")
    target = out / "dziennik.xlsx"
    criteria = AuditFilter(date_from=date(2026, 3, 1), limit=10)
    assert services.audit.export(criteria, target) == 4
    workbook = load_workbook(target)
    rows = [list(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]
    assert rows[0][:3] == ["id", "at", "actor"] and len(rows) == 5
    assert rows[1][4:9] == ["student", "100002", '{"family_name": "Zolkiewski"}', '{"family_name": "Żółkiewski"}',
                            '=HYPERLINK("x")']
    assert workbook.worksheets[0]["I2"].data_type == "s"  # a reason is never a formula
    assert rows[3][7] == '{"city": "Kraków", "family_name": "Łódzka"}'
    event = services.audit.search(AuditFilter(action="audit.export")).entries[0]
    assert event.after["rows"] == 4 and event.after["format"] == "xlsx"
    assert event.after["filter"] == {"date_from": "2026-03-01", "limit": 10}


def test_csv_export_defuses_formulas(log, services, out) -> None:
    add(log, local(2026, 3, 3, 9, 0), "jkowalska", "student.update", "student", "1", reason="=1+2")
    target = out / "a.csv"
    services.audit.export(AuditFilter(entity_id="1"), target, "csv")
    assert read_csv(target)[1][8] == "'=1+2"


def test_export_refuses_other_formats_and_unwritable_places(log, services, out) -> None:
    with pytest.raises(ValidationError):
        services.audit.export(AuditFilter(), out / "log.pdf")
    with pytest.raises(AppError, match="cannot be written"):
        services.audit.export(AuditFilter(), out / "missing" / "log.csv")
    assert services.audit.search(AuditFilter(action="audit.")).total == 0
    assert list(out.iterdir()) == []


def test_an_export_over_an_existing_file_replaces_it(log, services, out) -> None:
    target = out / "log.csv"
    target.write_text("old", encoding="utf-8")
    services.audit.export(AuditFilter(entity="student"), target)
    assert len(read_csv(target)) == 2


def test_reading_and_exporting_need_their_roles(log, database, out) -> None:
    officer = make_services(database, roles={Role.OFFICER}, login="officer")
    for call in (officer.audit.search, officer.audit.actions, officer.audit.actors):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(PermissionDenied):
        officer.audit.export(AuditFilter(), out / "log.csv")
    dean = make_services(database, roles={Role.DEAN}, login="dean")
    assert dean.audit.search().total == 4  # the dean reads the log ...
    with pytest.raises(PermissionDenied):  # ... but takes no copy of it
        dean.audit.export(AuditFilter(), out / "log.csv")
    assert list(out.iterdir()) == []
    auditor = make_services(database, roles={Role.AUDITOR}, login="auditor")
    assert auditor.audit.export(AuditFilter(), out / "log.csv") == 4
    assert [e.actor for e in auditor.audit.search(AuditFilter(action="audit.export")).entries] == ["auditor"]


def test_change_summary_and_pretty_json() -> None:
    assert change_summary({"state": "open", "x": 1}, {"state": "approved", "x": 1}) == "state: open → approved"
    assert change_summary(None, {"name": "Łódź", "ects": 5, "note": "", "x": None}) == "name: Łódź; ects: 5"
    assert change_summary({"note": "a"}, {"note": ""}) == 'note: a → ""'
    assert change_summary({"name": "Łódź"}, None) == "name: Łódź → —"
    assert change_summary({"a": [1, 2]}, {"a": None}) == "a: [1, 2] → —"
    assert change_summary(None, None) == ""
    assert pretty_json({"b": "Łódź", "a": 1}) == '{\n  "a": 1,\n  "b": "Łódź"\n}'
