"""Loading returned EMREX results into a decision: decode, verify, read, match, store — one pipeline for every
channel (a file, an EMP return body, an EWP Transcript of Records).

`inspect` only looks (no writes); `preview` adds the decision's student and says whether an import may go on;
`import_document` stores the received bytes untouched with the verdicts and the selected courses in one
transaction, after checking everything again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.models import Decision, ElmoDocument, ForeignCourse, Student, TrustedEmp
from app.models.types import utcnow
from app.services import audit
from app.services.context import ServiceContext
from app.services.elmo.identity import MISMATCH, NEAR_MISS, IdentityVerdict, Person, match_identity
from app.services.elmo.reader import read_elmo
from app.services.elmo.signature import verify_signature
from app.services.elmo.transport import decode_transport
from app.services.elmo.types import Course, Decoded, ElmoContent, SignatureVerdict
from app.services.elmo.xmlsafe import parse_xml, schema_warnings
from app.services.errors import AppError, NotFound, Problem, StaleEdit, ValidationError
from app.services.files import read_bounded
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check
from app.services.trust import TrustRow, TrustService
from app.services.vocabulary import state_term
from app.services.workflow import AWAITING_RESULTS


class ImportRefused(AppError):
    """Refused with its reasons; each reason is translated when the refusal is shown."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The results cannot be imported:")

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__()

    def render(self, translate=None) -> str:
        return " ".join([super().render(translate)] + [p.render(translate) for p in self.problems])


@dataclass(frozen=True)
class Inspection:
    """What a returned document says and whether it can be believed."""

    sha256: str  # of the bytes as received
    content_sha256: str  # of what the signature covers (canonical), or of the unsigned document
    size: int
    decoded: Decoded
    content: ElmoContent
    signature: SignatureVerdict
    signer: TrustRow | None  # the trust store entry whose certificate verified the signature
    verified: bool  # courses come from the signed content
    warnings: tuple[Problem, ...]
    already_imported: tuple[int, int] | None = None  # (document id, decision id) of an earlier import


@dataclass(frozen=True)
class IntakePreview:
    inspection: Inspection
    decision_id: int
    identity: IdentityVerdict
    refusals: tuple[Problem, ...] = field(default=())  # why an import is not possible; empty when it is

    @property
    def importable(self) -> bool:
        return not self.refusals


@dataclass(frozen=True)
class ImportedDocument:
    document_id: int
    decision_id: int
    courses: int
    ects: str


@dataclass(frozen=True)
class ExpectedSigner:
    """The contact point results were fetched from: an EMP is known by its acronym in its country (it may sign
    with a renewed certificate that is pinned beside the old one)."""

    acronym: str
    country: str

    def signed(self, signer: TrustRow | None) -> bool:
        return (signer is not None and signer.acronym.casefold() == self.acronym.casefold()
                and signer.country.casefold() == self.country.casefold())


ALREADY_IMPORTED = Problem(QT_TRANSLATE_NOOP("Errors", "This document was imported in the meantime."))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


MAX_DOCUMENT_BYTES = 25_000_000


def signature_refusal(status: str, detail: str = "") -> Problem:
    """Why a document whose signature is not valid cannot be imported, in words for the officer."""
    if status == "missing":
        return Problem(QT_TRANSLATE_NOOP(
            "Errors", "The document is not signed; only results signed by a trusted contact point count."))
    if status == "unknown_signer":
        return Problem(QT_TRANSLATE_NOOP(
            "Errors", "The document is signed by a contact point that is not in the trust store."))
    if "expired" in detail or "not valid before" in detail:
        return Problem(QT_TRANSLATE_NOOP(
            "Errors", "The contact point's certificate was not valid when the document was received."))
    return Problem(QT_TRANSLATE_NOOP(
        "Errors", "The signature is not valid: the document was changed after signing or is not what the contact "
                  "point sent."))


def _short_key(key: str) -> str:
    """A course's place in its document, kept within the column: deep places are shortened to a digest."""
    return key if len(key) <= 60 else "h:" + hashlib.sha256(key.encode()).hexdigest()[:58]


class IntakeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.trust = TrustService(ctx)

    @staticmethod
    def read_file(path: Path) -> bytes:
        """The bytes of a returned file, refused when it cannot be opened or is far too large for results."""
        return read_bounded(path, MAX_DOCUMENT_BYTES)

    # -- looking -------------------------------------------------------------------------------------------
    def inspect(self, data: bytes, at: datetime | None = None) -> Inspection:
        """Read a returned document whatever its transport, verify its signature against the trust store, and
        say what it holds. Nothing is written. Raises `ElmoUnreadable` (with the reason) or `EmpReturnedNothing`."""
        at = at or utcnow()
        decoded = decode_transport(data)
        root = parse_xml(decoded.xml)
        verdict, signed = verify_signature(decoded.xml, self.trust.pinned(), at)
        verified = verdict.status == "valid" and signed is not None
        # courses come only from what the signature covers; an unverified document is shown, marked so
        content = read_elmo(parse_xml(signed) if verified else root)
        signer = self.trust.by_fingerprint(verdict.signer_fingerprint) if verified else None
        # A signed document is known by what its signature covers: the same content arrives as a file, a return
        # body or an EWP response, with or without an XML declaration, comments or other line ends.
        digest, content_digest = _sha256(data), _sha256(signed if verified else decoded.xml)
        with self.ctx.reading() as session:
            earlier = session.execute(select(ElmoDocument.id, ElmoDocument.decision_id)
                                      .where(ElmoDocument.content_sha256 == content_digest)).first()
        return Inspection(sha256=digest, content_sha256=content_digest, size=len(data), decoded=decoded,
                          content=content, signature=verdict,
                          signer=signer, verified=verified,
                          warnings=tuple(content.warnings) + tuple(schema_warnings(root)),
                          already_imported=tuple(earlier) if earlier else None)

    def preview(self, decision_id: int, data: bytes, at: datetime | None = None,
                inspection: Inspection | None = None, expected_emp: ExpectedSigner | None = None) -> IntakePreview:
        """Everything the officer must see before importing into a decision, and what stands in the way.
        An `inspection` of these very bytes, just made, is used instead of inspecting them again. Results fetched
        from a chosen contact point (`expected_emp`) must be signed by that contact point, not any trusted one."""
        if inspection is None or inspection.sha256 != _sha256(data):
            inspection = self.inspect(data, at)
        with self.ctx.reading() as session:
            decision = session.get(Decision, decision_id)
            if decision is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Decision {id} does not exist."), id=decision_id)
            student = session.get(Student, decision.student_id)
            person = Person(student.given_names, student.family_name, student.birth_date, student.esi)
            state, number = decision.state, decision.number
        identity = match_identity(inspection.content.learner, person)
        return IntakePreview(inspection, decision_id, identity,
                             self._refusals(inspection, identity, state, number, expected_emp))

    @staticmethod
    def _refusals(inspection: Inspection, identity: IdentityVerdict, state, number: str,
                  expected_emp: ExpectedSigner | None = None) -> tuple[Problem, ...]:
        refusals: list[Problem] = []
        if inspection.signature.status != "valid":
            refusals.append(signature_refusal(inspection.signature.status, inspection.signature.detail))
        elif expected_emp is not None and not expected_emp.signed(inspection.signer):
            signer = inspection.signer
            refusals.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "The results are signed by {signer}, not by the contact point {emp} they were fetched "
                          "from."), signer=f"{signer.acronym} ({signer.country})" if signer else "?",
                emp=f"{expected_emp.acronym} ({expected_emp.country})"))
        if identity.status == MISMATCH:
            refusals.extend(identity.reasons)
        if inspection.already_imported:
            document_id, decision_id = inspection.already_imported
            refusals.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "This document was already imported (document {document}, decision {decision})."),
                document=document_id, decision=decision_id))
        if state not in AWAITING_RESULTS:
            refusals.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "Decision {number} does not await results (it is {state})."),
                number=number, state=state_term(state)))
        if not inspection.content.courses:
            refusals.append(Problem(QT_TRANSLATE_NOOP("Errors", "The document holds no courses.")))
        return tuple(refusals)

    # -- storing -------------------------------------------------------------------------------------------
    def import_document(self, decision_id: int, data: bytes, source_name: str = "",
                        selected: Collection[str] | None = None, near_miss_reason: str = "",
                        received_at: datetime | None = None, inspection: Inspection | None = None,
                        expected_emp: ExpectedSigner | None = None) -> ImportedDocument:
        """Import a returned document into a decision awaiting results: the bytes untouched with their SHA-256,
        the verdicts, the time of receipt, and the selected courses (all when `selected` is None). Refused, with
        nothing stored, when the signature is not valid, the learner is not the student (a near miss needs a
        written reason), the document was imported before, the decision does not await results, or results
        fetched from a chosen contact point (`expected_emp`) are signed by another one."""
        check(self.ctx, Permission.RESULTS_IMPORT)
        received_at = received_at or utcnow()
        if inspection is not None and inspection.signature.verified_at is not None:
            received_at = inspection.signature.verified_at  # verified as of its receipt: keep that moment
        preview = self.preview(decision_id, data, received_at, inspection, expected_emp)
        if preview.refusals:
            raise ImportRefused(preview.refusals)
        reason = near_miss_reason.strip()
        if preview.identity.status == NEAR_MISS and not reason:
            raise ImportRefused((Problem(QT_TRANSLATE_NOOP(
                "Errors", "The learner only nearly matches the student; accepting needs a written reason.")),)
                + preview.identity.reasons)
        inspection = preview.inspection
        courses = self._chosen(inspection.content.courses, selected)
        try:
            return self._store(decision_id, data, source_name, received_at, preview, courses, reason)
        except StaleEdit:
            with self.ctx.reading() as session:  # the unique digest: the same document, imported at this moment
                if session.scalar(select(ElmoDocument.id).where(
                        ElmoDocument.content_sha256 == inspection.content_sha256)) is not None:
                    raise ImportRefused((ALREADY_IMPORTED,)) from None
            raise

    def _store(self, decision_id: int, data: bytes, source_name: str, received_at: datetime,
               preview: IntakePreview, courses: list[Course], reason: str) -> ImportedDocument:
        inspection, content = preview.inspection, preview.inspection.content
        issuer = content.issuers[0] if content.issuers else None
        with self.ctx.transaction() as session:
            decision = session.get(Decision, decision_id, with_for_update=True)
            if decision.state not in AWAITING_RESULTS:  # moved on since the preview
                raise ImportRefused((Problem(QT_TRANSLATE_NOOP(
                    "Errors", "Decision {number} does not await results (it is {state})."),
                    number=decision.number, state=state_term(decision.state)),))
            if session.scalar(select(ElmoDocument.id).where(
                    ElmoDocument.content_sha256 == inspection.content_sha256)) is not None:
                raise ImportRefused((ALREADY_IMPORTED,))  # by someone else since the preview
            emp = session.scalar(select(TrustedEmp).where(TrustedEmp.fingerprint
                                                          == inspection.signature.signer_fingerprint))
            document = ElmoDocument(
                decision_id=decision_id, received_bytes=data, sha256=inspection.sha256,
                content_sha256=inspection.content_sha256, source_name=source_name[:300],
                transport=inspection.decoded.transport, format=content.format, version=content.version,
                generated_at=content.generated, received_at=received_at, imported_by=self.ctx.actor.login,
                issuer=(issuer.titles[0].text if issuer and issuer.titles else "")[:300],
                issuer_country=(issuer.country if issuer else "")[:3],
                learner_name=f"{content.learner.given_names} {content.learner.family_name}".strip()[:300]
                or content.learner.full_name[:300],
                learner_birth_date=content.learner.birth_date, signature_status=inspection.signature.status,
                signature_algorithm=inspection.signature.algorithm,
                signer_fingerprint=inspection.signature.signer_fingerprint,
                trusted_emp_id=emp.id if emp else None, verified_at=received_at,
                identity_status=preview.identity.status, identity_reason=reason,
                warnings=[w.render() for w in inspection.warnings])
            session.add(document)
            session.flush()
            host = document.issuer
            tables = dict(inspection.decoded.grade_tables)
            for course in courses:
                row = self._foreign_course(course, decision_id, document.id, host)
                table = tables.get(course.isced[:4]) or tables.get(course.isced)
                if not row.distribution and table:  # the EWP response's grading table for the course's field
                    row.distribution = [[label, share] for label, share in table]
                session.add(row)
            decision.results_loaded_at = received_at
            total = sum((c.ects for c in courses if c.ects is not None), start=0)
            audit.record(session, self.ctx, "elmo.import", "decision", decision_id, after={
                "document": document.id, "sha256": inspection.sha256, "signature": inspection.signature.status,
                "emp": emp.acronym if emp else "", "identity": preview.identity.status,
                "courses": [c.key for c in courses], "ects": str(total)}, reason=reason)
            return ImportedDocument(document.id, decision_id, len(courses), str(total))

    @staticmethod
    def _chosen(courses: tuple[Course, ...], selected: Collection[str] | None) -> list[Course]:
        if selected is None:
            return list(courses)
        keys = set(selected)
        unknown = keys - {c.key for c in courses}
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The document has no course {keys}."),
                                  keys=", ".join(sorted(unknown)))
        chosen = [c for c in courses if c.key in keys]
        if not chosen:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Select at least one course to import."))
        return chosen

    @staticmethod
    def _foreign_course(course: Course, decision_id: int, document_id: int, host: str) -> ForeignCourse:
        first = course.titles[0] if course.titles else None
        return ForeignCourse(
            decision_id=decision_id, document_id=document_id, source_key=_short_key(course.key),
            host_institution=host, host_code=course.host_code[:100], title=(first.text if first else "")[:500],
            title_lang=(first.lang if first else "")[:10],
            titles=[{"text": t.text, "lang": t.lang} for t in course.titles],
            ects=course.ects, original_grade=course.grade[:60], grading_scheme=course.grading_scheme,
            status=course.status[:20], result_date=course.date, academic_term=course.academic_term[:100],
            language=course.language[:20], hours=course.hours[:40], isced=course.isced[:20],
            distribution=[list(pair) for pair in course.distribution])

    def reverify(self, document_id: int) -> SignatureVerdict:
        """Check a stored document's signature again, as of its time of receipt, against today's trust store
        (after a certificate was added or switched off). The verdict at receipt stays; the new one is kept
        beside it and in the audit log."""
        check(self.ctx, Permission.RESULTS_REVERIFY)
        with self.ctx.reading() as session:
            document = session.get(ElmoDocument, document_id)
            if document is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no stored document {id}."), id=document_id)
            data, received_at, before = document.received_bytes, document.received_at, document.signature_status
        verdict, _ = verify_signature(decode_transport(data).xml, self.trust.pinned(), received_at)
        with self.ctx.transaction() as session:
            document = session.get(ElmoDocument, document_id)
            document.reverified_at, document.reverified_status = utcnow(), verdict.status
            audit.record(session, self.ctx, "elmo.reverify", "elmo_document", document_id,
                         before={"signature": before}, after={"signature": verdict.status,
                                                              "signer": verdict.signer_fingerprint})
        return verdict
