"""The append-only audit log: who, when, what, before and after, why."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from pathlib import Path

from sqlalchemy import Select, Text, cast, func, or_, select
from sqlalchemy.orm import Session

from app.models import AuditEvent
from app.services.context import ServiceContext
from app.services.errors import AppError, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check


def _jsonable(value):
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(session: Session, ctx: ServiceContext, action: str, entity: str, entity_id: object, *,
           before: dict | None = None, after: dict | None = None, reason: str = "") -> None:
    """Add an audit event to the caller's transaction: it lands exactly when the change does."""
    session.add(AuditEvent(actor=ctx.actor.login, action=action, entity=entity, entity_id=str(entity_id),
                           before=_jsonable(before), after=_jsonable(after), reason=reason))


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict | None
    after: dict | None
    reason: str


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def events_for(self, entity: str, entity_id: object) -> list[AuditEntry]:
        with self.ctx.reading() as session:
            rows = session.scalars(
                select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id == str(entity_id))
                .order_by(AuditEvent.id)
            )
            return [AuditEntry(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.before, e.after, e.reason)
                    for e in rows]

    def latest_id(self) -> int:
        """The newest event's number (0 for none): every change is logged, so a new number means something changed,
        here or on another workstation. Says nothing else, so it needs no permission."""
        with self.ctx.reading() as session:
            return session.scalar(select(func.max(AuditEvent.id))) or 0

    # -- the log page and the command line -------------------------------------------------------------------
    def search(self, criteria: AuditFilter | None = None) -> AuditPage:
        """The events that match, newest first, one page of them, with how many match in all."""
        check(self.ctx, Permission.AUDIT_READ)
        criteria = criteria or AuditFilter()
        conditions = _conditions(criteria)
        with self.ctx.reading() as session:
            total = session.scalar(select(func.count(AuditEvent.id)).where(*conditions)) or 0
            events = session.scalars(_newest_first(select(AuditEvent).where(*conditions), criteria))
            return AuditPage(tuple(_entry(e) for e in events), total, criteria.offset)

    def actions(self) -> list[str]:
        """Every action the log holds, for the filter's choices."""
        check(self.ctx, Permission.AUDIT_READ)
        with self.ctx.reading() as session:
            return list(session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))

    def actors(self) -> list[str]:
        """Everyone who appears in the log, for the filter's choices."""
        check(self.ctx, Permission.AUDIT_READ)
        with self.ctx.reading() as session:
            return list(session.scalars(select(AuditEvent.actor).distinct().order_by(AuditEvent.actor)))

    def export(self, criteria: AuditFilter, path: Path, fmt: str | None = None) -> int:
        """Write the matching events (all of them unless `criteria.limit` says otherwise) to a CSV or XLSX file;
        returns how many. The export is itself an audited event: it is recorded in the transaction that reads
        the rows, so no copy of the log leaves the desk without a trace. The file appears whole or not at all."""
        check(self.ctx, Permission.AUDIT_EXPORT)
        path = Path(path)
        fmt = (fmt or path.suffix.lstrip(".")).lower()
        if fmt not in EXPORT_FORMATS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The audit log is exported as CSV or XLSX, not {kind}."),
                                  kind=fmt or path.name)
        try:
            handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".part")
            os.close(handle)
        except OSError as exc:
            raise _unwritable(path, exc) from exc
        try:
            with self.ctx.transaction() as session:
                events = session.scalars(_newest_first(select(AuditEvent).where(*_conditions(criteria)), criteria))
                count = _WRITERS[fmt](Path(temp), (_export_row(e) for e in events))
                record(session, self.ctx, "audit.export", "audit_events", path.name[:100],
                       after={"filter": criteria.described(), "rows": count, "format": fmt, "file": str(path)})
            # Committed first, moved into place after: a failed move leaves an audited attempt, never an
            # unaudited file.
            os.replace(temp, path)
        except OSError as exc:
            raise _unwritable(path, exc) from exc
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
        return count


@dataclass(frozen=True)
class AuditFilter:
    """What to look for in the log. Empty fields do not narrow; dates are local calendar days, both inclusive."""

    actor: str | None = None  # login, exactly
    action: str | None = None  # the start of the action: "decision." finds every decision event
    entity: str | None = None
    entity_id: str | None = None
    text: str | None = None  # contained in the reason or in the values before or after
    date_from: date | None = None
    date_to: date | None = None
    limit: int | None = None  # None: every matching event
    offset: int = 0

    def next_page(self, shown: int) -> AuditFilter:
        return replace(self, offset=self.offset + shown)

    def described(self) -> dict[str, object]:
        """The criteria that narrow, for the record of an export."""
        return {key: value.isoformat() if isinstance(value, date) else value
                for key, value in asdict(self).items()
                if value not in (None, "") and not (key == "offset" and value == 0)}


@dataclass(frozen=True)
class AuditPage:
    entries: tuple[AuditEntry, ...]
    total: int  # how many events match in all
    offset: int = 0

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.entries) < self.total


def _entry(e: AuditEvent) -> AuditEntry:
    return AuditEntry(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.before, e.after, e.reason)


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _local_midnight(day: date) -> datetime:
    """The start of a local calendar day as a UTC instant (the column holds UTC)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _text_patterns(text: str) -> tuple[set[str], set[str]]:
    """What to look for in the reason, and in the JSON values. The JSON columns hold `json.dumps` text, whose
    default escapes every non-ASCII letter ("Łódzka" is stored as "\\u0141\\u00f3dzka"), so the escaped form is
    looked for too. The database folds only ASCII case (SQLite's LIKE and lower()), so the usual spellings of a
    word are tried: as typed, lower case, upper case, capitalised."""
    spellings = {text, text.lower(), text.upper(), text.capitalize(), text.title()}
    return spellings, spellings | {json.dumps(s)[1:-1] for s in spellings}


def _conditions(criteria: AuditFilter) -> list:
    """Conditions that can use the indexes on `at` and `entity_id`; the text search alone must scan."""
    found = []
    if actor := _clean(criteria.actor):
        found.append(AuditEvent.actor == actor)
    if action := _clean(criteria.action):
        found.append(AuditEvent.action.startswith(action, autoescape=True))
    if entity := _clean(criteria.entity):
        found.append(AuditEvent.entity == entity)
    if entity_id := _clean(criteria.entity_id):
        found.append(AuditEvent.entity_id == entity_id)
    if criteria.date_from is not None:
        found.append(AuditEvent.at >= _local_midnight(criteria.date_from))
    if criteria.date_to is not None:
        found.append(AuditEvent.at < _local_midnight(criteria.date_to + timedelta(days=1)))
    if text := _clean(criteria.text):
        plain, in_json = _text_patterns(text)
        found.append(or_(
            *(AuditEvent.reason.icontains(p, autoescape=True) for p in sorted(plain)),
            *(cast(column, Text).icontains(p, autoescape=True)
              for column in (AuditEvent.before, AuditEvent.after) for p in sorted(in_json)),
        ))
    return found


def _newest_first(query: Select, criteria: AuditFilter) -> Select:
    query = query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if criteria.offset > 0:
        query = query.offset(criteria.offset)
    if criteria.limit is not None:
        query = query.limit(max(0, criteria.limit))
    return query


def change_summary(before: dict | None, after: dict | None) -> str:
    """Before → after in one line: the values that changed, or what was set or removed."""
    before, after = before or {}, after or {}
    if not isinstance(before, dict) or not isinstance(after, dict):
        return f"{_short(before)} → {_short(after)}"
    parts = []
    for key in list(before) + [k for k in after if k not in before]:
        old, new = before.get(key), after.get(key)
        if key not in after:
            parts.append(f"{key}: {_short(old)} → —")
        elif key not in before:
            if new not in (None, "", [], {}):  # a new record's empty fields say nothing
                parts.append(f"{key}: {_short(new)}")
        elif old != new:
            parts.append(f"{key}: {_short(old)} → {_short(new)}")
    return "; ".join(parts)


def _short(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value or '""'
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def pretty_json(value: object) -> str:
    """A stored value as a person reads it: indented, Polish letters as letters."""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


# -- export ------------------------------------------------------------------------------------------------------
EXPORT_FORMATS = ("csv", "xlsx")
EXPORT_COLUMNS = ("id", "at", "actor", "action", "entity", "entity_id", "before", "after", "reason")
XLSX_CELL_LIMIT = 32_767  # the most characters Excel holds in a cell; a longer one makes it "repair" the file


def _json_text(value: object) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _export_row(e: AuditEvent) -> list[object]:
    return [e.id, e.at.astimezone().isoformat(timespec="seconds"), e.actor, e.action, e.entity, e.entity_id,
            _json_text(e.before), _json_text(e.after), e.reason or ""]


def _defused(value: object) -> object:
    """A text cell that a spreadsheet would take for a formula (=, +, -, @) is prefixed with an apostrophe, so
    that opening the export never runs what someone typed as a reason."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _write_csv(path: Path, rows: Iterable[list[object]]) -> int:
    # UTF-8 with a byte order mark: without the BOM Excel reads the file in the ANSI code page and Polish
    # letters come out garbled. Semicolons: Excel in a Polish locale splits columns on the list separator, which
    # is ";" there (the comma is the decimal separator), so a comma-separated file would open as one column.
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(EXPORT_COLUMNS)
        for row in rows:
            writer.writerow([_defused(value) for value in row])
            count += 1
    return count


def _write_xlsx(path: Path, rows: Iterable[list[object]]) -> int:
    from openpyxl import Workbook  # imported here: slow to load, and only exports need it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("audit")
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHI", (8, 26, 14, 22, 16, 16, 50, 50, 40), strict=True):
        sheet.column_dimensions[letter].width = width

    def cell(value: object, bold: bool = False) -> WriteOnlyCell:
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
            if len(value) > XLSX_CELL_LIMIT:
                value = value[:XLSX_CELL_LIMIT - 1] + "…"
        made = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            made.data_type = "s"  # text stays text: "=…" is not made a formula
        if bold:
            made.font = Font(bold=True)
        return made

    sheet.append([cell(title, bold=True) for title in EXPORT_COLUMNS])
    count = 0
    for row in rows:
        sheet.append([cell(value) for value in row])
        count += 1
    workbook.save(path)
    return count


_WRITERS = {"csv": _write_csv, "xlsx": _write_xlsx}


def _unwritable(path: Path, exc: OSError) -> AppError:
    return AppError(QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be written: {detail}"),
                    name=path.name, detail=exc.strerror or exc)
