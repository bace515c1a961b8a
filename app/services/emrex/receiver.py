"""The one-shot receiver of an EMP's return, on the loopback interface only.

An EMREX contact point answers through the student's browser: its last page posts a form (`sessionId`,
`returnCode`, `returnMessage`, `elmo`) to the client's `returnUrl`. A desktop program can take that post on its own
machine. The receiver listens on 127.0.0.1 alone, on a free port the system picks, under a path with an unguessable
token, and serves exactly two things:

* `GET /<token>/start`: the start page, a form that the browser posts at once to the EMP with `sessionId` and
  `returnUrl` (`application/x-www-form-urlencoded`, as the EMREX client specification has it);
* `POST /<token>/return`: the EMP's return, taken only as a form post of bounded size (`Content-Length` required),
  only with the `Host` the receiver listens on (a page elsewhere cannot reach it by a rebound name), and only with
  the session's `sessionId` (compared in constant time), within the session's time. The first such post is kept;
  any later one is refused as a replay.

Everything else is refused: other paths (404), other methods (405), other content types (415), bodies without a
length (411) or over the limit (413, unread), a return after the session's time (410). When the time is over the
receiver closes itself, whether or not anybody is still waiting for it. The browser gets a short page in Polish
and English either way. Nothing here touches the database; `fetch` decides what the return means.
"""

from __future__ import annotations

import hmac
import html
import logging
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

from app.services.elmo.transport import return_outcome

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
# An ELMO document of 25 MB (the intake's limit), gzipped and base64-encoded, then form-encoded, stays well within.
MAX_RETURN_BYTES = 40_000_000
READ_TIMEOUT_SECONDS = 60
ANSWER_SECONDS = 5  # at most this long, closing waits for the browser to be told the results were received
FORM_TYPE = "application/x-www-form-urlencoded"
MAX_FORM_FIELDS = 50

# what the browser sees after posting, by the kind of outcome; (title, Polish, English)
RECEIVED_PAGES = {
    "OK": ("Wyniki odebrane · Results received",
           "Uznania odebrało wyniki. Możesz zamknąć tę kartę i wrócić do programu: urzędnik sprawdzi podpis i "
           "wybierze przedmioty do uznania.",
           "Uznania has received the results. You can close this tab and return to the program: the officer will "
           "check the signature and choose the courses to recognise."),
    "CANCEL": ("Anulowano · Cancelled",
               "Pobieranie wyników anulowano w punkcie kontaktowym. Możesz wrócić do programu Uznania.",
               "Fetching the results was cancelled at the contact point. You can return to Uznania."),
    "NO_RESULTS": ("Brak wyników · No results",
                   "Punkt kontaktowy nie przekazał żadnych wyników. Możesz wrócić do programu Uznania.",
                   "The contact point returned no results. You can return to Uznania."),
    "ERROR": ("Błąd punktu kontaktowego · Contact point error",
              "Punkt kontaktowy zgłosił błąd i nie przekazał wyników. Możesz wrócić do programu Uznania.",
              "The contact point reported an error and returned no results. You can return to Uznania."),
}
REFUSED_PAGES = {
    HTTPStatus.NOT_FOUND: ("Nie znaleziono · Not found", "Nie ma tu takiej strony.", "There is no such page here."),
    HTTPStatus.METHOD_NOT_ALLOWED: ("Niedozwolone · Not allowed", "Ta strona przyjmuje tylko wyniki EMREX.",
                                    "This page only takes EMREX results."),
    HTTPStatus.FORBIDDEN: ("Nieznana sesja · Unknown session",
                           "Te wyniki nie należą do sesji, na którą czeka Uznania.",
                           "These results do not belong to the session Uznania is waiting for."),
    HTTPStatus.CONFLICT: ("Sesja już użyta · Session already used",
                          "Wyniki tej sesji zostały już odebrane; drugi raz nie są przyjmowane.",
                          "The results of this session were already received; they are not taken twice."),
    HTTPStatus.GONE: ("Sesja wygasła · Session expired",
                      "Czas tej sesji minął; w programie Uznania trzeba rozpocząć pobieranie od nowa.",
                      "This session's time is over; start the fetch again in Uznania."),
    HTTPStatus.REQUEST_ENTITY_TOO_LARGE: ("Za duże · Too large", "Przesłane dane są za duże.",
                                          "What was sent is too large."),
    HTTPStatus.LENGTH_REQUIRED: ("Brak długości · Length required", "Brak nagłówka Content-Length.",
                                 "The Content-Length header is missing."),
    HTTPStatus.UNSUPPORTED_MEDIA_TYPE: ("Zły format · Wrong format",
                                        "Wyniki przyjmowane są tylko jako formularz.",
                                        "Results are only taken as a form post."),
    HTTPStatus.BAD_REQUEST: ("Złe żądanie · Bad request", "Żądanie jest nieprawidłowe.",
                             "The request is not valid."),
    HTTPStatus.MISDIRECTED_REQUEST: ("Zły adres · Wrong address",
                                     "Ta strona jest dostępna tylko pod adresem, który podał program.",
                                     "This page is only reachable at the address the program gave."),
}

_PAGE = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em;color:#222}}
h1{{font-size:1.4em}}p.en{{color:#555}}button{{font-size:1em;padding:.4em 1.2em}}</style></head>
<body><h1>{title}</h1><p lang="pl">{polish}</p><p class="en" lang="en">{english}</p>{extra}</body></html>
"""


def page(title: str, polish: str, english: str, extra: str = "") -> bytes:
    """A short bilingual page; the texts are escaped, `extra` is markup of our own."""
    return _PAGE.format(title=html.escape(title), polish=html.escape(polish), english=html.escape(english),
                        extra=extra).encode("utf-8")


def send_page(handler: BaseHTTPRequestHandler, status: HTTPStatus, body: bytes, *, allow: str = "",
              nonce: str = "") -> None:
    """Answer with a page of ours and close the connection: not cached, not framed, no referrer, and no script
    but the one marked with `nonce`."""
    handler.send_response(status)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Cache-Control", "no-store")
    handler.send_header("X-Content-Type-Options", "nosniff")
    handler.send_header("Referrer-Policy", "no-referrer")
    handler.send_header("X-Frame-Options", "DENY")
    script = f"'nonce-{nonce}'" if nonce else "'none'"
    handler.send_header("Content-Security-Policy",
                        f"default-src 'none'; style-src 'unsafe-inline'; script-src {script}; frame-ancestors 'none'")
    if allow:
        handler.send_header("Allow", allow)
    handler.send_header("Connection", "close")
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)
    handler.close_connection = True


def form_lists(body: bytes, max_fields: int = MAX_FORM_FIELDS) -> dict[str, list[str]]:
    """Every value of every field of a form-encoded body, by name as sent. Never raises: a body with more fields
    than any contact point sends reads as empty."""
    lists: dict[str, list[str]] = {}
    try:
        pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=max_fields)
    except ValueError:
        return lists
    for name, value in pairs:
        lists.setdefault(name, []).append(value)
    return lists


def form_fields(body: bytes) -> dict[str, str]:
    """The first value of each field of a form-encoded body."""
    return {name: values[0] for name, values in form_lists(body).items()}


@dataclass(frozen=True)
class Refusal:
    """A request the receiver turned away (for the audit log): what was asked and why it was refused."""

    method: str
    path: str
    status: int


class ReturnReceiver:
    """Listens on loopback for one EMP return of one session (see the module's notes). `start()` to listen,
    `wait()` for the return, `close()` always (after which nothing listens)."""

    def __init__(self, emp_url: str, session_id: str, lifetime: float, *, max_body: int = MAX_RETURN_BYTES) -> None:
        self.emp_url, self.session_id, self.max_body = emp_url, session_id, max_body
        self.lifetime = lifetime
        self._deadline = time.monotonic() + lifetime
        self._expiry = threading.Timer(lifetime, self.close)  # nothing listens once the session's time is over
        self._expiry.daemon = True
        self.token = secrets.token_urlsafe(24)
        self.body: bytes | None = None
        self.return_code = self.return_message = ""
        self.refusals: list[Refusal] = []
        self._arrived = threading.Event()
        self._lock = threading.Lock()
        self._server = _Server((LOOPBACK, 0), _Handler)
        self._server.receiver = self
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="emrex-return", daemon=True)
        self._closed = False

    @property
    def base(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/{self.token}"

    @property
    def start_url(self) -> str:
        return self.base + "/start"

    @property
    def return_url(self) -> str:
        return self.base + "/return"

    @property
    def listening(self) -> bool:
        return self._thread.is_alive() and not self._closed

    @property
    def arrived(self) -> bool:
        return self._arrived.is_set()

    def start(self) -> ReturnReceiver:
        self._thread.start()
        self._expiry.start()
        return self

    def wait(self, timeout: float | None) -> bool:
        """True once the session's return has arrived (its body in `body`), False after `timeout` seconds."""
        return self._arrived.wait(timeout)

    def close(self) -> None:
        """Stop listening and free the port; a request being answered is finished first. Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        if threading.current_thread() is not self._expiry:
            self._expiry.cancel()
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()
        if self.body is not None:  # the browser is being told that the results were received: let it finish
            self._arrived.wait(ANSWER_SECONDS)
        self._server.drop_connections()  # a browser's spare connections, opened before, must not linger
        self._thread.join(timeout=5)

    # -- called on the server's threads ------------------------------------------------------------------------
    def seconds_left(self) -> float:
        """The session's time left, on the monotonic clock the receiver closes itself by."""
        return max(0.0, self._deadline - time.monotonic())

    def _take(self, body: bytes) -> HTTPStatus:
        """OK when `body` is the session's first return; FORBIDDEN for another session, CONFLICT for a replay,
        GONE after the session's time. The return code and message are read here, once, off the window's thread."""
        fields = form_fields(body)
        sent = fields.get("sessionId", "")
        if not hmac.compare_digest(sent.encode("utf-8"), self.session_id.encode("utf-8")):
            return HTTPStatus.FORBIDDEN
        with self._lock:
            if self.body is not None:
                return HTTPStatus.CONFLICT
            if self._closed or time.monotonic() > self._deadline:
                return HTTPStatus.GONE
            self.return_code = fields.get("returnCode", "").strip().upper()
            self.return_message = " ".join(fields.get("returnMessage", "").split())
            self.body = body
        return HTTPStatus.OK

    def _announce(self) -> None:
        """The return is kept and the browser has its answer: whoever waits may go on (and close us)."""
        self._arrived.set()

    def _refused(self, method: str, path: str, status: HTTPStatus) -> None:
        with self._lock:
            if len(self.refusals) < 100:  # a flood of junk requests must not grow memory without end
                self.refusals.append(Refusal(method, path[:200], int(status)))

    def start_page(self) -> bytes:
        action = html.escape(self.emp_url, quote=True)
        fields = "".join(f'<input type="hidden" name="{name}" value="{html.escape(value, quote=True)}">'
                         for name, value in (("sessionId", self.session_id), ("returnUrl", self.return_url)))
        extra = (f'<form id="emrex" method="post" action="{action}" accept-charset="UTF-8" '
                 f'enctype="{FORM_TYPE}">{fields}<button type="submit">Dalej · Continue</button></form>'
                 f'<script nonce="{self.token}">document.getElementById("emrex").submit();</script>')
        return page("EMREX · Uznania",
                    f"Przechodzisz do punktu kontaktowego EMREX ({self.emp_url}). Zaloguj się tam na swoje konto "
                    "uczelni zagranicznej i wybierz wyniki do przekazania.",
                    f"You are going to the EMREX contact point ({self.emp_url}). Sign in there with your account of "
                    "the university abroad and choose the results to send.", extra)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False
    receiver: ReturnReceiver

    def handle_error(self, request, client_address) -> None:
        """A browser that went away, or a connection cut when the session ended: nothing to report."""
        log.debug("EMREX receiver: a connection ended early", exc_info=True)

    def __init__(self, *args, **kwargs) -> None:
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Cut every connection still open (browsers open spare ones ahead of need); their requests are lost."""
        with self._connections_lock:
            connections, self._connections = list(self._connections), set()
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "Uznania"
    sys_version = ""
    timeout = READ_TIMEOUT_SECONDS
    protocol_version = "HTTP/1.1"

    @property
    def receiver(self) -> ReturnReceiver:
        return self.server.receiver

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        log.debug("EMREX receiver: " + format, *args)

    def _path(self) -> str:
        return self.path  # exactly: no query string either

    def _send(self, status: HTTPStatus, body: bytes, *, allow: str = "", nonce: str = "") -> None:
        send_page(self, status, body, allow=allow, nonce=nonce)

    def _refuse(self, status: HTTPStatus, allow: str = "") -> None:
        self.receiver._refused(self.command, self._path(), status)
        self._send(status, page(*REFUSED_PAGES[status]), allow=allow)

    def _host_ok(self) -> bool:
        """The Host the browser was sent to: our own address and port, so a page under some other name that was
        made to resolve to 127.0.0.1 cannot post here."""
        port = self.receiver.port
        return self.headers.get("Host", "").strip().lower() in (f"{LOOPBACK}:{port}", f"localhost:{port}")

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        path, receiver = self._path(), self.receiver
        if not self._host_ok():
            self._refuse(HTTPStatus.MISDIRECTED_REQUEST)
        elif path == f"/{receiver.token}/start":
            self._send(HTTPStatus.OK, receiver.start_page(), nonce=receiver.token)
        elif path == f"/{receiver.token}/return":
            self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, allow="POST")
        else:
            self._refuse(HTTPStatus.NOT_FOUND)

    def do_POST(self) -> None:  # noqa: N802 - the base class's name
        receiver = self.receiver
        if not self._host_ok():
            return self._refuse(HTTPStatus.MISDIRECTED_REQUEST)
        if self._path() != f"/{receiver.token}/return":
            return self._refuse(HTTPStatus.NOT_FOUND)
        kind = self.headers.get("Content-Type", "").partition(";")[0].strip().lower()
        if kind != FORM_TYPE:
            return self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
        if self.headers.get("Transfer-Encoding") or self.headers.get("Content-Length") is None:
            return self._refuse(HTTPStatus.LENGTH_REQUIRED)
        declared = self.headers["Content-Length"].strip()
        if not declared.isascii() or not declared.isdigit():
            return self._refuse(HTTPStatus.BAD_REQUEST)
        length = int(declared)
        if length > receiver.max_body:
            return self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)  # never read
        body = self.rfile.read(length)
        if len(body) != length:
            return self._refuse(HTTPStatus.BAD_REQUEST)  # the sender stopped half-way
        status = receiver._take(body)
        if status != HTTPStatus.OK:
            return self._refuse(status)
        try:
            outcome = return_outcome(receiver.return_code) or "OK"  # no code at all: older contact points
            self._send(HTTPStatus.OK, page(*RECEIVED_PAGES.get(outcome, RECEIVED_PAGES["ERROR"])))
        finally:
            receiver._announce()

    def _not_allowed(self) -> None:
        path = self._path()
        token = self.receiver.token
        if path in (f"/{token}/start", f"/{token}/return"):
            self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, allow="GET" if path.endswith("/start") else "POST")
        else:
            self._refuse(HTTPStatus.NOT_FOUND)

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = do_TRACE = do_CONNECT = _not_allowed  # noqa: N815
