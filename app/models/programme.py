"""Study programmes and their curriculum grid (siatka zajęć), versioned per academic year."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base


class Programme(Base):
    __tablename__ = "programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_pl: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(40), default="")  # e.g. "I stopnia", "jednolite magisterskie"
    mode: Mapped[str] = mapped_column(String(40), default="")  # e.g. "stacjonarne"
    faculty: Mapped[str] = mapped_column(String(200), default="")

    courses: Mapped[list[CurriculumCourse]] = relationship(back_populates="programme")


class CurriculumCourse(Base):
    """One course of the grid: what a semester of the programme requires in a given academic year."""

    __tablename__ = "curriculum_courses"
    __table_args__ = (UniqueConstraint("programme_id", "academic_year", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    academic_year: Mapped[str] = mapped_column(String(9))  # "2025/26"
    semester: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(60))
    name_pl: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    ects: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    hours: Mapped[int] = mapped_column(Integer, default=0)
    form_of_credit: Mapped[str] = mapped_column(String(3))  # E, ZO, ZAL
    obligatory: Mapped[bool] = mapped_column(Boolean, default=True)
    grade_type: Mapped[str] = mapped_column(String(40), default="")
    isced: Mapped[str] = mapped_column(String(10), default="")

    programme: Mapped[Programme] = relationship(back_populates="courses")
