"""What the reader takes out of real and built ELMO documents: learner, issuers, courses by the leaf rule,
grades as printed, grading schemes, dates, attachments, and warnings for what is odd."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from lxml import etree

from app.services.elmo.reader import read_elmo
from app.services.elmo.types import ElmoUnreadable, Text
from tests.services.elmo.samples import V1, elmo, los, read, sample


def warnings_of(content) -> list[str]:
    return [problem.render() for problem in content.warnings]


def by_title(content, title: str):
    return next(course for course in content.courses if any(text.text == title for text in course.titles))


# -- real files ------------------------------------------------------------------------------------------------------
def test_danish_file() -> None:
    content = read(sample("dk/elmo-tomcat-signed.xml"))
    assert content.generated == datetime(2017, 1, 9, 10, 4, 48, 173000, tzinfo=timezone(timedelta(hours=1)))
    assert content.learner.citizenship == "DK"
    assert ("nationalIdentifier", "091280-1128") in [(i.type, i.value) for i in content.learner.identifiers]
    assert [(c.host_code, c.grade, c.ects) for c in content.courses] == [
        ("EJK-KHE", "10", 10), ("EJK-DYE", "7", 10), ("EJK-HØE", "7", 10), ("EJK-RIE", "7", 10), ("EJK-ROE", "4", 5)]
    course = content.courses[2]
    assert course.titles == (Text("Høst", "en"),)
    assert (course.kind, course.credit_scheme, course.status, course.start, course.academic_term, course.level) == (
        "Course", "ects", "passed", date(2009, 9, 25), "F10", "")  # a credit level of "-" says nothing
    assert str(content.courses[0].ects) == "10"  # "10.000" tidied
    [pdf] = content.attachments
    assert (pdf.media_type, pdf.kind) == ("application/pdf", "EMREX transcript")
    assert pdf.data.startswith(b"%PDF") and len(pdf.data) > 1000
    assert content.issuers[0].country == "DK"
    assert warnings_of(content) == []


def test_swedish_file_counts_every_ects_once() -> None:
    root = etree.fromstring(sample("se/swedish_1_elmo1.0.xml"))
    naive = sum(Decimal(value.text) for value in root.iter(f"{{{V1}}}value"))
    assert naive == Decimal("848.5")  # programme + module + courses + classes, all added up
    content = read_elmo(root)
    assert len(content.courses) == 31 and content.ects_total == Decimal("143.5")
    assert {course.kind for course in content.courses} == {"Class"}  # graded classes make their courses containers
    programming = [course for course in content.courses if "Programming in C" in course.parents]
    assert [(c.grade, c.ects) for c in programming] == [("G", 3), ("G", Decimal("1.5")), ("5", 3)]
    assert programming[0].parents == ("Bachelor Of Science Programme in Computing Science", "Programming in C")
    assert programming[0].date == date(2010, 12, 6)
    # the course without a result whose one class has one: only the class's 1.0 ECTS
    [algebra] = [course for course in content.courses if "Linear Algebra" in course.parents]
    assert (algebra.ects, algebra.grade) == (1, "G")
    texts = warnings_of(content)
    assert any(text.startswith("23 entries carry credits but no result") for text in texts)
    assert any('"Linear Algebra" states 7.5 ECTS' in text for text in texts)
    assert content.learner.family_name == "Jönsson"  # the empty learner inside the report is passed over
    assert content.issuers[0].titles == (Text("Umeå TEST-TEST", "sv"), Text("Umeå University", "en"))


def test_official_example() -> None:
    content = read(sample("official/elmo-schemas-example-v1.7.0.xml"))
    assert (content.learner.given_names, content.learner.family_name) == ("Wojciech Łukasz", "Rygielski")
    fungi, compilers, html = content.courses
    assert (fungi.grade, fungi.ects, fungi.parents) == ("Innpasset", 15, ("Master of Science in Biology",))
    assert fungi.academic_term == "2007 Autumn"
    # a graded 6 ECTS course whose parts (lecture, lab) carry no credits: the course is the course
    assert (compilers.grade, compilers.ects, compilers.host_code, compilers.status) == ("45.1", 6, "1000-217bMRJ",
                                                                                        "passed")
    assert compilers.grading_scheme_id == "0-100"
    assert compilers.grading_scheme == "A number of the scale from 0.0 to 100.0 (one digit of precision)"
    assert compilers.titles == (Text("Budowa kompilatorów", "pl"), Text("Compiler construction", "en"))
    assert compilers.distribution == (("Less than 20", 43), ("20-39.9", 193), ("40-59.9", 198), ("60-79.9", 35),
                                      ("80-100", 7))
    assert (compilers.level, compilers.language, compilers.isced) == ("EQF 5, NQF 5", "pl", "0612")
    assert (compilers.date, compilers.start) == (date(2015, 3, 17), date(2014, 10, 1))
    english = compilers.descriptions[0]
    assert english.lang == "en" and english.text.startswith("This can contain a multiline description.\n\n")
    assert [d.lang for d in compilers.descriptions] == ["en", "pl", "no"]  # the HTML one only where none is plain
    # an HTML-looking title is text, shown literally
    assert html.titles == (Text("The importance of <br> in HTML", ""),)
    assert (html.ects, html.grade, html.grading_scheme) == (None, "C", "American grading scale")
    assert not any(course.titles[0].text in ("Wykład", "Lab classes") for course in content.courses)
    texts = warnings_of(content)
    assert sum("cannot be decoded" in text for text in texts) == 4  # the example's attachments are truncated
    assert '"Global" attachment' in " ".join(texts) and '"Globalny" załącznik' in " ".join(texts)


def test_norwegian_file() -> None:
    content = read(sample("no/uio-test-2023-sampleElmo.b64"))
    testing, fire = content.courses
    assert testing.grading_scheme.startswith("A – Excellent\nAn excellent performance")
    assert (fire.ects, fire.grade, fire.grading_scheme, fire.grading_scheme_id) == (0, "Bestått", "38", "38")
    assert warnings_of(content) == ['"Fire Safety" refers to the grading scheme "38", which the document does '
                                    'not describe.']
    assert fire.level == "EQF 6" and fire.hours == "0.0" and fire.academic_term == "2015 Autumn"


def test_finnish_file() -> None:
    content = read(sample("fi/fi-ncp-2024-my_elmo.xml"))
    [course] = content.courses
    assert (course.kind, course.date, course.grade, course.ects, course.host_code) == (
        "Class", date(2014, 11, 28), "4", 5, "THHTN14A SH0202-148A4")
    assert content.learner.birth_date is None
    assert any("no birth date" in text for text in warnings_of(content))
    assert content.issuers[0].titles == (Text("TODO: Title from cached config", "FI"),)


def test_documents_without_namespace() -> None:
    kaisa = read(sample("fi/kaisak-no-namespace.xml"))
    assert (kaisa.format, kaisa.namespace) == ("elmo-nons", "")
    assert [(c.grade, c.ects) for c in kaisa.courses] == [("Hyv", 2), ("Hyv", 3), ("Hyv", 0)]
    ntnu = read(sample("official/implementation-guide-inline-example-no-namespace.xml"))
    assert [c.host_code for c in ntnu.courses] == ["EXPH0001-1", "SPRÅK3501-1"]
    assert ntnu.courses[0].distribution[0] == ("A", 1101)


def test_legacy_purl_file() -> None:
    content = read(sample("legacy-purl/no-Example-elmo-Norway.xml"))
    learner = content.learner
    assert (learner.full_name, learner.given_names, learner.birth_date, learner.citizenship) == (
        "Beate TS-Svendsen", "Beate", date(1992, 2, 2), "NO")
    biology = content.courses[0]
    assert (biology.grade, biology.grading_scheme_id, biology.grading_scheme, biology.ects) == ("D", "NO30", "NO30",
                                                                                              10)
    assert biology.parents == ("Bachelor in biology", "Biologi og kjemi")
    assert biology.start == date(2012, 7, 15)  # dtf="yyyy-mm-dd": minutes read as the month
    assert content.generated == datetime(2015, 5, 2, tzinfo=UTC)  # no generatedDate: the report's issue date
    assert any('"Biologi og kjemi" states 25 ECTS' in text for text in warnings_of(content))


def test_ewp_example() -> None:
    content = read(sample("ewp-imobility-tors-example.xml"))
    [course] = content.courses
    assert (course.ects, course.grade, course.isced, course.host_code) == (None, "C", "0612",
                                                                          "CR/19560ed8-5183-4842-9bb0-2b7e23f56522")
    assert dict(course.distribution)["C"] == 135


# -- built documents ---------------------------------------------------------------------------------------------------
def test_elmo_2_and_odd_prefixes_and_the_v2_namespace() -> None:
    learner = "<learner><givenNames>Ola</givenNames><familyName>Nordmann</familyName>" \
              "<alternativeName/><dateOfBirth>1999-12-31+01:00</dateOfBirth></learner>"
    two = read(elmo(los("A", credits="5", grade="B"), learner=learner))
    assert (two.format, two.version, two.learner.birth_date) == ("elmo-2", "2.0", date(1999, 12, 31))
    prefixed = elmo(los("A", credits="5", grade="B")).replace(b"<", b"<ns0:").replace(b"<ns0:/", b"</ns0:") \
        .replace(b"<ns0:?xml", b"<?xml").replace(b'xmlns="', b'xmlns:ns0="')
    content = read(prefixed)
    assert (content.format, content.courses[0].ects, content.learner.family_name) == ("elmo-1", 5, "Łódzka")
    v2 = read(elmo(los("A", credits="5", grade="B"), namespace="https://github.com/emrex-eu/elmo-schemas/tree/v2"))
    assert (v2.format, v2.version, len(v2.courses)) == ("elmo-2", "2.x", 1)
    odd = read(elmo(los("A", credits="5", grade="B"), namespace="urn:somebody:elmo"))
    assert (odd.format, len(odd.courses)) == ("elmo-1", 1)
    assert any("unknown namespace" in text for text in warnings_of(odd))


@pytest.mark.parametrize("parts,expected", [
    # leaf achievements under a graded course: the leaves
    ((los("Lab", credits="2", grade="G"), los("Exam", credits="3", grade="4")), [("Lab", 2), ("Exam", 3)]),
    # parts without credits (a lecture with a status only): the course itself
    ((los("Lecture", status="passed"), los("Lab", status="passed")), [("Course", 5)]),
    # parts with credits but no result are not achievements: the course
    ((los("Lab", credits="2"),), [("Course", 5)]),
])
def test_leaf_rule(parts, expected) -> None:
    content = read(elmo(los("Course", credits="5", grade="4", parts=parts)))
    assert [(course.titles[0].text, course.ects) for course in content.courses] == expected
    assert len({course.key for course in content.courses}) == len(expected)


def test_keys_name_the_position_in_the_tree() -> None:
    body = los("X", credits="1", grade="A") + los("P", kind="Degree Programme", credits="10",
                                                  parts=(los("Y", credits="1", grade="B"),
                                                         los("M", kind="Module", parts=(los("Z", credits="2",
                                                                                            grade="C"),))))
    content = read(elmo(body))
    assert [(c.key, c.parents) for c in content.courses] == [("r0/0", ()), ("r0/1/0", ("P",)), ("r0/1/1/0", ("P", "M"))]
    assert not any("states" in text for text in warnings_of(content))  # a programme may list only part of itself


def test_statuses_schemes_and_odd_values() -> None:
    body = "".join((
        los("Failed", credits="5", grade="F", status="failed"),
        los("Running", credits="5", status="In-Progress"),
        los("Odd", credits="5", grade="A", status="withdrawn"),
        los("Hours", credits="60", grade="A").replace("<scheme>ects</scheme>", "<scheme>hp</scheme>"),
        los("Comma", credits="7,5", grade="A", date="31.01.2024"),
        los("Bad", credits="lots", grade="A", date="yesterday"),
        los("Dated only", credits="3", date="2024-01-31Z"),
        los("No credits, no result"),
    ))
    content = read(elmo(body))
    found = {course.titles[0].text: course for course in content.courses}
    assert (found["Failed"].status, found["Running"].status, found["Odd"].status) == ("failed", "in-progress",
                                                                                      "withdrawn")
    assert (found["Hours"].ects, found["Hours"].credit_scheme) == (None, "hp")
    assert (found["Comma"].ects, found["Comma"].date) == (Decimal("7.5"), date(2024, 1, 31))
    assert (found["Bad"].ects, found["Bad"].date) == (None, None)
    assert found["Dated only"].status == "passed" and found["Dated only"].date == date(2024, 1, 31)
    assert "No credits, no result" not in found
    texts = "\n".join(warnings_of(content))
    for words in ('unknown status "withdrawn"', 'scheme "hp", not in ECTS', 'credit value "lots"',
                  'date "yesterday"'):
        assert words in texts


def test_learner_variants() -> None:
    legacy = read(elmo("", learner="<learner><fullName>Jan Kowalski</fullName>"
                                   '<bday dtf="dd-MM-yyyy">09-12-1980</bday></learner>'))
    assert (legacy.learner.full_name, legacy.learner.birth_date) == ("Jan Kowalski", date(1980, 12, 9))
    nobody = read(elmo("", learner=""))
    assert (nobody.learner.given_names, nobody.learner.family_name) == ("", "")
    assert any("does not say who the learner is" in text for text in warnings_of(nobody))
    bad = read(elmo("", learner="<learner><givenNames>A</givenNames><bday>1980-02-30</bday></learner>"))
    assert bad.learner.birth_date is None and any("1980-02-30" in text for text in warnings_of(bad))


def test_attachments() -> None:
    pdf = b"%PDF-1.4 tiny"
    body = (f"<attachment><title xml:lang=\"en\">ToR</title><title xml:lang=\"pl\">Wykaz</title><type>Transcript "
            f"of Records</type><content xml:lang=\"pl\">data:application/pdf;base64,"
            f"{base64.encodebytes(pdf).decode()}</content><content>data:text/plain,hello%20there</content>"
            f"<content>data:application/pdf;base64,{base64.b64encode(b'not a pdf').decode()}</content>"
            f"</attachment>")
    content = read(elmo(body))
    first, second, third = content.attachments
    assert (first.title, first.media_type, first.data, first.kind) == ("Wykaz", "application/pdf", pdf,
                                                                       "Transcript of Records")
    assert (second.title, second.media_type, second.data) == ("ToR", "text/plain", b"hello there")
    assert third.data == b"not a pdf" and any("not one" in text for text in warnings_of(content))


def test_no_report_and_not_an_elmo() -> None:
    content = read_elmo(etree.fromstring(b"<elmo><learner><givenNames>A</givenNames></learner></elmo>"))
    assert content.courses == () and any("no report" in text for text in warnings_of(content))
    with pytest.raises(ElmoUnreadable):
        read_elmo(etree.fromstring(b"<transcript/>"))


def test_unknown_elements_and_comments_are_ignored() -> None:
    body = los("A", credits="5", grade="B", extra='<extension><title xmlns="urn:x">not a title</title></extension>'
                                               "<!-- <resultLabel>X</resultLabel> --><?pi?>")
    content = read(elmo("<futureElement><x/></futureElement>" + body))
    [course] = content.courses
    assert (course.titles, course.grade) == ((Text("A", "en"),), "B")
