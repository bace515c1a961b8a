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

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    CurriculumCourse,
    Decision,
    ForeignCourse,
    LearningAgreement,
    RecognitionLine,
    ReferenceCase,
)
from app.services import audit
from app.services.context import ServiceContext
from app.services.errors import NotFound, Problem, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check
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
        """Home course codes that approved decisions gave the same host course (same institution and code),
        the newest first."""
        codes = {f.code for f in foreign if f.code}
        if not codes:
            return {}
        found: dict[tuple[str, str], tuple[str, ...]] = {}
        cases = session.execute(
            select(ReferenceCase.host_institution, ReferenceCase.host_code, ReferenceCase.home_codes)
            .where(ReferenceCase.programme_id == programme_id, ReferenceCase.host_code.in_(codes),
                   ReferenceCase.single.is_(True), ReferenceCase.decision_id.is_distinct_from(decision_id))
            .order_by(ReferenceCase.approved_at.desc()))
        for host, code, home_codes in cases:
            found.setdefault((host, code), tuple(home_codes.split()))
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
        a_keys = ({fold(code) for code, _, _ in table_a if code}
                  | {fold(title) for _, title, _ in table_a if title}) - {""}
        for f in foreign:
            remarks = []
            if f.status == "failed":
                remarks.append(Problem(QT_TRANSLATE_NOOP("Errors", "Failed abroad: it cannot be recognised.")))
            elif f.status == "in-progress":
                remarks.append(Problem(QT_TRANSLATE_NOOP("Errors", "Still in progress abroad.")))
            if table_a and not (({fold(f.code)} | {fold(t) for t in f.titles}) - {""}) & a_keys:
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
        credited, verdict = self._verdict(semesters, grid, recognised, required, obligations, checks)
        conditions = tuple((title, cond) for _, title, _, cond in table_b if cond)
        return Comparison(decision_id, year, semesters, tuple(foreign), tuple(credited_grid), tuple(lines),
                          tuple(proposals), obligations, flags, conditions, checks, passed, recognised, required,
                          credited, verdict, self._deadline(year, semesters))

    def _verdict(self, semesters, grid, recognised, required, obligations, checks) -> tuple[bool, Problem]:
        """Each credited semester on its own must reach the required ECTS: one semester's surplus never
        covers another's shortfall."""
        if not semesters:
            return False, Problem(QT_TRANSLATE_NOOP("Errors", "The semesters to credit are not chosen yet."))
        if not grid:
            return False, Problem(QT_TRANSLATE_NOOP("Errors", "There is no curriculum grid for the programme."))
        short = [check for check in checks if check.recognised < self.required_ects]
        if short and len(checks) > 1:
            return False, Problem(QT_TRANSLATE_NOOP(
                "Errors", "Not credited: semester {semester} has {recognised} of the required {required} ECTS "
                          "recognised; {count} course(s) to pass after return."),
                semester=", ".join(str(c.semester) for c in short),
                recognised=", ".join(f"{c.recognised.normalize():f}" for c in short),
                required=f"{self.required_ects.normalize():f}", count=len(obligations))
        if short or recognised < required:
            return False, Problem(QT_TRANSLATE_NOOP(
                "Errors", "Semester not credited: {recognised} of the required {required} ECTS recognised; "
                          "{count} course(s) to pass after return."),
                recognised=f"{recognised.normalize():f}", required=f"{required.normalize():f}",
                count=len(obligations))
        return True, Problem(QT_TRANSLATE_NOOP("Errors", "Semester credited: {recognised} ECTS recognised."),
                             recognised=f"{recognised.normalize():f}")

    def _proposals(self, unmapped: list[Foreign], grid: list[HomeCourse], covered: set[int], table_a, table_b,
                   references) -> list[Proposal]:
        """Three passes, each on what the earlier left: the Learning Agreement's groups, reference cases, then
        similar titles. Only passed courses are proposed; failed and in-progress ones are flagged instead."""
        candidates = [f for f in unmapped if f.status == "passed"]
        by_code = {fold(h.code): h for h in grid if h.code}
        by_name = {fold(n): h for h in grid for n in (h.name_pl, h.name_en) if n}
        taken: set[int] = set(covered)
        proposals = self._from_la(candidates, table_a, table_b, by_code, by_name, taken)
        placed = {i for p in proposals for i in p.foreign_ids}
        for course in candidates:
            if course.id in placed:
                continue
            proposal = self._from_reference(course, references, by_code, taken)
            if proposal is not None:
                proposals.append(proposal)
                placed.add(course.id)
                taken.update(proposal.home_ids)
        names = [fold(n) for h in grid for n in (h.name_pl, h.name_en) if n]  # folded once for every course
        owners = [h.id for h in grid for n in (h.name_pl, h.name_en) if n]
        for course in candidates:
            if course.id in placed:
                continue
            proposal = self._from_similarity(course, [h for h in grid if h.id not in taken], names, owners)
            if proposal is not None:
                proposals.append(proposal)
                taken.update(proposal.home_ids)
        return proposals

    @staticmethod
    def _from_la(candidates: list[Foreign], table_a, table_b, by_code, by_name, taken: set[int]) -> list[Proposal]:
        """One proposal per group of the agreement: its Table A courses found among the candidates → its Table B
        courses found in the grid. An agreement without groups (EWP has none) is one group as a whole."""
        def keys(code: str, titles) -> set[str]:
            return {fold(code)} - {""} | {fold(t) for t in titles if t}

        groups: dict[str, tuple[list, list]] = {}
        for code, title, group in table_a:
            groups.setdefault(group, ([], []))[0].append(keys(code, (title,)))
        for code, title, group, _ in table_b:
            groups.setdefault(group, ([], []))[1].append((code, title))
        proposals = []
        for a_keys, b_items in groups.values():
            foreign = [c for c in candidates if any(keys(c.code, c.titles) & k for k in a_keys)]
            home = []
            for code, title in b_items:
                course = (by_code.get(fold(code)) if code else None) or by_name.get(fold(title))
                if course is not None and course.id not in taken and course not in home:
                    home.append(course)
            if not foreign or not home:
                continue
            candidates = [c for c in candidates if c not in foreign]
            taken.update(h.id for h in home)
            proposals.append(Proposal(tuple(c.id for c in foreign), tuple(h.id for h in home), LA, 100.0, Problem(
                QT_TRANSLATE_NOOP("Errors", "The Learning Agreement maps {foreign} to {home}."),
                foreign=", ".join(c.code or c.title for c in foreign), home=", ".join(h.code for h in home))))
        return proposals

    @staticmethod
    def _from_reference(course: Foreign, references, by_code, taken: set[int]) -> Proposal | None:
        codes = references.get(course.id)
        home = [by_code[fold(c)] for c in codes or () if fold(c) in by_code and by_code[fold(c)].id not in taken]
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

    def _deadline(self, year: str, semesters: tuple[int, ...]) -> date:
        """The end of the resit session after the credited semesters: of a winter (odd) semester in March, of
        a summer one in September, of the academic year the grid is for; the configured day when there is one."""
        start = int(year[:4]) if year[:4].isdigit() else None
        if start is None or not semesters:
            return obligation_deadline(self.ctx.today(), self.resit_session_end)
        if self.resit_session_end is not None:
            month, day = self.resit_session_end
            due = date(start + 1, month, day)
        else:
            due = date(start + 1, 3, 15) if all(s % 2 for s in semesters) else date(start + 1, 9, 30)
        today = self.ctx.today()
        # a session already over cannot be the deadline any more: the next one is
        return due if due >= today else obligation_deadline(today, self.resit_session_end)

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
        check(self.ctx, Permission.LINES_EDIT)
        with self.ctx.transaction() as session:
            return self._set_line(session, decision_id, foreign_ids, home_ids, origin, score, status, note)

    def _set_line(self, session: Session, decision_id: int, foreign_ids: Collection[int], home_ids: Collection[int],
                  origin: str, score: float, status: str, note: str) -> int:
        if not foreign_ids or not home_ids:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A recognition line needs at least one foreign and one home course."))
        if status not in (ACCEPTED, REJECTED):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown line status {status}."), status=status)
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
        check(self.ctx, Permission.LINES_EDIT)
        with self.ctx.transaction() as session:
            self._editable(session, decision_id)
            line = session.get(RecognitionLine, line_id)
            if line is None or line.decision_id != decision_id:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The decision has no recognition line {id}."), id=line_id)
            audit.record(session, self.ctx, "line.remove", "decision", decision_id, before={
                "line": line.id, "foreign": sorted(f.host_code or f.title for f in line.foreign_courses),
                "home": sorted(h.code for h in line.home_courses), "status": line.status})
            session.delete(line)

    def accept_proposals(self, decision_id: int, minimum_score: float = 0.0,
                         proposals: Sequence[Proposal] | None = None) -> int:
        """Take the current proposals (or those given) of at least `minimum_score` as lines, all in one
        transaction; how many were taken."""
        check(self.ctx, Permission.LINES_EDIT)
        chosen = [p for p in (self.compare(decision_id).proposals if proposals is None else proposals)
                  if p.score >= minimum_score]
        with self.ctx.transaction() as session:
            for p in chosen:
                self._set_line(session, decision_id, p.foreign_ids, p.home_ids, p.origin, p.score, ACCEPTED, "")
        return len(chosen)


def obligation_deadline(today: date, session_end: tuple[int, int] | None = None) -> date:
    """The end of the next resit session: the configured month and day, else 30 September, or 15 March after
    the summer."""
    if session_end is not None:
        month, day = session_end
        this_year = date(today.year, month, day)
        return this_year if this_year >= today else date(today.year + 1, month, day)
    return date(today.year, 9, 30) if today.month < 9 else date(today.year + 1, 3, 15)
