"""Reading an EWP Online Learning Agreement: an `omobility-las-get-response` of the EWP Outgoing Mobility Learning
Agreements API (stable-v1), as a file the receiving or sending system exported. Pure: bytes in, frozen values out.

The document is parsed as the returned ELMO documents are (`elmo.xmlsafe`: no DTD, no entities, no network, a
document type declaration refused before parsing) and read by local name in whatever namespace it comes: the
stable-v1 namespace, an older or newer one, or none; unknown elements are ignored, as the EWP rules ask.

What an agreement holds (the tables of the EUC Learning Agreement template):

* ``components-studied`` is Table A (courses at the receiving institution), ``components-recognized`` Table B
  (the home courses they are recognised as), ``virtual-components`` and ``blended-mobility-components`` Table C
  (virtual and blended components); ``short-term-doctoral-components`` are studied abroad and go to Table A.
* ``first-version`` is the first version signed by all three parties (Tables A, B, C).
* ``approved-changes`` is the latest approved LIST OF CHANGES TO THE FIRST VERSION (Tables A2, B2, C2): each
  approval replaces this list as a whole, so it is never stacked on an earlier list of changes. Its components
  carry ``status="inserted"`` or ``status="deleted"``.
* ``changes-proposal`` (with an ``id``) is a change proposed and not yet approved by every party; it too lists
  changes against the first version (or, while no version was ever approved, the proposed first version itself).

The effective tables (what was agreed and counts for the recognition):

1. start from the components of ``first-version``, table by table, in document order;
2. apply the components of ``approved-changes`` one after another, in document order:
   - an ``inserted`` component is appended to the end of its table, marked "inserted", with its reason;
   - a ``deleted`` component removes ONE component of its table that it identifies, the way the EWP
     specification identifies components: by ``los-id`` when the deletion carries one, else by ``los-code``,
     else by ``title`` (case, accents and spacing ignored); a candidate whose ``los-id`` (or ``los-code``)
     differs from a given one of the deletion is never taken, and among equal candidates the one with the same
     term, then the same ECTS credits, then the earliest wins. Components inserted earlier in the same list can
     be deleted by a later entry. A deletion that identifies nothing is ignored with a warning;
   - a component without a status in a list of changes is ignored with a warning;
3. ``changes-proposal`` is NOT applied: it is returned apart (`EwpAgreement.pending`), to be shown.

Without ``first-version`` there is no agreed version yet: the tables are empty, with a warning, and the proposal
is shown. The reason of a change is read from ``reason-code`` (the schema's spelling) or ``reason`` (the spelling
of the specification's scenario examples), with ``reason-text`` beside it. The signatures of a version are those
of the student, the sending HEI's and the receiving HEI's signers (name, position, e-mail, time, application).
The format has no groups of components that replace each other; none are made up here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from lxml import etree

from app.services.elmo.names import local_name, namespace_of, split_tag
from app.services.elmo.types import ElmoUnreadable
from app.services.elmo.xmlsafe import parse_document
from app.services.errors import AppError, Problem
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.text import fold

__all__ = ["DELETED", "INSERTED", "LAS_NAMESPACE", "MAX_BYTES", "EwpAgreement", "EwpComponent", "EwpSignature",
           "EwpStudent", "EwpVersion", "LearningAgreementUnreadable", "effective_components", "looks_like_xml",
           "read_ewp_la"]

LAS_NAMESPACE = ("https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/"
                 "get-response.xsd")
RESPONSE = "omobility-las-get-response"
MAX_BYTES = 10_000_000  # a Learning Agreement is a few kilobytes; a response with many of them still far below
MAX_CREDITS = Decimal(999)

INSERTED, DELETED = "inserted", "deleted"
FIRST_VERSION, APPROVED_CHANGES, CHANGES_PROPOSAL = "first-version", "approved-changes", "changes-proposal"

# Lists of components and the table of the EUC template each one is.
TABLES = {"components-studied": "A", "components-recognized": "B", "virtual-components": "C",
          "blended-mobility-components": "C", "short-term-doctoral-components": "A"}
SIGNATURES = (("student-signature", "student"), ("sending-hei-signature", "sending-hei"),
              ("receiving-hei-signature", "receiving-hei"))


class LearningAgreementUnreadable(AppError):
    """The bytes are not a readable EWP Learning Agreement (XML, size, hostile constructs, another document, or a
    response whose agreement cannot be chosen)."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The Learning Agreement cannot be read.")


@dataclass(frozen=True)
class EwpComponent:
    table: str  # A, B, C
    title: str
    los_id: str = ""
    los_code: str = ""
    loi_id: str = ""
    ects: Decimal | None = None
    term: str = ""  # the academic term's display name, else its number out of the total ("2/2")
    recognition_conditions: str = ""
    short_description: str = ""
    status: str = ""  # "", inserted, deleted (in a list of changes)
    reason_code: str = ""
    reason_text: str = ""

    @property
    def code(self) -> str:
        """The code to show: the human-readable LOS code (the LOS ID is a surrogate key, not for people)."""
        return self.los_code

    @property
    def reason(self) -> str:
        """The reason of a change, code and text together ("" when neither is given)."""
        return ": ".join(part for part in (self.reason_code, self.reason_text) if part)


@dataclass(frozen=True)
class EwpSignature:
    party: str  # student, sending-hei, receiving-hei
    name: str
    position: str = ""
    email: str = ""
    at: datetime | None = None
    app: str = ""


@dataclass(frozen=True)
class EwpStudent:
    given_names: str = ""
    family_name: str = ""
    global_id: str = ""
    birth_date: date | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_names, self.family_name) if part)


@dataclass(frozen=True)
class EwpVersion:
    """`first-version`, `approved-changes` or `changes-proposal`: components (with a status in lists of changes)
    and signatures; a proposal may carry the student data that changed."""

    kind: str
    id: str
    components: tuple[EwpComponent, ...]
    signatures: tuple[EwpSignature, ...]
    student: EwpStudent | None = None

    def table(self, letter: str) -> tuple[EwpComponent, ...]:
        return tuple(c for c in self.components if c.table == letter)


@dataclass(frozen=True)
class EwpAgreement:
    omobility_id: str
    sending_hei: str
    sending_ounit: str
    receiving_hei: str
    receiving_ounit: str
    receiving_hei_name: str
    academic_year: str
    student: EwpStudent
    mobility_start: str  # a date or a year and month, as written
    mobility_end: str
    first_version: EwpVersion | None
    approved_changes: EwpVersion | None
    components: tuple[EwpComponent, ...]  # the effective tables: the first version with the approved changes
    pending: EwpVersion | None  # the proposal still waiting for approval, not applied
    warnings: tuple[Problem, ...] = field(default=())

    def table(self, letter: str) -> tuple[EwpComponent, ...]:
        """The effective components of table A, B or C, in order."""
        return tuple(c for c in self.components if c.table == letter)

    @property
    def effective_version(self) -> EwpVersion | None:
        return self.approved_changes or self.first_version

    @property
    def version(self) -> str:
        """What the effective tables are: the approved changes' id (or "approved-changes"), "first-version", or
        "" when nothing was approved yet."""
        version = self.effective_version
        return (version.id or version.kind) if version else ""

    @property
    def signatures(self) -> tuple[EwpSignature, ...]:
        """The signatures of the effective (latest approved) version."""
        version = self.effective_version
        return version.signatures if version else ()


# -- reading elements ------------------------------------------------------------------------------------------
def _kids(element: etree._Element, name: str) -> Iterator[etree._Element]:
    """Child elements with this local name, in any namespace (comments and processing instructions skipped)."""
    for item in element:
        if split_tag(item)[1] == name:
            yield item


def _kid(element: etree._Element | None, name: str) -> etree._Element | None:
    return None if element is None else next(_kids(element, name), None)


def _text(element: etree._Element | None, name: str | None = None) -> str:
    """The text of the element (or of its first child called `name`) on one line."""
    if name is not None:
        element = _kid(element, name)
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _value(element: etree._Element, *names: str) -> str:
    """The first non-empty attribute or child element of these names."""
    for name in names:
        found = " ".join((element.get(name) or "").split()) or _text(element, name)
        if found:
            return found
    return ""


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _timestamp(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("z", "Z")) if value else None
    except ValueError:
        return None


def looks_like_xml(data: bytes) -> bool:
    """Whether the bytes begin like an XML document (after a byte order mark and white space)."""
    head = data[:400]
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore").lstrip().startswith("<")
    return head.lstrip().startswith(b"<")


def _parse(data: bytes) -> etree._Element:
    if len(data) > MAX_BYTES:
        raise LearningAgreementUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The file is too large to be a Learning Agreement ({size} bytes; at most {limit} are read)."),
            size=len(data), limit=MAX_BYTES)
    try:
        return parse_document(data, max_bytes=MAX_BYTES)
    except ElmoUnreadable as exc:
        if "DOCTYPE" in exc.message:
            raise LearningAgreementUnreadable(QT_TRANSLATE_NOOP(
                "Errors", "The Learning Agreement is refused: it carries a document type declaration (DOCTYPE). EWP "
                          "documents never need one, and it is a known way to attack programs that read XML.")
            ) from None
        raise LearningAgreementUnreadable(exc.message, **exc.params) from None


# -- components ------------------------------------------------------------------------------------------------
def _ects(element: etree._Element, table: str, title: str, warnings: list[Problem]) -> Decimal | None:
    for credit in _kids(element, "credit"):
        if fold(_text(credit, "scheme")) != "ects":
            continue
        raw = _text(credit, "value")
        try:
            value = Decimal(raw.replace(",", "."))
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite() or not 0 <= value <= MAX_CREDITS:
            warnings.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Table {table}: the ECTS credits \"{value}\" of \"{title}\" are not a number of credits; "
                          "left empty."), table=table, value=raw, title=title))
            return None
        return value
    return None


def _term(element: etree._Element) -> str:
    name = _text(element, "academic-term-display-name")
    if name:
        return name
    term = _kid(element, "term-id")
    if term is None:
        return ""
    number, total = _text(term, "term-number"), _text(term, "total-terms")
    if number and total:
        return f"{number}/{total}"
    return number or _text(term)


def _component(element: etree._Element, table: str, warnings: list[Problem]) -> EwpComponent:
    los_id, los_code = _text(element, "los-id"), _text(element, "los-code")
    title = _text(element, "title")
    if not title:
        warnings.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "Table {table}: a component has no title; its code \"{code}\" stands in for it."),
            table=table, code=los_code or los_id or "?"))
        title = los_code or los_id or "?"
    status = fold(element.get("status") or "")
    if status not in ("", INSERTED, DELETED):
        warnings.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "Table {table}: the component \"{title}\" has the unknown status \"{status}\"."),
            table=table, title=title, status=status))
    return EwpComponent(
        table=table, title=title, los_id=los_id, los_code=los_code, loi_id=_text(element, "loi-id"),
        ects=_ects(element, table, title, warnings), term=_term(element),
        recognition_conditions=_text(element, "recognition-conditions"),
        short_description=_text(element, "short-description"), status=status,
        reason_code=_value(element, "reason-code", "reason"), reason_text=_value(element, "reason-text"))


def _signature(element: etree._Element, party: str, student: EwpStudent) -> EwpSignature:
    name = _text(element, "signer-name") or (student.full_name if party == "student" else "")
    return EwpSignature(party=party, name=name, position=_text(element, "signer-position"),
                        email=_text(element, "signer-email"), at=_timestamp(_text(element, "timestamp")),
                        app=_text(element, "signer-app"))


def _student(element: etree._Element | None) -> EwpStudent:
    if element is None:
        return EwpStudent()
    return EwpStudent(given_names=_text(element, "given-names"), family_name=_text(element, "family-name"),
                      global_id=_text(element, "global-id"), birth_date=_date(_text(element, "birth-date")))


def _version(element: etree._Element | None, kind: str, student: EwpStudent,
             warnings: list[Problem]) -> EwpVersion | None:
    if element is None:
        return None
    components = []
    for item in element:
        table = TABLES.get(split_tag(item)[1])
        if table is not None:
            components.extend(_component(c, table, warnings) for c in _kids(item, "component"))
    signatures = tuple(_signature(s, party, student) for name, party in SIGNATURES
                       for s in _kids(element, name))
    changed = _kid(element, "student") if kind == CHANGES_PROPOSAL else None
    return EwpVersion(kind=kind, id=" ".join((element.get("id") or "").split()), components=tuple(components),
                      signatures=signatures, student=_student(changed) if changed is not None else None)


# -- the effective tables -----------------------------------------------------------------------------------------
def _identifies(gone: EwpComponent, candidate: EwpComponent) -> tuple[bool, ...] | None:
    """Whether a deletion may mean this component, and how well: None when it cannot (another table, another
    LOS ID or LOS code than a given one), else the keys that agree, best first (LOS ID, LOS code, title)."""
    if candidate.table != gone.table:
        return None
    keys = ((gone.los_id, candidate.los_id), (fold(gone.los_code), fold(candidate.los_code)))
    if any(mine and theirs and mine != theirs for mine, theirs in keys):
        return None
    return (bool(gone.los_id) and gone.los_id == candidate.los_id,
            bool(gone.los_code) and fold(gone.los_code) == fold(candidate.los_code),
            fold(gone.title) == fold(candidate.title))


def _find(current: Sequence[EwpComponent], gone: EwpComponent) -> int | None:
    """The position of the component a deletion identifies (see the module's documentation), or None."""
    for level in range(3):  # LOS ID, then LOS code, then title
        hits = [i for i, c in enumerate(current)
                if (agree := _identifies(gone, c)) is not None and agree[level]]
        if hits:
            return min(hits, key=lambda i: (bool(gone.term) and current[i].term != gone.term,
                                             gone.ects is not None and current[i].ects != gone.ects, i))
    return None


def effective_components(first: Sequence[EwpComponent], changes: Sequence[EwpComponent],
                         warnings: list[Problem] | None = None) -> tuple[EwpComponent, ...]:
    """The first version's components with the approved changes applied in order (the module's rule)."""
    warnings = warnings if warnings is not None else []
    current = [replace(c, status="") if c.status else c for c in first]
    for change in changes:
        if change.status == INSERTED:
            current.append(change)
        elif change.status == DELETED:
            found = _find(current, change)
            if found is None:
                warnings.append(Problem(QT_TRANSLATE_NOOP(
                    "Errors", "An approved change deletes \"{title}\" from Table {table}, which the agreement does "
                              "not hold; the deletion is ignored."), title=change.title, table=change.table))
            else:
                del current[found]
        else:
            warnings.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "An approved change lists \"{title}\" in Table {table} without saying whether it is "
                          "inserted or deleted; it is ignored."), title=change.title, table=change.table))
    return tuple(current)


# -- the agreement ---------------------------------------------------------------------------------------------
def _choose(root: etree._Element, omobility_id: str | None) -> etree._Element:
    if local_name(root) == "la":
        agreements = [root]
    elif local_name(root) == RESPONSE:
        agreements = list(_kids(root, "la"))
    else:
        raise LearningAgreementUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "This XML document is not an EWP Learning Agreement: its root element is \"{element}\" "
                      "(namespace \"{namespace}\"), not \"omobility-las-get-response\"."),
            element=local_name(root), namespace=namespace_of(root) or "-")
    if not agreements:
        raise LearningAgreementUnreadable(QT_TRANSLATE_NOOP("Errors", "The response holds no Learning Agreement."))
    ids = [_text(la, "omobility-id") for la in agreements]
    wanted = (omobility_id or "").strip()
    if wanted:
        for la, found in zip(agreements, ids, strict=True):
            if found == wanted:
                return la
        raise LearningAgreementUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The response holds no Learning Agreement of mobility {wanted}; it holds: {ids}."),
            wanted=wanted, ids=", ".join(i or "?" for i in ids))
    if len(agreements) > 1:
        raise LearningAgreementUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The response holds {count} Learning Agreements (mobilities {ids}); choose one by its "
                      "mobility ID."), count=len(agreements), ids=", ".join(i or "?" for i in ids))
    return agreements[0]


def read_ewp_la(data: bytes, omobility_id: str | None = None) -> EwpAgreement:
    """The Learning Agreement of an EWP `omobility-las-get-response` (or a lone `la` element): its header, the
    effective tables (first version + approved changes, see the module's documentation), the pending proposal
    apart, and the signatures. With several agreements in the response, `omobility_id` chooses one.

    Raises `LearningAgreementUnreadable`: not well-formed, hostile (DOCTYPE, entities), too large, not an EWP
    Learning Agreement, no agreement, or several and none chosen."""
    root = _parse(data)
    la = _choose(root, omobility_id)
    warnings: list[Problem] = []
    if namespace_of(root) not in (LAS_NAMESPACE, ""):
        warnings.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "The document is in the namespace \"{namespace}\", not that of the EWP Learning Agreements API "
                      "stable-v1; it was read by element names."), namespace=namespace_of(root)))
    student = _student(_kid(la, "student"))
    first = _version(_kid(la, FIRST_VERSION), FIRST_VERSION, student, warnings)
    approved = _version(_kid(la, APPROVED_CHANGES), APPROVED_CHANGES, student, warnings)
    pending = _version(_kid(la, CHANGES_PROPOSAL), CHANGES_PROPOSAL, student, warnings)
    if first is None:
        warnings.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "No version of the Learning Agreement has been approved yet: its tables are empty.")))
        if approved is not None:
            warnings.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "The agreement has approved changes but no first version; the changes are ignored.")))
            approved = None
    components = effective_components(first.components if first else (),
                                      approved.components if approved else (), warnings)
    sending, receiving = _kid(la, "sending-hei"), _kid(la, "receiving-hei")
    return EwpAgreement(
        omobility_id=_text(la, "omobility-id"), sending_hei=_text(sending, "hei-id"),
        sending_ounit=_text(sending, "ounit-name"), receiving_hei=_text(receiving, "hei-id"),
        receiving_ounit=_text(receiving, "ounit-name"),
        receiving_hei_name=_text(receiving, "hei-name") or _text(receiving, "name"),
        academic_year=_text(la, "receiving-academic-year-id"), student=student,
        mobility_start=_text(la, "start-date") or _text(la, "start-year-month") or _text(la, "planned-mobility-start"),
        mobility_end=_text(la, "end-date") or _text(la, "end-year-month") or _text(la, "planned-mobility-end"),
        first_version=first, approved_changes=approved, components=components, pending=pending,
        warnings=tuple(warnings))
