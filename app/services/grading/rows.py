"""Conversion-table rows and the one grade lookup that uses them.

A row maps a foreign grade (an inclusive numeric range, or a label such as "A") to a home grade. A table printed
in whole numbers ("10–11 → 3.0") is read at its own resolution: the row covers 11.5 too, as the person who
wrote it meant; a table that prints hundredths ("0–9.99") covers only what it prints. The validator checks
gaps at the same resolution, so a table it passes converts every grade of its scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.services.errors import Problem
from app.services.grading.scheme import Scheme, parse_number
from app.services.text import fold

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True, slots=True)
class TableRow:
    foreign_min: Decimal | None  # inclusive range, or both None with a label
    foreign_max: Decimal | None
    foreign_label: str  # e.g. "A" for letter scales
    home: str  # home grade symbol "5.0" … "2.0" or "ZAL"/"NZAL"
    note: str = ""

    @property
    def bounds(self) -> tuple[Decimal, Decimal] | None:
        """The printed range (one bound alone is a single value), None for a label-only row."""
        low = self.foreign_min if self.foreign_min is not None else self.foreign_max
        high = self.foreign_max if self.foreign_max is not None else self.foreign_min
        return None if low is None else (low, high)

    def describe(self) -> str:
        """The row's foreign grade as a message names it: "8.1–10.0", "A", "Notable (7–8.9)"."""
        bounds = self.bounds
        span = "" if bounds is None else str(bounds[0]) if bounds[0] == bounds[1] else f"{bounds[0]}–{bounds[1]}"
        if self.foreign_label and span:
            return f"{self.foreign_label} ({span})"
        return self.foreign_label or span or "?"


@dataclass(frozen=True, slots=True)
class TableFinding:
    severity: str  # "error" (the table cannot be used) or "warning" (shown, the table is usable)
    kind: str  # gap, overlap, non_monotonic, inverted, fail_to_pass, pass_to_fail, unknown_grade,
    # unknown_home_grade, duplicate, home_skipped, many_to_one, bad_range
    problem: Problem


def resolution(rows: Sequence[TableRow], scheme: Scheme | None) -> Decimal:
    """The smallest difference between two grades the table tells apart: the scheme's step, else the finest
    decimal place printed in the table's own bounds (9.99 → 0.01; whole numbers → 1)."""
    if scheme is not None and scheme.step:
        return scheme.step
    places = 0
    for row in rows:
        for bound in (row.foreign_min, row.foreign_max):
            if bound is not None and bound.is_finite():
                places = max(places, -bound.as_tuple().exponent)
    return Decimal(1).scaleb(-places)


def label_span(scheme: Scheme | None, label: str, distinction: bool = False) -> tuple[Decimal, Decimal] | None:
    """The numeric stretch a label stands for: a number, a verbal range ("Notable" 7–8.9); None for a letter.
    A distinction that shares a plain grade's value ("30 e lode") has its value only with `distinction`: it
    converts like a 30, but a row for it is not a second row for 30."""
    if scheme is None:
        number = parse_number(label)
        return None if number is None else (number, number)
    reading = scheme.read(label)
    if reading is None:
        return None
    if reading.value is not None:
        plain = distinction or parse_number(reading.symbol) is not None
        return (reading.value, reading.value) if plain else None
    grade = scheme.grade(reading.symbol)
    if grade is not None and grade.low is not None and grade.high is not None:
        return grade.low, grade.high
    return None


def row_span(row: TableRow, scheme: Scheme | None) -> tuple[Decimal, Decimal] | None:
    bounds = row.bounds
    if bounds is not None:
        return min(bounds), max(bounds)
    return label_span(scheme, row.foreign_label) if row.foreign_label else None


def same_label(scheme: Scheme | None, printed: str, label: str) -> bool:
    """Two labels name the same grade: the same canonical symbol on the scheme, or the same text."""
    if scheme is not None:
        first, second = scheme.read(printed), scheme.read(label)
        if first is not None and second is not None:
            return first.symbol == second.symbol
    return fold(printed) == fold(label)


def convert(rows: Sequence[TableRow], scheme: Scheme | None, label: str) -> str | None:
    """The home symbol a table gives a foreign grade, None when no row covers it (or it is not a grade of the
    scheme). Rows naming the grade come first, then rows whose range holds it, then (on a continuous scale)
    rows that hold it at the table's resolution."""
    if scheme is not None and scheme.read(label) is None:
        return None
    for row in rows:
        if row.foreign_label and same_label(scheme, row.foreign_label, label):
            return row.home
    span = label_span(scheme, label, distinction=True)
    if span is None:
        return None
    ranged = [(row, row.bounds) for row in rows if row.bounds is not None]
    for row, (low, high) in ranged:
        if min(low, high) <= span[0] and span[1] <= max(low, high):
            return row.home
    if scheme is not None and not scheme.continuous:
        return None  # listed grades only: a row holds a grade or it does not
    step = resolution(rows, scheme)
    for row, (low, high) in ranged:
        if min(low, high) <= span[0] and span[1] < max(low, high) + step:
            return row.home
    return None
