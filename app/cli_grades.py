"""The command line's grading: `uznania scales`, `tables`, `distributions`, `convert`, `lines`, and the dean's
`decisions approve` / `decisions amend`."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.i18n import translate
from app.services.errors import NotFound, ValidationError
from app.services.grades import Grading, home_symbol_text
from app.services.grading import Scheme
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.registry import Services
from app.services.tabular import read_table
from app.services.vocabulary import METHOD_LABELS, REVIEW_LABELS


def _date(text: str):
    from datetime import date
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def add_parsers(commands, record_id, format_option) -> None:
    scales = commands.add_parser("scales", help="grading scales").add_subparsers(dest="action", required=True)
    format_option(scales.add_parser("list", help="list the grading scales"))
    s_show = scales.add_parser("show", help="one grading scale with its grades")
    s_show.add_argument("code")

    tables = commands.add_parser("tables", help="grade conversion tables").add_subparsers(dest="action",
                                                                                           required=True)
    t_validate = tables.add_parser("validate", help="check a conversion table file (exit code 1 on errors)")
    t_validate.add_argument("file", type=Path)
    t_validate.add_argument("--format", choices=("table", "json"), default="table")
    t_import = tables.add_parser("import", help="store each group of a table file as a new table version")
    t_import.add_argument("file", type=Path)
    t_import.add_argument("--valid-from", type=_date, required=True, metavar="YYYY-MM-DD")
    t_import.add_argument("--source", required=True, help="where the table comes from")
    t_import.add_argument("--institution", default="", help="only for this host institution")
    format_option(tables.add_parser("list", help="list stored conversion tables"))

    dist = commands.add_parser("distributions", help="grade distributions (ECTS grading tables)")
    d_set = dist.add_subparsers(dest="action", required=True).add_parser(
        "set", help="keep a grade distribution from a CSV file of grade;percentage rows")
    d_set.add_argument("file", type=Path)
    d_set.add_argument("--scope", choices=("home", "host"), required=True)
    d_set.add_argument("--scheme", required=True, metavar="CODE")
    d_set.add_argument("--institution", default="")
    d_set.add_argument("--programme", metavar="CODE", help="the home programme (default: the whole faculty)")
    d_set.add_argument("--source", default="")

    convert = commands.add_parser("convert", help="convert one foreign grade to the home scale")
    convert.add_argument("--scheme", required=True, metavar="ID")
    convert.add_argument("--grade", required=True, metavar="G")
    convert.add_argument("--method", choices=("distribution", "table", "pass"))
    convert.add_argument("--institution", default="")
    convert.add_argument("--distribution", type=Path, metavar="FILE", help="the host's grade distribution")
    convert.add_argument("--home-distribution", type=Path, metavar="FILE", help="the home grade distribution")
    convert.add_argument("--format", choices=("table", "json"), default="table")

    lines = commands.add_parser("lines", help="grades and verification of a decision's recognition lines")
    actions = lines.add_subparsers(dest="action", required=True)
    l_list = actions.add_parser("list", help="the lines with suggestions, grades and verification")
    l_list.add_argument("decision", type=record_id)
    l_list.add_argument("--format", choices=("table", "json"), default="table")
    l_grade = actions.add_parser("grade", help="give a line its home grade (default: the suggestion)")
    l_grade.add_argument("decision", type=record_id)
    l_grade.add_argument("line", type=record_id)
    l_grade.add_argument("--grade", metavar="G")
    l_grade.add_argument("--justification", default="")
    for name, helptext in (("approve", "approve lines (with their grade, or the suggestion)"),
                           ("reject", "reject lines (needs --reason)"),
                           ("needs-info", "ask for more information on lines (needs --reason)")):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("decision", type=record_id)
        action.add_argument("lines", type=record_id, nargs="*", metavar="LINE")
        action.add_argument("--all", action="store_true", help="every line not verified yet")
        action.add_argument("--reason", default="")


def add_decision_actions(decisions, record_id) -> None:
    approve = decisions.add_parser("approve", help="the dean approves a decision as a whole")
    approve.add_argument("id", type=record_id)
    approve.add_argument("--comment", default="")
    amend = decisions.add_parser("amend", help="reopen an approved decision for a correction")
    amend.add_argument("id", type=record_id)
    amend.add_argument("--reason", required=True)


def _frequencies(path: Path) -> list[tuple[str, Decimal]]:
    """grade;percentage rows (a header row and '#' comments allowed)."""
    table = read_table(path, comments="#")
    found = []
    for index, row in enumerate([table.header, *(cells for _, cells in table.rows)]):
        cells = [str(c).strip() for c in row if c is not None and str(c).strip()]
        if len(cells) < 2:
            continue
        try:
            found.append((cells[0], Decimal(cells[-1].replace(",", "."))))
        except InvalidOperation:
            if index:  # only the first row may be a header
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "{file}: \"{value}\" is not a share of grades."), file=path.name,
                    value=cells[-1]) from None
    return found


def _scheme_record(s: Scheme) -> dict:
    return {"code": s.code, "country": s.country, "name": s.name, "higher_is_better": s.higher_is_better,
            "passfail": s.passfail, "home": s.home,
            "grades": [g.symbol for g in s.grades],
            "range": None if s.minimum is None else [str(s.minimum), str(s.maximum)],
            "pass_mark": None if s.pass_mark is None else str(s.pass_mark),
            "passing": [g.symbol for g in s.grades if g.passes]}


def grading_record(g: Grading) -> dict:
    return {"decision": g.decision_id, "number": g.number, "state": g.state.value, "ready": g.ready,
            "blockers": [p.render(translate) for p in g.blockers],
            "lines": [{"id": line.id, "status": line.status, "review": line.review,
                       "foreign": [{"code": f.code, "title": f.title, "ects": None if f.ects is None else float(f.ects),
                                    "grade": f.grade, "scheme": f.scheme_code} for f in line.foreign],
                       "home": [{"code": h.code, "name": h.name, "ects": float(h.ects), "form": h.form_of_credit}
                                for h in line.home],
                       "suggested_grade": home_symbol_text(line.suggestion.grade) or None,
                       "suggestion_method": line.suggestion.method,
                       "table_version": line.suggestion.table_version or None,
                       "explanation": [p.render(translate) for p in line.suggestion.explanation],
                       "grade": home_symbol_text(line.grade) or None, "method": line.grade_method or None,
                       "justification": line.justification, "review_note": line.review_note,
                       "remarks": [p.render(translate) for p in line.remarks]} for line in g.lines]}


def dispatch(args: argparse.Namespace, services: Services, emit, Column) -> int:
    if args.command == "scales":
        return _scales(args, services, emit, Column)
    if args.command == "tables":
        return _tables(args, services, emit, Column)
    if args.command == "distributions":
        programme_id = None
        if args.programme:
            found = [p for p in services.programmes.list() if p.code == args.programme]
            if not found:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no programme {code}."), code=args.programme)
            programme_id = found[0].id
        services.catalogue.set_distribution(args.scope, args.scheme, _frequencies(args.file),
                                            institution=args.institution, programme_id=programme_id,
                                            source=args.source or args.file.name)
        return 0
    if args.command == "convert":
        return _convert(args, services)
    return _lines(args, services)


def _scales(args, services: Services, emit, Column) -> int:
    if args.action == "show":
        json.dump(_scheme_record(services.catalogue.scheme(args.code)), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    records = [_scheme_record(s) for s in [*services.catalogue.home(), *services.catalogue.schemes()]]
    if args.format == "table":
        for record in records:
            record["grades"] = "; ".join(record["grades"]) or "–".join(record["range"] or ())
    emit(records, [Column("code", QT_TRANSLATE_NOOP("Cli", "Code")),
                   Column("country", QT_TRANSLATE_NOOP("Cli", "Country")),
                   Column("name", QT_TRANSLATE_NOOP("Cli", "Name")),
                   Column("grades", QT_TRANSLATE_NOOP("Cli", "Grades, best first"))], args.format)
    return 0


def _tables(args, services: Services, emit, Column) -> int:
    if args.action == "validate":
        results = services.catalogue.validate_file(args.file)
        errors = 0
        records = []
        for group, findings in results:
            errors += sum(f.severity == "error" for f in findings)
            records.append({"country": group.country, "scale": group.scale, "scheme": group.scheme_code,
                            "rows": len(group.rows),
                            "findings": [{"severity": f.severity, "kind": f.kind,
                                          "message": f.problem.render(translate)} for f in findings]})
        if args.format == "json":
            json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for record in records:
                verdict = translate("Cli", "OK") if not record["findings"] else ""
                print(f"{record['country']} {record['scale']} [{record['scheme'] or '?'}] {verdict}".rstrip())
                for finding in record["findings"]:
                    mark = translate("Cli", "error") if finding["severity"] == "error" else translate("Cli",
                                                                                                    "warning")
                    print(f"  {mark}: {finding['message']}")
        return 1 if errors else 0
    if args.action == "import":
        stored = services.catalogue.import_tables(args.file, valid_from=args.valid_from, source=args.source,
                                                  institution=args.institution)
        for table in stored:
            usable = translate("Cli", "usable") if table.usable else translate("Cli", "NOT usable (errors)")
            print(f"{table.label}: {usable}")
        return 0
    records = [{"id": t.id, "scheme": t.scheme_code, "institution": t.institution, "name": t.name,
                "version": t.version, "valid_from": t.valid_from.isoformat(),
                "valid_to": t.valid_to.isoformat() if t.valid_to else None, "usable": t.usable,
                "errors": sum(f.severity == "error" for f in t.findings)} for t in services.catalogue.tables()]
    emit(records, [Column("id", QT_TRANSLATE_NOOP("Cli", "ID")), Column("scheme", QT_TRANSLATE_NOOP("Cli", "Scale")),
                   Column("name", QT_TRANSLATE_NOOP("Cli", "Name")),
                   Column("version", QT_TRANSLATE_NOOP("Cli", "Version")),
                   Column("valid_from", QT_TRANSLATE_NOOP("Cli", "Valid from")),
                   Column("usable", QT_TRANSLATE_NOOP("Cli", "Usable"),
                          lambda value: translate("Cli", "yes") if value else translate("Cli", "no"))], args.format)
    return 0


def _convert(args, services: Services) -> int:
    conversion = services.catalogue.convert(
        args.scheme, args.grade, method=args.method, institution=args.institution,
        host_distribution=_frequencies(args.distribution) if args.distribution else None,
        home_distribution=_frequencies(args.home_distribution) if args.home_distribution else None)
    record = {"scheme": args.scheme, "original": args.grade, "grade": home_symbol_text(conversion.grade) or None,
              "method": conversion.method, "table_version": conversion.table_version or None,
              "bands": conversion.bands,
              "explanation": conversion.explanation.render(translate) if conversion.explanation else ""}
    if args.format == "json":
        json.dump(record, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(f"{record['grade'] or '—'}  ({record['method']}) {record['explanation']}")
    return 0 if conversion.grade is not None else 1


def _lines(args, services: Services) -> int:
    if args.command == "decisions":
        if args.action == "approve":
            services.approval.approve(args.id, args.comment)
        else:
            services.approval.amend(args.id, args.reason)
        return 0
    if args.action == "list":
        record = grading_record(services.grades.grading(args.decision))
        if args.format == "json":
            json.dump(record, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return 0
        for line in record["lines"]:
            foreign = ", ".join(f"{f['code'] or f['title']} {f['grade']}" for f in line["foreign"])
            home = ", ".join(h["code"] for h in line["home"])
            review = translate("Review", REVIEW_LABELS.get(line["review"], line["review"]))
            method = translate("Method", METHOD_LABELS.get(line["suggestion_method"], line["suggestion_method"]))
            print(f"{line['id']:>5} {review:<16} {foreign:<36} → {home:<24} "
                  f"{line['suggested_grade'] or '—':>4} ({method}) {line['grade'] or ''}")
        for blocker in record["blockers"]:
            print(blocker)
        return 0
    if args.action == "grade":
        services.grades.grade_line(args.decision, args.line, args.grade, args.justification)
        return 0
    verdict = {"approve": "approved", "reject": "rejected", "needs-info": "needs_info"}[args.action]
    ids = list(args.lines)
    if args.all:
        ids += [line.id for line in services.grades.grading(args.decision).lines if not line.settled]
    if not ids:
        print(translate("Cli", "Name the lines or use --all."), file=sys.stderr)
        return 2
    services.grades.review_lines(args.decision, ids, verdict, args.reason)
    return 0
