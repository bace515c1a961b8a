"""Reading trust sources: the EMREX registry (EMREG JSON, `emps` and legacy `ncps`), the EWP catalogue's
`emrex-data-access-point` entries, and certificate files (PEM, several PEM blocks, DER); refusals of anything else."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.services.elmo.signature import verify_signature
from app.services.elmo.trust_sources import TrustSourceError, certificate_fingerprint, pinned, read_trust_source
from app.services.elmo.types import PinnedCertificate, TrustEntry
from app.services.errors import AppError

DATA = Path(__file__).resolve().parents[2] / "data" / "emrex"
REGISTRY, CERTS = DATA / "registry", DATA / "certs"
DK_FINGERPRINT = "a0ff18678e408291950edc85251dee89840358de5080dec795416ef0ed611431"
FI_FINGERPRINT = "28baf5ec90d467bba38ea65abfea02e69a95908700e2dd51a9563473717f2bb9"
NO_2022_FINGERPRINT = "d96a3ad69e"  # prefix
DK_SUBJECT = "CN=Niels Kildeskov,OU=Unknown,O=KMD,L=Copenhagen,ST=Unknown,C=DK"


def registry(**emps) -> bytes:
    return json.dumps({"countries": [], **emps}).encode()


def dk_pem() -> str:
    return (CERTS / "dk-emrex-test.cer").read_text()


def refused(data: bytes, name: str = "source.dat") -> TrustSourceError:
    with pytest.raises(TrustSourceError) as caught:
        read_trust_source(data, name)
    error = caught.value
    assert isinstance(error, AppError) and error.message  # a translatable source text with its parameters
    return error


# -- EMREG ---------------------------------------------------------------------------------------------------
def test_the_emreg_registry_gives_its_contact_points_with_their_certificates():
    entries = read_trust_source((REGISTRY / "emreg-emps-example.json").read_bytes(), "emreg.json")
    assert [e.acronym for e in entries] == ["DK-TEST", "CSC-TEST"]
    dk, fi = entries
    assert dk == TrustEntry(
        acronym="DK-TEST", name="", country="DK", url="https://emp.example.dk/ncp/",
        certificate_pem=dk.certificate_pem, fingerprint=DK_FINGERPRINT, subject=DK_SUBJECT,
        not_before=datetime(2016, 12, 7, 9, 47, 36, tzinfo=UTC), not_after=datetime(2115, 7, 2, 9, 47, 36, tzinfo=UTC),
        source="emreg")
    assert dk.certificate_pem.startswith(b"-----BEGIN CERTIFICATE-----\n")
    assert x509.load_pem_x509_certificate(dk.certificate_pem) == x509.load_pem_x509_certificate(dk_pem().encode())
    assert (fi.fingerprint, fi.country, fi.subject) == (FI_FINGERPRINT, "FI", "O=CSC,L=Helsinki,ST=Helsinki,C=FI")
    assert fi.not_after == datetime(2018, 5, 20, 11, 5, 29, tzinfo=UTC)  # expired, and still read
    for entry in entries:
        assert entry.not_before.tzinfo is not None and entry.not_after.utcoffset().total_seconds() == 0


def test_the_legacy_ncps_key_is_read_too():
    entries = read_trust_source((REGISTRY / "emreg-ncps-legacy-example.json").read_bytes(), "ncps.json")
    assert [(e.acronym, e.source) for e in entries] == [("DK-TEST", "emreg-ncps"), ("CSC-TEST", "emreg-ncps")]
    assert entries[0].fingerprint == DK_FINGERPRINT


def test_an_emreg_name_is_taken_when_given_and_a_certificate_is_kept_once():
    data = registry(emps=[
        {"acronym": "DK-TEST", "name": "Danish  EMP ", "countryCode": "dk", "url": "https://x.example/", "pubKey":
         dk_pem(), "institutions": ["All"]},
        {"acronym": "DK-AGAIN", "countryCode": "DK", "url": "https://y.example/", "pubKey": dk_pem()},
    ])
    [entry] = read_trust_source(b"\xef\xbb\xbf\n" + data, "emreg.json")
    assert (entry.acronym, entry.name, entry.country) == ("DK-TEST", "Danish EMP", "DK")


def test_a_pubkey_given_as_bare_base64_der_is_read():
    body = "".join(line for line in dk_pem().splitlines() if not line.startswith("-----"))
    [entry] = read_trust_source(registry(emps=[{"acronym": "DK", "countryCode": "DK", "url": "", "pubKey": body}]))
    assert entry.fingerprint == DK_FINGERPRINT


def test_the_registry_entries_verify_the_danish_document():
    entries = read_trust_source((REGISTRY / "emreg-emps-example.json").read_bytes(), "emreg.json")
    trusted = pinned(entries)
    assert trusted[0] == PinnedCertificate(DK_FINGERPRINT, entries[0].certificate_pem, "DK-TEST")
    xml = (DATA / "samples" / "dk" / "elmo-tomcat-signed.xml").read_bytes()
    verdict, _ = verify_signature(xml, trusted, datetime(2026, 3, 2, tzinfo=UTC))
    assert (verdict.status, verdict.signer_fingerprint) == ("valid", entries[0].fingerprint)


def test_the_registry_json_schema_is_not_a_registry():
    error = refused((REGISTRY / "emreg-json-schema.json").read_bytes(), "emreg-json-schema.json")
    assert "emreg-json-schema.json" in str(error) and "not an EMREX registry" in str(error)


@pytest.mark.parametrize("data, words", [
    (b'{"emps": []}', "lists no contact points"),
    (b'{"emps": [], "ncps": []}', "lists no contact points"),
    (b'{"emps": {"acronym": "X"}}', "not an EMREX registry"),
    (b'[{"acronym": "X"}]', "not an EMREX registry"),
    (b'{"emps": [42]}', "is not an object"),
    (b'{"emps": [{"acronym": "X", "url": ""}]', "not valid JSON"),
    (b'{"emps": [{"acronym": "X", "url": ""}]}', "X in source.dat has no certificate"),
    (b'{"emps": [{"acronym": "X", "pubKey": "not a certificate!"}]}', "of the contact point X in source.dat"),
    (b'{"emps": [{"acronym": "X", "pubKey": "TUlJQg=="}]}', "cannot be read"),
    (b'{"emps": [{"acronym": "X", "pubKey": "-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----"}]}',
     "cannot be read"),
    (b'\xff{"emps": []}', "cannot be read"),
])
def test_bad_registries_are_refused_with_a_reason(data, words):
    assert words in str(refused(data))


def test_a_pubkey_that_is_a_public_key_and_not_a_certificate_is_refused():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    pem = key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    error = refused(registry(emps=[{"acronym": "PK-EMP", "countryCode": "PL", "url": "", "pubKey": pem}]), "r.json")
    assert "PK-EMP" in str(error) and "public key, not a certificate" in str(error)
    assert error.params["emp"] == "PK-EMP" and error.params["source"] == "r.json"


# -- EWP catalogue -------------------------------------------------------------------------------------------
def test_the_ewp_catalogue_gives_its_emrex_data_access_points():
    entries = read_trust_source((DATA / "ewp-catalogue-example.xml").read_bytes(), "catalogue-v1.xml")
    assert [(e.acronym, e.country, e.url, e.source) for e in entries] == [
        ("Norway registry", "NO", "https://emp.example.no/vp/init", "ewp-catalogue"),
        ("DK-TEST", "DK", "https://emp.example.dk/ncp/", "ewp-catalogue"),
        ("CSC-TEST", "FI", "https://emp.example.fi/norex/", "ewp-catalogue"),
    ]
    norway, dk, fi = entries
    assert norway.fingerprint.startswith(NO_2022_FINGERPRINT) and norway.name == "Norway registry"
    assert norway.subject.startswith("CN=emrex-test.vitnemalsportalen.no,O=Sikt")
    assert dk.fingerprint == DK_FINGERPRINT and dk.subject == DK_SUBJECT
    assert dk.name == "Example University of Copenhagen; Example Technical University of Denmark"
    assert fi.fingerprint == FI_FINGERPRINT  # unwrapped base64 on one line


def ewp(entry: str) -> bytes:
    return f"""<?xml version="1.0"?>
<catalogue xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1">
  <host><apis-implemented>{entry}</apis-implemented></host>
</catalogue>""".encode()


ENTRY = ('<emrex-data-access-point xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-emrex-data-access-'
         'point/blob/stable-v1/manifest-entry.xsd" version="1.0.0"><url>https://emp.example/</url><name>EX</name>'
         '<country-code>PL</country-code>{certificate}</emrex-data-access-point>')


@pytest.mark.parametrize("data, words", [
    (ewp(""), "holds no EMREX data access points"),
    (ewp(ENTRY.format(certificate="")), "EX in source.dat has no certificate"),
    (ewp(ENTRY.format(certificate="<certificate>   </certificate>")), "has no certificate"),
    (ewp(ENTRY.format(certificate="<certificate>bm90IGEgY2VydGlmaWNhdGU=</certificate>")), "cannot be read"),
    (ewp(ENTRY.format(certificate="<certificate>***</certificate>")), "cannot be read"),
    (b"<catalogue><host>", "not well-formed XML"),
    (b'<?xml version="1.0"?><!DOCTYPE catalogue [<!ENTITY x "boom">]><catalogue>&x;</catalogue>', "DOCTYPE"),
    (b'<!DOCTYPE catalogue [<!ENTITY x SYSTEM "file:///etc/passwd">]><catalogue>&x;</catalogue>', "DOCTYPE"),
])
def test_bad_catalogues_are_refused_with_a_reason(data, words):
    error = str(refused(data))
    assert words in error and "root:" not in error and "boom" not in error


def test_a_catalogue_entry_may_carry_pem_too():
    [entry] = read_trust_source(ewp(ENTRY.format(certificate=f"<certificate>{dk_pem()}</certificate>")))
    assert (entry.fingerprint, entry.acronym, entry.name, entry.country) == (DK_FINGERPRINT, "EX", "EX", "PL")


# -- certificate files ---------------------------------------------------------------------------------------
def test_a_pem_certificate_file():
    [entry] = read_trust_source((CERTS / "dk-emrex-test.cer").read_bytes(), "dk-emrex-test.cer")
    assert (entry.source, entry.fingerprint, entry.subject) == ("certificate", DK_FINGERPRINT, DK_SUBJECT)
    assert (entry.acronym, entry.name, entry.country, entry.url) == ("Niels Kildeskov", "KMD", "DK", "")


def test_a_certificate_without_a_common_name_is_named_by_its_organisation():
    [entry] = read_trust_source((CERTS / "uio-test-no-cert.crt").read_bytes(), "uio.crt")
    assert (entry.acronym, entry.name, entry.country) == ("UiO", "UiO", "NO")
    assert entry.not_after == datetime(2018, 5, 20, 13, 41, 52, tzinfo=UTC)


def test_a_der_certificate_file():
    der = x509.load_pem_x509_certificate((CERTS / "fi-csc-cert.crt").read_bytes()).public_bytes(Encoding.DER)
    [entry] = read_trust_source(der, "fi.der")
    assert (entry.fingerprint, entry.source, entry.country) == (FI_FINGERPRINT, "certificate", "FI")


def test_several_pem_blocks_with_text_around_them():
    data = (b"Bag Attributes\n    friendlyName: dk\nsubject=CN = Niels Kildeskov\n"
            + (CERTS / "dk-emrex-test.cer").read_bytes() + b"\n" + (CERTS / "fi-csc-cert.crt").read_bytes())
    entries = read_trust_source(data, "bundle.pem")
    assert [e.fingerprint for e in entries] == [DK_FINGERPRINT, FI_FINGERPRINT]


def test_a_chain_file_gives_the_contact_points_certificate_not_its_ca():
    [entry] = read_trust_source((CERTS / "hr-emrex_studij_hr.crt").read_bytes(), "hr.crt")
    assert entry.acronym == "emrex.studij.hr" and entry.country == "HR"
    assert entry.name == "Agencija za znanost i visoko obrazovanje"


def test_a_ca_certificate_alone_is_still_read():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(x509.NameOID.ORGANIZATION_NAME, "Only CA")])
    ca = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
          .serial_number(1).not_valid_before(datetime(2024, 1, 1)).not_valid_after(datetime(2030, 1, 1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(key, hashes.SHA256()))
    [entry] = read_trust_source(ca.public_bytes(Encoding.PEM))
    assert entry.acronym == "Only CA" and entry.not_before == datetime(2024, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("data, words", [
    (b"", "cannot be read: it is not an EMREX registry"),
    (b"   \n", "cannot be read: it is not an EMREX registry"),
    (b"hello, I am a text file", "cannot be read: it is not an EMREX registry"),
    (b"\x00\x01\x02", "cannot be read: it is not an EMREX registry"),
    (b"\x30\x03\x02\x01\x01", "The certificate in source.dat cannot be read"),
    (b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "The certificate in source.dat cannot be"),
])
def test_anything_else_is_refused(data, words):
    assert words in str(refused(data))


def test_a_source_without_a_name_is_still_explained():
    with pytest.raises(TrustSourceError) as caught:
        read_trust_source(b"nonsense")
    assert "(no name)" in str(caught.value)


# -- helpers -------------------------------------------------------------------------------------------------
def test_certificate_fingerprint_of_pem_and_der():
    pem = (CERTS / "dk-emrex-test.cer").read_bytes()
    der = x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)
    assert certificate_fingerprint(pem) == certificate_fingerprint(der) == DK_FINGERPRINT
    # the first certificate of a chain file
    assert certificate_fingerprint((CERTS / "hr-emrex_studij_hr.crt").read_bytes()).startswith("2ecbc057")
    with pytest.raises(TrustSourceError):
        certificate_fingerprint(b"not a certificate")


def test_pinned_keeps_fingerprint_certificate_and_acronym():
    entries = read_trust_source((DATA / "ewp-catalogue-example.xml").read_bytes())
    assert pinned(entries) == [PinnedCertificate(e.fingerprint, e.certificate_pem, e.acronym) for e in entries]
    assert pinned([]) == []
