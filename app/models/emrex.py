"""EMREX: the trust store of contact points, the documents they returned, and the foreign courses taken over."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, LargeBinary, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base
from app.models.types import UTCDateTime, utcnow


class TrustedEmp(Base):
    """An EMREX contact point (EMP, formerly NCP) and the certificate it signs with. Entries are switched off,
    never deleted: stored documents keep pointing at the entry that verified them."""

    __tablename__ = "trusted_emps"

    id: Mapped[int] = mapped_column(primary_key=True)
    acronym: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(3), default="")
    url: Mapped[str] = mapped_column(String(500), default="")
    certificate_pem: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the DER, hex
    subject: Mapped[str] = mapped_column(String(500), default="")
    not_before: Mapped[datetime] = mapped_column(UTCDateTime)
    not_after: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(30))  # emreg, emreg-ncps, ewp-catalogue, certificate
    source_name: Mapped[str] = mapped_column(String(300), default="")  # the file it came from
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(120))


class ElmoDocument(Base):
    """A returned ELMO document: the bytes exactly as received and what was found when they arrived."""

    __tablename__ = "elmo_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), index=True)
    received_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the received bytes
    # of the ELMO document inside its transport: the same document sent as a file or as a return body is one
    content_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_name: Mapped[str] = mapped_column(String(300), default="")  # file name, or "EMREX return"
    transport: Mapped[str] = mapped_column(String(30))
    format: Mapped[str] = mapped_column(String(20))
    version: Mapped[str] = mapped_column(String(20), default="")
    generated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(120))
    issuer: Mapped[str] = mapped_column(String(300), default="")
    issuer_country: Mapped[str] = mapped_column(String(3), default="")
    learner_name: Mapped[str] = mapped_column(String(300), default="")
    learner_birth_date: Mapped[date | None] = mapped_column(Date)
    signature_status: Mapped[str] = mapped_column(String(20))
    signature_algorithm: Mapped[str] = mapped_column(String(40), default="")
    signer_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    trusted_emp_id: Mapped[int | None] = mapped_column(ForeignKey("trusted_emps.id"))
    verified_at: Mapped[datetime] = mapped_column(UTCDateTime)
    identity_status: Mapped[str] = mapped_column(String(20))  # match, near_miss
    identity_reason: Mapped[str] = mapped_column(Text, default="")  # the officer's reason for a near miss
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    reverified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reverified_status: Mapped[str] = mapped_column(String(20), default="")

    courses: Mapped[list[ForeignCourse]] = relationship(back_populates="document", order_by="ForeignCourse.id")


class ForeignCourse(Base):
    """A course completed at the host institution, taken into a decision (from a document or by hand)."""

    __tablename__ = "foreign_courses"
    __table_args__ = (UniqueConstraint("document_id", "source_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("elmo_documents.id"), index=True)
    source_key: Mapped[str] = mapped_column(String(60), default="")  # the course's place in its document
    host_institution: Mapped[str] = mapped_column(String(300), default="")
    host_code: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(500))
    title_lang: Mapped[str] = mapped_column(String(10), default="")
    titles: Mapped[list] = mapped_column(JSON, default=list)  # every title given: [{"text": …, "lang": …}]
    title_pl: Mapped[str] = mapped_column(String(500), default="")
    ects: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    original_grade: Mapped[str] = mapped_column(String(60), default="")
    grading_scheme: Mapped[str] = mapped_column(Text, default="")
    scheme_code: Mapped[str] = mapped_column(String(30), default="")  # the grading scheme the grade is read on
    status: Mapped[str] = mapped_column(String(20), default="passed")
    result_date: Mapped[date | None] = mapped_column(Date)
    academic_term: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(20), default="")
    hours: Mapped[str] = mapped_column(String(40), default="")
    isced: Mapped[str] = mapped_column(String(20), default="")
    distribution: Mapped[list] = mapped_column(JSON, default=list)  # [[label, count], …]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    document: Mapped[ElmoDocument | None] = relationship(back_populates="courses")
