"""Grading schemes (see `scheme`), the ones shipped with the program (see `seeds`), and the guess of the scheme a
foreign course's grade is on: a suggestion that the officer confirms, never a silent decision."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.services.grading.scheme import Grade, Reading, Scheme, format_number, parse_number
from app.services.grading.seeds import home_schemes, home_symbol, load_default_schemes
from app.services.text import fold

# Country codes as documents write them → as the schemes do (ISO GB / Greek EL / the ECTS scale's "country").
COUNTRY_ALIASES = {"GB": "UK", "EL": "GR", "ECTS": "EU"}
GENERIC_COUNTRIES = ("", "EU")


def country_key(code: str) -> str:
    code = (code or "").strip().upper()
    return COUNTRY_ALIASES.get(code, code)


def _listed(scheme: Scheme, label: str) -> bool:
    """The label is one of the scheme's own printed symbols or spellings (not only a number in its range)."""
    key = fold(str(label))
    return any(key == fold(g.symbol) or any(key == fold(a) for a in g.aliases) for g in scheme.grades)


def _best(found: list[Scheme], labels: Sequence[str], anywhere: bool) -> Scheme | None:
    """Of the schemes that read every label, the one that lists most of them as its own symbols (in the
    country, "5" is SE-U345's, not a number somewhere); a tie goes to a generic scheme, else to the first of the
    country's. Outside the country only words count ("A", "pass"): a bare number fits too many scales."""
    if not found:
        return None
    if anywhere:
        labels = [label for label in labels if parse_number(label) is None]
    score = {s.code: sum(_listed(s, label) for label in labels) for s in found}
    top = max(score.values())
    leaders = [s for s in found if score[s.code] == top]
    if len(leaders) == 1:
        return leaders[0]
    generic = [s for s in leaders if country_key(s.country) in GENERIC_COUNTRIES]
    if generic:
        return generic[0]
    return None if anywhere else leaders[0]


def guess_scheme(schemes: Sequence[Scheme], country: str, labels: Sequence[str],
                 description: str = "") -> Scheme | None:
    """The scheme a foreign course's grades are on: one the description names (an ELMO scheme code such as
    "IT-30"), else one of the country's that reads every label, else the one scheme anywhere that reads them
    all (e.g. "pass"/"bestått" → PASS-FAIL); None when nothing reads every label or the guess would be blind."""
    labels = [str(label) for label in labels if str(label).strip()]
    candidates = [s for s in schemes if not s.home]
    hint = fold(description or "")
    if hint:
        named = [s for s in candidates if re.search(rf"(?<![\w-]){re.escape(fold(s.code))}(?![\w-])", hint)]
        named = [s for s in named if all(s.read(label) is not None for label in labels)]
        if named:
            return named[0]
    wanted = country_key(country)
    local = [s for s in candidates if wanted and country_key(s.country) == wanted]
    if not labels:
        return local[0] if local else None
    found = _best([s for s in local if all(s.read(label) is not None for label in labels)], labels, False)
    if found is not None:
        return found
    anywhere = [s for s in candidates if all(s.read(label) is not None for label in labels)]
    return _best(anywhere, labels, True)


__all__ = ["COUNTRY_ALIASES", "Grade", "Reading", "Scheme", "country_key", "format_number", "guess_scheme",
           "home_schemes", "home_symbol", "load_default_schemes", "parse_number"]
