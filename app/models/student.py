"""Admitted students, keyed on the album number (never PESEL)."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base
from app.models.programme import Programme
from app.models.types import UTCDateTime, utcnow


class AdmissionKind(str, enum.Enum):
    TRANSFER = "transfer"
    SHORT_TERM = "short_term"
    ERASMUS_RETURN = "erasmus_return"


class Student(Base):
    __tablename__ = "students"

    id: Mapped[int] = mapped_column(primary_key=True)
    album_number: Mapped[str] = mapped_column(String(20), unique=True)
    given_names: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120), index=True)
    birth_date: Mapped[date] = mapped_column(Date, index=True)  # EMREX batches find learners by it
    email: Mapped[str] = mapped_column(String(200), default="")
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"), index=True)
    cohort: Mapped[str] = mapped_column(String(20), default="")
    admission_kind: Mapped[AdmissionKind] = mapped_column(
        Enum(AdmissionKind, name="admission_kind", values_callable=lambda e: [m.value for m in e],
             native_enum=False, length=20, validate_strings=True)
    )
    esi: Mapped[str] = mapped_column(String(200), default="")  # European Student Identifier, optional
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    programme: Mapped[Programme] = relationship()
