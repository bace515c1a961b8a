"""Every service of the desk, built once by the composition root around one context."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.audit import AuditService
from app.services.batch import BatchService
from app.services.comparison import ComparisonService
from app.services.context import ServiceContext
from app.services.decisions import DecisionService
from app.services.demo import DemoService
from app.services.grid import GridService
from app.services.intake import IntakeService
from app.services.la import LearningAgreementService
from app.services.programmes import ProgrammeService
from app.services.results import ResultsService
from app.services.student_import import StudentImportService
from app.services.students import StudentService
from app.services.trust import TrustService


@dataclass(frozen=True)
class Services:
    ctx: ServiceContext
    programmes: ProgrammeService
    students: StudentService
    student_import: StudentImportService
    decisions: DecisionService
    audit: AuditService
    demo: DemoService
    trust: TrustService
    intake: IntakeService
    results: ResultsService
    batch: BatchService
    grid: GridService
    comparison: ComparisonService
    la: LearningAgreementService

    @classmethod
    def create(cls, ctx: ServiceContext, required_ects: int = 30,
               resit_session_end: tuple[int, int] | None = None) -> Services:
        """Every service around `ctx`; the regulations' figures come from the desk's settings."""
        return cls(ctx=ctx, programmes=ProgrammeService(ctx), students=StudentService(ctx),
                   student_import=StudentImportService(ctx), decisions=DecisionService(ctx),
                   audit=AuditService(ctx), demo=DemoService(ctx), trust=TrustService(ctx),
                   intake=IntakeService(ctx), results=ResultsService(ctx), batch=BatchService(ctx),
                   grid=GridService(ctx), comparison=ComparisonService(ctx),
                   la=LearningAgreementService(ctx))
