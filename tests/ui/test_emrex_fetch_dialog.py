"""Fetch via EMREX in the window: the dialog driven as the officer uses it, the contact point's return posted to
its receiver as the student's browser would, and the import preview that follows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.services.emrex.fetch import CANCELLED
from app.ui import prompts
from app.ui.elmo_dialog import ElmoImportDialog
from app.ui.emrex_fetch_dialog import EmrexFetchDialog
from tests.emrex_live import demo_emp, refused, request, signed_return, signing_key, trust_emp, zofia_decision
from tests.ui.test_emrex_pages import DATA


@pytest.fixture
def emp_desk(desk, tmp_path):
    desk.services.trust.import_file(DATA / "registry" / "emreg-emps-example.json")
    with demo_emp(desk.services, tmp_path):
        yield desk


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The addresses the dialog asked the system's browser to open."""
    seen: list[str] = []
    monkeypatch.setattr(prompts, "open_in_browser", lambda url: seen.append(url) or True)
    return seen


def started(qtbot, desk, decision: int) -> EmrexFetchDialog:
    dialog = EmrexFetchDialog(None, desk, decision, "UZN/2026/00001")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose("UZN-DEMO")
    assert dialog.address.text().startswith("http://127.0.0.1:")
    dialog.start_button.click()
    return dialog


def test_country_then_contact_point(emp_desk, qtbot) -> None:
    dialog = EmrexFetchDialog(None, emp_desk, zofia_decision(emp_desk.services))
    qtbot.addWidget(dialog)
    countries = [dialog.country.itemData(i) for i in range(dialog.country.count())]
    assert countries == ["DK", "FI"]  # the Finnish test EMP's certificate expired: only the demo is left there
    assert dialog.country.itemText(1).startswith("FI — ")
    dialog.country.setCurrentIndex(1)
    assert [dialog.point.itemText(i) for i in range(dialog.point.count())] == [
        "UZN-DEMO — UZN-DEMO contact point"]
    dialog.country.setCurrentIndex(0)
    assert dialog.point.itemText(0) == "DK-TEST" and dialog.address.text() == "https://emp.example.dk/ncp/"
    assert dialog.start_button.isEnabled()


def test_results_come_back_into_the_import_preview(emp_desk, qtbot, opened, monkeypatch, messages) -> None:
    decision = zofia_decision(emp_desk.services)
    dialog = started(qtbot, emp_desk, decision)
    session = dialog.session
    assert opened == [session.start_url] and dialog.start_url.text() == session.start_url
    assert not dialog.time_left.isHidden() and dialog.time_left.format().startswith("Time left: 1")
    assert not dialog.start_button.isEnabled() and not dialog.country.isEnabled()
    assert "Waiting for the results from UZN-DEMO" in dialog.status.text()
    status, _ = request(session.return_url, body=signed_return(session.session_id))
    assert status == 200
    qtbot.waitUntil(lambda: dialog.returned is not None, timeout=5000)
    assert dialog.returned.has_results and dialog.returned.return_code == "NCP_OK"
    assert dialog.result() == dialog.DialogCode.Accepted.value and not dialog.isVisible()
    assert refused(session.return_url)


def test_the_officer_fetches_and_imports_from_the_decision_page(emp_desk, window, qtbot, opened, monkeypatch,
                                                                 messages) -> None:
    decision = zofia_decision(emp_desk.services)
    page = window.show_decision(decision)
    assert page.results.fetch_button.isEnabled()
    seen = {}

    def officer_fetches(dialog: EmrexFetchDialog):
        dialog.choose("UZN-DEMO")
        dialog.start_button.click()
        request(dialog.session.return_url, body=signed_return(dialog.session.session_id))  # the browser
        qtbot.waitUntil(lambda: dialog.returned is not None, timeout=5000)
        return dialog.result()

    def officer_imports(dialog: ElmoImportDialog):
        seen["signature"] = dialog.trust_form.itemAt(1, dialog.trust_form.ItemRole.FieldRole).widget().text()
        seen["source"] = dialog.source_name
        assert dialog.preview.importable and dialog.expected_emp.acronym == "UZN-DEMO"
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(EmrexFetchDialog, "exec", officer_fetches)
    monkeypatch.setattr(ElmoImportDialog, "exec", officer_imports)
    page.results.fetch_button.click()
    assert messages.errors == []
    assert "UZN-DEMO" in seen["signature"] and seen["source"] == "EMREX UZN-DEMO (FI)"
    assert page.results.documents.rowCount() == 1 and page.results.courses.rowCount() == 6  # passed ones, preselected
    assert page.detail.decision.results_loaded


def test_results_of_another_contact_point_are_refused_in_the_preview(emp_desk, qtbot, tmp_path) -> None:
    other = signing_key("OTHER-EMP")
    trust_emp(emp_desk.services, tmp_path, "OTHER-EMP", "SE", "http://127.0.0.1:9/other", other.cert_pem)
    decision = zofia_decision(emp_desk.services)
    fetch = emp_desk.services.emrex.start(decision, "UZN-DEMO")
    request(fetch.return_url, body=signed_return(fetch.session_id, key=other))
    result = emp_desk.services.emrex.wait(fetch)
    dialog = ElmoImportDialog(None, emp_desk, decision, result.body, "EMREX UZN-DEMO (FI)", fetch.emp.signer)
    qtbot.addWidget(dialog)
    assert "not by the contact point UZN-DEMO (FI)" in dialog.refusals.text()
    assert not dialog.import_button.isEnabled()


def test_cancel_ends_the_session_and_a_second_cancel_closes(emp_desk, qtbot, opened) -> None:
    decision = zofia_decision(emp_desk.services)
    dialog = started(qtbot, emp_desk, decision)
    session = dialog.session
    dialog.cancel_button.click()
    assert session.result.outcome == CANCELLED and refused(session.return_url)
    assert "The fetch was cancelled" in dialog.status.text() and dialog.isVisible()
    assert dialog.start_button.isEnabled() and dialog.start_button.text() == "&Start again"
    ends = [e.after["outcome"] for e in emp_desk.services.audit.events_for("decision", decision)
            if e.action == "emrex.session.end"]
    assert ends == [CANCELLED]
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_closing_the_dialog_ends_the_session(emp_desk, qtbot, opened) -> None:
    dialog = started(qtbot, emp_desk, zofia_decision(emp_desk.services))
    session = dialog.session
    dialog.close()
    assert session.result.outcome == CANCELLED and refused(session.return_url)


def test_the_contact_point_says_no_results_and_the_officer_starts_again(emp_desk, qtbot, opened) -> None:
    dialog = started(qtbot, emp_desk, zofia_decision(emp_desk.services))
    first = dialog.session
    request(first.return_url, body=f"sessionId={first.session_id}&returnCode=NCP_NO_RESULTS"
                                   "&returnMessage=Brak+wynik%C3%B3w".encode())
    qtbot.waitUntil(lambda: dialog.session is None, timeout=5000)
    assert "found no results" in dialog.status.text() and "Brak wyników" in dialog.status.text()
    assert dialog.isVisible() and dialog.time_left.isHidden()
    dialog.start_button.click()
    assert dialog.session is not None and dialog.session.session_id != first.session_id
    assert len(opened) == 2
    dialog.reject()


def test_time_out(emp_desk, qtbot, opened, monkeypatch) -> None:
    monkeypatch.setattr(emp_desk.services.emrex, "lifetime", timedelta(seconds=1))
    dialog = started(qtbot, emp_desk, zofia_decision(emp_desk.services))
    session = dialog.session
    qtbot.waitUntil(lambda: dialog.session is None, timeout=5000)
    assert "No results came back within 1 min" in dialog.status.text()
    assert refused(session.return_url)


def test_no_contact_point_with_an_address(desk, qtbot) -> None:
    dialog = EmrexFetchDialog(None, desk, zofia_decision(desk.services))
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled() and "no contact point with an address" in dialog.status.text()


def test_results_that_come_in_as_the_officer_cancels_go_on_to_the_preview(emp_desk, qtbot, opened) -> None:
    dialog = started(qtbot, emp_desk, zofia_decision(emp_desk.services))
    dialog.timer.stop()  # the return arrives between two looks of the timer
    session = dialog.session
    assert request(session.return_url, body=signed_return(session.session_id))[0] == 200
    qtbot.waitUntil(lambda: session.receiver.arrived, timeout=5000)
    dialog.cancel_button.click()
    assert dialog.returned.has_results and dialog.result() == dialog.DialogCode.Accepted.value
