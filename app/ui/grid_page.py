"""Curriculum grid page (siatka zajęć): a programme's courses per academic year and semester; import a grid,
correct a course."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AppError, InternalError
from app.services.grid import GridCourseRow
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.filter_bar import FilterCombo
from app.ui.formatting import error_text, format_ects
from app.ui.row_model import ColumnSpec, RowTableModel
from app.ui.students_page import configure_table

FORMS = ("E", "ZO", "ZAL")


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


GRID_COLUMNS: list[ColumnSpec[GridCourseRow]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Semester")), lambda c: str(c.semester), lambda c: (c.semester, c.code)),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Code")), lambda c: c.code, lambda c: c.code),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Name")), lambda c: c.name_pl, lambda c: c.name_pl),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Name (English)")), lambda c: c.name_en, lambda c: c.name_en),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "ECTS")), lambda c: format_ects(c.ects), lambda c: c.ects,
               align_right=True),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Hours")), lambda c: str(c.hours), lambda c: c.hours,
               align_right=True),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Form")), lambda c: c.form_of_credit, lambda c: c.form_of_credit),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Obligatory")),
               lambda c: QCoreApplication.translate("GridPage", "yes") if c.obligatory
               else QCoreApplication.translate("GridPage", "elective"), lambda c: c.obligatory),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "ISCED")), lambda c: c.isced, lambda c: c.isced),
]


class GridModel(RowTableModel[GridCourseRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(GRID_COLUMNS, parent)


class CourseDialog(QDialog):
    """Correct one course of a grid: names, ECTS, hours, form of credit, obligatory."""

    def __init__(self, parent: QWidget | None, course: GridCourseRow) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Course %1 (%2)").replace("%1", course.code).replace("%2", course.academic_year))
        form = QFormLayout(self)
        self.name_pl = QLineEdit(course.name_pl, self)
        self.name_en = QLineEdit(course.name_en, self)
        self.ects = QDoubleSpinBox(self)
        self.ects.setRange(0, 60)
        self.ects.setDecimals(1)
        self.ects.setValue(float(course.ects))
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0, 1000)
        self.hours.setDecimals(0)
        self.hours.setValue(course.hours)
        self.form = QComboBox(self)
        self.form.addItems(FORMS)
        self.form.setCurrentText(course.form_of_credit)
        self.obligatory = QCheckBox(self.tr("obligatory"), self)
        self.obligatory.setChecked(course.obligatory)
        form.addRow(self.tr("Name:"), self.name_pl)
        form.addRow(self.tr("Name (English):"), self.name_en)
        form.addRow(self.tr("ECTS:"), self.ects)
        form.addRow(self.tr("Hours:"), self.hours)
        form.addRow(self.tr("Form of credit:"), self.form)
        form.addRow("", self.obligatory)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changes(self, course: GridCourseRow) -> dict[str, object]:
        values = {"name_pl": self.name_pl.text().strip(), "name_en": self.name_en.text().strip(),
                  "ects": str(self.ects.value()), "hours": int(self.hours.value()),
                  "form_of_credit": self.form.currentText(), "obligatory": self.obligatory.isChecked()}
        return {key: value for key, value in values.items() if str(getattr(course, key)) != str(value)}

    @classmethod
    def ask(cls, parent, course: GridCourseRow) -> dict[str, object] | None:
        dialog = cls(parent, course)
        try:
            return dialog.changes(course) if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class GridPage(QWidget):
    grid_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("gridPage")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.programme = FilterCombo(self.tr("— programme —"), self)
        self.programme.setObjectName("gridProgramme")
        self.year = QComboBox(self)
        self.year.setObjectName("gridYear")
        self.year.setEditable(True)  # a new year is typed before its grid is imported
        self.year.setToolTip(self.tr("Academic year, e.g. 2025/26"))
        self.summary = QLabel(self)
        self.summary.setObjectName("gridSummary")
        row.addWidget(QLabel(self.tr("Programme:"), self))
        row.addWidget(self.programme, 2)
        row.addWidget(QLabel(self.tr("Academic year:"), self))
        row.addWidget(self.year, 1)
        row.addWidget(self.summary, 2)
        layout.addLayout(row)
        self.model = GridModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("gridTable")
        self.view.setModel(self.model)
        configure_table(self.view)
        for column, width in enumerate((70, 110, 260, 220, 50, 60, 50, 90)):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by semester, then code
        self.view.doubleClicked.connect(lambda index: self.edit(self.model.row_at(index.row())))
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import grid…"), self)
        self.import_button.clicked.connect(self.import_grid)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.programme.currentIndexChanged.connect(self._load_years)
        self.year.currentTextChanged.connect(lambda _: self.load_courses())

    def refresh(self) -> None:
        self.desk.runner.run(self.desk.services.programmes.list, self._programmes, self._failed, owner=self,
                             key="programmes")

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):
            prompts.show_error(self, error_text(error))

    def _programmes(self, programmes) -> None:
        self.programme.set_choices([(f"{p.name_pl} ({p.code})", p.code) for p in programmes])
        if self.programme.value() is None:  # first visit: show a programme that has a grid
            with_grid = next((p.code for p in programmes if self.desk.services.grid.years(p.code)), None)
            if with_grid is not None:
                self.programme.setCurrentIndex(self.programme.findData(with_grid))
                return  # the change of programme loads its years
        self._load_years()

    def _load_years(self) -> None:
        code = self.programme.value()
        if not code:
            self.model.set_rows([])
            return
        try:
            years = self.desk.services.grid.years(code)
        except AppError as error:
            self._failed(error)
            return
        current = self.year.currentText()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItems(years)
        self.year.setCurrentText(current if current in years else (years[-1] if years else ""))
        self.year.blockSignals(False)
        self.load_courses()

    def load_courses(self) -> None:
        code, year = self.programme.value(), self.year.currentText().strip()
        if not code or not year:
            self.model.set_rows([])
            self.summary.setText("")
            return
        grid = self.desk.services.grid
        self.desk.runner.run(lambda: grid.courses(code, year), self._show, self._failed, owner=self, key="courses")

    def _show(self, courses: list[GridCourseRow]) -> None:
        self.model.set_rows(courses)
        per_semester = {}
        for course in courses:
            per_semester[course.semester] = per_semester.get(course.semester, 0) + course.ects
        self.summary.setText("  ".join(self.tr("sem. %1: %2 ECTS").replace("%1", str(s)).replace(
            "%2", format_ects(e)) for s, e in sorted(per_semester.items())))

    def import_grid(self) -> None:
        code, year = self.programme.value(), self.year.currentText().strip()
        if not code or not year:
            prompts.show_error(self, self.tr("Choose the programme and type the academic year first."))
            return
        path = prompts.open_file(self, self.tr("Import curriculum grid"),
                                 self.tr("Grids (*.csv *.xlsx *.txt);;All files (*)"))
        if path is None:
            return
        grid = self.desk.services.grid
        try:
            preview = grid.preview(path, code, year)
            errors = [row for row in preview.rows if row.problems]
            if errors and not prompts.confirm(self, self.tr("%n row(s) have errors and will be skipped. Import the "
                                                            "others?", "", len(errors))):
                return
            result = grid.apply(preview)
        except AppError as error:
            prompts.show_error(self, error_text(error))
            return
        prompts.show_info(self, self.tr("Grid imported. New: %1, updated: %2, unchanged: %3, skipped: %4.")
                          .replace("%1", str(result.created)).replace("%2", str(result.updated))
                          .replace("%3", str(result.unchanged)).replace("%4", str(result.skipped)))
        self.grid_changed.emit()
        self._load_years()

    def edit(self, course: GridCourseRow) -> None:
        changes = CourseDialog.ask(self, course)
        if not changes:
            return
        try:
            self.desk.services.grid.update_course(course.id, **changes)
        except AppError as error:
            prompts.show_error(self, error_text(error))
            return
        self.grid_changed.emit()
        self.load_courses()
