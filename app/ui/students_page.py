"""Students page: every admitted student, searched as you type, filtered, sorted; import and open decisions."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AppError, InternalError
from app.services.students import StudentRow
from app.services.vocabulary import AdmissionKind
from app.ui import prompts
from app.ui.decision_dialogs import OpenDecisionDialog
from app.ui.desk import Desk
from app.ui.filter_bar import FilterBar, FilterCombo
from app.ui.formatting import admission_label, error_text
from app.ui.import_dialog import ImportStudentsDialog
from app.ui.selection import reselect, selected_keys
from app.ui.table_models import StudentsModel


def configure_table(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionsMovable(True)
    view.horizontalHeader().setHighlightSections(False)


# Shortcuts of the frequent actions, named in tooltips; the main window's menus carry them (with the platform's
# standard keys where Qt has one; a standard key cannot be read before the application exists).
SEARCH_SHORTCUT = QKeySequence("Ctrl+F")  # View ▸ Search (QKeySequence.StandardKey.Find)
IMPORT_SHORTCUT = QKeySequence("Ctrl+I")  # File ▸ Import students…
OPEN_DECISIONS_SHORTCUT = QKeySequence("Ctrl+N")  # Decisions ▸ Open decision for selected students…
SHOW_SHORTCUT = QKeySequence("Ctrl+O")  # Decisions ▸ Show selected decision (StandardKey.Open); Enter in the lists
ENTER = QKeySequence(Qt.Key.Key_Enter)


def keys_text(*sequences: QKeySequence) -> str:
    return ", ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in sequences)


def with_keys(text: str, *sequences: QKeySequence) -> str:
    """A tooltip naming its shortcuts: "Search (Ctrl+F)"."""
    return f"{text} ({keys_text(*sequences)})"


def on_enter(view: QAbstractItemView, slot) -> None:
    """Enter or Return in the list (not in a cell editor or elsewhere on the page) runs `slot`."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(key), view, slot, context=Qt.ShortcutContext.WidgetShortcut)


def with_empty_state(view: QTableView, text: str) -> tuple[QStackedWidget, QLabel]:
    """The view in a stack with a label that stands in for it while there are no rows at all."""
    stack = QStackedWidget(view.parentWidget())
    stack.addWidget(view)
    empty = QLabel(text, stack)
    empty.setObjectName("emptyState")
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    empty.setAccessibleName(text)
    stack.addWidget(empty)
    return stack, empty


def show_empty_state(stack: QStackedWidget, empty: bool) -> None:
    stack.setCurrentIndex(1 if empty else 0)


def _row_id(row) -> int:
    return row.id


class StudentsPage(QWidget):
    decisions_opened = Signal()
    students_changed = Signal()
    show_decisions_requested = Signal(str)  # album number
    open_decision_requested = Signal(str)  # album number: their decision, or their decisions when there are more

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("studentsPage")
        layout = QVBoxLayout(self)
        self.filters = FilterBar(self.tr("Search by album number or name…"), self)
        self.programme = self.filters.add_combo(FilterCombo(self.tr("All programmes"), self), "programmeFilter")
        self.filters.search.setAccessibleName(self.tr("Search students"))
        self.filters.search.setToolTip(with_keys(self.tr("Search by album number or name"), SEARCH_SHORTCUT))
        self.programme.setAccessibleName(self.tr("Programme filter"))
        self.cohort = self.filters.add_combo(FilterCombo(self.tr("All cohorts"), self), "cohortFilter")
        self.cohort.setAccessibleName(self.tr("Cohort filter"))
        self.kind = self.filters.add_combo(FilterCombo(self.tr("All admission kinds"), self), "kindFilter")
        self.kind.setAccessibleName(self.tr("Admission kind filter"))
        self.kind.set_choices([(admission_label(k), k) for k in AdmissionKind])
        self.filters.finish()
        self.filters.search_changed.connect(self.search)
        self.filters.filters_changed.connect(self.apply_filter)
        layout.addWidget(self.filters)

        self.model = StudentsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("studentsTable")
        self.view.setAccessibleName(self.tr("Students"))
        self.view.setModel(self.model)
        configure_table(self.view)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move within it
        for column, width in enumerate((80, 150, 150, 90, 180, 80, 150, 80)):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(
            lambda index: self.show_decisions_requested.emit(self.model.row_at(index.row()).album_number))
        self.view.setToolTip(self.tr("Double-click a student to see their decisions; %1 opens their decision")
                             .replace("%1", keys_text(ENTER, SHOW_SHORTCUT)))
        on_enter(self.view, self.open_selected)
        self.stack, self.empty = with_empty_state(self.view, self.tr(
            "No students yet — import them with File ▸ Import students… (%1)").replace(
            "%1", keys_text(IMPORT_SHORTCUT)))
        layout.addWidget(self.stack)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import students…"), self)
        self.import_button.setObjectName("importStudents")
        self.import_button.setAccessibleName(self.tr("Import students"))
        self.import_button.setToolTip(with_keys(self.tr("Import students from a CSV or Excel export"),
                                                IMPORT_SHORTCUT))
        self.import_button.clicked.connect(self.import_students)
        self.open_button = QPushButton(self.tr("&Open decision…"), self)
        self.open_button.setObjectName("openDecision")
        self.open_button.setAccessibleName(self.tr("Open decision"))
        self.open_button.setToolTip(with_keys(self.tr("Open a recognition decision for the selected students"),
                                              OPEN_DECISIONS_SHORTCUT))
        self.open_button.clicked.connect(self.open_decisions)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        chain = (self.filters.search, self.programme, self.cohort, self.kind, self.view, self.import_button,
                 self.open_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.desk.runner.run(self._load, self._loaded, self._failed, owner=self, key="list")

    def _load(self):
        return self.desk.services.students.list(), self.desk.services.programmes.list()

    def _loaded(self, result) -> None:
        students, programmes = result
        self.programme.set_choices([(f"{p.name_pl} ({p.code})", p.code) for p in programmes])
        self.cohort.set_choices([(c, c) for c in sorted({s.cohort for s in students if s.cohort}, reverse=True)])
        keep = selected_keys(self.view, _row_id)
        self.model.set_rows(students)
        reselect(self.view, keep, _row_id)
        self._show_count()

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):  # a bug gets the crash dialog instead
            prompts.show_error(self, error_text(error))

    def search(self, text: str) -> None:
        self.model.set_filter(search=text)
        self._show_count()

    def apply_filter(self) -> None:
        programme, cohort, kind = self.programme.value(), self.cohort.value(), self.kind.value()
        predicate = None
        if programme or cohort or kind:
            def predicate(row: StudentRow) -> bool:
                return ((programme is None or row.programme_code == programme)
                        and (cohort is None or row.cohort == cohort)
                        and (kind is None or row.admission_kind == kind))
        self.model.set_filter(predicate=predicate)
        self._show_count()

    def _show_count(self) -> None:
        self.filters.count_label.setText(self.tr("%1 of %2").replace("%1", str(self.model.rowCount()))
                                         .replace("%2", str(self.model.total_count)))
        show_empty_state(self.stack, self.model.total_count == 0)
        self._update_buttons()

    def selected(self) -> list[StudentRow]:
        return [self.model.row_at(index.row()) for index in self.view.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    # -- actions ---------------------------------------------------------------------------------------------
    def open_selected(self) -> None:
        """Enter or Ctrl+O on one student: their decision (the main window decides what that is)."""
        students = self.selected()
        if len(students) == 1:
            self.open_decision_requested.emit(students[0].album_number)

    def open_decisions(self) -> None:
        students = self.selected()
        if not students:
            return
        request = OpenDecisionDialog.ask(self, [f"{s.full_name} ({s.album_number})" for s in students],
                                         self.desk.default_deadline(), self.desk.today())
        if request is None:
            return
        try:
            ids = self.desk.services.decisions.open([s.album_number for s in students], request.deadline,
                                                    request.semesters, request.comment)
        except AppError as error:
            prompts.show_error(self, error_text(error))
            return
        prompts.show_info(self, self.tr("Opened %n decision(s).", "", len(ids)))
        self.decisions_opened.emit()

    def import_students(self) -> None:
        path = prompts.open_file(self, self.tr("Import students"),
                                 self.tr("Student exports (*.csv *.xlsx *.txt);;All files (*)"))
        if path is None:
            return
        if ImportStudentsDialog.run(self, self.desk, path):
            self.students_changed.emit()
