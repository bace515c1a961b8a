"""Recognition decisions and their state history."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base
from app.models.programme import Programme
from app.models.student import Student
from app.models.types import UTCDateTime, utcnow


class DecisionState(str, enum.Enum):
    OPEN = "open"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    RETURNED = "returned"
    CANCELLED = "cancelled"


def _state_enum() -> Enum:
    return Enum(DecisionState, name="decision_state", values_callable=lambda e: [m.value for m in e],
                native_enum=False, length=20, validate_strings=True)


class Decision(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("students.id"), index=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"), index=True)
    semesters: Mapped[str] = mapped_column(String(40), default="")  # "3" or "3,4"
    academic_year: Mapped[str] = mapped_column(String(9), default="")  # the grid compared with, once chosen
    state: Mapped[DecisionState] = mapped_column(_state_enum(), index=True)
    web_deadline: Mapped[date | None] = mapped_column(Date, index=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    results_loaded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_by: Mapped[str | None] = mapped_column(String(120))
    amendments: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # corrections after approval
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    student: Mapped[Student] = relationship()
    programme: Mapped[Programme] = relationship()
    history: Mapped[list[DecisionStateChange]] = relationship(
        back_populates="decision", order_by="DecisionStateChange.id"
    )

    __mapper_args__ = {"version_id_col": version}


class DecisionStateChange(Base):
    __tablename__ = "decision_state_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    from_state: Mapped[DecisionState | None] = mapped_column(_state_enum())
    to_state: Mapped[DecisionState] = mapped_column(_state_enum())
    deadline: Mapped[date | None] = mapped_column(Date)  # the web deadline set by this change, if any
    comment: Mapped[str] = mapped_column(Text, default="")

    decision: Mapped[Decision] = relationship(back_populates="history")
