"""What a decision holds from abroad: the returned documents and the foreign courses taken from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from app.models import ElmoDocument, ForeignCourse, TrustedEmp
from app.services.context import ServiceContext
from app.services.errors import NotFound
from app.services.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    source_name: str
    sha256: str
    transport: str
    format: str
    version: str
    issuer: str
    issuer_country: str
    learner_name: str
    received_at: datetime
    imported_by: str
    signature_status: str
    signature_algorithm: str
    emp: str
    identity_status: str
    identity_reason: str
    reverified_at: datetime | None
    reverified_status: str
    courses: int


@dataclass(frozen=True, slots=True)
class ForeignCourseRow:
    id: int
    document_id: int | None
    host_institution: str
    host_code: str
    title: str
    title_lang: str
    titles: tuple[tuple[str, str], ...]
    ects: Decimal | None
    original_grade: str
    grading_scheme: str
    status: str
    result_date: date | None
    academic_term: str
    language: str
    search_key: str = ""


@dataclass(frozen=True)
class DecisionResults:
    documents: list[DocumentRow]
    courses: list[ForeignCourseRow]

    @property
    def ects_total(self) -> Decimal:
        return sum((c.ects for c in self.courses if c.ects is not None), Decimal(0))


class ResultsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def for_decision(self, decision_id: int) -> DecisionResults:
        with self.ctx.reading() as session:
            documents = []
            query = (select(ElmoDocument, TrustedEmp.acronym)
                     .outerjoin(TrustedEmp, TrustedEmp.id == ElmoDocument.trusted_emp_id)
                     .where(ElmoDocument.decision_id == decision_id).order_by(ElmoDocument.id))
            counts: dict[int, int] = {}
            courses = []
            for c in session.scalars(select(ForeignCourse).where(ForeignCourse.decision_id == decision_id)
                                     .order_by(ForeignCourse.id)):
                counts[c.document_id] = counts.get(c.document_id, 0) + 1
                courses.append(ForeignCourseRow(
                    c.id, c.document_id, c.host_institution, c.host_code, c.title, c.title_lang,
                    tuple((t.get("text", ""), t.get("lang", "")) for t in c.titles or ()), c.ects, c.original_grade,
                    c.grading_scheme, c.status, c.result_date, c.academic_term, c.language))
            for d, acronym in session.execute(query):
                documents.append(DocumentRow(
                    d.id, d.source_name, d.sha256, d.transport, d.format, d.version, d.issuer, d.issuer_country,
                    d.learner_name, d.received_at, d.imported_by, d.signature_status, d.signature_algorithm,
                    acronym or "", d.identity_status, d.identity_reason, d.reverified_at, d.reverified_status,
                    counts.get(d.id, 0)))
            return DecisionResults(documents, courses)

    def document_bytes(self, document_id: int) -> bytes:
        """The document exactly as it was received (for saving or re-reading)."""
        with self.ctx.reading() as session:
            data = session.scalar(select(ElmoDocument.received_bytes).where(ElmoDocument.id == document_id))
        if data is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no stored document {id}."), id=document_id)
        return data
