"""Signature verification of returned ELMO documents: real EMREX files with their expected outcomes, documents
signed here with throwaway keys (both C14N flavours, RSA-SHA1 and RSA-SHA256), tampering, signature wrapping,
certificate validity at the time of receipt, and which certificate is believed."""

from __future__ import annotations

import base64
import copy
import gzip
import hashlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from lxml import etree
from signxml import CanonicalizationMethod, DigestAlgorithm, SignatureMethod, XMLSigner, methods

from app.services.elmo import signature as signature_module
from app.services.elmo.signature import verify_signature
from app.services.elmo.types import PinnedCertificate, SignatureVerdict

DATA = Path(__file__).resolve().parents[2] / "data" / "emrex"
SAMPLES, CERTS = DATA / "samples", DATA / "certs"
DS = "http://www.w3.org/2000/09/xmldsig#"
ELMO = "https://github.com/emrex-eu/elmo-schemas/tree/v1"
AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
DK_FINGERPRINT = "a0ff18678e408291950edc85251dee89840358de5080dec795416ef0ed611431"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"


# -- helpers -------------------------------------------------------------------------------------------------
def pin_file(name: str, label: str = "") -> PinnedCertificate:
    pem = (CERTS / name).read_bytes()
    der = x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)
    return PinnedCertificate(hashlib.sha256(der).hexdigest(), pem, label)


def pin_cert(cert: x509.Certificate, label: str = "") -> PinnedCertificate:
    return PinnedCertificate(hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest(),
                             cert.public_bytes(Encoding.PEM), label)


def fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def dk_signed() -> bytes:
    return (SAMPLES / "dk" / "elmo-tomcat-signed.xml").read_bytes()


DK = pin_file("dk-emrex-test.cer", "DK-TEST")
FI = pin_file("fi-csc-cert.crt", "CSC-TEST")  # expired 2018-05-20
UIO_OLD = pin_file("uio-test-no-cert.crt", "UIO")  # the certificate in the Swedish and EWP samples' KeyInfo
UIO_2022 = pin_file("uio-emrex-test.vitnemalsportalen.no-2022-from-KeyInfo.pem", "UIO-2022")
HR = pin_file("hr-emrex_studij_hr.crt", "HR")
ALL_REAL = [DK, FI, UIO_OLD, UIO_2022, HR]


def verify(xml: bytes, trusted, at: datetime = AT) -> tuple[SignatureVerdict, bytes | None]:
    verdict, signed = verify_signature(xml, trusted, at)
    assert verdict.verified_at == at
    assert (signed is not None) == (verdict.status == "valid"), verdict
    if verdict.status != "valid":
        assert not verdict.signer_fingerprint
    return verdict, signed


def make_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_cert(key: rsa.RSAPrivateKey, name: str = "Test EMP", not_before: datetime = datetime(2020, 1, 1, tzinfo=UTC),
              not_after: datetime = datetime(2040, 1, 1, tzinfo=UTC)) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "PL"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Throwaway"),
                         x509.NameAttribute(NameOID.COMMON_NAME, name)])
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(not_before).not_valid_after(not_after)
            .sign(key, hashes.SHA256()))


class SignerAllowingSha1(XMLSigner):
    """What a deployed EMP does: signxml refuses to *create* SHA-1 signatures unless told otherwise."""

    def check_deprecated_methods(self) -> None:
        pass


def sign(xml: bytes, key: rsa.RSAPrivateKey, certs: list[x509.Certificate], *,
         algorithm: SignatureMethod = SignatureMethod.RSA_SHA256, digest: DigestAlgorithm = DigestAlgorithm.SHA256,
         c14n: str = EXC_C14N) -> bytes:
    signer = SignerAllowingSha1(method=methods.enveloped, signature_algorithm=algorithm, digest_algorithm=digest,
                                c14n_algorithm=c14n)
    signed = signer.sign(etree.fromstring(xml), key=key, cert=certs)
    return etree.tostring(signed, encoding="utf-8", xml_declaration=True)


def unsigned_elmo() -> bytes:
    return (SAMPLES / "dk" / "elmo-tomcat-unsigned.xml").read_bytes()


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return make_key()


@pytest.fixture(scope="module")
def cert(key) -> x509.Certificate:
    return make_cert(key)


def tree(xml: bytes) -> etree._Element:
    return etree.fromstring(xml)


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, encoding="utf-8", xml_declaration=True)


# -- the real files ------------------------------------------------------------------------------------------
def test_the_danish_file_is_valid_with_its_pinned_certificate():
    verdict, signed = verify(dk_signed(), [DK])
    assert verdict == SignatureVerdict("valid", signer_fingerprint=DK_FINGERPRINT, algorithm="rsa-sha1",
                                       canonicalization="c14n", detail="", verified_at=AT)
    assert DK.fingerprint == DK_FINGERPRINT


def test_the_danish_file_is_valid_among_all_real_certificates_whatever_their_order():
    for trusted in (ALL_REAL, list(reversed(ALL_REAL))):
        verdict, _ = verify(dk_signed(), trusted)
        assert (verdict.status, verdict.signer_fingerprint) == ("valid", DK_FINGERPRINT)


def test_the_zipped_base64_twin_is_the_same_valid_document():
    xml = gzip.decompress(base64.b64decode((SAMPLES / "dk" / "elmo-tomcat-signed-zipped-base64.txt").read_bytes()))
    verdict, _ = verify(xml, [DK])
    assert (verdict.status, verdict.signer_fingerprint) == ("valid", DK_FINGERPRINT)


def test_the_signed_content_is_what_was_signed_and_nothing_else():
    verdict, signed = verify(dk_signed(), [DK])
    root = etree.fromstring(signed)
    assert etree.QName(root) == etree.QName(ELMO, "elmo")
    assert root.find(f".//{{{DS}}}Signature") is None
    assert root.findtext(f"{{{ELMO}}}learner/{{{ELMO}}}givenNames") == "Jens"
    # the canonical form of the received document without its signature, byte for byte
    received = etree.fromstring(dk_signed())
    received.remove(received.find(f"{{{DS}}}Signature"))
    assert signed == etree.tostring(received, method="c14n")


def test_the_danish_file_is_from_an_unknown_signer_when_its_certificate_is_not_pinned():
    for trusted in ([], [FI, UIO_OLD, UIO_2022, HR]):
        verdict, signed = verify(dk_signed(), trusted)
        assert verdict.status == "unknown_signer"
        assert DK_FINGERPRINT in verdict.detail and "Niels Kildeskov" in verdict.detail
        assert (verdict.algorithm, verdict.canonicalization) == ("rsa-sha1", "c14n")
        assert signed is None


def test_an_unsigned_document_is_missing_its_signature():
    verdict, signed = verify(unsigned_elmo(), ALL_REAL)
    assert verdict.status == "missing" and signed is None


@pytest.mark.parametrize("name", ["fi/fi-ncp-2024-my_elmo.xml", "fi/kaisak-no-namespace.xml",
                                  "legacy-purl/no-Example-elmo-Norway.xml",
                                  "official/implementation-guide-inline-example-no-namespace.xml"])
def test_other_unsigned_samples_are_missing_their_signature(name):
    verdict, _ = verify((SAMPLES / name).read_bytes(), ALL_REAL)
    assert verdict.status == "missing"


def test_a_signed_file_reformatted_after_signing_is_invalid():
    verdict, _ = verify((SAMPLES / "dk" / "elmo-tomcat-signed-beautified.xml").read_bytes(), ALL_REAL)
    assert verdict.status == "invalid"
    assert "does not verify" in verdict.detail


def test_the_swedish_file_edited_after_signing_is_invalid_whoever_is_pinned():
    xml = (SAMPLES / "se" / "swedish_1_elmo1.0.xml").read_bytes()
    for trusted in ([], [UIO_OLD], ALL_REAL):
        verdict, _ = verify(xml, trusted)
        assert verdict.status == "invalid", trusted


def test_the_official_example_with_a_fake_signature_is_invalid():
    verdict, _ = verify((SAMPLES / "official" / "elmo-schemas-example-v1.7.0.xml").read_bytes(), ALL_REAL)
    assert verdict.status == "invalid" and verdict.detail


def test_the_reformatted_norwegian_file_is_invalid_even_while_its_certificate_was_valid():
    xml = base64.b64decode((SAMPLES / "no" / "uio-test-2023-sampleElmo.b64").read_bytes())
    assert xml.startswith(b"<?xml")
    for at in (AT, datetime(2023, 2, 21, 12, 0, tzinfo=UTC)):
        verdict, _ = verify(xml, [UIO_2022, UIO_OLD], at)
        assert verdict.status == "invalid"


def test_the_elmo_embedded_in_an_ewp_transcript_has_an_illustrative_signature_only():
    response = etree.fromstring((SAMPLES / "ewp-imobility-tors-example.xml").read_bytes())
    elmo = response.find(f".//{{{ELMO}}}elmo")
    verdict, _ = verify(etree.tostring(elmo, encoding="utf-8"), ALL_REAL)
    assert verdict.status == "invalid"


def test_the_danish_file_is_invalid_before_its_certificate_was_valid_and_valid_after():
    verdict, _ = verify(dk_signed(), [DK], datetime(2016, 6, 1, tzinfo=UTC))
    assert verdict.status == "invalid"
    assert "not valid before 2016-12-07" in verdict.detail and DK_FINGERPRINT in verdict.detail
    verdict, _ = verify(dk_signed(), [DK], datetime(2017, 1, 9, 10, 5, tzinfo=UTC))
    assert verdict.status == "valid"


def test_an_expired_pinned_certificate_that_did_not_sign_neither_blocks_nor_helps():
    # the Finnish certificate expired in 2018; it is tried (KeyInfo does not name it) and found not to be the signer
    verdict, _ = verify(dk_signed(), [FI, DK])
    assert (verdict.status, verdict.signer_fingerprint) == ("valid", DK_FINGERPRINT)
    verdict, _ = verify(dk_signed(), [FI])
    assert verdict.status == "unknown_signer"


def test_the_time_of_receipt_may_be_in_any_time_zone():
    at = datetime(2026, 3, 2, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    verdict, _ = verify(dk_signed(), [DK], at)
    assert verdict.status == "valid" and verdict.verified_at == at


def test_a_naive_time_of_receipt_is_a_bug():
    with pytest.raises(ValueError, match="naive"):
        verify_signature(dk_signed(), [DK], datetime(2026, 3, 2))


# -- tampering -----------------------------------------------------------------------------------------------
def test_reserialising_without_change_keeps_the_danish_file_valid():
    """The baseline for the tampering tests below: lxml's serialisation alone changes nothing that is signed."""
    verdict, _ = verify(serialize(tree(dk_signed())), [DK])
    assert verdict.status == "valid"


def test_a_changed_grade_makes_the_danish_file_invalid():
    xml = dk_signed()
    assert xml.count(b"<resultLabel>10</resultLabel>") == 1
    verdict, signed = verify(xml.replace(b"<resultLabel>10</resultLabel>", b"<resultLabel>12</resultLabel>"), [DK])
    assert verdict.status == "invalid" and signed is None
    assert "Digest mismatch" in verdict.detail
    assert (verdict.algorithm, verdict.canonicalization) == ("rsa-sha1", "c14n")


def test_comments_added_after_signing_are_not_signed_and_not_returned():
    xml = dk_signed().replace(b"<givenNames>", b"<!-- forged: Jan --><givenNames>", 1)
    verdict, signed = verify(xml, [DK])
    assert verdict.status == "valid"
    assert b"forged" not in signed


def test_a_forged_course_beside_the_signed_content_is_invalid():
    root = tree(dk_signed())
    report = root.find(f"{{{ELMO}}}report")
    forged = copy.deepcopy(report)
    forged.find(f".//{{{ELMO}}}resultLabel").text = "12"
    root.insert(list(root).index(report), forged)
    verdict, _ = verify(serialize(root), [DK])
    assert verdict.status == "invalid" and "Digest mismatch" in verdict.detail


def test_signed_content_moved_under_an_extra_element_with_a_forged_course_on_top_is_invalid():
    original = tree(dk_signed())
    signature = original.find(f"{{{DS}}}Signature")
    forged = etree.Element(f"{{{ELMO}}}elmo", nsmap=original.nsmap)
    wrapper = etree.SubElement(forged, f"{{{ELMO}}}extension")
    for child in list(original):
        if child is not signature:
            wrapper.append(child)
    report = copy.deepcopy(wrapper.find(f"{{{ELMO}}}report"))
    report.find(f".//{{{ELMO}}}resultLabel").text = "12"
    forged.append(report)
    forged.append(signature)
    verdict, _ = verify(serialize(forged), [DK])
    assert verdict.status == "invalid"


def test_the_signed_document_hidden_inside_the_signature_is_invalid():
    original = tree(dk_signed())
    signature = original.find(f"{{{DS}}}Signature")
    signed_copy = copy.deepcopy(original)
    signed_copy.remove(signed_copy.find(f"{{{DS}}}Signature"))
    obj = etree.SubElement(signature, f"{{{DS}}}Object")
    obj.append(signed_copy)
    original.find(f".//{{{ELMO}}}resultLabel").text = "12"
    verdict, _ = verify(serialize(original), [DK])
    assert verdict.status == "invalid"


def test_a_signed_document_wrapped_in_another_root_is_invalid():
    wrapper = etree.Element(f"{{{ELMO}}}elmo")
    wrapper.append(tree(dk_signed()))
    verdict, _ = verify(serialize(wrapper), [DK])
    assert verdict.status == "invalid" and "direct child" in verdict.detail
    other = etree.Element("envelope")
    other.append(tree(dk_signed()))
    verdict, _ = verify(serialize(other), [DK])
    assert verdict.status == "invalid" and "not elmo" in verdict.detail


def test_a_second_signature_is_invalid():
    root = tree(dk_signed())
    report = root.find(f"{{{ELMO}}}report")
    report.append(copy.deepcopy(root.find(f"{{{DS}}}Signature")))
    verdict, _ = verify(serialize(root), [DK])
    assert verdict.status == "invalid" and "2 ds:Signature" in verdict.detail


def test_a_signature_that_is_not_a_child_of_elmo_is_invalid():
    root = tree(dk_signed())
    root.find(f"{{{ELMO}}}report").append(root.find(f"{{{DS}}}Signature"))
    verdict, _ = verify(serialize(root), [DK])
    assert verdict.status == "invalid" and "direct child" in verdict.detail


def test_a_second_reference_or_another_uri_is_invalid():
    root = tree(dk_signed())
    signed_info = root.find(f"{{{DS}}}Signature/{{{DS}}}SignedInfo")
    reference = signed_info.find(f"{{{DS}}}Reference")
    extra = copy.deepcopy(reference)
    extra.set("URI", "#forged")
    signed_info.append(extra)
    verdict, _ = verify(serialize(root), [DK])
    assert verdict.status == "invalid" and "2 references" in verdict.detail

    root = tree(dk_signed())
    root.find(f"{{{DS}}}Signature/{{{DS}}}SignedInfo/{{{DS}}}Reference").set("URI", "#report")
    verdict, _ = verify(serialize(root), [DK])
    assert verdict.status == "invalid" and "URI" in verdict.detail


def test_an_unexpected_transform_is_invalid():
    root = tree(dk_signed())
    transforms = root.find(f"{{{DS}}}Signature/{{{DS}}}SignedInfo/{{{DS}}}Reference/{{{DS}}}Transforms")
    etree.SubElement(transforms, f"{{{DS}}}Transform", Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116")
    verdict, _ = verify(serialize(root), [DK])
    assert verdict.status == "invalid" and "xpath" in verdict.detail


def test_a_forbidden_signature_method_is_invalid(key, cert):
    xml = sign(unsigned_elmo(), key, [cert], algorithm=SignatureMethod.RSA_SHA512)
    verdict, _ = verify(xml, [pin_cert(cert)])
    assert verdict.status == "invalid" and "rsa-sha512" in verdict.detail


def test_a_forbidden_digest_is_invalid(key, cert):
    xml = sign(unsigned_elmo(), key, [cert], digest=DigestAlgorithm.SHA512)
    verdict, _ = verify(xml, [pin_cert(cert)])
    assert verdict.status == "invalid" and "SHA512" in verdict.detail


def test_hostile_or_broken_xml_is_invalid_without_being_expanded():
    signature = dk_signed()[dk_signed().index(b"<Signature"):dk_signed().index(b"</elmo>")]
    for xml in (b'<?xml version="1.0"?><!DOCTYPE elmo [<!ENTITY x "boom">]><elmo>&x;' + signature + b"</elmo>",
                b'<!DOCTYPE elmo [<!ENTITY x SYSTEM "file:///etc/passwd">]><elmo>&x;' + signature + b"</elmo>",
                b"<elmo><unclosed></elmo>", b"", b"not xml at all"):
        verdict, _ = verify(xml, [DK])
        assert verdict.status == "invalid", xml
        assert "boom" not in verdict.detail and "root:" not in verdict.detail


# -- documents signed here -----------------------------------------------------------------------------------
def test_rsa_sha256_with_exclusive_c14n_is_valid_when_pinned(key, cert):
    xml = sign(unsigned_elmo(), key, [cert])
    assert EXC_C14N.encode() in xml and b"rsa-sha256" in xml
    verdict, signed = verify(xml, [DK, pin_cert(cert, "TEST")])
    assert verdict == SignatureVerdict("valid", signer_fingerprint=fingerprint(cert), algorithm="rsa-sha256",
                                       canonicalization="exc-c14n", verified_at=AT)
    assert etree.fromstring(signed).find(f".//{{{DS}}}Signature") is None


def test_rsa_sha1_with_inclusive_c14n_is_valid_when_pinned(key, cert):
    xml = sign(unsigned_elmo(), key, [cert], algorithm=SignatureMethod.RSA_SHA1, digest=DigestAlgorithm.SHA1,
               c14n=CanonicalizationMethod.CANONICAL_XML_1_0.value)
    verdict, _ = verify(xml, [pin_cert(cert)])
    assert (verdict.status, verdict.algorithm, verdict.canonicalization) == ("valid", "rsa-sha1", "c14n")


def test_a_document_signed_here_is_from_an_unknown_signer_when_not_pinned(key, cert):
    xml = sign(unsigned_elmo(), key, [cert])
    for trusted in ([], [DK, FI]):
        verdict, _ = verify(xml, trusted)
        assert verdict.status == "unknown_signer" and fingerprint(cert) in verdict.detail


def test_a_changed_grade_in_a_document_signed_here_is_invalid(key, cert):
    xml = sign(unsigned_elmo(), key, [cert])
    assert xml.count(b"<resultLabel>10</resultLabel>") == 1
    tampered = xml.replace(b"<resultLabel>10</resultLabel>", b"<resultLabel>12</resultLabel>")
    for trusted in ([pin_cert(cert)], []):  # not even an unknown signer: the document is not intact
        verdict, _ = verify(tampered, trusted)
        assert verdict.status == "invalid" and "Digest mismatch" in verdict.detail


def test_the_certificate_in_keyinfo_is_only_a_hint(key, cert):
    other_key = make_key()
    other = make_cert(other_key, "Other EMP")
    # signed with `key` but claiming `other` in KeyInfo
    xml = sign(unsigned_elmo(), key, [other])
    verdict, _ = verify(xml, [pin_cert(other)])
    assert verdict.status == "invalid" and "does not verify" in verdict.detail
    verdict, _ = verify(xml, [pin_cert(other), pin_cert(cert)])
    assert (verdict.status, verdict.signer_fingerprint) == ("valid", fingerprint(cert))


def test_a_renewed_certificate_with_the_same_key_verifies(key, cert):
    renewed = make_cert(key, "Test EMP", datetime(2025, 1, 1, tzinfo=UTC), datetime(2045, 1, 1, tzinfo=UTC))
    xml = sign(unsigned_elmo(), key, [cert])
    verdict, _ = verify(xml, [DK, pin_cert(renewed)])
    assert (verdict.status, verdict.signer_fingerprint) == ("valid", fingerprint(renewed))


def test_the_pinned_certificate_named_in_keyinfo_is_tried_first(monkeypatch):
    attempts = []
    original = signature_module._Verifier.verify

    def counting(self, *args, **kwargs):
        attempts.append(kwargs["x509_cert"])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(signature_module._Verifier, "verify", counting)
    verdict, _ = verify(dk_signed(), [FI, UIO_OLD, UIO_2022, HR, DK])
    assert verdict.status == "valid" and len(attempts) == 1


def test_the_signer_is_found_among_many_pinned_certificates(key, cert):
    strangers = [pin_cert(make_cert(make_key(), f"EMP {i}")) for i in range(3)] * 10  # tens of entries
    xml = sign(unsigned_elmo(), key, [cert])
    stripped = tree(xml)
    key_info = stripped.find(f"{{{DS}}}Signature/{{{DS}}}KeyInfo")
    key_info.getparent().remove(key_info)  # no hint at all: every pinned certificate is tried
    verdict, _ = verify(serialize(stripped), [*strangers, pin_cert(cert)])
    assert (verdict.status, verdict.signer_fingerprint) == ("valid", fingerprint(cert))
    verdict, _ = verify(serialize(stripped), strangers)
    assert verdict.status == "invalid" and "no readable certificate" in verdict.detail


def test_a_certificate_outside_its_validity_at_receipt_makes_the_document_invalid():
    key = make_key()
    short = make_cert(key, "Short-lived EMP", datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 6, 30, tzinfo=UTC))
    xml = sign(unsigned_elmo(), key, [short])
    pinned = [pin_cert(short, "SHORT")]
    verdict, _ = verify(xml, pinned, datetime(2024, 3, 1, tzinfo=UTC))
    assert verdict.status == "valid"
    verdict, _ = verify(xml, pinned, datetime(2025, 1, 1, tzinfo=UTC))
    assert verdict.status == "invalid"
    assert "expired on 2024-06-30" in verdict.detail and "(SHORT)" in verdict.detail
    verdict, _ = verify(xml, pinned, datetime(2023, 12, 1, tzinfo=UTC))
    assert verdict.status == "invalid" and "not valid before 2024-01-01" in verdict.detail
    # not pinned and expired: not an unknown signer to be added to the trust store, the document is invalid
    verdict, _ = verify(xml, [], datetime(2025, 1, 1, tzinfo=UTC))
    assert verdict.status == "invalid" and "expired" in verdict.detail and "not pinned" in verdict.detail


def test_a_renewed_certificate_verifies_while_the_expired_one_is_still_pinned():
    key = make_key()
    old = make_cert(key, "Renewed EMP", datetime(2022, 1, 1, tzinfo=UTC), datetime(2023, 1, 1, tzinfo=UTC))
    new = make_cert(key, "Renewed EMP", datetime(2023, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    xml = sign(unsigned_elmo(), key, [old])  # KeyInfo still names the old certificate
    for pinned in ([pin_cert(old, "OLD"), pin_cert(new, "NEW")], [pin_cert(new, "NEW"), pin_cert(old, "OLD")]):
        verdict, _ = verify(xml, pinned, datetime(2024, 3, 1, tzinfo=UTC))
        assert verdict.status == "valid"
    verdict, _ = verify(xml, [pin_cert(old, "OLD")], datetime(2024, 3, 1, tzinfo=UTC))
    assert verdict.status == "invalid" and "expired" in verdict.detail
