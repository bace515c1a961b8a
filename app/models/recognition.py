"""Learning Agreements, recognition lines (foreign courses → home courses, n:m) and obligations after return."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Column, Date, Float, ForeignKey, Integer, LargeBinary, Numeric, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base
from app.models.emrex import ForeignCourse
from app.models.programme import CurriculumCourse
from app.models.types import UTCDateTime, utcnow


class LearningAgreement(Base):
    """The decision's Learning Agreement as imported or entered: its effective tables (first version with the
    approved changes applied) and, kept apart, a change still waiting for approval."""

    __tablename__ = "learning_agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), unique=True)
    source: Mapped[str] = mapped_column(String(20))  # ewp, csv, manual
    source_name: Mapped[str] = mapped_column(String(300), default="")
    omobility_id: Mapped[str] = mapped_column(String(100), default="")
    sending_hei: Mapped[str] = mapped_column(String(200), default="")
    receiving_hei: Mapped[str] = mapped_column(String(200), default="")
    receiving_hei_name: Mapped[str] = mapped_column(String(300), default="")
    receiving_country: Mapped[str] = mapped_column(String(3), default="")
    version: Mapped[str] = mapped_column(String(100), default="")  # changes id of the effective version
    signatures: Mapped[list] = mapped_column(JSON, default=list)  # [{"party", "name", "role", "at"}]
    pending: Mapped[dict | None] = mapped_column(JSON)  # a proposed change, shown, not applied
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)  # the imported file exactly as received
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(120))

    components: Mapped[list[LAComponent]] = relationship(back_populates="agreement", order_by="LAComponent.position",
                                                         cascade="all, delete-orphan")


class LAComponent(Base):
    """A line of table A (courses abroad), B (home courses they replace) or C (virtual/blended)."""

    __tablename__ = "la_components"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("learning_agreements.id", ondelete="CASCADE"), index=True)
    table: Mapped[str] = mapped_column(String(1))  # A, B, C
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(500))
    ects: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    term: Mapped[str] = mapped_column(String(100), default="")
    group: Mapped[str] = mapped_column(String(60), default="")  # components of one group replace each other
    change: Mapped[str] = mapped_column(String(20), default="")  # "", inserted (by an approved change)
    reason: Mapped[str] = mapped_column(Text, default="")  # reason code / text of a change
    recognition_conditions: Mapped[str] = mapped_column(Text, default="")

    agreement: Mapped[LearningAgreement] = relationship(back_populates="components")


line_foreign_courses = Table(
    "recognition_line_foreign_courses", Base.metadata,
    Column("line_id", ForeignKey("recognition_lines.id", ondelete="CASCADE"), primary_key=True),
    Column("foreign_course_id", ForeignKey("foreign_courses.id"), primary_key=True),
)
line_home_courses = Table(
    "recognition_line_home_courses", Base.metadata,
    Column("line_id", ForeignKey("recognition_lines.id", ondelete="CASCADE"), primary_key=True),
    Column("curriculum_course_id", ForeignKey("curriculum_courses.id"), primary_key=True),
)


class RecognitionLine(Base):
    """One or more foreign courses recognised as one or more home courses."""

    __tablename__ = "recognition_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), index=True)
    origin: Mapped[str] = mapped_column(String(20))  # la, reference, similarity, manual
    status: Mapped[str] = mapped_column(String(20), default="accepted")  # accepted, rejected
    score: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120))
    # the home grade: what was suggested, by which method and table, and what was given
    suggested_grade: Mapped[str] = mapped_column(String(10), default="")
    suggestion: Mapped[dict | None] = mapped_column(JSON)  # method, table version, bands, per-course detail
    grade: Mapped[str] = mapped_column(String(10), default="")  # "4.5", "ZAL"; "" not graded yet
    grade_method: Mapped[str] = mapped_column(String(20), default="")  # reference, distribution, table, pass, manual
    justification: Mapped[str] = mapped_column(Text, default="")
    graded_by: Mapped[str | None] = mapped_column(String(120))
    graded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # the officer's verification: pending, approved, needs_info, rejected
    review: Mapped[str] = mapped_column(String(20), default="pending")
    review_note: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[str | None] = mapped_column(String(120))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    __mapper_args__ = {"version_id_col": version}

    foreign_courses: Mapped[list[ForeignCourse]] = relationship(secondary=line_foreign_courses)
    home_courses: Mapped[list[CurriculumCourse]] = relationship(secondary=line_home_courses)


class Obligation(Base):
    """A home course without an equivalent abroad: to be passed after return (różnica programowa)."""

    __tablename__ = "obligations"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), index=True)
    curriculum_course_id: Mapped[int] = mapped_column(ForeignKey("curriculum_courses.id"))
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, passed, waived
    ects: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
