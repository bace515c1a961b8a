"""The command line's Learning Agreement commands: `uznania la import FILE --decision ID` and `uznania la show`."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

from app.i18n import translate
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.la import ComponentView, LearningAgreementView, ProposalView, SignatureView, format_credits
from app.services.registry import Services

TABLE_TITLES = {
    "A": QT_TRANSLATE_NOOP("Cli", "Table A (courses abroad)"),
    "B": QT_TRANSLATE_NOOP("Cli", "Table B (home courses)"),
    "C": QT_TRANSLATE_NOOP("Cli", "Table C (virtual or blended components)"),
}
PARTIES = {
    "student": QT_TRANSLATE_NOOP("Cli", "student"),
    "sending-hei": QT_TRANSLATE_NOOP("Cli", "sending institution"),
    "receiving-hei": QT_TRANSLATE_NOOP("Cli", "receiving institution"),
}
VERSIONS = {
    "first-version": QT_TRANSLATE_NOOP("Cli", "first version"),
    "approved-changes": QT_TRANSLATE_NOOP("Cli", "approved changes"),
    "changes-proposal": QT_TRANSLATE_NOOP("Cli", "change proposal"),
}
SOURCES = {
    "ewp": QT_TRANSLATE_NOOP("Cli", "EWP Online Learning Agreement"),
    "csv": QT_TRANSLATE_NOOP("Cli", "table file"),
    "manual": QT_TRANSLATE_NOOP("Cli", "entered by hand"),
}
STUDENT_FIELDS = {
    "given_names": QT_TRANSLATE_NOOP("Cli", "Given names"),
    "family_name": QT_TRANSLATE_NOOP("Cli", "Family name"),
    "birth_date": QT_TRANSLATE_NOOP("Cli", "Born"),
    "global_id": QT_TRANSLATE_NOOP("Cli", "Student identifier"),
}
CHANGES = {
    "inserted": QT_TRANSLATE_NOOP("Cli", "inserted"),
    "deleted": QT_TRANSLATE_NOOP("Cli", "deleted"),
}


def add_parsers(commands, record_id) -> None:
    la = commands.add_parser("la", help="the Learning Agreement of a decision").add_subparsers(
        dest="action", required=True)
    la_import = la.add_parser("import", help="import an EWP Learning Agreement (XML) or a CSV/XLSX table into a "
                                             "decision, replacing its agreement")
    la_import.add_argument("file", type=Path)
    la_import.add_argument("--decision", type=record_id, required=True, metavar="ID")
    la_import.add_argument("--omobility", metavar="ID", help="the mobility whose agreement to take from a response "
                                                             "holding several")
    la_import.add_argument("--format", choices=("table", "json"), default="table")
    la_show = la.add_parser("show", help="show the Learning Agreement of a decision")
    la_show.add_argument("--decision", type=record_id, required=True, metavar="ID")
    la_show.add_argument("--format", choices=("table", "json"), default="table")


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _component(c: ComponentView) -> dict:
    return {"id": c.id, "table": c.table, "code": c.code, "title": c.title, "ects": _number(c.ects), "term": c.term,
            "group": c.group, "change": c.change, "reason": c.reason,
            "recognition_conditions": c.recognition_conditions}


def _signature(s: SignatureView) -> dict:
    return {"version": s.version, "party": s.party, "name": s.name, "role": s.role, "at": s.at}


def _proposal(p: ProposalView) -> dict:
    return {"id": p.id, "changes": [{"table": c.table, "status": c.status, "code": c.code, "title": c.title,
                                     "ects": _number(c.ects), "term": c.term, "reason": c.reason,
                                     "recognition_conditions": c.recognition_conditions,
                                     "short_description": c.short_description} for c in p.changes],
            "signatures": [_signature(s) for s in p.signatures], "student": p.student}


def agreement_record(view: LearningAgreementView) -> dict:
    return {
        "decision": view.decision_id,
        "source": view.source,
        "source_name": view.source_name,
        "sha256": view.sha256 or None,
        "omobility_id": view.omobility_id,
        "sending_hei": view.sending_hei,
        "sending_ounit": view.sending_ounit,
        "receiving_hei": view.receiving_hei,
        "receiving_ounit": view.receiving_ounit,
        "receiving_hei_name": view.receiving_hei_name,
        "academic_year": view.academic_year,
        "student": {"name": view.student_name,
                    "birth_date": view.student_birth_date.isoformat() if view.student_birth_date else None},
        "mobility": {"start": view.mobility_start, "end": view.mobility_end},
        "version": view.version,
        "imported_at": view.imported_at.isoformat(timespec="seconds"),
        "imported_by": view.imported_by,
        "table_a": [_component(c) for c in view.table_a],
        "table_b": [_component(c) for c in view.table_b],
        "table_c": [_component(c) for c in view.table_c],
        "ects": {"A": _number(view.ects_a), "B": _number(view.ects_b), "C": _number(view.ects_c)},
        "groups": [{"name": g.name, "table_a": [c.code or c.title for c in g.table_a],
                    "table_b": [c.code or c.title for c in g.table_b], "ects_a": _number(g.ects_a),
                    "ects_b": _number(g.ects_b)} for g in view.groups],
        "pending": _proposal(view.pending) if view.pending else None,
        "signatures": [_signature(s) for s in view.signatures],
        "warnings": [w.render(translate) for w in view.warnings],
    }


def _tr(text: str) -> str:
    return translate("Cli", text)


def _change(status: str, reason: str) -> str:
    if not status:
        return ""
    label = _tr(CHANGES.get(status, status))
    return f"{label} ({reason})" if reason else label


def _print(view: LearningAgreementView) -> None:
    source = _tr(SOURCES.get(view.source, view.source))
    print(translate("Cli", "Learning Agreement of decision {decision}: {source}").format(
        decision=view.decision_id, source=source) + (f" ({view.source_name})" if view.source_name else ""))
    if view.omobility_id:
        print(translate("Cli", "Mobility {id}: {sending} → {receiving}").format(
            id=view.omobility_id, sending=view.sending_hei, receiving=view.receiving_hei_name or view.receiving_hei))
    if view.student_name:
        born = f" ({view.student_birth_date.isoformat()})" if view.student_birth_date else ""
        print(translate("Cli", "Student: {name}").format(name=view.student_name) + born)
    if view.mobility_start or view.mobility_end:
        print(translate("Cli", "Period: {start} – {end}").format(start=view.mobility_start, end=view.mobility_end))
    if view.version:
        print(translate("Cli", "Version: {version}").format(version=_tr(VERSIONS.get(view.version, view.version))))
    for letter in ("A", "B", "C"):
        components = view.table(letter)
        if not components and letter == "C":
            continue
        print(f"{_tr(TABLE_TITLES[letter])}:")
        for c in components:
            print(f"  {c.code[:14]:<14} {c.title[:50]:<50} {format_credits(c.ects):>5}  {c.term[:12]:<12} "
                  f"{c.group[:10]:<10} {_change(c.change, c.reason)}".rstrip())
        total = {"A": view.ects_a, "B": view.ects_b, "C": view.ects_c}[letter]
        print("  " + translate("Cli", "ECTS total: {ects}").format(ects=format_credits(total) or 0))
    for group in view.groups:
        print(translate("Cli", "Group {group}: {a} → {b}").format(
            group=group.name, a=", ".join(c.code or c.title for c in group.table_a) or "-",
            b=", ".join(c.code or c.title for c in group.table_b) or "-"))
    if view.signatures:
        print(translate("Cli", "Signatures:"))
        for s in view.signatures:
            print(f"  {_tr(VERSIONS.get(s.version, s.version)):<20} {_tr(PARTIES.get(s.party, s.party)):<22} "
                  f"{s.name}{f' ({s.role})' if s.role else ''}  {s.at}".rstrip())
    if view.pending:
        print(translate("Cli", "Change proposal {id}, not approved and not applied:").format(id=view.pending.id))
        for c in view.pending.changes:
            print(f"  {c.table}  {c.code[:14]:<14} {c.title[:50]:<50} {format_credits(c.ects):>5}  "
                  f"{_change(c.status, c.reason)}".rstrip())
        for key, value in view.pending.student.items():
            print(f"  {_tr(STUDENT_FIELDS.get(key, key))}: {value}")
    for warning in view.warnings:
        print(f"! {warning.render(translate)}")


def dispatch(args: argparse.Namespace, services: Services) -> int:
    if args.action == "import":
        view = services.la.import_file(args.decision, args.file, args.omobility)
    else:
        view = services.la.get(args.decision)
    if args.format == "json":
        json.dump(agreement_record(view) if view else None, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif view is None:
        print(translate("Cli", "Decision {decision} has no Learning Agreement.").format(decision=args.decision))
    else:
        _print(view)
    return 0
