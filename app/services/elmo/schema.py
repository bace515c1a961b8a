"""Checking an ELMO document against the bundled XSD of its version, as warnings.

Many real transcripts fail the XSD (a `level` of "-", elements in the wrong order, an empty `learner` inside
`report`) and are still perfectly readable, so schema problems never refuse a document: the officer sees the
first few, and how many more there are. The bundles (`resources/xsd/local-bundle-v1.7.0`, `…-v2.0.0`) hold every
schema they import and compile offline; each is compiled once per process.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from pathlib import Path

from lxml import etree

from app.paths import resources_dir
from app.services.elmo.names import ELMO_V1, children, local_name, namespace_of
from app.services.errors import Problem
from app.services.i18n import QT_TRANSLATE_NOOP

MAX_REPORTED = 10
BUNDLES = {"1.7": "local-bundle-v1.7.0", "2.0": "local-bundle-v2.0.0"}

# libxml2 validation writes into the schema object's error log: one validation at a time per schema.
_VALIDATION_LOCK = threading.Lock()
_NAMESPACE_IN_MESSAGE = re.compile(r"\{[^{}\s']*[:/][^{}\s']*\}")


def bundle_path(version: str) -> Path:
    return resources_dir() / "xsd" / BUNDLES[version] / "elmo-schema.xsd"


@cache
def compiled_schema(version: str) -> etree.XMLSchema:
    """The XSD of an ELMO version ("1.7" or "2.0"), compiled from the local bundle without any network."""
    # Our own bundled files: the parser still fetches nothing; xml.xsd's DOCTYPE is not loaded.
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    return etree.XMLSchema(etree.parse(str(bundle_path(version)), parser))


def is_elmo_2(root: etree._Element) -> bool:
    """ELMO 2.0 shares the 1.x namespace; its learner says `dateOfBirth` (not `bday`) and may have
    `alternativeName`."""
    return any(local_name(part) in ("dateOfBirth", "alternativeName")
               for learner in children(root, "learner") for part in learner)


def schema_version(root: etree._Element) -> str:
    """Which bundled schema fits the document: "1.7", "2.0", or "" when none does (pre-1.0, no namespace, …)."""
    if local_name(root) != "elmo" or namespace_of(root) != ELMO_V1:
        return ""
    return "2.0" if is_elmo_2(root) else "1.7"


def schema_warnings(root: etree._Element) -> tuple[Problem, ...]:
    """What the bundled XSD of the document's version finds wrong, as at most `MAX_REPORTED` warnings plus one
    saying how many more there are. A document in a layout no bundled schema describes gets one warning that it
    was not checked."""
    version = schema_version(root)
    if not version:
        return (Problem(QT_TRANSLATE_NOOP(
            "Errors", "This ELMO layout (namespace \"{namespace}\") has no bundled schema; the document was not "
                      "checked against one."), namespace=namespace_of(root) or "-"),)
    try:
        schema = compiled_schema(version)
    except (OSError, etree.LxmlError):  # an installation without resources/xsd: reading goes on unchecked
        return (Problem(QT_TRANSLATE_NOOP(
            "Errors", "The ELMO {version} schema is missing from this installation; the document was not checked "
                      "against it."), version=version),)
    with _VALIDATION_LOCK:
        valid = schema.validate(root)
        errors = [(error.line, error.message) for error in schema.error_log] if not valid else []
    problems = [Problem(QT_TRANSLATE_NOOP("Errors", "ELMO {version} schema, line {line}: {detail}"),
                        version=version, line=line, detail=_NAMESPACE_IN_MESSAGE.sub("", message))
                for line, message in errors[:MAX_REPORTED]]
    if len(errors) > MAX_REPORTED:
        problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "… and {count} more schema problems."),
                                count=len(errors) - MAX_REPORTED))
    return tuple(problems)
