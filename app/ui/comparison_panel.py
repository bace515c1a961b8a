"""The comparison view: foreign courses, the home grid of the credited semesters and the recognition lines side by
side, with proposals to accept, lines to link by hand (n:m) and the checks of the regulations as they change."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.comparison import ACCEPTED, REJECTED, Comparison, Foreign, HomeCourse, Proposal
from app.services.context import Role
from app.services.errors import AppError, InternalError
from app.ui import prompts
from app.ui.course_models import status_label
from app.ui.desk import Desk
from app.ui.formatting import error_text, format_date, format_ects, translate
from app.ui.row_model import ColumnSpec, RowTableModel

ORIGIN_LABELS = {
    "la": QT_TRANSLATE_NOOP("Origin", "Learning Agreement"),
    "reference": QT_TRANSLATE_NOOP("Origin", "earlier decision"),
    "similarity": QT_TRANSLATE_NOOP("Origin", "similar title"),
    "manual": QT_TRANSLATE_NOOP("Origin", "by hand"),
}
COVERED, FLAGGED = QColor("#e3f3e6"), QColor("#9b1c1c")


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


def origin_label(origin: str) -> str:
    return QCoreApplication.translate("Origin", ORIGIN_LABELS.get(origin, origin))


class ForeignModel(RowTableModel[Foreign]):
    def __init__(self, parent=None) -> None:
        super().__init__([
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Code")), lambda f: f.code, lambda f: f.code),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Title")), lambda f: f.title, lambda f: f.title),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "ECTS")), lambda f: format_ects(f.ects), lambda f: f.ects,
                       align_right=True),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Grade")), lambda f: f.grade, lambda f: f.grade),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Status")), lambda f: status_label(f.status),
                       lambda f: f.status),
        ], parent)
        self.flags_of: dict[int, str] = {}
        self.in_line: set[int] = set()

    def row_data(self, row: Foreign, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and row.id in self.flags_of:
            return QBrush(FLAGGED)
        if role == Qt.ItemDataRole.BackgroundRole and row.id in self.in_line:
            return QBrush(COVERED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.flags_of.get(row.id) or "\n".join(row.titles)
        return None


class HomeModel(RowTableModel[HomeCourse]):
    def __init__(self, parent=None) -> None:
        super().__init__([
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Semester")), lambda h: str(h.semester), lambda h: h.semester),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Code")), lambda h: h.code, lambda h: h.code),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Name")), lambda h: h.name_pl, lambda h: h.name_pl),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "ECTS")), lambda h: format_ects(h.ects), lambda h: h.ects,
                       align_right=True),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Form")), lambda h: h.form_of_credit,
                       lambda h: h.form_of_credit),
        ], parent)
        self.open: set[int] = set()

    def row_data(self, row: HomeCourse, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and row.id not in self.open:
            return QBrush(COVERED)
        if role == Qt.ItemDataRole.ForegroundRole and row.id in self.open:
            return QBrush(FLAGGED)  # to pass after return unless something covers it
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.name_en
        return None


class LinkModel(RowTableModel):
    """Lines and proposals alike: foreign → home, with where it comes from."""

    def __init__(self, describe, parent=None) -> None:
        super().__init__([
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Foreign")), lambda r: describe(r)[0], lambda r: describe(r)[0]),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Home")), lambda r: describe(r)[1], lambda r: describe(r)[1]),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Origin")), lambda r: origin_label(r.origin),
                       lambda r: r.origin),
            ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Note")), lambda r: describe(r)[2], lambda r: r.score),
        ], parent)


def _table(parent: QWidget, model, name: str, multi: bool = True) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    return view


class ComparisonPanel(QWidget):
    lines_changed = Signal()

    def __init__(self, desk: Desk, decision_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.decision_id = desk, decision_id
        self.comparison: Comparison | None = None
        grid = QGridLayout(self)
        self.foreign = ForeignModel(self)
        self.home = HomeModel(self)
        self.lines = LinkModel(self._describe, self)
        self.proposals = LinkModel(self._describe, self)
        self.foreign_view = _table(self, self.foreign, "comparisonForeign")
        self.home_view = _table(self, self.home, "comparisonHome")
        self.lines_view = _table(self, self.lines, "comparisonLines", multi=False)
        self.proposals_view = _table(self, self.proposals, "comparisonProposals")
        for view, name in ((self.foreign_view, self.tr("Foreign courses")),
                           (self.home_view, self.tr("Home courses of the credited semesters")),
                           (self.lines_view, self.tr("Recognition lines")),
                           (self.proposals_view, self.tr("Proposals"))):
            view.setAccessibleName(name)
        for view, widths in ((self.foreign_view, (80, 230, 50, 50)), (self.home_view, (60, 100, 250, 50)),
                             (self.lines_view, (160, 160, 130)), (self.proposals_view, (160, 160, 130))):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        grid.addWidget(QLabel(self.tr("Foreign courses"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Home courses of the credited semesters"), self), 0, 1)
        grid.addWidget(self.foreign_view, 1, 0)
        grid.addWidget(self.home_view, 1, 1)
        buttons = QHBoxLayout()
        self.link_button = QPushButton(self.tr("&Link selected"), self)
        self.link_button.setToolTip(self.tr("Recognise the selected foreign courses as the selected home courses"))
        self.link_button.clicked.connect(lambda: self.link_selected(ACCEPTED))
        self.accept_button = QPushButton(self.tr("Accept &proposal"), self)
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button = QPushButton(self.tr("Accept &all proposals"), self)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_button = QPushButton(self.tr("Re&ject selected"), self)
        self.reject_button.setToolTip(self.tr("Record that the selected foreign courses do not replace the selected "
                                              "home courses; those stay to be passed after return"))
        self.reject_button.clicked.connect(lambda: self.link_selected(REJECTED))
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.edit_buttons = (self.link_button, self.reject_button, self.accept_button, self.accept_all_button,
                             self.remove_button)
        for button in self.edit_buttons:
            buttons.addWidget(button)
        may_edit = desk.services.ctx.actor.has_any({Role.OFFICER, Role.COORDINATOR})
        for button in self.edit_buttons:
            button.setEnabled(may_edit)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Recognition lines"), self), 3, 0)
        grid.addWidget(QLabel(self.tr("Proposals"), self), 3, 1)
        grid.addWidget(self.lines_view, 4, 0)
        grid.addWidget(self.proposals_view, 4, 1)
        checks = QVBoxLayout()
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        checks.addWidget(self.verdict)
        grid.addLayout(checks, 5, 0, 1, 2)

    # -- showing ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self.desk.services.comparison
        self.desk.runner.run(lambda: service.compare(self.decision_id), self._show, self._failed,
                             owner=self, key="compare")

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):
            prompts.show_error(self, error_text(error))

    def _describe(self, row) -> tuple[str, str, str]:
        c = self.comparison
        foreign = {f.id: f for f in c.foreign} if c else {}
        home = {h.id: h for h in c.home} if c else {}
        left = " + ".join((foreign[i].code or foreign[i].title) for i in row.foreign_ids if i in foreign)
        right = " + ".join(home[i].code for i in row.home_ids if i in home)
        if isinstance(row, Proposal):
            note = row.reason.render(translate)
        else:
            note = "" if row.status == ACCEPTED else QCoreApplication.translate("ComparisonPanel", "rejected")
        return left, right, note

    def _show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.foreign.flags_of = {i: " ".join(p.render(translate) for p in problems)
                                 for i, problems in comparison.flags.items()}
        self.foreign.in_line = {i for line in comparison.lines for i in line.foreign_ids}
        self.home.open = {h.id for h in comparison.obligations}
        self.foreign.set_rows(comparison.foreign)
        self.home.set_rows(comparison.home)
        self.lines.set_rows(comparison.lines)
        self.proposals.set_rows(comparison.proposals)
        colour = "#1b6e2a" if comparison.semester_credited else "#9b1c1c"
        obligations = ", ".join(f"{h.code} {h.name_pl} ({format_ects(h.ects)} ECTS)" for h in comparison.obligations)
        parts = [f"<b style='color:{colour}'>{html.escape(comparison.verdict.render(translate))}</b>",
                 html.escape(self.tr("Recognised %1 of %2 ECTS; passed abroad %3 ECTS.")
                             .replace("%1", format_ects(comparison.ects_recognised))
                             .replace("%2", format_ects(comparison.ects_required))
                             .replace("%3", format_ects(comparison.ects_foreign_passed)))]
        if obligations:
            parts.append(html.escape(self.tr("To pass after return by %1: %2")
                                     .replace("%1", format_date(comparison.obligation_deadline))
                                     .replace("%2", obligations)))
        for title, condition in comparison.conditions:
            parts.append(html.escape(self.tr("Condition of %1: %2").replace("%1", title).replace("%2", condition)))
        self.verdict.setText("<br>".join(parts))

    # -- acting ----------------------------------------------------------------------------------------------
    def _act(self, action) -> None:
        try:
            action()
        except AppError as error:
            prompts.show_error(self, error_text(error))
            return
        self.lines_changed.emit()
        self.refresh()

    def set_editable(self, editable: bool) -> None:
        """Lines change only while the decision is not final and the user may change them."""
        may_edit = editable and self.desk.services.ctx.actor.has_any({Role.OFFICER, Role.COORDINATOR})
        for button in self.edit_buttons:
            button.setEnabled(may_edit)

    def link_selected(self, status: str = ACCEPTED) -> None:
        foreign = [self.foreign.row_at(i.row()).id for i in self.foreign_view.selectionModel().selectedRows()]
        home = [self.home.row_at(i.row()).id for i in self.home_view.selectionModel().selectedRows()]
        self._act(lambda: self.desk.services.comparison.set_line(self.decision_id, foreign, home, status=status))

    def accept_selected(self) -> None:
        chosen = [self.proposals.row_at(i.row()) for i in self.proposals_view.selectionModel().selectedRows()]

        self._act(lambda: self.desk.services.comparison.accept_proposals(self.decision_id, proposals=chosen))

    def accept_all(self) -> None:
        self._act(lambda: self.desk.services.comparison.accept_proposals(self.decision_id))

    def remove_selected(self) -> None:
        rows = self.lines_view.selectionModel().selectedRows()
        if rows:
            line = self.lines.row_at(rows[0].row())
            self._act(lambda: self.desk.services.comparison.remove_line(self.decision_id, line.id))
