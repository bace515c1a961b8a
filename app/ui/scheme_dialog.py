"""Add or change a grading scale (the administrator's): name, country, direction, pass mark, numeric range, source,
notes and the listed grades best first, each with its value, whether it passes and its other spellings.
`SchemeDialog.ask(parent, scheme) -> Scheme | None`; with no scheme it starts empty, for a new scale."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AppError
from app.services.grading import Grade, Scheme
from app.services.grading.scheme import format_number, parse_number
from app.ui import prompts
from app.ui.formatting import error_text

SYMBOL, VALUE, PASSES, ALIASES, LOW, HIGH = range(6)


class _Invalid(Exception):
    """What is wrong with the form, already translated."""


def _number_text(value: Decimal | None) -> str:
    return "" if value is None else format_number(value)


class SchemeDialog(QDialog):
    def __init__(self, parent: QWidget | None, scheme: Scheme | None = None) -> None:
        super().__init__(parent)
        self.original = scheme
        self.result_scheme: Scheme | None = None
        self.setObjectName("schemeEditDialog")
        self.setWindowTitle(self.tr("Grading scale %1").replace("%1", scheme.code) if scheme
                            else self.tr("New grading scale"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit(scheme.code if scheme else "", self)
        self.code.setObjectName("schemeCode")
        self.code.setPlaceholderText(self.tr("e.g. DK-7, IT-30"))
        self.code.setReadOnly(scheme is not None)  # another code is another scale
        self.name = QLineEdit(scheme.name if scheme else "", self)
        self.name.setObjectName("schemeName")
        self.country = QLineEdit(scheme.country if scheme else "", self)
        self.country.setObjectName("schemeCountry")
        self.country.setMaxLength(8)
        self.country.setPlaceholderText(self.tr("two-letter code, EU for a European scale"))
        self.direction = QComboBox(self)
        self.direction.setObjectName("schemeDirection")
        self.direction.addItem(self.tr("higher is better"), True)
        self.direction.addItem(self.tr("lower is better (1 is best)"), False)
        self.direction.setCurrentIndex(0 if scheme is None or scheme.higher_is_better else 1)
        self.passfail = QCheckBox(self.tr("P&ass/fail scale (no marks)"), self)
        self.passfail.setObjectName("schemePassfail")
        self.passfail.setChecked(bool(scheme and scheme.passfail))
        self.pass_mark = QLineEdit(_number_text(scheme.pass_mark) if scheme else "", self)
        self.pass_mark.setObjectName("schemePassMark")
        self.pass_mark.setToolTip(self.tr("Numbers pass from this one on (up to it when lower is better); leave it "
                                          "empty when the grades below say which pass"))
        self.minimum = QLineEdit(_number_text(scheme.minimum) if scheme else "", self)
        self.minimum.setObjectName("schemeMinimum")
        self.maximum = QLineEdit(_number_text(scheme.maximum) if scheme else "", self)
        self.maximum.setObjectName("schemeMaximum")
        self.step = QLineEdit(_number_text(scheme.step) if scheme else "", self)
        self.step.setObjectName("schemeStep")
        self.step.setToolTip(self.tr("The smallest difference between two marks of the range, e.g. 0.25; empty: "
                                     "any decimal"))
        range_row = QHBoxLayout()
        for label, edit in ((self.tr("&Lowest:"), self.minimum), (self.tr("&Highest:"), self.maximum),
                            (self.tr("S&tep:"), self.step)):
            buddy = QLabel(label, self)
            buddy.setBuddy(edit)
            range_row.addWidget(buddy)
            range_row.addWidget(edit, 1)
        self.source = QLineEdit(scheme.source if scheme else "", self)
        self.source.setObjectName("schemeSource")
        self.source.setPlaceholderText(self.tr("Where the scale is described: a page, a regulation"))
        self.notes = QPlainTextEdit(scheme.notes if scheme else "", self)
        self.notes.setObjectName("schemeNotes")
        self.notes.setFixedHeight(60)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow("", self.passfail)
        form.addRow(self.tr("&Pass mark:"), self.pass_mark)
        form.addRow(self.tr("Numeric range:"), range_row)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("Not&es:"), self.notes)
        layout.addLayout(form)

        grades_label = QLabel(self.tr("&Grades, best first:"), self)
        layout.addWidget(grades_label)
        self.grades = QTableWidget(0, 6, self)
        self.grades.setObjectName("schemeGrades")
        grades_label.setBuddy(self.grades)
        self.grades.setHorizontalHeaderLabels([
            self.tr("Symbol"), self.tr("Value"), self.tr("Passes"), self.tr("Other spellings (comma-separated)"),
            self.tr("From"), self.tr("To")])
        self.grades.horizontalHeaderItem(LOW).setToolTip(self.tr("A verbal grade that stands for a range of marks "
                                                                 "(Notable: 7 to 8.9)"))
        self.grades.horizontalHeaderItem(HIGH).setToolTip(self.grades.horizontalHeaderItem(LOW).toolTip())
        self.grades.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grades.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grades.verticalHeader().setVisible(False)
        self.grades.horizontalHeader().setStretchLastSection(False)
        for column, width in enumerate((110, 70, 60, 300, 60, 60)):
            self.grades.setColumnWidth(column, width)
        for grade in scheme.grades if scheme else ():
            self._add_row(grade)
        layout.addWidget(self.grades, 1)
        row_buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add g&rade"), self)
        self.add_button.setObjectName("addGrade")
        self.add_button.clicked.connect(self.add_grade)
        self.remove_button = QPushButton(self.tr("Re&move grade"), self)
        self.remove_button.setObjectName("removeGrade")
        self.remove_button.clicked.connect(self.remove_grade)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.clicked.connect(lambda: self.move_grade(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.clicked.connect(lambda: self.move_grade(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.name if scheme else self.code).setFocus()

    # -- the grade list --------------------------------------------------------------------------------------
    def _add_row(self, grade: Grade | None = None, at: int | None = None) -> None:
        row = self.grades.rowCount() if at is None else at
        self.grades.insertRow(row)
        texts = {SYMBOL: grade.symbol if grade else "", VALUE: _number_text(grade.value) if grade else "",
                 ALIASES: ", ".join(grade.aliases) if grade else "",
                 LOW: _number_text(grade.low) if grade else "", HIGH: _number_text(grade.high) if grade else ""}
        for column, text in texts.items():
            self.grades.setItem(row, column, QTableWidgetItem(text))
        passes = QTableWidgetItem()
        passes.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        passes.setCheckState(Qt.CheckState.Checked if grade is None or grade.passes else Qt.CheckState.Unchecked)
        self.grades.setItem(row, PASSES, passes)

    def add_grade(self) -> None:
        current = self.grades.currentRow()
        at = current + 1 if current >= 0 else self.grades.rowCount()
        self._add_row(at=at)
        self.grades.setCurrentCell(at, SYMBOL)
        self.grades.editItem(self.grades.item(at, SYMBOL))

    def remove_grade(self) -> None:
        row = self.grades.currentRow()
        if row >= 0:
            self.grades.removeRow(row)

    def move_grade(self, by: int) -> None:
        row = self.grades.currentRow()
        target = row + by
        if row < 0 or not 0 <= target < self.grades.rowCount():
            return
        items = [self.grades.takeItem(row, column) for column in range(self.grades.columnCount())]
        self.grades.removeRow(row)
        self.grades.insertRow(target)
        for column, item in enumerate(items):
            self.grades.setItem(target, column, item)
        self.grades.setCurrentCell(target, self.grades.currentColumn() if self.grades.currentColumn() >= 0 else 0)

    # -- the result ------------------------------------------------------------------------------------------
    def _cell(self, row: int, column: int) -> str:
        item = self.grades.item(row, column)
        return item.text().strip() if item is not None else ""

    def _number(self, text: str, what: str) -> Decimal | None:
        text = text.strip()
        if not text:
            return None
        number = parse_number(text)
        if number is None or not number.is_finite():
            raise _Invalid(self.tr("%1: \"%2\" is not a number.").replace("%1", what).replace("%2", text))
        return number

    def _grade(self, row: int) -> Grade:
        line = self.tr("Grade %1").replace("%1", str(row + 1))
        symbol = self._cell(row, SYMBOL)
        if not symbol:
            raise _Invalid(self.tr("%1 has no symbol.").replace("%1", line))
        aliases = tuple(dict.fromkeys(a.strip() for a in self._cell(row, ALIASES).split(",") if a.strip()))
        low, high = self._number(self._cell(row, LOW), line), self._number(self._cell(row, HIGH), line)
        if (low is None) != (high is None) or (low is not None and low > high):
            raise _Invalid(self.tr("%1: give both ends of its range, the lower one first.").replace("%1", line))
        passes = self.grades.item(row, PASSES).checkState() == Qt.CheckState.Checked
        return Grade(symbol, self._number(self._cell(row, VALUE), line), passes, aliases, low, high)

    def build(self) -> Scheme:
        """The scale as the form describes it; `_Invalid` with the reason when it cannot be one."""
        code = self.code.text().strip()
        if not code:
            raise _Invalid(self.tr("Give the scale a code."))
        grades = tuple(self._grade(row) for row in range(self.grades.rowCount()))
        symbols = [g.symbol.casefold() for g in grades]
        repeated = next((g.symbol for g in grades if symbols.count(g.symbol.casefold()) > 1), None)
        if repeated is not None:
            raise _Invalid(self.tr("The grade %1 is listed twice.").replace("%1", repeated))
        minimum = self._number(self.minimum.text(), self.tr("Lowest"))
        maximum = self._number(self.maximum.text(), self.tr("Highest"))
        if (minimum is None) != (maximum is None) or (minimum is not None and minimum > maximum):
            raise _Invalid(self.tr("Give both ends of the numeric range, the lower one first, or neither."))
        step = self._number(self.step.text(), self.tr("Step"))
        if step is not None and step <= 0:
            raise _Invalid(self.tr("The step must be more than 0."))
        if not grades and minimum is None:
            raise _Invalid(self.tr("A scale needs at least one grade or a numeric range."))
        fields = {"code": code, "country": self.country.text().strip().upper(), "name": self.name.text().strip(),
                  "higher_is_better": bool(self.direction.currentData()), "grades": grades, "minimum": minimum,
                  "maximum": maximum, "step": step,
                  "pass_mark": self._number(self.pass_mark.text(), self.tr("Pass mark")),
                  "passfail": self.passfail.isChecked(), "source": self.source.text().strip(),
                  "notes": self.notes.toPlainText().strip()}
        if self.original is not None:
            return replace(self.original, **fields)
        return Scheme(**fields)

    def accept(self) -> None:
        try:
            scheme = self.build()
            Scheme.from_dict(scheme.to_dict())  # the checks a stored scale passes when it is read back
        except _Invalid as problem:
            prompts.show_error(self, str(problem))
            return
        except AppError as error:
            prompts.show_error(self, error_text(error))
            return
        self.result_scheme = scheme
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, scheme: Scheme | None = None) -> Scheme | None:
        dialog = cls(parent, scheme)
        try:
            return dialog.result_scheme if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
