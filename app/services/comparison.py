"""The comparison: a decision's foreign courses, its Learning Agreement and the home grid of the semesters being
credited, with proposals, the recognition lines chosen, and the checks of the study regulations (§ 28).

Proposals for a foreign course not yet in a line, in this order: the Learning Agreement's mapping (its Table A
component and the Table B components of the same group, or at the same place when there are no groups), an
earlier approved recognition of the same host course (a reference case), then title similarity across languages
(Polish and English names against every title the host gave) weighed with ECTS closeness.

Checks: ECTS recognised (the home ECTS of the home courses covered by accepted lines of passed courses) against the
required ECTS per credited semester; every home course of those semesters not covered becomes an obligation to pass
after return; foreign courses outside the Learning Agreement, failed or in progress, and Table B components with
recognition conditions are flagged; the verdict "semester credited" follows.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    CurriculumCourse,
    Decision,
    DecisionState,
    ForeignCourse,
    LearningAgreement,
    RecognitionLine,
)
from app.services import audit
from app.services.context import Role, ServiceContext
from app.services.errors import NotFound, Problem, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.text import fold
from app.services.workflow import FINAL

LA, REFERENCE, SIMILARITY, MANUAL = "la", "reference", "similarity", "manual"
ACCEPTED, REJECTED = "accepted", "rejected"
MIN_SIMILARITY = 65.0  # below, shared common words ("computer") make noise
DEFAULT_REQUIRED_ECTS = Decimal(30)


@dataclass(frozen=True, slots=True)
class HomeCourse:
    id: int
    code: str
    name_pl: str
    name_en: str
    semester: int
    ects: Decimal
    form_of_credit: str
    obligatory: bool


@dataclass(frozen=True, slots=True)
class Foreign:
    id: int
    code: str
    title: str
    titles: tuple[str, ...]
    ects: Decimal | None
    grade: str
    status: str
    host: str


@dataclass(frozen=True, slots=True)
class Proposal:
    foreign_ids: tuple[int, ...]
    home_ids: tuple[int, ...]
    origin: str  # LA, REFERENCE, SIMILARITY
    score: float  # 0–100
    reason: Problem


@dataclass(frozen=True, slots=True)
class Line:
    id: int
    foreign_ids: tuple[int, ...]
    home_ids: tuple[int, ...]
    origin: str
    status: str
    score: float
    note: str


@dataclass(frozen=True, slots=True)
class SemesterCheck:
    semester: int
    home_ects: Decimal  # of the grid
    recognised: Decimal


@dataclass(frozen=True)
class Comparison:
    decision_id: int
    academic_year: str
    semesters: tuple[int, ...]
    foreign: tuple[Foreign, ...]
    home: tuple[HomeCourse, ...]
    lines: tuple[Line, ...]
    proposals: tuple[Proposal, ...]
    obligations: tuple[HomeCourse, ...]
    flags: dict[int, tuple[Problem, ...]]  # foreign course id → remarks
    conditions: tuple[tuple[str, str], ...]  # Table B components with recognition conditions (title, conditions)
    semester_checks: tuple[SemesterCheck, ...]
    ects_foreign_passed: Decimal
    ects_recognised: Decimal
    ects_required: Decimal
    semester_credited: bool
    verdict: Problem
    obligation_deadline: date


def _ects_closeness(foreign: Decimal | None, home: Decimal) -> float:
    if foreign is None or not home:
        return 0.5
    return max(0.0, 1.0 - float(abs(foreign - home) / max(foreign, home)))


class ComparisonService:
    def __init__(self, ctx: ServiceContext, required_ects: Decimal = DEFAULT_REQUIRED_ECTS,
                 resit_session_end: tuple[int, int] | None = None) -> None:
        self.ctx = ctx
        self.required_ects = required_ects
        self.resit_session_end = resit_session_end  # (month, day) obligations are due by; None: the default

    # -- reading -------------------------------------------------------------------------------------------
    def _decision(self, session: Session, decision_id: int) -> Decision:
        decision = session.get(Decision, decision_id)
        if decision is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Decision {id} does not exist."), id=decision_id)
        return decision

    @staticmethod
    def _grid_year(session: Session, decision: Decision) -> str:
        if decision.academic_year:
            return decision.academic_year
        return session.scalar(select(func.max(CurriculumCourse.academic_year))
                              .where(CurriculumCourse.programme_id == decision.programme_id)) or ""

    def compare(self, decision_id: int) -> Comparison:
        """The comparison of a decision as it stands: lines, proposals for what is not yet mapped, checks."""
        with self.ctx.reading() as session:
            decision = self._decision(session, decision_id)
            year = self._grid_year(session, decision)
            semesters = tuple(int(s) for s in decision.semesters.split(",") if s)
            grid = [HomeCourse(c.id, c.code, c.name_pl, c.name_en, c.semester, c.ects, c.form_of_credit, c.obligatory)
                    for c in session.scalars(select(CurriculumCourse).where(
                        CurriculumCourse.programme_id == decision.programme_id,
                        CurriculumCourse.academic_year == year).order_by(CurriculumCourse.semester,
                                                                         CurriculumCourse.code))]
            foreign = [Foreign(c.id, c.host_code, c.title,
                               tuple(t.get("text", "") for t in c.titles or ()) or (c.title,), c.ects,
                               c.original_grade, c.status, c.host_institution)
                       for c in session.scalars(select(ForeignCourse).where(ForeignCourse.decision_id == decision_id)
                                                .order_by(ForeignCourse.id))]
            lines = [Line(line.id, tuple(f.id for f in line.foreign_courses), tuple(h.id for h in line.home_courses),
                          line.origin, line.status, line.score, line.note)
                     for line in session.scalars(select(RecognitionLine).where(
                         RecognitionLine.decision_id == decision_id).order_by(RecognitionLine.id))]
            agreement = session.scalar(select(LearningAgreement).where(LearningAgreement.decision_id == decision_id))
            components = list(agreement.components) if agreement else []
            table_a = [(c.code, c.title, c.group) for c in components if c.table == "A"]
            table_b = [(c.code, c.title, c.group, c.recognition_conditions) for c in components if c.table == "B"]
            references = self._reference_cases(session, decision_id, foreign, year, decision.programme_id)
        return self._assemble(decision_id, year, semesters, foreign, grid, lines, table_a, table_b, references)

    def _reference_cases(self, session: Session, decision_id: int, foreign: list[Foreign], year: str,
                         programme_id: int) -> dict[int, tuple[str, ...]]:
        """Home course codes that approved decisions gave the same host course (same institution and code)."""
        keys = {(f.host, f.code) for f in foreign if f.code}
        if not keys:
            return {}
        found: dict[tuple[str, str], tuple[str, ...]] = {}
        approved = (select(RecognitionLine).join(Decision, Decision.id == RecognitionLine.decision_id)
                    .where(Decision.state == DecisionState.APPROVED, Decision.id != decision_id,
                           Decision.programme_id == programme_id, RecognitionLine.status == ACCEPTED))
        for line in session.scalars(approved):
            codes = tuple(sorted(h.code for h in line.home_courses))
            for course in line.foreign_courses:
                if (course.host_institution, course.host_code) in keys and len(line.foreign_courses) == 1:
                    found.setdefault((course.host_institution, course.host_code), codes)
        return {f.id: found[(f.host, f.code)] for f in foreign if (f.host, f.code) in found}

    def _assemble(self, decision_id, year, semesters, foreign, grid, lines, table_a, table_b,
                  references) -> Comparison:
        home_by_id = {h.id: h for h in grid}
        credited_grid = [h for h in grid if not semesters or h.semester in semesters]
        foreign_by_id = {f.id: f for f in foreign}
        counting = [line for line in lines if line.status == ACCEPTED
                    and all(foreign_by_id[i].status == "passed" for i in line.foreign_ids if i in foreign_by_id)]
        covered = {i for line in counting for i in line.home_ids}
        in_lines = {i for line in lines for i in line.foreign_ids}
        proposals = self._proposals([f for f in foreign if f.id not in in_lines], grid, covered, table_a, table_b,
                                    references)
        flags: dict[int, tuple[Problem, ...]] = {}
        a_keys = {fold(code) for code, _, _ in table_a if code} | {fold(title) for _, title, _ in table_a}
        for f in foreign:
            remarks = []
            if f.status == "failed":
                remarks.append(Problem(QT_TRANSLATE_NOOP("Errors", "Failed abroad: it cannot be recognised.")))
            elif f.status == "in-progress":
                remarks.append(Problem(QT_TRANSLATE_NOOP("Errors", "Still in progress abroad.")))
            if table_a and not ({fold(f.code)} | {fold(t) for t in f.titles}) & a_keys:
                remarks.append(Problem(QT_TRANSLATE_NOOP("Errors", "Not in the Learning Agreement.")))
            if remarks:
                flags[f.id] = tuple(remarks)
        obligations = tuple(h for h in credited_grid if h.id not in covered)
        checks = tuple(SemesterCheck(s, sum((h.ects for h in credited_grid if h.semester == s), Decimal(0)),
                                     sum((h.ects for h in credited_grid if h.semester == s and h.id in covered),
                                         Decimal(0)))
                       for s in sorted({h.semester for h in credited_grid}))
        recognised = sum((home_by_id[i].ects for i in covered if i in home_by_id
                          and (not semesters or home_by_id[i].semester in semesters)), Decimal(0))
        required = self.required_ects * max(len(semesters), 1)
        passed = sum((f.ects for f in foreign if f.status == "passed" and f.ects is not None), Decimal(0))
        credited, verdict = self._verdict(semesters, grid, recognised, required, obligations)
        conditions = tuple((title, cond) for _, title, _, cond in table_b if cond)
        return Comparison(decision_id, year, semesters, tuple(foreign), tuple(credited_grid), tuple(lines),
                          tuple(proposals), obligations, flags, conditions, checks, passed, recognised, required,
                          credited, verdict, obligation_deadline(self.ctx.today(), self.resit_session_end))

    @staticmethod
    def _verdict(semesters, grid, recognised, required, obligations) -> tuple[bool, Problem]:
        if not semesters:
            return False, Problem(QT_TRANSLATE_NOOP("Errors", "The semesters to credit are not chosen yet."))
        if not grid:
            return False, Problem(QT_TRANSLATE_NOOP("Errors", "There is no curriculum grid for the programme."))
        if recognised < required:
            return False, Problem(QT_TRANSLATE_NOOP(
                "Errors", "Semester not credited: {recognised} of the required {required} ECTS recognised; "
                          "{count} course(s) to pass after return."),
                recognised=f"{recognised.normalize():f}", required=f"{required.normalize():f}",
                count=len(obligations))
        return True, Problem(QT_TRANSLATE_NOOP(
            "Errors", "Semester credited: {recognised} ECTS recognised in line with the Learning Agreement."),
            recognised=f"{recognised.normalize():f}")

    def _proposals(self, unmapped: list[Foreign], grid: list[HomeCourse], covered: set[int], table_a, table_b,
                   references) -> list[Proposal]:
        by_code = {fold(h.code): h for h in grid}
        by_name = {fold(n): h for h in grid for n in (h.name_pl, h.name_en) if n}
        free = [h for h in grid if h.id not in covered]
        names = [fold(n) for h in grid for n in (h.name_pl, h.name_en) if n]  # folded once for every course
        owners = [h.id for h in grid for n in (h.name_pl, h.name_en) if n]
        proposals: list[Proposal] = []
        taken: set[int] = set(covered)
        for course in unmapped:
            proposal = (self._from_la(course, table_a, table_b, by_code, by_name)
                        or self._from_reference(course, references, by_code)
                        or self._from_similarity(course, [h for h in free if h.id not in taken], names, owners))
            if proposal is not None:
                proposals.append(proposal)
                taken.update(proposal.home_ids)
        return proposals

    @staticmethod
    def _from_la(course: Foreign, table_a, table_b, by_code, by_name) -> Proposal | None:
        keys = {fold(course.code)} | {fold(t) for t in course.titles}
        for position, (code, title, group) in enumerate(table_a):
            if fold(code) not in keys and fold(title) not in keys:
                continue
            if group:
                targets = [(c, t) for c, t, g, _ in table_b if g == group]
            elif len(table_a) == len(table_b):
                targets = [table_b[position][:2]]
            else:
                targets = []
            home = [by_code.get(fold(c)) or by_name.get(fold(t)) for c, t in targets]
            home_ids = tuple(h.id for h in home if h is not None)
            if home_ids:
                return Proposal((course.id,), home_ids, LA, 100.0, Problem(QT_TRANSLATE_NOOP(
                    "Errors", "The Learning Agreement maps {foreign} to {home}."), foreign=title,
                    home=", ".join(h.code for h in home if h is not None)))
        return None

    @staticmethod
    def _from_reference(course: Foreign, references, by_code) -> Proposal | None:
        codes = references.get(course.id)
        home = [by_code[fold(c)] for c in codes or () if fold(c) in by_code]
        if not home:
            return None
        return Proposal((course.id,), tuple(h.id for h in home), REFERENCE, 95.0, Problem(QT_TRANSLATE_NOOP(
            "Errors", "An approved decision recognised {code} of {host} as {home}."),
            code=course.code, host=course.host, home=", ".join(h.code for h in home)))

    @staticmethod
    def _from_similarity(course: Foreign, free: list[HomeCourse], names: list[str], owners: list[int]
                         ) -> Proposal | None:
        """The free home course whose Polish or English name is most like one of the course's titles, weighed
        with ECTS closeness. `names` are the folded names of the grid and `owners` their home course ids."""
        allowed = {h.id: h for h in free}
        similarity: dict[int, float] = {}
        for title in {fold(t) for t in course.titles if t}:
            for _, score, index in process.extract(title, names, scorer=fuzz.token_set_ratio, processor=None,
                                                   score_cutoff=MIN_SIMILARITY, limit=None):
                owner = owners[index]
                if owner in allowed and score > similarity.get(owner, 0.0):
                    similarity[owner] = score
        if not similarity:
            return None
        best = max(similarity, key=lambda i: 0.8 * similarity[i] + 20.0 * _ects_closeness(course.ects,
                                                                                         allowed[i].ects))
        home = allowed[best]
        score = 0.8 * similarity[best] + 20.0 * _ects_closeness(course.ects, home.ects)
        return Proposal((course.id,), (home.id,), SIMILARITY, round(score, 1), Problem(QT_TRANSLATE_NOOP(
            "Errors", "Similar titles ({similarity} %) and ECTS {foreign_ects} / {home_ects}."),
            similarity=round(similarity[best]), foreign_ects=course.ects if course.ects is not None else "?",
            home_ects=home.ects))

    # -- changing ------------------------------------------------------------------------------------------
    def _editable(self, session: Session, decision_id: int) -> Decision:
        decision = self._decision(session, decision_id)
        if decision.state in FINAL:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Decision {number} is final; its recognition lines cannot change."), number=decision.number)
        return decision

    def set_line(self, decision_id: int, foreign_ids: Collection[int], home_ids: Collection[int],
                 origin: str = MANUAL, score: float = 0.0, status: str = ACCEPTED, note: str = "") -> int:
        """Recognise foreign courses of the decision as home courses of its grid (n:m). A foreign course stands in
        one line only; a rejected line (a failed course, say) leaves its home courses as obligations."""
        self.ctx.require(Role.OFFICER, Role.COORDINATOR)
        if not foreign_ids or not home_ids:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A recognition line needs at least one foreign and one home course."))
        if status not in (ACCEPTED, REJECTED):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown line status {status}."), status=status)
        with self.ctx.transaction() as session:
            decision = self._editable(session, decision_id)
            year = self._grid_year(session, decision)
            foreign = list(session.scalars(select(ForeignCourse).where(
                ForeignCourse.id.in_(foreign_ids), ForeignCourse.decision_id == decision_id)))
            home = list(session.scalars(select(CurriculumCourse).where(
                CurriculumCourse.id.in_(home_ids), CurriculumCourse.programme_id == decision.programme_id,
                CurriculumCourse.academic_year == year)))
            if len(foreign) != len(set(foreign_ids)) or len(home) != len(set(home_ids)):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Courses of another decision or another grid cannot be recognised here."))
            used = session.scalars(select(RecognitionLine).where(RecognitionLine.decision_id == decision_id)).all()
            busy = {f.id for line in used for f in line.foreign_courses} & set(foreign_ids)
            if busy:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A foreign course is already in another recognition line; remove that line first."))
            if not decision.academic_year:
                decision.academic_year = year  # the grid of this decision, whatever later years bring
            line = RecognitionLine(decision_id=decision_id, origin=origin, score=score, status=status, note=note,
                                   created_by=self.ctx.actor.login, foreign_courses=foreign, home_courses=home)
            session.add(line)
            session.flush()
            audit.record(session, self.ctx, "line.set", "decision", decision_id, after={
                "line": line.id, "foreign": sorted(f.host_code or f.title for f in foreign),
                "home": sorted(h.code for h in home), "origin": origin, "status": status}, reason=note)
            return line.id

    def remove_line(self, decision_id: int, line_id: int) -> None:
        self.ctx.require(Role.OFFICER, Role.COORDINATOR)
        with self.ctx.transaction() as session:
            self._editable(session, decision_id)
            line = session.get(RecognitionLine, line_id)
            if line is None or line.decision_id != decision_id:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The decision has no recognition line {id}."), id=line_id)
            audit.record(session, self.ctx, "line.remove", "decision", decision_id, before={
                "line": line.id, "foreign": sorted(f.host_code or f.title for f in line.foreign_courses),
                "home": sorted(h.code for h in line.home_courses), "status": line.status})
            session.delete(line)

    def accept_proposals(self, decision_id: int, minimum_score: float = 0.0) -> int:
        """Take every current proposal (at least `minimum_score`) as a line; how many were taken."""
        taken = 0
        for proposal in self.compare(decision_id).proposals:
            if proposal.score >= minimum_score:
                self.set_line(decision_id, proposal.foreign_ids, proposal.home_ids, proposal.origin, proposal.score)
                taken += 1
        return taken


def obligation_deadline(today: date, session_end: tuple[int, int] | None = None) -> date:
    """The end of the next resit session: the configured month and day, else 30 September, or 15 March after
    the summer."""
    if session_end is not None:
        month, day = session_end
        this_year = date(today.year, month, day)
        return this_year if this_year >= today else date(today.year + 1, month, day)
    return date(today.year, 9, 30) if today.month < 9 else date(today.year + 1, 3, 15)
