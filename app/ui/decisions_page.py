"""Decisions page: every recognition decision with its state and web deadline; overdue ones stand out."""

from __future__ import annotations

from functools import partial
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services.decisions import DecisionRow
from app.services.errors import AppError, InternalError
from app.services.vocabulary import DecisionState
from app.services.workflow import AWAITING_RESULTS, allowed_moves
from app.ui import prompts
from app.ui.decision_actions import extend_deadlines, move_decision
from app.ui.desk import Desk
from app.ui.filter_bar import FilterBar, FilterCombo
from app.ui.formatting import error_text, move_label, state_label
from app.ui.report_actions import ReportActions
from app.ui.selection import reselect, selected_keys
from app.ui.students_page import (
    ENTER,
    OPEN_DECISIONS_SHORTCUT,
    SEARCH_SHORTCUT,
    SHOW_SHORTCUT,
    configure_table,
    keys_text,
    on_enter,
    show_empty_state,
    with_empty_state,
    with_keys,
)
from app.ui.table_models import DecisionsModel

WINDOW_OVERDUE = "overdue"
WINDOW_7 = 7
WINDOW_30 = 30
EXTEND_SHORTCUT = QKeySequence("Ctrl+E")  # Decisions ▸ Extend deadline of selected decisions…


def _row_id(row) -> int:
    return row.id


class DecisionsPage(QWidget):
    open_requested = Signal(int)
    decisions_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("decisionsPage")
        layout = QVBoxLayout(self)
        self.filters = FilterBar(self.tr("Search by number, album number or name…"), self)
        self.state = self.filters.add_combo(FilterCombo(self.tr("All states"), self), "stateFilter")
        self.state.set_choices([(state_label(s), s) for s in DecisionState])
        self.filters.search.setAccessibleName(self.tr("Search decisions"))
        self.filters.search.setToolTip(with_keys(self.tr("Search by number, album number or name"), SEARCH_SHORTCUT))
        self.state.setAccessibleName(self.tr("State filter"))
        self.programme = self.filters.add_combo(FilterCombo(self.tr("All programmes"), self), "programmeFilter")
        self.programme.setAccessibleName(self.tr("Programme filter"))
        self.window = self.filters.add_combo(FilterCombo(self.tr("Any deadline"), self), "deadlineFilter")
        self.window.setAccessibleName(self.tr("Deadline filter"))
        self.window.set_choices([(self.tr("Overdue"), WINDOW_OVERDUE), (self.tr("Due in 7 days"), WINDOW_7),
                                 (self.tr("Due in 30 days"), WINDOW_30)])
        self.filters.finish()
        self.filters.search_changed.connect(self.search)
        self.filters.filters_changed.connect(self.apply_filter)
        layout.addWidget(self.filters)

        self.model = DecisionsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("decisionsTable")
        self.view.setAccessibleName(self.tr("Decisions"))
        self.view.setModel(self.model)
        configure_table(self.view)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move within it
        for column, width in enumerate((130, 200, 80, 180, 80, 110, 120)):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.row_at(index.row()).id))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        on_enter(self.view, self.show_selected)
        self.stack, self.empty = with_empty_state(self.view, self.tr(
            "No decisions yet — select students on the Students page and open decisions with Decisions ▸ Open "
            "decision for selected students… (%1)").replace("%1", keys_text(OPEN_DECISIONS_SHORTCUT)))
        layout.addWidget(self.stack)

        buttons = QHBoxLayout()
        self.detail_button = QPushButton(self.tr("S&how decision"), self)
        self.detail_button.setObjectName("showDecision")
        self.detail_button.setAccessibleName(self.tr("Show decision"))
        self.detail_button.setToolTip(with_keys(self.tr("Open the selected decision in a tab of its own"), ENTER,
                                                SHOW_SHORTCUT))
        self.detail_button.clicked.connect(self.show_selected)
        self.extend_button = QPushButton(self.tr("&Extend deadline…"), self)
        self.extend_button.setObjectName("extendDeadline")
        self.extend_button.setAccessibleName(self.tr("Extend deadline"))
        self.extend_button.setToolTip(with_keys(self.tr("Extend the web deadline of the selected decisions"),
                                                EXTEND_SHORTCUT))
        self.extend_button.clicked.connect(self.extend_selected)
        self.move_button = QPushButton(self.tr("Change &state"), self)
        self.move_button.setObjectName("changeState")
        self.move_button.setAccessibleName(self.tr("Change state"))
        self.move_menu = QMenu(self)
        self.move_button.setMenu(self.move_menu)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        buttons.addWidget(self.detail_button)
        buttons.addStretch(1)
        buttons.addWidget(self.extend_button)
        buttons.addWidget(self.move_button)
        self._add_report_actions(buttons)
        layout.addLayout(buttons)
        chain = (self.filters.search, self.state, self.programme, self.window, self.view, self.detail_button,
                 self.extend_button, self.move_button, self.print_reports_button, self.save_reports_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    def _add_report_actions(self, buttons: QHBoxLayout) -> None:
        """Reports of the selected decisions: buttons, and the same in the table's context menu."""
        self.reports = ReportActions(self.desk, self)
        self.print_reports_button = QPushButton(self.tr("Print reports…"), self)
        self.print_reports_button.setObjectName("printReports")
        self.print_reports_button.setAccessibleName(self.tr("Print reports"))
        self.print_reports_button.clicked.connect(self.print_reports)
        self.save_reports_button = QPushButton(self.tr("Save reports…"), self)
        self.save_reports_button.setObjectName("saveReports")
        self.save_reports_button.setAccessibleName(self.tr("Save reports"))
        self.save_reports_button.clicked.connect(self.save_reports)
        self.report_action = QAction(self.tr("&Report…"), self)
        self.report_action.triggered.connect(self.preview_report)
        self.print_reports_action = QAction(self.tr("&Print reports…"), self)
        self.print_reports_action.triggered.connect(self.print_reports)
        self.save_reports_action = QAction(self.tr("&Save reports…"), self)
        self.save_reports_action.triggered.connect(self.save_reports)
        if self.reports.may_print:
            buttons.addWidget(self.print_reports_button)
            buttons.addWidget(self.save_reports_button)
            self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.view.addActions([self.report_action, self.print_reports_action, self.save_reports_action])
        else:
            self.print_reports_button.hide()
            self.save_reports_button.hide()

    # -- data ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.desk.runner.run(self._load, self._loaded, self._failed, owner=self, key="list")

    def _load(self):
        return self.desk.services.decisions.list(), self.desk.services.programmes.list()

    def _loaded(self, result) -> None:
        decisions, programmes = result
        self.programme.set_choices([(f"{p.name_pl} ({p.code})", p.code) for p in programmes])
        keep = selected_keys(self.view, _row_id)
        self.model.set_rows(decisions)
        reselect(self.view, keep, _row_id)
        self._show_count()

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):  # a bug gets the crash dialog instead
            prompts.show_error(self, error_text(error))

    def search(self, text: str) -> None:
        self.model.set_filter(search=text)
        self._show_count()

    def apply_filter(self) -> None:
        state, programme, window = self.state.value(), self.programme.value(), self.window.value()
        predicate = None
        if state or programme or window:
            def predicate(row: DecisionRow) -> bool:
                if state is not None and row.state != state:
                    return False
                if programme is not None and row.programme_code != programme:
                    return False
                if window == WINDOW_OVERDUE:
                    return row.overdue
                if window is not None:
                    return row.awaiting_results and 0 <= row.days_left <= window
                return True
        self.model.set_filter(predicate=predicate)
        self._show_count()

    def _show_count(self) -> None:
        overdue = self.model.count_visible(lambda row: row.overdue)
        text = self.tr("%1 of %2").replace("%1", str(self.model.rowCount())).replace("%2",
                                                                                      str(self.model.total_count))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.filters.count_label.setText(text)
        show_empty_state(self.stack, self.model.total_count == 0)
        self._update_buttons()

    def selected(self) -> list[DecisionRow]:
        return [self.model.row_at(index.row()) for index in self.view.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        selected = self.selected()
        self.detail_button.setEnabled(len(selected) == 1)
        self.extend_button.setEnabled(bool(selected) and all(d.state in AWAITING_RESULTS for d in selected))
        self.move_button.setEnabled(len(selected) == 1
                                    and bool(allowed_moves(selected[0].state, self.desk.services.ctx.actor)))
        for widget in (self.print_reports_button, self.save_reports_button, self.print_reports_action,
                       self.save_reports_action):
            widget.setEnabled(bool(selected))
        self.report_action.setEnabled(len(selected) == 1)

    # -- actions ---------------------------------------------------------------------------------------------
    def show_selected(self) -> None:
        selected = self.selected()
        if len(selected) == 1:
            self.open_requested.emit(selected[0].id)

    def preview_report(self) -> None:
        selected = self.selected()
        if len(selected) == 1:
            self.reports.preview(selected[0].id, selected[0].number)

    def print_reports(self) -> None:
        self.reports.print_reports([row.id for row in self.selected()])

    def save_reports(self) -> None:
        self.reports.save_reports([row.id for row in self.selected()])

    def extend_selected(self) -> None:
        if extend_deadlines(self, self.desk, self.selected()):
            self.decisions_changed.emit()

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        selected = self.selected()
        if len(selected) != 1:
            return
        for move in allowed_moves(selected[0].state, self.desk.services.ctx.actor):
            action = self.move_menu.addAction(move_label(move.target))
            action.triggered.connect(partial(self.move_selected, move))

    def move_selected(self, move) -> None:
        selected = self.selected()
        if len(selected) == 1 and move_decision(self, self.desk, selected[0], move):
            self.decisions_changed.emit()
