"""The ECTS-weighted mean of several foreign grades and its rounding to the home scale."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.errors import ValidationError
from app.services.grading import home_schemes, passing_steps, round_to_scale, weighted_mean

D = Decimal
STEPS = passing_steps(home_schemes(False)[0])


def test_the_passing_steps_of_the_home_scale() -> None:
    assert STEPS == [D("3.0"), D("3.5"), D("4.0"), D("4.5"), D("5.0")]
    assert passing_steps(home_schemes(True)[0])[-1] == D("5.5")


@pytest.mark.parametrize(("value", "rule", "expected"), [
    ("4.25", "half_up", "4.5"), ("4.25", "half_down", "4.0"), ("4.25", "down", "4.0"),
    ("4.3", "half_down", "4.5"), ("4.2", "half_up", "4.0"), ("4.49", "down", "4.0"),
    ("4.75", "half_up", "5.0"), ("4.75", "half_down", "4.5"), ("4.5", "down", "4.5"),
    ("2.6", "half_up", "3.0"), ("2.0", "down", "3.0"),  # a passing mean never becomes 2.0
    ("5.4", "half_up", "5.0"), ("5.5", "down", "5.0"),  # nor more than the scale's best
])
def test_rounding_rules(value: str, rule: str, expected: str) -> None:
    assert round_to_scale(D(value), STEPS, rule) == D(expected)


def test_weighted_mean() -> None:
    mean = weighted_mean([(D("5.0"), D(6)), (D("4.0"), D(4))])
    assert mean == D("4.6") and round_to_scale(mean, STEPS, "half_up") == D("4.5")
    assert weighted_mean([(D("4.5"), D(6)), (D("5.0"), D(6))]) == D("4.75")
    assert weighted_mean([(D("3.0"), D(0)), (D("5.0"), D("2.5"))]) == D("5.0")


def test_no_credits_or_bad_rules() -> None:
    with pytest.raises(ValidationError):
        weighted_mean([])
    with pytest.raises(ValidationError):
        weighted_mean([(D("4.0"), D(0))])
    with pytest.raises(ValidationError):
        weighted_mean([(D("4.0"), D(-1)), (D("4.0"), D(2))])
    with pytest.raises(ValueError):
        round_to_scale(D("4.0"), STEPS, "ceiling")
    with pytest.raises(ValueError):
        round_to_scale(D("4.0"), [], "down")
