"""The decision's Learning Agreement: EWP, CSV and XLSX imports, hand entry with groups, replacement, audit, and the
refusals (final decisions, hostile XML, bad rows, roles)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import DecisionState, LAComponent, LearningAgreement
from app.services.context import Role
from app.services.errors import ImportFileError, NotFound, PermissionDenied, ValidationError
from app.services.la import ComponentInput, LearningAgreementRefused
from app.services.la_ewp import LearningAgreementUnreadable
from tests.conftest import TODAY, make_services

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "domain" / "ewp-omobility-las-get-response-example.xml"

GROUPED_CSV = (
    "Tabela;Kod;Nazwa;Punkty ECTS;Semestr;Grupa\n"
    "A;INF-RC;Reti di calcolatori;6;Winter 2025/26;g1\n"
    "A;INF-LAB;Laboratorio di reti;3;Winter 2025/26;g1\n"
    "A;MAT-AN;Analisi matematica;9,5;Winter 2025/26;g2\n"
    "B;SYN-INF-502;Sieci komputerowe;8;5;g1\n"
    "B;SYN-INF-301;Analiza matematyczna I;5;5;g2\n"
    "B;SYN-INF-302;Analiza matematyczna II;4;5;g2\n"
)


@pytest.fixture
def decision(seeded) -> int:
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=30), "5")
    return decision_id


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def count(services, model) -> int:
    with services.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def table(components) -> list[tuple]:
    return [(c.code, c.title, c.ects, c.term, c.group, c.change, c.reason) for c in components]


# -- EWP -------------------------------------------------------------------------------------------------------
def test_importing_the_ewp_example_into_a_decision(seeded, decision) -> None:
    view = seeded.la.import_file(decision, EXAMPLE)
    assert table(view.table_a) == [
        ("", "Introductory calculus", Decimal(9), "2/2", "", "", ""),
        ("KR502B", "Algebra", Decimal(6), "2/2", "", "inserted", "extending-mobility"),
    ]
    assert table(view.table_b) == [("", "Calculus", Decimal(5), "2/2", "", "", ""),
                                   ("", "Algebra with Geometry", Decimal(4), "2/2", "", "", "")]
    assert view.table_c == () and view.groups == ()  # EWP has no groups; none are made up
    assert (view.ects_a, view.ects_b, view.ects_c) == (15, 9, 0)
    assert (view.source, view.source_name, view.omobility_id) == ("ewp", EXAMPLE.name,
                                                                 "c442c289-5541-4cae-9edb-8ad83e133613")
    assert (view.sending_hei, view.receiving_hei, view.version) == ("uio.no", "uw.edu.pl", "approved-changes")
    assert (view.student_name, view.mobility_start, view.mobility_end) == ("Ivan Petrovich Sidorov", "2019-02",
                                                                          "2019-06")
    assert view.receiving_ounit == "Faculty of Mathematics, Informatics and Mechanics"
    pending = view.pending
    assert pending.id == "59B15BAF222F868493C167125FA32452E946" and pending.student == {"family_name": "Karamazov"}
    assert [(c.status, c.title, c.reason) for c in pending.changes] == [
        ("inserted", "Elementary Set Theory", "substituting-deleted"),
        ("deleted", "Introductory calculus", "language-mismatch")]
    approved = [(s.party, s.name, s.role, s.at) for s in view.signatures if s.version == "approved-changes"]
    assert approved == [("student", "Ivan Petrovich Sidorov", "", "2019-03-02T12:31:38+02:00"),
                        ("sending-hei", "Anders Bardal", "Erasmus senior coordinator", "2019-03-03T10:11:58+02:00"),
                        ("receiving-hei", "Paweł Tomasz Kowalski", "Mobility coordinator", "2019-03-03T12:54:00+02:00")]
    assert [s.version for s in view.signatures].count("first-version") == 3
    # the example's student is not the decision's (Zofia Łódzka): said, not refused
    assert any("Sidorov" in w.render() and "Łódzka" in w.render() for w in view.warnings)
    with seeded.ctx.sessions() as session:
        agreement = session.scalar(select(LearningAgreement))
        assert agreement.raw == EXAMPLE.read_bytes() and agreement.pending["id"] == pending.id
    [event] = [e for e in seeded.audit.events_for("decision", decision) if e.action.startswith("la.")]
    assert (event.action, event.before, event.reason) == ("la.import", None, EXAMPLE.name)
    assert event.after["table_a"] == ["Introductory calculus (9)", "KR502B Algebra (6)"]
    assert event.after["ects"] == {"A": "15", "B": "9"} and event.after["pending"] == pending.id
    assert seeded.la.get(decision) == view


def test_a_response_with_several_agreements_needs_the_mobility(seeded, decision, tmp_path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    start, end = text.index("    <la>"), text.index("</la>") + len("</la>\n")
    second = text[start:end].replace("c442c289-5541-4cae-9edb-8ad83e133613", "second-mobility")
    path = write(tmp_path, "two.xml", text[:end] + second + text[end:])
    with pytest.raises(LearningAgreementUnreadable, match="c442c289-5541-4cae-9edb-8ad83e133613, second-mobility"):
        seeded.la.import_file(decision, path)
    assert seeded.la.get(decision) is None
    assert seeded.la.import_file(decision, path, omobility_id="second-mobility").omobility_id == "second-mobility"
    assert seeded.la.get(decision).student_name == "Ivan Petrovich Sidorov"  # read again from the chosen one


@pytest.mark.parametrize("data", [
    b'<?xml version="1.0"?><!DOCTYPE la [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b"<omobility-las-get-response><la><omobility-id>&x;</omobility-id></la></omobility-las-get-response>",
    b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><la>&lol2;</la>',
])
def test_hostile_xml_is_refused_and_nothing_is_stored(seeded, decision, tmp_path, data) -> None:
    seeded.la.import_file(decision, write(tmp_path, "good.csv", GROUPED_CSV))
    path = tmp_path / "hostile.xml"
    path.write_bytes(data)
    with pytest.raises(LearningAgreementUnreadable, match="DOCTYPE"):
        seeded.la.import_file(decision, path)
    assert seeded.la.get(decision).source == "csv"  # the agreement before stays


# -- tables ----------------------------------------------------------------------------------------------------
def test_a_csv_with_polish_headers_and_groups(seeded, decision, tmp_path) -> None:
    view = seeded.la.import_file(decision, write(tmp_path, "la.csv", GROUPED_CSV, "cp1250"))
    assert view.source == "csv" and view.pending is None and view.signatures == () and view.sha256
    assert [(c.code, c.group) for c in view.table_a] == [("INF-RC", "g1"), ("INF-LAB", "g1"), ("MAT-AN", "g2")]
    assert view.table_a[2].ects == Decimal("9.5") and view.table_b[0].term == "5"
    assert (view.ects_a, view.ects_b) == (Decimal("18.5"), 17)
    assert [(g.name, [c.code for c in g.table_a], [c.code for c in g.table_b], g.ects_a, g.ects_b)
            for g in view.groups] == [
        ("g1", ["INF-RC", "INF-LAB"], ["SYN-INF-502"], 9, 8),
        ("g2", ["MAT-AN"], ["SYN-INF-301", "SYN-INF-302"], Decimal("9.5"), 9),
    ]
    assert view.warnings == ()


def test_english_headers_in_an_xlsx_workbook(seeded, decision, tmp_path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in (["Table", "Code", "Title", "ECTS", "Term", "Group"], ["A", "X1", "Databases", 6, "Winter", "1"],
                ["b", "SYN-INF-401", "Bazy danych", 5.0, 4, 1], ["C", None, "Online seminar", 1.5, None, None]):
        sheet.append(row)
    path = tmp_path / "la.xlsx"
    workbook.save(path)
    view = seeded.la.import_file(decision, path)
    assert table(view.table_a) == [("X1", "Databases", 6, "Winter", "1", "", "")]
    assert table(view.table_b) == [("SYN-INF-401", "Bazy danych", 5, "4", "1", "", "")]
    assert table(view.table_c) == [("", "Online seminar", Decimal("1.5"), "", "", "", "")]


def test_bad_rows_are_all_named_and_nothing_is_stored(seeded, decision, tmp_path) -> None:
    text = "table,title,ects\nA,Logic,6\nD,Networks,5\nB,,4\nA,Algebra,-1\nB,Analysis,lots\n"
    with pytest.raises(LearningAgreementRefused) as refused:
        seeded.la.import_file(decision, write(tmp_path, "bad.csv", text))
    message = refused.value.render()
    for words in ("Row 3: the table \"D\"", "Row 4: the title is missing", "Row 5: the ECTS credits \"-1\"",
                  "Row 6: the ECTS credits \"lots\""):
        assert words in message
    assert "Row 2" not in message and seeded.la.get(decision) is None


def test_a_table_without_the_needed_columns_is_refused(seeded, decision, tmp_path) -> None:
    with pytest.raises(ImportFileError, match="no column for: table"):
        seeded.la.import_file(decision, write(tmp_path, "la.csv", "kod;nazwa\nX;Logic\n"))
    with pytest.raises(ImportFileError, match="holds no components"):
        seeded.la.import_file(decision, write(tmp_path, "empty.csv", "tabela;nazwa\n"))


def test_reimport_replaces_the_agreement_and_the_audit_keeps_before_and_after(seeded, decision, tmp_path) -> None:
    seeded.la.import_file(decision, EXAMPLE)
    view = seeded.la.import_file(decision, write(tmp_path, "la.csv", GROUPED_CSV))
    assert view.source == "csv" and view.pending is None and view.signatures == () and view.omobility_id == ""
    assert [c.title for c in view.table_a] == ["Reti di calcolatori", "Laboratorio di reti", "Analisi matematica"]
    assert count(seeded, LearningAgreement) == 1 and count(seeded, LAComponent) == 6
    events = [e for e in seeded.audit.events_for("decision", decision) if e.action.startswith("la.")]
    assert [e.action for e in events] == ["la.import", "la.import"]
    assert events[1].before["source"] == "ewp" and events[1].before["pending"]
    assert events[1].after["table_a"][0] == "INF-RC Reti di calcolatori (6) [g1]"


# -- hand entry ------------------------------------------------------------------------------------------------
def test_manual_entry_with_groups_and_sums(seeded, decision) -> None:
    view = seeded.la.save_manual(decision, [
        ComponentInput("A", "  Reti  di calcolatori ", "INF-RC", "6", "Winter", "g1"),
        ComponentInput("A", "Laboratorio", ects=Decimal("2.5"), group="g1"),
        ComponentInput("B", "Sieci komputerowe", "SYN-INF-502", 8, "5", "g1",
                       recognition_conditions="Pass the lab"),
    ])
    assert view.source == "manual" and view.source_name == ""
    assert [(c.title, c.ects) for c in view.table_a] == [("Reti di calcolatori", 6), ("Laboratorio", Decimal("2.5"))]
    assert (view.ects_a, view.ects_b) == (Decimal("8.5"), 8)
    assert view.table_b[0].recognition_conditions == "Pass the lab"
    [group] = view.groups
    assert (group.name, len(group.table_a), len(group.table_b)) == ("g1", 2, 1)
    assert [e.action for e in seeded.audit.events_for("decision", decision)][-1] == "la.manual"


def test_manual_entry_is_validated(seeded, decision) -> None:
    with pytest.raises(LearningAgreementRefused) as refused:
        seeded.la.save_manual(decision, [ComponentInput("A", "Logic", ects=6), ComponentInput("B", " ", ects=5),
                                         ComponentInput("A", "Algebra", ects=-0.5), ComponentInput("X", "Networks"),
                                         ComponentInput("A", "x" * 501)])
    message = refused.value.render()
    for words in ("Row 2: the title is missing", "Row 3: the ECTS credits", "Row 4: the table \"X\"",
                  "Row 5: the title is longer than 500"):
        assert words in message
    with pytest.raises(ValidationError, match="at least one component"):
        seeded.la.save_manual(decision, [])
    assert seeded.la.get(decision) is None


def test_a_group_on_one_side_only_is_pointed_out(seeded, decision) -> None:
    view = seeded.la.save_manual(decision, [ComponentInput("A", "Logic", ects=6, group="g1"),
                                            ComponentInput("B", "Logika", ects=5)])
    assert [w.render() for w in view.warnings] == ["Group g1 has components in Table A but none in Table B."]


def test_grouping_an_imported_agreement_keeps_its_origin(seeded, decision) -> None:
    imported = seeded.la.import_file(decision, EXAMPLE)
    entered = [ComponentInput(c.table, c.title, c.code, c.ects, c.term, group, c.recognition_conditions)
               for c, group in zip(imported.table_a + imported.table_b, ("g1", "g2", "g1", "g2"), strict=True)]
    view = seeded.la.save_manual(decision, entered)
    assert (view.source, view.pending, view.signatures) == ("ewp", imported.pending, imported.signatures)
    assert [(g.name, [c.title for c in g.table_a], [c.title for c in g.table_b]) for g in view.groups] == [
        ("g1", ["Introductory calculus"], ["Calculus"]), ("g2", ["Algebra"], ["Algebra with Geometry"])]
    assert view.table_a[1].change == "inserted"
    actions = [e.action for e in seeded.audit.events_for("decision", decision)]
    assert actions[-2:] == ["la.import", "la.groups"]
    seeded.la.save_manual(decision, entered)  # nothing changed: nothing written
    assert [e.action for e in seeded.audit.events_for("decision", decision)] == actions
    changed = [*entered[:3], ComponentInput("B", "Geometria", ects=4, group="g2")]
    assert seeded.la.save_manual(decision, changed).source == "manual"  # another component: entered by hand


def test_remove(seeded, decision) -> None:
    seeded.la.save_manual(decision, [ComponentInput("A", "Logic", ects=6)])
    seeded.la.remove(decision)
    assert seeded.la.get(decision) is None and count(seeded, LAComponent) == 0
    assert [e.action for e in seeded.audit.events_for("decision", decision)][-1] == "la.remove"


# -- refusals --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("final", [DecisionState.CANCELLED, DecisionState.APPROVED])
def test_a_final_decision_keeps_its_agreement(seeded, decision, database, tmp_path, final) -> None:
    seeded.la.save_manual(decision, [ComponentInput("A", "Logic", ects=6)])
    if final == DecisionState.CANCELLED:
        seeded.decisions.move(decision, final, "student resigned")
    else:
        for state in (DecisionState.SUBMITTED, DecisionState.IN_REVIEW, DecisionState.APPROVED):
            seeded.decisions.move(decision, state)
    for attempt in (lambda: seeded.la.import_file(decision, EXAMPLE),
                    lambda: seeded.la.save_manual(decision, [ComponentInput("A", "Other", ects=1)]),
                    lambda: seeded.la.remove(decision)):
        with pytest.raises(ValidationError, match="can no longer be changed"):
            attempt()
    assert [c.title for c in seeded.la.get(decision).table_a] == ["Logic"]


def test_roles_unknown_decisions_and_decisions_without_an_agreement(seeded, decision, database) -> None:
    assert seeded.la.get(decision) is None
    with pytest.raises(NotFound):
        seeded.la.get(999)
    with pytest.raises(NotFound):
        seeded.la.import_file(999, EXAMPLE)
    dean = make_services(database, roles={Role.DEAN}, login="dean")
    with pytest.raises(PermissionDenied):
        dean.la.import_file(decision, EXAMPLE)
    with pytest.raises(PermissionDenied):
        dean.la.save_manual(decision, [ComponentInput("A", "Logic")])
    coordinator = make_services(database, roles={Role.COORDINATOR}, login="coordinator")
    assert coordinator.la.import_file(decision, EXAMPLE).imported_by == "coordinator"
    assert dean.la.get(decision).source == "ewp"  # anyone may look


def test_neither_xml_nor_a_table(seeded, decision, tmp_path) -> None:
    path = tmp_path / "photo.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(ImportFileError, match="neither an EWP Learning Agreement"):
        seeded.la.import_file(decision, path)
    with pytest.raises(ImportFileError, match="cannot be opened"):
        seeded.la.import_file(decision, tmp_path / "missing.xml")


def test_the_birth_date_is_checked_when_the_names_agree(seeded, tmp_path) -> None:
    path = tmp_path / "students.csv"
    path.write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n"
                    "100009;Sidorov;Ivan Petrovich;1997-06-05;SYN-INF-S1;erasmus\n", encoding="utf-8")
    seeded.student_import.apply(seeded.student_import.preview(path))
    [decision] = seeded.decisions.open(["100009"], TODAY + timedelta(days=30), "5")
    view = seeded.la.import_file(decision, EXAMPLE)
    assert [w.render() for w in view.warnings] == [
        "The Learning Agreement gives the birth date 1997-05-05, the student's is 1997-06-05."]
    assert view.student_birth_date == date(1997, 5, 5)
