"""A decision's results from abroad: the foreign courses taken over and the documents they came from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services.errors import AppError, InternalError
from app.services.results import DecisionResults, DocumentRow
from app.ui import prompts
from app.ui.course_models import ForeignCoursesModel
from app.ui.desk import Desk
from app.ui.elmo_dialog import ElmoImportDialog
from app.ui.emrex_fetch_dialog import EmrexFetchDialog
from app.ui.formatting import error_text, format_datetime, format_ects
from app.ui.report_actions import shortcut_text
from app.ui.row_model import ColumnSpec, RowTableModel

LOAD_RESULTS_SHORTCUT = QKeySequence("Ctrl+L")  # Decisions ▸ Load EMREX results… into the open decision

SIGNATURE_LABELS = {
    "valid": QT_TRANSLATE_NOOP("Signature", "valid"),
    "invalid": QT_TRANSLATE_NOOP("Signature", "invalid"),
    "missing": QT_TRANSLATE_NOOP("Signature", "missing"),
    "unknown_signer": QT_TRANSLATE_NOOP("Signature", "unknown signer"),
}
EMREX_FILES = QT_TRANSLATE_NOOP("ResultsPanel", "EMREX results (*.xml *.txt *.b64 *.gz *.form *.elmo);;All files (*)")


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


def signature_label(status: str) -> str:
    return QCoreApplication.translate("Signature", SIGNATURE_LABELS.get(status, status)) if status else ""


DOCUMENT_COLUMNS: list[ColumnSpec[DocumentRow]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Received")), lambda r: format_datetime(r.received_at),
               lambda r: r.received_at),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "File")), lambda r: r.source_name, lambda r: r.source_name),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Issuer")), lambda r: f"{r.issuer} ({r.issuer_country})",
               lambda r: r.issuer),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Signature")),
               lambda r: f"{signature_label(r.signature_status)} · {r.emp}", lambda r: r.signature_status),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Re-verified")),
               lambda r: f"{signature_label(r.reverified_status)} {format_datetime(r.reverified_at)}".strip(),
               lambda r: r.reverified_at),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Courses")), lambda r: str(r.courses), lambda r: r.courses),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "SHA-256")), lambda r: r.sha256[:16] + "…", lambda r: r.sha256),
]


class DocumentsModel(RowTableModel[DocumentRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(DOCUMENT_COLUMNS, parent)


class ResultsPanel(QWidget):
    results_changed = Signal()

    def __init__(self, desk: Desk, decision_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.decision_id = desk, decision_id
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("resultsSummary")
        layout.addWidget(self.summary)
        self.courses = ForeignCoursesModel(self)
        courses_view = QTableView(self)
        courses_view.setObjectName("foreignCourses")
        courses_view.setAccessibleName(self.tr("Foreign courses"))
        courses_view.setModel(self.courses)
        courses_view.verticalHeader().setVisible(False)
        for column, width in enumerate((160, 90, 280, 50, 60, 150, 90, 90)):
            courses_view.setColumnWidth(column, width)
        layout.addWidget(courses_view, 2)
        self.documents = DocumentsModel(self)
        self.documents_view = QTableView(self)
        self.documents_view.setObjectName("documents")
        self.documents_view.setAccessibleName(self.tr("Documents received"))
        self.documents_view.setModel(self.documents)
        self.documents_view.verticalHeader().setVisible(False)
        self.documents_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        for column, width in enumerate((130, 200, 220, 150, 170, 90)):
            self.documents_view.setColumnWidth(column, width)
        layout.addWidget(self.documents_view, 1)
        buttons = QHBoxLayout()
        self.load_button = QPushButton(self.tr("&Load EMREX results…"), self)
        self.load_button.setObjectName("loadResults")
        self.load_button.setAccessibleName(self.tr("Load EMREX results"))
        self.load_button.setToolTip(self.tr("Load a returned ELMO file (%1; you can also drop files on this page)")
                                    .replace("%1", shortcut_text(LOAD_RESULTS_SHORTCUT)))
        self.load_button.clicked.connect(self.choose_file)
        self.fetch_button = QPushButton(self.tr("&Fetch via EMREX…"), self)
        self.fetch_button.setObjectName("fetchResults")
        self.fetch_button.setAccessibleName(self.tr("Fetch via EMREX"))
        self.fetch_button.setToolTip(self.tr("The student signs in at the university abroad in the browser on this "
                                             "computer and sends the signed results straight into this decision"))
        self.fetch_button.clicked.connect(self.fetch)
        self.reverify_button = QPushButton(self.tr("Re-&verify signature"), self)
        self.reverify_button.clicked.connect(self.reverify_selected)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.fetch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reverify_button)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.desk.runner.run(lambda: self.desk.services.results.for_decision(self.decision_id), self._show,
                             self._failed, owner=self, key="results")

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):
            prompts.show_error(self, error_text(error))

    def _show(self, results: DecisionResults) -> None:
        self.courses.set_rows(results.courses)
        self.documents.set_rows(results.documents)
        self.summary.setText(self.tr("%n foreign course(s)", "", len(results.courses)) + " · "
                             + self.tr("%1 ECTS").replace("%1", format_ects(results.ects_total)))

    def choose_file(self) -> None:
        path = prompts.open_file(self, self.tr("Load EMREX results"), QCoreApplication.translate(
            "ResultsPanel", EMREX_FILES))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        if ElmoImportDialog.run(self, self.desk, self.decision_id, path) is not None:
            self.results_changed.emit()

    def fetch(self) -> None:
        """Fetch via EMREX: the live session, then the same import preview as for a file."""
        fetched = EmrexFetchDialog.run(self, self.desk, self.decision_id)
        if fetched is None:
            return
        session, result = fetched
        if ElmoImportDialog.show_for(self, self.desk, self.decision_id, result.body,
                                     self.desk.services.emrex.source_name(session), session.emp.signer) is not None:
            self.results_changed.emit()

    def reverify_selected(self) -> None:
        rows = [self.documents.row_at(i.row()) for i in self.documents_view.selectionModel().selectedRows()]
        if not rows and self.documents.rowCount() == 1:
            rows = [self.documents.row_at(0)]
        for row in rows:
            try:
                verdict = self.desk.services.intake.reverify(row.id)
            except AppError as error:
                prompts.show_error(self, error_text(error))
                return
            prompts.show_info(self, self.tr("Signature of %1 checked again: %2").replace("%1", row.source_name)
                              .replace("%2", signature_label(verdict.status)))
        self.refresh()
