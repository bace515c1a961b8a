"""Is the learner of a returned document the decision's student?

Reference EMREX clients accept a learner when the summed Levenshtein distance of family and given names is at
most a tenth of the full name's length and the birth date is the same. Here that threshold marks a *near miss*
that a person must accept with a written reason; only names equal after normalisation (case, spacing, hyphens,
diacritics; further given names after the same first one) are a match without a person, since a false match
would put another person's grades into a decision. An ESI present on both sides decides on its own when they
differ.
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


def _esi(identifiers) -> str:
    for identifier in identifiers:
        if identifier.type.lower() in ("esi", "europeanstudentidentifier"):
            return _esi_code(identifier.value)
    return ""


def _esi_code(value: str) -> str:
    """The ESI without its URN prefix: `urn:schac:personalUniqueCode:int:esi:pl:123` and `pl:123` are one."""
    value = value.strip().lower()
    marker = ":esi:"
    return value.split(marker, 1)[1] if marker in value else value


def match_identity(learner: Learner, student: Person) -> IdentityVerdict:
    """Compare a document's learner with the student. Never raises; says why in `reasons`.

    Match: same birth date and the same names after normalisation, where one side may carry further given names
    after the same first one. Near miss (a person decides): names within the reference clients' distance, an
    extra or reordered given name, a double family name on one side only, a full name whose words are the
    student's, no birth date in the document. Mismatch: another birth date, another ESI, or another name.
    """
    reasons: list[Problem] = []
    doc_esi, student_esi = _esi(learner.identifiers), _esi_code(student.esi)
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

    student_family, student_given = _tokens(student.family_name), _tokens(student.given_names)
    student_words = student_family + student_given
    shown = f"{student.given_names} {student.family_name}"
    if learner.family_name or learner.given_names:
        doc_family, doc_given = _tokens(learner.family_name), _tokens(learner.given_names)
        names = f"{learner.given_names} {learner.family_name}".strip()
        exact = (doc_family == student_family and doc_given[:1] == student_given[:1]
                 and (set(doc_given) <= set(student_given) or set(student_given) <= set(doc_given)))
        distance = (Levenshtein.distance(" ".join(doc_family), " ".join(student_family))
                    + Levenshtein.distance(" ".join(doc_given), " ".join(student_given)))
        related = (bool(set(doc_family) & set(student_family)) and bool(set(doc_given) & set(student_given)))
    else:  # pre-1.0: only a full name, in either order
        doc_words = _tokens(learner.full_name)
        names = learner.full_name
        exact = False
        distance = Levenshtein.distance(" ".join(sorted(doc_words)), " ".join(sorted(student_words)))
        related = bool(set(doc_words) & set(student_family)) and bool(set(doc_words) & set(student_given))
    if exact:
        return IdentityVerdict(NEAR_MISS if reasons else MATCH, tuple(reasons), distance)
    full_length = len(" ".join(student_words)) or 1
    if distance <= THRESHOLD * full_length or related:
        reasons.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "The name in the document, {document}, is close to but not the student's {student}."),
            document=names, student=shown))
        return IdentityVerdict(NEAR_MISS, tuple(reasons), distance)
    return IdentityVerdict(MISMATCH, (Problem(QT_TRANSLATE_NOOP(
        "Errors", "The document is about {document}, not the student {student}."),
        document=names, student=shown),), distance)
