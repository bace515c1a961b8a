"""The command line's reports and exports: `uznania report decision|batch|list` and `uznania export approved`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.i18n import translate
from app.services.registry import Services
from app.services.reports.model import LANGUAGES


def _date(text: str):
    from datetime import date
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def add_parsers(commands, record_id) -> None:
    report = commands.add_parser("report", help="print reports as PDF").add_subparsers(dest="action", required=True)
    decision = report.add_parser("decision", help="the decision report for the dean")
    decision.add_argument("id", type=record_id)
    decision.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    decision.add_argument("--lang", dest="report_lang", choices=LANGUAGES, help="default: the settings' language")
    batch = report.add_parser("batch", help="decision reports of several decisions into a folder")
    batch.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    batch.add_argument("--folder", type=Path, required=True)
    batch.add_argument("--lang", dest="report_lang", choices=LANGUAGES)
    listing = report.add_parser("list", help="decisions of a programme and term, or the overdue ones")
    listing.add_argument("--programme", default="", metavar="CODE")
    listing.add_argument("--term", default="", metavar="TERM", help='e.g. "2025/26-Z" (winter) or "2025/26-L"')
    listing.add_argument("--overdue", action="store_true", help="who to chase: past the web deadline, with e-mail")
    listing.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    listing.add_argument("--lang", dest="report_lang", choices=LANGUAGES)

    export = commands.add_parser("export", help="exports for other systems").add_subparsers(dest="action",
                                                                                             required=True)
    approved = export.add_parser("approved", help="approved recognitions for data entry (one row per home course)")
    approved.add_argument("--format", choices=("csv", "xlsx"), help="default: from the file's suffix")
    approved.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    approved.add_argument("--programme", metavar="CODE")
    approved.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="approved on or after this day")


def dispatch(args: argparse.Namespace, services: Services) -> int:
    reports = services.reports
    if args.command == "export":
        count = reports.export_approved(args.output, args.format, args.programme, args.since)
        print(translate("Cli", "Exported {count} row(s) to {file}.").format(count=count, file=args.output))
        return 0
    if args.action == "decision":
        reports.save_decision_report(args.id, args.output, args.report_lang)
        print(args.output)
        return 0
    if args.action == "batch":
        args.folder.mkdir(parents=True, exist_ok=True)
        for path in reports.save_decision_reports(args.ids, args.folder, args.report_lang):
            print(path)
        return 0
    count = reports.save_list_report(args.output, args.programme, args.term, args.overdue, args.report_lang)
    print(translate("Cli", "{count} decision(s) listed in {file}.").format(count=count, file=args.output),
          file=sys.stdout)
    return 0
