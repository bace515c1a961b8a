"""The command line: the same services as the desk's windows, for batch work and automation.

Output for machines: `--format json` prints one JSON array of objects with snake_case keys; `csv` prints a header
row. Errors go to stderr with exit code 1; nothing is half-written because every command is one service call.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app import (
    __version__,
    cli_audit,
    cli_compare,
    cli_db,
    cli_emrex,
    cli_grades,
    cli_grid,
    cli_la,
    cli_reports,
    cli_users,
)
from app.cli_preview import report_rows
from app.i18n import translate
from app.services.errors import AppError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.registry import Services
from app.services.trust import VALIDITY_LABELS
from app.services.vocabulary import ADMISSION_LABELS, STATE_LABELS, AdmissionKind, DecisionState


def tr(text: str) -> str:
    """Translate a text marked with `QT_TRANSLATE_NOOP("Cli", …)` or written as `translate("Cli", …)`."""
    return translate("Cli", text)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _bounded(kind, low, high):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not low <= value <= high:  # also refuses nan
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}: {text!r}")
        return value
    return parse


record_id = _bounded(int, 1, 2**63 - 1)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="uznania", description="Uznania: recognition of courses completed "
                                     "elsewhere. Without a command, the desk's window opens.")
    parser.add_argument("--version", action="version", version=f"uznania {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: $UZNANIA_DB, else the embedded "
                        "SQLite file in the user data directory)")
    parser.add_argument("--lang", choices=("pl", "en"), help="language of messages and windows")
    parser.add_argument("--user", metavar="LOGIN", help="sign in as LOGIN (default: the operating-system user); a "
                        "shared database asks for the password: $UZNANIA_PASSWORD, else in the terminal")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty desk with demonstration data")
    demo.add_argument("--students", type=_bounded(int, 1, 200_000), default=200, metavar="N")
    demo.add_argument("--decisions-per-student", type=_bounded(float, 0, 3), default=1.0, metavar="X")
    demo.add_argument("--if-empty", action="store_true", help="do nothing (and succeed) if the desk has students")

    students = commands.add_parser("students", help="admitted students").add_subparsers(dest="action",
                                                                                          required=True)
    s_import = students.add_parser("import", help="import students from a CSV or XLSX export")
    s_import.add_argument("file", type=Path)
    s_import.add_argument("--kind", choices=[k.value for k in AdmissionKind],
                          help="admission kind for rows that do not say")
    s_import.add_argument("--skip-invalid", action="store_true", help="import the valid rows, skip the others")
    s_import.add_argument("--dry-run", action="store_true", help="only show what would happen")
    s_list = students.add_parser("list", help="list students")
    s_list.add_argument("--search", default="", metavar="Q")
    _format_option(s_list)

    programmes = commands.add_parser("programmes", help="study programmes").add_subparsers(dest="action",
                                                                                             required=True)
    _format_option(programmes.add_parser("list", help="list programmes"))
    p_add = programmes.add_parser("add", help="add a programme")
    p_add.add_argument("code")
    p_add.add_argument("name_pl", metavar="NAME_PL")
    p_add.add_argument("--name-en", default="")
    p_add.add_argument("--level", default="")
    p_add.add_argument("--mode", default="")
    p_add.add_argument("--faculty", default="")

    decisions = commands.add_parser("decisions", help="recognition decisions").add_subparsers(dest="action",
                                                                                                required=True)
    d_open = decisions.add_parser("open", help="open decisions awaiting results, with one web deadline")
    d_open.add_argument("--student", nargs="+", required=True, metavar="ALBUM")
    d_open.add_argument("--deadline", type=_date, required=True, metavar="YYYY-MM-DD")
    d_open.add_argument("--semester", default="", metavar="S", help='semester(s) to be credited, e.g. "5" or "5,6"')
    d_open.add_argument("--comment", default="")
    d_list = decisions.add_parser("list", help="list decisions")
    d_list.add_argument("--state", choices=[s.value for s in DecisionState])
    d_list.add_argument("--programme", metavar="CODE")
    d_list.add_argument("--overdue", action="store_true")
    d_list.add_argument("--due-within", type=int, metavar="DAYS")
    _format_option(d_list)
    d_move = decisions.add_parser("move", help="move a decision to another state")
    d_move.add_argument("id", type=record_id)
    d_move.add_argument("state", choices=[s.value for s in DecisionState])
    d_move.add_argument("--comment", default="")
    d_move.add_argument("--deadline", type=_date, metavar="YYYY-MM-DD", help="new web deadline (when returning)")
    d_extend = decisions.add_parser("extend", help="extend the web deadline of decisions")
    d_extend.add_argument("ids", nargs="+", type=record_id, metavar="ID")
    d_extend.add_argument("--deadline", type=_date, required=True, metavar="YYYY-MM-DD")
    d_extend.add_argument("--comment", default="")

    cli_emrex.add_parsers(commands, record_id, _format_option)
    cli_grid.add_parser(commands, _format_option)
    cli_compare.add_parser(commands, record_id)
    cli_la.add_parsers(commands, record_id)
    cli_grades.add_parsers(commands, record_id, _format_option)
    cli_grades.add_decision_actions(decisions, record_id)
    cli_reports.add_parsers(commands, record_id)
    cli_audit.add_parser(commands, _date, _format_option)
    cli_users.add_parser(commands, _format_option)
    cli_db.add_parsers(commands, _format_option)

    shot = commands.add_parser("screenshot", help="render the main window offscreen into a PNG file")
    shot.add_argument("--page", default="students", help="students, decisions, batch, grid, trust, grading, "
                      "decision:ID or decision:ID:SECTION (SECTION: results, agreement, comparison, grades "
                      "or history)")
    shot.add_argument("-o", "--output", type=Path, required=True)
    shot.add_argument("--size", default="1280x800", metavar="WxH")
    return parser


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    human: Callable[[object], str] | None = None  # how the table format shows a value (json and csv stay raw)


def _state(value) -> str:
    return translate("States", STATE_LABELS[DecisionState(value)])


def _kind(value) -> str:
    return translate("Admission", ADMISSION_LABELS[AdmissionKind(value)])


def _yes_no(value) -> str:
    return translate("Cli", "yes") if value else translate("Cli", "no")


def emit(records: list[dict], columns: list[Column], fmt: str, out=None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([c.key for c in columns])
        for record in records:
            writer.writerow(["" if record[c.key] is None else record[c.key] for c in columns])
        return
    table = [[tr(c.title) for c in columns]] + [
        ["" if r[c.key] is None else (c.human or str)(r[c.key]) for c in columns] for r in records]
    widths = [max(len(row[i]) for row in table) for i in range(len(columns))]
    for row in table:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")


STUDENT_COLUMNS = [
    Column("album_number", QT_TRANSLATE_NOOP("Cli", "Album")),
    Column("family_name", QT_TRANSLATE_NOOP("Cli", "Family name")),
    Column("given_names", QT_TRANSLATE_NOOP("Cli", "Given names")),
    Column("birth_date", QT_TRANSLATE_NOOP("Cli", "Born")),
    Column("programme", QT_TRANSLATE_NOOP("Cli", "Programme")),
    Column("cohort", QT_TRANSLATE_NOOP("Cli", "Cohort")),
    Column("admission_kind", QT_TRANSLATE_NOOP("Cli", "Admission"), _kind),
    Column("decisions", QT_TRANSLATE_NOOP("Cli", "Decisions")),
    Column("nearest_deadline", QT_TRANSLATE_NOOP("Cli", "Nearest deadline")),
]
DECISION_COLUMNS = [
    Column("id", QT_TRANSLATE_NOOP("Cli", "ID")),
    Column("number", QT_TRANSLATE_NOOP("Cli", "Number")),
    Column("album_number", QT_TRANSLATE_NOOP("Cli", "Album")),
    Column("student", QT_TRANSLATE_NOOP("Cli", "Student")),
    Column("programme", QT_TRANSLATE_NOOP("Cli", "Programme")),
    Column("semesters", QT_TRANSLATE_NOOP("Cli", "Semesters")),
    Column("state", QT_TRANSLATE_NOOP("Cli", "State"), _state),
    Column("deadline", QT_TRANSLATE_NOOP("Cli", "Deadline")),
    Column("days_left", QT_TRANSLATE_NOOP("Cli", "Days left")),
    Column("overdue", QT_TRANSLATE_NOOP("Cli", "Overdue"), _yes_no),
]
TRUST_COLUMNS = [
    Column("acronym", QT_TRANSLATE_NOOP("Cli", "EMP")),
    Column("country", QT_TRANSLATE_NOOP("Cli", "Country")),
    Column("url", QT_TRANSLATE_NOOP("Cli", "URL")),
    Column("not_after", QT_TRANSLATE_NOOP("Cli", "Valid until")),
    Column("validity", QT_TRANSLATE_NOOP("Cli", "Validity"),
           lambda value: translate("Validity", VALIDITY_LABELS.get(value, value))),
    Column("fingerprint", QT_TRANSLATE_NOOP("Cli", "SHA-256")),
]
PROGRAMME_COLUMNS = [
    Column("code", QT_TRANSLATE_NOOP("Cli", "Code")),
    Column("name_pl", QT_TRANSLATE_NOOP("Cli", "Name")),
    Column("name_en", QT_TRANSLATE_NOOP("Cli", "Name (English)")),
    Column("level", QT_TRANSLATE_NOOP("Cli", "Level")),
    Column("mode", QT_TRANSLATE_NOOP("Cli", "Mode")),
]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def student_records(services: Services, search: str) -> list[dict]:
    return [{"album_number": s.album_number, "family_name": s.family_name, "given_names": s.given_names,
             "birth_date": s.birth_date.isoformat(), "programme": s.programme_code, "cohort": s.cohort,
             "admission_kind": s.admission_kind.value, "email": s.email, "decisions": s.decisions_count,
             "nearest_deadline": _iso(s.nearest_deadline)} for s in services.students.list(search)]


def decision_records(services: Services, args) -> list[dict]:
    rows = services.decisions.list(state=DecisionState(args.state) if args.state else None,
                                   programme_code=args.programme, overdue=True if args.overdue else None,
                                   due_within_days=args.due_within)
    return [{"id": d.id, "number": d.number, "album_number": d.album_number, "student": d.student_name,
             "programme": d.programme_code, "semesters": d.semesters, "state": d.state.value,
             "deadline": _iso(d.deadline), "days_left": d.days_left, "overdue": d.overdue,
             "results_loaded": d.results_loaded, "comment": d.comment} for d in rows]


def run(args: argparse.Namespace, services: Services) -> int:
    """Carry out one command; returns the exit code."""
    try:
        return _dispatch(args, services)
    except AppError as error:
        print(translate("Cli", "Error:"), error.render(translate), file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace, services: Services) -> int:
    if args.command == "demo":
        if args.if_empty and not services.demo.is_empty():
            print(translate("Cli", "The desk already has students; no demo data added."))
            return 0
        result = services.demo.create(students=args.students, decisions_per_student=args.decisions_per_student)
        done = translate("Cli", "Demo data: {programmes} programmes, {students} students, {decisions} decisions.")
        print(done.format(
            programmes=result.programmes, students=result.students, decisions=result.decisions))
        return 0
    if args.command in ("backup", "restore", "db"):
        return cli_db.dispatch(args, services, emit, Column)
    if args.command == "users":
        return cli_users.dispatch(args, services, emit, Column, _yes_no)
    if args.command == "audit":
        return cli_audit.dispatch(args, services, emit, Column)
    if args.command == "compare":
        return cli_compare.dispatch(args, services)
    if args.command == "la":
        return cli_la.dispatch(args, services)
    if args.command in ("report", "export"):
        return cli_reports.dispatch(args, services)
    if args.command in ("scales", "tables", "distributions", "convert", "lines") or (
            args.command == "decisions" and args.action in ("approve", "amend")):
        return cli_grades.dispatch(args, services, emit, Column)
    if args.command == "grid":
        return cli_grid.dispatch(args, services, emit, Column, _yes_no)
    if args.command in ("trust", "elmo", "emrex"):
        return cli_emrex.dispatch(args, services, emit, TRUST_COLUMNS)
    if args.command == "students":
        if args.action == "list":
            emit(student_records(services, args.search), STUDENT_COLUMNS, args.format)
            return 0
        return _import_students(args, services)
    if args.command == "programmes":
        if args.action == "list":
            records = [{"code": p.code, "name_pl": p.name_pl, "name_en": p.name_en, "level": p.level,
                        "mode": p.mode} for p in services.programmes.list()]
            emit(records, PROGRAMME_COLUMNS, args.format)
            return 0
        services.programmes.add(args.code, args.name_pl, args.name_en, args.level, args.mode, args.faculty)
        return 0
    if args.action == "open":
        ids = services.decisions.open(args.student, args.deadline, args.semester, args.comment)
        print(json.dumps(ids))
        return 0
    if args.action == "list":
        emit(decision_records(services, args), DECISION_COLUMNS, args.format)
        return 0
    if args.action == "move":
        services.decisions.move(args.id, DecisionState(args.state), args.comment, args.deadline)
        return 0
    services.decisions.extend(args.ids, args.deadline, args.comment)
    return 0


def _import_students(args, services: Services) -> int:
    preview = services.student_import.preview(args.file, AdmissionKind(args.kind) if args.kind else None)
    errors, summary = report_rows(preview)
    if args.dry_run:
        print(summary)
        return 1 if errors else 0
    if errors and not args.skip_invalid:
        print(summary, translate("Cli", "Nothing imported; fix the file or use --skip-invalid."), file=sys.stderr)
        return 1
    result = services.student_import.apply(preview)
    done = translate("Cli", "Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.")
    print(done.format(
        created=result.created, updated=result.updated, unchanged=result.unchanged, skipped=result.skipped))
    return 0
