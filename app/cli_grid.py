"""The command line's curriculum grid commands: importing a programme's grid for an academic year, listing it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from app.cli_preview import report_rows
from app.i18n import translate
from app.services.grid import GridCourseRow
from app.services.grid_values import MAX_SEMESTER
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.registry import Services

# (key, column title, how the table shows a value) of `grid list`; json and csv keep the raw values.
GRID_COLUMNS = [
    ("id", QT_TRANSLATE_NOOP("Cli", "ID"), None),
    ("semester", QT_TRANSLATE_NOOP("Cli", "Semester"), None),
    ("code", QT_TRANSLATE_NOOP("Cli", "Code"), None),
    ("name_pl", QT_TRANSLATE_NOOP("Cli", "Name"), None),
    ("name_en", QT_TRANSLATE_NOOP("Cli", "Name (English)"), None),
    ("ects", QT_TRANSLATE_NOOP("Cli", "ECTS"), None),
    ("hours", QT_TRANSLATE_NOOP("Cli", "Hours"), None),
    ("form_of_credit", QT_TRANSLATE_NOOP("Cli", "Form of credit"), None),
    ("obligatory", QT_TRANSLATE_NOOP("Cli", "Obligatory"), "yes_no"),
    ("grade_type", QT_TRANSLATE_NOOP("Cli", "Grade type"), None),
    ("isced", QT_TRANSLATE_NOOP("Cli", "ISCED"), None),
]


def _semester(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= value <= MAX_SEMESTER:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_SEMESTER}: {text!r}")
    return value


def add_parser(commands, format_option) -> None:
    grid = commands.add_parser("grid", help="curriculum grids (siatka zajęć) of the programmes").add_subparsers(
        dest="action", required=True)
    g_import = grid.add_parser("import", help="import a programme's grid for one academic year from CSV or XLSX "
                               "(the programme is created when it is new)")
    g_import.add_argument("file", type=Path)
    g_import.add_argument("--programme", required=True, metavar="CODE")
    g_import.add_argument("--year", required=True, metavar="YYYY/YY", help='academic year, e.g. "2025/26"')
    g_import.add_argument("--skip-invalid", action="store_true", help="import the valid rows, skip the others")
    g_import.add_argument("--dry-run", action="store_true", help="only show what would happen")
    g_list = grid.add_parser("list", help="list the courses of a programme's grid for one academic year")
    g_list.add_argument("--programme", required=True, metavar="CODE")
    g_list.add_argument("--year", required=True, metavar="YYYY/YY", help='academic year, e.g. "2025/26"')
    g_list.add_argument("--semester", type=_semester, action="append", metavar="N",
                        help="only this semester (may be given more than once)")
    format_option(g_list)


def _ects(value: Decimal) -> int | float:
    """ECTS as a JSON number: 6, not "6.0"; 4.5 as it is."""
    return int(value) if value == value.to_integral_value() else float(value)


def course_record(course: GridCourseRow) -> dict:
    return {"id": course.id, "programme": course.programme_code, "academic_year": course.academic_year,
            "semester": course.semester, "code": course.code, "name_pl": course.name_pl, "name_en": course.name_en,
            "ects": _ects(course.ects), "hours": course.hours, "form_of_credit": course.form_of_credit,
            "obligatory": course.obligatory, "grade_type": course.grade_type, "isced": course.isced}


def dispatch(args: argparse.Namespace, services: Services, emit, column, yes_no: Callable[[object], str]) -> int:
    if args.action == "import":
        return _import(args, services)
    courses = services.grid.courses(args.programme, args.year, args.semester)
    columns = [column(key, title, yes_no if human == "yes_no" else None) for key, title, human in GRID_COLUMNS]
    emit([course_record(c) for c in courses], columns, args.format)
    if args.format == "table":
        totals: dict[int, Decimal] = {}
        for course in courses:
            totals[course.semester] = totals.get(course.semester, Decimal(0)) + course.ects
        for semester, ects in sorted(totals.items()):
            print(translate("Cli", "Semester {semester}: {ects} ECTS.").format(semester=semester,
                                                                            ects=_ects(ects)))
    return 0


def _import(args: argparse.Namespace, services: Services) -> int:
    preview = services.grid.preview(args.file, args.programme, args.year)
    errors, summary = report_rows(preview)
    if args.dry_run:
        if not preview.programme_exists:
            print(translate("Cli", "Programme {code} does not exist yet; the import would create it as "
                                   "\"{name}\".").format(code=preview.programme_code, name=preview.programme_name_pl))
        _print_not_in_file(preview.academic_year, preview.not_in_file)
        print(summary)
        return 1 if errors else 0
    if errors and not args.skip_invalid:
        print(summary, translate("Cli", "Nothing imported; fix the file or use --skip-invalid."), file=sys.stderr)
        return 1
    result = services.grid.apply(preview)
    if result.programme_created:
        print(translate("Cli", "Programme {code} created as \"{name}\".").format(
            code=preview.programme_code, name=preview.programme_name_pl))
    _print_not_in_file(preview.academic_year, result.not_in_file)
    done = translate("Cli", "Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.")
    print(done.format(
        created=result.created, updated=result.updated, unchanged=result.unchanged, skipped=result.skipped))
    return 0


def _print_not_in_file(year: str, codes: tuple[str, ...]) -> None:
    if codes:
        print(translate("Cli", "Courses of the {year} grid that the file does not list, kept as they are: "
                               "{codes}.").format(year=year, codes=", ".join(codes)))
