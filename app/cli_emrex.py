"""The command line's EMREX commands: the trust store and returned ELMO documents."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.i18n import translate
from app.services.batch import ALREADY, IMPORTED, REFUSED, returned_files
from app.services.intake import Inspection
from app.services.registry import Services
from app.services.vocabulary import OUTCOME_LABELS


def add_parsers(commands, record_id, format_option) -> None:
    trust = commands.add_parser("trust", help="the trust store of EMREX contact points").add_subparsers(
        dest="action", required=True)
    t_import = trust.add_parser("import", help="add EMPs from an EMREG registry, EWP catalogue or certificate")
    t_import.add_argument("file", type=Path)
    format_option(trust.add_parser("list", help="list trusted EMPs"))

    elmo = commands.add_parser("elmo", help="returned EMREX results (ELMO documents)").add_subparsers(
        dest="action", required=True)
    inspect = elmo.add_parser("inspect", help="show what a returned document holds (writes nothing)")
    inspect.add_argument("file", type=Path)
    inspect.add_argument("--format", choices=("table", "json"), default="table")
    e_import = elmo.add_parser("import", help="import a returned document into a decision")
    e_import.add_argument("file", type=Path)
    e_import.add_argument("--decision", type=record_id, required=True, metavar="ID")
    e_import.add_argument("--select", nargs="+", metavar="KEY", help="only these courses (keys from inspect)")
    e_import.add_argument("--accept-near-miss", default="", metavar="REASON",
                          help="accept a learner who only nearly matches the student, for this written reason")
    e_import.add_argument("--format", choices=("table", "json"), default="table")
    e_batch = elmo.add_parser("batch", help="import every returned file of a folder into its student's decision")
    e_batch.add_argument("folder", type=Path)
    e_batch.add_argument("--format", choices=("table", "json"), default="table")


def inspection_record(inspection: Inspection) -> dict:
    content, verdict = inspection.content, inspection.signature
    learner = content.learner
    return {
        "sha256": inspection.sha256,
        "transport": inspection.decoded.transport,
        "format": content.format,
        "version": content.version,
        "generated": content.generated.isoformat() if content.generated else None,
        "signature": {"status": verdict.status, "emp": inspection.signer.acronym if inspection.signer else None,
                      "algorithm": verdict.algorithm, "canonicalization": verdict.canonicalization,
                      "signer_fingerprint": verdict.signer_fingerprint or None, "detail": verdict.detail},
        "verified": inspection.verified,
        "issuers": [{"title": i.titles[0].text if i.titles else "", "country": i.country,
                     "identifiers": {x.type: x.value for x in i.identifiers}} for i in content.issuers],
        "learner": {"given_names": learner.given_names, "family_name": learner.family_name,
                    "full_name": learner.full_name,
                    "birth_date": learner.birth_date.isoformat() if learner.birth_date else None},
        "courses": [{"key": c.key, "title": c.titles[0].text if c.titles else "",
                     "titles": [{"text": t.text, "lang": t.lang} for t in c.titles], "code": c.host_code,
                     "ects": float(c.ects) if c.ects is not None else None, "grade": c.grade,
                     "grading_scheme": c.grading_scheme, "status": c.status,
                     "date": c.date.isoformat() if c.date else None, "term": c.academic_term,
                     "language": c.language, "isced": c.isced} for c in content.courses],
        "ects_total": float(content.ects_total),
        "attachments": [{"title": a.title, "media_type": a.media_type, "bytes": len(a.data)}
                        for a in content.attachments],
        "warnings": [w.render(translate) for w in inspection.warnings],
        "already_imported": ({"document": inspection.already_imported[0],
                              "decision": inspection.already_imported[1]} if inspection.already_imported else None),
    }


def _print_inspection(record: dict) -> None:
    t = lambda text: translate("Cli", text)  # noqa: E731
    signature = record["signature"]
    print(f"{t('Transport')}: {record['transport']}   {t('Format')}: {record['format']} {record['version']}")
    print(f"{t('Signature')}: {signature['status']}" + (f" ({signature['emp']}, {signature['algorithm']})"
                                                         if signature["emp"] else ""))
    learner = record["learner"]
    print(f"{t('Learner')}: {learner['given_names']} {learner['family_name']}{learner['full_name']} "
          f"({learner['birth_date'] or '?'})")
    for course in record["courses"]:
        print(f"  {course['key']:<10} {course['code'][:14]:<14} {course['title'][:50]:<50} "
              f"{'' if course['ects'] is None else course['ects']:>5}  {course['grade']:<8} {course['status']}")
    print(f"{t('ECTS total')}: {record['ects_total']:g}")
    for warning in record["warnings"]:
        print(f"! {warning}")


def dispatch(args: argparse.Namespace, services: Services, emit, columns) -> int:
    if args.command == "trust":
        if args.action == "import":
            result = services.trust.import_file(args.file)
            print(translate("Cli", "Trust store: {added} added, {updated} updated, {unchanged} unchanged.").format(
                added=result.added, updated=result.updated, unchanged=result.unchanged))
            return 0
        records = [{"acronym": e.acronym, "country": e.country, "url": e.url, "subject": e.subject,
                    "fingerprint": e.fingerprint, "not_before": e.not_before.date().isoformat(),
                    "not_after": e.not_after.date().isoformat(), "validity": e.validity, "source": e.source,
                    "added_at": e.added_at.isoformat(timespec="seconds")} for e in services.trust.list()]
        emit(records, columns, args.format)
        return 0
    if args.action == "batch":
        return _batch(args, services)
    data = services.intake.read_file(args.file)
    if args.action == "inspect":
        record = inspection_record(services.intake.inspect(data))
        if args.format == "json":
            json.dump(record, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            _print_inspection(record)
        return 0
    done = services.intake.import_document(args.decision, data, args.file.name, args.select,
                                           args.accept_near_miss)
    if args.format == "json":
        print(json.dumps({"document": done.document_id, "decision": done.decision_id, "courses": done.courses,
                          "ects": done.ects}))
    else:
        print(translate("Cli", "Imported document {document} into decision {decision}. Courses: {courses}, "
                               "ECTS: {ects}.").format(document=done.document_id, decision=done.decision_id,
                                                      courses=done.courses, ects=done.ects))
    return 0


def _batch(args: argparse.Namespace, services: Services) -> int:
    if not args.folder.is_dir():
        print(translate("Cli", "Error:"), translate("Cli", "{folder} is not a folder.").format(folder=args.folder),
              file=sys.stderr)
        return 1
    result = services.batch.run(returned_files(args.folder))
    records = [{"file": i.file, "outcome": i.outcome, "decision": i.decision_number or None,
                "student": i.student or None, "courses": i.courses,
                "reason": i.reason.render(translate) if i.reason else None} for i in result.items]
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in records:
            outcome = translate("BatchOutcome", OUTCOME_LABELS.get(r["outcome"], r["outcome"]))
            print(f"{outcome:<17} {r['file']:<40} {r['decision'] or '':<16} {r['reason'] or r['student']}")
        print(translate("Cli", "Imported: {imported}, already imported: {already}, refused: {refused}.").format(
            imported=result.count(IMPORTED), already=result.count(ALREADY), refused=result.count(REFUSED)))
    return 0 if not result.count(REFUSED) else 1
