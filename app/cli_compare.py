"""The command line's comparison: `uznania compare ID`."""

from __future__ import annotations

import argparse
import json
import sys

from app.i18n import translate
from app.services.comparison import Comparison
from app.services.registry import Services
from app.services.vocabulary import LINE_STATUS_LABELS


def add_parser(commands, record_id) -> None:
    compare = commands.add_parser("compare", help="compare a decision's foreign courses with the grid and the LA")
    compare.add_argument("id", type=record_id)
    compare.add_argument("--accept-proposals", action="store_true", help="take every proposal as a line first")
    compare.add_argument("--format", choices=("table", "json"), default="table")


def _number(value) -> float | None:
    return None if value is None else float(value)


def comparison_record(c: Comparison) -> dict:
    home = {h.id: h for h in c.home}
    foreign = {f.id: f for f in c.foreign}
    names = lambda ids, table, key: [key(table[i]) for i in ids if i in table]  # noqa: E731
    return {
        "decision": c.decision_id,
        "academic_year": c.academic_year,
        "semesters": list(c.semesters),
        "lines": [{"id": line.id, "status": line.status, "origin": line.origin, "score": line.score,
                   "foreign": names(line.foreign_ids, foreign, lambda f: f.code or f.title),
                   "home": names(line.home_ids, home, lambda h: h.code)} for line in c.lines],
        "proposals": [{"origin": p.origin, "score": p.score, "reason": p.reason.render(translate),
                       "foreign": names(p.foreign_ids, foreign, lambda f: f.code or f.title),
                       "home": names(p.home_ids, home, lambda h: h.code)} for p in c.proposals],
        "flags": {foreign[i].code or foreign[i].title: [p.render(translate) for p in problems]
                  for i, problems in c.flags.items()},
        "obligations": [{"code": h.code, "name": h.name_pl, "ects": _number(h.ects), "semester": h.semester,
                         "deadline": c.obligation_deadline.isoformat()} for h in c.obligations],
        "ects_foreign_passed": _number(c.ects_foreign_passed),
        "ects_recognised": _number(c.ects_recognised),
        "ects_required": _number(c.ects_required),
        "semester_credited": c.semester_credited,
        "verdict": c.verdict.render(translate),
    }


def dispatch(args: argparse.Namespace, services: Services) -> int:
    if args.accept_proposals:
        services.comparison.accept_proposals(args.id)
    record = comparison_record(services.comparison.compare(args.id))
    if args.format == "json":
        json.dump(record, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for line in record["lines"]:
        status = translate("LineStatus", LINE_STATUS_LABELS.get(line["status"], line["status"]))
        print(f"{status:<16} {', '.join(line['foreign']):<30} → {', '.join(line['home'])}")
    for proposal in record["proposals"]:
        print(f"? {', '.join(proposal['foreign']):<30} → {', '.join(proposal['home']):<20} {proposal['reason']}")
    for obligation in record["obligations"]:
        print(f"! {obligation['code']} {obligation['name']} ({obligation['ects']:g} ECTS) — {obligation['deadline']}")
    print(record["verdict"])
    return 0
