"""Dialogs of the decision workflow: open decisions, extend deadlines, move to another state.

Each has `ask(parent, ...) -> result | None`, so pages and tests use them the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.vocabulary import DecisionState
from app.ui.formatting import format_date, move_label, state_label, to_date, to_qdate

SEMESTERS_PATTERN = r"^\s*(\d{1,2}(\s*[-,;]\s*\d{1,2})*)?\s*$"  # empty: not known yet


def _deadline_edit(parent: QWidget, value: date, minimum: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(to_qdate(minimum))
    edit.setDate(to_qdate(max(value, minimum)))
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))  # as the tables show dates
    return edit


@dataclass(frozen=True)
class OpenDecisionRequest:
    deadline: date
    semesters: str
    comment: str


class OpenDecisionDialog(QDialog):
    def __init__(self, parent: QWidget | None, student_labels: list[str], default_deadline: date,
                 today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open recognition decision"))
        self.setObjectName("openDecisionDialog")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Open a decision awaiting results for %n student(s).", "",
                                        len(student_labels)), self))
        names = QLabel("; ".join(student_labels[:8]) + (" …" if len(student_labels) > 8 else ""), self)
        names.setTextFormat(Qt.TextFormat.PlainText)
        names.setWordWrap(True)
        layout.addWidget(names)
        form = QFormLayout()
        self.deadline = _deadline_edit(self, default_deadline, today)
        self.deadline.setToolTip(self.tr("The date by which the results must be imported; not in the past."))
        form.addRow(self.tr("&Web deadline:"), self.deadline)
        self.semesters = QLineEdit(self)
        self.semesters.setPlaceholderText(self.tr("e.g. 5 or 5,6; empty if not known yet"))
        self.semesters.setValidator(QRegularExpressionValidator(QRegularExpression(SEMESTERS_PATTERN), self))
        form.addRow(self.tr("&Semester(s) to credit:"), self.semesters)
        self.comment = QPlainTextEdit(self)
        self.comment.setFixedHeight(70)
        form.addRow(self.tr("&Comment:"), self.comment)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open decision"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.semesters.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = bool(re.fullmatch(SEMESTERS_PATTERN, self.semesters.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def result_value(self) -> OpenDecisionRequest:
        return OpenDecisionRequest(to_date(self.deadline.date()), self.semesters.text().strip(),
                                   self.comment.toPlainText().strip())

    @classmethod
    def ask(cls, parent, student_labels: list[str], default_deadline: date, today: date) -> OpenDecisionRequest | None:
        dialog = cls(parent, student_labels, default_deadline, today)
        try:
            return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class DeadlineChange:
    deadline: date
    comment: str


class ExtendDeadlineDialog(QDialog):
    def __init__(self, parent: QWidget | None, count: int, latest: date | None, today: date,
                 default_days: int = 14) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extend web deadline"))
        self.setObjectName("extendDeadlineDialog")
        layout = QVBoxLayout(self)
        text = self.tr("New web deadline for %n decision(s).", "", count)
        if latest is not None:
            text += " " + self.tr("Current latest deadline: %1.").replace("%1", format_date(latest))
        layout.addWidget(QLabel(text, self))
        form = QFormLayout()
        # an extension moves the deadline later: the earliest choice is the day after the current one
        base = max(today, latest or today)
        earliest = max(today, latest + timedelta(days=1)) if latest else today
        self.deadline = _deadline_edit(self, base + timedelta(days=max(default_days, 1)), earliest)
        form.addRow(self.tr("&New deadline:"), self.deadline)
        self.comment = QLineEdit(self)
        form.addRow(self.tr("&Reason:"), self.comment)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Extend"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent, count: int, latest: date | None, today: date,
            default_days: int = 14) -> DeadlineChange | None:
        dialog = cls(parent, count, latest, today, default_days)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return DeadlineChange(to_date(dialog.deadline.date()), dialog.comment.text().strip())
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class MoveRequest:
    comment: str
    deadline: date | None


class MoveDialog(QDialog):
    def __init__(self, parent: QWidget | None, number: str, source: DecisionState, target: DecisionState,
                 needs_comment: bool, needs_deadline: bool, default_deadline: date, today: date) -> None:
        # The buttons name the action and "Close": a plain "Cancel" would read as cancelling the decision.
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change state of decision %1").replace("%1", number))
        self.setObjectName("moveDialog")
        self.needs_comment = needs_comment
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 → %2").replace("%1", state_label(source)).replace(
            "%2", state_label(target)), self))
        form = QFormLayout()
        self.deadline = None
        if needs_deadline:
            self.deadline = _deadline_edit(self, default_deadline, today)
            form.addRow(self.tr("&New web deadline:"), self.deadline)
        self.comment = QPlainTextEdit(self)
        self.comment.setFixedHeight(80)
        label = self.tr("&Comment (required):") if needs_comment else self.tr("&Comment:")
        form.addRow(label, self.comment)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(move_label(target).rstrip("…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.comment.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = not self.needs_comment or bool(self.comment.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent, number: str, source: DecisionState, target: DecisionState, needs_comment: bool,
            needs_deadline: bool, default_deadline: date, today: date) -> MoveRequest | None:
        dialog = cls(parent, number, source, target, needs_comment, needs_deadline, default_deadline, today)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            deadline = to_date(dialog.deadline.date()) if dialog.deadline is not None else None
            return MoveRequest(dialog.comment.toPlainText().strip(), deadline)
        finally:
            dialog.deleteLater()
