"""Property: whatever bytes arrive, the intake's readers either read them or refuse them with an AppError (a clean,
translatable message) — never another exception, never a hang. Random bytes, and real documents in their
transports with bytes flipped, cut off, inserted, deleted or repeated."""

from __future__ import annotations

import base64
import gzip

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.elmo.reader import read_elmo
from app.services.elmo.transport import decode_transport
from app.services.elmo.types import ElmoContent
from app.services.elmo.xmlsafe import parse_xml, schema_warnings
from app.services.errors import AppError
from tests.services.elmo.samples import elmo, form, gzip_b64, los, sample

# ~200 examples in all; deterministic and without an example database, so runs are repeatable and leave nothing
FUZZ = settings(deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])

SMALL = elmo(los("Kaffens Historie", credits="10", grade="7", date="2010-06-30",
                 parts=(los("Lab", credits="4", grade="G"), los("Exam", credits="6", grade="7"))))
DOCUMENTS = [
    sample("dk/elmo-tomcat-signed.xml"),
    sample("official/elmo-schemas-example-v1.7.0.xml"),
    sample("legacy-purl/no-Example-elmo-Norway.xml")[:6000],  # cut: the rest is more of the same
    sample("ewp-imobility-tors-example.xml"),
    sample("ncp-response-cancel.form"),
    sample("dk/elmo-tomcat-signed-zipped-base64.txt"),
    SMALL,
    gzip.compress(SMALL),
    base64.b64encode(SMALL),
    form(elmo_value=gzip_b64(SMALL)),
]


def through_the_readers(data: bytes) -> None:
    try:
        root = parse_xml(decode_transport(data).xml)
        schema_warnings(root)
        content = read_elmo(root)
    except AppError as refused:
        assert refused.render()  # a message a person can read
        return
    assert isinstance(content, ElmoContent)
    for course in content.courses:
        assert course.ects is None or course.ects >= 0


@st.composite
def mutated(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(DOCUMENTS)))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        # mostly inside the document, where the reader is exercised, sometimes right at its start
        at = draw(st.integers(0, len(data) - 1) | st.integers(min(64, len(data) - 1), len(data) - 1))
        kind = draw(st.sampled_from(["flip", "byte", "insert", "delete", "repeat", "flip", "byte", "insert", "cut"]))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "byte":
            data[at] = draw(st.sampled_from(b"<>&;\"'=/!?[]+% \x00\xff\xc3"))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from([b"<!DOCTYPE x>", b"&x;", b"<![CDATA[", b"</", b"-->", b"\x1f\x8b",
                                                b"<hasPart>", b"</learningOpportunitySpecification>"])
                               | st.binary(max_size=16))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        else:
            end = min(len(data), at + draw(st.integers(1, 256)))
            data[at:at] = data[at:end] * draw(st.integers(1, 4))
    return bytes(data)


@settings(FUZZ, max_examples=60)
@given(st.binary(max_size=2048))
def test_random_bytes(data: bytes) -> None:
    through_the_readers(data)


@settings(FUZZ, max_examples=140)
@given(mutated())
def test_mutated_documents(data: bytes) -> None:
    through_the_readers(data)


def test_the_documents_themselves_pass() -> None:
    for data in DOCUMENTS:
        through_the_readers(data)
