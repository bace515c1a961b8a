"""Home grades of a decision's recognition lines and the officer's verification of each line.

A line's suggestion is worked out afresh each time it is read, in the order of the study regulations: an earlier
approved reference case for the same host course and grade, the distribution method where both distributions
exist, a validated conversion table, then nobody but a person (manual, with a justification). Several foreign
courses for one home course: their home values, ECTS-weighted, rounded to the home scale's step. Passed on a
pass/fail scale abroad gives zal. When a grade is given, the suggestion, its method and table version are kept
beside it, with who gave it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Decision, DecisionState, ElmoDocument, ForeignCourse, RecognitionLine, ReferenceCase
from app.models.types import utcnow
from app.services import audit
from app.services.catalogue import FAIL, MANUAL, PASS, REFERENCE, Conversion, GradingCatalogue, home_symbol_text
from app.services.context import ServiceContext
from app.services.errors import NotFound, Problem, StaleEdit, ValidationError
from app.services.grading import Scheme, guess_scheme, home_symbol, round_to_scale, weighted_mean
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check
from app.services.vocabulary import state_term
from app.services.workflow import FINAL

PENDING, APPROVED, NEEDS_INFO, REJECTED = "pending", "approved", "needs_info", "rejected"
VERDICTS = (APPROVED, NEEDS_INFO, REJECTED)
MIXED = "mixed"


@dataclass(frozen=True, slots=True)
class LineCourse:
    id: int
    code: str
    title: str
    ects: Decimal | None
    grade: str  # as printed abroad
    scheme_code: str  # the scheme the grade is read on ("" unknown)
    status: str


@dataclass(frozen=True, slots=True)
class LineHome:
    id: int
    code: str
    name: str
    ects: Decimal
    form_of_credit: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    grade: str | None  # home symbol, None when a person must decide
    method: str
    table_version: str
    explanation: tuple[Problem, ...]
    detail: dict  # per course: grade, scheme, home value, method, table, bands; the mean when several

    @property
    def shown(self) -> str:
        return home_symbol_text(self.grade)


@dataclass(frozen=True, slots=True)
class GradedLine:
    id: int
    version: int
    status: str  # accepted, rejected
    foreign: tuple[LineCourse, ...]
    home: tuple[LineHome, ...]
    suggestion: Suggestion
    grade: str
    grade_method: str
    justification: str
    graded_by: str | None
    review: str
    review_note: str
    reviewed_by: str | None
    reviewed_at: datetime | None
    remarks: tuple[Problem, ...]

    @property
    def settled(self) -> bool:
        """Verified: approved with a grade, or rejected."""
        return self.review == REJECTED or (self.review == APPROVED and bool(self.grade))


@dataclass(frozen=True)
class Grading:
    decision_id: int
    number: str
    state: DecisionState
    version: int
    amendments: int
    lines: tuple[GradedLine, ...]
    blockers: tuple[Problem, ...]  # what keeps the dean from approving

    @property
    def ready(self) -> bool:
        return self.state == DecisionState.IN_REVIEW and not self.blockers


class GradesService:
    def __init__(self, ctx: ServiceContext, catalogue: GradingCatalogue) -> None:
        self.ctx = ctx
        self.catalogue = catalogue

    # -- reading ---------------------------------------------------------------------------------------------
    def grading(self, decision_id: int) -> Grading:
        """The decision's lines with their suggestions, grades and verification, and what still blocks approval."""
        with self.ctx.reading() as session:
            decision = _decision(session, decision_id)
            schemes = self.catalogue._schemes(session)
            countries = self._countries(session, decision_id)
            lines = tuple(self._graded(session, decision, line, schemes, countries)
                          for line in _lines(session, decision_id))
            return Grading(decision.id, decision.number, decision.state, decision.version, decision.amendments,
                           lines, blockers([(line.review, line.grade) for line in lines]))

    @staticmethod
    def _countries(session: Session, decision_id: int) -> dict[int, str]:
        rows = session.execute(select(ForeignCourse.id, ElmoDocument.issuer_country)
                               .join(ElmoDocument, ElmoDocument.id == ForeignCourse.document_id)
                               .where(ForeignCourse.decision_id == decision_id))
        return {course_id: country or "" for course_id, country in rows}

    def _scheme_of(self, course: ForeignCourse, schemes: dict[str, Scheme], countries: dict[int, str]
                   ) -> Scheme | None:
        if course.scheme_code and course.scheme_code in schemes:
            return schemes[course.scheme_code]
        candidates = [s for s in schemes.values() if not s.home]
        return guess_scheme(candidates, countries.get(course.id, ""), [course.original_grade],
                            course.grading_scheme or "")

    def _graded(self, session: Session, decision: Decision, line: RecognitionLine, schemes, countries
                ) -> GradedLine:
        foreign = tuple(LineCourse(f.id, f.host_code, f.title, f.ects, f.original_grade,
                                   (s.code if (s := self._scheme_of(f, schemes, countries)) else ""), f.status)
                        for f in line.foreign_courses)
        home = tuple(LineHome(h.id, h.code, h.name_pl, h.ects, h.form_of_credit) for h in line.home_courses)
        suggestion, remarks = self._suggest(session, decision, line, schemes, countries)
        return GradedLine(line.id, line.version, line.status, foreign, home, suggestion, line.grade,
                          line.grade_method, line.justification, line.graded_by, line.review, line.review_note,
                          line.reviewed_by, line.reviewed_at, remarks)

    def _suggest(self, session: Session, decision: Decision, line: RecognitionLine, schemes, countries
                 ) -> tuple[Suggestion, tuple[Problem, ...]]:
        remarks: list[Problem] = []
        unfinished = [f for f in line.foreign_courses if f.status != "passed"]
        if unfinished:
            return _none(Problem(QT_TRANSLATE_NOOP(
                "Errors", "{course} was not passed abroad: the line can only be rejected."),
                course=unfinished[0].host_code or unfinished[0].title)), ()
        graded_home = [h for h in line.home_courses if h.form_of_credit.upper() != "ZAL"]
        if not graded_home:
            return Suggestion("ZAL", PASS, "", (Problem(QT_TRANSLATE_NOOP(
                "Errors", "The home course is credited without a grade: zal.")),), {}), ()
        items, details, explanations, methods, tables = [], [], [], set(), []
        for course in line.foreign_courses:
            scheme = self._scheme_of(course, schemes, countries)
            if scheme is None:
                return _none(Problem(QT_TRANSLATE_NOOP(
                    "Errors", "The grading scale of {course} (\"{grade}\") is not known: choose it or grade by "
                              "hand."), course=course.host_code or course.title, grade=course.original_grade)), ()
            conversion = self._reference(session, decision, course, scheme) or self._convert(
                session, decision, course, scheme)
            reading = scheme.read(course.original_grade)
            details.append({"course": course.host_code or course.title, "grade": course.original_grade,
                            "symbol": reading.symbol if reading else course.original_grade, "scheme": scheme.code,
                            "home": conversion.grade, "method": conversion.method,
                            "table": conversion.table_version, "bands": conversion.bands})
            if conversion.explanation is not None:
                explanations.append(conversion.explanation)
            if conversion.grade is None:
                return Suggestion(None, MANUAL, "", tuple(explanations), {"courses": details}), ()
            methods.add(conversion.method)
            if conversion.table_version:
                tables.append(conversion.table_version)
            if conversion.grade != "ZAL":
                items.append((Decimal(conversion.grade), course.ects))
        if not items:  # only pass/fail abroad: zal, even for a graded home course (WORKFLOW: "Grades")
            remarks.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Passed on a pass/fail scale abroad, the graded home course {course} gets zal only.")
                , course=", ".join(h.code for h in graded_home)))
            return Suggestion("ZAL", PASS, "", tuple(explanations), {"courses": details}), tuple(remarks)
        if len(items) < len(line.foreign_courses):
            remarks.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Courses passed on a pass/fail scale do not count in the mean.")))
        if any(ects is None for _, ects in items):
            items = [(value, Decimal(1)) for value, _ in items]
            remarks.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "A course has no ECTS: the mean weighs every course the same.")))
        detail: dict = {"courses": details}
        if len(items) == 1:
            grade = items[0][0]
        else:
            mean = weighted_mean(items)
            grade = round_to_scale(mean, self._steps(), self.catalogue.policy.rounding)
            detail.update(mean=f"{mean:.2f}", rounding=self.catalogue.policy.rounding)
            explanations.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "ECTS-weighted mean {mean}, rounded ({rule}) to {grade}."), mean=f"{mean:.2f}",
                rule=self.catalogue.policy.rounding, grade=home_symbol(grade)))
        symbol = f"{grade:.1f}"
        method = methods.pop() if len(methods) == 1 else MIXED
        return Suggestion(symbol, method, ", ".join(dict.fromkeys(tables)), tuple(explanations), detail), \
            tuple(remarks)

    def _steps(self) -> list[Decimal]:
        graded = self.catalogue.home()[0]
        return sorted(g.value for g in graded.grades if g.passes and g.value is not None)

    @staticmethod
    def _reference(session: Session, decision: Decision, course: ForeignCourse, scheme: Scheme
                   ) -> Conversion | None:
        """The grade an earlier approved decision gave the same host course and the same grade, alone."""
        reading = scheme.read(course.original_grade)
        if reading is None or not course.host_code:
            return None
        found = _references(session, decision).get(
            (course.host_institution, course.host_code, scheme.code, reading.symbol))
        if found is None or found.home_grade in ("", "ZAL", "NZAL"):
            return None
        return Conversion(found.home_grade, REFERENCE, explanation=Problem(QT_TRANSLATE_NOOP(
            "Errors", "Reference case: {code} with {grade} was recognised as {home} ({year})."),
            code=course.host_code, grade=course.original_grade, home=home_symbol_text(found.home_grade),
            year=found.academic_year or "?"))

    def _convert(self, session: Session, decision: Decision, course: ForeignCourse, scheme: Scheme) -> Conversion:
        host = [(str(label), Decimal(count)) for label, count in course.distribution or ()]
        try:
            return self.catalogue._convert(
                session, scheme, course.original_grade, method=None, institution=course.host_institution,
                programme_id=decision.programme_id, on=course.result_date or self.ctx.today(),
                host_distribution=host if len(host) >= 2 else None)
        except ValidationError as error:  # not a grade of the scale guessed or chosen
            return Conversion(None, MANUAL, explanation=Problem(error.message, **error.params))

    # -- changing --------------------------------------------------------------------------------------------
    def set_scheme(self, decision_id: int, course_id: int, scheme_code: str) -> None:
        """Say which grading scheme a foreign course's grade is on (when the guess is wrong or missing)."""
        check(self.ctx, Permission.GRADES_PROPOSE)
        with self.ctx.transaction() as session:
            decision = _editable(session, decision_id)
            scheme = self.catalogue._scheme(session, scheme_code)
            course = session.get(ForeignCourse, course_id)
            if course is None or course.decision_id != decision.id:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The decision has no foreign course {id}."), id=course_id)
            if scheme.read(course.original_grade) is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "\"{grade}\" is not a grade of the scale {scheme}."), grade=course.original_grade,
                    scheme=scheme.code)
            before = course.scheme_code
            course.scheme_code = scheme.code
            audit.record(session, self.ctx, "course.scheme", "decision", decision_id,
                         before={"course": course_id, "scheme": before}, after={"course": course_id,
                                                                                "scheme": scheme.code})

    def grade_line(self, decision_id: int, line_id: int, grade: str | None = None, justification: str = "",
                   expected_version: int | None = None) -> None:
        """Give a line its home grade: the suggestion (grade None) or another one with a written justification.
        A changed grade needs verifying again."""
        check(self.ctx, Permission.GRADES_PROPOSE)
        with self.ctx.transaction() as session:
            decision = _editable(session, decision_id)
            line = _line(session, decision_id, line_id, expected_version)
            self._grade(session, decision, line, grade, justification)

    def _grade(self, session: Session, decision: Decision, line: RecognitionLine, grade: str | None,
               justification: str) -> None:
        if line.status == REJECTED:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A rejected line gets no grade."))
        schemes = self.catalogue._schemes(session)
        suggestion, _ = self._suggest(session, decision, line, schemes, self._countries(session, decision.id))
        justification = justification.strip()
        if grade is None:
            if suggestion.grade is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "There is no suggestion for this line: give a grade with a justification."))
            symbol, method = suggestion.grade, suggestion.method
        else:
            symbol = self._home_grade(line, grade)
            method = suggestion.method if symbol == suggestion.grade else MANUAL
            if method == MANUAL and not justification:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A grade other than the suggestion ({suggested}) needs a justification."),
                    suggested=home_symbol_text(suggestion.grade) or "—")
        before = {"grade": line.grade, "method": line.grade_method, "review": line.review}
        line.suggested_grade = suggestion.grade or ""
        line.suggestion = {"method": suggestion.method, "table": suggestion.table_version,
                           "explanation": [p.render() for p in suggestion.explanation], **suggestion.detail}
        changed = symbol != line.grade
        line.grade, line.grade_method, line.justification = symbol, method, justification
        line.graded_by, line.graded_at = self.ctx.actor.login, utcnow()
        if changed and line.review == APPROVED:
            line.review, line.reviewed_by, line.reviewed_at = PENDING, None, None
        audit.record(session, self.ctx, "line.grade", "decision", decision.id, before=before, after={
            "line": line.id, "grade": symbol, "method": method, "suggested": suggestion.grade,
            "suggestion_method": suggestion.method, "table": suggestion.table_version}, reason=justification)

    def _home_grade(self, line: RecognitionLine, grade: str) -> str:
        graded, passfail = self.catalogue.home()
        reading = passfail.read(grade) or graded.read(grade)
        if reading is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "\"{grade}\" is not a grade of the home scale."),
                                  grade=grade)
        symbol = reading.symbol.upper() if reading.symbol.upper() in ("ZAL", "NZAL") else f"{reading.value:.1f}"
        if all(h.form_of_credit.upper() == "ZAL" for h in line.home_courses) and symbol not in ("ZAL", "NZAL"):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The home course is credited without a grade: give zal or nzal."))
        if not reading.passes:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A failing grade is not recognised: reject the line instead."))
        return symbol

    def review_line(self, decision_id: int, line_id: int, verdict: str, note: str = "",
                    expected_version: int | None = None) -> None:
        """The officer's verification of a line: approve it (with its grade, or the suggestion when it has
        none yet), reject it with a justification, or ask for more information."""
        self.review_lines(decision_id, [line_id], verdict, note,
                          {line_id: expected_version} if expected_version is not None else None)

    def review_lines(self, decision_id: int, line_ids: Collection[int], verdict: str, note: str = "",
                     expected_versions: dict[int, int] | None = None) -> None:
        """The same verdict for several lines at once, in one transaction."""
        check(self.ctx, Permission.LINES_REVIEW)
        if verdict not in VERDICTS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown verdict {verdict}."), verdict=verdict)
        note = note.strip()
        if verdict in (REJECTED, NEEDS_INFO) and not note:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Rejecting a line or asking for information needs a written reason."))
        if not line_ids:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one recognition line."))
        versions = expected_versions or {}
        with self.ctx.transaction() as session:
            decision = _editable(session, decision_id)
            if decision.state != DecisionState.IN_REVIEW:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Decision {number} is {state}: lines are verified once the verification started."),
                    number=decision.number, state=state_term(decision.state))
            for line_id in dict.fromkeys(line_ids):
                line = _line(session, decision_id, line_id, versions.get(line_id))
                before = {"review": line.review, "status": line.status, "grade": line.grade}
                if verdict == APPROVED:
                    if line.status == REJECTED:
                        line.status = "accepted"
                    if not line.grade:
                        self._grade(session, decision, line, None, "")
                elif verdict == REJECTED:
                    line.status = REJECTED
                line.review, line.review_note = verdict, note
                line.reviewed_by, line.reviewed_at = self.ctx.actor.login, utcnow()
                audit.record(session, self.ctx, f"line.{verdict}", "decision", decision_id, before=before,
                             after={"line": line.id, "review": verdict, "status": line.status, "grade": line.grade},
                             reason=note)


def _none(reason: Problem) -> Suggestion:
    return Suggestion(None, MANUAL, "", (reason,), {})


def blockers(reviews: Collection[tuple[str, str]]) -> tuple[Problem, ...]:
    """What keeps the dean from approving, from each line's (review, grade)."""
    found = []
    unsettled = [r for r, grade in reviews if not (r == REJECTED or (r == APPROVED and grade))]
    if unsettled:
        found.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "{count} recognition line(s) not verified yet (approved with a grade or rejected)."),
            count=len(unsettled)))
    asked = [r for r, _ in reviews if r == NEEDS_INFO]
    if asked:
        found.append(Problem(QT_TRANSLATE_NOOP("Errors", "{count} line(s) wait for more information."),
                             count=len(asked)))
    return tuple(found)


def _decision(session: Session, decision_id: int) -> Decision:
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Decision {id} does not exist."), id=decision_id)
    return decision


def _editable(session: Session, decision_id: int) -> Decision:
    decision = _decision(session, decision_id)
    if decision.state in FINAL:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Decision {number} is {state}: its lines are locked; an approved decision is changed only "
                      "by a correction."), number=decision.number, state=state_term(decision.state))
    return decision


def _lines(session: Session, decision_id: int) -> list[RecognitionLine]:
    return list(session.scalars(select(RecognitionLine).where(RecognitionLine.decision_id == decision_id)
                                .options(selectinload(RecognitionLine.foreign_courses),
                                         selectinload(RecognitionLine.home_courses))
                                .order_by(RecognitionLine.id)))


def _references(session: Session, decision: Decision) -> dict[tuple[str, str, str, str], ReferenceCase]:
    """The newest reference case of each host course and grade met in the decision, read once per session."""
    key = ("references", decision.id)
    if key not in session.info:
        codes = select(ForeignCourse.host_code).where(ForeignCourse.decision_id == decision.id)
        found: dict[tuple[str, str, str, str], ReferenceCase] = {}
        for case in session.scalars(select(ReferenceCase).where(
                ReferenceCase.programme_id == decision.programme_id, ReferenceCase.host_code.in_(codes),
                ReferenceCase.single.is_(True), ReferenceCase.decision_id.is_distinct_from(decision.id))
                .order_by(ReferenceCase.approved_at.desc())):
            found.setdefault((case.host_institution, case.host_code, case.scheme_code, case.original_grade), case)
        session.info[key] = found
    return session.info[key]


def _line(session: Session, decision_id: int, line_id: int, expected_version: int | None) -> RecognitionLine:
    line = session.get(RecognitionLine, line_id)
    if line is None or line.decision_id != decision_id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The decision has no recognition line {id}."), id=line_id)
    if expected_version is not None and line.version != expected_version:
        raise StaleEdit(QT_TRANSLATE_NOOP(
            "Errors", "Recognition line {id} was changed by {actor} in the meantime; it has been reloaded."),
            id=line_id, actor=line.reviewed_by or line.graded_by or line.created_by)
    return line


__all__ = ["APPROVED", "FAIL", "NEEDS_INFO", "PENDING", "REJECTED", "Grading", "GradedLine", "GradesService",
           "Suggestion", "home_symbol_text"]
