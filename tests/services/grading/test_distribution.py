"""The distribution (ECTS grading-table) method on the published grading tables."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.errors import ValidationError
from app.services.grading import DEFAULT_HOME_DISTRIBUTION, bands, convert_by_distribution

DATA = Path(__file__).resolve().parents[2] / "data" / "grading"

# The worked example of the domain README: Ghent's Italian table against 15/20/30/20/15 (IT grade, band %,
# overlap, midpoint, UAM table). The README's last column, the UAM fixed table, differs on 29, 25 and 23–21.
WORKED_EXAMPLE = """
30L 0.0 5.6 5.0 5.0 5.0
30 5.6 21.3 5.0 5.0 5.0
29 21.3 21.8 4.5 4.5 5.0
28 21.8 34.1 4.5 4.5 4.5
27 34.1 45.9 4.0 4.0 4.0
26 45.9 55.0 4.0 4.0 4.0
25 55.0 63.2 4.0 4.0 3.5
24 63.2 74.5 3.5 3.5 3.5
23 74.5 77.2 3.5 3.5 3.0
22 77.2 83.2 3.5 3.5 3.0
21 83.2 85.5 3.5 3.5 3.0
20 85.5 91.2 3.0 3.0 3.0
19 91.2 93.1 3.0 3.0 3.0
18 93.1 100.0 3.0 3.0 3.0
"""


def rows(name: str) -> list[dict[str, str]]:
    lines = [line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


HOME = bands(DEFAULT_HOME_DISTRIBUTION)


def results(host, rule: str) -> dict[str, str | None]:
    return {band.label: convert_by_distribution(host, HOME, band.label, rule) for band in host}


def test_the_home_bands() -> None:
    assert [(b.label, b.low, b.high) for b in HOME] == [
        ("5.0", 0, 15), ("4.5", 15, 35), ("4.0", 35, 65), ("3.5", 65, 85), ("3.0", 85, 100)]


def test_the_ghent_italian_table_reproduces_the_worked_example() -> None:
    italian = [(r["grade"], Decimal(r["percentage"])) for r in rows("grading_table_ugent_example_it30_vs_B.csv")
               if r["system"] == "IT30"]
    host = bands(italian)  # the shares add up to 99.9: renormalised to 100
    expected = [line.split() for line in WORKED_EXAMPLE.strip().splitlines()]
    assert [[b.label, *b.shown()] for b in host] == [e[:3] for e in expected]
    assert results(host, "overlap") == {e[0]: e[3] for e in expected}
    assert results(host, "midpoint") == {e[0]: e[4] for e in expected}
    assert host[-1].high == 100 and host[0].low == 0  # exact at the ends, not only when shown


def test_the_fixed_uam_table_disagrees_with_the_distribution_on_29_25_and_23_to_21() -> None:
    from app.services.grading import convert as by_table
    from app.services.grading import load_default_schemes, read_table_file

    italian = next(g for g in read_table_file(DATA / "conversion_table_uam_law_pl.csv") if g.country == "IT")
    scheme = {s.code: s for s in load_default_schemes()}["IT-30"]
    expected = [line.split() for line in WORKED_EXAMPLE.strip().splitlines()]
    assert {e[0]: by_table(italian.rows, scheme, e[0]) for e in expected} == {e[0]: e[5] for e in expected}
    assert [e[0] for e in expected if e[3] != e[5]] == ["29", "25", "23", "22", "21"]


def test_dutch_2006_distribution_without_its_fails() -> None:
    data = rows("grade_distribution_nl_eur_2006.csv")
    passing = {r["grade"] for r in data if r["passes"] == "true"}
    host = bands([(r["grade"], Decimal(r["percentage"])) for r in data], passes=passing.__contains__)
    assert [b.label for b in host] == ["10", "9", "8", "7", "6"]
    assert [b.shown() for b in host] == [("0.0", "0.5"), ("0.5", "3.5"), ("3.5", "18.7"), ("18.7", "62.0"),
                                         ("62.0", "100.0")]
    assert results(host, "overlap") == {"10": "5.0", "9": "5.0", "8": "5.0", "7": "4.0", "6": "3.5"}
    assert results(host, "midpoint") == {"10": "5.0", "9": "5.0", "8": "5.0", "7": "4.0", "6": "3.5"}
    assert convert_by_distribution(host, HOME, "5") is None  # a fail has no band


def test_ewp_table_listed_worst_first_with_its_fail() -> None:
    data = [(r["label"], Decimal(r["percentage"])) for r in rows("ewp_tor_example_grade_conversion_table.csv")]
    host = bands(data, passes=lambda label: label != "F", order=["A", "B", "C", "D", "E", "F"])
    assert [(b.label, *b.shown()) for b in host] == [
        ("A", "0.0", "2.0"), ("B", "2.0", "12.0"), ("C", "12.0", "48.6"), ("D", "48.6", "75.1"), ("E", "75.1", "100.0")]
    assert results(host, "overlap") == {"A": "5.0", "B": "5.0", "C": "4.5", "D": "4.0", "E": "3.0"}
    assert results(host, "midpoint") == {"A": "5.0", "B": "5.0", "C": "4.5", "D": "4.0", "E": "3.0"}


def test_ghent_ten_point_table_counts_or_percentages_and_a_tie() -> None:
    data = rows("grading_table_ugent_example_10point.csv")
    by_count = bands([(r["grade"], Decimal(r["count"])) for r in data])
    by_share = bands([(r["grade"], Decimal(r["percentage"])) for r in data])
    assert by_count == by_share
    assert [(b.label, b.low, b.high) for b in by_count] == [
        ("10", 0, 5), ("9", 5, 15), ("8", 15, 50), ("7", 50, 80), ("6", 80, 100)]
    # 7 (50–80) overlaps 4.0 (35–65) and 3.5 (65–85) by 15 each; its midpoint 65 is on their boundary → 4.0
    assert results(by_count, "overlap") == {"10": "5.0", "9": "5.0", "8": "4.5", "7": "4.0", "6": "3.0"}
    assert results(by_count, "midpoint") == {"10": "5.0", "9": "5.0", "8": "4.5", "7": "4.0", "6": "3.0"}


def test_bad_distributions() -> None:
    with pytest.raises(ValidationError):
        bands([("A", Decimal(0)), ("F", Decimal(10))], passes=lambda g: g != "F")
    with pytest.raises(ValidationError):
        bands([("A", Decimal(-1))])
    with pytest.raises(ValidationError):
        bands([("A", Decimal(1)), ("Z", Decimal(1))], order=["A", "B"])
    with pytest.raises(ValueError):
        convert_by_distribution(HOME, HOME, "5.0", "nearest")
    assert convert_by_distribution(HOME, HOME, "missing") is None
