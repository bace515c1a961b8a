"""The printed reports: what the text says (Polish letters intact), embedded fonts, page numbering, the repeated table
header, languages, the draft marking, list reports, and the atomic write."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.services.reports.labels import LABELS, format_ects, label
from app.services.reports.model import (
    DecisionReport,
    ForeignItem,
    HomeItem,
    Letterhead,
    ListReport,
    ListRow,
    Mobility,
    Obligation,
    ReportLine,
    ReportSemester,
    ReportStudent,
    ResultSource,
)
from app.services.reports.pdf_common import write_pdf_atomically
from app.services.reports.pdf_decision import render_decision_report
from app.services.reports.pdf_lists import render_list_report

PANGRAM = "Zażółć gęślą jaźń"
CAPITALS = "ZAŻÓŁĆ GĘŚLĄ JAŹŃ"
STUDENT = "Łucja Żółkiewska-Ćwik"
SHA = hashlib.sha256(b"an ELMO document").hexdigest()
LETTERHEAD = Letterhead(university="Uniwersytet Opolski", faculty="Wydział Ekonomiczny",
                        dean_title="Prodziekan ds. kształcenia", dean_name="dr hab. Jan Świątek, prof. UO",
                        place="Opole")


def make_line(i: int) -> ReportLine:
    """Line `i`: most one to one, some two foreign courses for one home course or one for two, one in seven rejected."""
    title = PANGRAM if i == 1 else CAPITALS if i == 2 else f"Advanced topics in economics and society, part {i}"
    foreign = [ForeignItem(f"UNIBO-{i:03d}", title, Decimal(6), "28", "IT-30")]
    home = [HomeItem(f"EK-S1-{i:03d}", f"Ekonomia rozwoju – ćwiczenia {i}", Decimal(6), ("E", "ZO", "ZAL")[i % 3])]
    if i % 5 == 3:
        foreign.append(ForeignItem(f"UNIBO-{i:03d}B", "Laboratorio di statistica", Decimal("2.5"), "30L", "IT-30"))
    if i % 5 == 4:
        home.append(HomeItem(f"EK-S1-{i:03d}B", "Seminarium dyplomowe", Decimal(2), "ZAL"))
    if i % 7 == 6:
        return ReportLine(tuple(foreign), tuple(home), "", "", False, note="Treści niezgodne z programem studiów.")
    method = ("table", "distribution", "reference", "manual")[i % 4]
    note = "Uznano na podstawie sylabusa." if method == "manual" else ""
    return ReportLine(tuple(foreign), tuple(home), "4,5" if i % 2 else "5,0", method, True, note=note)


def make_report(lines: int = 8, *, state: str = "in_review", amendment: int = 0, obligations: bool = True,
                sources: tuple[ResultSource, ...] | None = None) -> DecisionReport:
    """A decision with `lines` lines over semesters 5 and 6."""
    all_lines = [make_line(i) for i in range(1, lines + 1)]
    halves = (all_lines[: (lines + 1) // 2], all_lines[(lines + 1) // 2:])
    semesters = []
    for number, part in zip((5, 6), halves, strict=True):
        recognised = [line for line in part if line.recognised]
        semesters.append(ReportSemester(
            number, tuple(part),
            sum((f.ects or 0 for line in recognised for f in line.foreign), Decimal(0)),
            sum((h.ects for line in recognised for h in line.home), Decimal(0))))
    if sources is None:
        sources = (ResultSource("emrex", issuer="Alma Mater Studiorum – Università di Bologna", sha256=SHA,
                                emp="UNIBO", signature="valid", received_at=datetime(2026, 2, 20, 10, 15)),)
    return DecisionReport(
        letterhead=LETTERHEAD, number="UZN/2026/0042", issued_on=date(2026, 11, 24), state=state,
        amendment=amendment,
        student=ReportStudent(STUDENT, "123456", "Ekonomia", "EK-S1", "studia pierwszego stopnia", "stacjonarne",
                              "5,6", "2024/2025"),
        legal_basis="§ 28 Regulaminu studiów Uniwersytetu Opolskiego (uchwała nr 123/2023 Senatu UO).",
        mobility=Mobility("Università di Bologna", "Włochy", "I BOLOGNA01", "2025/26, semestr zimowy", "3",
                          date(2025, 10, 14), sources),
        semesters=tuple(semesters),
        ects_abroad=Decimal("33.5"), ects_recognised=sum((s.home_ects for s in semesters), Decimal(0)),
        ects_required=Decimal(30), semester_credited=False,
        obligations=(Obligation("EK-S1-099", "Prawo gospodarcze", Decimal(4), 6, date(2027, 2, 28)),)
        if obligations else (),
        justification="Efekty uczenia się uzyskane w uczelni przyjmującej odpowiadają efektom zakładanym.",
        appeal="Od decyzji przysługuje odwołanie do Rektora w terminie 14 dni od dnia jej doręczenia.",
        approved_by="dr hab. Jan Świątek" if state == "approved" else "",
        approved_at=datetime(2026, 11, 24, 9, 30) if state == "approved" else None,
    )


def pages_text(data: bytes) -> list[str]:
    """Each page's text, whitespace collapsed: a wrapped cell ("tabela / przeliczeń") reads as one phrase."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def short_pl() -> bytes:
    return render_decision_report(make_report(8), "pl")


@pytest.fixture(scope="module")
def long_pl() -> bytes:
    return render_decision_report(make_report(60), "pl")


def test_decision_names_the_student_courses_grades_and_sums(short_pl):
    text = "\n".join(pages_text(short_pl))
    for expected in (STUDENT, "123456", "Ekonomia (EK-S1)", "UNIBO-001", "EK-S1-004", "Ekonomia rozwoju",
                     "4,5", "5,0", "28", "(IT-30)", "Razem w semestrze 5", "Razem w semestrze 6",
                     "Semestr zaliczony: nie", "33,5", "nie uznano", "Treści niezgodne z programem studiów.",
                     "Prawo gospodarcze", "28.02.2027", "Opole, 24.11.2026", "DECYZJA nr UZN/2026/0042",
                     "Università di Bologna (Włochy), kod I BOLOGNA01", "wersja 3 z dnia 14.10.2025", SHA, "ważny",
                     "tabela przeliczeń", "(podpis i pieczęć)", "Prodziekan ds. kształcenia"):
        assert expected in text, expected


def test_every_polish_letter_survives(short_pl):
    text = "\n".join(pages_text(short_pl))
    assert PANGRAM in text
    assert CAPITALS in text
    assert STUDENT in text
    assert "dr hab. Jan Świątek, prof. UO" in text


def test_pages_are_numbered_with_the_total_and_the_document_number(long_pl):
    texts = pages_text(long_pl)
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Strona {number} z {len(texts)}" in text
        assert "Decyzja nr UZN/2026/0042" in text


def test_fonts_are_dejavu_and_embedded(short_pl):
    reader = PdfReader(io.BytesIO(short_pl))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]))
            assert "DejaVu" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert any("Bold" in name for name in seen)


def test_a_long_table_repeats_its_header_on_every_page(long_pl):
    texts = pages_text(long_pl)
    with_courses = [text for text in texts if "UNIBO-" in text]
    assert len(with_courses) >= 2
    for text in with_courses:
        assert "Nazwa oryginalna" in text and "Odpowiedniki w programie studiów" in text
    joined = "\n".join(texts)
    assert all(f"UNIBO-{i:03d}" in joined for i in range(1, 61))


def test_english(short_pl):
    texts = pages_text(render_decision_report(make_report(8), "en"))
    text = "\n".join(texts)
    for expected in ("DECISION No. UZN/2026/0042", "Semester credited: no", f"Page 1 of {len(texts)}",
                     "Original title", "not recognised", "conversion table", "(signature and stamp)", "valid",
                     "33.5"):
        assert expected in text, expected
    assert "Strona" not in text and "Semestr zaliczony" not in text


def test_both_languages():
    texts = pages_text(render_decision_report(make_report(8), "both"))
    text = "\n".join(texts)
    assert f"Strona 1 z {len(texts)} / Page 1 of {len(texts)}" in text
    for expected in ("Semestr zaliczony: nie", "Semester credited: no", "DECYZJA nr", "DECISION No.",
                     "Nazwa oryginalna", "Original title", "nie uznano", "not recognised", PANGRAM):
        assert expected in text, expected


def test_a_draft_is_marked_and_an_approved_decision_is_not(short_pl):
    assert "PROJEKT – stan: Weryfikowana" in pages_text(short_pl)[0]
    approved = "\n".join(pages_text(render_decision_report(make_report(8, state="approved", amendment=2), "pl")))
    assert "PROJEKT" not in approved
    assert "Zatwierdzono w systemie: dr hab. Jan Świątek, 24.11.2026 09:30" in approved
    assert "Korekta nr 2" in approved
    assert "Zatwierdzono w systemie" not in "\n".join(pages_text(short_pl))


def test_manual_results_and_no_obligations():
    report = make_report(3, obligations=False, sources=(ResultSource("manual"),))
    text = "\n".join(pages_text(render_decision_report(report, "pl")))
    assert "wprowadzone ręcznie" in text
    assert "Nie stwierdzono różnic programowych." in text
    assert "SHA-256" not in text
    both = (make_report(1).mobility.sources[0], ResultSource("manual"))
    text = "\n".join(pages_text(render_decision_report(make_report(1, sources=both), "pl")))
    assert SHA in text and "Pozostałe wyniki wprowadzono ręcznie." in text


def test_metadata(short_pl):
    meta = PdfReader(io.BytesIO(short_pl)).metadata
    assert meta.title == "Decyzja nr UZN/2026/0042"
    assert meta.author == "Uniwersytet Opolski"
    assert meta.creator == "Uznania"
    assert "123456" in meta.subject


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        render_decision_report(make_report(1), "de")


def list_rows(count: int) -> tuple[ListRow, ...]:
    states = ("open", "submitted", "in_review", "approved", "returned", "cancelled")
    return tuple(ListRow(
        number=f"UZN/2026/{i:04d}", album_number=f"{100000 + i}", student=f"{STUDENT} {i}", programme_code="EK-S1",
        semesters="5", state=states[i % 6], deadline=date(2026, 3, 1), days_overdue=(i * 3 if i % 2 else None),
        ects_recognised=Decimal("30.5") if i % 6 == 3 else None, email=f"student{i}@uni.opole.pl",
    ) for i in range(1, count + 1))


def test_list_report():
    report = ListReport(LETTERHEAD, "Decyzje kierunku Ekonomia", "Rok akademicki 2025/2026, semestr zimowy",
                        date(2026, 3, 2), list_rows(90), overdue=False)
    texts = pages_text(render_list_report(report, "pl"))
    text = "\n".join(texts)
    assert len(texts) >= 2
    for expected in ("Decyzje kierunku Ekonomia", "Rok akademicki 2025/2026", "Opole, 02.03.2026", f"{STUDENT} 1",
                     "UZN/2026/0090", "Zatwierdzona", "Weryfikowana", "30,5", "01.03.2026", "Liczba decyzji: 90",
                     f"Strona 1 z {len(texts)}"):
        assert expected in text, expected
    for text in texts:
        assert "Nr albumu" in text  # the header on every page


def test_overdue_list_in_english():
    report = ListReport(LETTERHEAD, "Overdue decisions", "", date(2026, 3, 2), list_rows(5), overdue=True)
    text = "\n".join(pages_text(render_list_report(report, "en")))
    for expected in ("Overdue decisions", "E-mail", "Days overdue", "student3@uni.opole.pl", "15",
                     "Number of decisions: 5", "Page 1 of 1"):
        assert expected in text, expected
    assert "ECTS recognised" not in text


def test_an_empty_list():
    report = ListReport(LETTERHEAD, "Decyzje", "", date(2026, 3, 2), (), overdue=False)
    text = pages_text(render_list_report(report, "pl"))[0]
    assert "Brak decyzji spełniających kryteria." in text


def test_write_is_atomic(tmp_path, short_pl):
    target = tmp_path / "decyzja.pdf"
    target.write_bytes(b"old")
    write_pdf_atomically(short_pl, target)
    assert target.read_bytes() == short_pl
    assert [p.name for p in tmp_path.iterdir()] == ["decyzja.pdf"]


def test_labels():
    assert all(pl and en for pl, en in LABELS.values())
    assert label("summary.credited", "both") == "Semestr zaliczony / Semester credited"
    assert label("col.ects", "both") == "ECTS"
    assert label("state.returned", "pl") == "Zwrócona"
    assert format_ects(Decimal("7.50"), "pl") == "7,5"
    assert format_ects(Decimal("60"), "en") == "60"
    with pytest.raises(ValueError):
        label("yes", "fr")


def test_amended_draft_in_both_languages_keeps_a_single_line_number():
    report = replace(make_report(2), amendment=1)
    text = pages_text(render_decision_report(report, "both"))[0]
    assert "Korekta nr 1" in text and "Amendment No. 1" in text
