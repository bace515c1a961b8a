"""The command line's EMREX commands: the trust store, returned ELMO documents, the live fetch and the
demonstration contact point."""

from __future__ import annotations

import argparse
import json
import sys
import webbrowser
from pathlib import Path

from app.i18n import translate
from app.services.batch import ALREADY, IMPORTED, REFUSED, returned_files
from app.services.emrex.demo_emp import DEMO_PORT, DemoEmp
from app.services.emrex.fetch import CANCELLED, OUTCOME_PROBLEMS, FetchEnded
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
    emrex = commands.add_parser("emrex", help="fetch results live from an EMREX contact point").add_subparsers(
        dest="action", required=True)
    fetch = emrex.add_parser("fetch", help="open a session, send the student's browser to the contact point, wait "
                                           "for the signed results and import them into a decision")
    fetch.add_argument("--decision", type=record_id, required=True, metavar="ID")
    fetch.add_argument("--emp", required=True, metavar="ACRONYM", help="a trusted contact point with an address")
    fetch.add_argument("--no-browser", action="store_true", help="only print the start address; open it yourself")
    fetch.add_argument("--select", nargs="+", metavar="KEY", help="only these courses (keys from elmo inspect)")
    fetch.add_argument("--accept-near-miss", default="", metavar="REASON",
                       help="accept a learner who only nearly matches the student, for this written reason")
    fetch.add_argument("--format", choices=("table", "json"), default="table")
    demo = emrex.add_parser("demo-emp", help="run the demonstration contact point on this computer (Ctrl+C stops)")
    demo.add_argument("--port", type=int, default=DEMO_PORT, help=f"port on 127.0.0.1 (default {DEMO_PORT})")
    demo.add_argument("--key", type=Path, metavar="PEM", help="sign with this private key instead of the demo key")
    demo.add_argument("--cert", type=Path, metavar="PEM", help="the certificate of --key")
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
    if args.command == "emrex":
        return fetch(args, services)
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
    return _print_imported(done, args.format)


def _print_imported(done, output_format: str) -> int:
    if output_format == "json":
        print(json.dumps({"document": done.document_id, "decision": done.decision_id, "courses": done.courses,
                          "ects": done.ects}))
    else:
        print(translate("Cli", "Imported document {document} into decision {decision}. Courses: {courses}, "
                               "ECTS: {ects}.").format(document=done.document_id, decision=done.decision_id,
                                                      courses=done.courses, ects=done.ects))
    return 0


def fetch(args: argparse.Namespace, services: Services) -> int:
    """`emrex fetch`: the session's addresses on one line as soon as the receiver listens, then the wait, then the
    import exactly as `elmo import` does it. Ctrl+C cancels the session."""
    session = services.emrex.start(args.decision, args.emp)
    try:
        line = {"session_id": session.session_id, "start_url": session.start_url, "return_url": session.return_url}
        if args.format == "json":
            print(json.dumps(line), flush=True)
        else:
            print(translate("Cli", "Session {session_id}: the student opens {start_url} and signs in at {emp}; "
                                   "the results come back to {return_url}.").format(emp=session.emp.acronym, **line),
                  flush=True)
        if not args.no_browser:
            webbrowser.open(session.start_url)
        result = services.emrex.wait(session)
    except KeyboardInterrupt:  # the officer gives up: the session ends as cancelled, nothing is imported
        session.cancel()
        services.emrex.poll(session, cancelled=True)
        raise FetchEnded(OUTCOME_PROBLEMS[CANCELLED]) from None
    result.raise_without_results()
    done = services.emrex.import_return(session, result, args.select, args.accept_near_miss)
    return _print_imported(done, args.format)


def demo_emp(args: argparse.Namespace) -> int:
    """`emrex demo-emp`: the demonstration contact point, until Ctrl+C."""
    key = args.key.read_bytes() if args.key else None
    cert = args.cert.read_bytes() if args.cert else None
    try:
        emp = DemoEmp(args.port, key, cert)
    except OSError as error:
        print(translate("Cli", "Error:"), translate("Cli", "The demonstration contact point cannot listen on port "
                                                          "{port}: {detail}").format(port=args.port, detail=error),
              file=sys.stderr)
        return 1
    print(translate("Cli", "Demonstration EMREX contact point at {url} (Ctrl+C stops it).").format(url=emp.url),
          flush=True)
    try:
        emp.serve_forever()
    except KeyboardInterrupt:
        pass
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
