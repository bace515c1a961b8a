"""Identity matching on Polish, Nordic and multi-part names."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.elmo.identity import MATCH, MISMATCH, NEAR_MISS, Person, match_identity
from app.services.elmo.types import Identifier, Learner

BORN = date(2001, 5, 14)


def learner(given: str, family: str, born: date | None = BORN, **kw) -> Learner:
    return Learner(given_names=given, family_name=family, birth_date=born, **kw)


@pytest.mark.parametrize("doc_given,doc_family,given,family,expected", [
    ("Zofia", "Łódzka", "Zofia", "Łódzka", MATCH),
    ("ZOFIA", "LODZKA", "Zofia", "Łódzka", MATCH),  # upper case without Polish letters abroad
    ("Jędrzej Paweł", "Żółkiewski", "Jędrzej", "Żółkiewski", MATCH),  # a further given name on one side
    ("Paweł Jędrzej", "Żółkiewski", "Jędrzej Paweł", "Żółkiewski", NEAR_MISS),  # given names in another order
    ("Maria", "Nowak", "Anna Maria", "Nowak", NEAR_MISS),  # only the second given name agrees
    ("Ewa", "Kowalska-Nowak", "Ewa", "Kowalska", NEAR_MISS),  # a double family name on one side only
    ("Anna", "Mazur-Kowalska", "Anna", "Mazur Kowalska", MATCH),  # hyphen or space in a double name
    ("Søren", "Kierkegård", "Soren", "Kierkegard", MATCH),  # Nordic letters folded
    ("Jens", "Hansen", "Jens", "Hanssen", NEAR_MISS),  # one letter off: a person decides
    ("Bartłomiej", "Szczęsny", "Bartlomiej", "Szczesny", MATCH),
    ("Katarzyna", "Wiśniewska", "Katarzyna", "Wisniewsk", NEAR_MISS),
    ("Jens", "Hansen", "Zofia", "Łódzka", MISMATCH),
    ("Anna", "Nowak", "Anna", "Kowalska", MISMATCH),  # a changed family name is not for the machine
])
def test_names(doc_given, doc_family, given, family, expected) -> None:
    verdict = match_identity(learner(doc_given, doc_family), Person(given, family, BORN))
    assert verdict.status == expected, verdict.reasons
    if expected != MATCH:
        assert verdict.reasons and verdict.reasons[0].render()


def test_a_different_birth_date_is_a_mismatch_whatever_the_name() -> None:
    verdict = match_identity(learner("Zofia", "Łódzka", date(2001, 5, 15)), Person("Zofia", "Łódzka", BORN))
    assert verdict.status == MISMATCH and "2001-05-15" in verdict.reasons[0].render()


def test_no_birth_date_needs_a_person() -> None:
    verdict = match_identity(learner("Zofia", "Łódzka", None), Person("Zofia", "Łódzka", BORN))
    assert verdict.status == NEAR_MISS and "no birth date" in verdict.reasons[0].render()


def test_esi_decides_when_both_have_one() -> None:
    doc = learner("Zofia", "Łódzka", identifiers=(Identifier("esi", "urn:schac:personalUniqueCode:int:esi:x:1"),))
    assert match_identity(doc, Person("Zofia", "Łódzka", BORN, esi="urn:schac:personalUniqueCode:int:esi:x:2")
                          ).status == MISMATCH
    assert match_identity(doc, Person("Zofia", "Łódzka", BORN, esi="URN:schac:personalUniqueCode:int:esi:x:1")
                          ).status == MATCH


@pytest.mark.parametrize("full_name,expected", [("Ola Nordmann", NEAR_MISS), ("Nordmann Ola", NEAR_MISS),
                                                ("Kari Hansen", MISMATCH)])
def test_a_pre_1_0_full_name_needs_a_person(full_name, expected) -> None:
    doc = Learner(given_names="", family_name="", full_name=full_name, birth_date=BORN)
    assert match_identity(doc, Person("Ola", "Nordmann", BORN)).status == expected


def test_an_esi_with_or_without_its_urn_prefix() -> None:
    doc = learner("Zofia", "Łódzka", identifiers=(Identifier("esi", "urn:schac:personalUniqueCode:int:esi:pl:123"),))
    assert match_identity(doc, Person("Zofia", "Łódzka", BORN, esi="pl:123")).status == MATCH
