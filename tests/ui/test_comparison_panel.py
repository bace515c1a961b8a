"""The comparison view driven as an officer would: link by hand, accept proposals, remove a line, read checks."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, Qt

from tests.conftest import TODAY
from tests.services.test_comparison import add_foreign, load_grid


def select(view, predicate) -> None:
    model = view.model()
    view.clearSelection()
    for row in range(model.rowCount()):
        if predicate(model.row_at(row)):
            view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)


def test_comparison_view(window, desk, qtmodeltester, messages) -> None:
    grid = load_grid(desk.services)
    [decision_id] = desk.services.decisions.open(["100001"], TODAY + timedelta(days=20), "5")
    foreign = add_foreign(desk.services, decision_id)
    page = window.show_decision(decision_id)
    panel = page.comparison
    page.sections.setCurrentWidget(panel)
    assert panel.home.rowCount() == 7 and panel.foreign.rowCount() == 5  # semester 5 of the grid
    assert "not credited" in panel.verdict.text()
    for model in (panel.foreign, panel.home, panel.lines, panel.proposals):
        qtmodeltester.check(model, force_py=True)
    # F2 (Italian title only) with Sieci komputerowe, by hand
    select(panel.foreign_view, lambda f: f.id == foreign["F2"])
    select(panel.home_view, lambda h: h.id == grid["SYN-INF-502"])
    panel.link_button.click()
    assert messages.errors == []
    assert panel.lines.rowCount() == 1 and panel.lines.data(panel.lines.index(0, 1)) == "SYN-INF-502"
    # the failed course shows as flagged
    failed_row = next(r for r in range(panel.foreign.rowCount()) if panel.foreign.row_at(r).id == foreign["F5"])
    assert panel.foreign.data(panel.foreign.index(failed_row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    proposals = panel.proposals.rowCount()
    assert proposals >= 2
    panel.accept_all_button.click()
    assert panel.lines.rowCount() == 1 + proposals and panel.proposals.rowCount() == 0
    select(panel.lines_view, lambda line: line.foreign_ids == (foreign["F2"],))
    panel.remove_button.click()
    assert panel.lines.rowCount() == proposals
    assert "To pass after return" in panel.verdict.text()
