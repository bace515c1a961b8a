"""The desk's table models: students, decisions, a decision's state history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.decisions import DecisionRow, StateChangeRow
from app.services.students import StudentRow
from app.services.vocabulary import DecisionState
from app.services.workflow import AWAITING_RESULTS
from app.ui.formatting import admission_label, days_left_text, format_date, format_datetime, state_label
from app.ui.row_model import ColumnSpec, RowTableModel

OVERDUE_BACKGROUND = QColor("#fbe3e1")
OVERDUE_TEXT = QColor("#9b1c1c")


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


STUDENT_COLUMNS: list[ColumnSpec[StudentRow]] = [
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "Album")),
        lambda r: r.album_number,
        lambda r: (len(r.album_number), r.album_number),
    ),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "Family name")),
        lambda r: r.family_name,
        lambda r: r.search_key.split(" ", 1)[1],
    ),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Given names")), lambda r: r.given_names, lambda r: r.given_names),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Born")), lambda r: format_date(r.birth_date), lambda r: r.birth_date),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Programme")), lambda r: r.programme_name, lambda r: r.programme_name),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Cohort")), lambda r: r.cohort, lambda r: r.cohort),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "Admission")),
        lambda r: admission_label(r.admission_kind),
        lambda r: r.admission_kind.value,
    ),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "Decisions")),
        lambda r: str(r.decisions_count),
        lambda r: r.decisions_count,
        align_right=True,
    ),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "Nearest deadline")),
        lambda r: format_date(r.nearest_deadline),
        lambda r: r.nearest_deadline,
    ),
]


NEAREST_DEADLINE_COLUMN = 8


class StudentsModel(RowTableModel[StudentRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(STUDENT_COLUMNS, parent)

    def row_data(self, row: StudentRow, column: int, role: int):
        if column == NEAREST_DEADLINE_COLUMN and row.deadline_passed:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("Columns", "Overdue: the web deadline has passed and no results "
                                                             "were loaded.")
        return None


DECISION_COLUMNS: list[ColumnSpec[DecisionRow]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Number")), lambda r: r.number, lambda r: r.number),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "Student")), lambda r: r.student_name, lambda r: r.search_key.split(" ", 2)[2]
    ),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "Album")),
        lambda r: r.album_number,
        lambda r: (len(r.album_number), r.album_number),
    ),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Programme")), lambda r: r.programme_name, lambda r: r.programme_name),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Semesters")), lambda r: r.semesters, lambda r: r.semesters),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "State")),
        lambda r: state_label(r.state),
        lambda r: list(DecisionState).index(r.state),
    ),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "Web deadline")), lambda r: format_date(r.deadline), lambda r: r.deadline
    ),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "Days left")),
        lambda r: days_left_text(r.days_left, r.overdue) if r.state in AWAITING_RESULTS else "",
        lambda r: r.days_left if r.state in AWAITING_RESULTS else None,
        align_right=True,
    ),
]
DAYS_LEFT_COLUMN = 7



class DecisionsModel(RowTableModel[DecisionRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(DECISION_COLUMNS, parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def row_data(self, row: DecisionRow, column: int, role: int):
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == DAYS_LEFT_COLUMN:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and column == DAYS_LEFT_COLUMN:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "Columns", "Overdue: the web deadline has passed and no results were loaded."
            )
        return None


HISTORY_COLUMNS: list[ColumnSpec[StateChangeRow]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "When")), lambda r: format_datetime(r.at), lambda r: r.at),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Who")), lambda r: r.actor, lambda r: r.actor),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "From")),
        lambda r: state_label(r.from_state) if r.from_state else "—",
        lambda r: r.from_state.value if r.from_state else "",
    ),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "To")), lambda r: state_label(r.to_state), lambda r: r.to_state.value),
    ColumnSpec(
        _t(QT_TRANSLATE_NOOP("Columns", "Web deadline")), lambda r: format_date(r.deadline), lambda r: r.deadline
    ),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Comment")), lambda r: r.comment, lambda r: r.comment),
]


class HistoryModel(RowTableModel[StateChangeRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(HISTORY_COLUMNS, parent)
