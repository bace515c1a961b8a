"""Grading schemes changed by an administrator, conversion tables, grade distributions, reference cases and
corrections of approved decisions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.types import UTCDateTime, utcnow


class GradingSchemeRecord(Base):
    """A grading scheme an administrator added or changed; the defaults shipped with the program are read from
    its resources and only stored here once changed (the stored one wins)."""

    __tablename__ = "grading_schemes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    definition: Mapped[dict] = mapped_column(JSON)  # the scheme as a dictionary (grades best → worst, aliases…)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120))


class ConversionTable(Base):
    """One version of a conversion table from a foreign scheme to the home scale, valid for a period; never
    changed once saved: a correction is the next version."""

    __tablename__ = "conversion_tables"
    __table_args__ = (UniqueConstraint("scheme_code", "institution", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_code: Mapped[str] = mapped_column(String(30), index=True)
    institution: Mapped[str] = mapped_column(String(200), default="")  # "" = any host institution
    name: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    rows: Mapped[list] = mapped_column(JSON)  # [{"min", "max", "label", "home", "note"}]
    findings: Mapped[list] = mapped_column(JSON, default=list)  # the validator's findings when saved
    usable: Mapped[bool] = mapped_column(Boolean, default=False)  # no error found
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120))


class GradeDistribution(Base):
    """How often each grade is given (an ECTS grading table): of the home programme (scope "home") or of a host
    institution's scheme (scope "host"), for the distribution method."""

    __tablename__ = "grade_distributions"
    __table_args__ = (UniqueConstraint("scope", "scheme_code", "institution", "programme_id", "isced"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(10))  # home, host
    scheme_code: Mapped[str] = mapped_column(String(30))
    institution: Mapped[str] = mapped_column(String(200), default="")
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"))
    isced: Mapped[str] = mapped_column(String(10), default="")
    frequencies: Mapped[list] = mapped_column(JSON)  # [[label, percentage or count]] best first
    source: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120))


class ReferenceCase(Base):
    """An approved recognition kept for the next student: the host course, its grade and what it became at
    home. No personal data; the decision is kept only so that a correction can withdraw it."""

    __tablename__ = "reference_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id", ondelete="SET NULL"), index=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    academic_year: Mapped[str] = mapped_column(String(9), default="")
    host_institution: Mapped[str] = mapped_column(String(300), default="")
    host_code: Mapped[str] = mapped_column(String(100), default="", index=True)
    host_title: Mapped[str] = mapped_column(String(500), default="")
    foreign_ects: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    scheme_code: Mapped[str] = mapped_column(String(30), default="")
    original_grade: Mapped[str] = mapped_column(String(60), default="")
    home_codes: Mapped[str] = mapped_column(String(300), default="")  # space-separated
    home_grade: Mapped[str] = mapped_column(String(10), default="")
    method: Mapped[str] = mapped_column(String(20), default="")
    single: Mapped[bool] = mapped_column(Boolean, default=True)  # the line had this foreign course alone
    approved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DecisionAmendment(Base):
    """A correction of an approved decision: why, by whom, and the approved content it started from."""

    __tablename__ = "decision_amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    snapshot: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120))
