"""Numbers people quote (decision numbers), taken from a counter row that concurrent workstations update
atomically, so two officers opening decisions at the same moment never get the same number."""

from __future__ import annotations

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.models import Counter, Decision


def _highest_decision_number(session: Session, prefix: str) -> int:
    """The largest number already used after `prefix` (decisions made before the counter existed, demo data)."""
    last = session.scalar(select(Decision.number).where(Decision.number.like(prefix + "%"))
                          .order_by(func.length(Decision.number).desc(), Decision.number.desc()).limit(1))
    suffix = last.rsplit("/", 1)[1] if last else ""
    return int(suffix) if suffix.isdigit() else 0


def next_decision_numbers(session: Session, year: int, count: int) -> list[str]:
    """`count` fresh decision numbers of `year`, like "UZN/2026/00042". The counter row stays locked until the
    caller's transaction ends."""
    prefix = f"UZN/{year}/"
    name = f"decision:{year}"
    last = session.execute(update(Counter).where(Counter.name == name).values(value=Counter.value + count)
                           .returning(Counter.value)).scalar()
    if last is None:  # the first decision of the year
        last = _highest_decision_number(session, prefix) + count
        session.execute(insert(Counter).values(name=name, value=last))
    return [f"{prefix}{n:05d}" for n in range(last - count + 1, last + 1)]
