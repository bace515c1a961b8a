"""The list reports: a programme's decisions of one term with state, deadline and ECTS, and the overdue list (who to
chase, with contact data)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import CurriculumCourse, Decision, Programme, RecognitionLine, Student
from app.models.recognition import line_home_courses
from app.services.errors import ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.reports import model as m
from app.services.workflow import AWAITING_RESULTS

TERM = re.compile(r"^(\d{4}/\d{2})(?:-([ZL]))?$")
TITLES = {
    "decisions": ("Decyzje w sprawie uznania", "Recognition decisions"),
    "overdue": ("Decyzje po terminie na WWW – do wyjaśnienia", "Decisions past their web deadline – to follow up"),
    "term": ("kierunek {programme}, {term}", "programme {programme}, {term}"),
    "all_terms": ("kierunek {programme}", "programme {programme}"),
    "all": ("wszystkie kierunki", "all programmes"),
}


def parse_term(term: str | None) -> tuple[str, str]:
    """ "2025/26-Z" → ("2025/26", "Z"); "2025/26" → ("2025/26", ""); refused otherwise."""
    if not term:
        return "", ""
    found = TERM.match(term.strip().upper())
    if not found:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "\"{term}\" is not a term: write it like 2025/26-Z (winter) or 2025/26-L (summer)."),
            term=term)
    return found.group(1), found.group(2) or ""


def _title(key: str, lang: str, **params) -> str:
    pl, en = TITLES[key]
    if lang == "en":
        return en.format(**params)
    if lang == "both":
        return f"{pl.format(**params)} / {en.format(**params)}"
    return pl.format(**params)


def decisions_list(session: Session, letterhead: m.Letterhead, today: date, lang: str, programme_code: str = "",
                   term: str = "", overdue: bool = False) -> m.ListReport:
    year, half = parse_term(term)
    query = (select(Decision, Student, Programme.code).join(Student, Student.id == Decision.student_id)
             .join(Programme, Programme.id == Decision.programme_id)
             .order_by(Programme.code, Student.family_name, Student.given_names, Decision.number))
    if programme_code:
        query = query.where(Programme.code == programme_code)
    if year:
        query = query.where(Decision.academic_year == year)
    recognised = dict(session.execute(
        select(RecognitionLine.decision_id, func.sum(CurriculumCourse.ects))
        .join(line_home_courses, line_home_courses.c.line_id == RecognitionLine.id)
        .join(CurriculumCourse, CurriculumCourse.id == line_home_courses.c.curriculum_course_id)
        .where(RecognitionLine.status != "rejected").group_by(RecognitionLine.decision_id)).all())
    rows = []
    for decision, student, code in session.execute(query):
        semesters = [int(s) for s in decision.semesters.split(",") if s]
        if half and not any((s % 2 == 1) == (half == "Z") for s in semesters):
            continue
        late = None
        if decision.state in AWAITING_RESULTS and decision.results_loaded_at is None and decision.web_deadline:
            late = (today - decision.web_deadline).days
        if overdue and not (late is not None and late > 0):
            continue
        rows.append(m.ListRow(decision.number, student.album_number, f"{student.family_name} {student.given_names}",
                              code, decision.semesters, decision.state.value, decision.web_deadline,
                              late if late and late > 0 else None, Decimal(recognised.get(decision.id) or 0),
                              student.email))
    if overdue:
        rows.sort(key=lambda r: (-(r.days_overdue or 0), r.student))
    where = (_title("term" if term else "all_terms", lang, programme=programme_code, term=term.upper())
             if programme_code else (_title("all", lang) + (f", {term.upper()}" if term else "")))
    return m.ListReport(letterhead, _title("overdue" if overdue else "decisions", lang), where, today, tuple(rows),
                        overdue)
