"""Fetching a student's results live from an EMREX contact point (EMP), as an EMREX client does.

The officer picks the EMP of the student's university abroad (a trust store entry with a URL). `start` opens the
one-shot loopback receiver (`receiver.py`) and makes a session: a random 32-character `sessionId`, valid for 15
minutes, used once. The student's browser opens the receiver's start page, which posts `sessionId` and `returnUrl`
to the EMP; the student signs in there and picks courses; the EMP's page posts the signed results back to the
receiver. `wait` (or `poll`, which never blocks) ends the session on that return, the officer's cancel or the end
of the session's time, closes the receiver in every case, and says what came back. A return with results goes
through the same intake as a file, with one more rule: the signature must be by the chosen EMP (`ExpectedSigner`).

Every session is in the audit log: its start (decision, EMP, session id) and its end (the outcome, the return code
and message, the SHA-256 of what was received, requests the receiver refused).
"""

from __future__ import annotations

import hashlib
import secrets
import string
import threading
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.models import Decision
from app.models.types import utcnow
from app.services import audit
from app.services.context import ServiceContext
from app.services.elmo.transport import nothing_returned, return_outcome
from app.services.emrex.receiver import ReturnReceiver
from app.services.errors import AppError, NotFound, Problem, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.intake import ExpectedSigner, ImportedDocument, IntakePreview, IntakeService
from app.services.permissions import Permission, check
from app.services.trust import EXPIRED, TrustService
from app.services.vocabulary import state_term
from app.services.workflow import AWAITING_RESULTS

SESSION_LIFETIME = timedelta(minutes=15)
SESSION_ID_ALPHABET = string.ascii_letters + string.digits
SESSION_ID_LENGTH = 32

# how a session ended
RECEIVED = "received"  # the EMP returned results (NCP_OK / EMP_OK)
EMP_CANCEL, EMP_NO_RESULTS, EMP_ERROR = "emp_cancel", "emp_no_results", "emp_error"
CANCELLED = "cancelled"  # by the officer
TIMED_OUT = "timed_out"
OUTCOMES = (RECEIVED, EMP_CANCEL, EMP_NO_RESULTS, EMP_ERROR, CANCELLED, TIMED_OUT)
# what the EMP's return code says (`transport.return_outcome`) → how the session ended
_BY_CODE = {"OK": RECEIVED, "": RECEIVED, "CANCEL": EMP_CANCEL, "NO_RESULTS": EMP_NO_RESULTS, "ERROR": EMP_ERROR,
            "UNKNOWN": EMP_ERROR}

OUTCOME_PROBLEMS = {  # the contact point's own outcomes are worded by `transport.nothing_returned`
    CANCELLED: QT_TRANSLATE_NOOP("Errors", "The fetch was cancelled; nothing was received."),
    TIMED_OUT: QT_TRANSLATE_NOOP("Errors", "No results came back within {minutes} min; the session has ended. "
                                           "Start a new fetch to try again."),
}


def new_session_id() -> str:
    """32 random letters and digits (about 190 bits) from the system's secure source."""
    return "".join(secrets.choice(SESSION_ID_ALPHABET) for _ in range(SESSION_ID_LENGTH))


@dataclass(frozen=True)
class ContactPoint:
    """An EMP results can be fetched from: a trusted entry with a URL."""

    id: int
    acronym: str
    name: str
    country: str
    url: str

    @property
    def signer(self) -> ExpectedSigner:
        return ExpectedSigner(self.acronym, self.country)


@dataclass(frozen=True)
class FetchReturn:
    """How a session ended and, with results, the return body exactly as the EMP's page posted it."""

    session_id: str
    outcome: str  # one of OUTCOMES
    body: bytes = b""
    return_code: str = ""
    return_message: str = ""
    problem: Problem | None = None  # what to tell the officer when nothing can be imported

    @property
    def has_results(self) -> bool:
        return self.outcome == RECEIVED

    def raise_without_results(self) -> None:
        """Raise `FetchEnded`, saying why, when the session brought nothing to import."""
        if not self.has_results:
            problem = self.problem or Problem(OUTCOME_PROBLEMS[CANCELLED])
            raise FetchEnded(problem.message, **problem.params)


class FetchEnded(AppError):
    """A fetch that brought nothing to import: the student cancelled, the EMP had no results or failed, the
    officer cancelled, or the session's time ran out."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The fetch ended without results.")


class FetchSession:
    """One live session: its receiver listens until `EmrexFetchService.wait` ends it. Not a frozen value: it owns a
    socket. Give it back to the service's `wait`; `cancel` may be called from any thread."""

    def __init__(self, decision_id: int, emp: ContactPoint, session_id: str, receiver: ReturnReceiver,
                 expires_at: datetime) -> None:
        self.decision_id, self.emp, self.session_id = decision_id, emp, session_id
        self.receiver, self.expires_at = receiver, expires_at
        self._cancelled = threading.Event()
        self._ending = threading.Lock()  # a session ends, and is recorded, once
        self.result: FetchReturn | None = None

    @property
    def start_url(self) -> str:
        return self.receiver.start_url

    @property
    def return_url(self) -> str:
        return self.receiver.return_url

    @property
    def listening(self) -> bool:
        return self.receiver.listening

    def cancel(self) -> None:
        self._cancelled.set()

    def seconds_left(self) -> float:
        return self.receiver.seconds_left()  # the monotonic clock: a clock set back does not stretch a session


class EmrexFetchService:
    def __init__(self, ctx: ServiceContext, intake: IntakeService | None = None,
                 lifetime: timedelta = SESSION_LIFETIME) -> None:
        self.ctx, self.lifetime = ctx, lifetime
        self.intake = intake or IntakeService(ctx)
        self.trust = TrustService(ctx)

    def contact_points(self) -> list[ContactPoint]:
        """The trusted EMPs with a URL, by country and acronym; one per EMP and URL, with the newest certificate
        (an EMP whose only certificate has expired cannot sign anything that would verify)."""
        best: dict[tuple[str, str, str], tuple[datetime, ContactPoint]] = {}
        for row in self.trust.list():
            if not row.url.strip() or row.validity == EXPIRED:
                continue
            key = (row.country.upper(), row.acronym.casefold(), row.url.strip())
            if key not in best or row.not_after > best[key][0]:
                best[key] = (row.not_after, ContactPoint(row.id, row.acronym, row.name, row.country,
                                                         row.url.strip()))
        return [point for _, point in sorted(best.values(), key=lambda p: (p[1].country, p[1].acronym.casefold()))]

    def contact_point(self, which: int | str) -> ContactPoint:
        """A contact point by trust store id or by acronym (case does not matter)."""
        points = self.contact_points()
        found = [p for p in points if (p.id == which if isinstance(which, int)
                                       else p.acronym.casefold() == str(which).strip().casefold())]
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Errors", "The trust store has no contact point {emp} with an address to fetch results from."),
                emp=which)
        if len(found) > 1:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Several contact points are called {emp}; choose one by its country in the window."),
                emp=which)
        return found[0]

    # -- a session ---------------------------------------------------------------------------------------------
    def start(self, decision_id: int, emp: int | str) -> FetchSession:
        """Open the receiver and a session for fetching the results of a decision awaiting them from `emp`."""
        check(self.ctx, Permission.RESULTS_IMPORT)
        point = self.contact_point(emp)
        with self.ctx.reading() as session:
            decision = session.get(Decision, decision_id)
            if decision is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Decision {id} does not exist."), id=decision_id)
            if decision.state not in AWAITING_RESULTS:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Decision {number} does not await results (it is {state})."),
                    number=decision.number, state=state_term(decision.state))
        session_id = new_session_id()
        receiver = ReturnReceiver(point.url, session_id, self.lifetime.total_seconds())
        fetch = FetchSession(decision_id, point, session_id, receiver, utcnow() + self.lifetime)
        try:
            with self.ctx.transaction() as session:
                audit.record(session, self.ctx, "emrex.session.start", "decision", decision_id, after={
                    "session": session_id, "emp": point.acronym, "country": point.country, "emp_url": point.url,
                    "expires_at": fetch.expires_at})
            receiver.start()
        except BaseException:
            receiver.close()
            raise
        return fetch

    def poll(self, fetch: FetchSession, cancelled: bool = False) -> FetchReturn | None:
        """None while the session still waits; else how it ended (the EMP's return, the officer's cancel —
        `fetch.cancel()` or `cancelled` —, or the end of its time), once the receiver is closed and the outcome
        is in the audit log. Never blocks; the window asks this on a timer."""
        with fetch._ending:
            return fetch.result or self._end_if_over(fetch, cancelled)

    def _end_if_over(self, fetch: FetchSession, cancelled: bool) -> FetchReturn | None:
        receiver = fetch.receiver
        if receiver.arrived:
            result = self._returned(fetch)
        elif cancelled or fetch._cancelled.is_set() or fetch.seconds_left() <= 0:
            by_officer = cancelled or fetch._cancelled.is_set()
            receiver.close()
            if receiver.body is not None:  # taken just before: the student sent them, they are not thrown away
                result = self._returned(fetch)
            elif by_officer:
                result = FetchReturn(fetch.session_id, CANCELLED, problem=Problem(OUTCOME_PROBLEMS[CANCELLED]))
            else:
                result = FetchReturn(fetch.session_id, TIMED_OUT, problem=Problem(
                    OUTCOME_PROBLEMS[TIMED_OUT], minutes=max(1, round(self.lifetime.total_seconds() / 60))))
        else:
            return None
        return self._finish(fetch, result)

    def wait(self, fetch: FetchSession) -> FetchReturn:
        """Wait until the session ends (see `poll`); `fetch.cancel()` from another thread ends it early."""
        while True:
            result = self.poll(fetch)
            if result is not None:
                return result
            fetch.receiver.wait(min(0.5, max(0.01, fetch.seconds_left())))

    def _finish(self, fetch: FetchSession, result: FetchReturn) -> FetchReturn:
        fetch.receiver.close()  # nothing listens once the session is over, whatever ended it
        with self.ctx.transaction() as session:
            audit.record(session, self.ctx, "emrex.session.end", "decision", fetch.decision_id, after={
                "session": fetch.session_id, "emp": fetch.emp.acronym, "outcome": result.outcome,
                "return_code": result.return_code, "return_message": result.return_message[:500],
                "sha256": hashlib.sha256(result.body).hexdigest() if result.body else "",
                "bytes": len(result.body),
                "refused_requests": [f"{r.method} {r.status}" for r in fetch.receiver.refusals]})
        fetch.result = result  # ended once it is on record
        return result

    @staticmethod
    def _returned(fetch: FetchSession) -> FetchReturn:
        receiver = fetch.receiver
        body, code, message = receiver.body or b"", receiver.return_code, receiver.return_message
        outcome = _BY_CODE[return_outcome(code)]
        return FetchReturn(fetch.session_id, outcome, body if outcome == RECEIVED else b"", code, message,
                           nothing_returned(code, message))

    # -- what came back ----------------------------------------------------------------------------------------
    @staticmethod
    def source_name(fetch: FetchSession) -> str:
        return f"EMREX {fetch.emp.acronym} ({fetch.emp.country})"

    def preview(self, fetch: FetchSession, result: FetchReturn) -> IntakePreview:
        """The import preview of what the session received, with the rule that the chosen EMP signed it."""
        return self.intake.preview(fetch.decision_id, result.body, expected_emp=fetch.emp.signer)

    def import_return(self, fetch: FetchSession, result: FetchReturn, selected: Collection[str] | None = None,
                      near_miss_reason: str = "") -> ImportedDocument:
        """Import what the session received exactly as a file is imported (the same refusals), signed by the
        chosen EMP."""
        return self.intake.import_document(fetch.decision_id, result.body, self.source_name(fetch), selected,
                                           near_miss_reason, expected_emp=fetch.emp.signer)
