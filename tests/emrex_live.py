"""Helpers for the live EMREX fetch tests: demonstration contact points on free loopback ports, trusted by the
desk under test, and plain HTTP requests to the receiver."""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from app.services.emrex.demo_emp import LEARNERS, DemoEmp, build_elmo, demo_files, return_field, sign_elmo
from tests.services.test_intake import add_student
from tests.signing import SigningKey, signing_key

ZOFIA = LEARNERS["zzolkiewska"]


def trust_emp(services, folder: Path, acronym: str, country: str, url: str, cert_pem: bytes) -> None:
    """Put a contact point with its address and certificate into the desk's trust store, as a registry would."""
    path = folder / f"emreg-{acronym}.json"
    path.write_text(json.dumps({"emps": [{"acronym": acronym, "countryCode": country, "url": url,
                                          "name": f"{acronym} contact point", "pubKey": cert_pem.decode("ascii")}]}),
                    encoding="utf-8")
    services.trust.import_file(path)


@contextmanager
def demo_emp(services, folder: Path, acronym: str = "UZN-DEMO", country: str = "FI",
             key: SigningKey | None = None, trusted_cert: bytes | None = None) -> Iterator[DemoEmp]:
    """A demonstration contact point on a free port, trusted by `services` under `acronym` with `trusted_cert`
    (by default the certificate of the key it signs with: its own demonstration key, or `key`)."""
    emp = DemoEmp(0, key.key_pem if key else None, key.cert_pem if key else None).start()
    try:
        trust_emp(services, folder, acronym, country, emp.url,
                  trusted_cert or (key.cert_pem if key else demo_files()[1].read_bytes()))
        yield emp
    finally:
        emp.close()


def zofia_decision(services) -> int:
    return add_student(services, "700101", ZOFIA.given_names, ZOFIA.family_name, ZOFIA.birth_date)


def signed_return(session_id: str, key: SigningKey | None = None, code: str = "NCP_OK",
                  learner=ZOFIA, courses=None) -> bytes:
    """A return body as the demonstration contact point's last page posts it."""
    key_pem, cert_pem = (key.key_pem, key.cert_pem) if key else (demo_files()[0].read_bytes(),
                                                                    demo_files()[1].read_bytes())
    xml = sign_elmo(build_elmo(learner, tuple(courses if courses is not None else learner.courses)), key_pem,
                    cert_pem)
    return urlencode({"sessionId": session_id, "returnCode": code, "returnMessage": "sent",
                      "elmo": return_field(xml)}).encode("ascii")


def request(url: str, method: str = "POST", body: bytes | None = None, headers: dict | None = None,
            path: str | None = None) -> tuple[int, str]:
    """(status, page text) of one request to the receiver."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        sent = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
        sent.update(headers or {})
        connection.request(method, path or parts.path, body=body, headers=sent)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        connection.close()


def refused(url: str, host: str | None = None) -> bool:
    """True when nothing accepts a connection at the URL's port (on `host`, else the URL's host)."""
    parts = urlsplit(url)
    try:
        with socket.create_connection((host or parts.hostname, parts.port), timeout=2):
            return False
    except (ConnectionRefusedError, TimeoutError, OSError):
        return True


def other_addresses() -> list[str]:
    """This machine's IPv4 and IPv6 addresses that are not loopback (those a neighbour could reach)."""
    found: set[str] = set()
    try:
        output = subprocess.run(["ip", "-j", "addr"], capture_output=True, text=True, timeout=5, check=True).stdout
        for interface in json.loads(output):
            for address in interface.get("addr_info", []):
                if address.get("scope") == "global":
                    found.add(address["local"])
    except (OSError, subprocess.SubprocessError, ValueError):
        pass
    try:
        for *_, sockaddr in socket.getaddrinfo(socket.gethostname(), None):
            found.add(sockaddr[0])
    except OSError:
        pass
    return sorted(a for a in found if not a.startswith("127.") and a != "::1" and not a.startswith("fe80"))


__all__ = ["ZOFIA", "add_student", "demo_emp", "other_addresses", "refused", "request",
           "signed_return", "signing_key", "trust_emp", "zofia_decision"]
