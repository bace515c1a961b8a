"""The live EMREX fetch without a browser: the session, the loopback receiver and everything it refuses, every
return code, the chosen contact point's signature, time-out and cancel, and the audit log."""

from __future__ import annotations

import socket
import string
import threading
import time
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.models import DecisionState as S
from app.models import ElmoDocument, ForeignCourse
from app.models.types import utcnow
from app.services.emrex.fetch import (
    CANCELLED,
    EMP_CANCEL,
    EMP_ERROR,
    EMP_NO_RESULTS,
    RECEIVED,
    TIMED_OUT,
    EmrexFetchService,
    FetchEnded,
)
from app.services.emrex.receiver import MAX_RETURN_BYTES
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.intake import ImportRefused
from tests.emrex_live import (
    add_student,
    demo_emp,
    other_addresses,
    refused,
    request,
    signed_return,
    signing_key,
    trust_emp,
    zofia_decision,
)
from tests.services.test_intake import DATA


@pytest.fixture
def desk(seeded, tmp_path):
    seeded.trust.import_file(DATA / "registry" / "emreg-emps-example.json")
    with demo_emp(seeded, tmp_path):
        yield seeded


def stored(services, model) -> int:
    with services.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def session_events(services, decision_id: int) -> list:
    return [e for e in services.audit.events_for("decision", decision_id) if e.action.startswith("emrex.session")]


def test_contact_points_are_the_trusted_ones_with_an_address(desk) -> None:
    points = desk.emrex.contact_points()
    # CSC-TEST's only certificate expired in 2018: nothing it signs today could be believed
    assert [(p.country, p.acronym) for p in points] == [("DK", "DK-TEST"), ("FI", "UZN-DEMO")]
    assert desk.emrex.contact_point("uzn-demo").url.startswith("http://127.0.0.1:")
    with pytest.raises(NotFound):
        desk.emrex.contact_point("CSC-TEST")


def test_a_session_listens_on_loopback_only_under_an_unguessable_path(desk) -> None:
    decision = zofia_decision(desk)
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    try:
        assert len(fetch.session_id) == 32 and set(fetch.session_id) <= set(string.ascii_letters + string.digits)
        assert fetch.start_url.startswith("http://127.0.0.1:") and fetch.start_url.endswith("/start")
        token = fetch.return_url.split("/")[3]
        assert len(token) >= 32 and token in fetch.start_url
        assert fetch.receiver._server.socket.getsockname()[0] == "127.0.0.1"
        assert timedelta(minutes=14) < fetch.expires_at - utcnow() <= timedelta(minutes=15)
        for address in other_addresses():  # a neighbour on the network finds nothing listening
            assert refused(fetch.return_url, host=address), address
        status, text = request(fetch.start_url, "GET")
        assert status == 200
        assert f'value="{fetch.session_id}"' in text and f'value="{fetch.return_url}"' in text
        assert f'action="{fetch.emp.url}"' in text and 'method="post"' in text
        [start] = session_events(desk, decision)
        assert start.action == "emrex.session.start"
        assert (start.after["session"], start.after["emp"]) == (fetch.session_id, "UZN-DEMO")
    finally:
        fetch.cancel()
        desk.emrex.wait(fetch)
    assert refused(fetch.return_url)


def test_the_receiver_refuses_what_is_not_the_sessions_return(desk) -> None:
    decision = zofia_decision(desk)
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    body = signed_return(fetch.session_id)
    token = fetch.return_url.split("/")[3]
    assert request(fetch.return_url, body=body, path=f"/{token}/other")[0] == 404
    assert request(fetch.return_url, body=body, path="/return")[0] == 404
    assert request(fetch.return_url, body=body, path="/x" + token[1:] + "/return")[0] == 404
    assert request(fetch.return_url, "GET")[0] == 405
    for method in ("PUT", "DELETE", "PATCH"):
        assert request(fetch.return_url, method, body=body)[0] == 405
    assert request(fetch.return_url, body=body, headers={"Content-Type": "application/json"})[0] == 415
    assert request(fetch.return_url, body=body, headers={"Content-Type": "multipart/form-data; b=1"})[0] == 415
    assert request(fetch.return_url, body=body, headers={"Host": "evil.example:80"})[0] == 421
    # an oversized body is refused from its declared length, before a byte of it is read
    status, text = request(fetch.return_url, body=b"", headers={"Content-Length": str(MAX_RETURN_BYTES + 1)})
    assert status == 413 and "too large" in text
    with socket.create_connection(("127.0.0.1", fetch.receiver.port), timeout=5) as raw:  # no length at all
        raw.sendall(f"POST /{token}/return HTTP/1.1\r\nHost: 127.0.0.1:{fetch.receiver.port}\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "0\r\n\r\n".encode())
        assert raw.recv(100).startswith(b"HTTP/1.1 411")
    # another session's results, or a made-up session id
    other = signed_return("A" * 32)
    status, text = request(fetch.return_url, body=other)
    assert status == 403 and "do not belong to the session" in text
    assert request(fetch.return_url, body=signed_return(fetch.session_id[:-1]))[0] == 403
    assert desk.emrex.poll(fetch) is None and fetch.listening  # refusals leave the session waiting
    status, text = request(fetch.return_url, body=body)
    assert status == 200 and "Results received" in text and "Wyniki odebrane" in text
    assert request(fetch.return_url, body=body)[0] == 409  # a replay, even before the session is closed
    result = desk.emrex.poll(fetch)
    assert result.outcome == RECEIVED and result.body == body and result.return_code == "NCP_OK"
    assert not fetch.listening and refused(fetch.return_url)  # nothing listens afterwards
    end = session_events(desk, decision)[-1]
    assert end.action == "emrex.session.end" and end.after["outcome"] == RECEIVED
    assert len(end.after["sha256"]) == 64 and end.after["bytes"] == len(body)
    assert "POST 403" in end.after["refused_requests"] and "POST 409" in end.after["refused_requests"]


def test_results_go_through_the_intake_into_the_decision(desk) -> None:
    decision = zofia_decision(desk)
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    assert request(fetch.return_url, body=signed_return(fetch.session_id))[0] == 200
    result = desk.emrex.wait(fetch)
    preview = desk.emrex.preview(fetch, result)
    assert preview.importable and preview.inspection.signer.acronym == "UZN-DEMO"
    assert preview.inspection.decoded.transport == "form"
    assert preview.inspection.content.learner.family_name == "Żółkiewska"
    done = desk.emrex.import_return(fetch, result)
    assert (done.courses, done.ects) == (7, "32")
    results = desk.results.for_decision(decision)
    assert {c.title for c in results.courses} >= {"Software Engineering", "Computer Networks"}
    [document] = results.documents
    assert document.source_name == "EMREX UZN-DEMO (FI)" and document.signature_status == "valid"
    with desk.ctx.sessions() as session:
        stored_bytes = session.scalar(select(ElmoDocument.received_bytes))
    assert stored_bytes == result.body  # exactly what the browser posted
    actions = [e.action for e in desk.audit.events_for("decision", decision)]
    assert actions.index("emrex.session.start") < actions.index("emrex.session.end") < actions.index("elmo.import")


def test_results_signed_by_another_trusted_contact_point_are_refused(desk, tmp_path) -> None:
    other = signing_key("OTHER-EMP")
    trust_emp(desk, tmp_path, "OTHER-EMP", "SE", "http://127.0.0.1:9/other", other.cert_pem)
    decision = zofia_decision(desk)
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    assert request(fetch.return_url, body=signed_return(fetch.session_id, key=other))[0] == 200
    result = desk.emrex.wait(fetch)
    preview = desk.emrex.preview(fetch, result)
    assert preview.inspection.signature.status == "valid"  # a trusted signature, but not the chosen EMP's
    assert [p.render() for p in preview.refusals] == [
        "The results are signed by OTHER-EMP (SE), not by the contact point UZN-DEMO (FI) they were fetched from."]
    with pytest.raises(ImportRefused, match="signed by OTHER-EMP"):
        desk.emrex.import_return(fetch, result)
    assert stored(desk, ElmoDocument) == stored(desk, ForeignCourse) == 0
    # the same bytes loaded as a file are believed: any trusted contact point may sign a file
    assert desk.intake.preview(decision, result.body).importable


@pytest.mark.parametrize(("code", "outcome", "words"), [
    ("NCP_CANCEL", EMP_CANCEL, "cancelled at the contact point"),
    ("EMP_CANCEL", EMP_CANCEL, "cancelled at the contact point"),
    ("NCP_NO_RESULTS", EMP_NO_RESULTS, "found no results"),
    ("EMP_NO_RESULTS", EMP_NO_RESULTS, "found no results"),
    ("NCP_ERROR", EMP_ERROR, "reported an error"),
    ("EMP_ERROR", EMP_ERROR, "reported an error"),
    ("EMP_SOMETHING_ELSE", EMP_ERROR, "returned the unknown code EMP_SOMETHING_ELSE"),
])
def test_every_return_code(desk, code, outcome, words) -> None:
    decision = zofia_decision(desk)
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    body = f"sessionId={fetch.session_id}&returnCode={code}&returnMessage=Login+failed+%C5%BC".encode()
    status, text = request(fetch.return_url, body=body)
    assert status == 200 and "Uznania" in text
    result = desk.emrex.wait(fetch)
    assert (result.outcome, result.return_code, result.return_message) == (outcome, code, "Login failed ż")
    assert not result.has_results and result.body == b""
    with pytest.raises(FetchEnded, match=words) as raised:
        result.raise_without_results()
    assert "Login failed ż" in raised.value.render()
    assert session_events(desk, decision)[-1].after["outcome"] == outcome


def test_a_session_ends_after_its_time_and_nothing_listens(desk) -> None:
    decision = zofia_decision(desk)
    short = EmrexFetchService(desk.ctx, desk.intake, lifetime=timedelta(seconds=1))
    fetch = short.start(decision, "UZN-DEMO")
    body = signed_return(fetch.session_id)
    time.sleep(1.3)
    assert refused(fetch.return_url)  # the receiver closed itself, whether or not anybody waits
    result = short.wait(fetch)
    assert result.outcome == TIMED_OUT and "within 1 min;" in result.problem.render()
    assert session_events(desk, decision)[-1].after["outcome"] == TIMED_OUT
    assert refused(fetch.return_url)
    with pytest.raises(ConnectionRefusedError):
        request(fetch.return_url, body=body)


def test_a_late_return_is_gone_even_before_the_receiver_closes(desk) -> None:
    fetch = EmrexFetchService(desk.ctx, desk.intake, lifetime=timedelta(seconds=1)).start(zofia_decision(desk),
                                                                                         "UZN-DEMO")
    fetch.receiver._expiry.cancel()  # as if the timer were late
    time.sleep(1.1)
    assert request(fetch.return_url, body=signed_return(fetch.session_id))[0] == 410
    fetch.receiver.close()


def test_the_officer_cancels(desk) -> None:
    decision = zofia_decision(desk)
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    assert desk.emrex.poll(fetch) is None
    fetch.cancel()
    result = desk.emrex.wait(fetch)
    assert result.outcome == CANCELLED and not fetch.listening and refused(fetch.return_url)
    assert desk.emrex.poll(fetch) is result  # ended once, recorded once
    assert [e.after.get("outcome") for e in session_events(desk, decision)] == [None, CANCELLED]


def test_a_session_needs_a_decision_awaiting_results_and_the_right_to_load_them(desk, dean) -> None:
    decision = zofia_decision(desk)
    desk.decisions.move(decision, S.CANCELLED, "Rezygnacja")
    with pytest.raises(ValidationError, match="does not await results"):
        desk.emrex.start(decision, "UZN-DEMO")
    with pytest.raises(NotFound):
        desk.emrex.start(999_999, "UZN-DEMO")
    with pytest.raises(NotFound, match="no contact point NOPE"):
        desk.emrex.start(add_student(desk, "700102", "Jan", "Nowak", date(2000, 1, 1)), "NOPE")
    with pytest.raises(PermissionDenied):
        dean.emrex.start(decision, "UZN-DEMO")
    assert session_events(desk, decision) == []


def test_the_learner_must_be_the_student(desk) -> None:
    decision = add_student(desk, "700103", "Jan", "Nowak", date(2000, 1, 1))
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    request(fetch.return_url, body=signed_return(fetch.session_id))
    result = desk.emrex.wait(fetch)
    assert desk.emrex.preview(fetch, result).identity.status == "mismatch"
    with pytest.raises(ImportRefused):
        desk.emrex.import_return(fetch, result)
    assert stored(desk, ElmoDocument) == 0


@pytest.mark.sqlite
def test_the_demonstration_contact_point_starts_itself_for_its_own_address() -> None:
    from app.services.emrex import demo_emp as module

    assert not module.ensure_demo_emp("http://127.0.0.1:9/emrex")  # another address: nothing is started
    if not refused(module.DEMO_URL):
        pytest.skip("something already listens on the demonstration contact point's port")
    try:
        assert module.ensure_demo_emp(module.DEMO_URL)
        status, text = request(module.DEMO_URL, "GET")
        assert status == 200 and "demonstration EMREX contact point" in text
        assert not module.ensure_demo_emp(module.DEMO_URL)  # once is enough
    finally:
        if module._running is not None:
            module._running.close()
            module._running = None
    assert refused(module.DEMO_URL)


def test_results_taken_at_the_moment_of_a_cancel_are_not_thrown_away(desk) -> None:
    decision = zofia_decision(desk)
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    body = signed_return(fetch.session_id)

    def browser_posts() -> None:  # taken, then the page is still being sent when the officer cancels
        assert fetch.receiver._take(body) == 200
        time.sleep(0.5)
        fetch.receiver._announce()

    poster = threading.Thread(target=browser_posts)
    poster.start()
    time.sleep(0.1)
    fetch.cancel()
    result = desk.emrex.wait(fetch)
    poster.join()
    assert result.outcome == RECEIVED and result.body == body
    assert session_events(desk, decision)[-1].after["outcome"] == RECEIVED


def test_the_path_is_exact_and_the_length_a_plain_number(desk) -> None:
    fetch = desk.emrex.start(zofia_decision(desk), "UZN-DEMO")
    body = signed_return(fetch.session_id)
    token = fetch.return_url.split("/")[3]
    assert request(fetch.return_url, body=body, path=f"/{token}/return?x=1")[0] == 404
    with socket.create_connection(("127.0.0.1", fetch.receiver.port), timeout=5) as raw:
        raw.sendall(f"POST /{token}/return HTTP/1.1\r\nHost: 127.0.0.1:{fetch.receiver.port}\r\n"
                    f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: +{len(body)}\r\n\r\n"
                    .encode() + body)
        assert raw.recv(100).startswith(b"HTTP/1.1 400")
    assert desk.emrex.poll(fetch) is None
    fetch.cancel()
    desk.emrex.wait(fetch)


@pytest.mark.sqlite
def test_the_demonstration_contact_point_answers_a_second_send_with_the_same_return(tmp_path) -> None:
    import re
    from urllib.parse import urlencode

    from app.services.emrex.demo_emp import DemoEmp

    emp = DemoEmp(0).start()
    try:
        status, login = request(emp.url, body=urlencode({"sessionId": "S" * 32,
                                                         "returnUrl": "http://127.0.0.1:9/x/return"}).encode())
        ticket = re.search(r'name="ticket" value="([^"]+)"', login).group(1)
        assert status == 200 and 'id="login"' in login
        assert "Wrong login" not in request(emp.url + "/login", body=urlencode(
            {"ticket": ticket, "login": "zzolkiewska", "password": "demo"}).encode())[1]
        send = urlencode([("ticket", ticket), ("action", "send"), ("course", "TKT-20006")]).encode()
        first, second = request(emp.url + "/send", body=send), request(emp.url + "/send", body=send)
        assert first == second and first[0] == 200 and 'value="NCP_OK"' in first[1]
        assert 'action="http://127.0.0.1:9/x/return"' in first[1]
        too_long = urlencode({"sessionId": "S", "returnUrl": "http://127.0.0.1/" + "x" * 3000}).encode()
        assert request(emp.url, body=too_long)[0] == 400
    finally:
        emp.close()
