"""Grades and verification driven as the officer and the dean would: take suggestions, give another grade with a
justification, approve and reject lines, the dean approves, the decision is locked and can be corrected."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import DecisionState as S
from app.ui import decision_actions, grades_panel, prompts
from app.ui.decision_dialogs import MoveRequest
from app.ui.grade_dialogs import GradeDialog, GradeRequest
from tests.services.test_grades import graded  # noqa: F401 - the synthetic case with a table and distributions
from tests.ui.test_comparison_panel import select


def column_text(model, row_predicate, column: int) -> str:
    row = next(r for r in range(model.rowCount()) if row_predicate(model.row_at(r)))
    return model.data(model.index(row, column))


def test_the_approval_flow(window, desk, graded, qtmodeltester, messages, monkeypatch) -> None:  # noqa: F811
    services, decision_id, _, _, lines = graded
    page = window.show_decision(decision_id)
    panel = page.grades
    page.sections.setCurrentWidget(panel)
    qtmodeltester.check(panel.model, force_py=True)
    assert panel.model.rowCount() == 5
    assert column_text(panel.model, lambda r: r.id == lines["F1"], 4) == "4,5 (conversion table)"
    assert column_text(panel.model, lambda r: r.id == lines["F3"], 4) == "5 (distribution of grades)"
    select(panel.view, lambda r: r.id == lines["F3"])
    assert "30L" in panel.details.toPlainText() and "0.0–5.6 %" in panel.details.toPlainText()
    assert not panel.approve_button.isEnabled()  # verification has not started

    # another grade for F2, with a justification
    select(panel.view, lambda r: r.id == lines["F2"])
    monkeypatch.setattr(GradeDialog, "ask", classmethod(lambda cls, parent, line, choices: GradeRequest(
        "4.0", "Sylabus obejmuje więcej niż nasz przedmiot.")))
    panel.grade_button.click()
    assert messages.errors == []
    assert column_text(panel.model, lambda r: r.id == lines["F2"], 5) == "4"
    assert "Sylabus obejmuje" in panel.details.toPlainText()

    services.decisions.move(decision_id, S.SUBMITTED)
    services.decisions.move(decision_id, S.IN_REVIEW)
    page.refresh()
    select(panel.view, lambda r: r.id in (lines["F1"], lines["F2"], lines["F3"], lines["F4"]))
    assert panel.approve_button.isEnabled()
    panel.approve_button.click()
    assert messages.errors == []
    assert "1 recognition line(s) not verified" in panel.status.text()
    select(panel.view, lambda r: r.id == lines["F5"])
    monkeypatch.setattr(prompts, "ask_text", lambda parent, title, label: "Niezaliczony za granicą (17/30).")
    panel.reject_button.click()
    assert "Ready for the dean" in panel.status.text()
    assert column_text(panel.model, lambda r: r.id == lines["F5"], 6) == "rejected"
    background = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert background is not None  # verified lines are coloured

    # the dean approves through the page's action
    monkeypatch.setattr(decision_actions.MoveDialog, "ask", classmethod(lambda cls, *args: MoveRequest(
        "Zatwierdzam.", None)))
    page.findChild(type(page.extend_button), "move_approved").click()
    assert messages.errors == []
    assert services.decisions.get(decision_id).decision.state == S.APPROVED
    page.refresh()
    assert not panel.take_button.isEnabled() and not panel.grade_button.isEnabled()
    assert page.amend_button.isVisible()
    monkeypatch.setattr(prompts, "ask_text", lambda parent, title, label: "Korekta oceny INF-RC.")
    page.amend_button.click()
    assert services.decisions.get(decision_id).decision.state == S.IN_REVIEW
    assert "Correction no. 1" in panel.status.text()
    assert grades_panel.review_label("approved") == "approved"
