"""Conversion tables: the validator on the published UAM table (with its gaps and oddities) and on made-up
tables, the lookup of one grade, and reading table files."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.services.errors import ImportFileError
from app.services.grading import (
    TableRow,
    convert,
    home_schemes,
    load_default_schemes,
    read_table_file,
    validate,
)
from app.services.grading.tables import declared_direction

DATA = Path(__file__).resolve().parents[2] / "data" / "grading"
SCHEMES = {s.code: s for s in load_default_schemes()}
HOME, HOME_ZAL = home_schemes(False)
GROUPS = {g.country: g for g in read_table_file(DATA / "conversion_table_uam_law_pl.csv")}


def findings(rows, scheme, declared=None, home=HOME):
    return [(f.severity, f.kind, f.problem.render()) for f in validate(rows, scheme, home, declared)]


def errors(rows, scheme, declared=None, home=HOME):
    return [f for f in findings(rows, scheme, declared, home) if f[0] == "error"]


def uam(country: str):
    group = GROUPS[country]
    return findings(group.rows, SCHEMES[group.scheme_code], group.higher_is_better)


def row(low, high, home, label="") -> TableRow:
    number = lambda v: None if v is None else Decimal(str(v))  # noqa: E731
    return TableRow(number(low), number(high), label, home)


# What the validator says about every group of the UAM table (prawo.amu.edu.pl), as published.
UAM = {
    "ECTS": [("error", "gap", "Gap: the foreign grade FX is not covered by any row.")],
    "UK": [("warning", "home_skipped",
            "No row gives the home grade 3.0, though the table gives better and worse ones.")],
    "AT": [("warning", "home_skipped",
            "No row gives the home grade 3.5, though the table gives better and worse ones.")],
    # BE: the transcription writes the page's "poniżej 10" as 0–9.99, so the table itself says it tells
    # hundredths apart; at hundredths "10–11" and "12–13" leave 11.01–11.99 etc. uncovered. BE-20 has no step
    # because the reference does not say Belgian marks are whole numbers; with step 1 the table is clean (below).
    "BE": [("error", "gap", f"Gap: foreign grades between {a} and {a + 1} are not covered.") for a in (11, 13, 15, 17)],
    "CY": [("error", "gap", "Gap: foreign grades between 8.0 and 8.1 are not covered."),
           ("warning", "home_skipped",
            "No row gives the home grade 3.5, though the table gives better and worse ones.")],
    "FI": [("warning", "many_to_one", "Several foreign grades (5, 4) get 5.0, and no row gives 4.5.")],
    "FR": [],
    "GR": [("error", "fail_to_pass",
            "Fail to pass: 4 fails on the scale GR-10 (pass mark 5) but gets the passing home grade 3.5."),
           ("error", "fail_to_pass",
            "Fail to pass: 3 fails on the scale GR-10 (pass mark 5) but gets the passing home grade 3.0.")],
    "ES": [("error", "gap", "Gap: foreign grades between 9 and 10 are not covered."),
           ("warning", "many_to_one",
            "Several foreign grades (Matrícula de honor (10), Sobresaliente (9)) get 5.0, and no row gives 4.5."),
           ("warning", "home_skipped",
            "No row gives the home grade 3.5, though the table gives better and worse ones.")],
    "NL": [("error", "gap", f"Gap: foreign grades between {a} and {b} are not covered.")
           for a, b in (("5.5", 6), (6, 7), (7, 8), (8, 9))],
    "IS": [],
    "LT": [],
    "LV": [],
    "DE": [],
    "CH": [],  # steps of 0.25: 3.99 → 4 and 4 → 4.25 leave nothing between them
    "TR": [],
    "HU": [("warning", "home_skipped",
            "No row gives the home grade 3.5, though the table gives better and worse ones.")],
    "IT": [],
}


def test_every_uam_group_is_matched_to_a_default_scheme() -> None:
    assert set(GROUPS) == set(UAM)
    assert {c: g.scheme_code for c, g in GROUPS.items()} == {
        "ECTS": "ECTS-AF", "UK": "UK-PCT", "AT": "AT-1-5", "BE": "BE-20", "CY": "CY-10", "FI": "FI-0-5",
        "FR": "FR-20", "GR": "GR-10", "ES": "ES-10", "NL": "NL-10", "IS": "IS-10", "LT": "LT-10", "LV": "LV-10",
        "DE": "DE-1-5", "CH": "CH-6", "TR": "TR-100", "HU": "HU-1-5", "IT": "IT-30"}
    assert GROUPS["DE"].higher_is_better is False and GROUPS["AT"].higher_is_better is False
    assert GROUPS["CH"].higher_is_better is True and GROUPS["HU"].higher_is_better is True
    assert GROUPS["FR"].higher_is_better is None


@pytest.mark.parametrize("country", sorted(UAM))
def test_the_uam_table_as_published(country: str) -> None:
    assert uam(country) == UAM[country]


def test_belgian_table_is_clean_when_marks_are_whole_numbers() -> None:
    whole = replace(SCHEMES["BE-20"], step=Decimal(1))
    assert findings(GROUPS["BE"].rows, whole) == []


def test_converting_with_the_uam_table() -> None:
    def conv(country: str, label: str):
        group = GROUPS[country]
        return convert(group.rows, SCHEMES[group.scheme_code], label)

    assert [conv("IT", g) for g in ("30L", "30", "29", "28", "25", "18", "17")] == \
        ["5.0", "5.0", "5.0", "4.5", "3.5", "3.0", "2.0"]
    assert conv("IT", "31") is None and conv("IT", "ottimo") is None
    assert [conv("DE", g) for g in ("1,3", "2.3", "2.7", "4.0", "5.0")] == ["5.0", "4.5", "4.0", "3.0", "2.0"]
    assert conv("FR", "11.5") == "3.0" and conv("FR", "9.75") == "2.0"  # whole-number table: 11.5 is an 11
    assert conv("NL", "8.5") is None and conv("NL", "5,5") == "3.0"  # the gaps
    assert conv("ES", "Notable") == "4.0" and conv("ES", "SB") == "5.0" and conv("ES", "9.5") is None
    assert conv("ECTS", "b") == "4.5" and conv("ECTS", "FX") is None
    assert conv("CH", "4.75") == "4.5" and conv("CH", "3.75") == "2.0" and conv("CH", "4.3") is None
    assert conv("UK", "39.5") == "2.0" and conv("UK", "72") == "5.0"
    assert convert(GROUPS["CY"].rows, None, "8,05") is None  # without a scheme: the printed ranges only


def test_overlap_of_ranges() -> None:
    rows = [row(0, 4.99, "2.0"), row(5, 5.49, "3.0"), row(5.0, 6.49, "3.5"), row(6.5, 8, "4.0"),
            row(8.01, 9, "4.5"), row(9.01, 10, "5.0")]
    assert findings(rows, SCHEMES["CY-10"]) == [
        ("error", "overlap", "Overlap: the rows 5–5.49 and 5.0–6.49 both cover foreign grades from 5.0 to 5.49.")]


def test_overlap_of_listed_grades_and_a_duplicate() -> None:
    rows = [row(1, 2, "5.0"), row(2.3, 2.7, "4.5"), row(2.7, 3.3, "4.0"), row(3.7, 4.0, "3.5"), row(4.0, 4.0, "3.0"),
            row(5, 5, "2.0"), row(5, 5, "2.0")]
    assert findings(rows, SCHEMES["DE-1-5"]) == [
        ("error", "duplicate", "Duplicate: the foreign grade 5 has two rows (home grades 2.0 and 2.0)."),
        ("error", "overlap", "Overlap: the foreign grade 2.7 is covered by the rows 2.3–2.7 and 2.7–3.3."),
        ("error", "overlap", "Overlap: the foreign grade 4.0 is covered by the rows 3.7–4.0 and 4.0.")]


def test_not_monotonic() -> None:
    rows = [row(9, 10, "5.0"), row(7, 8, "4.0"), row(6, 6, "4.5"), row(5, 5, "3.0"), row(0, 4, "2.0")]
    assert errors(rows, SCHEMES["GR-10"]) == [
        ("error", "non_monotonic", "Not monotonic: 6 is a worse foreign grade than 7–8 but gets a better home grade "
                                   "(4.5 against 4.0).")]


def test_a_table_written_the_wrong_way_round_is_one_error() -> None:
    rows = [row(1, 1, "2.0"), row(2, 2, "3.0"), row(3, 3, "4.0"), row(4, 4, "4.5"), row(5, 5, "5.0")]
    assert findings(rows, SCHEMES["AT-1-5"], declared=False) == [
        ("error", "inverted", "Inverted: the table reads the scale as if a higher number were better; on this scale "
                              "1 is best."),
        ("warning", "home_skipped", "No row gives the home grade 3.5, though the table gives better and worse ones.")]
    letters = [row(None, None, "2.0", "A"), row(None, None, "3.0", "C"), row(None, None, "5.0", "F")]
    assert [f for f in findings(letters, SCHEMES["NO-AF"]) if f[1] == "inverted"] == [
        ("error", "inverted", "Inverted: the table gives the worse foreign grades the better home grades; on this "
                              "scale A is best.")]


def test_a_heading_against_the_scheme() -> None:
    kinds = [k for _, k, _ in findings(GROUPS["AT"].rows, SCHEMES["AT-1-5"], declared=True)]
    assert "inverted" in kinds


def test_unknown_grades() -> None:
    rows = [row(None, None, "5.0", "A"), row(None, None, "4", "B"), row(None, None, "3.3", "C"),
            row(None, None, "3.0", "D"), row(None, None, "3.0", "E"), row(None, None, "2.0", "FX"),
            row(None, None, "NZAL", "F"), row(None, None, "2.0", "G")]
    found = findings(rows, SCHEMES["ECTS-AF"])
    assert ("error", "unknown_home_grade", "The home grade 3.3 of the row C is not a grade of PL-STD.") in found
    assert ("error", "unknown_home_grade", "The home grade NZAL of the row F is not a grade of PL-STD.") in found
    assert ("error", "unknown_grade", "G is not a grade of the scale ECTS-AF.") in found
    assert not any(kind == "unknown_home_grade" and "row B" in text for _, kind, text in found)  # "4" is 4.0
    outside = findings([row(0, 9, "2.0"), row(10, 21, "3.0")], SCHEMES["FR-20"])
    assert ("error", "unknown_grade", "The row 10–21 reaches outside the scale FR-20 (0–20).") in outside


def test_pass_marks() -> None:
    rows = [row(45, 100, "3.0"), row(0, 44, "2.0")]
    found = findings(rows, SCHEMES["UK-PCT"])
    assert found == [("error", "pass_to_fail", "Pass to fail: 0–44 passes on the scale UK-PCT (pass mark 40) but gets "
                                               "the failing home grade 2.0.")]
    passfail = [row(None, None, "ZAL", "pass"), row(None, None, "ZAL", "fail")]
    assert [k for _, k, _ in findings(passfail, SCHEMES["PASS-FAIL"], home=HOME_ZAL)] == ["fail_to_pass"]
    assert findings([row(None, None, "ZAL", "idoneo"), row(None, None, "NZAL", "non idoneo")],
                    SCHEMES["IT-PASSFAIL"], home=HOME_ZAL) == []


def test_ends_of_the_range_and_bad_rows() -> None:
    found = findings([row(5, 8, "3.0"), row(8.5, 9.5, "4.0")], SCHEMES["GR-10"])
    assert [text for _, kind, text in found if kind == "gap"] == [
        "Gap: foreign grades below 5 (down to 0) are not covered.",
        "Gap: foreign grades between 8 and 8.5 are not covered.",
        "Gap: foreign grades above 9.5 (up to 10) are not covered."]
    assert [k for _, k, _ in findings([row(8, 5, "3.0"), row(None, None, "2.0")], None)] == ["bad_range", "bad_range"]


def test_without_a_scheme_only_the_numbers_are_checked() -> None:
    rows = [row(0, 4, "2.0"), row(6, 8, "4.0"), row(5, 6, "3.0")]
    assert [k for _, k, _ in errors(rows, None)] == ["overlap"]
    inverted = [row(1, 1, "2.0"), row(2, 2, "3.0"), row(3, 3, "5.0")]
    assert errors(inverted, None, declared=False) == [
        ("error", "inverted", "Inverted: the table reads the scale as if a higher number were better; on this scale "
                              "1 is best.")]


def test_declared_direction_from_the_scale_text() -> None:
    assert [declared_direction(t) for t in ("1-5 (1 best)", "1.0-5.0 (1 best)", "1-6 (6 best)", "0-30 (+lode)",
                                            "percent")] == [False, False, True, None, None]


def test_reading_a_spreadsheet_with_polish_commas_and_comments(tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["# a note above the header"])
    sheet.append(["Kraj", "Skala", "Od", "Do", "Ocena zagraniczna", "Ocena polska", "Uwagi"])
    sheet.append(["CH", "1-6 (6 best)", "5,25", 6, "", "5", ""])
    sheet.append(["# a comment among the rows"])
    sheet.append(["CH", "1-6 (6 best)", 4.75, 5, "", "4,5", "quarter steps"])
    sheet.append(["IT", "0-30", "", "", "30L", "bdb", ""])
    book.save(tmp_path / "t.xlsx")
    groups = read_table_file(tmp_path / "t.xlsx")
    assert [(g.country, g.scheme_code, g.higher_is_better) for g in groups] == [("CH", "CH-6", True),
                                                                               ("IT", "IT-30", None)]
    assert groups[0].rows == (TableRow(Decimal("5.25"), Decimal(6), "", "5.0"),
                              TableRow(Decimal("4.75"), Decimal(5), "", "4.5", "quarter steps"))
    assert groups[1].rows == (TableRow(None, None, "30L", "5.0"),)


@pytest.mark.parametrize(("text", "message"), [
    ("country,foreign_scale,foreign_min,foreign_max,foreign_label,pl_grade\nGR,0-10,abc,10,,5.0\n",
     'Line 2, column "foreign_min": "abc" is not a number.'),
    ("country,foreign_min,foreign_max,pl_grade\nGR,9,10,\n", 'Line 2: the column "pl_grade" is empty.'),
    ("country,foreign_min,foreign_max,pl_grade\nGR,10,9,5.0\n", "Line 2: the range 10–9 runs backwards"),
    ("country,foreign_min,foreign_max,pl_grade\nGR,,,5.0\n", "Line 2: the row names no foreign grade"),
    ("country,grade_from,pl_grade\nGR,9,5.0\n", "has no column for: lowest foreign grade, foreign grade"),
    ("# only a comment\ncountry,foreign_min,pl_grade\n", "The file is empty."),
])
def test_bad_files_name_the_line_and_column(tmp_path, text: str, message: str) -> None:
    path = tmp_path / "table.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_table_file(path)
    assert message in caught.value.render()


def test_reading_a_windows_1250_csv_with_semicolons_and_comment_lines(tmp_path) -> None:
    text = ("# Tabela przeliczeń (wydział)\r\n"
            "kraj;skala;od;do;ocena zagraniczna;ocena polska;uwagi\r\n"
            "GR;0-10;8,5;10;;bdb;\r\n"
            "# wiersz wyłączony\r\n"
            "GR;0-10;0;8,49;;ndst;poniżej\r\n"
            "PL;zal/nzal;;;zaliczone;zal;\r\n")
    path = tmp_path / "tabela.csv"
    path.write_bytes(text.encode("cp1250"))
    groups = read_table_file(path)
    assert [(g.country, g.scheme_code) for g in groups] == [("GR", "GR-10"), ("PL", "PASS-FAIL")]
    assert groups[0].rows == (TableRow(Decimal("8.5"), Decimal(10), "", "5.0"),
                              TableRow(Decimal(0), Decimal("8.49"), "", "2.0", "poniżej"))
    assert groups[1].rows == (TableRow(None, None, "zaliczone", "ZAL"),)


def test_a_row_for_the_distinction_is_not_a_second_row_for_30() -> None:
    rows = (*GROUPS["IT"].rows, TableRow(None, None, "30L", "5.0"))
    assert findings(rows, SCHEMES["IT-30"]) == []
    worse = (*GROUPS["IT"].rows, TableRow(None, None, "30 e lode", "4.5"))
    assert [k for _, k, _ in findings(worse, SCHEMES["IT-30"])] == ["non_monotonic"]
    assert convert(worse, SCHEMES["IT-30"], "30L") == "4.5" and convert(worse, SCHEMES["IT-30"], "30") == "5.0"
