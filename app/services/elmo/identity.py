"""Is the learner of a returned document the decision's student?

Reference EMREX clients accept a learner when the summed Levenshtein distance of family and given names is at
most a tenth of the full name's length and the birth date is the same. Here that threshold marks a *near miss*
that a person must accept with a written reason; only names equal after normalisation (case, spacing, hyphens,
diacritics, the order and number of given names) are a match without a person. A national id or ESI present on
both sides decides on its own when they differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import Levenshtein

from app.services.elmo.types import Learner
from app.services.errors import Problem
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.text import fold

MATCH = "match"
NEAR_MISS = "near_miss"
MISMATCH = "mismatch"
THRESHOLD = 0.1  # of the full name's length, as the reference clients use


@dataclass(frozen=True)
class Person:
    """The student as the decision knows them."""

    given_names: str
    family_name: str
    birth_date: date | None
    esi: str = ""


@dataclass(frozen=True)
class IdentityVerdict:
    status: str  # MATCH, NEAR_MISS, MISMATCH
    reasons: tuple[Problem, ...]
    distance: int = 0


def _tokens(name: str) -> list[str]:
    return fold(re.sub(r"[-‐‑’'`.,]", " ", name)).split()


def _split_full_name(learner: Learner) -> tuple[str, str]:
    if learner.family_name or learner.given_names or not learner.full_name:
        return learner.given_names, learner.family_name
    parts = learner.full_name.split()
    return " ".join(parts[:-1]), parts[-1] if parts else ""


def _esi(identifiers) -> str:
    for identifier in identifiers:
        if identifier.type.lower() in ("esi", "europeanstudentidentifier"):
            return identifier.value.strip().lower()
    return ""


def match_identity(learner: Learner, student: Person) -> IdentityVerdict:
    """Compare a document's learner with the student. Never raises; says why in `reasons`."""
    reasons: list[Problem] = []
    given, family = _split_full_name(learner)
    doc_esi, student_esi = _esi(learner.identifiers), student.esi.strip().lower()
    if doc_esi and student_esi and doc_esi != student_esi:
        return IdentityVerdict(MISMATCH, (Problem(QT_TRANSLATE_NOOP(
            "Errors", "The document's ESI {document} is not the student's {student}."),
            document=doc_esi, student=student_esi),))
    if learner.birth_date is None:
        reasons.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "The document gives no birth date: a person must confirm the identity.")))
    elif student.birth_date is not None and learner.birth_date != student.birth_date:
        return IdentityVerdict(MISMATCH, (Problem(QT_TRANSLATE_NOOP(
            "Errors", "Birth date {document} in the document, {student} for the student."),
            document=learner.birth_date.isoformat(), student=student.birth_date.isoformat()),))

    doc_family, student_family = _tokens(family), _tokens(student.family_name)
    doc_given, student_given = _tokens(given), _tokens(student.given_names)
    family_equal = doc_family == student_family
    given_equal = bool(doc_given) and bool(student_given) and (
        set(doc_given) <= set(student_given) or set(student_given) <= set(doc_given))
    distance = (Levenshtein.distance(" ".join(doc_family), " ".join(student_family))
                + Levenshtein.distance(" ".join(doc_given), " ".join(student_given)))
    if family_equal and given_equal:
        status = NEAR_MISS if reasons else MATCH
        return IdentityVerdict(status, tuple(reasons), distance)
    full_length = len(" ".join(student_family + student_given)) or 1
    names = f"{given} {family}".strip()
    if distance <= THRESHOLD * full_length:
        reasons.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "The name in the document, {document}, is close to but not the student's {student}."),
            document=names, student=f"{student.given_names} {student.family_name}"))
        return IdentityVerdict(NEAR_MISS, tuple(reasons), distance)
    return IdentityVerdict(MISMATCH, (Problem(QT_TRANSLATE_NOOP(
        "Errors", "The document is about {document}, not the student {student}."),
        document=names, student=f"{student.given_names} {student.family_name}"),), distance)
