"""The Learning Agreement tab: EWP import with its pending proposal, and entry by hand with ECTS summed as typed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialog, QTableWidgetItem

from app.ui import prompts
from app.ui.la_panel import ManualAgreementDialog
from tests.conftest import TODAY

EWP = Path(__file__).resolve().parent.parent / "data" / "domain" / "ewp-omobility-las-get-response-example.xml"


def test_import_and_enter_by_hand(window, desk, monkeypatch, messages, qtmodeltester) -> None:
    [decision_id] = desk.services.decisions.open(["100001"], TODAY + timedelta(days=20), "5")
    page = window.show_decision(decision_id)
    panel = page.agreement
    assert "No Learning Agreement" in panel.header.text()
    monkeypatch.setattr(prompts, "open_file", lambda *args: EWP)
    panel.import_button.click()
    assert messages.errors == []
    assert [panel.model.row_at(i).table for i in range(panel.model.rowCount())] == ["A", "A", "B", "B"]
    assert "Table A: 15 ECTS · Table B: 9 ECTS" in panel.header.text()
    assert "not applied" in panel.pending.text()
    qtmodeltester.check(panel.model, force_py=True)

    def fill(dialog: ManualAgreementDialog):
        while dialog.grid.rowCount():
            dialog.grid.removeRow(0)
        dialog.add_row("A", "INF-SE", "Ingegneria del software", "6")
        dialog.add_row("B", "SYN-INF-501", "Inżynieria oprogramowania", "")
        dialog.grid.setItem(1, 3, QTableWidgetItem("5,5"))  # typed: the sums follow
        assert dialog.sums.text() == "Table A: 6 ECTS · Table B: 5.5 ECTS"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ManualAgreementDialog, "exec", fill)
    panel.manual_button.click()
    assert messages.errors == []
    assert [(panel.model.row_at(i).table, panel.model.row_at(i).code) for i in range(panel.model.rowCount())] == [
        ("A", "INF-SE"), ("B", "SYN-INF-501")]
    assert panel.pending.text() == ""
