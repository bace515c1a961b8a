"""Signed ELMO documents for tests: a throwaway key and certificate, and the Danish sample's content with another
learner, signed the way contact points sign (enveloped, RSA-SHA256, exclusive C14N, the whole document)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from lxml import etree
from signxml import XMLSigner

UNSIGNED = Path(__file__).resolve().parent / "data" / "emrex" / "samples" / "dk" / "elmo-tomcat-unsigned.xml"


@dataclass(frozen=True)
class SigningKey:
    key_pem: bytes
    cert_pem: bytes

    def write_certificate(self, folder: Path) -> Path:
        path = folder / "test-emp.pem"
        path.write_bytes(self.cert_pem)
        return path


def signing_key(name: str = "TEST-EMP") -> SigningKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=3650))
            .not_valid_after(now + dt.timedelta(days=3650)).sign(key, hashes.SHA256()))
    return SigningKey(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption()),
                      cert.public_bytes(serialization.Encoding.PEM))


def signed_elmo(signer: SigningKey, given: str, family: str, born: dt.date) -> bytes:
    """The Danish sample's courses for another learner, signed by `signer`."""
    text = UNSIGNED.read_text(encoding="utf-8")
    text = text.replace("<givenNames>Jens</givenNames>", f"<givenNames>{given}</givenNames>")
    text = text.replace("<familyName>Hansen</familyName>", f"<familyName>{family}</familyName>")
    text = text.replace("<bday>1980-12-09</bday>", f"<bday>{born.isoformat()}</bday>")
    text = text.replace('<identifier type="nationalIdentifier">091280-1128</identifier>', "")
    root = etree.fromstring(text.encode("utf-8"))
    signed = XMLSigner(signature_algorithm="rsa-sha256", digest_algorithm="sha256",
                       c14n_algorithm="http://www.w3.org/2001/10/xml-exc-c14n#").sign(
        root, key=signer.key_pem, cert=signer.cert_pem.decode("ascii"))
    return etree.tostring(signed, xml_declaration=True, encoding="utf-8")
