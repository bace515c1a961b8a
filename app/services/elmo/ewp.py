"""Taking the ELMO document out of an EWP Transcript of Records response (`imobility-tors-get-response`).

The EWP Incoming Mobility ToRs API does not wrap the ELMO in base64 or a string: each `tor` element of the
response holds, beside `omobility-id` and an optional `gradeConversionTable`, the `elmo` ELEMENT itself, inline,
"as it is" with its enveloped `Signature` (see `tests/data/emrex/samples/ewp-imobility-tors-example.xml`, where
the `elmo` element declares its own default namespace inside a response in the EWP namespace). The signature's
reference (`URI=""`) covers that `elmo` element as a document of its own, so the bytes to hand on are the element's
bytes exactly as they appear in the response, from its `<` to the `>` of its end tag: nothing re-serialised, nothing
re-indented, or the digest breaks.

Finding them: the response is parsed (hardened) to learn which element, in document order, is the `elmo`; a
small scanner then walks the raw bytes' markup (comments, CDATA, processing instructions and quoted attribute
values skipped) counting start tags up to that element and finding its matching end tag. Additions are made only
where the element cannot stand alone without them: an XML declaration naming the response's encoding when that is
not UTF-8 (a declaration is outside any canonical form), and the declarations of namespaces the element uses but
inherits from the envelope (without them it is not XML of its own; a signer that signed the stand-alone document
had them on the element). A UTF-16 response is transcoded to UTF-8, the encoding canonical XML is computed in. The
result is checked: parsed alone it must give the same exclusive canonical form as the element inside the response.
"""

from __future__ import annotations

import re

from lxml import etree

from app.services.elmo.names import children, local_name, split_tag
from app.services.elmo.types import ElmoUnreadable, EmpReturnedNothing
from app.services.elmo.xmlsafe import parse_document
from app.services.i18n import QT_TRANSLATE_NOOP

RESPONSE = "imobility-tors-get-response"
_ASCII_COMPATIBLE = re.compile(r"^(utf-?8|us-ascii|ascii|iso-?8859-?\d+|latin-?\d|windows-?125\d|cp125\d)$", re.I)

# One markup token of a well-formed document: comment, CDATA, processing instruction, or a tag (attribute values
# quoted, so a ">" inside one does not end the tag). Single characters in the repeat keep backtracking linear.
_MARKUP = re.compile(
    rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!.*?>"
    rb"|<(?P<close>/?)(?P<name>[^\s/>]+)(?P<rest>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S)
_DECLARED_PREFIX = re.compile(rb"""\sxmlns(?::([^\s=]+))?\s*=""")


def _may_be_response(data: bytes) -> bool:
    """A cheap look before parsing: does the response's root element name appear near the start?"""
    head = data[:65536]
    return b"imobility-tors-get-response" in head or "imobility-tors".encode("utf-16-le") in head \
        or "imobility-tors".encode("utf-16-be") in head


def tor_grade_tables(data: bytes, *, max_bytes: int) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """The response's `gradeConversionTable`: per ISCED code, how often each grade is given (label, percentage),
    in the order given. EWP recommends including the failing grades; the distribution method drops them."""
    root = parse_document(data, max_bytes=max_bytes)
    tables = []
    for table in root.iter("{*}iscedTable"):
        code = (table.get("iscedCode") or "").strip()
        frequencies = tuple(((f.get("label") or "").strip(), (f.get("percentage") or "").strip())
                            for f in table.iter("{*}gradeFrequency"))
        if code and frequencies:
            tables.append((code, frequencies))
    return tuple(tables)


def unwrap_tor_response(data: bytes, *, max_bytes: int) -> bytes | None:
    """The embedded ELMO document of an EWP ToR response, as the bytes that were signed (see the module's notes);
    None when `data` is not a ToR response.

    Raises `EmpReturnedNothing` when the response holds no transcript, `ElmoUnreadable` when it is not readable,
    holds several (one import is one transcript) or its `elmo` element cannot be separated."""
    if not _may_be_response(data):
        return None
    root = parse_document(data, max_bytes=max_bytes)
    if local_name(root) != RESPONSE:
        return None
    namespaces = frozenset({split_tag(root)[0]})
    tors = list(children(root, "tor", namespaces))
    found = [(tor, elmo) for tor in tors for elmo in tor if local_name(elmo) == "elmo"]
    if not found:
        raise EmpReturnedNothing(QT_TRANSLATE_NOOP(
            "Errors", "The EWP Transcript of Records response holds no transcript: the partner does not know the "
                      "mobility or does not share its results."))
    if len(found) > 1:
        ids = ", ".join(" ".join("".join(el.itertext()).split()) for tor, _ in found
                        for el in children(tor, "omobility-id", namespaces)) or "-"
        raise ElmoUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The EWP Transcript of Records response holds transcripts of {count} mobilities ({ids}); "
                      "one document can be imported at a time."), count=len(found), ids=ids)
    elmo = found[0][1]
    encoding = (root.getroottree().docinfo.encoding or "UTF-8").strip()
    source = data if _ASCII_COMPATIBLE.match(encoding) else _as_utf8(data, encoding)
    start, end = _element_span(source, _position(root, elmo))
    piece = _with_inherited_namespaces(source[start:end], elmo)
    if _ASCII_COMPATIBLE.match(encoding) and not re.match(r"^(utf-?8|us-ascii|ascii)$", encoding, re.I):
        piece = b'<?xml version="1.0" encoding="' + encoding.encode("ascii") + b'"?>\n' + piece
    _check_same(piece, elmo, max_bytes)
    return piece


def _unseparable() -> ElmoUnreadable:
    return ElmoUnreadable(QT_TRANSLATE_NOOP(
        "Errors", "The ELMO document inside the EWP response cannot be separated from it unchanged."))


def _as_utf8(data: bytes, encoding: str) -> bytes:
    # UTF-16/32: the scanner needs ASCII-compatible bytes; canonical XML is UTF-8 anyway, so a signature holds.
    try:
        return data.decode(encoding).encode("utf-8")
    except (LookupError, UnicodeError):
        raise _unseparable() from None


def _position(root: etree._Element, target: etree._Element) -> int:
    """How many elements come before `target` in document order (comments and PIs not counted)."""
    for index, element in enumerate(root.iter(tag=etree.Element)):
        if element is target:
            return index
    raise _unseparable()


def _element_span(source: bytes, position: int) -> tuple[int, int]:
    """Byte offsets of the `position`-th element (document order) from its start tag to its end tag."""
    seen, start, depth = -1, -1, 0
    for token in _MARKUP.finditer(source):
        name = token.group("name")
        if name is None:
            continue
        closing, empty = token.group("close") == b"/", token.group("rest").endswith(b"/")
        if start < 0:
            if closing:
                continue
            seen += 1
            if seen == position:
                start = token.start()
                if empty:
                    return start, token.end()
                depth = 1
            continue
        if closing:
            depth -= 1
            if depth == 0:
                return start, token.end()
        elif not empty:
            depth += 1
    raise _unseparable()


def _with_inherited_namespaces(piece: bytes, elmo: etree._Element) -> bytes:
    """The element's bytes, with the namespace declarations it inherits from the envelope added to its start tag
    when (and only when) its subtree uses them."""
    parent = elmo.getparent()
    tag_end = _MARKUP.match(piece)
    if parent is None or tag_end is None:
        return piece
    declared = {(found.group(1) or b"").decode("utf-8", "replace") or None
                for found in _DECLARED_PREFIX.finditer(tag_end.group(0))}
    inherited = {prefix: uri for prefix, uri in parent.nsmap.items() if prefix != "xml" and prefix not in declared}
    used: set[str | None] = set()
    for element in elmo.iter(tag=etree.Element):
        used.add(element.prefix)
        for name in element.attrib:
            namespace = name[1:].partition("}")[0] if name.startswith("{") else ""
            used.update(prefix for prefix, uri in element.nsmap.items() if prefix and namespace and uri == namespace)
    needed = [(prefix, uri) for prefix, uri in inherited.items() if prefix in used]
    if not needed:
        return piece
    # character references keep the added text right in whatever ASCII-compatible encoding the piece is in
    extra = b"".join(b" xmlns" + (b":" + prefix.encode("ascii", "xmlcharrefreplace") if prefix else b"") + b'="'
                     + uri.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").encode(
                         "ascii", "xmlcharrefreplace") + b'"'
                     for prefix, uri in needed)
    name_end = len(b"<") + len(tag_end.group("name"))
    return piece[:name_end] + extra + piece[name_end:]


def _check_same(piece: bytes, elmo: etree._Element, max_bytes: int) -> None:
    try:
        alone = parse_document(piece, max_bytes=max_bytes)
    except ElmoUnreadable:
        raise _unseparable() from None

    def canonical(element: etree._Element) -> bytes:
        return etree.tostring(element, method="c14n", exclusive=True, with_comments=True)
    try:
        same = canonical(alone) == canonical(elmo)
    except (etree.LxmlError, ValueError):  # e.g. a relative namespace URI, which canonical XML refuses
        same = False
    if not same:
        raise _unseparable()
