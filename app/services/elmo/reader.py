"""Reading what an ELMO document says: who the learner is, who issued each report, the courses, the attachments.

The officer opens a returned document; this turns its (already safely parsed) root element into plain values to
show and import. Reading is lenient, by namespace + local name, because real documents vary: ELMO 1.0–1.7 and 2.0
share one namespace (2.0 says `dateOfBirth` instead of `bday` and adds `alternativeName`), pre-1.0 documents use
`http://purl.org/net/elmo` (learner inside the report, `fullName`, dates with a `dtf` pattern, credits on the LOS,
`<result scheme="NO30">`), some have no namespace, some odd prefixes. Unknown elements (extensions, `groups`, the
signature) are ignored, as the schema says. Anything odd that does not stop reading (a dangling grading scheme
reference, an unreadable date, an attachment that does not decode) becomes a warning in `ElmoContent.warnings`;
only a root that is not `elmo` at all is refused (`ElmoUnreadable`). Which LOS become courses: see `courses.py`.

Formats: `elmo-1` (the v1 namespace without 2.0 features; version "1.x", since 1.0–1.7 cannot be told apart
reliably), `elmo-2` (the v1 namespace with 2.0 features: version "2.0"; the later v2 namespace: "2.x"),
`elmo-pre1` ("pre-1.0"), `elmo-nons` (no namespace; the version guessed from the layout where it shows).
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote_to_bytes

from lxml import etree

from app.services.elmo.courses import read_courses
from app.services.elmo.names import (
    ELMO_NAMESPACES,
    ELMO_PURL,
    ELMO_V1,
    ELMO_V2,
    XML_LANG,
    child,
    children,
    local_name,
    namespace_of,
)
from app.services.elmo.schema import is_elmo_2
from app.services.elmo.types import Attachment, ElmoContent, ElmoUnreadable, Identifier, Issuer, Learner
from app.services.elmo.values import parse_date, parse_datetime, pick, text, texts
from app.services.errors import Problem
from app.services.i18n import QT_TRANSLATE_NOOP

_SPACE = re.compile(r"\s+")


def read_elmo(root: etree._Element) -> ElmoContent:
    """The content of an ELMO document from its root element (see the module's notes). Raises `ElmoUnreadable`
    only when the root is not an `elmo` element."""
    if local_name(root) != "elmo":
        raise ElmoUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "This XML document is not an ELMO transcript: its root element is \"{element}\" "
                      "(namespace \"{namespace}\"), not \"elmo\"."),
            element=local_name(root) or "-", namespace=namespace_of(root) or "-")
    namespace = namespace_of(root)
    ns = ELMO_NAMESPACES | {namespace}
    notes: list[Problem] = []
    fmt, version = _format(root, namespace, ns, notes)
    reports = list(children(root, "report", ns))
    if not reports:
        notes.append(Problem(QT_TRANSLATE_NOOP("Errors", "The document holds no report, so no courses.")))
    learner = _learner(root, reports, ns, notes)
    issuers, courses = [], []
    for index, report in enumerate(reports):
        issuers.append(_issuer(report, index, ns, notes))
        courses += read_courses(report, index, ns, _grading_schemes(report, ns), notes)
    generated = parse_datetime(text(child(root, "generatedDate", ns)))
    if generated is None and reports:  # pre-1.0 documents date only the report
        generated = parse_datetime(text(child(reports[0], "issueDate", ns)))
    return ElmoContent(format=fmt, version=version, namespace=namespace, generated=generated, learner=learner,
                       issuers=tuple(issuers), courses=tuple(courses),
                       attachments=_attachments(root, reports, ns, notes),
                       warnings=tuple(dict.fromkeys(notes)))


def _format(root: etree._Element, namespace: str, ns: frozenset[str], notes: list[Problem]) -> tuple[str, str]:
    if namespace == ELMO_V1:
        return ("elmo-2", "2.0") if is_elmo_2(root) else ("elmo-1", "1.x")
    if namespace == ELMO_V2:
        return "elmo-2", "2.x"
    if namespace == ELMO_PURL:
        return "elmo-pre1", "pre-1.0"
    if not namespace:
        if is_elmo_2(root):
            return "elmo-nons", "2.0"
        legacy = child(root, "learner", ns) is None and any(
            len(learner) for report in children(root, "report", ns) for learner in children(report, "learner", ns))
        return "elmo-nons", "pre-1.0" if legacy else ""
    notes.append(Problem(QT_TRANSLATE_NOOP(
        "Errors", "The document uses the unknown namespace \"{namespace}\"; it was read as ELMO 1."),
        namespace=namespace))
    return "elmo-1", ""


def _identifiers(element: etree._Element, ns: frozenset[str]) -> tuple[Identifier, ...]:
    return tuple(Identifier((item.get("type") or "").strip(), text(item))
                 for item in children(element, "identifier", ns) if text(item))


def _learner(root: etree._Element, reports: list[etree._Element], ns: frozenset[str],
             notes: list[Problem]) -> Learner:
    """The learner: under `elmo` (ELMO 1.x/2.0) or, in pre-1.0 documents, under a report; empty ones (a bare
    `<learner/>` inside a report) are passed over."""
    found = [learner for holder in [root, *reports] for learner in children(holder, "learner", ns)
             if any(text(part) for part in learner)]
    if not found:
        notes.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "The document does not say who the learner is; the student must be identified by hand.")))
        return Learner(given_names="", family_name="")
    learner = found[0]

    def field(*names: str, of: etree._Element = learner) -> etree._Element | None:
        return next((item for name in names if (item := child(of, name, ns)) is not None), None)

    if len({(text(field("givenNames", of=other)), text(field("familyName", of=other)),
             text(field("bday", "dateOfBirth", of=other))) for other in found}) > 1:
        notes.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "The document names more than one learner; the first one is used.")))
    identifiers = _identifiers(learner, ns)
    citizenship = text(field("citizenship")) or next(
        (item.value for item in identifiers if item.type.lower() in ("nationality", "citizenship")), "")
    born_element = field("bday", "dateOfBirth")
    born = None
    if born_element is not None and text(born_element):
        born = parse_date(text(born_element), (born_element.get("dtf") or "").strip())
        if born is None:
            notes.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "The learner's birth date \"{value}\" cannot be read."), value=text(born_element)))
    else:
        notes.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "The document gives no birth date of the learner; a person must confirm who it is.")))
    return Learner(given_names=text(field("givenNames")), family_name=text(field("familyName")), birth_date=born,
                   citizenship=citizenship, identifiers=identifiers, full_name=text(field("fullName")))


def _issuer(report: etree._Element, index: int, ns: frozenset[str], notes: list[Problem]) -> Issuer:
    issuer = child(report, "issuer", ns)
    if issuer is None:
        notes.append(Problem(QT_TRANSLATE_NOOP("Errors", "Report {number} does not say who issued it."),
                             number=index + 1))
        return Issuer(titles=())
    return Issuer(titles=texts(issuer, "title", ns), country=text(child(issuer, "country", ns)),
                  identifiers=_identifiers(issuer, ns), url=text(child(issuer, "url", ns)))


def _grading_schemes(report: etree._Element, ns: frozenset[str]) -> dict[str, str]:
    schemes: dict[str, str] = {}
    for scheme in children(report, "gradingScheme", ns):
        local_id = (scheme.get("localId") or "").strip()
        if local_id:
            schemes.setdefault(local_id, pick(texts(scheme, "description", ns, lines=True)) or local_id)
    return schemes


def _attachments(root: etree._Element, reports: list[etree._Element], ns: frozenset[str],
                 notes: list[Problem]) -> tuple[Attachment, ...]:
    """Every attachment of the document and its reports, one per `content` (a PDF may come in several
    languages), decoded from its `data:` URI."""
    found = []
    for holder in [*reports, root]:
        for attachment in children(holder, "attachment", ns):
            titles, kind = texts(attachment, "title", ns), text(child(attachment, "type", ns))
            for content in children(attachment, "content", ns):
                title = pick(titles, (content.get(XML_LANG) or "").strip()) or kind
                decoded = _data_uri(_SPACE.sub("", "".join(content.itertext())))
                if decoded is None:
                    notes.append(Problem(QT_TRANSLATE_NOOP(
                        "Errors", "The attachment \"{title}\" cannot be decoded; it was left out."),
                        title=title or "—"))
                    continue
                media_type, data = decoded
                if media_type == "application/pdf" and not data.startswith(b"%PDF"):
                    notes.append(Problem(QT_TRANSLATE_NOOP(
                        "Errors", "The attachment \"{title}\" says it is a PDF but is not one."), title=title or "—"))
                found.append(Attachment(title=title, media_type=media_type, data=data, kind=kind))
    return tuple(found)


def _data_uri(value: str) -> tuple[str, bytes] | None:
    """(media type, bytes) of a `data:` URI (RFC 2397, base64 or percent-encoded); None when it is not one or
    does not decode. Bare base64 of a PDF, as some contact points send, is taken too."""
    if not value.lower().startswith("data:"):
        data = _b64(value)
        return ("application/pdf", data) if data and data.startswith(b"%PDF") else None
    header, comma, payload = value[5:].partition(",")
    if not comma:
        return None
    parameters = header.split(";")
    media_type = parameters[0].strip().lower() or "text/plain"
    if any(parameter.strip().lower() == "base64" for parameter in parameters[1:]):
        data = _b64(payload)
    else:
        data = unquote_to_bytes(payload)
    return (media_type, data) if data is not None else None


def _b64(value: str) -> bytes | None:
    try:
        compact = value.encode("ascii").replace(b"-", b"+").replace(b"_", b"/").rstrip(b"=")
        if len(compact) % 4 == 1:
            return None
        return base64.b64decode(compact + b"=" * (-len(compact) % 4), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        return None

