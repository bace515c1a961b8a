"""The EMREX sample files (byte-exact copies under tests/data/emrex) and small ELMO documents built for tests."""

from __future__ import annotations

import base64
import gzip
from pathlib import Path
from urllib.parse import quote, quote_plus

from app.services.elmo.reader import read_elmo
from app.services.elmo.transport import decode_transport
from app.services.elmo.types import ElmoContent
from app.services.elmo.xmlsafe import parse_xml

DATA = Path(__file__).resolve().parents[2] / "data" / "emrex"
SAMPLES = DATA / "samples"
V1 = "https://github.com/emrex-eu/elmo-schemas/tree/v1"


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def all_samples() -> list[str]:
    return sorted(str(path.relative_to(SAMPLES)) for path in SAMPLES.rglob("*") if path.is_file())


def read(data: bytes) -> ElmoContent:
    """The whole path a returned file takes through the three readers."""
    return read_elmo(parse_xml(decode_transport(data).xml))


def elmo(body: str, *, namespace: str = V1, learner: str | None = None, prefix: str = "") -> bytes:
    """A small ELMO document: `body` is the report's content after the issuer."""
    learner = learner if learner is not None else (
        "<learner><givenNames>Zofia</givenNames><familyName>Łódzka</familyName><bday>2001-05-14</bday></learner>")
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<elmo xmlns="{namespace}"><generatedDate>2024-01-31T10:00:00Z'
            f"</generatedDate>{learner}<report><issuer><country>DK</country><title xml:lang=\"en\">Test University"
            f"</title></issuer>{body}</report></elmo>")
    if not namespace:
        text = text.replace(' xmlns=""', "")
    return text.encode("utf-8")


def los(title: str, *, credits: str | None = None, grade: str | None = None, status: str | None = None,
        date: str | None = None, kind: str = "Course", parts: tuple[str, ...] = (), extra: str = "") -> str:
    """One learningOpportunitySpecification, with `parts` (other `los(...)`) under hasPart."""
    loi = "".join((f"<date>{date}</date>" if date else "", f"<status>{status}</status>" if status else "",
                   f"<resultLabel>{grade}</resultLabel>" if grade else "",
                   f"<credit><scheme>ects</scheme><value>{credits}</value></credit>" if credits else "", extra))
    return (f"<learningOpportunitySpecification><title xml:lang=\"en\">{title}</title><type>{kind}</type>"
            f"<specifies><learningOpportunityInstance>{loi}</learningOpportunityInstance></specifies>"
            + "".join(f"<hasPart>{part}</hasPart>" for part in parts) + "</learningOpportunitySpecification>")


def form(*, code: str = "NCP_OK", message: str = "", elmo_value: str = "", session: str = "abc123",
         plus_for_space: bool = True) -> bytes:
    """An EMP return POST body, encoded as a browser does (or, with plus_for_space=False, with %20)."""
    encode = quote_plus if plus_for_space else (lambda value: quote(value, safe=""))
    return "&".join(f"{key}={encode(value)}" for key, value in (
        ("sessionId", session), ("returnCode", code), ("returnMessage", message), ("elmo", elmo_value))).encode()


def gzip_b64(data: bytes) -> str:
    return base64.b64encode(gzip.compress(data)).decode("ascii")
