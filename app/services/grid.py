"""The curriculum grid (siatka zajęć): the courses each semester of a programme requires, per academic year.

`preview` reads a grid exported from the records system or typed into a spreadsheet (CSV or XLSX, English or
Polish headers, `#` notes above the header) and says, row by row, what an import would do; nothing is written.
`apply` writes the valid rows of a preview in one transaction: the programme is created when it is new, the
courses of that one academic year are added or updated by code. Other years are never touched, so a new year's
grid cannot change decisions made on an earlier one, and courses the file no longer lists are kept (decisions may
refer to them) and only reported.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import CurriculumCourse, Decision, DecisionState, Programme, RecognitionLine
from app.models.recognition import line_home_courses
from app.services import audit
from app.services.context import ServiceContext
from app.services.errors import DuplicateRecord, ImportFileError, NotFound, Problem, ValidationError
from app.services.grid_values import (
    COURSE_FIELDS,
    FILE_FIELDS,
    LIMITS,
    MISSING,
    PROGRAMME_LIMITS,
    REQUIRED,
    cell_text,
    field_term,
    map_columns,
    normalise_academic_year,
    parse_ects,
    parse_form_of_credit,
    parse_hours,
    parse_isced,
    parse_obligatory,
    parse_semester,
    too_long,
)
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check
from app.services.progress import NO_PROGRESS, Progress
from app.services.student_import import RowStatus
from app.services.tabular import Table, cell_value, read_table
from app.services.text import fold


@dataclass(frozen=True)
class GridRow:
    """One row of a grid file, read and judged. `hours` and `obligatory` are None where the file does not say."""

    line: int
    code: str
    name_pl: str
    name_en: str
    semester: int | None
    ects: Decimal | None
    hours: int | None
    form_of_credit: str
    obligatory: bool | None
    grade_type: str
    isced: str
    status: str = RowStatus.ERROR
    changes: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class GridPreview:
    source: str
    encoding: str
    programme_code: str
    academic_year: str
    columns: dict[str, str]  # field → column header(s) found in the file
    programme_exists: bool
    programme_name_pl: str  # for a programme the import creates: the file's name, else the code
    programme_name_en: str = ""
    level: str = ""
    mode: str = ""
    faculty: str = ""
    rows: list[GridRow] = field(default_factory=list)
    not_in_file: tuple[str, ...] = ()  # codes of the year's courses that the file does not list (they are kept)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def valid_rows(self) -> list[GridRow]:
        return [row for row in self.rows if row.status != RowStatus.ERROR]

    @property
    def present(self) -> frozenset[str]:
        """The course fields this file has a column for."""
        return frozenset(name for name in self.columns if name in COURSE_FIELDS)


@dataclass(frozen=True)
class GridImportResult:
    created: int
    updated: int
    unchanged: int
    skipped: int
    programme_created: bool
    not_in_file: tuple[str, ...]  # the year's courses the file does not list: kept as they were


@dataclass(frozen=True)
class GridCourseRow:
    id: int
    programme_code: str
    academic_year: str
    semester: int
    code: str
    name_pl: str
    name_en: str
    ects: Decimal
    hours: int
    form_of_credit: str
    obligatory: bool
    grade_type: str
    isced: str


def _find_programme(session: Session, code: str) -> Programme | None:
    """The programme of this code; "syn-inf-s1" finds SYN-INF-S1 when no other programme differs only by case."""
    programme = session.scalar(select(Programme).where(Programme.code == code))
    if programme is None:
        found = list(session.scalars(select(Programme).where(func.lower(Programme.code) == code.lower()).limit(2)))
        programme = found[0] if len(found) == 1 else None
    return programme


def _refuse_if_decided(session: Session, courses: list[CurriculumCourse]) -> None:
    """An approved decision stands on the grid it was made on: its courses are not changed under it."""
    decided = session.scalars(
        select(CurriculumCourse.code).join(line_home_courses,
                                           line_home_courses.c.curriculum_course_id == CurriculumCourse.id)
        .join(RecognitionLine, RecognitionLine.id == line_home_courses.c.line_id)
        .join(Decision, Decision.id == RecognitionLine.decision_id)
        .where(Decision.state == DecisionState.APPROVED, CurriculumCourse.id.in_([c.id for c in courses]))
        .distinct()).all()
    if decided:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Approved decisions rest on {codes} of this grid; it cannot change. Correct the grid of a "
                      "new academic year instead."), codes=", ".join(sorted(decided)))


def _course_row(course: CurriculumCourse, programme_code: str) -> GridCourseRow:
    return GridCourseRow(course.id, programme_code, course.academic_year, course.semester, course.code,
                         course.name_pl, course.name_en, Decimal(course.ects).quantize(Decimal("0.1")), course.hours,
                         course.form_of_credit, course.obligatory, course.grade_type, course.isced)


def _values(course: CurriculumCourse) -> dict[str, object]:
    return {name: getattr(course, name) for name in COURSE_FIELDS}


class GridService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading --------------------------------------------------------------------------------------------

    def years(self, programme_code: str) -> list[str]:
        """The academic years the programme has a grid for, oldest first."""
        with self.ctx.reading() as session:
            programme = self._programme(session, programme_code)
            return list(session.scalars(
                select(CurriculumCourse.academic_year).where(CurriculumCourse.programme_id == programme.id)
                .distinct().order_by(CurriculumCourse.academic_year)))

    def courses(self, programme_code: str, academic_year: str,
                semesters: Collection[int] | None = None) -> list[GridCourseRow]:
        """The grid of one academic year, by semester and code; only the given semesters when they are given."""
        year = self._year(academic_year)
        with self.ctx.reading() as session:
            programme = self._programme(session, programme_code)
            query = (select(CurriculumCourse)
                     .where(CurriculumCourse.programme_id == programme.id, CurriculumCourse.academic_year == year)
                     .order_by(CurriculumCourse.semester, CurriculumCourse.code))
            if semesters is not None:
                query = query.where(CurriculumCourse.semester.in_(list(semesters)))
            return [_course_row(c, programme.code) for c in session.scalars(query)]

    def course(self, course_id: int) -> GridCourseRow:
        with self.ctx.reading() as session:
            course = self._course(session, course_id)
            return _course_row(course, course.programme.code)

    # -- editing --------------------------------------------------------------------------------------------

    def update_course(self, course_id: int, **changes: object) -> GridCourseRow:
        """Change fields of one course of a grid (those of COURSE_FIELDS), each checked as an import checks it.
        Only that year's course changes; decisions of other years refer to their own year's courses."""
        check(self.ctx, Permission.GRID_EDIT)
        unknown = sorted(set(changes) - set(COURSE_FIELDS))
        if unknown:
            raise TypeError(f"update_course() got fields it cannot change: {', '.join(unknown)}")
        wanted = self._checked(changes)
        with self.ctx.transaction() as session:
            course = self._course(session, course_id)
            if "code" in wanted and wanted["code"] != course.code and session.scalar(
                    select(CurriculumCourse.id).where(CurriculumCourse.programme_id == course.programme_id,
                                                      CurriculumCourse.academic_year == course.academic_year,
                                                      CurriculumCourse.code == wanted["code"])) is not None:
                raise DuplicateRecord(QT_TRANSLATE_NOOP(
                    "Errors", "The {year} grid of {programme} already has a course {code}."),
                    year=course.academic_year, programme=course.programme.code, code=wanted["code"])
            before = {name: getattr(course, name) for name, value in wanted.items() if getattr(course, name) != value}
            if before:
                _refuse_if_decided(session, [course])
                for name in before:
                    setattr(course, name, wanted[name])
                audit.record(session, self.ctx, "grid.course.update", "curriculum_course", course.id, before=before,
                             after={name: wanted[name] for name in before})
                session.flush()
            return _course_row(course, course.programme.code)

    @staticmethod
    def _checked(changes: dict[str, object]) -> dict[str, object]:
        """The changes as the columns hold them; the first problem found is refused."""
        parsers = {"semester": parse_semester, "ects": parse_ects, "form_of_credit": parse_form_of_credit,
                   "isced": parse_isced, "hours": parse_hours, "obligatory": parse_obligatory}
        wanted: dict[str, object] = {}
        for name, value in changes.items():
            if name in parsers:
                parsed = parsers[name](value)
            else:
                parsed = cell_text(value)
                if name in MISSING and not parsed:
                    parsed = Problem(MISSING[name])
                elif name in LIMITS:
                    parsed = too_long(name, parsed, LIMITS[name]) or parsed
            if parsed is None and name == "obligatory":
                parsed = Problem(QT_TRANSLATE_NOOP(
                    "Errors", "Unknown group \"{value}\" (expected OBL or WYB: obligatory or elective)."), value="")
            if isinstance(parsed, Problem):
                raise ValidationError(parsed.message, **parsed.params)
            wanted[name] = parsed
        return wanted

    # -- importing ------------------------------------------------------------------------------------------

    def preview(self, path: Path, programme_code: str, academic_year: str) -> GridPreview:
        """Read a grid file for one programme and academic year and tell what importing it would do, row by row;
        nothing is written. Refused when the file cannot be read or lacks a required column."""
        table = read_table(Path(path), comments="#")
        return self.preview_table(table, Path(path).name, programme_code, academic_year)

    def preview_table(self, table: Table, source: str, programme_code: str, academic_year: str) -> GridPreview:
        code = self._programme_code(programme_code)
        year = self._year(academic_year)
        mapping, hour_parts = map_columns(table.header)
        missing = [name for name in REQUIRED if name not in mapping]
        if missing:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Errors", "The file {name} has no column for: {columns}. Columns found: {found}."),
                name=source, columns=[field_term(name) for name in missing], found=", ".join(table.header))
        columns = {name: table.header[index] for name, index in mapping.items()}
        if hour_parts:
            columns["hours"] = " + ".join(table.header[index] for index in hour_parts)
        with self.ctx.reading() as session:
            programme = _find_programme(session, code)
            code = programme.code if programme else code
            current = {} if programme is None else {c.code: _values(c) for c in session.scalars(
                select(CurriculumCourse).where(CurriculumCourse.programme_id == programme.id,
                                               CurriculumCourse.academic_year == year))}
        about = self._about_programme(table, mapping) if programme is None else {}
        rows: list[GridRow] = []
        seen: dict[str, int] = {}
        for line, cells in table.rows:
            row = self._parse_row(line, cells, table.header, mapping, hour_parts, code, year, seen)
            if programme is None and not row.problems:
                row = replace(row, problems=self._programme_problems(cells, mapping))
            rows.append(self._classify(row, current.get(row.code), frozenset(columns)))
        listed = {row.code for row in rows}
        return GridPreview(
            source=source, encoding=table.encoding, programme_code=code, academic_year=year, columns=columns,
            programme_exists=programme is not None,
            programme_name_pl=programme.name_pl if programme else about.get("programme_name_pl") or code,
            programme_name_en=programme.name_en if programme else about.get("programme_name_en", ""),
            level=programme.level if programme else about.get("level", ""),
            mode=programme.mode if programme else about.get("mode", ""),
            faculty=programme.faculty if programme else about.get("faculty", ""),
            rows=rows, not_in_file=tuple(sorted(set(current) - listed)))

    @staticmethod
    def _about_programme(table: Table, mapping: dict[str, int]) -> dict[str, str]:
        """What the file says about its programme: the first value of each column that has one."""
        found: dict[str, str] = {}
        for name in ("programme_name_pl", "programme_name_en", "level", "mode", "faculty"):
            for _, cells in table.rows:
                text = cell_text(cell_value(cells, mapping, name))
                if text:
                    found[name] = text[:PROGRAMME_LIMITS[name]]
                    break
        return found

    @staticmethod
    def _programme_problems(cells: list[object], mapping: dict[str, int]) -> tuple[Problem, ...]:
        """A programme the import creates takes its name, level and mode from the file: they must fit."""
        problems = []
        for name in ("programme_name_pl", "programme_name_en", "level", "mode", "faculty"):
            problem = too_long(name, cell_text(cell_value(cells, mapping, name)), PROGRAMME_LIMITS[name])
            if problem:
                problems.append(problem)
        return tuple(problems)

    def _parse_row(self, line: int, cells: list[object], header: list[str], mapping: dict[str, int],
                   hour_parts: list[int], programme_code: str, year: str, seen: dict[str, int]) -> GridRow:
        problems: list[Problem] = []
        raw = {name: cell_value(cells, mapping, name) for name in (*COURSE_FIELDS, *FILE_FIELDS)}
        texts = {name: cell_text(value) for name, value in raw.items()}
        for name in REQUIRED:
            if not texts[name]:
                problems.append(Problem(MISSING[name]))
        for name, limit in LIMITS.items():
            problem = too_long(name, texts[name], limit)
            if problem:
                problems.append(problem)

        def parsed(value):
            if isinstance(value, Problem):
                problems.append(value)
                return None
            return value

        semester = parsed(parse_semester(raw["semester"])) if texts["semester"] else None
        ects = parsed(parse_ects(raw["ects"])) if texts["ects"] else None
        form = parsed(parse_form_of_credit(raw["form_of_credit"])) if texts["form_of_credit"] else ""
        obligatory = parsed(parse_obligatory(raw["obligatory"])) if "obligatory" in mapping else None
        isced = parsed(parse_isced(raw["isced"])) or ""
        hours = None
        if "hours" in mapping:
            hours = parsed(parse_hours(raw["hours"], header[mapping["hours"]]))
        elif hour_parts:
            parts = [parsed(parse_hours(cells[i] if i < len(cells) else "", header[i])) for i in hour_parts]
            hours = None if None in parts else sum(parts)
            if hours is not None and hours > 9999:
                problems.append(parse_hours(hours, " + ".join(header[i] for i in hour_parts)))
                hours = None

        stated = texts["programme_code"]
        if stated and fold(stated) != fold(programme_code):
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "The row is for the programme {found}, not {expected}."),
                found=stated, expected=programme_code))
        stated_year = texts["academic_year"]
        if stated_year:
            found_year = normalise_academic_year(stated_year)
            if found_year is None:
                problems.append(Problem(QT_TRANSLATE_NOOP(
                    "Errors", "Bad academic year \"{value}\" (expected e.g. 2025/26)."), value=stated_year))
            elif found_year != year:
                problems.append(Problem(QT_TRANSLATE_NOOP(
                    "Errors", "The row is for the academic year {found}, not {expected}."),
                    found=found_year, expected=year))

        code = texts["code"]
        if code in seen:
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Duplicate course code {code} (already on line {line})."), code=code, line=seen[code]))
        elif code:
            seen[code] = line
        return GridRow(line=line, code=code, name_pl=texts["name_pl"], name_en=texts["name_en"], semester=semester,
                       ects=ects, hours=hours, form_of_credit=form, obligatory=obligatory,
                       grade_type=texts["grade_type"], isced=isced, problems=tuple(problems))

    @staticmethod
    def _incoming(row: GridRow, present: frozenset[str]) -> dict[str, object]:
        """What the row says about a course: only the columns the file has; a group only where a cell says it."""
        incoming = {name: getattr(row, name) for name in COURSE_FIELDS if name in present}
        if row.obligatory is None:
            incoming.pop("obligatory", None)
        return incoming

    def _classify(self, row: GridRow, current: dict[str, object] | None, present: frozenset[str]) -> GridRow:
        if row.problems:
            return replace(row, status=RowStatus.ERROR)
        if current is None:
            return replace(row, status=RowStatus.NEW)
        changes = tuple(name for name, value in self._incoming(row, present).items() if current[name] != value)
        return replace(row, status=RowStatus.UPDATE if changes else RowStatus.UNCHANGED, changes=changes)

    def apply(self, preview: GridPreview, progress: Progress = NO_PROGRESS) -> GridImportResult:
        """Write the valid rows of a preview in one transaction; rows with problems are skipped. The programme is
        created when it does not exist yet. Only the preview's academic year is written; courses of that year
        which the file does not list are kept and reported. Cancelling, or any error, leaves the database as it
        was."""
        check(self.ctx, Permission.GRID_EDIT)
        valid = preview.valid_rows
        if not valid:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has no valid rows to import."))
        created = updated = unchanged = 0
        year = preview.academic_year
        with self.ctx.transaction() as session:
            programme = _find_programme(session, preview.programme_code)
            programme_created = programme is None
            if programme is None:
                programme = self._create_programme(session, preview)
            existing = {c.code: c for c in session.scalars(
                select(CurriculumCourse).where(CurriculumCourse.programme_id == programme.id,
                                               CurriculumCourse.academic_year == year))}
            not_in_file = tuple(sorted(set(existing) - {row.code for row in preview.rows}))
            for done, row in enumerate(valid):
                if done % 250 == 0:
                    progress.step(done, len(valid))
                incoming = self._incoming(row, preview.present)
                course = existing.get(row.code)
                if course is None:
                    values = {"name_en": "", "hours": 0, "obligatory": True, "grade_type": "", "isced": "",
                              **incoming}
                    course = CurriculumCourse(programme_id=programme.id, academic_year=year, **values)
                    session.add(course)
                    session.flush()
                    existing[row.code] = course
                    audit.record(session, self.ctx, "grid.course.add", "curriculum_course", course.id,
                                 after={"programme": programme.code, "academic_year": year, **values},
                                 reason=preview.source)
                    created += 1
                    continue
                before = {k: getattr(course, k) for k, v in incoming.items() if getattr(course, k) != v}
                if not before:
                    unchanged += 1
                    continue
                _refuse_if_decided(session, [course])
                for key in before:
                    setattr(course, key, incoming[key])
                audit.record(session, self.ctx, "grid.course.update", "curriculum_course", course.id, before=before,
                             after={k: incoming[k] for k in before}, reason=preview.source)
                updated += 1
            progress.step(len(valid), len(valid))
        return GridImportResult(created, updated, unchanged, len(preview.rows) - len(valid), programme_created,
                                not_in_file)

    def _create_programme(self, session: Session, preview: GridPreview) -> Programme:
        values = {"code": preview.programme_code, "name_pl": preview.programme_name_pl or preview.programme_code,
                  "name_en": preview.programme_name_en, "level": preview.level, "mode": preview.mode,
                  "faculty": preview.faculty}
        programme = Programme(**values)
        session.add(programme)
        session.flush()
        audit.record(session, self.ctx, "programme.add", "programme", programme.code, after=values,
                     reason=preview.source)
        return programme

    # -- helpers --------------------------------------------------------------------------------------------

    @staticmethod
    def _programme_code(code: str) -> str:
        code = " ".join((code or "").split())
        if not code:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Missing programme."))
        problem = too_long("programme_code", code, PROGRAMME_LIMITS["programme_code"])
        if problem:
            raise ValidationError(problem.message, **problem.params)
        return code

    @staticmethod
    def _year(academic_year: str) -> str:
        year = normalise_academic_year(academic_year)
        if year is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Bad academic year \"{value}\" (expected e.g. 2025/26)."),
                                  value=academic_year)
        return year

    def _programme(self, session: Session, code: str) -> Programme:
        programme = _find_programme(session, self._programme_code(code))
        if programme is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Unknown programme \"{programme}\"."), programme=code)
        return programme

    @staticmethod
    def _course(session: Session, course_id: int) -> CurriculumCourse:
        course = session.get(CurriculumCourse, course_id)
        if course is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Course {id} of the curriculum grid does not exist."),
                           id=course_id)
        return course
