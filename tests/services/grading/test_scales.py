"""Grading schemes: every seeded scheme reads its own grades, spellings and numbers as the scale prints them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.paths import resources_dir
from app.services.errors import ValidationError
from app.services.grading import Scheme, guess_scheme, home_schemes, home_symbol, load_default_schemes
from app.services.grading.scheme import format_number, parse_number
from app.services.grading.seeds import parse_values

DATA = Path(__file__).resolve().parents[2] / "data" / "grading"
SCHEMES = {s.code: s for s in load_default_schemes()}

# code → (a best grade, the lowest passing grade, a failing grade), each as printed → its canonical symbol.
TYPICAL = {
    "PL-UNI": (("5,5", "5.5"), ("3", "3.0"), ("2,0", "2.0")),
    "ECTS-AF": (("A", "A"), ("e", "E"), ("Fx", "FX")),
    "FI-0-5": (("5", "5"), ("1", "1"), ("0", "0")),
    "DK-7": (("12", "12"), ("2", "02"), ("00", "00")),
    "NO-AF": (("A", "A"), ("E", "E"), ("F", "F")),
    "SE-AF": (("A", "A"), ("E", "E"), ("FX", "Fx")),
    "SE-UGVG": (("väl godkänd", "VG"), ("G", "G"), ("underkänd", "U")),
    "SE-U345": (("5", "5"), ("3", "3"), ("U", "U")),
    "IT-30": (("30L", "30 e lode"), ("18", "18"), ("17", "17")),
    "NL-10": (("10", "10"), ("5,5", "5.5"), ("5.4", "5.4")),
    "DE-1-5": (("1", "1.0"), ("4,0", "4.0"), ("5", "5.0")),
    "AT-1-5": (("1", "1"), ("4", "4"), ("5", "5")),
    "FR-20": (("20", "20"), ("10", "10"), ("9,5", "9.5")),
    "ES-10": (("Matrícula de Honor", "10"), ("5", "5"), ("4,9", "4.9")),
    "CH-6": (("6", "6"), ("4", "4"), ("3.75", "3.75")),
    "BE-20": (("20", "20"), ("10", "10"), ("9", "9")),
    "GR-10": (("10", "10"), ("5", "5"), ("4.5", "4.5")),
    "UK-PCT": (("100", "100"), ("40%", "40"), ("39", "39")),
    "CY-10": (("10.0", "10"), ("5,00", "5"), ("4.99", "4.99")),
    "IS-10": (("10", "10"), ("5.0", "5"), ("4.9", "4.9")),
    "LT-10": (("10", "10"), ("5", "5"), ("4", "4")),
    "LV-10": (("10", "10"), ("4", "4"), ("3", "3")),
    "TR-100": (("100", "100"), ("51", "51"), ("50", "50")),
    "HU-1-5": (("5", "5"), ("elégséges", "2"), ("1", "1")),
    "IT-PASSFAIL": (("idoneo", "idoneo"), ("approvato", "idoneo"), ("non idoneo", "non idoneo")),
    "PASS-FAIL": (("pass", "pass"), ("bestått", "pass"), ("hylätty", "fail")),
}


def test_every_seeded_scheme_has_its_typical_grades_below() -> None:
    assert set(SCHEMES) == set(TYPICAL)


@pytest.mark.parametrize("code", sorted(TYPICAL))
def test_typical_best_pass_and_fail_grades(code: str) -> None:
    scheme = SCHEMES[code]
    (best, best_symbol), (lowest, lowest_symbol), (fail, fail_symbol) = TYPICAL[code]
    readings = [scheme.read(best), scheme.read(lowest), scheme.read(fail)]
    assert None not in readings, readings
    assert [r.symbol for r in readings] == [best_symbol, lowest_symbol, fail_symbol]
    assert [r.passes for r in readings] == [True, True, False]
    assert readings[0].rank >= readings[1].rank > readings[2].rank
    assert readings[0].rank == max(scheme.ranks(), default=readings[0].rank)


@pytest.mark.parametrize("code", sorted(TYPICAL))
def test_every_listed_grade_and_spelling_reads_as_itself(code: str) -> None:
    scheme = SCHEMES[code]
    ranks = scheme.ranks()
    assert list(ranks) == sorted(ranks, reverse=True) and len(set(ranks)) == len(ranks), "best → worst"
    for grade, rank in zip(scheme.grades, ranks, strict=True):
        for spelling in (grade.symbol, grade.symbol.lower(), f"  {grade.symbol} ", *grade.aliases):
            reading = scheme.read(spelling)
            assert reading is not None, spelling
            assert (reading.symbol, reading.value, reading.passes, reading.rank) == \
                (grade.symbol, grade.value, grade.passes, rank), spelling
    assert scheme.source, "every scheme says where it comes from"


@pytest.mark.parametrize("code", sorted(TYPICAL))
def test_storage_round_trip_is_exact(code: str) -> None:
    scheme = SCHEMES[code]
    stored = json.loads(json.dumps(scheme.to_dict()))
    assert Scheme.from_dict(stored) == scheme
    assert Scheme.from_dict(stored).to_dict() == scheme.to_dict()


def test_home_schemes_round_trip_and_keep_their_printed_decimals() -> None:
    for scheme in home_schemes(True):
        assert Scheme.from_dict(json.loads(json.dumps(scheme.to_dict()))).to_dict() == scheme.to_dict()
    assert home_schemes(True)[0].to_dict()["grades"][1]["value"] == "5.0"


def test_a_broken_definition_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        Scheme.from_dict({"name": "no code"})
    with pytest.raises(ValidationError):
        Scheme.from_dict({"code": "X", "grades": [], "minimum": "0"})
    with pytest.raises(ValidationError):
        Scheme.from_dict({"code": "X", "grades": [{"symbol": "A", "value": "x", "passes": True}]})


def test_inverted_scales_rank_the_lower_number_better() -> None:
    de, at = SCHEMES["DE-1-5"], SCHEMES["AT-1-5"]
    assert de.read("1,0").rank > de.read("1.3").rank > de.read("4.0").rank > de.read("5.0").rank
    assert at.read("1").rank > at.read("2").rank > at.read("5").rank
    assert de.read("4.0").passes and not de.read("5.0").passes and not at.read("5").passes
    assert de.read("4.3") is None and de.read("0.7") is None  # not used in Germany (the reference's notes)


def test_spellings_and_numbers() -> None:
    it, dk, es = SCHEMES["IT-30"], SCHEMES["DK-7"], SCHEMES["ES-10"]
    for spelling in ("30L", "30 lode", "30 cum laude", "30 E LODE"):
        assert it.read(spelling).symbol == "30 e lode"
    assert it.read("30L").rank > it.read("30").rank  # the distinction ranks above the plain 30
    assert it.read("30L").value == Decimal(30)
    assert dk.read("2").symbol == "02" and dk.read("0").symbol == "00" and dk.read("-3").symbol == "-3"
    assert dk.read("02").symbol == "02" and dk.read("3") is None and dk.read("13") is None
    assert es.read("notable").symbol == "Notable" and es.read("NT").symbol == "Notable"
    assert es.read("MH").symbol == "10" and es.read("Suspenso").passes is False
    assert es.read("Notable").rank < es.read("9").rank and es.read("Notable").rank > es.read("6.9").rank


def test_continuous_ranges_respect_bounds_and_steps() -> None:
    fr, ch, it, lt = SCHEMES["FR-20"], SCHEMES["CH-6"], SCHEMES["IT-30"], SCHEMES["LT-10"]
    assert fr.read("13,75").symbol == "13.75" and fr.read("13.50").symbol == "13.5"
    assert fr.read("20.5") is None and fr.read("-1") is None and fr.read("abc") is None
    assert ch.read("4.75").symbol == "4.75" and ch.read("4.3") is None and ch.read("0.75") is None
    assert it.read("17").passes is False and it.read("17.5") is None  # whole marks out of 30
    assert lt.read("7") is not None and lt.read("7.5") is None
    assert SCHEMES["NL-10"].read("6.8").passes and not SCHEMES["NL-10"].read("5.49").passes


def test_pass_fail_scales() -> None:
    generic = SCHEMES["PASS-FAIL"]
    for word in ("passed", "P", "zal", "zaliczone", "bestått", "hyväksytty", "G", "godkänd", "idoneo", "approved",
                 "S"):
        assert generic.read(word).passes, word
    for word in ("F", "nzal", "niezaliczone", "ikke bestått", "hylätty", "U", "underkänd", "Failed"):
        assert not generic.read(word).passes, word
    assert generic.passfail and SCHEMES["IT-PASSFAIL"].passfail
    assert generic.read("4") is None


def test_home_scale() -> None:
    graded, passfail = home_schemes(False)
    assert [g.symbol for g in graded.grades] == ["5.0", "4.5", "4.0", "3.5", "3.0", "2.0"]
    assert graded.home and passfail.home and passfail.passfail
    for spelling, symbol in (("4,5", "4.5"), ("4.5", "4.5"), ("5", "5.0"), ("db+", "4.5"), ("bdb", "5.0"),
                             ("dst", "3.0"), ("Dostateczny plus", "3.5"), ("ndst", "2.0")):
        assert graded.read(spelling).symbol == symbol, spelling
    assert graded.read("5,5") is None and not graded.read("2").passes
    assert [g.symbol for g in home_schemes(True)[0].grades][:2] == ["5.5", "5.0"]
    assert home_schemes(True)[0].read("celujący").symbol == "5.5"
    assert passfail.read("zal").symbol == "ZAL" and passfail.read("niezaliczone").symbol == "NZAL"
    assert not passfail.read("NZAL").passes
    assert [home_symbol(Decimal(v)) for v in ("4.5", "5.0", "5", "3.5", "2.0", "5.5")] == \
        ["4,5", "5", "5", "3,5", "2", "5,5"]


def test_guessing_the_scheme() -> None:
    schemes = list(SCHEMES.values()) + list(home_schemes(True))
    guess = lambda country, labels, description="": (  # noqa: E731
        found.code if (found := guess_scheme(schemes, country, labels, description)) else None)
    assert guess("DK", ["12", "02"]) == "DK-7"
    assert guess("SE", ["A", "C", "F"]) == "SE-AF"
    assert guess("SE", ["5", "U"]) == "SE-U345"
    assert guess("IT", ["28"]) == "IT-30" and guess("IT", ["30L"]) == "IT-30"
    assert guess("IT", ["idoneo"]) == "IT-PASSFAIL"
    assert guess("NO", ["bestått"]) == "PASS-FAIL" and guess("", ["pass", "fail"]) == "PASS-FAIL"
    assert guess("GB", ["65"]) == "UK-PCT" and guess("EL", ["7"]) == "GR-10"
    assert guess("", ["B"]) == "ECTS-AF"  # a letter anywhere: the European scale
    assert guess("PT", ["15"]) is None  # a bare number fits too many scales
    assert guess("DK", ["banana"]) is None
    assert guess("FR", []) == "FR-20"
    assert guess("", ["28"], "IT-30") == "IT-30"  # the scheme an ELMO document names


def test_the_tolerant_parser_of_the_reference() -> None:
    fields = parse_values("Matrícula de Honor(10);Sobresaliente 9-10;Notable 7-8.9;Aprobado 5-6.9;Suspenso 0-4.9",
                          True, "5.0", "0-4.9")
    assert [g.symbol for g in fields["grades"]] == ["10", "Sobresaliente", "Notable", "Aprobado", "Suspenso"]
    assert fields["grades"][0].aliases == ("Matrícula de Honor",)
    assert (fields["minimum"], fields["maximum"]) == (Decimal(0), Decimal(10))
    it = parse_values("30 e lode;30;29;...;18;<18", True, "18", "0-17")
    assert len(it["grades"]) == 14 and (it["minimum"], it["maximum"]) == (Decimal(0), Decimal(18))
    pl = parse_values("5.5(celujący, some HEIs only);5.0;4.5;4.0;3.5;3.0;2.0", True, "3.0", "2.0")
    assert pl["grades"][0].symbol == "5.5" and "celujący" in pl["notes"]
    fr = parse_values("20..0", True, "10", "0-9.99")
    assert fr["grades"] == () and (fr["minimum"], fr["maximum"], fr["pass_mark"]) == (0, 20, 10)
    nl = parse_values("10;9;8;7;6;5.5;<5.5", True, "5.5 (6 when whole numbers)", "1-5.4")
    assert nl["pass_mark"] == Decimal("5.5") and nl["minimum"] == 1
    dk = parse_values("12;10;7;4;02;00;-3", True, "02", "00;-3")
    assert [g.passes for g in dk["grades"]] == [True] * 5 + [False] * 2
    se = parse_values("A;B;C;D;E;Fx;F", True, "E", "Fx;F")
    assert [g.passes for g in se["grades"]] == [True] * 5 + [False] * 2


def test_numbers_as_people_print_them() -> None:
    assert parse_number("4,5") == Decimal("4.5") and parse_number(" −3 ") == Decimal(-3)
    assert parse_number("65 %") == Decimal(65) and parse_number("1,234.5") is None and parse_number("A") is None
    assert [format_number(Decimal(v)) for v in ("8.50", "8.0", "-3", "0.25")] == ["8.5", "8", "-3", "0.25"]


def test_the_resources_are_the_reference_verbatim_and_the_overlay_is_sourced() -> None:
    folder = resources_dir() / "grading"
    for name in ("national_grading_scales.csv", "polish_grade_scale_usos_like.csv"):
        assert (folder / name).read_bytes() == (DATA / name).read_bytes()
        assert (folder / name).read_text(encoding="utf-8").startswith("# ")
    overlay = json.loads((folder / "scales-extra.json").read_text(encoding="utf-8"))
    assert all(entry.get("source") for entry in overlay["amend"].values())
    assert all(entry.get("source") for entry in overlay["schemes"]) and overlay["home"]["source"]
