"""Students page: every admitted student, searched as you type, filtered, sorted; import and open decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

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


def _row_id(row) -> int:
    return row.id


class StudentsPage(QWidget):
    decisions_opened = Signal()
    students_changed = Signal()
    show_decisions_requested = Signal(str)  # album number

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("studentsPage")
        layout = QVBoxLayout(self)
        self.filters = FilterBar(self.tr("Search by album number or name…"), self)
        self.programme = self.filters.add_combo(FilterCombo(self.tr("All programmes"), self), "programmeFilter")
        self.cohort = self.filters.add_combo(FilterCombo(self.tr("All cohorts"), self), "cohortFilter")
        self.kind = self.filters.add_combo(FilterCombo(self.tr("All admission kinds"), self), "kindFilter")
        self.kind.set_choices([(admission_label(k), k) for k in AdmissionKind])
        self.filters.finish()
        self.filters.search_changed.connect(self.search)
        self.filters.filters_changed.connect(self.apply_filter)
        layout.addWidget(self.filters)

        self.model = StudentsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("studentsTable")
        self.view.setModel(self.model)
        configure_table(self.view)
        for column, width in enumerate((80, 150, 150, 90, 180, 80, 150, 80)):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(
            lambda index: self.show_decisions_requested.emit(self.model.row_at(index.row()).album_number))
        self.view.setToolTip(self.tr("Double-click a student to see their decisions"))
        layout.addWidget(self.view)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import students…"), self)
        self.import_button.clicked.connect(self.import_students)
        self.open_button = QPushButton(self.tr("&Open decision…"), self)
        self.open_button.setObjectName("openDecision")
        self.open_button.setToolTip(self.tr("Open a recognition decision for the selected students"))
        self.open_button.clicked.connect(self.open_decisions)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
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
        self._update_buttons()

    def selected(self) -> list[StudentRow]:
        return [self.model.row_at(index.row()) for index in self.view.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    # -- actions ---------------------------------------------------------------------------------------------
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
