"""The command line's audit log: `uznania audit` prints the events that match, or exports them to a file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.i18n import translate
from app.services.audit import AuditEntry, AuditFilter, change_summary
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.registry import Services

TABLE_CELL = 60  # the table format cuts longer changes and reasons; json and csv keep them whole


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return value


def add_parser(commands, date_type, format_option) -> None:
    audit = commands.add_parser("audit", help="read the audit log (who changed what, when and why), newest first")
    audit.add_argument("--actor", metavar="LOGIN", help="only what this person did")
    audit.add_argument("--action", metavar="PREFIX", help='only actions starting so, e.g. "decision." or '
                       '"decision.move"')
    audit.add_argument("--entity", metavar="E", help='only records of this kind, e.g. "decision" or "student"')
    audit.add_argument("--id", dest="entity_id", metavar="ID", help="only the record with this ID")
    audit.add_argument("--since", type=date_type, metavar="YYYY-MM-DD", help="from this day on (local time)")
    audit.add_argument("--until", type=date_type, metavar="YYYY-MM-DD", help="up to and including this day")
    audit.add_argument("--search", dest="text", metavar="TEXT", help="text in the reason or the values")
    audit.add_argument("--limit", type=_count, metavar="N", help="at most N events (default: all)")
    format_option(audit)
    audit.add_argument("-o", "--output", type=Path, metavar="FILE",
                       help="write a .csv or .xlsx file instead (the export is recorded in the audit log)")


def _local(entry: AuditEntry) -> str:
    return entry.at.astimezone().isoformat(timespec="seconds")


def _cut(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= TABLE_CELL else text[:TABLE_CELL - 1] + "…"


def _json_text(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def audit_records(entries, fmt: str) -> list[dict]:
    """The events as the command prints them: json keeps the values as objects, csv as JSON text, the table
    shows the change in one column."""
    records = []
    for e in entries:
        record = {"id": e.id, "at": _local(e), "actor": e.actor, "action": e.action, "entity": e.entity,
                  "entity_id": e.entity_id, "before": e.before, "after": e.after, "reason": e.reason}
        if fmt == "csv":
            record["before"], record["after"] = _json_text(e.before), _json_text(e.after)
        elif fmt == "table":
            record["at"] = f"{e.at.astimezone():%Y-%m-%d %H:%M}"
            record["change"] = change_summary(e.before, e.after)
        records.append(record)
    return records


def dispatch(args: argparse.Namespace, services: Services, emit, column) -> int:
    criteria = AuditFilter(actor=args.actor, action=args.action, entity=args.entity, entity_id=args.entity_id,
                           text=args.text, date_from=args.since, date_to=args.until, limit=args.limit)
    if args.output is not None:
        count = services.audit.export(criteria, args.output)
        print(translate("Cli", "Audit events exported to {file}: {count}.").format(count=count, file=args.output))
        return 0
    entries = services.audit.search(criteria).entries
    if args.format == "table":
        columns = [
            column("id", QT_TRANSLATE_NOOP("Cli", "ID")),
            column("at", QT_TRANSLATE_NOOP("Cli", "Time")),
            column("actor", QT_TRANSLATE_NOOP("Cli", "Who")),
            column("action", QT_TRANSLATE_NOOP("Cli", "Action")),
            column("entity", QT_TRANSLATE_NOOP("Cli", "Record")),
            column("entity_id", QT_TRANSLATE_NOOP("Cli", "Record ID")),
            column("change", QT_TRANSLATE_NOOP("Cli", "Change"), _cut),
            column("reason", QT_TRANSLATE_NOOP("Cli", "Reason"), _cut),
        ]
    else:
        columns = [column(key, key) for key in ("id", "at", "actor", "action", "entity", "entity_id", "before",
                                                "after", "reason")]
    emit(audit_records(entries, args.format), columns, args.format)
    return 0
