"""Every service of the desk, built once by the composition root around one context."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.services.approval import ApprovalService
from app.services.audit import AuditService
from app.services.batch import BatchService
from app.services.catalogue import GradePolicy, GradingCatalogue
from app.services.comparison import ComparisonService
from app.services.context import ServiceContext
from app.services.decisions import DecisionService
from app.services.demo import DemoService
from app.services.emrex.fetch import EmrexFetchService
from app.services.grades import GradesService
from app.services.grid import GridService
from app.services.intake import IntakeService
from app.services.la import LearningAgreementService
from app.services.programmes import ProgrammeService
from app.services.reports.data import ReportOptions
from app.services.reports.service import ReportService
from app.services.results import ResultsService
from app.services.student_import import StudentImportService
from app.services.students import StudentService
from app.services.trust import TrustService
from app.services.users import UserService


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
    emrex: EmrexFetchService
    results: ResultsService
    batch: BatchService
    grid: GridService
    comparison: ComparisonService
    la: LearningAgreementService
    catalogue: GradingCatalogue
    grades: GradesService
    approval: ApprovalService
    reports: ReportService
    users: UserService

    @classmethod
    def create(cls, ctx: ServiceContext, required_ects: int = 30,
               resit_session_end: tuple[int, int] | None = None, policy: GradePolicy | None = None,
               report_options: ReportOptions | None = None) -> Services:
        """Every service around `ctx`; the regulations' figures and grading choices come from the settings."""
        decisions = DecisionService(ctx)
        comparison = ComparisonService(ctx, Decimal(required_ects), resit_session_end)
        catalogue = GradingCatalogue(ctx, policy)
        grades = GradesService(ctx, catalogue)
        approval = ApprovalService(ctx, decisions, grades, comparison)
        intake = IntakeService(ctx)
        decisions.approver = approval.approve
        return cls(ctx=ctx, programmes=ProgrammeService(ctx), students=StudentService(ctx),
                   student_import=StudentImportService(ctx), decisions=decisions,
                   audit=AuditService(ctx), demo=DemoService(ctx), trust=TrustService(ctx),
                   intake=intake, emrex=EmrexFetchService(ctx, intake), results=ResultsService(ctx),
                   batch=BatchService(ctx),
                   grid=GridService(ctx), comparison=comparison, la=LearningAgreementService(ctx),
                   catalogue=catalogue, grades=grades, approval=approval,
                   reports=ReportService(ctx, comparison, report_options),
                   users=UserService(ctx))
