"""Dialogs of grading: give a line a home grade (a different one needs a justification), and say which grading
scale a foreign grade is on. Each has `ask(parent, ...) -> result | None`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.grades import GradedLine, home_symbol_text
from app.services.grading import Scheme
from app.ui.formatting import translate


@dataclass(frozen=True)
class GradeRequest:
    grade: str
    justification: str


class GradeDialog(QDialog):
    def __init__(self, parent: QWidget | None, line: GradedLine, choices: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Home grade"))
        self.setObjectName("gradeDialog")
        self.suggested = line.suggestion.grade
        layout = QVBoxLayout(self)
        what = QLabel(" + ".join(f"{f.code} {f.title} ({f.grade})" for f in line.foreign) + " → "
                      + " + ".join(f"{h.code} {h.name}" for h in line.home), self)
        what.setWordWrap(True)
        layout.addWidget(what)
        explanation = "\n".join(p.render(translate) for p in line.suggestion.explanation)
        if explanation:
            note = QLabel(explanation, self)
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.grade = QComboBox(self)
        self.grade.setObjectName("gradeChoice")
        for symbol in choices:
            self.grade.addItem(home_symbol_text(symbol), symbol)
        current = line.grade or line.suggestion.grade
        if current is not None and self.grade.findData(current) >= 0:
            self.grade.setCurrentIndex(self.grade.findData(current))
        form.addRow(self.tr("&Grade:"), self.grade)
        self.justification = QPlainTextEdit(line.justification, self)
        self.justification.setObjectName("justification")
        self.justification.setFixedHeight(80)
        self.justification.setPlaceholderText(self.tr("Needed when the grade differs from the suggestion"))
        form.addRow(self.tr("&Justification:"), self.justification)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.grade.currentIndexChanged.connect(self._update)
        self.justification.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        differs = self.grade.currentData() != self.suggested
        ok = not differs or bool(self.justification.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def request(self) -> GradeRequest:
        return GradeRequest(self.grade.currentData(), self.justification.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, line: GradedLine, choices: list[str]) -> GradeRequest | None:
        dialog = cls(parent, line, choices)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class SchemeRequest:
    course_id: int
    scheme_code: str


class ForeignSchemeDialog(QDialog):
    def __init__(self, parent: QWidget | None, line: GradedLine, schemes: list[Scheme]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grading scale abroad"))
        self.setObjectName("schemeDialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.course = QComboBox(self)
        for course in line.foreign:
            self.course.addItem(f"{course.code} {course.title} — {course.grade}", course.id)
        form.addRow(self.tr("&Course:"), self.course)
        self.scheme = QComboBox(self)
        self.scheme.setObjectName("schemeChoice")
        for scheme in schemes:
            grades = ", ".join(g.symbol for g in scheme.grades[:8])
            self.scheme.addItem(f"{scheme.code} — {scheme.name} ({grades})", scheme.code)
        first = line.foreign[0].scheme_code if line.foreign else ""
        if first and self.scheme.findData(first) >= 0:
            self.scheme.setCurrentIndex(self.scheme.findData(first))
        form.addRow(self.tr("&Scale:"), self.scheme)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def request(self) -> SchemeRequest:
        return SchemeRequest(self.course.currentData(), self.scheme.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, line: GradedLine, schemes: list[Scheme]) -> SchemeRequest | None:
        dialog = cls(parent, line, schemes)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
