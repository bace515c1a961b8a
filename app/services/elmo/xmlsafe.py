"""Parsing returned documents with a hardened XML parser.

A returned document comes from outside and is parsed before anyone knows who signed it, so the parser trusts
nothing: no DTD is loaded, no entity is expanded, nothing is fetched from the network, libxml2 keeps its default
limits on depth and text size (no `huge_tree`), and a document that has a document type declaration at all is
refused (ELMO never needs one; it is the door to XXE and "billion laughs"). The parser reads the BYTES, never a
decoded str, so that what it reads is what the signature covers, and the document's own declared encoding applies.

`schema_warnings` lives in `schema.py` and is re-exported here.
"""

from __future__ import annotations

import re

from lxml import etree

from app.services.elmo.names import local_name, namespace_of
from app.services.elmo.schema import schema_warnings
from app.services.elmo.types import ElmoUnreadable
from app.services.i18n import QT_TRANSLATE_NOOP

__all__ = ["MAX_BYTES", "parse_document", "parse_xml", "schema_warnings"]

MAX_BYTES = 20_000_000  # far beyond any real transcript (a PDF attachment included)

_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.S)
_DECLARED_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")


def _has_doctype(data: bytes) -> bool:
    """Whether the prolog (before the root element) holds a document type declaration: looked at before parsing,
    so that a hostile DTD is never even read."""
    head = data[:1_000_000]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else (
            "utf-16-le" if head.startswith(b"<") else "utf-16-be")
        text = head.decode(codec, errors="ignore")
    else:
        text = head.decode("latin-1")
    position = 1 if text.startswith("\ufeff") else 3 if text.startswith("\u00ef\u00bb\u00bf") else 0
    while True:
        skipped = _PROLOG_ITEM.match(text, position)
        if skipped is None or skipped.end() == position:
            return text.startswith("<!DOCTYPE", position)
        position = skipped.end()


def _parser() -> etree.XMLParser:
    # A new parser per document: parsers keep state and are not to be shared between threads.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           dtd_validation=False, attribute_defaults=False)


def _declared_encoding(data: bytes) -> str:
    found = _DECLARED_ENCODING.match(data[:400])
    return found.group(1).decode("ascii") if found else "UTF-8"


def _syntax_error(data: bytes, exc: etree.XMLSyntaxError) -> ElmoUnreadable:
    line, column = exc.position if exc.position else (exc.lineno or 0, 0)
    reason = (exc.msg or str(exc)).split(", line ")[0]  # libxml2 repeats the position at the end
    if exc.code == etree.ErrorTypes.ERR_INVALID_ENCODING:
        encoding = _declared_encoding(data)
        return ElmoUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The document cannot be read: it says it is written in the {encoding} encoding, but at line "
                      "{line}, column {column} it holds bytes that are not valid {encoding} (the sender probably "
                      "wrote it in Latin-1 or Windows-1252). Ask the sender for a correctly encoded document."),
            encoding=encoding, line=line, column=column)
    if exc.code == etree.ErrorTypes.ERR_UNSUPPORTED_ENCODING:
        return ElmoUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The document cannot be read: it declares the encoding \"{encoding}\", which is not known."),
            encoding=_declared_encoding(data))
    if exc.code == etree.ErrorTypes.ERR_DOCUMENT_EMPTY and not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        return ElmoUnreadable(QT_TRANSLATE_NOOP("Errors", "The document is empty."))
    return ElmoUnreadable(QT_TRANSLATE_NOOP(
        "Errors", "The document is not well-formed XML: {reason} (line {line}, column {column})."),
        reason=reason, line=line, column=column)


def parse_document(data: bytes, *, max_bytes: int = MAX_BYTES) -> etree._Element:
    """The root element of any XML document (an ELMO or an envelope around one), parsed safely.

    Raises `ElmoUnreadable`: empty, larger than `max_bytes`, not well-formed (with line and column), wrongly
    encoded, or carrying a document type declaration."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("parse_document takes the document's bytes")  # a bug in the caller, not bad input
    data = bytes(data)
    if not data.strip():
        raise ElmoUnreadable(QT_TRANSLATE_NOOP("Errors", "The document is empty."))
    if len(data) > max_bytes:
        raise ElmoUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The document is too large to be a transcript ({size} bytes; at most {limit} are read)."),
            size=len(data), limit=max_bytes)
    if _has_doctype(data):
        raise _doctype_refused()
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(data, exc) from None
    except (etree.LxmlError, ValueError, LookupError) as exc:  # anything else libxml2 or lxml refuses
        raise ElmoUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The document cannot be read: {reason}."), reason=str(exc) or type(exc).__name__) from None
    if root is None:
        raise ElmoUnreadable(QT_TRANSLATE_NOOP("Errors", "The document is empty."))
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise _doctype_refused()  # the prolog scan missed it (an encoding it does not know): refused all the same
    return root


def _doctype_refused() -> ElmoUnreadable:
    return ElmoUnreadable(QT_TRANSLATE_NOOP(
        "Errors", "The document is refused: it carries a document type declaration (DOCTYPE). ELMO documents never "
                  "need one, and it is a known way to attack programs that read XML."))


def parse_xml(data: bytes, *, max_bytes: int = MAX_BYTES) -> etree._Element:
    """The root `elmo` element of an ELMO document (transport already decoded), parsed safely.

    Raises `ElmoUnreadable` as `parse_document` does, and when the root element is not `elmo` (in any namespace:
    ELMO 1.x/2.0, pre-1.0, none, or another one; the reader tells them apart)."""
    root = parse_document(data, max_bytes=max_bytes)
    if local_name(root) != "elmo":
        namespace = namespace_of(root)
        raise ElmoUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "This XML document is not an ELMO transcript: its root element is \"{element}\" "
                      "(namespace \"{namespace}\"), not \"elmo\"."),
            element=local_name(root), namespace=namespace or "-")
    return root
