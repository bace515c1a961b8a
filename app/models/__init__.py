"""Mapped classes and the database: no Qt, no I/O beyond the database."""

from app.models.base import Base
from app.models.counter import Counter
from app.models.decision import Decision, DecisionState, DecisionStateChange
from app.models.emrex import ElmoDocument, ForeignCourse, TrustedEmp
from app.models.grading import (
    ConversionTable,
    DecisionAmendment,
    GradeDistribution,
    GradingSchemeRecord,
    ReferenceCase,
)
from app.models.programme import CurriculumCourse, Programme
from app.models.recognition import LAComponent, LearningAgreement, Obligation, RecognitionLine
from app.models.student import AdmissionKind, Student
from app.models.user import AuditEvent, User

__all__ = [
    "AdmissionKind", "AuditEvent", "Base", "ConversionTable", "Counter", "CurriculumCourse", "Decision",
    "DecisionAmendment", "DecisionState", "DecisionStateChange", "GradeDistribution", "GradingSchemeRecord",
    "ReferenceCase", "ElmoDocument", "ForeignCourse", "LAComponent", "LearningAgreement", "Obligation",
    "Programme", "RecognitionLine", "Student", "TrustedEmp", "User",
]
