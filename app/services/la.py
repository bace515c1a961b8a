"""The decision's Learning Agreement: imported from an EWP Online Learning Agreement (XML) or a CSV/XLSX table, or
entered by hand; one per decision, replaced as a whole.

Table A holds the courses abroad, Table B the home courses they are recognised as, Table C virtual or blended
components. A group ties Table A components to the Table B components they replace together (n:m): the same
group name on both sides. EWP agreements have no groups (see `la_ewp`); a CSV file gives them in its group column,
hand entry in its group field. An EWP import keeps the file's bytes, the signatures of the approved versions and
the pending change proposal (shown, not applied); the effective tables are what counts.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Decision, LAComponent, LearningAgreement, Student
from app.services import audit
from app.services.context import ServiceContext
from app.services.errors import AppError, ImportFileError, NotFound, Problem, ValidationError
from app.services.files import read_bounded
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.la_ewp import MAX_BYTES as MAX_XML_BYTES
from app.services.la_ewp import EwpAgreement, EwpComponent, EwpSignature, EwpVersion, looks_like_xml, read_ewp_la
from app.services.la_tables import (
    LIMITS,
    TABLES,
    ComponentInput,
    LearningAgreementRefused,
    check_component,
    components_from_table,
    parse_credits,
)
from app.services.permissions import Permission, check
from app.services.tabular import MAX_FILE_BYTES, read_csv_bytes, read_xlsx_bytes
from app.services.text import fold
from app.services.vocabulary import state_term
from app.services.workflow import FINAL

EWP, CSV, MANUAL = "ewp", "csv", "manual"


@dataclass(frozen=True)
class ComponentView:
    id: int
    table: str
    position: int
    code: str
    title: str
    ects: Decimal | None
    term: str
    group: str
    change: str  # "" or "inserted" (by an approved change)
    reason: str
    recognition_conditions: str


@dataclass(frozen=True)
class GroupView:
    """Table A components that together replace Table B components."""

    name: str
    table_a: tuple[ComponentView, ...]
    table_b: tuple[ComponentView, ...]
    ects_a: Decimal
    ects_b: Decimal


@dataclass(frozen=True)
class SignatureView:
    version: str  # first-version, approved-changes
    party: str  # student, sending-hei, receiving-hei
    name: str
    role: str  # the signer's position
    at: str  # ISO 8601 as signed, "" when not given


@dataclass(frozen=True)
class ProposedChange:
    table: str
    status: str  # inserted, deleted ("" in a proposed first version)
    code: str
    title: str
    ects: Decimal | None
    term: str
    reason: str
    recognition_conditions: str
    short_description: str


@dataclass(frozen=True)
class ProposalView:
    """A change of the agreement proposed and not yet approved: shown, never applied."""

    id: str
    changes: tuple[ProposedChange, ...]
    signatures: tuple[SignatureView, ...]
    student: dict[str, str]  # student data the proposal changes (given_names, family_name, global_id, birth_date)


@dataclass(frozen=True)
class LearningAgreementView:
    decision_id: int
    source: str  # ewp, csv, manual
    source_name: str
    omobility_id: str
    sending_hei: str
    receiving_hei: str
    receiving_hei_name: str
    version: str
    imported_at: datetime
    imported_by: str
    table_a: tuple[ComponentView, ...]
    table_b: tuple[ComponentView, ...]
    table_c: tuple[ComponentView, ...]
    ects_a: Decimal
    ects_b: Decimal
    ects_c: Decimal
    groups: tuple[GroupView, ...]
    pending: ProposalView | None
    signatures: tuple[SignatureView, ...]
    # read again from the kept EWP file ("" otherwise)
    sending_ounit: str = ""
    receiving_ounit: str = ""
    academic_year: str = ""
    student_name: str = ""
    student_birth_date: date | None = None
    mobility_start: str = ""
    mobility_end: str = ""
    sha256: str = ""  # of the imported file
    warnings: tuple[Problem, ...] = field(default=())

    def table(self, letter: str) -> tuple[ComponentView, ...]:
        return {"A": self.table_a, "B": self.table_b, "C": self.table_c}[letter]


@dataclass(frozen=True)
class ParsedAgreement:
    """What a file or hand entry says, ready to be stored."""

    source: str
    components: tuple[ComponentInput | EwpComponent, ...]
    agreement: EwpAgreement | None = None


# -- reading values --------------------------------------------------------------------------------------------
def _signature_record(version: str, signature: EwpSignature) -> dict:
    return {"version": version, "party": signature.party, "name": signature.name, "role": signature.position,
            "at": signature.at.isoformat() if signature.at else ""}


def _proposal_record(proposal: EwpVersion) -> dict:
    student = proposal.student
    return {
        "id": proposal.id,
        "components": [{"table": c.table, "status": c.status, "code": c.code, "los_id": c.los_id, "title": c.title,
                        "ects": None if c.ects is None else str(c.ects), "term": c.term, "reason": c.reason,
                        "recognition_conditions": c.recognition_conditions,
                        "short_description": c.short_description} for c in proposal.components],
        "signatures": [_signature_record(proposal.kind, s) for s in proposal.signatures],
        "student": {} if student is None else {
            key: value for key, value in (("given_names", student.given_names), ("family_name", student.family_name),
                                          ("global_id", student.global_id),
                                          ("birth_date", student.birth_date.isoformat() if student.birth_date else ""))
            if value},
    }


def format_credits(value: Decimal | None) -> str:
    """ECTS credits as people write them: 6, 7.5 ("" when not given)."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _in_order(components: Sequence[LAComponent]) -> list[LAComponent]:
    """Table by table (A, B, C), each in its order."""
    return sorted(components, key=lambda c: (TABLES.index(c.table) if c.table in TABLES else len(TABLES), c.position))


def _sum(components) -> Decimal:
    return sum((c.ects for c in components if c.ects is not None), start=Decimal(0))


def _summary(agreement: LearningAgreement) -> dict:
    """What the audit log keeps of an agreement: its origin and its tables in short."""
    tables = {letter: [f"{c.code} {c.title} ({format_credits(c.ects)})".strip()
                       + (f" [{c.group}]" if c.group else "")
                       for c in agreement.components if c.table == letter] for letter in TABLES}
    return {"source": agreement.source, "source_name": agreement.source_name, "omobility_id": agreement.omobility_id,
            "version": agreement.version,
            "sha256": hashlib.sha256(agreement.raw).hexdigest() if agreement.raw else "",
            **{f"table_{letter.lower()}": rows for letter, rows in tables.items() if rows},
            "ects": {letter: format_credits(_sum([c for c in agreement.components if c.table == letter]))
                     for letter in TABLES if tables[letter]},
            "pending": agreement.pending.get("id") if agreement.pending else None}


def _group_warnings(components: Sequence[ComponentView]) -> list[Problem]:
    warnings = []
    groups: dict[str, set[str]] = {}
    for c in components:
        if c.group and c.table in ("A", "B"):
            groups.setdefault(c.group, set()).add(c.table)
    for name, tables in groups.items():
        if tables != {"A", "B"}:
            present = next(iter(tables))
            warnings.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Group {group} has components in Table {present} but none in Table {missing}."),
                group=name, present=present, missing="B" if present == "A" else "A"))
    return warnings


class LearningAgreementService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------------------
    @staticmethod
    def read(data: bytes, source_name: str = "", omobility_id: str | None = None) -> ParsedAgreement:
        """What a Learning Agreement file holds, whatever its name says: an EWP XML response, an XLSX workbook
        or a CSV table. Nothing is written. Raises `LearningAgreementUnreadable`, `ImportFileError` or
        `LearningAgreementRefused` (rows with problems)."""
        if looks_like_xml(data):
            agreement = read_ewp_la(data, omobility_id)
            return ParsedAgreement(EWP, agreement.components, agreement)
        if data.startswith(b"PK\x03\x04"):
            table = read_xlsx_bytes(data)
        elif data.startswith(b"\xd0\xcf\x11\xe0"):
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Errors", "The file {name} is an old Excel (.xls) workbook; save it as .xlsx or CSV."),
                name=source_name)
        elif b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Errors", "The file {name} is neither an EWP Learning Agreement (XML) nor a CSV or XLSX table."),
                name=source_name)
        else:
            table = read_csv_bytes(data)
        return ParsedAgreement(CSV, components_from_table(table, source_name))

    def get(self, decision_id: int) -> LearningAgreementView | None:
        """The decision's Learning Agreement, or None when it has none."""
        with self.ctx.reading() as session:
            decision = session.get(Decision, decision_id)
            if decision is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Decision {id} does not exist."), id=decision_id)
            agreement = self._agreement(session, decision_id)
            if agreement is None:
                return None
            student = session.get(Student, decision.student_id)
            return self._view(agreement, student)

    # -- changing --------------------------------------------------------------------------------------------
    def import_file(self, decision_id: int, path: Path, omobility_id: str | None = None) -> LearningAgreementView:
        """Import a Learning Agreement file into the decision, replacing its agreement (see `import_bytes`)."""
        path = Path(path)
        check(self.ctx, Permission.LA_IMPORT)
        data = read_bounded(path, max(MAX_XML_BYTES, MAX_FILE_BYTES))
        return self.import_bytes(decision_id, data, path.name, omobility_id)

    def import_bytes(self, decision_id: int, data: bytes, source_name: str = "",
                     omobility_id: str | None = None) -> LearningAgreementView:
        """Import an EWP Learning Agreement (XML) or a CSV/XLSX table into the decision, replacing whatever agreement
        it had, in one transaction with an audit entry. An EWP file is kept as received with its signatures and
        pending proposal; `omobility_id` chooses among several agreements of one response. Refused, with nothing
        changed, for an approved or cancelled decision or a file that cannot be read."""
        check(self.ctx, Permission.LA_IMPORT)
        parsed = self.read(data, source_name, omobility_id)
        self._store(decision_id, parsed, data, source_name, "la.import")
        return self.get(decision_id)

    def save_manual(self, decision_id: int, components: Sequence[ComponentInput]) -> LearningAgreementView:
        """Save the agreement as entered by hand (tables, codes, titles, ECTS, terms, groups), replacing the
        decision's agreement. When only the groups of the stored components change, the agreement keeps its origin
        (an EWP file with its signatures and proposal); any other change makes it a hand-entered agreement.
        Refused when a row has no title, credits below 0 or an unknown table, or for a final decision."""
        check(self.ctx, Permission.LA_CHANGE)  # changes to the LA are made only with the coordinator
        cleaned, problems = [], []
        for number, item in enumerate(components, start=1):
            component, wrong = check_component(number, item)
            cleaned.append(component)
            problems.extend(wrong)
        if problems:
            raise LearningAgreementRefused(problems)
        if not cleaned:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Enter at least one component; to drop the Learning Agreement, remove it."))
        self._store(decision_id, ParsedAgreement(MANUAL, tuple(cleaned)), None, "", "la.manual")
        return self.get(decision_id)

    def remove(self, decision_id: int) -> None:
        """Drop the decision's Learning Agreement (refused for a final decision)."""
        check(self.ctx, Permission.LA_CHANGE)
        with self.ctx.transaction() as session:
            self._changeable(session, decision_id)
            agreement = self._agreement(session, decision_id)
            if agreement is None:
                return
            audit.record(session, self.ctx, "la.remove", "decision", decision_id, before=_summary(agreement))
            session.delete(agreement)

    # -- storing ---------------------------------------------------------------------------------------------
    @staticmethod
    def _agreement(session: Session, decision_id: int) -> LearningAgreement | None:
        return session.scalar(select(LearningAgreement).where(LearningAgreement.decision_id == decision_id))

    @staticmethod
    def _changeable(session: Session, decision_id: int) -> Decision:
        decision = session.get(Decision, decision_id, with_for_update=True)
        if decision is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Decision {id} does not exist."), id=decision_id)
        if decision.state in FINAL:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Decision {number} is {state}: its Learning Agreement can no longer be changed."),
                number=decision.number, state=state_term(decision.state))
        return decision

    def _store(self, decision_id: int, parsed: ParsedAgreement, raw: bytes | None, source_name: str,
               action: str) -> None:
        with self.ctx.transaction() as session:
            self._changeable(session, decision_id)
            existing = self._agreement(session, decision_id)
            before = _summary(existing) if existing is not None else None
            if parsed.source == MANUAL and existing is not None and self._only_groups(existing, parsed.components):
                changed = [(c, e.group) for c, e in zip(_in_order(existing.components), parsed.components,
                                                        strict=True)
                           if c.group != e.group]
                if not changed:
                    return
                for component, group in changed:
                    component.group = group
                session.flush()
                audit.record(session, self.ctx, "la.groups", "decision", decision_id, before=before,
                             after=_summary(existing))
                return
            if existing is not None:
                session.delete(existing)
                session.flush()  # the decision's one agreement is gone before the new one comes
            agreement = self._new_agreement(decision_id, parsed, raw, source_name)
            session.add(agreement)
            session.flush()
            audit.record(session, self.ctx, action, "decision", decision_id, before=before, after=_summary(agreement),
                         reason=source_name)

    @staticmethod
    def _only_groups(existing: LearningAgreement, entered: Sequence[ComponentInput]) -> bool:
        """Whether the entered components are the stored ones, in order, apart from their groups."""
        stored = _in_order(existing.components)
        return len(stored) == len(entered) and all(
            (s.table, s.code, s.title, s.ects, s.term, s.recognition_conditions)
            == (e.table, e.code, e.title, e.ects, e.term, e.recognition_conditions)
            for s, e in zip(stored, entered, strict=True))

    def _new_agreement(self, decision_id: int, parsed: ParsedAgreement, raw: bytes | None,
                       source_name: str) -> LearningAgreement:
        ewp = parsed.agreement
        agreement = LearningAgreement(
            decision_id=decision_id, source=parsed.source, source_name=source_name[:300],
            imported_by=self.ctx.actor.login, raw=raw, signatures=[], pending=None)
        if ewp is not None:
            agreement.omobility_id = ewp.omobility_id[:100]
            agreement.sending_hei = ewp.sending_hei[:200]
            agreement.receiving_hei = ewp.receiving_hei[:200]
            agreement.receiving_hei_name = ewp.receiving_hei_name[:300]
            agreement.version = ewp.version[:100]
            agreement.signatures = [_signature_record(version.kind, s)
                                    for version in (ewp.first_version, ewp.approved_changes) if version is not None
                                    for s in version.signatures]
            agreement.pending = _proposal_record(ewp.pending) if ewp.pending is not None else None
        positions = dict.fromkeys(TABLES, 0)
        for item in parsed.components:
            if isinstance(item, EwpComponent):
                values = {"code": item.code, "title": item.title, "term": item.term, "group": "",
                          "change": item.status, "reason": item.reason}
            else:
                values = {"code": item.code, "title": item.title, "term": item.term, "group": item.group,
                          "change": "", "reason": ""}
            agreement.components.append(LAComponent(
                table=item.table, position=positions[item.table], ects=item.ects,
                recognition_conditions=item.recognition_conditions,
                **{key: value[:LIMITS[key]] if key in LIMITS else value for key, value in values.items()}))
            positions[item.table] += 1
        return agreement

    # -- showing ---------------------------------------------------------------------------------------------
    def _view(self, agreement: LearningAgreement, student: Student) -> LearningAgreementView:
        components = [ComponentView(c.id, c.table, c.position, c.code, c.title, c.ects, c.term, c.group, c.change,
                                    c.reason, c.recognition_conditions) for c in agreement.components]
        tables = {letter: tuple(sorted((c for c in components if c.table == letter), key=lambda c: c.position))
                  for letter in TABLES}
        names = list(dict.fromkeys(c.group for c in components if c.group))
        groups = tuple(GroupView(name, tuple(c for c in tables["A"] if c.group == name),
                                 tuple(c for c in tables["B"] if c.group == name),
                                 _sum(c for c in tables["A"] if c.group == name),
                                 _sum(c for c in tables["B"] if c.group == name)) for name in names)
        warnings = _group_warnings(components)
        details: dict[str, object] = {}
        if agreement.source == EWP and agreement.raw:
            details, more = self._details(agreement, student)
            warnings.extend(more)
        return LearningAgreementView(
            decision_id=agreement.decision_id, source=agreement.source, source_name=agreement.source_name,
            omobility_id=agreement.omobility_id, sending_hei=agreement.sending_hei,
            receiving_hei=agreement.receiving_hei, receiving_hei_name=agreement.receiving_hei_name,
            version=agreement.version, imported_at=agreement.imported_at, imported_by=agreement.imported_by,
            table_a=tables["A"], table_b=tables["B"], table_c=tables["C"], ects_a=_sum(tables["A"]),
            ects_b=_sum(tables["B"]), ects_c=_sum(tables["C"]), groups=groups,
            pending=self._proposal(agreement.pending) if agreement.pending else None,
            signatures=tuple(SignatureView(s.get("version", ""), s.get("party", ""), s.get("name", ""),
                                           s.get("role", ""), s.get("at", "")) for s in agreement.signatures or ()),
            sha256=hashlib.sha256(agreement.raw).hexdigest() if agreement.raw else "",
            warnings=tuple(warnings), **details)

    @staticmethod
    def _details(agreement: LearningAgreement, student: Student) -> tuple[dict[str, object], list[Problem]]:
        """The header of the kept EWP file (student, period, units) and whether it names the decision's student."""
        try:
            ewp = read_ewp_la(agreement.raw, agreement.omobility_id or None)
        except AppError as error:  # stored by an earlier version of the reader; shown, not fatal
            return {}, [Problem(error.message, **error.params)]
        details = {"sending_ounit": ewp.sending_ounit, "receiving_ounit": ewp.receiving_ounit,
                   "academic_year": ewp.academic_year, "student_name": ewp.student.full_name,
                   "student_birth_date": ewp.student.birth_date, "mobility_start": ewp.mobility_start,
                   "mobility_end": ewp.mobility_end}
        warnings = list(ewp.warnings)
        family = set(fold(ewp.student.family_name).replace("-", " ").split())
        if family and not family & set(fold(student.family_name).replace("-", " ").split()):
            warnings.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "The Learning Agreement is for {name}, but the decision is for {student}."),
                name=ewp.student.full_name, student=f"{student.given_names} {student.family_name}"))
        elif ewp.student.birth_date and student.birth_date and ewp.student.birth_date != student.birth_date:
            warnings.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "The Learning Agreement gives the birth date {date}, the student's is {student_date}."),
                date=ewp.student.birth_date.isoformat(), student_date=student.birth_date.isoformat()))
        return details, warnings

    @staticmethod
    def _proposal(record: dict) -> ProposalView:
        changes = []
        for c in record.get("components", ()):
            ects, _ = parse_credits(c.get("ects"))
            changes.append(ProposedChange(c.get("table", ""), c.get("status", ""), c.get("code", ""),
                                          c.get("title", ""), ects, c.get("term", ""), c.get("reason", ""),
                                          c.get("recognition_conditions", ""), c.get("short_description", "")))
        signatures = tuple(SignatureView(s.get("version", ""), s.get("party", ""), s.get("name", ""),
                                         s.get("role", ""), s.get("at", "")) for s in record.get("signatures", ()))
        return ProposalView(record.get("id", ""), tuple(changes), signatures, dict(record.get("student") or {}))
