"""Keyboard shortcuts of the frequent actions (pressed, not only declared), tooltips that name them, accessible
names, the tab order of the lists and their empty states."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QTableView

from app.settings import Settings
from app.ui import prompts
from app.ui.decision_page import DecisionPage
from app.ui.desk import Desk
from app.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.ui.test_pages import select_rows

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is, the way the user presses it."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, key, modifiers)


def keys(action) -> list[str]:
    return [sequence.toString(QKeySequence.SequenceFormat.PortableText) for sequence in action.shortcuts()]


def open_two_decisions(window, desk) -> list[int]:
    ids = desk.services.decisions.open(["100001", "100003"], TODAY + timedelta(days=14), "5")
    window.refresh_all()
    return ids


def test_the_shortcut_table(window) -> None:
    expected = {
        window.search_action: "Ctrl+F",
        window.refresh_action: "F5",
        window.show_action: "Ctrl+O",
        window.load_results_action: "Ctrl+L",
        window.report_action: "Ctrl+P",
        window.close_tab_action: "Ctrl+W",
        window.next_tab_action: "Ctrl+Tab",
        window.import_action: "Ctrl+I",
    }
    in_menus = {action for menu in window.menuBar().actions() for action in menu.menu().actions()}
    for action, sequence in expected.items():
        assert keys(action)[0] == sequence, action.text()
        assert action in in_menus, action.text()  # a menu shows the first shortcut beside the action's name
    assert keys(window.previous_tab_action)[0] in ("Ctrl+Shift+Backtab", "Ctrl+Shift+Tab")
    everything = [key for action in window.findChildren(type(window.search_action)) for key in keys(action)]
    assert len(everything) == len(set(everything))  # no key does two things (Qt would do neither)


def test_ctrl_f_focuses_the_search_of_the_page_shown(active, qtbot) -> None:
    active.students.view.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is active.students.filters.search
    active.tabs.setCurrentWidget(active.decisions)
    active.decisions.view.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is active.decisions.filters.search


def test_f5_refreshes(active, desk, qtbot) -> None:
    desk.services.decisions.open(["100002"], TODAY + timedelta(days=14), "5")
    assert active.decisions.model.total_count == 0  # another workstation's change, not seen yet
    active.students.view.setFocus()
    press(qtbot, Qt.Key.Key_F5)
    assert active.decisions.model.total_count == 1


def test_enter_and_ctrl_o_open_the_selected_decision(active, desk, qtbot) -> None:
    open_two_decisions(active, desk)
    page = active.decisions
    active.tabs.setCurrentWidget(page)
    select_rows(page.view, [0])
    page.view.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    first = active.tabs.currentWidget()
    assert isinstance(first, DecisionPage) and first.decision_id == page.model.row_at(0).id
    active.tabs.setCurrentWidget(page)
    select_rows(page.view, [1])
    page.view.setFocus()
    press(qtbot, Qt.Key.Key_O, CTRL)
    assert active.tabs.currentWidget().decision_id == page.model.row_at(1).id


def test_enter_on_a_student_opens_their_decision(active, desk, qtbot) -> None:
    ids = open_two_decisions(active, desk)
    students = active.students
    students.filters.search.setText("100003")
    select_rows(students.view, [0])
    students.view.setFocus()
    press(qtbot, Qt.Key.Key_Enter)
    assert active.tabs.currentWidget().decision_id == ids[1]
    # without a decision of their own: the decisions list, filtered to them
    active.tabs.setCurrentWidget(students)
    students.filters.search.setText("100004")
    select_rows(students.view, [0])
    students.view.setFocus()
    press(qtbot, Qt.Key.Key_O, CTRL)
    assert active.tabs.currentWidget() is active.decisions
    assert active.decisions.filters.search.text() == "100004"


def test_ctrl_l_loads_emrex_results_into_the_open_decision(active, desk, qtbot, monkeypatch) -> None:
    ids = open_two_decisions(active, desk)
    asked = []
    monkeypatch.setattr(prompts, "open_file", lambda parent, title, name_filter, directory="": asked.append(title))
    assert not active.load_results_action.isEnabled()  # no decision open
    page = active.show_decision(ids[0])
    page.sections.setCurrentWidget(page.grades)
    page.title.setFocus()
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert asked == ["Load EMREX results"]
    assert page.sections.currentWidget() is page.results


def test_ctrl_p_ctrl_w_and_ctrl_tab_on_decision_tabs(active, desk, qtbot, monkeypatch) -> None:
    ids = open_two_decisions(active, desk)
    reported = []
    monkeypatch.setattr(DecisionPage, "report", lambda page: reported.append(page.decision_id))
    first, second = active.show_decision(ids[0]), active.show_decision(ids[1])
    second.sections.setFocus()  # the decision's own tabs do not swallow Ctrl+Tab
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert reported == [ids[1]]
    press(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert active.tabs.currentWidget() is first
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert active.tabs.currentWidget() is second
    press(qtbot, Qt.Key.Key_W, CTRL)
    assert ids[1] not in active.decision_pages and active.tabs.indexOf(second) == -1
    active.tabs.setCurrentIndex(0)
    press(qtbot, Qt.Key.Key_W, CTRL)  # the lists themselves never close
    assert active.tabs.widget(0) is active.students
    press(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)  # round from the first tab to the last
    assert active.tabs.currentIndex() == active.tabs.count() - 1


def test_tooltips_name_the_shortcuts(window, desk) -> None:
    [decision_id] = desk.services.decisions.open(["100001"], TODAY + timedelta(days=14), "5")
    page = window.show_decision(decision_id)
    assert "Ctrl+F" in window.students.filters.search.toolTip()
    assert "Ctrl+F" in window.decisions.filters.search.toolTip()
    assert "Ctrl+I" in window.students.import_button.toolTip()
    assert "Ctrl+N" in window.students.open_button.toolTip()
    assert "Ctrl+O" in window.decisions.detail_button.toolTip()
    assert "Ctrl+E" in window.decisions.extend_button.toolTip()
    assert "Ctrl+L" in page.results.load_button.toolTip()
    assert "Ctrl+P" in page.report_button.toolTip()


def test_accessible_names(window, desk) -> None:
    [decision_id] = desk.services.decisions.open(["100001"], TODAY + timedelta(days=14), "5")
    pages = [window.students, window.decisions, window.show_decision(decision_id)]
    for page in pages:
        widgets = [*page.findChildren(QTableView), *page.findChildren(QLineEdit), *page.findChildren(QComboBox)]
        widgets += [button for button in page.findChildren(QAbstractButton) if button.parent() is page]
        for widget in widgets:
            if isinstance(widget.parent(), QComboBox):  # a combo box's own parts
                continue
            # a button without a name of its own is read out by its text
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            assert name, (page.objectName(), widget.objectName())
    assert window.students.view.accessibleName() == "Students"
    assert window.decisions.state.accessibleName() == "State filter"


@pytest.mark.parametrize("name", ["students", "decisions"])
def test_tab_goes_from_the_search_through_the_filters_to_the_list_and_the_buttons(active, desk, qtbot, name) -> None:
    open_two_decisions(active, desk)
    page = getattr(active, name)
    active.tabs.setCurrentWidget(page)
    select_rows(page.view, [0])  # the buttons are enabled, so they take the focus
    page.filters.search.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    combos = [page.programme, page.cohort, page.kind] if name == "students" else [page.state, page.programme,
                                                                                 page.window]
    first_button = page.import_button if name == "students" else page.detail_button
    assert seen[:6] == [page.filters.search, *combos, page.view, first_button]


def test_empty_lists_say_what_to_do(services, qtbot, messages, tmp_path) -> None:
    from app.ui.main_window import MainWindow
    desk = Desk(services=services, runner=TaskRunner(), settings=Settings(), database_label="test")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.refresh_all()
    window.show()
    assert window.students.stack.currentWidget() is window.students.empty
    assert "Import students" in window.students.empty.text() and "Ctrl+I" in window.students.empty.text()
    window.tabs.setCurrentWidget(window.decisions)
    assert window.decisions.empty.isVisible() and "No decisions yet" in window.decisions.empty.text()

    services.programmes.add("SYN-INF-S1", "Informatyka", "Computer Science", "I stopnia", "stacjonarne")
    path = tmp_path / "students.csv"
    path.write_text("Numer albumu;Nazwisko;Imiona;Data urodzenia;Kierunek;Cykl;Tryb przyjęcia;E-mail\n"
                    "100001;Łódzka;Zofia;2001-05-14;SYN-INF-S1;2024/25;Erasmus+;\n", encoding="utf-8")
    services.student_import.apply(services.student_import.preview(path))
    window.refresh_all()
    assert window.students.stack.currentWidget() is window.students.view
    window.students.filters.search.setText("nobody by this name")  # filtered away is not empty
    assert window.students.stack.currentWidget() is window.students.view
    assert window.decisions.stack.currentWidget() is window.decisions.empty
