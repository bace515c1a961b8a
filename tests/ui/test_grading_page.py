"""The grading page: every scale with its grades, an administrator's change of a scale, the check of a table file
before anything is stored, storing it as new versions (usable or kept for the record), and what a role without
the permission may not do."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services.context import Role
from app.settings import Settings
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.grading_page import GradingPage
from app.ui.scheme_dialog import SchemeDialog
from app.ui.table_dialog import StoreRequest, StoreTableDialog, TableDialog
from app.ui.tasks import TaskRunner
from tests.conftest import TODAY, make_services

UAM = Path(__file__).resolve().parent.parent / "data" / "grading" / "conversion_table_uam_law_pl.csv"


@pytest.fixture
def page(window) -> GradingPage:
    window.show_page("grading")
    return window.grading


def codes(page: GradingPage) -> list[str]:
    return [row.scheme.code for row in page.scheme_rows()]


def test_lists_the_scales_and_shows_one(page, messages, qtmodeltester) -> None:
    assert messages.errors == []
    assert {"DK-7", "IT-30", "PL-STD", "FR-20"} <= set(codes(page))
    qtmodeltester.check(page.scheme_model, force_py=True)
    assert page.select_scheme("DK-7")
    row = next(r for r in page.scheme_rows() if r.scheme.code == "DK-7")
    assert not row.changed
    model = page.scheme_model
    line = next(i for i in range(model.rowCount()) if model.row_at(i).scheme.code == "DK-7")
    shown = [model.data(model.index(line, column)) for column in range(model.columnCount())]
    assert shown[3].startswith("12, 10, 7, 4, 02, 00, -3") and shown[4] == "02" and shown[5] == "higher is better"
    details = page.scheme_details.toPlainText()
    assert "Danish 7-point scale" in details and "02" in details and "eng.uvm.dk" in details
    assert page.edit_button.isEnabled() and page.new_button.isEnabled()
    assert page.select_scheme("AT-1-5")
    assert "1 is best" in page.scheme_details.toPlainText()
    assert page.select_scheme("PL-STD") and not page.edit_button.isEnabled()  # the home scale is the program's


def test_editing_a_scale_saves_it_and_marks_it_changed(page, monkeypatch, messages) -> None:
    page.select_scheme("DK-7")
    asked = []

    def ask(parent, scheme):
        asked.append(scheme.code)
        grades = tuple(replace(g, aliases=(*g.aliases, "12.0")) if g.symbol == "12" else g for g in scheme.grades)
        return replace(scheme, grades=grades, notes="Checked by the deanery.")

    monkeypatch.setattr(SchemeDialog, "ask", ask)
    page.edit_button.click()
    assert messages.errors == [] and asked == ["DK-7"]
    row = next(r for r in page.scheme_rows() if r.scheme.code == "DK-7")
    assert row.changed and row.scheme.notes == "Checked by the deanery."
    assert page.selected_scheme().code == "DK-7"
    assert "Checked by the deanery." in page.scheme_details.toPlainText()
    assert "Changed by an administrator" in page.scheme_details.toPlainText()
    assert page.desk.services.catalogue.scheme("DK-7").read("12.0").symbol == "12"

    monkeypatch.setattr(SchemeDialog, "ask", lambda parent, scheme: replace(scheme, grades=(), minimum=None,
                                                                             maximum=None))
    page.edit_button.click()  # the service refuses a scale with nothing on it
    assert len(messages.errors) == 1 and "at least one grade" in messages.errors[0]


def test_a_new_scale(page, monkeypatch, messages) -> None:
    def fill(dialog: SchemeDialog):
        dialog.code.setText("XX-3")
        dialog.name.setText("Three grades")
        dialog.country.setText("xx")
        for symbol, value, passes in (("good", "3", True), ("fair", "2", True), ("poor", "1", False)):
            dialog.add_grade()
            row = dialog.grades.currentRow()
            dialog.grades.item(row, 0).setText(symbol)
            dialog.grades.item(row, 1).setText(value)
            dialog.grades.item(row, 2).setCheckState(Qt.CheckState.Checked if passes else Qt.CheckState.Unchecked)
        dialog.grades.item(0, 3).setText("g, G+")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(SchemeDialog, "exec", fill)
    page.new_button.click()
    assert messages.errors == []
    scheme = page.desk.services.catalogue.scheme("XX-3")
    assert scheme.country == "XX" and [g.symbol for g in scheme.grades] == ["good", "fair", "poor"]
    assert scheme.grades[0].aliases == ("g", "G+") and not scheme.grades[2].passes
    assert next(r for r in page.scheme_rows() if r.scheme.code == "XX-3").changed

    page.new_button.click()  # the same code again
    assert messages.errors and "XX-3" in messages.errors[-1]


def test_the_dialog_gives_a_scale_back_unchanged_and_refuses_nonsense(page, messages) -> None:
    catalogue = page.desk.services.catalogue
    for code in ("DK-7", "IT-30", "ES-10", "FR-20", "DE-1-5"):
        scheme = catalogue.scheme(code)
        dialog = SchemeDialog(page, scheme)
        assert dialog.build() == scheme
        dialog.deleteLater()
    dialog = SchemeDialog(page, catalogue.scheme("DK-7"))
    dialog.grades.item(0, 1).setText("twelve")
    dialog.accept()
    assert dialog.result_scheme is None and "not a number" in messages.errors[-1]
    dialog.grades.item(0, 1).setText("12")
    dialog.grades.item(1, 0).setText("12")
    dialog.accept()
    assert dialog.result_scheme is None and "listed twice" in messages.errors[-1]
    dialog.grades.item(1, 0).setText("10")
    dialog.minimum.setText("5")
    dialog.accept()
    assert dialog.result_scheme is None and "both ends" in messages.errors[-1]
    dialog.minimum.setText("")
    dialog.accept()
    assert dialog.result_scheme == catalogue.scheme("DK-7")


def test_check_a_file_then_store_it(page, monkeypatch, messages) -> None:
    monkeypatch.setattr(prompts, "open_file", lambda *args: UAM)
    seen = {}

    def run_dialog(dialog: TableDialog):
        assert dialog.bar.isHidden()
        assert "18 group(s)" in dialog.summary.text()
        assert [dialog.model.row_at(i).group.country for i in range(3)] == ["ECTS", "UK", "AT"]  # the file's order
        greek = dialog.select_group("GR")
        assert greek.group.scheme_code == "GR-10"
        assert {f.kind for f in greek.findings} == {"fail_to_pass"}
        text = dialog.details.toPlainText()
        assert "Fail to pass" in text and "has errors: it will be kept for the record but not used for " \
            "suggestions" in text.lower()
        assert "#9b1c1c" in dialog.details.toHtml()
        dutch = dialog.select_group("NL")
        assert [f.kind for f in dutch.findings] == ["gap"] * 4
        assert dialog.details.toPlainText().count("Gap:") == 4
        dialog.select_group("FI")
        assert "Warning:" in dialog.details.toPlainText() and "#8a5a00" in dialog.details.toHtml()
        seen["checked"] = True
        assert page.desk.services.catalogue.tables() == []  # nothing is stored by a check
        assert dialog.store_button.isEnabled()
        dialog.store_button.click()
        return dialog.result()

    asked = []
    monkeypatch.setattr(TableDialog, "exec", run_dialog)
    monkeypatch.setattr(StoreTableDialog, "ask", lambda parent, today: asked.append(today) or StoreRequest(
        date(2020, 1, 1), "UAM, Faculty of Law: przeliczanie ocen", ""))
    page.check_button.click()
    assert messages.errors == [] and seen["checked"] and asked == [TODAY]
    assert "18 table(s)" in messages.infos[-1]
    tables = page.table_model.rows()
    assert len(tables) == 18
    by_code = {t.scheme_code: t for t in tables}
    assert by_code["FR-20"].usable and not by_code["GR-10"].usable and not by_code["NL-10"].usable
    model = page.table_model
    greek = next(i for i in range(model.rowCount()) if model.row_at(i).scheme_code == "GR-10")
    assert model.data(model.index(greek, 6)) == "no: 2 error(s)"
    page.table_view.selectRow(greek)
    details = page.table_details.toPlainText()
    assert "Fail to pass" in details and "not used for suggestions" in details and "UAM, Faculty of Law" in details
    assert "→ 3,5" in details or "→ 3.5" in details


def test_a_file_that_cannot_be_read(page, monkeypatch, messages, tmp_path) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text("a,b\n1,2\n", encoding="utf-8")
    monkeypatch.setattr(prompts, "open_file", lambda *args: broken)
    seen = {}

    def run_dialog(dialog: TableDialog):
        seen["summary"] = dialog.summary.text()
        seen["store"] = dialog.store_button.isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TableDialog, "exec", run_dialog)
    page.check_button.click()
    assert "no column" in seen["summary"] and not seen["store"]
    assert page.table_model.rowCount() == 0


@pytest.mark.parametrize("role", [Role.AUDITOR, Role.OFFICER])
def test_without_the_permission_the_buttons_are_disabled(database, qtbot, monkeypatch, messages, role) -> None:
    desk = Desk(services=make_services(database, roles={role}, login="reader"), runner=TaskRunner(),
                settings=Settings(), database_label="test")
    from app.ui.main_window import MainWindow
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.refresh_all()
    page = window.grading
    assert messages.errors == [] and "DK-7" in codes(page)
    assert window.tabs.indexOf(page) >= 0
    page.select_scheme("DK-7")
    assert "02" in page.scheme_details.toPlainText()
    assert not page.edit_button.isEnabled() and not page.new_button.isEnabled()
    assert "administrator" in page.edit_button.toolTip()
    monkeypatch.setattr(SchemeDialog, "ask", lambda *args: pytest.fail("no dialog without the permission"))
    page.edit_scheme()
    page.new_scheme()
    seen = {}

    def run_dialog(dialog: TableDialog):
        seen["checked"] = len(dialog.checked)
        seen["store"] = dialog.store_button.isEnabled()
        seen["tip"] = dialog.store_button.toolTip()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(prompts, "open_file", lambda *args: UAM)
    monkeypatch.setattr(TableDialog, "exec", run_dialog)
    page.check_button.click()  # checking stores nothing: anyone may
    assert seen == {"checked": 18, "store": False, "tip": "Only the administrator may do this."}
    assert page.table_model.rowCount() == 0 and messages.errors == []
