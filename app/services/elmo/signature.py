"""Verifying the enveloped XML signature of a returned ELMO document against the certificates pinned in the trust
store, as of the time of receipt.

Only a pinned certificate makes a document `valid`; the certificate inside the document's KeyInfo merely says which
pinned certificate to try first, and, when it is not pinned but verifies the signature, that the document is intact
but comes from a contact point the desk does not trust (`unknown_signer`). The rules real EMREX files need (see
`../shared/emrex/README.md`): RSA-SHA1 or RSA-SHA256 with SHA-1 or SHA-256 digests; inclusive or exclusive C14N;
empty `xmlns=""` declarations excised as Java signers do (signxml issue #193); exactly one reference, with URI "",
to the whole document; the `ds:Signature` a direct child of the root `elmo` and the only one in the document; the
certificate valid at the time of receipt.

`verify_signature` returns, beside the verdict, the signed content when the verdict is `valid`: the bytes the
reference's digest was computed over (signxml's `VerifyResult.signed_data`), i.e. the canonical form (UTF-8, no
XML declaration, no comments unless the signature covers them) of the whole document with the signature removed.
Those bytes are exactly what the contact point signed and nothing else, so a reader given them cannot see any
unsigned addition; they are well-formed XML that the hardened parser reads like any document. (With inclusive
C14N, empty `xmlns=""` declarations are absent from them, as from what a Java signer digested.)

Nothing here raises for bad data: every problem with the bytes is a verdict (`invalid` with a technical `detail`).
"""

from __future__ import annotations

import hashlib
import re
from base64 import b64decode
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache

import cryptography.exceptions
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from lxml import etree
from signxml import DigestAlgorithm, SignatureConfiguration, SignatureMethod, XMLVerifier
from signxml.exceptions import InvalidDigest, SignXMLException

from app.services.elmo.types import PinnedCertificate, SignatureVerdict

DS = "http://www.w3.org/2000/09/xmldsig#"
ENVELOPED = DS + "enveloped-signature"

# canonicalization algorithm URI → the name a verdict reports
CANONICALIZATIONS = {
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315": "c14n",
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments": "c14n-with-comments",
    "http://www.w3.org/2006/12/xml-c14n11": "c14n11",
    "http://www.w3.org/2006/12/xml-c14n11#WithComments": "c14n11-with-comments",
    "http://www.w3.org/2001/10/xml-exc-c14n#": "exc-c14n",
    "http://www.w3.org/2001/10/xml-exc-c14n#WithComments": "exc-c14n-with-comments",
}
SIGNATURE_METHODS = {SignatureMethod.RSA_SHA1.value: "rsa-sha1", SignatureMethod.RSA_SHA256.value: "rsa-sha256"}

_CONFIG = SignatureConfiguration(
    signature_methods=frozenset({SignatureMethod.RSA_SHA1, SignatureMethod.RSA_SHA256}),
    digest_algorithms=frozenset({DigestAlgorithm.SHA1, DigestAlgorithm.SHA256}),
    location="./",  # the Signature is a child of the root element
    expect_references=1,
)

# What signxml (and lxml, cryptography, base64 underneath it) raises for a signature that does not hold.
_FAILURES = (cryptography.exceptions.InvalidSignature, cryptography.exceptions.UnsupportedAlgorithm,
             SignXMLException, etree.LxmlError, ValueError, TypeError)

_WHITESPACE = re.compile(rb"\s+")


def _ds(name: str) -> str:
    return f"{{{DS}}}{name}"


def _parser() -> etree.XMLParser:
    """A fresh hardened parser (lxml parsers must not be shared between threads): no DTD loading, no entity
    expansion, no network, lxml's default size limits; whitespace, comments and CDATA kept as they came, since the
    canonical form depends on them."""
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


@dataclass(frozen=True)
class _Cert:
    cert: x509.Certificate
    fingerprint: str
    public_key: bytes  # SubjectPublicKeyInfo DER, to recognise a renewed certificate with the same key
    label: str = ""


@lru_cache(maxsize=512)
def _load_pem(pem: bytes) -> _Cert | None:
    try:
        cert = x509.load_pem_x509_certificate(pem)
    except ValueError:
        return None
    return _describe(cert)


@lru_cache(maxsize=512)
def _load_der(der: bytes) -> _Cert | None:
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return None
    return _describe(cert)


def _describe(cert: x509.Certificate) -> _Cert:
    return _Cert(cert, hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest(),
                 cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo))


class _Verifier(XMLVerifier):
    """signxml's verifier, handed the tree this module parsed and checked instead of parsing the bytes again.
    (signxml never changes the tree it is given: it copies it before removing the signature.)"""

    excise_empty_xmlns_declarations = True  # Java-signed ELMO fails without it (signxml issue #193)

    def __init__(self, root: etree._Element) -> None:
        super().__init__()
        self._given_root = root

    def get_root(self, data):
        return data if data is self._given_root else super().get_root(data)


class _Refused(Exception):
    """The document's signature cannot be accepted, whatever the certificate: the reason goes into `detail`."""


@dataclass(frozen=True)
class _Signature:
    element: etree._Element
    algorithm: str
    canonicalization: str
    key_info: tuple[_Cert, ...]  # the certificates in KeyInfo/X509Data that could be read


def _invalid(at: datetime, detail: str, signature: _Signature | None = None) -> tuple[SignatureVerdict, None]:
    return SignatureVerdict("invalid", algorithm=signature.algorithm if signature else "",
                            canonicalization=signature.canonicalization if signature else "",
                            detail=detail, verified_at=at), None


def verify_signature(xml: bytes, trusted: Sequence[PinnedCertificate],
                     at: datetime) -> tuple[SignatureVerdict, bytes | None]:
    """Verify the ELMO document `xml` (the bytes exactly as signed, transport already decoded) against the pinned
    certificates `trusted`, as of `at` (the time of receipt; aware). Returns the verdict and, when it is `valid`,
    the signed content's bytes (see the module's docstring), else None."""
    if at.tzinfo is None:
        raise ValueError("naive datetime given; use an aware UTC timestamp")
    try:
        root = etree.fromstring(xml, parser=_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        return _invalid(at, f"not well-formed XML: {exc}")
    if root is None:
        return _invalid(at, "not an XML document")
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        return _invalid(at, "a DOCTYPE declaration is not allowed")
    if any(True for _ in root.iter(etree.Entity)):
        return _invalid(at, "entity references are not allowed")
    signatures = list(root.iter(_ds("Signature")))
    if not signatures:
        return SignatureVerdict("missing", detail="no ds:Signature element", verified_at=at), None
    try:
        signature = _check_structure(root, signatures)
    except _Refused as exc:
        return _invalid(at, str(exc))

    # A pinned certificate that verifies decides; one that signed but fails otherwise (digest, validity) decides
    # too. Only when no pinned certificate signed is the certificate in KeyInfo tried, to tell an intact document
    # from an unknown contact point (never valid) from a broken one.
    key_info = {c.fingerprint: c for c in signature.key_info}
    out_of_validity = ""
    for candidate in _candidates(trusted, signature.key_info):
        outcome, detail, signed = _attempt(root, candidate, at)
        if outcome == "valid":
            return SignatureVerdict("valid", signer_fingerprint=candidate.fingerprint,
                                    algorithm=signature.algorithm, canonicalization=signature.canonicalization,
                                    verified_at=at), signed
        if outcome == "failed":
            return _invalid(at, f"{detail} (pinned certificate sha256={candidate.fingerprint})", signature)
        if outcome == "out_of_validity":  # a renewed certificate with the same key may still be pinned: go on
            out_of_validity = out_of_validity or f"{detail} (pinned certificate sha256={candidate.fingerprint})"
        key_info.pop(candidate.fingerprint, None)  # pinned and not the signer: no use trying it again below
    if out_of_validity:
        return _invalid(at, out_of_validity, signature)
    failure = ""
    for candidate in key_info.values():
        outcome, detail, _ = _attempt(root, candidate, at)
        if outcome == "valid":
            subject = _subject(candidate.cert)
            return SignatureVerdict("unknown_signer", algorithm=signature.algorithm,
                                    canonicalization=signature.canonicalization, verified_at=at,
                                    detail=f"signed by a certificate that is not pinned: sha256={candidate.fingerprint}"
                                           f", subject={subject}"), None
        if outcome in ("failed", "out_of_validity"):
            failure = f"{detail} (certificate in KeyInfo, not pinned: sha256={candidate.fingerprint})"
            break
    if not failure:
        tried = f"{len(trusted)} pinned certificate(s)"
        failure = (f"the signature value does not verify with any of {tried} nor with the certificate in KeyInfo"
                   if signature.key_info else
                   f"the signature value does not verify with any of {tried}; KeyInfo carries no readable certificate")
        failure += " (the signature was changed or reformatted after signing, or another key signed)"
    return _invalid(at, failure, signature)


def _check_structure(root: etree._Element, signatures: list[etree._Element]) -> _Signature:
    """What signxml does not insist on: one signature, where ELMO puts it, covering the whole document."""
    if etree.QName(root).localname != "elmo":
        raise _Refused(f"the root element is {root.tag}, not elmo")
    if len(signatures) != 1:
        raise _Refused(f"{len(signatures)} ds:Signature elements; exactly one is allowed")
    signature = signatures[0]
    if signature.getparent() is not root:
        raise _Refused("the ds:Signature element is not a direct child of elmo")
    signed_infos = signature.findall(_ds("SignedInfo"))
    if len(signed_infos) != 1:
        raise _Refused(f"{len(signed_infos)} ds:SignedInfo elements; exactly one is required")
    signed_info = signed_infos[0]
    c14n = _algorithm(signed_info, "CanonicalizationMethod")
    if c14n not in CANONICALIZATIONS:
        raise _Refused(f"canonicalization {c14n or 'missing'} is not accepted")
    method = _algorithm(signed_info, "SignatureMethod")
    if method not in SIGNATURE_METHODS:
        raise _Refused(f"signature method {method or 'missing'} is not accepted (RSA-SHA1 or RSA-SHA256 only)")
    references = signed_info.findall(_ds("Reference"))
    if len(references) != 1:
        raise _Refused(f"{len(references)} references; exactly one, to the whole document (URI=\"\"), is required")
    reference = references[0]
    uri = reference.get("URI")
    if uri != "":
        raise _Refused(f"the reference's URI is {uri!r}; only the whole document (URI=\"\") is accepted")
    transforms = [t.get("Algorithm") or "" for t in reference.iterfind(f"{_ds('Transforms')}/{_ds('Transform')}")]
    if ENVELOPED not in transforms:
        raise _Refused("the reference lacks the enveloped-signature transform")
    odd = [t for t in transforms if t != ENVELOPED and t not in CANONICALIZATIONS]
    if odd:
        raise _Refused(f"transform {odd[0] or 'without an algorithm'} is not accepted")
    return _Signature(signature, SIGNATURE_METHODS[method], CANONICALIZATIONS[c14n], tuple(_key_info(signature)))


def _algorithm(signed_info: etree._Element, name: str) -> str:
    found = signed_info.findall(_ds(name))
    return (found[0].get("Algorithm") or "") if len(found) == 1 else ""


def _key_info(signature: etree._Element) -> Iterable[_Cert]:
    """The certificates the signature carries, untrusted: they only tell which pinned certificate to try first."""
    seen = set()
    for element in signature.iterfind(f"{_ds('KeyInfo')}/{_ds('X509Data')}/{_ds('X509Certificate')}"):
        try:
            der = b64decode(_WHITESPACE.sub(b"", (element.text or "").encode("ascii")), validate=True)
        except ValueError:
            continue
        cert = _load_der(der)
        if cert is not None and cert.fingerprint not in seen:
            seen.add(cert.fingerprint)
            yield cert


def _candidates(trusted: Sequence[PinnedCertificate], key_info: tuple[_Cert, ...]) -> list[_Cert]:
    """The pinned certificates with an RSA key, the one KeyInfo names first, then those with the same key as a
    certificate in KeyInfo (a renewed certificate), then the others. A pinned entry whose PEM cannot be read
    verifies nothing."""
    named = {c.fingerprint for c in key_info}
    keys = {c.public_key for c in key_info}
    pinned: dict[str, _Cert] = {}
    for entry in trusted:
        cert = _load_pem(bytes(entry.pem))
        if cert is not None and isinstance(cert.cert.public_key(), rsa.RSAPublicKey):
            pinned.setdefault(cert.fingerprint, _Cert(cert.cert, cert.fingerprint, cert.public_key, entry.label))
    return sorted(pinned.values(), key=lambda c: 0 if c.fingerprint in named else 1 if c.public_key in keys else 2)


def _attempt(root: etree._Element, candidate: _Cert, at: datetime) -> tuple[str, str, bytes | None]:
    """Verify with one certificate: ("valid", "", signed bytes), ("not_signer", …) when the signature value does
    not verify with its key, ("failed", reason, None) when the certificate is the signer's (or the document is
    wrong whatever the certificate) and something does not hold. A certificate outside its validity at `at` is
    tried as of its first valid day, to tell whether it signed: if it did, ("out_of_validity", reason, None)."""
    cert = candidate.cert
    valid_then = cert.not_valid_before_utc <= at <= cert.not_valid_after_utc
    config = replace(_CONFIG, verification_time=at if valid_then else cert.not_valid_before_utc)
    try:
        result = _Verifier(root).verify(root, x509_cert=cert, parser=_parser(), expect_config=config)
    except _FAILURES as exc:
        if _wrong_key(exc):
            return "not_signer", "", None
        changed = "the content was changed after signing: " if isinstance(exc, InvalidDigest) else ""
        return "failed", f"{changed}{type(exc).__name__}: {exc}", None
    if not valid_then:
        label = f" ({candidate.label})" if candidate.label else ""
        if at > cert.not_valid_after_utc:
            why = f"expired on {cert.not_valid_after_utc.isoformat()}"
        else:
            why = f"is not valid before {cert.not_valid_before_utc.isoformat()}"
        return ("out_of_validity",
                f"the signing certificate{label} {why}; the document was received on {at.isoformat()}", None)
    return "valid", "", result.signed_data


def _wrong_key(exc: BaseException) -> bool:
    """Whether signxml gave up because the signature value does not verify with the certificate's key (it
    re-raises cryptography's InvalidSignature from there), as opposed to a fault found before or after that."""
    def from_the_key(error: BaseException | None) -> bool:
        return isinstance(error, cryptography.exceptions.InvalidSignature) and not isinstance(error, SignXMLException)

    return from_the_key(exc) or (isinstance(exc, SignXMLException) and from_the_key(exc.__context__))


def _subject(cert: x509.Certificate) -> str:
    try:
        return cert.subject.rfc4514_string()
    except ValueError:
        return "?"
