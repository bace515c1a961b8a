"""Grading schemes: the grades a country or a university prints, and how one printed label reads on them.

A scheme knows its listed grades (best → worst, with other spellings), an optional continuous numeric range, its
direction and its pass mark. `Scheme.read` turns whatever a transcript prints ("4,5", "30L", "2" for "02") into one
canonical `Reading` with a rank, so that conversion tables and rules compare like with like. Every number is a
`Decimal`: a grade is printed text, and binary floats would change it ("4.3" is not 4.29999…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.services.errors import ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.text import fold

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_HALF = Decimal("0.5")


def parse_number(text: str) -> Decimal | None:
    """A number as people print it: "4,5" (Polish comma) or "4.5", "−3", "65 %"; None when it is not one."""
    s = str(text).strip().replace("\u2212", "-").replace("\u2013", "-")
    if s.endswith("%"):
        s = s[:-1].rstrip()
    if s.count(",") == 1 and "." not in s:
        s = s.replace(",", ".")
    if not _NUMBER.fullmatch(s):
        return None
    return Decimal(s)


def format_number(value: Decimal) -> str:
    """A value the way the scales print it: "8.5", "8", "-3" (no exponent, no trailing zeros)."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


@dataclass(frozen=True, slots=True)
class Grade:
    """One listed grade of a scheme. A verbal grade that stands for a range ("Notable" 7–8.9 in Spain) has no
    value but `low`/`high`."""

    symbol: str  # canonical, as the scale prints it: "02", "30 e lode", "A", "5.0", "ZAL"
    value: Decimal | None  # numeric value when it has one ("02" → 2, "30 e lode" → 30, "A" → None)
    passes: bool
    aliases: tuple[str, ...] = ()  # other spellings: "30L", "2" for "02", "bdb"
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """A label read on a scheme. `rank` orders grades of one scheme: higher is better (inverted scales negate the
    value, letters rank by position, a distinction such as "30 e lode" ranks above the plain 30)."""

    symbol: str
    value: Decimal | None
    passes: bool
    rank: Decimal


@dataclass(frozen=True, slots=True)
class Scheme:
    code: str
    country: str
    name: str
    higher_is_better: bool
    grades: tuple[Grade, ...]  # listed grades best → worst (may be empty for a purely continuous scale)
    minimum: Decimal | None = None  # continuous numeric range accepted besides the listed grades (FR 0–20)
    maximum: Decimal | None = None
    step: Decimal | None = None  # resolution of the continuous range (CH 0.25); None = any decimal
    pass_mark: Decimal | None = None  # numeric values pass when ≥ it (≤ when lower is better)
    passfail: bool = False
    home: bool = False
    source: str = ""
    notes: str = ""

    # -- reading ---------------------------------------------------------------------------------------------
    @property
    def continuous(self) -> bool:
        return self.minimum is not None and self.maximum is not None

    def grade(self, symbol: str) -> Grade | None:
        """The listed grade with this canonical symbol."""
        return next((g for g in self.grades if g.symbol == symbol), None)

    def read(self, label: str) -> Reading | None:
        """The label as a grade of this scheme, None when it is not one (or lies outside the range or step)."""
        text = str(label).strip() if label is not None else ""
        if not text:
            return None
        key = fold(text)
        ranks = self.ranks()
        for grade, rank in zip(self.grades, ranks, strict=True):
            if key == fold(grade.symbol) or any(key == fold(alias) for alias in grade.aliases):
                return Reading(grade.symbol, grade.value, grade.passes, rank)
        number = parse_number(text)
        if number is None:
            return None
        for grade, rank in zip(self.grades, ranks, strict=True):
            if grade.value is not None and grade.value == number and parse_number(grade.symbol) is not None:
                return Reading(grade.symbol, grade.value, grade.passes, rank)
        if not self.in_range(number):
            return None
        return Reading(format_number(number), number, self.value_passes(number), self.value_rank(number))

    def in_range(self, number: Decimal) -> bool:
        """Inside the continuous range, on its step."""
        if not self.continuous or not self.minimum <= number <= self.maximum:
            return False
        return not self.step or (number - self.minimum) % self.step == 0

    def value_rank(self, number: Decimal) -> Decimal:
        return number if self.higher_is_better else -number

    def value_passes(self, number: Decimal) -> bool:
        if self.pass_mark is None:
            return True
        return number >= self.pass_mark if self.higher_is_better else number <= self.pass_mark

    def print_value(self, number: Decimal) -> str:
        """A value as the scale prints it: the listed symbol when there is one ("02"), else "8.5"."""
        listed = next((g.symbol for g in self.grades if g.value == number and parse_number(g.symbol) is not None),
                      None)
        return listed or format_number(number)

    def best_symbol(self) -> str:
        if self.grades:
            return self.grades[0].symbol
        top = self.maximum if self.higher_is_better else self.minimum
        return format_number(top) if top is not None else ""

    def ranks(self) -> tuple[Decimal, ...]:
        """The rank of every listed grade. Valued grades rank by value; a distinction sharing the value of a plain
        grade ("30 e lode" and 30) half a point above it; verbal ranges by their worse end; grades without a value
        by position between their valued neighbours (letters: n … 1)."""
        known: list[Decimal | None] = []
        plain_values = {g.value for g in self.grades if g.value is not None and parse_number(g.symbol) is not None}
        for grade in self.grades:
            if grade.value is not None:
                rank = self.value_rank(grade.value)
                known.append(rank + _HALF if parse_number(grade.symbol) is None and grade.value in plain_values
                             else rank)
            elif grade.low is not None and grade.high is not None:
                known.append(self.value_rank(grade.low if self.higher_is_better else grade.high))
            else:
                known.append(None)
        count = len(known)
        result: list[Decimal] = []
        for index, rank in enumerate(known):
            if rank is not None:
                result.append(rank)
                continue
            better = next(((i, known[i]) for i in range(index - 1, -1, -1) if known[i] is not None), None)
            worse = next(((i, known[i]) for i in range(index + 1, count) if known[i] is not None), None)
            if better and worse:
                result.append(better[1] - (better[1] - worse[1]) * (index - better[0]) / (worse[0] - better[0]))
            elif better:
                result.append(better[1] - (index - better[0]))
            elif worse:
                result.append(worse[1] + (worse[0] - index))
            else:
                result.append(Decimal(count - index))
        return tuple(result)

    # -- storage ---------------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """JSON-safe (numbers as strings, so "5.0" stays "5.0"); `from_dict` gives the same scheme back."""
        return {"code": self.code, "country": self.country, "name": self.name,
                "higher_is_better": self.higher_is_better, "grades": [_grade_dict(g) for g in self.grades],
                "minimum": _text(self.minimum), "maximum": _text(self.maximum), "step": _text(self.step),
                "pass_mark": _text(self.pass_mark), "passfail": self.passfail, "home": self.home,
                "source": self.source, "notes": self.notes}

    @classmethod
    def from_dict(cls, data: dict) -> Scheme:
        try:
            grades = tuple(Grade(str(g["symbol"]), _number(g.get("value")), bool(g["passes"]),
                                 tuple(str(a) for a in g.get("aliases", ())), _number(g.get("low")),
                                 _number(g.get("high"))) for g in data.get("grades", ()))
            scheme = cls(str(data["code"]), str(data.get("country", "")), str(data.get("name", "")),
                         bool(data.get("higher_is_better", True)), grades, _number(data.get("minimum")),
                         _number(data.get("maximum")), _number(data.get("step")), _number(data.get("pass_mark")),
                         bool(data.get("passfail", False)), bool(data.get("home", False)),
                         str(data.get("source", "")), str(data.get("notes", "")))
        except (KeyError, TypeError, AttributeError, InvalidOperation) as exc:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The grading scheme definition is not valid: {detail}"),
                                  detail=exc) from exc
        if (scheme.minimum is None) != (scheme.maximum is None) or (
                scheme.continuous and scheme.minimum > scheme.maximum):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The grading scheme {code} needs both ends of its numeric range, the lower one first."),
                code=scheme.code)
        return scheme


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _number(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise TypeError(f"not a number: {value!r}")
    return Decimal(str(value))


def _grade_dict(grade: Grade) -> dict:
    data: dict = {"symbol": grade.symbol, "value": _text(grade.value), "passes": grade.passes}
    if grade.aliases:
        data["aliases"] = list(grade.aliases)
    if grade.low is not None or grade.high is not None:
        data["low"], data["high"] = _text(grade.low), _text(grade.high)
    return data
