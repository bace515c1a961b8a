"""Recognition decisions: open them with a web deadline, extend deadlines, move them through their states."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import DateTime, String, and_, func, not_, select, type_coerce
from sqlalchemy.orm import Session

from app.models import CurriculumCourse, Decision, DecisionState, DecisionStateChange, Programme, Student
from app.models.types import utcnow
from app.services import audit
from app.services.context import ServiceContext
from app.services.errors import DuplicateRecord, ForbiddenTransition, NotFound, StaleEdit, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.numbering import next_decision_numbers
from app.services.permissions import Permission, check
from app.services.students import StudentRow, StudentService
from app.services.text import fold
from app.services.vocabulary import state_term
from app.services.workflow import AWAITING_RESULTS, FINAL, Move, allowed_moves, check_move


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: int
    number: str
    student_id: int
    album_number: str
    family_name: str
    given_names: str
    programme_code: str
    programme_name: str
    semesters: str
    state: DecisionState
    deadline: date | None
    days_left: int | None
    overdue: bool
    results_loaded: bool
    comment: str
    version: int
    created_at: datetime
    search_key: str

    @property
    def awaiting_results(self) -> bool:
        """Still waiting for the student's results, with a deadline to chase."""
        return self.state in AWAITING_RESULTS and not self.results_loaded and self.days_left is not None

    @property
    def student_name(self) -> str:
        return f"{self.family_name} {self.given_names}"


@dataclass(frozen=True)
class StateChangeRow:
    at: datetime
    actor: str
    from_state: DecisionState | None
    to_state: DecisionState
    deadline: date | None
    comment: str


@dataclass(frozen=True)
class DecisionDetail:
    decision: DecisionRow
    student: StudentRow
    history: list[StateChangeRow]
    moves: list[Move]  # what the signed-in user may do next


def parse_semesters(text: str) -> str:
    """ "3", "3,4", "3-4", "3 i 4" → "3,4"; empty when not yet known. Refused when not semester numbers 1–14."""
    if not text.strip():
        return ""
    parts = [p for p in re.split(r"[\s,;/+]+|\bi\b|\band\b", text.strip()) if p]
    numbers: set[int] = set()
    for part in parts:
        span = re.fullmatch(r"(\d{1,2})\s*[-–]\s*(\d{1,2})", part)
        if span:
            first, last = int(span[1]), int(span[2])
            numbers.update(range(min(first, last), max(first, last) + 1))
        elif part.isdigit():
            numbers.add(int(part))
        else:
            numbers = set()
            break
    if not numbers or not all(1 <= n <= 14 for n in numbers):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Semester(s) to credit must be numbers from 1 to 14, like \"3\" or "
                                        "\"3,4\"; got \"{text}\"."), text=text)
    return ",".join(str(n) for n in sorted(numbers))


_STATES = {state.value: state for state in DecisionState}


@contextmanager
def _bulk() -> Iterator[None]:
    """No cyclic garbage collection while a whole list is read: its 100,000 rows and their values (which form no
    cycles) would otherwise set off collections that each walk every object made so far (a fifth of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _name_key(album: str, family: str, given: str, words: dict[str, str]) -> str:
    """`fold(f"{album} {family} {given}")`, as `student_search_key` makes it, with each part folded once per
    listing (folding is per character, so folding the parts and joining the non-empty ones gives the same);
    an ASCII album number only needs its case and spaces folded."""
    parts = []
    for part in (album, family, given):
        folded = words.get(part)
        if folded is None:
            folded = " ".join(part.lower().split()) if part.isascii() else fold(part)
            if part is not album:  # album numbers are one per student: not worth keeping
                words[part] = folded
        if folded:
            parts.append(folded)
    return " ".join(parts)


def _overlap(semesters: str, other: str) -> bool:
    """Whether two decisions may credit the same semester (one whose semesters are not yet known may)."""
    if not semesters or not other:
        return True
    return bool(set(semesters.split(",")) & set(other.split(",")))


class DecisionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        # the dean's approval checks the lines, keeps obligations and reference cases: wired by the registry
        self.approver: Callable[[int, str, int | None], None] | None = None

    # -- reading ---------------------------------------------------------------------------------------------
    # A faculty has 100,000 decisions and the page loads them all: the rows are read on the session's connection
    # (not through the ORM's result machinery), as plain values (no per-value type conversion by SQLAlchemy), and
    # each name is folded once per listing.
    def _query(self):
        return (
            select(Decision.id, Decision.number, Decision.student_id, Student.album_number, Student.family_name,
                   Student.given_names, Programme.code, Programme.name_pl, Decision.semesters,
                   type_coerce(Decision.state, String), Decision.web_deadline,
                   Decision.results_loaded_at.is_not(None), Decision.comment, Decision.version,
                   type_coerce(Decision.created_at, DateTime))  # naive UTC as stored: made aware in `_rows`
            .join(Student, Student.id == Decision.student_id)
            .join(Programme, Programme.id == Decision.programme_id)
        )

    @staticmethod
    def _rows(result: Iterable, today: date) -> list[DecisionRow]:
        names: dict[int, str] = {}  # student id → folded album number and names
        words: dict[str, str] = {}  # a family or given name → folded: the same names come back thousands of times
        states, awaiting, day = _STATES, AWAITING_RESULTS, today.toordinal()
        rows = []
        append = rows.append
        for (decision_id, number, student_id, album, family, given, code, name, semesters, state, deadline, loaded,
             comment, version, created_at) in result:
            state = states[state]
            loaded = bool(loaded)
            days_left = deadline.toordinal() - day if deadline else None
            folded = names.get(student_id)
            if folded is None:  # a student's name is folded once, however many decisions they have
                folded = names[student_id] = _name_key(album, family, given, words)
            append(DecisionRow(  # positional, in the order of the fields: measurably quicker for 100,000 rows
                decision_id, number, student_id, album, family, given, code, name, semesters, state, deadline,
                days_left, state in awaiting and not loaded and days_left is not None and days_left < 0, loaded,
                comment, version, created_at.replace(tzinfo=UTC), f"{number.casefold()} {folded}"))
        return rows

    def list(self, *, state: DecisionState | None = None, programme_code: str | None = None,
             overdue: bool | None = None, due_within_days: int | None = None) -> list[DecisionRow]:
        """Decisions, newest first, optionally only one state, one programme, overdue ones or those due
        within a number of days (still awaiting results, deadline not passed)."""
        today = self.ctx.today()
        query = self._query().order_by(Decision.id.desc())
        if state is not None:
            query = query.where(Decision.state == state)
        if programme_code:
            query = query.where(Programme.code == programme_code)
        awaiting = (Decision.state.in_(sorted(AWAITING_RESULTS)), Decision.results_loaded_at.is_(None),
                    Decision.web_deadline.is_not(None))
        if overdue is not None:  # narrowed in SQL; the rows' own `overdue` below stays the definition
            late = and_(*awaiting, Decision.web_deadline < today)
            query = query.where(late if overdue else not_(late))
        if due_within_days is not None:
            try:
                last = today + timedelta(days=max(due_within_days, -1))
            except OverflowError:
                last = date.max
            query = query.where(*awaiting, Decision.web_deadline >= today, Decision.web_deadline <= last)
        with self.ctx.reading() as session, _bulk():
            rows = self._rows(session.connection().execute(query).all(), today)
        if overdue is not None:
            rows = [r for r in rows if r.overdue == overdue]
        if due_within_days is not None:
            rows = [r for r in rows if r.awaiting_results and 0 <= r.days_left <= due_within_days]
        return rows

    def get(self, decision_id: int) -> DecisionDetail:
        today = self.ctx.today()
        with self.ctx.reading() as session:
            found = self._rows(session.connection().execute(self._query().where(Decision.id == decision_id)).all(),
                               today)
            if not found:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Decision {id} does not exist."), id=decision_id)
            row = found[0]
            history = [StateChangeRow(h.at, h.actor, h.from_state, h.to_state, h.deadline, h.comment)
                       for h in session.scalars(select(DecisionStateChange)
                                                .where(DecisionStateChange.decision_id == decision_id)
                                                .order_by(DecisionStateChange.id))]
        student = StudentService(self.ctx).get(row.album_number)
        return DecisionDetail(row, student, history, allowed_moves(row.state, self.ctx.actor))

    # -- changing --------------------------------------------------------------------------------------------
    def _check_deadline(self, deadline: date) -> None:
        today = self.ctx.today()
        if deadline < today:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The web deadline {deadline} is in the past."),
                                  deadline=deadline.isoformat())

    def open(self, album_numbers: Sequence[str], deadline: date, semesters: str, comment: str = "") -> list[int]:
        """Open an empty decision, awaiting results, for each student, all with one web deadline.
        Refused as a whole when a student is unknown, the deadline has passed, or a student already has an
        unfinished decision for one of these semesters."""
        check(self.ctx, Permission.DECISIONS_EDIT)
        self._check_deadline(deadline)
        semesters = parse_semesters(semesters)
        albums = list(dict.fromkeys(a.strip() for a in album_numbers if a.strip()))
        if not albums:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one student."))
        with self.ctx.transaction() as session:
            students = {s.album_number: s for s in session.scalars(
                select(Student).where(Student.album_number.in_(albums)))}
            missing = [a for a in albums if a not in students]
            if missing:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no student with album number {album}."),
                               album=", ".join(missing))
            unfinished = session.execute(
                select(Decision.number, Decision.semesters, Student.album_number)
                .join(Student, Student.id == Decision.student_id)
                .where(Student.album_number.in_(albums), Decision.state.not_in(FINAL)))
            for number, existing, album in unfinished:
                if _overlap(semesters, existing):
                    raise DuplicateRecord(QT_TRANSLATE_NOOP(
                        "Errors", "The student with album number {album} already has decision {number} for "
                                  "semester(s) {semesters} that is not finished."),
                        album=album, number=number, semesters=existing)
            ids = []
            numbers = next_decision_numbers(session, self.ctx.today().year, len(albums))
            years = dict(session.execute(  # the newest grid of each programme: the decision keeps it
                select(CurriculumCourse.programme_id, func.max(CurriculumCourse.academic_year))
                .group_by(CurriculumCourse.programme_id)).all())
            for album, number in zip(albums, numbers, strict=True):
                student = students[album]
                decision = Decision(number=number, student_id=student.id, programme_id=student.programme_id,
                                    academic_year=years.get(student.programme_id, ""),
                                    semesters=semesters, state=DecisionState.OPEN, web_deadline=deadline,
                                    comment=comment.strip(), created_by=self.ctx.actor.login)
                decision.history.append(DecisionStateChange(actor=self.ctx.actor.login, from_state=None,
                                                            to_state=DecisionState.OPEN, deadline=deadline,
                                                            comment=comment.strip()))
                session.add(decision)
                session.flush()
                audit.record(session, self.ctx, "decision.open", "decision", decision.id, after={
                    "number": number, "album_number": album, "semesters": semesters, "state": "open",
                    "web_deadline": deadline, "comment": comment.strip()})
                ids.append(decision.id)
            return ids

    def _load_for_change(self, session: Session, decision_id: int, expected_version: int | None) -> Decision:
        decision = session.get(Decision, decision_id, with_for_update=True)
        if decision is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Decision {id} does not exist."), id=decision_id)
        if expected_version is not None and decision.version != expected_version:
            last = session.scalar(select(DecisionStateChange).where(DecisionStateChange.decision_id == decision_id)
                                  .order_by(DecisionStateChange.id.desc()).limit(1))
            raise StaleEdit(QT_TRANSLATE_NOOP(
                "Errors", "Decision {number} was changed by {actor} in the meantime; it has been reloaded."),
                number=decision.number, actor=last.actor if last else "?")
        return decision

    def extend(self, decision_ids: Sequence[int], deadline: date, comment: str = "",
               expected_versions: dict[int, int] | None = None) -> None:
        """Move the web deadline of one or many decisions that still await results to a later date."""
        check(self.ctx, Permission.DECISIONS_EDIT)
        self._check_deadline(deadline)
        if not decision_ids:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one decision."))
        versions = expected_versions or {}
        with self.ctx.transaction() as session:
            for decision_id in dict.fromkeys(decision_ids):
                decision = self._load_for_change(session, decision_id, versions.get(decision_id))
                if decision.state not in AWAITING_RESULTS:
                    raise ForbiddenTransition(QT_TRANSLATE_NOOP(
                        "Errors", "Decision {number} is {state}: only open or returned decisions have a web "
                                  "deadline to extend."), number=decision.number, state=state_term(decision.state))
                if decision.web_deadline is not None and deadline <= decision.web_deadline:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "The new deadline {deadline} is not later than the current one of decision "
                                  "{number} ({current})."), deadline=deadline.isoformat(), number=decision.number,
                        current=decision.web_deadline.isoformat())
                before = decision.web_deadline
                decision.web_deadline = deadline
                decision.history.append(DecisionStateChange(
                    actor=self.ctx.actor.login, from_state=decision.state, to_state=decision.state,
                    deadline=deadline, comment=comment.strip()))
                audit.record(session, self.ctx, "decision.extend", "decision", decision.id,
                             before={"web_deadline": before}, after={"web_deadline": deadline},
                             reason=comment.strip())

    def move(self, decision_id: int, target: DecisionState, comment: str = "", deadline: date | None = None,
             expected_version: int | None = None) -> None:
        """Move a decision to another state as the state table allows. Returning needs a comment and a new
        deadline, reopening a new deadline; cancelling needs a comment; approving needs the dean."""
        comment = comment.strip()
        if target == DecisionState.APPROVED and self.approver is not None:
            self.approver(decision_id, comment, expected_version)
            return
        with self.ctx.transaction() as session:
            decision = self._load_for_change(session, decision_id, expected_version)
            self.apply_move(session, decision, target, comment, deadline)

    def apply_move(self, session: Session, decision: Decision, target: DecisionState, comment: str = "",
                   deadline: date | None = None) -> None:
        """Check and carry out a move inside the caller's transaction."""
        move = check_move(decision.state, target, self.ctx.actor)
        if move.needs_comment and not comment:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Moving the decision to {target} needs a comment."),
                                  target=state_term(target))
        if move.needs_deadline:
            if deadline is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Moving the decision to {target} needs a new web deadline."),
                    target=state_term(target))
            self._check_deadline(deadline)
        elif deadline is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Moving the decision to {target} takes no deadline; extend the deadline instead."),
                target=state_term(target))
        before = {"state": decision.state, "web_deadline": decision.web_deadline,
                  "results_loaded_at": decision.results_loaded_at}
        decision.history.append(DecisionStateChange(
            actor=self.ctx.actor.login, from_state=decision.state, to_state=target,
            deadline=deadline if move.needs_deadline else None, comment=comment))
        decision.state = target
        if move.needs_deadline:
            decision.web_deadline = deadline
        if target == DecisionState.RETURNED:
            decision.results_loaded_at = None  # a new round: overdue again if nothing comes by the deadline
        if target == DecisionState.APPROVED:
            decision.approved_at = utcnow()
            decision.approved_by = self.ctx.actor.login
        audit.record(session, self.ctx, "decision.move", "decision", decision.id, before=before,
                     after={"state": target, "web_deadline": decision.web_deadline}, reason=comment)
