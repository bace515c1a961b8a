"""Several foreign grades for one home course: their ECTS-weighted mean, rounded to a step of the home scale.

The rounding rule is the faculty's setting: to the nearest step with ties up ("half_up") or down ("half_down"),
or always to the lower step ("down"). A mean of passing grades stays on the passing steps (it never becomes 2.0).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from app.services.errors import ValidationError
from app.services.grading.scheme import Scheme
from app.services.i18n import QT_TRANSLATE_NOOP

ROUNDING_RULES = ("half_up", "half_down", "down")


def weighted_mean(items: Sequence[tuple[Decimal, Decimal]]) -> Decimal:
    """(value, ECTS) pairs → the ECTS-weighted mean, exact to Decimal's precision."""
    if any(ects < 0 for _, ects in items):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "ECTS credits cannot be negative."))
    total = sum((ects for _, ects in items), Decimal(0))
    if total == 0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The grades cannot be averaged: none of them carries ECTS credits."))
    return sum((value * ects for value, ects in items), Decimal(0)) / total


def passing_steps(scheme: Scheme) -> list[Decimal]:
    """The passing numeric grades of a (home) scheme, lowest first: 3.0, 3.5, 4.0, 4.5, 5.0 (5.5)."""
    return sorted(g.value for g in scheme.grades if g.passes and g.value is not None)


def round_to_scale(value: Decimal, steps: Sequence[Decimal], rule: str) -> Decimal:
    """The step for a mean: below the lowest step → the lowest, above the highest → the highest."""
    if rule not in ROUNDING_RULES:
        raise ValueError(f"unknown rounding rule {rule!r}")
    ordered = sorted(set(steps))
    if not ordered:
        raise ValueError("no steps to round to")
    if value <= ordered[0]:
        return ordered[0]
    if value >= ordered[-1]:
        return ordered[-1]
    lower = max(s for s in ordered if s <= value)
    upper = min(s for s in ordered if s > value)
    if value == lower or rule == "down":
        return lower
    below, above = value - lower, upper - value
    if below == above:
        return upper if rule == "half_up" else lower
    return lower if below < above else upper
