"""The ECTS grading-table (distribution) method: a foreign grade becomes the home grade at the same place among
passing students.

Each passing grade of a grading table becomes a cumulative percentile band, best first (30L 0–5.6 %, 30
5.6–21.3 % …); the home programme's table gives bands the same way; the foreign grade takes the home grade whose
band overlaps its own most, or (a setting) the one holding its band's midpoint. Failing grades are dropped before
the bands are made (EWP tables include them, Egracons' do not). Bands stay exact Decimals; one decimal is for
showing them only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.services.errors import ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP

HUNDRED = Decimal(100)
RULES = ("overlap", "midpoint")

# The home distribution of the worked example in the domain README (5.0 15 %, 4.5 20 %, 4.0 30 %, 3.5 20 %,
# 3.0 15 %): an example for trying the method, not a national statistic; a faculty enters its own.
DEFAULT_HOME_DISTRIBUTION = (("5.0", Decimal(15)), ("4.5", Decimal(20)), ("4.0", Decimal(30)),
                             ("3.5", Decimal(20)), ("3.0", Decimal(15)))


@dataclass(frozen=True, slots=True)
class Band:
    """A grade's cumulative percentile band among passing grades, 0 = best: [low, high]."""

    label: str
    low: Decimal
    high: Decimal

    @property
    def midpoint(self) -> Decimal:
        return (self.low + self.high) / 2

    def shown(self) -> tuple[str, str]:
        """The bounds to one decimal, as a table shows them ("5.6", "21.3")."""
        tenth = Decimal("0.1")
        return (str(self.low.quantize(tenth, ROUND_HALF_UP)), str(self.high.quantize(tenth, ROUND_HALF_UP)))


def bands(distribution: Sequence[tuple[str, Decimal]], passes: Callable[[str], bool] | None = None,
          order: Sequence[str] | None = None) -> list[Band]:
    """Frequencies (counts or percentages) → bands over the passing grades, renormalised to 100, best first
    (`order` lists the labels best → worst; else the distribution's own order is best → worst)."""
    shares: dict[str, Decimal] = {}
    for label, share in distribution:
        share = Decimal(str(share)) if not isinstance(share, Decimal) else share
        if share < 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The grade {grade} has a negative share in the distribution."), grade=label)
        shares[label] = shares.get(label, Decimal(0)) + share
    if order is not None:
        unknown = [label for label in shares if label not in order]
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Grades {grades} of the distribution are not on the scale."), grades=", ".join(unknown))
        labels = [label for label in order if label in shares]
    else:
        labels = list(shares)
    kept = [(label, shares[label]) for label in labels if passes is None or passes(label)]
    total = sum((share for _, share in kept), Decimal(0))
    if total <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The grade distribution has no passing grades."))
    result, cumulative = [], Decimal(0)
    for label, share in kept:
        low = cumulative * HUNDRED / total
        cumulative += share
        result.append(Band(label, low, cumulative * HUNDRED / total))
    return result


def _overlap(a: Band, b: Band) -> Decimal:
    return max(Decimal(0), min(a.high, b.high) - max(a.low, b.low))


def _holding(home: Sequence[Band], point: Decimal) -> Band | None:
    """The home band holding a point; on a boundary the better (earlier) one."""
    return next((band for band in home if band.low <= point <= band.high), None)


def convert_by_distribution(host: Sequence[Band], home: Sequence[Band], label: str,
                            rule: str = "overlap") -> str | None:
    """The home grade for a host grade: "overlap" — the home band overlapping the host band most (a tie goes to
    the one holding the midpoint); "midpoint" — the home band holding the host band's midpoint. None when the
    label has no band (a failing grade, or not in the table)."""
    if rule not in RULES:
        raise ValueError(f"unknown distribution rule {rule!r}")
    band = next((b for b in host if b.label == label), None)
    if band is None or not home:
        return None
    middle = _holding(home, band.midpoint)
    if rule == "midpoint":
        return middle.label if middle else None
    most = max(_overlap(band, h) for h in home)
    leaders = [h for h in home if _overlap(band, h) == most]
    if len(leaders) == 1:
        return leaders[0].label
    return middle.label if middle in leaders else leaders[0].label
