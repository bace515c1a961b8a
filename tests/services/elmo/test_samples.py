"""Every sample file reaches its expected outcome through transport, parser and reader (signatures are checked
elsewhere): how it travelled, its format, learner, number of courses and ECTS, or the refusal it deserves."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services.elmo.transport import decode_transport
from app.services.elmo.types import ElmoUnreadable, EmpReturnedNothing
from app.services.elmo.xmlsafe import parse_xml, schema_warnings
from tests.services.elmo.samples import all_samples, read, sample

# file → (transport, inner, format, version, learner (given, family, born), courses, ECTS total, XSD-valid)
READABLE = {
    "dk/elmo-tomcat-signed.xml": ("xml", "", "elmo-1", "1.x", ("Jens", "Hansen", date(1980, 12, 9)), 5, "45", False),
    "dk/elmo-tomcat-signed-zipped-base64.txt": ("gzip+base64", "", "elmo-1", "1.x",
                                                ("Jens", "Hansen", date(1980, 12, 9)), 5, "45", False),
    "dk/elmo-tomcat-unsigned.xml": ("xml", "", "elmo-1", "1.x", ("Jens", "Hansen", date(1980, 12, 9)), 5, "45",
                                    False),
    "dk/elmo-tomcat-signed-beautified.xml": ("xml", "", "elmo-1", "1.x", ("Jens", "Hansen", date(1980, 12, 9)), 5,
                                             "45", False),
    "se/swedish_1_elmo1.0.xml": ("xml", "", "elmo-1", "1.x", ("Thom", "Jönsson", date(1971, 10, 20)), 31, "143.5",
                                 False),
    "official/elmo-schemas-example-v1.7.0.xml": ("xml", "", "elmo-1", "1.x",
                                                 ("Wojciech Łukasz", "Rygielski", date(1983, 4, 12)), 3, "21", True),
    "official/implementation-guide-inline-example-no-namespace.xml": ("xml", "", "elmo-nons", "",
                                                                      ("Test", "Testing", date(1979, 3, 21)), 2,
                                                                      "15", None),
    "no/uio-test-2023-sampleElmo.b64": ("base64+xml", "", "elmo-1", "1.x", ("Test", "Testesen", date(1991, 1, 20)),
                                        2, "20", False),
    "fi/fi-ncp-2024-my_elmo.xml": ("xml", "", "elmo-1", "1.x", ("Teppo", "Testaaja", None), 1, "5", True),
    "fi/kaisak-no-namespace.xml": ("xml", "", "elmo-nons", "", ("Kaisa", "Keränen", date(1966, 7, 18)), 3, "5",
                                   None),
    "legacy-purl/no-Example-elmo-Norway.xml": ("xml", "", "elmo-pre1", "pre-1.0",
                                               ("Beate", "TS-Svendsen", date(1992, 2, 2)), 22, "512", None),
    "ewp-imobility-tors-example.xml": ("ewp-tor", "xml", "elmo-1", "1.x", ("Jan Łukasz", "Kowalski", date(1983, 1, 1)),
                                       1, "0", True),
}
# file → (error class, words the message must contain)
REFUSED = {
    "dk/elmo-wl-signed-zipped-base64.txt": (ElmoUnreadable, ("UTF-8", "line 1, column 2113", "Latin-1")),
    "official/elmo-schemas-example-de-v1.7-preview.xml": (ElmoUnreadable, ("not well-formed", "line 167",
                                                                           "column 27")),
    "ncp-response-cancel.form": (EmpReturnedNothing, ("cancelled", "NCP_CANCEL", "User cancelled")),
}


def test_every_sample_has_an_expected_outcome() -> None:
    assert sorted(READABLE.keys() | REFUSED.keys()) == all_samples()


@pytest.mark.parametrize("name", sorted(READABLE))
def test_readable_sample(name: str) -> None:
    transport, inner, fmt, version, (given, family, born), count, ects, xsd_valid = READABLE[name]
    decoded = decode_transport(sample(name))
    assert (decoded.transport, decoded.inner) == (transport, inner)
    root = parse_xml(decoded.xml)
    content = read(sample(name))
    assert (content.format, content.version) == (fmt, version)
    assert (content.learner.given_names, content.learner.family_name, content.learner.birth_date) == (given, family,
                                                                                                      born)
    assert len(content.courses) == count
    assert content.ects_total == Decimal(ects)
    assert len({course.key for course in content.courses}) == count
    warnings = schema_warnings(root)
    if xsd_valid is True:
        assert warnings == ()
    elif xsd_valid is False:
        assert warnings and all("schema" in problem.render() for problem in warnings)
    else:
        assert len(warnings) == 1 and "not checked" in warnings[0].render()


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_sample(name: str) -> None:
    error, words = REFUSED[name]
    with pytest.raises(error) as caught:
        read(sample(name))
    for word in words:
        assert word in caught.value.render()


def test_the_same_document_in_two_transports_gives_the_same_bytes() -> None:
    plain = decode_transport(sample("dk/elmo-tomcat-signed.xml"))
    packed = decode_transport(sample("dk/elmo-tomcat-signed-zipped-base64.txt"))
    assert packed.xml == plain.xml == sample("dk/elmo-tomcat-signed.xml")
