"""A decision's Learning Agreement: Table A (courses abroad) and Table B (home courses they replace), the
pending proposal (shown, not applied), signatures; import from EWP/CSV or entry by hand with ECTS summed as typed."""

from __future__ import annotations

import html
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AppError, InternalError
from app.services.la import ComponentInput, ComponentView, LearningAgreementView
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.formatting import error_text, format_ects, translate
from app.ui.row_model import ColumnSpec, RowTableModel

LA_FILES = QT_TRANSLATE_NOOP("LearningAgreementPanel", "Learning Agreements (*.xml *.csv *.xlsx);;All files (*)")


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


COMPONENT_COLUMNS: list[ColumnSpec[ComponentView]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Table")), lambda c: c.table, lambda c: (c.table, c.position)),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Code")), lambda c: c.code, lambda c: c.code),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Title")), lambda c: c.title, lambda c: c.title),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "ECTS")), lambda c: format_ects(c.ects), lambda c: c.ects,
               align_right=True),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Term")), lambda c: c.term, lambda c: c.term),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Group")), lambda c: c.group, lambda c: c.group),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Change")), lambda c: f"{c.change} {c.reason}".strip(),
               lambda c: c.change),
]


class ComponentsModel(RowTableModel[ComponentView]):
    def __init__(self, parent=None) -> None:
        super().__init__(COMPONENT_COLUMNS, parent)

    def row_data(self, row: ComponentView, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and row.recognition_conditions:
            return row.recognition_conditions
        return None


class ManualAgreementDialog(QDialog):
    """Enter or correct the tables by hand; the ECTS of each table are summed as you type."""

    HEADERS = ("table", "code", "title", "ects", "term", "group", "recognition_conditions")

    def __init__(self, parent: QWidget | None, current: LearningAgreementView | None) -> None:
        super().__init__(parent)
        self.setObjectName("manualAgreementDialog")
        self.setWindowTitle(self.tr("Learning Agreement by hand"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        self.grid = QTableWidget(0, len(self.HEADERS), self)
        self.grid.setHorizontalHeaderLabels([self.tr("Table (A/B/C)"), self.tr("Code"), self.tr("Title"),
                                             self.tr("ECTS"), self.tr("Term"), self.tr("Group"),
                                             self.tr("Recognition conditions")])
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setColumnWidth(2, 300)
        layout.addWidget(self.grid)
        row_buttons = QHBoxLayout()
        add_a = QPushButton(self.tr("Add to Table &A"), self)
        add_a.clicked.connect(lambda: self.add_row("A"))
        add_b = QPushButton(self.tr("Add to Table &B"), self)
        add_b.clicked.connect(lambda: self.add_row("B"))
        remove = QPushButton(self.tr("&Remove row"), self)
        remove.clicked.connect(lambda: self.grid.removeRow(self.grid.currentRow()))
        for button in (add_a, add_b, remove):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        self.sums = QLabel(self)
        self.sums.setObjectName("sums")
        row_buttons.addWidget(self.sums)
        layout.addLayout(row_buttons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # every table and every field comes back, so that editing groups keeps the rest of the agreement
        for component in (current.table_a + current.table_b + current.table_c if current else ()):
            self.add_row(component.table, component.code, component.title, format_ects(component.ects),
                         component.term, component.group, component.recognition_conditions)
        self.grid.itemChanged.connect(self.update_sums)
        self.update_sums()

    def add_row(self, table: str, *values: str) -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        for column, text in enumerate((table, *values)):
            self.grid.setItem(row, column, QTableWidgetItem(text))
        self.update_sums()

    def _cell(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text().strip() if item else ""

    def components(self) -> list[ComponentInput]:
        return [ComponentInput(table=self._cell(r, 0).upper(), code=self._cell(r, 1), title=self._cell(r, 2),
                               ects=self._cell(r, 3).replace(",", ".") or None, term=self._cell(r, 4),
                               group=self._cell(r, 5), recognition_conditions=self._cell(r, 6))
                for r in range(self.grid.rowCount())]

    def update_sums(self) -> None:
        totals = {"A": Decimal(0), "B": Decimal(0)}
        for component in self.components():
            try:
                totals[component.table] = totals.get(component.table, Decimal(0)) + Decimal(str(component.ects or 0))
            except (InvalidOperation, KeyError):
                continue
        self.sums.setText(self.tr("Table A: %1 ECTS · Table B: %2 ECTS").replace("%1", format_ects(totals["A"]))
                          .replace("%2", format_ects(totals["B"])))

    @classmethod
    def ask(cls, parent, current: LearningAgreementView | None) -> list[ComponentInput] | None:
        dialog = cls(parent, current)
        try:
            return dialog.components() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class LearningAgreementPanel(QWidget):
    agreement_changed = Signal()

    def __init__(self, desk: Desk, decision_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.decision_id = desk, decision_id
        self.agreement: LearningAgreementView | None = None
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setObjectName("agreementHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        self.model = ComponentsModel(self)
        view = QTableView(self)
        view.setObjectName("agreementComponents")
        view.setAccessibleName(self.tr("Learning Agreement components"))
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((60, 100, 320, 60, 120, 70)):
            view.setColumnWidth(column, width)
        layout.addWidget(view, 1)
        self.pending = QLabel(self)
        self.pending.setObjectName("pendingProposal")
        self.pending.setWordWrap(True)
        layout.addWidget(self.pending)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import Learning Agreement…"), self)
        self.import_button.clicked.connect(self.import_file)
        self.manual_button = QPushButton(self.tr("Enter &by hand…"), self)
        self.manual_button.clicked.connect(self.enter_by_hand)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.manual_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        service = self.desk.services.la
        self.desk.runner.run(lambda: service.get(self.decision_id), self._show, self._failed, owner=self, key="la")

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):
            prompts.show_error(self, error_text(error))

    def _show(self, agreement: LearningAgreementView | None) -> None:
        self.agreement = agreement
        if agreement is None:
            self.model.set_rows([])
            self.header.setText(html.escape(self.tr("No Learning Agreement yet: import it (EWP or CSV) or enter "
                                                    "it by hand.")))
            self.pending.setText("")
            return
        self.model.set_rows(agreement.table_a + agreement.table_b + agreement.table_c)
        parts = [self.tr("Source: %1 %2").replace("%1", agreement.source).replace("%2", agreement.source_name),
                 self.tr("Table A: %1 ECTS · Table B: %2 ECTS").replace("%1", format_ects(agreement.ects_a))
                 .replace("%2", format_ects(agreement.ects_b))]
        if agreement.receiving_hei or agreement.receiving_hei_name:
            parts.append(self.tr("Receiving institution: %1").replace(
                "%1", agreement.receiving_hei_name or agreement.receiving_hei))
        if agreement.signatures:
            parts.append(self.tr("Signed by: %1").replace("%1", "; ".join(
                f"{s.name} ({s.party})" for s in agreement.signatures)))
        text = "<br>".join(html.escape(p) for p in parts)
        warnings = [w.render(translate) for w in agreement.warnings]
        if warnings:
            text += "<br><span style='color:#8a5a00'>" + html.escape(" ".join(warnings)) + "</span>"
        self.header.setText(text)
        if agreement.pending:
            changes = "; ".join(f"{c.status} {c.table}: {c.title}" for c in agreement.pending.changes)
            self.pending.setText(self.tr("Proposed change, not approved and not applied: %1").replace("%1", changes))
        else:
            self.pending.setText("")

    def import_file(self) -> None:
        path = prompts.open_file(self, self.tr("Import Learning Agreement"),
                                 QCoreApplication.translate("LearningAgreementPanel", LA_FILES))
        if path is None:
            return
        try:
            self.desk.services.la.import_file(self.decision_id, path)
        except AppError as error:
            prompts.show_error(self, error_text(error))
            return
        self.agreement_changed.emit()

    def enter_by_hand(self) -> None:
        components = ManualAgreementDialog.ask(self, self.agreement)
        if components is None:
            return
        try:
            self.desk.services.la.save_manual(self.decision_id, components)
        except AppError as error:
            prompts.show_error(self, error_text(error))
            return
        self.agreement_changed.emit()
