"""A demonstration EMREX contact point (EMP) that ships with the program, for trying the live fetch with no
university: `uznania emrex demo-emp`.

It behaves as a real EMP does towards a client. The client's start page posts `sessionId` and `returnUrl` to
`/emrex`; the EMP shows a login page, then the student's results with a box for each course; "Send" builds an ELMO
1.7 document of the chosen courses, signs it (enveloped XMLDSig, RSA-SHA256, exclusive C14N) with the
demonstration key, and the last page posts `sessionId`, `returnCode`, `returnMessage` and `elmo`
(base64 of gzip of the XML) back to `returnUrl` through the browser. "Cancel" returns `NCP_CANCEL`, sending no
course `NCP_NO_RESULTS`, a learner with no results on record `NCP_NO_RESULTS` at once.

The demonstration key is public (it is in the program's files), so documents it signs prove nothing; the demo
data trusts its certificate, a real desk never should. It listens on loopback only.
"""

from __future__ import annotations

import base64
import gzip
import html
import logging
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from app.paths import resources_dir
from app.services.emrex.receiver import FORM_TYPE, LOOPBACK, form_lists, page, send_page

log = logging.getLogger(__name__)

DEMO_PORT = 8470
DEMO_PATH = "/emrex"
ELMO_NS = "https://github.com/emrex-eu/elmo-schemas/tree/v1"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
PASSWORD = "demo"
TICKET_SECONDS = 30 * 60
MAX_FORM_BYTES = 64_000
MAX_TICKETS = 1_000
MAX_RETURN_URL = 2_000
ISSUER = ("FI", "demo.uznania.example", "Uznania Demonstration University", "Uznanian demoyliopisto")


def demo_files() -> tuple[Path, Path, Path]:
    """The demonstration key, its certificate and the registry entry that the demo data trusts."""
    folder = resources_dir() / "demo" / "emp"
    return folder / "demo-emp-key.pem", folder / "demo-emp-cert.pem", folder / "emreg-demo-emp.json"


@dataclass(frozen=True)
class DemoCourse:
    code: str
    title_en: str
    title_fi: str
    ects: str
    grade: str
    scheme: str = "FI-0-5"
    status: str = "passed"
    isced: str = "0613"


@dataclass(frozen=True)
class DemoLearner:
    login: str
    given_names: str
    family_name: str
    birth_date: date
    citizenship: str
    courses: tuple[DemoCourse, ...]

    @property
    def name(self) -> str:
        return f"{self.given_names} {self.family_name}"


SPRING = ("Spring 2026", "Kevät 2026", "2026-01-01", "2026-07-31")
LEARNERS = {learner.login: learner for learner in (
    DemoLearner("zzolkiewska", "Zofia", "Żółkiewska", date(2003, 5, 14), "PL", (
        DemoCourse("TKT-20006", "Software Engineering", "Ohjelmistotuotanto", "6", "4"),
        DemoCourse("TKT-20008", "Computer Networks", "Tietoverkot", "5", "3", isced="0612"),
        DemoCourse("TKT-20012", "Introduction to Artificial Intelligence", "Johdatus tekoälyyn", "5", "5"),
        DemoCourse("TKT-20019", "Databases II", "Tietokantojen jatkokurssi", "5", "4", isced="0612"),
        DemoCourse("KK-FI101", "Finnish for Exchange Students 1", "Suomen kieli vaihto-opiskelijoille 1", "3",
                   "pass", scheme="FI-PASS", isced="0231"),
        DemoCourse("TKT-50001", "Research Seminar in Computer Science", "Tietojenkäsittelytieteen seminaari", "3",
                   "pass", scheme="FI-PASS"),
        DemoCourse("TKT-40015", "Quantum Computing", "Kvanttilaskenta", "5", "0", status="failed"),
    )),
    DemoLearner("jhansen", "Jens", "Hansen", date(1980, 12, 9), "DK", (
        DemoCourse("TKT-20010", "Distributed Systems", "Hajautetut järjestelmät", "5", "4", isced="0612"),
        DemoCourse("TKT-20015", "Human–Computer Interaction", "Ihmisen ja tietokoneen vuorovaikutus", "5", "5"),
    )),
    DemoLearner("pbak", "Piotr", "Bąk", date(2002, 11, 2), "PL", ()),
)}


def demo_emp_students() -> list[tuple[str, str, date]]:
    """(given names, family name, birth date) of the demonstration learners who study at the demo desk and await
    results; Jens Hansen is there already with the Danish document."""
    return [(x.given_names, x.family_name, x.birth_date) for x in LEARNERS.values() if x.login != "jhansen"]


SCHEMES = {"FI-0-5": "Finnish 0–5 scale: 5 excellent, 4 very good, 3 good, 2 satisfactory, 1 sufficient, 0 fail",
           "FI-PASS": "pass / fail"}


def build_elmo(learner: DemoLearner, courses: tuple[DemoCourse, ...], at: datetime | None = None) -> etree._Element:
    """An ELMO 1.7 document of `courses` for `learner`, issued by the demonstration university."""
    at = at or datetime.now(UTC)
    e = lambda parent, tag, text=None, **attrs: _sub(parent, tag, text, attrs)  # noqa: E731
    root = etree.Element(f"{{{ELMO_NS}}}elmo", nsmap={None: ELMO_NS})
    e(root, "generatedDate", at.isoformat(timespec="seconds"))
    learner_el = e(root, "learner")
    e(learner_el, "citizenship", learner.citizenship)
    e(learner_el, "givenNames", learner.given_names)
    e(learner_el, "familyName", learner.family_name)
    e(learner_el, "bday", learner.birth_date.isoformat())
    report = e(root, "report")
    issuer = e(report, "issuer")
    e(issuer, "country", ISSUER[0])
    e(issuer, "identifier", ISSUER[1], type="schac")
    e(issuer, "title", ISSUER[2], lang="en")
    e(issuer, "title", ISSUER[3], lang="fi")
    e(issuer, "url", f"https://{ISSUER[1]}/")
    for course in courses:
        los = e(report, "learningOpportunitySpecification")
        e(los, "identifier", course.code, type="local")
        e(los, "title", course.title_en, lang="en")
        e(los, "title", course.title_fi, lang="fi")
        e(los, "type", "Course")
        e(los, "iscedCode", course.isced)
        instance = e(e(los, "specifies"), "learningOpportunityInstance")
        e(instance, "start", "2026-01-12")
        e(instance, "date", "2026-05-29")
        term = e(instance, "academicTerm")
        e(term, "title", SPRING[0], lang="en")
        e(term, "title", SPRING[1], lang="fi")
        e(term, "start", SPRING[2])
        e(term, "end", SPRING[3])
        e(instance, "status", course.status)
        e(instance, "gradingSchemeLocalId", course.scheme)
        e(instance, "resultLabel", course.grade)
        credit = e(instance, "credit")
        e(credit, "scheme", "ECTS")
        e(credit, "value", course.ects)
        e(instance, "languageOfInstruction", "en")
    e(report, "issueDate", at.isoformat(timespec="seconds"))
    for local_id in sorted({c.scheme for c in courses}):
        e(e(report, "gradingScheme", localId=local_id), "description", SCHEMES[local_id], lang="en")
    return root


def _sub(parent, tag: str, text: str | None, attrs: dict) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ELMO_NS}}}{tag}")
    for name, value in attrs.items():
        element.set(XML_LANG if name == "lang" else name, value)
    if text is not None:
        element.text = text
    return element


def sign_elmo(root: etree._Element, key_pem: bytes, cert_pem: bytes) -> bytes:
    """The document signed as contact points sign: enveloped, the whole document, RSA-SHA256, exclusive C14N."""
    from signxml import XMLSigner  # only the contact point signs; the desk itself only verifies

    signed = XMLSigner(signature_algorithm="rsa-sha256", digest_algorithm="sha256", c14n_algorithm=EXC_C14N).sign(
        root, key=key_pem, cert=cert_pem.decode("ascii"))
    return etree.tostring(signed, xml_declaration=True, encoding="utf-8")


def return_field(xml: bytes) -> str:
    """The `elmo` field of a return: base64 of the gzip-compressed document."""
    return base64.b64encode(gzip.compress(xml, mtime=0)).decode("ascii")


DEMO_URL = f"http://{LOOPBACK}:{DEMO_PORT}{DEMO_PATH}"
_running: DemoEmp | None = None


def ensure_demo_emp(url: str) -> bool:
    """When `url` is the demonstration contact point's own address and nothing answers there, start it in this
    program (until it ends) so that a newcomer can try a fetch without a terminal. True when it was started here."""
    global _running
    if url.rstrip("/") != DEMO_URL or _running is not None:
        return False
    try:
        _running = DemoEmp(DEMO_PORT).start()
    except OSError:  # something listens there already: most likely `uznania emrex demo-emp`
        return False
    return True


@dataclass
class _Ticket:
    session_id: str
    return_url: str
    created: float
    learner: DemoLearner | None = None
    answer: bytes | None = None  # the return page, once built: a second click on Send gets the same one
    nonce: str = field(default_factory=lambda: secrets.token_urlsafe(12))  # its script's, for the page's CSP


class DemoEmp:
    """The demonstration contact point on loopback; `start()`, then `close()`."""

    def __init__(self, port: int = DEMO_PORT, key_pem: bytes | None = None, cert_pem: bytes | None = None,
                 acronym: str = "UZN-DEMO") -> None:
        key_path, cert_path, _ = demo_files()
        self.key_pem = key_pem or key_path.read_bytes()
        self.cert_pem = cert_pem or cert_path.read_bytes()
        self.acronym = acronym
        self.tickets: dict[str, _Ticket] = {}
        self._lock = threading.Lock()
        self._server = _EmpServer((LOOPBACK, port), _EmpHandler)
        self._server.emp = self
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="demo-emp", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}{DEMO_PATH}"

    def start(self) -> DemoEmp:
        self._thread.start()
        return self

    def close(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the command line's `demo-emp`)."""
        try:
            self._server.serve_forever(poll_interval=0.2)
        finally:
            self._server.server_close()

    # -- the pages ---------------------------------------------------------------------------------------------
    def new_ticket(self, session_id: str, return_url: str) -> str:
        ticket = secrets.token_urlsafe(16)
        now = time.monotonic()
        with self._lock:
            for key in [k for k, t in self.tickets.items() if now - t.created > TICKET_SECONDS]:
                del self.tickets[key]
            while len(self.tickets) >= MAX_TICKETS:  # any page can post here: the oldest make room
                del self.tickets[next(iter(self.tickets))]
            self.tickets[ticket] = _Ticket(session_id, return_url, now)
        return ticket

    def ticket(self, key: str) -> _Ticket | None:
        with self._lock:
            found = self.tickets.get(key)
        if found is not None and time.monotonic() - found.created > TICKET_SECONDS:
            return None
        return found

    def login_page(self, ticket: str, error: str = "") -> bytes:
        accounts = ", ".join(f"<code>{html.escape(login)}</code> ({html.escape(learner.name)})"
                             for login, learner in LEARNERS.items())
        warning = f'<p id="error" style="color:#9b1c1c"><b>{html.escape(error)}</b></p>' if error else ""
        extra = (f'{warning}<form method="post" action="{DEMO_PATH}/login">'
                 f'<input type="hidden" name="ticket" value="{ticket}">'
                 '<p><label>Login: <input id="login" name="login" autocomplete="off"></label></p>'
                 '<p><label>Hasło · Password: <input id="password" name="password" type="password"></label></p>'
                 '<p><button id="signIn" type="submit">Zaloguj · Sign in</button> '
                 '<button id="cancel" type="submit" name="action" value="cancel">Anuluj · Cancel</button></p>'
                 f'</form><p><small>Konta demonstracyjne · Demonstration accounts: {accounts}; hasło · password '
                 f'<code>{PASSWORD}</code>.</small></p>')
        return page(f"{ISSUER[2]} · EMREX",
                    "Demonstracyjny punkt kontaktowy EMREX. Zaloguj się, aby przekazać swoje wyniki uczelni "
                    "macierzystej.",
                    "Demonstration EMREX contact point. Sign in to send your results to your home university.", extra)

    def results_page(self, ticket: str, learner: DemoLearner) -> bytes:
        rows = "".join(
            f'<tr><td><input type="checkbox" name="course" value="{html.escape(c.code)}" id="c-{html.escape(c.code)}"'
            f'{" checked" if c.status == "passed" else ""}></td><td>{html.escape(c.code)}</td>'
            f'<td><label for="c-{html.escape(c.code)}">{html.escape(c.title_en)}</label><br>'
            f'<small>{html.escape(c.title_fi)}</small></td><td>{c.ects}</td><td>{html.escape(c.grade)}</td>'
            f'<td>{c.status}</td></tr>' for c in learner.courses)
        extra = (f'<form method="post" action="{DEMO_PATH}/send"><input type="hidden" name="ticket" value="{ticket}">'
                 '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th></th><th>Kod · Code</th>'
                 '<th>Przedmiot · Course</th><th>ECTS</th><th>Ocena · Grade</th><th>Status</th></tr>'
                 f'{rows}</table><p><button id="send" type="submit" name="action" value="send">'
                 'Wyślij zaznaczone · Send selected</button> <button id="cancel" type="submit" name="action" '
                 'value="cancel">Anuluj · Cancel</button></p></form>')
        return page(f"{learner.name} · EMREX",
                    "Zaznacz wyniki do przekazania uczelni macierzystej.",
                    "Choose the results to send to your home university.", extra)

    def return_page(self, t: _Ticket, code: str, message: str, elmo: str = "") -> bytes:
        fields = {"sessionId": t.session_id, "returnCode": code, "returnMessage": message}
        if elmo:
            fields["elmo"] = elmo
        inputs = "".join(f'<input type="hidden" name="{name}" value="{html.escape(value, quote=True)}">'
                         for name, value in fields.items())
        extra = (f'<form id="emrexReturn" method="post" action="{html.escape(t.return_url, quote=True)}" '
                 f'enctype="{FORM_TYPE}" accept-charset="UTF-8">{inputs}'
                 '<button type="submit">Wróć · Return</button></form>'
                 f'<script nonce="{t.nonce}">document.getElementById("emrexReturn").submit();</script>')
        return page("EMREX", "Przekazywanie wyników do uczelni macierzystej…",
                    "Sending the results to your home university…", extra)

    def send(self, ticket_key: str, action: str, codes: list[str]) -> bytes | None:
        """The return page for a session's choice (the same one again for a second click), or None when the ticket
        is unknown or nobody signed in."""
        ticket = self.ticket(ticket_key)
        if ticket is None:
            return None
        if ticket.answer is None:
            ticket.answer = self._answer(ticket, action, codes)
        return ticket.answer

    def _answer(self, ticket: _Ticket, action: str, codes: list[str]) -> bytes | None:
        if action == "cancel":  # signed in or not: a cancel carries no results
            return self.return_page(ticket, "NCP_CANCEL", "The student cancelled.")
        learner = ticket.learner
        if learner is None:
            return None
        chosen = tuple(c for c in learner.courses if c.code in set(codes))
        if not chosen:
            return self.return_page(ticket, "NCP_NO_RESULTS", "No results were selected.")
        xml = sign_elmo(build_elmo(learner, chosen), self.key_pem, self.cert_pem)
        return self.return_page(ticket, "NCP_OK", f"{len(chosen)} result(s) sent.", return_field(xml))


class _EmpServer(ThreadingHTTPServer):
    daemon_threads = True
    emp: DemoEmp


class _EmpHandler(BaseHTTPRequestHandler):
    server: _EmpServer
    server_version = "UznaniaDemoEMP"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 60

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        log.info("demo EMP: " + format, *args)

    def _send(self, status: HTTPStatus, body: bytes, nonce: str = "") -> None:
        send_page(self, status, body, nonce=nonce)

    def _error(self, status: HTTPStatus, polish: str, english: str) -> None:
        self._send(status, page("EMREX", polish, english))

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        if self.path.partition("?")[0] != DEMO_PATH:
            return self._error(HTTPStatus.NOT_FOUND, "Nie ma tu takiej strony.", "There is no such page here.")
        self._error(HTTPStatus.OK, "To jest demonstracyjny punkt kontaktowy EMREX. Pobieranie zaczyna się w programie "
                                   "Uznania (Pobierz przez EMREX).",
                    "This is the demonstration EMREX contact point. A fetch starts in Uznania (Fetch via EMREX).")

    def do_POST(self) -> None:  # noqa: N802 - the base class's name
        emp, path = self.server.emp, self.path.partition("?")[0]
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_FORM_BYTES:
            return self._error(HTTPStatus.BAD_REQUEST, "Złe żądanie.", "Bad request.")
        lists = form_lists(self.rfile.read(length), max_fields=200)
        fields = {name: values[0] for name, values in lists.items()}
        if path == DEMO_PATH:  # a client starts a session
            session_id, return_url = fields.get("sessionId", ""), fields.get("returnUrl", "")
            target = urlsplit(return_url)
            if (not session_id or len(session_id) > 200 or len(return_url) > MAX_RETURN_URL
                    or target.scheme not in ("http", "https") or not target.netloc):
                return self._error(HTTPStatus.BAD_REQUEST, "Brak sessionId lub returnUrl.",
                                   "The sessionId or returnUrl is missing.")
            return self._send(HTTPStatus.OK, emp.login_page(emp.new_ticket(session_id, return_url)))
        ticket_key = fields.get("ticket", "")
        ticket = emp.ticket(ticket_key)
        if ticket is None:
            return self._error(HTTPStatus.BAD_REQUEST, "Sesja wygasła albo została już użyta.",
                               "The session has expired or was already used.")
        if path == f"{DEMO_PATH}/login":
            if fields.get("action") == "cancel":
                return self._send(HTTPStatus.OK, emp.send(ticket_key, "cancel", []) or b"", ticket.nonce)
            learner = LEARNERS.get(fields.get("login", "").strip().lower())
            if learner is None or fields.get("password", "") != PASSWORD:
                return self._send(HTTPStatus.OK, emp.login_page(ticket_key, "Zły login lub hasło · Wrong login or "
                                                                            "password"))
            ticket.learner = learner
            if not learner.courses:
                return self._send(HTTPStatus.OK, emp.send(ticket_key, "send", []) or b"", ticket.nonce)
            return self._send(HTTPStatus.OK, emp.results_page(ticket_key, learner))
        if path == f"{DEMO_PATH}/send":
            body = emp.send(ticket_key, fields.get("action", "send"), lists.get("course", []))
            if body is None:
                return self._error(HTTPStatus.BAD_REQUEST, "Najpierw się zaloguj.", "Sign in first.")
            return self._send(HTTPStatus.OK, body, ticket.nonce)
        self._error(HTTPStatus.NOT_FOUND, "Nie ma tu takiej strony.", "There is no such page here.")

