"""Admitted students as the desk lists them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.models import AdmissionKind, Decision, Programme, Student
from app.services.context import ServiceContext
from app.services.errors import NotFound
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.text import fold, matches, search_tokens
from app.services.workflow import AWAITING_RESULTS


@dataclass(frozen=True, slots=True)
class StudentRow:
    id: int
    album_number: str
    given_names: str
    family_name: str
    birth_date: date
    email: str
    programme_code: str
    programme_name: str
    cohort: str
    admission_kind: AdmissionKind
    esi: str
    decisions_count: int
    nearest_deadline: date | None  # of the decisions still awaiting results
    search_key: str
    deadline_passed: bool = False  # the nearest deadline is behind us: a decision is overdue

    @property
    def full_name(self) -> str:
        return f"{self.family_name} {self.given_names}"


def student_search_key(album_number: str, family_name: str, given_names: str) -> str:
    return fold(f"{album_number} {family_name} {given_names}")


class StudentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _query(self, album_number: str | None = None):
        counts = (
            select(Decision.student_id.label("student_id"),
                   func.count(Decision.id).label("n"),
                   func.min(Decision.web_deadline).filter(Decision.state.in_(AWAITING_RESULTS),
                                                          Decision.results_loaded_at.is_(None)).label("nearest"))
            .group_by(Decision.student_id)
        )
        if album_number is not None:  # one student: count only their decisions, not the whole faculty's
            counts = counts.join(Student, Student.id == Decision.student_id).where(
                Student.album_number == album_number)
        counts = counts.subquery()
        return (
            select(Student.id, Student.album_number, Student.given_names, Student.family_name, Student.birth_date,
                   Student.email, Programme.code, Programme.name_pl, Student.cohort, Student.admission_kind,
                   Student.esi, func.coalesce(counts.c.n, 0), counts.c.nearest)
            .join(Programme, Programme.id == Student.programme_id)
            .outerjoin(counts, counts.c.student_id == Student.id)
        )

    def _row(self, r, today: date) -> StudentRow:
        nearest = r[12]
        return StudentRow(*r, search_key=student_search_key(r[1], r[3], r[2]),
                          deadline_passed=nearest is not None and nearest < today)

    def list(self, search: str = "") -> list[StudentRow]:
        """Every student by family name, or those whose album number and names contain every word of `search`
        (diacritics-insensitive)."""
        with self.ctx.reading() as session:
            today = self.ctx.today()
            rows = [self._row(r, today) for r in session.execute(self._query())]
        # ordered here, not in SQL: the databases' collations disagree on Polish letters
        rows.sort(key=lambda row: (row.search_key.split(" ", 1)[1], row.album_number))
        tokens = search_tokens(search)
        return [row for row in rows if matches(row.search_key, tokens)] if tokens else rows

    def get(self, album_number: str) -> StudentRow:
        with self.ctx.reading() as session:
            r = session.execute(self._query(album_number).where(Student.album_number == album_number)).first()
        if r is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no student with album number {album}."),
                           album=album_number)
        return self._row(r, self.ctx.today())
