"""The pages driven as an officer would: search, filter, open decisions, extend deadlines, move states."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from app.services.vocabulary import AdmissionKind, DecisionState
from app.ui import prompts
from app.ui.decision_dialogs import ExtendDeadlineDialog, MoveDialog, OpenDecisionDialog
from app.ui.decision_page import DecisionPage
from app.ui.formatting import to_qdate
from app.ui.import_dialog import ImportStudentsDialog
from tests.conftest import TODAY


def type_text(widget, text: str) -> None:
    """Type character by character; keyClicks cannot send Polish letters."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def albums(page) -> list[str]:
    return [page.model.row_at(i).album_number for i in range(page.model.rowCount())]


def select_rows(view, rows) -> None:
    view.clearSelection()
    for row in rows:
        view.selectionModel().select(view.model().index(row, 0),
                                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def answer_dialog(monkeypatch, dialog_class, fill) -> list:
    """Make `dialog_class.exec` fill the real dialog with `fill(dialog)` and accept it."""
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return shown


def test_search_as_you_type_ignores_diacritics(window, qtbot) -> None:
    page = window.students
    assert page.model.rowCount() == 4
    qtbot.mouseClick(page.filters.search, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.filters.search, "lodz")
    assert albums(page) == ["100001"]
    page.filters.search.clear()
    type_text(page.filters.search, "Żół")
    assert albums(page) == ["100002"]
    assert page.filters.count_label.text().startswith("1 ")


def test_filters_by_programme_cohort_and_kind(window) -> None:
    page = window.students
    page.programme.setCurrentIndex(page.programme.findData("PRAWO-JM"))
    assert sorted(albums(page)) == ["100003", "100004"]
    page.cohort.setCurrentIndex(page.cohort.findData("2025/26"))
    assert albums(page) == ["100004"]
    page.kind.setCurrentIndex(page.kind.findData(AdmissionKind.SHORT_TERM))
    assert albums(page) == []
    page.programme.setCurrentIndex(0)
    page.cohort.setCurrentIndex(0)
    assert albums(page) == ["100003"]


def test_open_decision_for_a_selection(window, monkeypatch, messages) -> None:
    page = window.students
    select_rows(page.view, [0, 1])
    chosen = [page.model.row_at(0).album_number, page.model.row_at(1).album_number]
    deadline = TODAY + timedelta(days=20)

    def fill(dialog: OpenDecisionDialog) -> None:
        assert dialog.deadline.minimumDate() == to_qdate(TODAY)  # never in the past
        assert dialog.deadline.date() == to_qdate(TODAY + timedelta(days=14))  # the default from settings
        type_text(dialog.semesters, "zimowy")
        assert dialog.semesters.text() == ""  # the validator lets only semester numbers in
        dialog.deadline.setDate(to_qdate(deadline))
        dialog.semesters.setText("5")
        dialog.comment.setPlainText("Erasmus+ semestr zimowy")

    shown = answer_dialog(monkeypatch, OpenDecisionDialog, fill)
    page.open_button.click()
    assert len(shown) == 1
    assert messages.errors == [] and len(messages.infos) == 1
    decisions = window.decisions.model.rows()
    assert sorted(d.album_number for d in decisions) == sorted(chosen)
    assert {(d.deadline, d.semesters, d.state) for d in decisions} == {(deadline, "5", DecisionState.OPEN)}
    assert page.model.row_at(0).decisions_count == 1  # the students list was refreshed too


def test_open_decision_refusal_is_shown(window, monkeypatch, messages) -> None:
    window.students.desk.services.decisions.open(["100001"], TODAY + timedelta(days=5), "5")
    window.refresh_all()
    page = window.students
    page.filters.search.setText("100001")
    select_rows(page.view, [0])
    answer_dialog(monkeypatch, OpenDecisionDialog, lambda d: d.semesters.setText("5"))
    page.open_button.click()
    assert len(messages.errors) == 1 and "100001" in messages.errors[0]


def test_decisions_filters_and_extend_deadline(window, monkeypatch, messages) -> None:
    services = window.desk.services
    services.decisions.open(["100001", "100002"], TODAY + timedelta(days=3), "5")
    [later] = services.decisions.open(["100003"], TODAY + timedelta(days=25), "3")
    services.decisions.move(later, DecisionState.SUBMITTED)
    window.refresh_all()
    page = window.decisions
    page.window.setCurrentIndex(page.window.findData(7))
    assert sorted(albums(page)) == ["100001", "100002"]
    page.state.setCurrentIndex(page.state.findData(DecisionState.SUBMITTED))
    assert albums(page) == []
    page.window.setCurrentIndex(0)
    assert albums(page) == ["100003"]
    page.state.setCurrentIndex(page.state.findData(DecisionState.OPEN))
    select_rows(page.view, [0, 1])
    assert page.extend_button.isEnabled()
    new_deadline = TODAY + timedelta(days=45)
    answer_dialog(monkeypatch, ExtendDeadlineDialog, lambda d: (d.deadline.setDate(to_qdate(new_deadline)),
                                                               d.comment.setText("Opóźnienie")))
    page.extend_button.click()
    assert messages.errors == []
    assert {d.deadline for d in page.model.rows()} == {new_deadline}


def test_overdue_rows_stand_out(window, desk) -> None:
    from app.services.context import ServiceContext
    from app.services.registry import Services
    desk.services.decisions.open(["100001"], TODAY + timedelta(days=1), "5")
    later = Services.create(ServiceContext(desk.services.ctx.sessions, desk.services.ctx.actor,
                                           today=lambda: TODAY + timedelta(days=4)))
    window.decisions.model.set_rows(later.decisions.list())
    model = window.decisions.model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 7)).replace("day(s)", "days") == "3 days overdue"  # with or without en
    window.decisions.window.setCurrentIndex(window.decisions.window.findData("overdue"))
    assert window.decisions.model.rowCount() == 1
    assert window.decisions.filters.count_label.text() == "1 of 1 · 1 overdue"


def test_decision_page_moves_and_shows_history(window, monkeypatch, messages) -> None:
    [decision_id] = window.desk.services.decisions.open(["100004"], TODAY + timedelta(days=7), "4", "wniosek")
    window.refresh_all()
    page = window.show_decision(decision_id)
    assert isinstance(page, DecisionPage)
    assert window.tabs.tabText(window.tabs.indexOf(page)).startswith("UZN/")
    assert "Wróbel Łucja" in page.title.text()
    targets = {b.objectName() for b in page.action_buttons}
    assert targets == {"move_submitted", "move_cancelled"}
    answer_dialog(monkeypatch, MoveDialog, lambda d: None)
    next(b for b in page.action_buttons if b.objectName() == "move_submitted").click()
    assert messages.errors == []
    assert page.detail.decision.state == DecisionState.SUBMITTED
    assert [h.to_state for h in page.detail.history] == [DecisionState.OPEN, DecisionState.SUBMITTED]
    assert page.history_model.rowCount() == 2
    assert not page.extend_button.isVisible()
    assert {b.objectName() for b in page.action_buttons} == {"move_in_review", "move_returned", "move_cancelled"}


def test_cancel_needs_a_comment_in_the_dialog(window, qtbot) -> None:
    dialog = MoveDialog(window, "UZN/1", DecisionState.OPEN, DecisionState.CANCELLED, True, False, TODAY, TODAY)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    type_text(dialog.comment, "Rezygnacja — ź")
    assert ok.isEnabled()


def test_screenshot_pages_switch(window) -> None:
    window.show_page("decisions")
    assert window.tabs.currentWidget() is window.decisions
    window.show_page("students")
    assert window.tabs.currentWidget() is window.students


def test_import_students_with_preview_and_progress(window, monkeypatch, messages, tmp_path) -> None:
    path = tmp_path / "rekrutacja.csv"
    path.write_bytes("Nr albumu;Nazwisko;Imiona;Data urodzenia;Kierunek;Tryb przyjęcia\n"
                     "100001;Łódzka-Nowak;Zofia;2001-05-14;SYN-INF-S1;Erasmus+\n"
                     "200100;Żmuda;Bożydar;1.02.2003;Prawo;przeniesienie\n"
                     "200101;Brak;Daty;;Prawo;przeniesienie\n"
                     "200102;Bez;Trybu;2002-02-02;Prawo;\n".encode("cp1250"))
    monkeypatch.setattr(prompts, "open_file", lambda *args: path)
    seen = {}

    def run_dialog(dialog):
        assert dialog.model.row_at(3).status == "error"  # a new student whose row does not say the kind
        dialog.kind.setCurrentIndex(dialog.kind.findData(AdmissionKind.ERASMUS_RETURN))  # re-reads the file
        seen["summary"] = dialog.summary.text()
        seen["statuses"] = [dialog.model.row_at(i).status for i in range(dialog.model.rowCount())]
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        seen["bar"] = dialog.bar.value()
        return dialog.result()

    monkeypatch.setattr(ImportStudentsDialog, "exec", run_dialog)
    window.students.import_button.click()
    assert seen["statuses"] == ["update", "new", "error", "new"]
    assert "cp1250" in seen["summary"]
    assert seen["bar"] == 3
    assert messages.errors == [] and "New: 2, updated: 1, unchanged: 0, skipped: 1" in messages.infos[-1]
    page = window.students
    assert page.model.total_count == 6
    page.filters.search.setText("200102")
    assert page.model.row_at(0).admission_kind == AdmissionKind.ERASMUS_RETURN
    page.filters.search.setText("zmuda")
    assert albums(page) == ["200100"]
    page.filters.search.setText("100001")
    assert page.model.row_at(0).family_name == "Łódzka-Nowak"


def test_closing_a_decision_tab_drops_its_pending_load(window, desk) -> None:
    [decision_id] = desk.services.decisions.open(["100004"], TODAY + timedelta(days=7), "4")
    page = window.show_decision(decision_id)
    window._close_tab(window.tabs.indexOf(page))
    assert decision_id not in window.decision_pages


def test_double_click_shows_the_students_decisions(window, desk, qtbot) -> None:
    desk.services.decisions.open(["100002", "100003"], TODAY + timedelta(days=7), "5")
    window.refresh_all()
    page = window.students
    page.filters.search.setText("100003")
    rect = page.view.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is window.decisions
    assert albums(window.decisions) == ["100003"]


def test_selection_survives_a_reload(window, desk) -> None:
    desk.services.decisions.open(["100001", "100002", "100003"], TODAY + timedelta(days=7), "5")
    window.refresh_all()
    page = window.decisions
    select_rows(page.view, [1])
    chosen = page.selected()[0].id
    desk.services.decisions.open(["100004"], TODAY + timedelta(days=7), "5")  # a new row arrives on top
    page.refresh()
    assert [d.id for d in page.selected()] == [chosen]
    assert page.model.rowCount() == 4


def test_a_passed_deadline_stands_out_on_the_students_page(window, desk) -> None:
    from app.services.context import ServiceContext
    from app.services.registry import Services
    desk.services.decisions.open(["100001"], TODAY + timedelta(days=1), "5")
    later = Services.create(ServiceContext(desk.services.ctx.sessions, desk.services.ctx.actor,
                                           today=lambda: TODAY + timedelta(days=2)))
    model = window.students.model
    model.set_rows(later.students.list())
    row = next(i for i in range(model.rowCount()) if model.row_at(i).album_number == "100001")
    assert model.data(model.index(row, 8), Qt.ItemDataRole.ForegroundRole) is not None
    other = next(i for i in range(model.rowCount()) if model.row_at(i).album_number == "100002")
    assert model.data(model.index(other, 8), Qt.ItemDataRole.ForegroundRole) is None
