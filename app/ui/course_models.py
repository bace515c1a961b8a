"""Table models of foreign courses: the courses of a returned document (to choose from) and those taken over."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.services.elmo.types import Course
from app.services.results import ForeignCourseRow
from app.ui.formatting import format_date, format_ects
from app.ui.row_model import ColumnSpec, RowTableModel

STATUS_LABELS = {
    "passed": QT_TRANSLATE_NOOP("CourseStatus", "passed"),
    "failed": QT_TRANSLATE_NOOP("CourseStatus", "failed"),
    "in-progress": QT_TRANSLATE_NOOP("CourseStatus", "in progress"),
}
FLAGGED = QColor("#9b1c1c")


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


def status_label(status: str) -> str:
    return QCoreApplication.translate("CourseStatus", STATUS_LABELS.get(status, status))


def _title(course: Course) -> str:
    return course.titles[0].text if course.titles else ""


def _other_titles(course: Course) -> str:
    return "\n".join(f"[{t.lang or '?'}] {t.text}" for t in course.titles)


def _distribution(course: Course) -> str:
    return " ".join(f"{label}:{count}" for label, count in course.distribution)


DOCUMENT_COURSE_COLUMNS: list[ColumnSpec[Course]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Import")), lambda c: "", lambda c: c.key),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Code")), lambda c: c.host_code, lambda c: c.host_code),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Title")), _title, _title),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "ECTS")), lambda c: format_ects(c.ects), lambda c: c.ects,
               align_right=True),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Grade")), lambda c: c.grade, lambda c: c.grade),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Grading scheme")), lambda c: c.grading_scheme,
               lambda c: c.grading_scheme),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Status")), lambda c: status_label(c.status), lambda c: c.status),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Date")), lambda c: format_date(c.date), lambda c: c.date),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Term")), lambda c: c.academic_term, lambda c: c.academic_term),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Language")), lambda c: c.language, lambda c: c.language),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Hours")), lambda c: c.hours, lambda c: c.hours),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "ISCED")), lambda c: c.isced, lambda c: c.isced),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Distribution")), _distribution, _distribution),
]
CHECK_COLUMN = 0


class DocumentCoursesModel(RowTableModel[Course]):
    """The courses of a returned document, each with a checkbox: the student's selection, which the officer
    may narrow."""

    selection_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(DOCUMENT_COURSE_COLUMNS, parent)
        self.selected: set[str] = set()

    def set_courses(self, courses: tuple[Course, ...]) -> None:
        self.selected = {c.key for c in courses if c.status == "passed"}  # failed or in progress: by choice only
        self.set_rows(courses)
        self.selection_changed.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == CHECK_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def row_data(self, row: Course, column: int, role: int):
        if role == Qt.ItemDataRole.CheckStateRole and column == CHECK_COLUMN:
            return Qt.CheckState.Checked if row.key in self.selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return _other_titles(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "passed":
            return QBrush(FLAGGED)  # failed and in-progress courses stand out
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != CHECK_COLUMN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self.row_at(index.row()).key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.selected.add(key)
        else:
            self.selected.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()
        return True

    def selected_ects(self):
        return sum((c.ects for c in self.rows() if c.key in self.selected and c.ects is not None), 0)


FOREIGN_COURSE_COLUMNS: list[ColumnSpec[ForeignCourseRow]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Institution")), lambda c: c.host_institution,
               lambda c: c.host_institution),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Code")), lambda c: c.host_code, lambda c: c.host_code),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Title")), lambda c: c.title, lambda c: c.title),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "ECTS")), lambda c: format_ects(c.ects), lambda c: c.ects,
               align_right=True),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Grade")), lambda c: c.original_grade, lambda c: c.original_grade),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Grading scheme")), lambda c: c.grading_scheme,
               lambda c: c.grading_scheme),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Status")), lambda c: status_label(c.status), lambda c: c.status),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Date")), lambda c: format_date(c.result_date),
               lambda c: c.result_date),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Term")), lambda c: c.academic_term, lambda c: c.academic_term),
]


class ForeignCoursesModel(RowTableModel[ForeignCourseRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(FOREIGN_COURSE_COLUMNS, parent)

    def row_data(self, row: ForeignCourseRow, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"[{lang or '?'}] {text}" for text, lang in row.titles)
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "passed":
            return QBrush(FLAGGED)
        return None
