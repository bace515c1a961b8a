"""Grades and verification: each recognition line with its suggested home grade (method, table version, how it
was worked out), the grade given, and the officer's verdict; what still keeps the dean from approving."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AppError, InternalError
from app.services.grades import APPROVED, NEEDS_INFO, REJECTED, GradedLine, Grading, home_symbol_text
from app.services.permissions import Permission, allows
from app.services.vocabulary import METHOD_LABELS, REVIEW_LABELS
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.formatting import error_text, format_datetime, format_ects, translate
from app.ui.grade_dialogs import ForeignSchemeDialog, GradeDialog
from app.ui.row_model import ColumnSpec, RowTableModel

REVIEW_COLOURS = {APPROVED: QColor("#e3f3e6"), NEEDS_INFO: QColor("#fff4d6"), REJECTED: QColor("#f6e0e0")}


def method_label(method: str) -> str:
    return QCoreApplication.translate("Method", METHOD_LABELS[method]) if method in METHOD_LABELS else method


def review_label(review: str) -> str:
    return QCoreApplication.translate("Review", REVIEW_LABELS[review]) if review in REVIEW_LABELS else review


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


def _foreign(line: GradedLine) -> str:
    return " + ".join(f"{f.code} {f.title}".strip() for f in line.foreign)


def _original(line: GradedLine) -> str:
    return " + ".join(f"{f.grade} ({f.scheme_code or '?'})" for f in line.foreign)


def _home(line: GradedLine) -> str:
    return " + ".join(f"{h.code} {h.name}" for h in line.home)


def _suggested(line: GradedLine) -> str:
    if line.suggestion.grade is None:
        return "—"
    return f"{home_symbol_text(line.suggestion.grade)} ({method_label(line.suggestion.method)})"


class GradedLineModel(RowTableModel[GradedLine]):
    def __init__(self, parent=None) -> None:
        super().__init__([
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Foreign")), _foreign, _foreign),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Grade abroad")), _original, _original),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "ECTS")),
                       lambda r: format_ects(sum((f.ects or 0) for f in r.foreign)),
                       lambda r: sum((f.ects or 0) for f in r.foreign), align_right=True),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Home")), _home, _home),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Suggested")), _suggested, lambda r: r.suggestion.grade or ""),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Grade")), lambda r: home_symbol_text(r.grade),
                       lambda r: r.grade),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Verification")), lambda r: review_label(r.review),
                       lambda r: r.review),
        ], parent)

    def row_data(self, row: GradedLine, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and row.review in REVIEW_COLOURS:
            return QBrush(REVIEW_COLOURS[row.review])
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p.render(translate) for p in (*row.suggestion.explanation, *row.remarks))
        return None


class GradesPanel(QWidget):
    lines_changed = Signal()

    def __init__(self, desk: Desk, decision_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.decision_id = desk, decision_id
        self.grading: Grading | None = None
        self.editable = True
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("gradingStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.status)
        self.model = GradedLineModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("gradedLines")
        self.view.setAccessibleName(self.tr("Recognition lines and grades"))
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for column, width in enumerate((240, 140, 50, 240, 170, 60)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(self._show_details)
        self.view.doubleClicked.connect(lambda _index: self.set_grade())
        self.details = QTextBrowser(self)
        self.details.setObjectName("lineDetails")
        self.details.setAccessibleName(self.tr("Details of the selected line"))
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 120])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        actor = desk.services.ctx.actor
        self.may_grade = allows(actor.roles, Permission.GRADES_PROPOSE)
        self.may_review = allows(actor.roles, Permission.LINES_REVIEW)
        self.take_button = self._button(buttons, self.tr("&Take suggestion"), "takeSuggestion", self.take_suggestion,
                                        self.tr("Give the selected lines their suggested grade"))
        self.grade_button = self._button(buttons, self.tr("&Grade…"), "setGrade", self.set_grade,
                                         self.tr("Give another grade, with a justification"))
        self.scheme_button = self._button(buttons, self.tr("&Scale abroad…"), "setScheme", self.set_scheme,
                                          self.tr("Say which grading scale a foreign grade is on"))
        buttons.addSpacing(16)
        self.approve_button = self._button(buttons, self.tr("&Approve"), "approveLines", self.approve,
                                           self.tr("Verified: the selected lines stand with their grades"))
        self.reject_button = self._button(buttons, self.tr("Re&ject…"), "rejectLines", self.reject,
                                          self.tr("The selected lines are not recognised; their home courses stay "
                                                  "to be passed"))
        self.info_button = self._button(buttons, self.tr("&Needs information…"), "askInformation", self.ask_information,
                                        self.tr("Ask for more information before deciding"))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._enable()

    def _button(self, row: QHBoxLayout, text: str, name: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- showing ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self.desk.services.grades
        self.desk.runner.run(lambda: service.grading(self.decision_id), self._show, self._failed, owner=self,
                             key="grading")

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):
            prompts.show_error(self, error_text(error))

    def _show(self, grading: Grading) -> None:
        selected = {line.id for line in self.selected()}
        self.grading = grading
        self.model.set_rows(grading.lines)
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id in selected:
                self.view.selectRow(row)
        settled = sum(line.settled for line in grading.lines)
        parts = [html.escape(self.tr("%1 of %2 line(s) verified.").replace("%1", str(settled))
                             .replace("%2", str(len(grading.lines))))]
        if grading.blockers:
            parts += [f"<span style='color:#9b1c1c'>{html.escape(p.render(translate))}</span>"
                      for p in grading.blockers]
        elif grading.ready:
            ready = self.tr("Ready for the dean’s approval.")
            parts.append(f"<b style='color:#1b6e2a'>{html.escape(ready)}</b>")
        if grading.amendments:
            parts.append(html.escape(self.tr("Correction no. %1 of the approved decision.")
                                     .replace("%1", str(grading.amendments))))
        self.status.setText(" ".join(parts))
        self._show_details()
        self._enable()

    def _show_details(self, *_args) -> None:
        lines = self.selected()
        if len(lines) != 1:
            self.details.setPlainText(self.tr("Select a line to see how its grade was worked out.")
                                      if not lines else "")
            self._enable()
            return
        line = lines[0]
        items = [f"<b>{html.escape(_foreign(line))}</b> → <b>{html.escape(_home(line))}</b>"]
        suggestion = line.suggestion
        items.append(html.escape(self.tr("Suggestion: %1 by %2").replace("%1", home_symbol_text(suggestion.grade)
                                                                            or "—")
                                 .replace("%2", method_label(suggestion.method))
                                 + (f" — {suggestion.table_version}" if suggestion.table_version else "")))
        items += [f"• {html.escape(p.render(translate))}" for p in suggestion.explanation]
        items += [f"<span style='color:#9b1c1c'>• {html.escape(p.render(translate))}</span>" for p in line.remarks]
        if line.grade:
            items.append(html.escape(self.tr("Grade given: %1 (%2) by %3").replace("%1", home_symbol_text(line.grade))
                                     .replace("%2", method_label(line.grade_method))
                                     .replace("%3", line.graded_by or "?")))
        if line.justification:
            items.append(html.escape(self.tr("Justification: %1").replace("%1", line.justification)))
        if line.reviewed_by:
            items.append(html.escape(self.tr("%1 by %2 on %3").replace("%1", review_label(line.review))
                                     .replace("%2", line.reviewed_by)
                                     .replace("%3", format_datetime(line.reviewed_at))
                                     + (f": {line.review_note}" if line.review_note else "")))
        self.details.setHtml("<br>".join(items))
        self._enable()

    def selected(self) -> list[GradedLine]:
        return [self.model.row_at(i.row()) for i in self.view.selectionModel().selectedRows()]

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._enable()

    def _enable(self) -> None:
        chosen = bool(self.selected())
        one = len(self.selected()) == 1
        grade = self.editable and self.may_grade
        review = self.editable and self.may_review and self.grading is not None and \
            self.grading.state.value == "in_review"
        self.take_button.setEnabled(grade and chosen)
        self.grade_button.setEnabled(grade and one)
        self.scheme_button.setEnabled(grade and one)
        for button in (self.approve_button, self.reject_button, self.info_button):
            button.setEnabled(review and chosen)

    # -- acting ----------------------------------------------------------------------------------------------
    def _act(self, action) -> None:
        try:
            action()
        except AppError as error:
            prompts.show_error(self, error_text(error))
        self.lines_changed.emit()
        self.refresh()

    def take_suggestion(self) -> None:
        lines = [line for line in self.selected() if line.status != REJECTED]
        service = self.desk.services.grades

        def take() -> None:
            for line in lines:
                service.grade_line(self.decision_id, line.id, None, expected_version=line.version)
        self._act(take)

    def set_grade(self) -> None:
        lines = self.selected()
        if len(lines) != 1 or not (self.editable and self.may_grade):
            return
        line = lines[0]
        home = self.desk.services.catalogue.home()
        choices = [g.symbol for g in home[0].grades if g.passes] + ["ZAL"]
        request = GradeDialog.ask(self, line, choices)
        if request is None:
            return
        self._act(lambda: self.desk.services.grades.grade_line(self.decision_id, line.id, request.grade,
                                                               request.justification, line.version))

    def set_scheme(self) -> None:
        lines = self.selected()
        if len(lines) != 1:
            return
        schemes = [s for s in self.desk.services.catalogue.schemes() if not s.home]
        request = ForeignSchemeDialog.ask(self, lines[0], schemes)
        if request is None:
            return
        self._act(lambda: self.desk.services.grades.set_scheme(self.decision_id, request.course_id,
                                                               request.scheme_code))

    def _review(self, verdict: str, note: str = "") -> None:
        lines = self.selected()
        versions = {line.id: line.version for line in lines}
        self._act(lambda: self.desk.services.grades.review_lines(self.decision_id, list(versions), verdict, note,
                                                                 versions))

    def approve(self) -> None:
        self._review(APPROVED)

    def reject(self) -> None:
        reason = prompts.ask_text(self, self.tr("Reject lines"), self.tr("Why are the selected lines not recognised?"))
        if reason:
            self._review(REJECTED, reason)

    def ask_information(self) -> None:
        reason = prompts.ask_text(self, self.tr("Needs information"), self.tr("What information is missing?"))
        if reason:
            self._review(NEEDS_INFO, reason)
