"""The live EMREX fetch end to end with a real browser: Debian's Chromium, driven headless by Selenium through
Debian's ChromeDriver, from the desk's start page through the demonstration contact point (login, choice of
courses) and back to the loopback receiver, then into the decision."""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from sqlalchemy import func, select

from app.models import ElmoDocument
from app.services.emrex.fetch import EMP_CANCEL, EMP_NO_RESULTS, RECEIVED, TIMED_OUT, EmrexFetchService
from app.services.intake import ImportRefused
from tests.emrex_live import ZOFIA, demo_emp, refused, signing_key, trust_emp, zofia_decision
from tests.services.test_intake import add_student

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
WAIT = 20  # seconds for a page to come; each takes well under one


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        message = ("Chromium and ChromeDriver are not installed (Debian's chromium and chromium-driver; "
                   "`bash scripts/test` installs them): the browser tests are skipped.")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    # a closed network: no background connections, no component updates, a profile of its own
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--lang=pl"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(WAIT)
    yield driver
    driver.quit()


@pytest.fixture
def desk(seeded, tmp_path):
    with demo_emp(seeded, tmp_path):
        yield seeded


def by_id(driver, element_id: str):
    """The element once a page that has it is fully loaded (the start page hands over to the contact point's by
    itself, so the page may change under a search)."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def loaded(d):
        element = d.find_element(By.ID, element_id)
        return element if d.execute_script("return document.readyState") == "complete" else None

    return WebDriverWait(driver, WAIT, ignored_exceptions=(StaleElementReferenceException,)).until(loaded)


def click(driver, element_id: str) -> None:
    from selenium.common.exceptions import StaleElementReferenceException

    for _ in range(5):
        try:
            return by_id(driver, element_id).click()
        except StaleElementReferenceException:
            time.sleep(0.2)
    raise AssertionError(f"{element_id} kept changing")


def until_title(driver, words: str) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT).until(lambda d: words in d.title)
    return driver.title


def sign_in(driver, start_url: str, login: str, password: str = "demo") -> None:
    """The student's part at the contact point: the start page takes the browser there, then the login."""
    driver.get(start_url)
    by_id(driver, "login").send_keys(login)
    by_id(driver, "password").send_keys(password)
    click(driver, "signIn")


def courses_sent(driver) -> None:
    click(driver, "send")


def stored(services) -> int:
    with services.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(ElmoDocument))


def test_start_login_select_return_and_the_decision_holds_the_courses(browser, desk) -> None:
    decision = zofia_decision(desk)
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    sign_in(browser, fetch.start_url, "zzolkiewska")
    click(browser, "c-KK-FI101")  # the student leaves the language course out
    assert "Zofia Żółkiewska" in browser.page_source
    courses_sent(browser)
    assert "Results received" in until_title(browser, "Results received")
    assert "Możesz zamknąć tę kartę" in browser.page_source
    result = desk.emrex.wait(fetch)
    assert result.outcome == RECEIVED and result.return_code == "NCP_OK"
    preview = desk.emrex.preview(fetch, result)
    assert preview.importable and preview.identity.status == "match"
    done = desk.emrex.import_return(fetch, result)
    results = desk.results.for_decision(decision)
    assert done.courses == 5 and done.ects == "24"
    assert sorted(c.host_code for c in results.courses) == ["TKT-20006", "TKT-20008", "TKT-20012", "TKT-20019",
                                                            "TKT-50001"]  # the failed course was not ticked
    assert {c.original_grade for c in results.courses} == {"3", "4", "5", "pass"}
    [document] = results.documents
    assert document.signature_status == "valid" and document.emp == "UZN-DEMO"
    assert refused(fetch.return_url)
    # the browser posts the same return again (a reload, a back button): nothing listens any more
    replay(browser, fetch.return_url, result.body)
    assert "Results received" not in browser.title and stored(desk) == 1
    assert any(words in browser.page_source for words in ("ERR_CONNECTION_REFUSED", "ERR_CONNECTION_RESET",
                                                          "ERR_EMPTY_RESPONSE", "Session already used"))
    # and the same return sent to another session is not that session's
    second = desk.emrex.start(add_student(desk, "700201", ZOFIA.given_names, ZOFIA.family_name, ZOFIA.birth_date),
                              "UZN-DEMO")
    replay(browser, second.return_url, result.body)
    assert "Unknown session" in until_title(browser, "Unknown session")
    assert desk.emrex.poll(second) is None
    second.cancel()
    desk.emrex.wait(second)


def replay(driver, url: str, body: bytes) -> None:
    """Post a return body again from the browser, as a page would."""
    fields = dict(parse_qsl(body.decode("ascii"), keep_blank_values=True))
    driver.execute_script("""
        const form = document.createElement('form');
        form.method = 'post'; form.action = arguments[0];
        for (const [name, value] of Object.entries(arguments[1])) {
            const input = document.createElement('input');
            input.type = 'hidden'; input.name = name; input.value = value; form.appendChild(input);
        }
        document.body.appendChild(form); form.submit();""", url, fields)
    time.sleep(0.5)
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")


def test_the_student_cancels_at_the_contact_point(browser, desk) -> None:
    decision = zofia_decision(desk)
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    sign_in(browser, fetch.start_url, "zzolkiewska")
    click(browser, "cancel")
    assert "Cancelled" in until_title(browser, "Cancelled")
    result = desk.emrex.wait(fetch)
    assert (result.outcome, result.return_code) == (EMP_CANCEL, "NCP_CANCEL")
    assert "cancelled at the contact point" in result.problem.render()
    assert stored(desk) == 0 and refused(fetch.return_url)


def test_cancel_before_signing_in(browser, desk) -> None:
    fetch = desk.emrex.start(zofia_decision(desk), "UZN-DEMO")
    browser.get(fetch.start_url)
    click(browser, "cancel")
    until_title(browser, "Cancelled")
    assert desk.emrex.wait(fetch).outcome == EMP_CANCEL


def test_no_results(browser, desk) -> None:
    # a learner with nothing on record
    piotr = add_student(desk, "700202", "Piotr", "Bąk", date(2002, 11, 2))
    fetch = desk.emrex.start(piotr, "UZN-DEMO")
    sign_in(browser, fetch.start_url, "pbak")
    assert "No results" in until_title(browser, "No results")
    result = desk.emrex.wait(fetch)
    assert (result.outcome, result.return_code) == (EMP_NO_RESULTS, "NCP_NO_RESULTS")
    # a learner who ticks nothing
    fetch = desk.emrex.start(zofia_decision(desk), "UZN-DEMO")
    sign_in(browser, fetch.start_url, "zzolkiewska")
    by_id(browser, "send")
    for box in browser.find_elements("css selector", "input[name=course]:checked"):
        box.click()
    courses_sent(browser)
    until_title(browser, "No results")
    assert desk.emrex.wait(fetch).outcome == EMP_NO_RESULTS
    assert stored(desk) == 0


def test_a_wrong_session_id_is_refused_and_the_session_goes_on(browser, desk) -> None:
    decision = zofia_decision(desk)
    fetch = desk.emrex.start(decision, "UZN-DEMO")
    # the contact point mixes sessions up: it answers with another session's id to our return address
    browser.get(fetch.start_url.replace("/start", "/nothing"))
    browser.execute_script("""
        const form = document.createElement('form'); form.method = 'post'; form.action = arguments[0];
        for (const [n, v] of [['sessionId', 'X'.repeat(32)], ['returnUrl', arguments[1]]]) {
            const i = document.createElement('input'); i.type = 'hidden'; i.name = n; i.value = v; form.appendChild(i);
        }
        document.body.appendChild(form); form.submit();""", fetch.emp.url, fetch.return_url)
    by_id(browser, "login").send_keys("zzolkiewska")
    by_id(browser, "password").send_keys("demo")
    click(browser, "signIn")
    courses_sent(browser)
    assert "Unknown session" in until_title(browser, "Unknown session")
    assert desk.emrex.poll(fetch) is None and fetch.listening  # still waiting for its own return
    sign_in(browser, fetch.start_url, "zzolkiewska")
    courses_sent(browser)
    until_title(browser, "Results received")
    result = desk.emrex.wait(fetch)
    assert result.outcome == RECEIVED
    assert "POST 403" in desk.audit.events_for("decision", decision)[-1].after["refused_requests"]


def test_results_signed_with_another_trusted_contact_points_key(browser, desk, tmp_path) -> None:
    other = signing_key("OTHER-EMP")
    trust_emp(desk, tmp_path, "OTHER-EMP", "SE", "http://127.0.0.1:9/other", other.cert_pem)
    # the address of the contact point the officer chooses (trusted with a certificate of its own) answers with
    # a document that the other trusted contact point signed
    with demo_emp(desk, tmp_path, acronym="UZN-MIXED", key=other, trusted_cert=signing_key("UZN-MIXED").cert_pem):
        decision = zofia_decision(desk)
        fetch = desk.emrex.start(decision, "UZN-MIXED")
        sign_in(browser, fetch.start_url, "zzolkiewska")
        courses_sent(browser)
        until_title(browser, "Results received")
        result = desk.emrex.wait(fetch)
    assert result.outcome == RECEIVED
    preview = desk.emrex.preview(fetch, result)
    assert preview.inspection.signature.status == "valid" and preview.inspection.signer.acronym == "OTHER-EMP"
    with pytest.raises(ImportRefused, match="signed by OTHER-EMP .SE., not by the contact point UZN-MIXED"):
        desk.emrex.import_return(fetch, result)
    assert stored(desk) == 0


def test_time_out_while_the_student_is_at_the_contact_point(browser, desk) -> None:
    short = EmrexFetchService(desk.ctx, desk.intake, lifetime=timedelta(seconds=3))
    fetch = short.start(zofia_decision(desk), "UZN-DEMO")
    sign_in(browser, fetch.start_url, "zzolkiewska")
    by_id(browser, "send")
    while fetch.seconds_left() > 0:
        time.sleep(0.2)
    time.sleep(0.3)
    courses_sent(browser)  # too late: the return finds nothing listening
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, WAIT).until(lambda d: "ERR_CONNECTION_REFUSED" in d.page_source
                                       or "Session expired" in d.title)
    result = short.wait(fetch)
    assert result.outcome == TIMED_OUT and stored(desk) == 0 and refused(fetch.return_url)
