"""The dean's approval of a decision as a whole, and the correction of an approved one.

Approval is refused while a line is unverified or waits for information. When it goes through, in the same
transaction: the home courses of the credited semesters left uncovered become obligations with their deadline,
every approved line becomes a reference case for the next student (the host course, its grade and what it became:
no personal data), and the decision is locked. A correction reopens an approved decision for verification with a
written reason; the approved content it started from is kept with it and in the audit log, and the reference
cases it had given are withdrawn until the dean approves again.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import (
    CurriculumCourse,
    Decision,
    DecisionAmendment,
    DecisionState,
    DecisionStateChange,
    Obligation,
    RecognitionLine,
    ReferenceCase,
)
from app.services import audit
from app.services.comparison import ComparisonService
from app.services.decisions import DecisionService
from app.services.errors import ForbiddenTransition, Problem, ValidationError
from app.services.grades import APPROVED, REJECTED, GradesService, blockers
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check
from app.services.vocabulary import state_term
from app.services.workflow import check_move


class ApprovalRefused(ValidationError):
    """The dean's approval cannot go through yet; `problems` says what is missing."""

    default_message = QT_TRANSLATE_NOOP("Errors", "Decision {number} cannot be approved yet:")

    def __init__(self, number: str, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__(number=number)

    def render(self, translate=None) -> str:
        return " ".join([super().render(translate), *(p.render(translate) for p in self.problems)])


class ApprovalService:
    def __init__(self, ctx, decisions: DecisionService, grades: GradesService,
                 comparison: ComparisonService) -> None:
        self.ctx = ctx
        self.decisions = decisions
        self.grades = grades
        self.comparison = comparison

    def approve(self, decision_id: int, comment: str = "", expected_version: int | None = None) -> None:
        """The dean approves the decision as a whole (state table: dean only, from verification)."""
        with self.ctx.transaction() as session:
            decision = self.decisions._load_for_change(session, decision_id, expected_version)
            check_move(decision.state, DecisionState.APPROVED, self.ctx.actor)  # role and state first
            lines = list(session.scalars(select(RecognitionLine).where(RecognitionLine.decision_id == decision_id)))
            problems = blockers([(line.review, line.grade) for line in lines])
            if problems:
                raise ApprovalRefused(decision.number, problems)
            obligations = self._obligations(session, decision, lines)
            self._reference_cases(session, decision, lines)
            audit.record(session, self.ctx, "decision.approve", "decision", decision.id, after={
                "number": decision.number, "amendment": decision.amendments,
                "lines": [{"line": line.id, "grade": line.grade, "method": line.grade_method,
                           "review": line.review} for line in lines],
                "obligations": obligations}, reason=comment)
            self.decisions.apply_move(session, decision, DecisionState.APPROVED, comment)

    def _obligations(self, session: Session, decision: Decision, lines: list[RecognitionLine]) -> list[dict]:
        semesters = [int(s) for s in decision.semesters.split(",") if s]
        covered = {h.id for line in lines if line.review == APPROVED and line.status != REJECTED
                   for h in line.home_courses}
        query = select(CurriculumCourse).where(CurriculumCourse.programme_id == decision.programme_id,
                                               CurriculumCourse.academic_year == decision.academic_year)
        if semesters:
            query = query.where(CurriculumCourse.semester.in_(semesters))
        due = self.comparison._deadline(decision.academic_year, tuple(semesters))
        created = []
        session.execute(delete(Obligation).where(Obligation.decision_id == decision.id))
        for course in session.scalars(query.order_by(CurriculumCourse.semester, CurriculumCourse.code)):
            if course.id in covered:
                continue
            session.add(Obligation(decision_id=decision.id, curriculum_course_id=course.id, deadline=due,
                                   ects=course.ects, status="open"))
            created.append({"code": course.code, "ects": course.ects, "deadline": due})
        return created

    @staticmethod
    def _reference_cases(session: Session, decision: Decision, lines: list[RecognitionLine]) -> None:
        session.execute(delete(ReferenceCase).where(ReferenceCase.decision_id == decision.id))
        for line in lines:
            if line.review != APPROVED or line.status == REJECTED:
                continue
            codes = " ".join(sorted(h.code for h in line.home_courses))
            for course in line.foreign_courses:
                scheme, grade = _scheme_symbol(line, course)
                session.add(ReferenceCase(
                    decision_id=decision.id, programme_id=decision.programme_id,
                    academic_year=decision.academic_year, host_institution=course.host_institution,
                    host_code=course.host_code, host_title=course.title, foreign_ects=course.ects,
                    scheme_code=scheme, original_grade=grade,
                    home_codes=codes, home_grade=line.grade, method=line.grade_method,
                    single=len(line.foreign_courses) == 1))

    def amend(self, decision_id: int, reason: str, expected_version: int | None = None) -> None:
        """Reopen an approved decision for a correction; the dean approves it again afterwards."""
        check(self.ctx, Permission.DECISION_AMEND)
        reason = reason.strip()
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A correction of an approved decision needs a reason."))
        with self.ctx.transaction() as session:
            decision = self.decisions._load_for_change(session, decision_id, expected_version)
            if decision.state != DecisionState.APPROVED:
                raise ForbiddenTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Decision {number} is {state}: only an approved decision is corrected this way."),
                    number=decision.number, state=state_term(decision.state))
            snapshot = _snapshot(session, decision)
            decision.amendments += 1
            session.add(DecisionAmendment(decision_id=decision.id, number=decision.amendments, reason=reason,
                                          snapshot=audit._jsonable(snapshot), created_by=self.ctx.actor.login))
            session.execute(delete(ReferenceCase).where(ReferenceCase.decision_id == decision.id))
            session.execute(delete(Obligation).where(Obligation.decision_id == decision.id))
            decision.history.append(DecisionStateChange(
                actor=self.ctx.actor.login, from_state=decision.state, to_state=DecisionState.IN_REVIEW,
                comment=reason))
            decision.state = DecisionState.IN_REVIEW
            decision.approved_at = decision.approved_by = None
            audit.record(session, self.ctx, "decision.amend", "decision", decision.id, before=snapshot,
                         after={"state": DecisionState.IN_REVIEW, "amendment": decision.amendments}, reason=reason)



def _scheme_symbol(line: RecognitionLine, course) -> tuple[str, str]:
    """The scheme and normalised grade the line's grading used for the course (kept with the suggestion)."""
    for detail in (line.suggestion or {}).get("courses", ()):
        if detail.get("course") == (course.host_code or course.title) and detail.get("scheme"):
            return detail["scheme"], detail.get("symbol") or detail.get("grade", course.original_grade)
    return course.scheme_code, course.original_grade


def _snapshot(session: Session, decision: Decision) -> dict:
    lines = session.scalars(select(RecognitionLine).where(RecognitionLine.decision_id == decision.id)
                            .order_by(RecognitionLine.id))
    obligations = session.execute(select(CurriculumCourse.code, Obligation.deadline, Obligation.status)
                                  .join(CurriculumCourse, CurriculumCourse.id == Obligation.curriculum_course_id)
                                  .where(Obligation.decision_id == decision.id))
    return {
        "approved_at": decision.approved_at, "approved_by": decision.approved_by, "amendment": decision.amendments,
        "lines": [{"line": line.id, "foreign": [f.host_code or f.title for f in line.foreign_courses],
                   "home": [h.code for h in line.home_courses], "status": line.status, "grade": line.grade,
                   "method": line.grade_method, "justification": line.justification, "review": line.review,
                   "reviewed_by": line.reviewed_by} for line in lines],
        "obligations": [{"code": code, "deadline": deadline, "status": status}
                        for code, deadline, status in obligations],
    }
