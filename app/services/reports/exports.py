"""The export of approved recognitions for data entry into the student-records system (USOS-like): one row per
home course of every approved line, with the grade written the Polish way ("4,5") and the term id ("2025/26-Z")."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Decision, DecisionState, Programme, RecognitionLine, Student
from app.services.catalogue import home_symbol_text

COLUMNS = ("album_number", "course_code", "course_name", "grade", "ects", "term", "recognised_on", "decision",
           "method")


@dataclass(frozen=True)
class ExportRow:
    album_number: str
    course_code: str
    course_name: str
    grade: str  # "4,5", "5", "ZAL"
    ects: Decimal
    term: str  # "2025/26-Z" (winter, odd semesters) or "2025/26-L" (summer, even)
    recognised_on: date | None
    decision: str
    method: str


def term_id(academic_year: str, semester: int) -> str:
    return f"{academic_year}-{'Z' if semester % 2 else 'L'}" if academic_year else ""


def approved_rows(session: Session, programme_code: str | None = None, since: date | None = None,
                  decision_ids=None) -> list[ExportRow]:
    query = (select(RecognitionLine, Decision.number, Decision.approved_at, Student.album_number)
             .join(Decision, Decision.id == RecognitionLine.decision_id)
             .join(Student, Student.id == Decision.student_id)
             .where(Decision.state == DecisionState.APPROVED, RecognitionLine.status != "rejected")
             .options(selectinload(RecognitionLine.home_courses))
             .order_by(Decision.approved_at, Decision.number, RecognitionLine.id))
    if programme_code:
        query = query.join(Programme, Programme.id == Decision.programme_id).where(Programme.code == programme_code)
    if decision_ids is not None:
        query = query.where(Decision.id.in_(list(decision_ids)))
    rows = []
    for line, number, approved_at, album in session.execute(query):
        day = approved_at.astimezone().date() if approved_at else None
        if since is not None and (day is None or day < since):
            continue
        for course in sorted(line.home_courses, key=lambda c: c.code):
            grade = "ZAL" if course.form_of_credit.upper() == "ZAL" else home_symbol_text(line.grade)
            rows.append(ExportRow(album, course.code, course.name_pl, grade, course.ects,
                                  term_id(course.academic_year, course.semester), day, number, line.grade_method))
    return rows


def _cells(row: ExportRow) -> list:
    return [row.album_number, row.course_code, row.course_name, row.grade, row.ects, row.term,
            row.recognised_on, row.decision, row.method]


def export_bytes(rows: list[ExportRow], fmt: str) -> bytes:
    if fmt == "csv":
        # UTF-8 with a byte-order mark and ";" so that a spreadsheet opened on a Polish desktop shows the
        # letters and the columns right; ECTS with a decimal comma like the grades
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in rows:
            cells = _cells(row)
            cells[4] = format(row.ects.normalize(), "f").replace(".", ",")
            cells[6] = row.recognised_on.isoformat() if row.recognised_on else ""
            writer.writerow(cells)
        return out.getvalue().encode("utf-8-sig")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("uznania")
    sheet.append(list(COLUMNS))
    for row in rows:
        cells = _cells(row)
        cells[4] = float(row.ects)  # a number a spreadsheet can add up
        sheet.append(cells)  # the grade stays text: "4,5" is the symbol, not a number
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
