"""The namespaces ELMO documents come in, and reading element names by namespace + local name (no lxml calls that
could raise on odd nodes: comments and processing instructions have no string tag and are simply not elements)."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

ELMO_V1 = "https://github.com/emrex-eu/elmo-schemas/tree/v1"  # ELMO 1.0–1.7 and 2.0
ELMO_V2 = "https://github.com/emrex-eu/elmo-schemas/tree/v2"  # later 2.x, as the EWP ToR API v3 imports it
ELMO_PURL = "http://purl.org/net/elmo"  # pre-1.0
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"

# Namespaces whose elements are read as ELMO elements (beside the document's own); extensions use others.
ELMO_NAMESPACES = frozenset({ELMO_V1, ELMO_V2, ELMO_PURL, ""})


def split_tag(element: object) -> tuple[str, str]:
    """(namespace, local name) of an element; ("", "") for comments, processing instructions and entities."""
    tag = getattr(element, "tag", None)
    if not isinstance(tag, str):
        return "", ""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def local_name(element: object) -> str:
    return split_tag(element)[1]


def namespace_of(element: object) -> str:
    return split_tag(element)[0]


def children(element: etree._Element, name: str, namespaces: frozenset[str] = ELMO_NAMESPACES) -> Iterator:
    """Child elements called `name` in one of `namespaces`; anything else (extensions, comments) is skipped."""
    for child in element:
        namespace, local = split_tag(child)
        if local == name and namespace in namespaces:
            yield child


def child(element: etree._Element, name: str, namespaces: frozenset[str] = ELMO_NAMESPACES):
    """The first child element called `name`, or None."""
    return next(children(element, name, namespaces), None)
