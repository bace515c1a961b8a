"""One decision: its student, deadline, state history, and the moves the signed-in user may make."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.decisions import DecisionDetail
from app.services.errors import AppError, InternalError
from app.services.permissions import Permission, allows
from app.services.vocabulary import DecisionState
from app.services.workflow import AWAITING_RESULTS, FINAL
from app.ui import prompts
from app.ui.comparison_panel import ComparisonPanel
from app.ui.decision_actions import extend_deadlines, move_decision
from app.ui.desk import Desk
from app.ui.formatting import admission_label, days_left_text, error_text, format_date, move_label, state_label
from app.ui.grades_panel import GradesPanel
from app.ui.la_panel import LearningAgreementPanel
from app.ui.report_actions import shortcut_text
from app.ui.report_preview import ReportPreviewDialog
from app.ui.results_panel import ResultsPanel
from app.ui.table_models import HistoryModel


class DecisionPage(QWidget):
    decisions_changed = Signal()
    loaded = Signal(str)  # the decision's number, for the tab title

    def __init__(self, desk: Desk, decision_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.decision_id = desk, decision_id
        self.detail: DecisionDetail | None = None
        self.setObjectName("decisionPage")
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("decisionTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)

        boxes = QHBoxLayout()
        decision_box = QGroupBox(self.tr("Decision"), self)
        self.decision_form = QFormLayout(decision_box)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("state", self.tr("State:")), ("deadline", self.tr("Web deadline:")),
                           ("semesters", self.tr("Semester(s) to credit:")), ("programme", self.tr("Programme:")),
                           ("results", self.tr("Results loaded:")), ("comment", self.tr("Comment:"))):
            self.fields[key] = self._add_field(self.decision_form, label, rich=key in ("state", "deadline"))
        student_box = QGroupBox(self.tr("Student"), self)
        self.student_form = QFormLayout(student_box)
        for key, label in (("name", self.tr("Name:")), ("album", self.tr("Album number:")),
                           ("born", self.tr("Born:")), ("email", self.tr("E-mail:")), ("cohort", self.tr("Cohort:")),
                           ("admission", self.tr("Admission:"))):
            self.fields[key] = self._add_field(self.student_form, label)
        boxes.addWidget(decision_box, 1)
        boxes.addWidget(student_box, 1)
        layout.addLayout(boxes)

        self.actions_row = QHBoxLayout()
        self.actions_row.addWidget(QLabel(self.tr("Actions:"), self))
        self.action_buttons: list[QPushButton] = []
        self.extend_button = QPushButton(self.tr("Extend deadline…"), self)
        self.extend_button.setObjectName("extendDeadline")
        self.extend_button.clicked.connect(self.extend)
        self.actions_row.addWidget(self.extend_button)
        self.amend_button = QPushButton(self.tr("C&orrect…"), self)
        self.amend_button.setObjectName("amendDecision")
        self.amend_button.setToolTip(self.tr("Reopen the approved decision for an audited correction"))
        self.amend_button.clicked.connect(self.amend)
        self.actions_row.addWidget(self.amend_button)
        self.report_button = QPushButton(self.tr("Report…"), self)
        self.report_button.setObjectName("reportButton")
        self.report_button.setToolTip(self.tr("Preview, print or save the decision report (%1)")
                                      .replace("%1", shortcut_text()))
        self.report_button.clicked.connect(self.report)
        self.report_button.setVisible(allows(desk.services.ctx.actor.roles, Permission.REPORTS_PRINT))
        self.actions_row.addWidget(self.report_button)
        self.actions_row.addStretch(1)
        layout.addLayout(self.actions_row)

        self.sections = QTabWidget(self)
        self.sections.setObjectName("decisionSections")
        self.sections.setAccessibleName(self.tr("Parts of the decision"))
        self.results = ResultsPanel(desk, decision_id, self)
        self.results.results_changed.connect(self.decisions_changed)
        self.sections.addTab(self.results, self.tr("Results from abroad"))
        self.agreement = LearningAgreementPanel(desk, decision_id, self)
        self.agreement.agreement_changed.connect(self.decisions_changed)
        self.sections.addTab(self.agreement, self.tr("Learning Agreement"))
        self.comparison = ComparisonPanel(desk, decision_id, self)
        self.comparison.lines_changed.connect(self.decisions_changed)
        self.sections.addTab(self.comparison, self.tr("Comparison"))
        self.grades = GradesPanel(desk, decision_id, self)
        self.grades.lines_changed.connect(self.decisions_changed)
        self.grades.lines_changed.connect(self.refresh_detail)
        self.comparison.lines_changed.connect(self.grades.refresh)
        self.sections.addTab(self.grades, self.tr("Grades and verification"))
        history_box = QWidget(self)
        history_layout = QVBoxLayout(history_box)
        self.history_model = HistoryModel(self)
        self.history = QTableView(self)
        self.history.setObjectName("historyTable")
        self.history.setAccessibleName(self.tr("State history"))
        self.history.setModel(self.history_model)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 110, 110, 110, 120)):
            self.history.setColumnWidth(column, width)
        history_layout.addWidget(self.history)
        self.sections.addTab(history_box, self.tr("State history"))
        layout.addWidget(self.sections, 1)
        self.setAcceptDrops(True)

    def _add_field(self, form: QFormLayout, label: str, rich: bool = False) -> QLabel:
        value = QLabel(self)
        # typed text (names, comments) is never read as HTML; only the state and deadline carry markup
        value.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        form.addRow(label, value)
        return value

    def refresh(self) -> None:
        self.refresh_detail()
        self.results.refresh()
        self.agreement.refresh()
        self.comparison.refresh()
        self.grades.refresh()

    def refresh_detail(self) -> None:
        self.desk.runner.run(lambda: self.desk.services.decisions.get(self.decision_id), self._show, self._failed,
                             owner=self, key="detail")

    # EMREX files dropped on the page load into this decision
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        # dialogs open after the drop has finished, so the program the files came from is not held up
        QTimer.singleShot(0, lambda: [self.results.load(path) for path in files])

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):  # a bug gets the crash dialog instead
            prompts.show_error(self, error_text(error))

    def _show(self, detail: DecisionDetail) -> None:
        self.detail = detail
        d, s = detail.decision, detail.student
        self.title.setText(self.tr("Decision %1 — %2").replace("%1", d.number).replace("%2", s.full_name))
        self.fields["state"].setText(f"<b>{html.escape(state_label(d.state))}</b>")
        deadline = format_date(d.deadline)
        left = days_left_text(d.days_left, d.overdue) if d.state in AWAITING_RESULTS else ""
        if d.overdue:
            self.fields["deadline"].setText(f"{deadline} <span style='color:#9b1c1c'><b>({left})</b></span>")
        else:
            self.fields["deadline"].setText(f"{deadline} ({left})" if left else deadline)
        self.fields["semesters"].setText(d.semesters)
        self.fields["programme"].setText(f"{d.programme_name} ({d.programme_code})")
        self.fields["results"].setText(self.tr("yes") if d.results_loaded else self.tr("not yet"))
        self.fields["comment"].setText(d.comment or "—")
        self.fields["name"].setText(s.full_name)
        self.fields["album"].setText(s.album_number)
        self.fields["born"].setText(format_date(s.birth_date))
        self.fields["email"].setText(s.email or "—")
        self.fields["cohort"].setText(s.cohort or "—")
        self.fields["admission"].setText(admission_label(s.admission_kind))
        self.history_model.set_rows(detail.history)
        self._rebuild_actions()
        self.loaded.emit(d.number)

    def _rebuild_actions(self) -> None:
        for button in self.action_buttons:
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = []
        assert self.detail is not None
        for position, move in enumerate(self.detail.moves, start=1):
            button = QPushButton(move_label(move.target), self)
            button.setToolTip(self.tr("Move to state: %1").replace("%1", state_label(move.target)))
            button.setObjectName(f"move_{move.target.value}")
            button.clicked.connect(partial(self.move, move))
            self.actions_row.insertWidget(position, button)
            self.action_buttons.append(button)
        self.extend_button.setVisible(self.detail.decision.state in AWAITING_RESULTS)
        self.results.load_button.setEnabled(self.detail.decision.state in AWAITING_RESULTS)
        self.results.fetch_button.setEnabled(self.detail.decision.state in AWAITING_RESULTS)
        self.comparison.set_editable(self.detail.decision.state not in FINAL)
        self.grades.set_editable(self.detail.decision.state not in FINAL)
        self.amend_button.setVisible(self.detail.decision.state == DecisionState.APPROVED and allows(
            self.desk.services.ctx.actor.roles, Permission.DECISION_AMEND))

    def move(self, move) -> None:
        if self.detail and move_decision(self, self.desk, self.detail.decision, move):
            self.decisions_changed.emit()

    def amend(self) -> None:
        if not self.detail or self.detail.decision.state != DecisionState.APPROVED:
            return
        reason = prompts.ask_text(self, self.tr("Correct an approved decision"),
                                  self.tr("Why is decision %1 corrected?").replace("%1", self.detail.decision.number))
        if not reason:
            return
        try:
            self.desk.services.approval.amend(self.decision_id, reason, self.detail.decision.version)
        except AppError as error:
            prompts.show_error(self, error_text(error))
        self.decisions_changed.emit()
        self.refresh()

    def load_results(self) -> None:
        """Ctrl+L: the results section, and the file picker while results may still be loaded."""
        self.sections.setCurrentWidget(self.results)
        if self.results.load_button.isEnabled():
            self.results.choose_file()

    def fetch_results(self) -> None:
        """Decisions ▸ Fetch via EMREX…: the results section, and the fetch while results may still be loaded."""
        self.sections.setCurrentWidget(self.results)
        if self.results.fetch_button.isEnabled():
            self.results.fetch()

    def report(self) -> None:
        """The decision report's preview, with Print… and Save…."""
        if allows(self.desk.services.ctx.actor.roles, Permission.REPORTS_PRINT):
            ReportPreviewDialog.open_for(self, self.desk, self.decision_id,
                                         self.detail.decision.number if self.detail else "")

    def extend(self) -> None:
        if not self.detail or self.detail.decision.state not in AWAITING_RESULTS:
            return  # only a decision awaiting results has a deadline to extend
        if extend_deadlines(self, self.desk, [self.detail.decision]):
            self.decisions_changed.emit()
