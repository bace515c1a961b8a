"""Sniffing the transport of a returned document, and refusing hostile or broken ones cleanly."""

from __future__ import annotations

import base64
import gzip
import zlib

import pytest

from app.services.elmo.transport import decode_transport
from app.services.elmo.types import ElmoUnreadable, EmpReturnedNothing
from app.services.elmo.xmlsafe import parse_xml
from tests.services.elmo.samples import elmo, form, gzip_b64, los, read, sample

DOC = elmo(los("Kaffens Historie", credits="10", grade="7+", date="2010-06-30"))  # a "+" in the grade on purpose


# -- plain, gzip, base64 --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("data", [
    DOC,
    DOC.split(b"\n", 1)[1],  # no XML declaration
    b"\xef\xbb\xbf" + DOC,  # byte order mark
    b"\n\r\n  " + DOC + b"\n\n",  # blank lines around, which libxml2 alone refuses before a declaration
])
def test_plain_xml(data: bytes) -> None:
    decoded = decode_transport(data)
    assert decoded.transport == "xml"
    assert parse_xml(decoded.xml) is not None


def test_utf16_xml_is_parsed_from_its_bytes() -> None:
    text = DOC.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    decoded = decode_transport(text.encode("utf-16"))
    assert decoded.transport == "xml"
    assert read(text.encode("utf-16")).learner.family_name == "Łódzka"


@pytest.mark.parametrize("encode,transport", [
    (gzip.compress, "gzip"),
    (lambda data: base64.b64encode(gzip.compress(data)), "gzip+base64"),
    (base64.b64encode, "base64+xml"),
    (base64.encodebytes, "base64+xml"),  # line breaks every 76 characters
    (lambda data: base64.urlsafe_b64encode(gzip.compress(data)).rstrip(b"="), "gzip+base64"),  # URL-safe, no padding
    (lambda data: b"  " + base64.encodebytes(gzip.compress(data)).replace(b"\n", b"\r\n") + b"\r\n", "gzip+base64"),
    (lambda data: gzip.compress(data[:200]) + gzip.compress(data[200:]), "gzip"),  # two gzip members
])
def test_packed_xml(encode, transport: str) -> None:
    decoded = decode_transport(encode(DOC))
    assert (decoded.transport, decoded.xml) == (transport, DOC)


# -- the EMP return form ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("value,inner", [
    (gzip_b64(DOC), "gzip+base64"),
    (base64.b64encode(DOC).decode(), "base64+xml"),
    (DOC.decode("utf-8"), "xml"),
])
@pytest.mark.parametrize("code", ["NCP_OK", "EMP_OK"])
def test_form_with_results(value: str, inner: str, code: str) -> None:
    decoded = decode_transport(form(code=code, message="Everything fine", elmo_value=value))
    assert (decoded.transport, decoded.inner, decoded.xml) == ("form", inner, DOC)
    assert (decoded.session_id, decoded.return_code, decoded.return_message) == ("abc123", code, "Everything fine")


def test_form_base64_with_plus_signs_turned_into_spaces() -> None:
    value = gzip_b64(DOC)
    assert "+" in value
    # a sloppy sender (or one decode too many) leaves "+" unencoded: form decoding makes it a space
    body = f"sessionId=s1&returnCode=NCP_OK&returnMessage=&elmo={value}".encode()
    assert decode_transport(body).xml == DOC
    spaced = f"sessionId=s1&returnCode=NCP_OK&elmo={value.replace('+', ' ')}".encode()
    assert decode_transport(spaced).xml == DOC


def test_form_raw_xml_keeps_its_plus_and_spaces() -> None:
    for plus_for_space in (True, False):
        decoded = decode_transport(form(elmo_value=DOC.decode(), plus_for_space=plus_for_space))
        assert decoded.xml == DOC and b"7+" in decoded.xml


def test_form_fields_in_any_order_and_case_with_extra_fields() -> None:
    body = f"elmo={base64.b64encode(DOC).decode()}&RETURNCODE=EMP_OK&foo=bar&sessionid=x".encode()
    decoded = decode_transport(body)
    assert (decoded.xml, decoded.return_code, decoded.session_id) == (DOC, "EMP_OK", "x")


@pytest.mark.parametrize("code,words", [
    ("NCP_CANCEL", ("cancelled", "NCP_CANCEL")),
    ("EMP_CANCEL", ("cancelled", "EMP_CANCEL")),
    ("NCP_NO_RESULTS", ("no results", "NCP_NO_RESULTS")),
    ("EMP_NO_RESULTS", ("no results", "EMP_NO_RESULTS")),
    ("NCP_ERROR", ("error", "NCP_ERROR")),
    ("EMP_ERROR", ("error", "EMP_ERROR")),
    ("NCP_WHATEVER", ("unknown code", "NCP_WHATEVER")),
])
def test_form_without_results(code: str, words: tuple[str, ...]) -> None:
    with pytest.raises(EmpReturnedNothing) as caught:
        decode_transport(form(code=code, message="Kontakt med studieadministrationen", elmo_value=gzip_b64(DOC)))
    text = caught.value.render()
    for word in words + ("Kontakt med studieadministrationen",):
        assert word in text
    assert caught.value.message != caught.value.render()  # a translatable source with parameters


def test_the_cancel_sample_names_the_code_and_the_message() -> None:
    with pytest.raises(EmpReturnedNothing) as caught:
        decode_transport(sample("ncp-response-cancel.form"))
    assert caught.value.params == {"code": "NCP_CANCEL", "reply": "User cancelled"}


def test_form_ok_without_a_document() -> None:
    with pytest.raises(EmpReturnedNothing, match="no document"):
        decode_transport(form(elmo_value=""))


def test_form_with_a_field_twice_is_refused() -> None:
    with pytest.raises(ElmoUnreadable, match="twice"):
        decode_transport(form(elmo_value=gzip_b64(DOC)) + b"&elmo=" + gzip_b64(DOC).encode())


# -- the EWP Transcript of Records response -------------------------------------------------------------------------
def test_ewp_response_gives_the_elmo_bytes_as_they_stand() -> None:
    response = sample("ewp-imobility-tors-example.xml")
    decoded = decode_transport(response)
    assert decoded.transport == "ewp-tor"
    assert decoded.xml in response  # exactly the embedded element's bytes: a signature over them can be checked
    assert decoded.xml.startswith(b"<elmo ") and decoded.xml.endswith(b"</elmo>")
    assert b"gradeConversionTable" not in decoded.xml and b"<Signature" in decoded.xml


def tor_response(*elmos: bytes, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>') -> str:
    tors = "".join(f"<tor><omobility-id>m{number}</omobility-id>{body.decode()}</tor>"
                   for number, body in enumerate(elmos, 1))
    return (f'{declaration}\n<imobility-tors-get-response xmlns="https://github.com/erasmus-without-paper/'
            f'ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/get-response.xsd" '
            f'xmlns:e="https://github.com/emrex-eu/elmo-schemas/tree/v1" xmlns:unused="urn:x">{tors}'
            f"</imobility-tors-get-response>")


EMBEDDED = DOC.split(b"\n", 1)[1]


def test_ewp_response_with_a_prefixed_elmo_gets_the_envelope_namespace() -> None:
    prefixed = (b'<e:elmo a="x>y"><!-- <e:elmo> --><e:learner><e:givenNames>J\xc3\xb8rgen</e:givenNames>'
                b"<e:familyName>Hansen</e:familyName></e:learner><![CDATA[</e:elmo>]]><e:report/></e:elmo>")
    decoded = decode_transport(tor_response(prefixed).encode("utf-8"))
    assert decoded.xml.startswith(b'<e:elmo xmlns:e="https://github.com/emrex-eu/elmo-schemas/tree/v1" a="x>y">')
    assert b"unused" not in decoded.xml
    assert read(tor_response(prefixed).encode()).learner.given_names == "Jørgen"


def test_ewp_response_in_latin1_and_utf16() -> None:
    nordic = EMBEDDED.replace("Łódzka".encode(), "Jørgensen".encode())
    latin = tor_response(nordic, declaration='<?xml version="1.0" encoding="ISO-8859-1"?>').encode("iso-8859-1")
    decoded = decode_transport(latin)
    # the element's own bytes, with a declaration saying how to read them (not part of any canonical form)
    assert decoded.xml == b'<?xml version="1.0" encoding="ISO-8859-1"?>\n' + nordic.decode().encode("iso-8859-1")
    assert read(latin).learner.family_name == "Jørgensen"
    utf16 = tor_response(EMBEDDED, declaration='<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16")
    assert decode_transport(utf16).xml == EMBEDDED  # transcoded to UTF-8, the encoding of canonical XML
    assert read(utf16).learner.family_name == "Łódzka"


def test_ewp_response_packed_in_base64() -> None:
    decoded = decode_transport(base64.b64encode(gzip.compress(tor_response(EMBEDDED).encode())))
    assert (decoded.transport, decoded.inner, decoded.xml) == ("ewp-tor", "gzip+base64", EMBEDDED)


def test_ewp_response_without_or_with_several_transcripts() -> None:
    with pytest.raises(EmpReturnedNothing, match="no transcript"):
        decode_transport(tor_response().encode())
    with pytest.raises(ElmoUnreadable, match="2 mobilities") as caught:
        decode_transport(tor_response(EMBEDDED, EMBEDDED).encode())
    assert "m1, m2" in caught.value.render()


# -- hostile and broken input -----------------------------------------------------------------------------------------
def gzip_bomb(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"<" + b"a" * (1 << 20)
    return b"".join([packer.compress(chunk) for _ in range(size >> 20)] + [packer.flush()])


def test_gzip_bomb_is_refused_without_unpacking_it() -> None:
    bomb = gzip_bomb(200_000_000)  # 200 MB of "a" in about 200 kB
    assert len(bomb) < 1_000_000
    with pytest.raises(ElmoUnreadable, match="unpacks to more than"):
        decode_transport(bomb)
    with pytest.raises(ElmoUnreadable, match="unpacks to more than"):
        decode_transport(base64.b64encode(bomb))
    with pytest.raises(ElmoUnreadable, match="unpacks to more than"):
        decode_transport(form(elmo_value=base64.b64encode(bomb).decode()))


def test_the_limit_applies_to_what_is_unpacked() -> None:
    with pytest.raises(ElmoUnreadable, match="unpacks to more than 1000 bytes"):
        decode_transport(gzip.compress(DOC + b" " * 2000), max_bytes=1000)


@pytest.mark.parametrize("data,words", [
    (b"", "empty"),
    (b" \r\n\t ", "empty"),
    (b"\x00" * 64, "empty"),
    (gzip.compress(DOC)[:-30], "cut short"),
    (gzip.compress(DOC)[:12], "cut short"),
    (base64.b64encode(gzip.compress(DOC))[:-41], "cut short"),
    (base64.b64encode(gzip.compress(DOC))[:-43], "damaged or cut short"),
    (b"H4sI" + b"A" * 9 + b"=" + b"B" * 10, "damaged or cut short"),  # padding in the middle
    (b"PD94bWwg-dmVy+c2lvbj0", "damaged or cut short"),  # both alphabets at once
    (gzip.compress(DOC)[:10] + b"\xff" * 40, "damaged"),
    (gzip.compress(DOC) + b"garbage", "does not belong"),
    (gzip.compress(b"%PDF-1.4 not xml"), "not XML"),
    (base64.b64encode(b"%PDF-1.4 binary \x00\x01"), "neither XML nor gzip"),
    (base64.b64encode(gzip.compress(DOC))[:100] + b"\xe9" + base64.b64encode(gzip.compress(DOC))[100:],
     "damaged or cut short"),  # one stray byte in base64 text
    (bytes(range(256)) * 4, "not an ELMO document"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "not an ELMO document"),
    (b"PK\x03\x04" + b"\x00" * 50, "not an ELMO document"),
])
def test_broken_or_hostile_transport(data: bytes, words: str) -> None:
    with pytest.raises(ElmoUnreadable, match=words):
        decode_transport(data)


def test_oversized_input_is_refused_before_anything_else() -> None:
    with pytest.raises(ElmoUnreadable, match="too large"):
        decode_transport(DOC, max_bytes=100)
    with pytest.raises(ElmoUnreadable, match="too large"):
        decode_transport(b"x" * 20_000_001)


def test_bytes_only() -> None:
    with pytest.raises(TypeError):
        decode_transport(DOC.decode())  # type: ignore[arg-type]
