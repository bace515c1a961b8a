"""The command line's care of the whole database: `uznania backup -o FILE`, `uznania restore FILE [--yes]` (both on
the database of `--db`), and `uznania db copy --to URL [--from URL]`, which moves a desk into an empty database and
verifies the copy table by table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.i18n import translate
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.maintenance import CopyReport, MaintenanceService
from app.services.registry import Services

CONFIRMATION = "YES"
SHORT_CHECKSUM = 16  # hex digits of a checksum the table format shows; json and csv keep all 64


def add_parsers(commands, format_option) -> None:
    backup = commands.add_parser("backup", help="copy the whole database into a file while the desk is in use "
                                 "(SQLite: a database file; PostgreSQL: a pg_dump archive)")
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    restore = commands.add_parser("restore", help="replace the whole database with a backup (a safety copy of it "
                                  "as it is is made first)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    db = commands.add_parser("db", help="the database as a whole").add_subparsers(dest="action", required=True)
    copy = db.add_parser("copy", help="copy every record into an empty database (e.g. the desk's file to a "
                         "PostgreSQL server) and verify the copy")
    copy.add_argument("--from", dest="from_url", metavar="URL", help="the database to copy (default: --db's)")
    copy.add_argument("--to", dest="to_url", required=True, metavar="URL", help="an empty database")
    format_option(copy)


def dispatch(args: argparse.Namespace, services: Services, emit, column) -> int:
    maintenance = MaintenanceService(services.ctx)
    if args.command == "backup":
        result = maintenance.backup(args.output)
        print(translate("Cli", "Backed up to {file}: {size} bytes, SHA-256 {sha256}.").format(
            file=result.path, size=result.size, sha256=result.sha256))
        return 0
    if args.command == "restore":
        if not args.yes and not _confirmed(maintenance.database_label, args.file):
            return 1
        result = maintenance.restore(args.file)
        print(translate("Cli", "Restored from {file} (made at database revision {revision}).").format(
            file=result.source, revision=result.revision))
        print(translate("Cli", "The database as it was before: {file}").format(file=result.safety_copy))
        return 0
    report = maintenance.copy(args.to_url, args.from_url)
    _print_report(report, args.format, emit, column)
    return 0 if report.ok else 1


def _confirmed(database: str, backup: Path) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        print(translate("Cli", "Error:"), translate(
            "Cli", "Restoring replaces the whole database and there is no terminal to confirm it in: add --yes."),
            file=sys.stderr)
        return False
    print(translate("Cli", "Everything in {database} will be replaced with the backup {file}; the database as it "
                           "is now is saved first.").format(database=database, file=backup), file=sys.stderr)
    try:
        answer = input(translate("Cli", "Type {word} to go on: ").format(word=CONFIRMATION))
    except EOFError:
        answer = ""
    if answer.strip() != CONFIRMATION:
        print(translate("Cli", "Not restored; nothing was changed."), file=sys.stderr)
        return False
    return True


def _print_report(report: CopyReport, fmt: str, emit, column) -> None:
    records = [{"table": t.name, "source_rows": t.source_rows, "target_rows": t.target_rows,
                "source_sha256": t.source_sha256, "target_sha256": t.target_sha256, "ok": t.ok}
               for t in report.tables]
    short = (lambda value: value[:SHORT_CHECKSUM]) if fmt == "table" else None
    columns = [
        column("table", QT_TRANSLATE_NOOP("Cli", "Table")),
        column("source_rows", QT_TRANSLATE_NOOP("Cli", "Rows (source)")),
        column("target_rows", QT_TRANSLATE_NOOP("Cli", "Rows (copy)")),
        column("source_sha256", QT_TRANSLATE_NOOP("Cli", "SHA-256 (source)"), short),
        column("target_sha256", QT_TRANSLATE_NOOP("Cli", "SHA-256 (copy)"), short),
        column("ok", QT_TRANSLATE_NOOP("Cli", "Equal"),
               lambda value: translate("Cli", "yes") if value else translate("Cli", "NO")),
    ]
    emit(records, columns, fmt)
    verdict = translate("Cli", "Verified: {rows} rows in {tables} tables are equal on both sides; copied from "
                               "{source} to {target} in {seconds} s.") if report.ok else translate(
        "Cli", "NOT verified: the tables marked NO differ, so nothing was copied; {target} is as it was.")
    print(verdict.format(rows=report.rows, tables=len(report.tables), source=report.source, target=report.target,
                         seconds=f"{report.seconds:.1f}"),
          file=sys.stdout if report.ok and fmt == "table" else sys.stderr)  # json and csv stay parseable
