"""What the EMREX intake reads out of a returned document, as plain frozen values (no lxml, no ORM)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.services.errors import AppError, Problem
from app.services.i18n import QT_TRANSLATE_NOOP


class ElmoUnreadable(AppError):
    """The bytes are not a readable ELMO document (transport, encoding, XML, size, hostile constructs)."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The document cannot be read.")


class EmpReturnedNothing(AppError):
    """The EMP's return says there is nothing to import (cancelled, no results, an error on its side)."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The contact point returned no results.")


# -- transport -----------------------------------------------------------------------------------------------
TRANSPORTS = ("xml", "gzip", "base64+xml", "gzip+base64", "form", "ewp-tor")


@dataclass(frozen=True)
class Decoded:
    """The ELMO document's bytes as they were signed, and how they travelled."""

    transport: str  # one of TRANSPORTS; "form" and "ewp-tor" may wrap any of the others (see `inner`)
    xml: bytes
    inner: str = ""  # for "form": how the `elmo` field was encoded ("gzip+base64", "base64+xml", "xml")
    session_id: str = ""
    return_code: str = ""  # e.g. "NCP_OK", "EMP_OK"
    return_message: str = ""
    # an EWP response's gradeConversionTable: per ISCED code, (label, percentage) as given, outside the signature
    grade_tables: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()


# -- content -------------------------------------------------------------------------------------------------
FORMATS = ("elmo-1", "elmo-2", "elmo-pre1", "elmo-nons")


@dataclass(frozen=True)
class Text:
    text: str
    lang: str = ""  # xml:lang, "" when not given


@dataclass(frozen=True)
class Identifier:
    type: str  # e.g. "schac", "erasmus", "pic", "local", "nationalIdentifier", "esi"
    value: str


@dataclass(frozen=True)
class Issuer:
    titles: tuple[Text, ...]
    country: str = ""
    identifiers: tuple[Identifier, ...] = ()
    url: str = ""


@dataclass(frozen=True)
class Learner:
    given_names: str
    family_name: str
    birth_date: date | None = None
    citizenship: str = ""
    identifiers: tuple[Identifier, ...] = ()
    full_name: str = ""  # pre-1.0 documents give only a full name


@dataclass(frozen=True)
class Course:
    """One credit-bearing learning opportunity at the leaf of the report's hasPart tree."""

    key: str  # stable within the document: report and position path, e.g. "r0/3/1"
    titles: tuple[Text, ...]
    host_code: str = ""  # the LOS identifier the host uses (local, else the first given)
    kind: str = ""  # "Course", "Module", "Class", "Degree Programme", … as written
    ects: Decimal | None = None
    credit_scheme: str = ""  # "ects" normally
    grade: str = ""  # resultLabel exactly as printed
    grading_scheme: str = ""  # the grading scheme's description (gradingSchemeLocalId resolved), or its id
    grading_scheme_id: str = ""
    status: str = "passed"  # "passed", "failed", "in-progress"
    date: date | None = None
    start: date | None = None
    academic_term: str = ""
    language: str = ""  # language of instruction
    hours: str = ""  # engagementHours as written
    isced: str = ""
    level: str = ""  # EQF/NQF levels as written, if any
    distribution: tuple[tuple[str, int], ...] = ()  # resultDistribution categories (label, count)
    issuer_index: int = 0  # which report's issuer
    parents: tuple[str, ...] = ()  # titles of the enclosing LOS (programme, module), for display
    descriptions: tuple[Text, ...] = ()  # shown as plain text, never rendered as HTML


@dataclass(frozen=True)
class Attachment:
    title: str
    media_type: str  # "application/pdf", …
    data: bytes
    kind: str = ""  # attachment type as written (e.g. "Transcript of Records")


@dataclass(frozen=True)
class ElmoContent:
    format: str  # one of FORMATS
    version: str  # as far as it can be told: "1.7", "2.0", "pre-1.0", "" when unknown
    namespace: str
    generated: datetime | None
    learner: Learner
    issuers: tuple[Issuer, ...]
    courses: tuple[Course, ...]
    attachments: tuple[Attachment, ...] = ()
    warnings: tuple[Problem, ...] = field(default=())  # schema problems, dangling references, …

    @property
    def passed(self) -> tuple[Course, ...]:
        """The courses that can count: failed and in-progress ones are shown, flagged, not counted."""
        return tuple(c for c in self.courses if c.status == "passed")

    @property
    def ects_total(self) -> Decimal:
        """ECTS earned: of the passed courses only."""
        return sum((c.ects for c in self.passed if c.ects is not None), Decimal(0))


# -- signatures and trust ------------------------------------------------------------------------------------
SIGNATURE_STATUSES = ("valid", "invalid", "missing", "unknown_signer")


@dataclass(frozen=True)
class PinnedCertificate:
    """A certificate from the trust store, which alone decides who signed."""

    fingerprint: str  # SHA-256 of the DER, lower-case hex
    pem: bytes
    label: str = ""  # EMP acronym, for messages


@dataclass(frozen=True)
class SignatureVerdict:
    status: str  # one of SIGNATURE_STATUSES
    signer_fingerprint: str = ""  # the pinned certificate that verified, when valid
    algorithm: str = ""  # e.g. "rsa-sha1", "rsa-sha256"
    canonicalization: str = ""  # e.g. "c14n", "exc-c14n"
    detail: str = ""  # technical reason for invalid, for the log and the expert eye
    verified_at: datetime | None = None


@dataclass(frozen=True)
class TrustEntry:
    """One EMP with its certificate, as a trust source describes it."""

    acronym: str
    name: str
    country: str
    url: str
    certificate_pem: bytes
    fingerprint: str  # SHA-256 of the DER, lower-case hex
    subject: str
    not_before: datetime
    not_after: datetime
    source: str  # "emreg", "emreg-ncps", "ewp-catalogue", "certificate"
