"""Reading the contact points (EMPs) to trust, with their certificates, from what an administrator is given:

* the EMREX registry (EMREG) JSON: `{"countries": […], "emps": [{acronym, countryCode, url, pubKey, …}]}`, or the
  legacy `ncps` key in its place; `pubKey` is a PEM certificate;
* the EWP registry catalogue (XML): `emrex-data-access-point` manifest entries of its hosts, each with `url`,
  `name`, `country-code`, `institution`s and a base64 DER `certificate`;
* a certificate file: PEM (one or more CERTIFICATE blocks, other text around them ignored) or DER.

The content decides which it is, never the file name. Anything else, or a source that names no certificate, is
refused as a whole with a `TrustSourceError`.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import re
from base64 import b64decode
from collections.abc import Iterable
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from lxml import etree

from app.services.elmo.types import PinnedCertificate, TrustEntry
from app.services.errors import AppError, Term
from app.services.i18n import QT_TRANSLATE_NOOP

SOURCES = ("emreg", "emreg-ncps", "ewp-catalogue", "certificate")

# Longest text each field may hold (the trust store's column sizes).
LIMITS = {"acronym": 60, "name": 300, "country": 3, "url": 500, "subject": 500}

EWP_ENTRY = "emrex-data-access-point"  # local name; its namespace changed between spec versions

_PEM_CERTIFICATE = re.compile(rb"-----BEGIN CERTIFICATE-----")
_WHITESPACE = re.compile(r"\s+")
_UNNAMED = Term("Errors", QT_TRANSLATE_NOOP("Errors", "(no name)"))


class TrustSourceError(AppError):
    """The data is not a trust source this program reads, or names no usable certificate."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The trust source cannot be read.")


def read_trust_source(data: bytes, source_name: str = "") -> list[TrustEntry]:
    """The EMPs and certificates of an EMREG registry, an EWP catalogue or a certificate file, in the order given,
    one entry per certificate (the first EMP that names a certificate keeps it). Raises `TrustSourceError`."""
    source = source_name or _UNNAMED
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] in (b"{", b"["):
        entries = _from_emreg(text, source)
    elif text[:1] == b"<":
        entries = _from_ewp_catalogue(text, source)
    elif _PEM_CERTIFICATE.search(text):
        entries = _from_certificates(_pem_certificates(text, source))
    elif text[:1] == b"\x30":
        entries = _from_certificates([_der_certificate(data, source)])
    else:
        raise TrustSourceError(QT_TRANSLATE_NOOP(
            "Errors", "The trust source {source} cannot be read: it is not an EMREX registry (JSON), an EWP "
                      "catalogue (XML) or a certificate (PEM or DER)."), source=source)
    unique: dict[str, TrustEntry] = {}
    for entry in entries:
        unique.setdefault(entry.fingerprint, entry)
    return list(unique.values())


def certificate_fingerprint(pem_or_der: bytes) -> str:
    """SHA-256 of the certificate's DER, lower-case hex; of the first certificate of a PEM text.
    Raises `TrustSourceError` when the bytes hold no certificate."""
    if _PEM_CERTIFICATE.search(pem_or_der):
        cert = _pem_certificates(pem_or_der, _UNNAMED)[0]
    else:
        cert = _der_certificate(pem_or_der, _UNNAMED)
    return _fingerprint(cert)


def pinned(entries: Iterable[TrustEntry]) -> list[PinnedCertificate]:
    """The certificates of trust entries, as signature verification takes them."""
    return [PinnedCertificate(e.fingerprint, e.certificate_pem, e.acronym) for e in entries]


# -- the formats ---------------------------------------------------------------------------------------------
def _from_emreg(data: bytes, source: object) -> list[TrustEntry]:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TrustSourceError(QT_TRANSLATE_NOOP("Errors", "The registry {source} is not valid JSON: {detail}"),
                               source=source, detail=exc) from exc
    lists = [(key, document.get(key)) for key in ("emps", "ncps")] if isinstance(document, dict) else []
    lists = [(key, value) for key, value in lists if value is not None]
    if not lists or not all(isinstance(value, list) for _, value in lists):
        raise TrustSourceError(QT_TRANSLATE_NOOP(
            "Errors", "The trust source {source} is not an EMREX registry: it has no list of contact points "
                      "(\"emps\" or \"ncps\")."),
            source=source)
    entries = []
    for key, emps in lists:
        for index, emp in enumerate(emps, start=1):
            entries.append(_emreg_entry(emp, index, "emreg" if key == "emps" else "emreg-ncps", source))
    if not entries:
        raise TrustSourceError(QT_TRANSLATE_NOOP("Errors", "The registry {source} lists no contact points."),
                               source=source)
    return entries


def _emreg_entry(emp: object, index: int, kind: str, source: object) -> TrustEntry:
    if not isinstance(emp, dict):
        raise TrustSourceError(QT_TRANSLATE_NOOP(
            "Errors", "Contact point {index} of the registry {source} is not an object."), index=index, source=source)
    acronym = _text(emp.get("acronym"))
    who = acronym or str(index)
    key = emp.get("pubKey")
    if not isinstance(key, str) or not key.strip():
        raise TrustSourceError(QT_TRANSLATE_NOOP(
            "Errors", "The contact point {emp} in {source} has no certificate (pubKey)."), emp=who, source=source)
    try:
        cert = _certificate_text(key)
    except ValueError as exc:
        raise TrustSourceError(QT_TRANSLATE_NOOP(
            "Errors", "The certificate (pubKey) of the contact point {emp} in {source} cannot be read: {detail}"),
            emp=who, source=source, detail=_reason(exc)) from exc
    return _entry(cert, kind, acronym=acronym, name=_text(emp.get("name")), country=_text(emp.get("countryCode")),
                  url=_text(emp.get("url")))


def _from_ewp_catalogue(data: bytes, source: object) -> list[TrustEntry]:
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise TrustSourceError(QT_TRANSLATE_NOOP("Errors", "The catalogue {source} is not well-formed XML: {detail}"),
                               source=source, detail=exc) from exc
    if root is None or root.getroottree().docinfo.doctype:
        raise TrustSourceError(QT_TRANSLATE_NOOP(
            "Errors", "The catalogue {source} declares a DOCTYPE, which is not allowed."), source=source)
    points = [e for e in root.iter(etree.Element) if etree.QName(e).localname == EWP_ENTRY]
    if not points:
        raise TrustSourceError(QT_TRANSLATE_NOOP(
            "Errors", "The trust source {source} holds no EMREX data access points (it is not an EWP catalogue, or "
                      "one without EMREX)."), source=source)
    return [_ewp_entry(point, index, source) for index, point in enumerate(points, start=1)]


def _ewp_entry(point: etree._Element, index: int, source: object) -> TrustEntry:
    fields: dict[str, list[str]] = {}
    for child in point:
        if isinstance(child.tag, str):
            fields.setdefault(etree.QName(child).localname, []).append(_text(child.text))
    first = {key: next((v for v in values if v), "") for key, values in fields.items()}
    name = first.get("name", "")
    who = name or first.get("url", "") or str(index)
    encoded = first.get("certificate", "")
    if not encoded:
        raise TrustSourceError(QT_TRANSLATE_NOOP(
            "Errors", "The EMREX data access point {emp} in {source} has no certificate."), emp=who, source=source)
    try:
        cert = _certificate_text(encoded)
    except ValueError as exc:
        raise TrustSourceError(QT_TRANSLATE_NOOP(
            "Errors", "The certificate of the EMREX data access point {emp} in {source} cannot be read: {detail}"),
            emp=who, source=source, detail=_reason(exc)) from exc
    institutions = "; ".join(v for v in fields.get("institution", []) if v)
    return _entry(cert, "ewp-catalogue", acronym=name, name=institutions or name,
                  country=first.get("country-code", ""), url=first.get("url", ""))


def _from_certificates(certs: list[x509.Certificate]) -> list[TrustEntry]:
    """One entry per certificate; a chain file's CA certificates are left out (a document is verified with the
    pinned certificate's own key, so a pinned CA would vouch for nothing)."""
    signers = [cert for cert in certs if not _is_ca(cert)]
    entries = []
    for cert in signers or certs:
        country, organisation, common_name = (_name_part(cert, oid) for oid in
                                              (NameOID.COUNTRY_NAME, NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME))
        entries.append(_entry(cert, "certificate", acronym=common_name or organisation, name=organisation,
                              country=country))
    return entries


# -- certificates --------------------------------------------------------------------------------------------
def _certificate_text(text: str) -> x509.Certificate:
    """A certificate given as PEM (the first CERTIFICATE block) or as base64 of its DER, whitespace allowed."""
    raw = text.strip().encode("ascii", "replace")
    if raw.startswith(b"-----BEGIN"):
        if not _PEM_CERTIFICATE.search(raw):
            raise ValueError("a " + raw[11:].split(b"-----")[0].decode("ascii", "replace").lower()
                             + ", not a certificate")
        return x509.load_pem_x509_certificates(raw)[0]
    try:
        der = b64decode(_WHITESPACE.sub("", text), validate=True)
    except binascii.Error as exc:
        raise ValueError("neither PEM nor base64") from exc
    return x509.load_der_x509_certificate(der)


def _pem_certificates(data: bytes, source: object) -> list[x509.Certificate]:
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise TrustSourceError(QT_TRANSLATE_NOOP("Errors", "The certificate in {source} cannot be read: {detail}"),
                               source=source, detail=_reason(exc)) from exc


def _der_certificate(data: bytes, source: object) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise TrustSourceError(QT_TRANSLATE_NOOP("Errors", "The certificate in {source} cannot be read: {detail}"),
                               source=source, detail=_reason(exc)) from exc


def _entry(cert: x509.Certificate, kind: str, *, acronym: str, name: str = "", country: str = "",
           url: str = "") -> TrustEntry:
    not_before: datetime = cert.not_valid_before_utc
    not_after: datetime = cert.not_valid_after_utc
    try:
        subject = cert.subject.rfc4514_string()
    except ValueError:
        subject = ""
    return TrustEntry(acronym=acronym[:LIMITS["acronym"]], name=name[:LIMITS["name"]],
                      country=country.upper()[:LIMITS["country"]], url=url[:LIMITS["url"]],
                      certificate_pem=cert.public_bytes(Encoding.PEM), fingerprint=_fingerprint(cert),
                      subject=subject[:LIMITS["subject"]], not_before=not_before, not_after=not_after, source=kind)


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except (x509.ExtensionNotFound, ValueError):
        return False


def _fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def _name_part(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value).strip() if values else ""


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _reason(exc: Exception) -> str:
    """cryptography's messages end in a link to its FAQ and a Rust error kind; the first sentence says enough."""
    return str(exc).split(". See ")[0].strip() or type(exc).__name__
