"""EMREX batch page: a folder of returned files, each loaded into its student's decision, in the background."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services.batch import ALREADY, IMPORTED, REFUSED, BatchItem, BatchResult, returned_files
from app.services.errors import AppError, Cancelled, InternalError
from app.services.progress import Progress
from app.services.vocabulary import OUTCOME_LABELS
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.formatting import error_text, translate
from app.ui.row_model import ColumnSpec, RowTableModel


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


BATCH_COLUMNS: list[ColumnSpec[BatchItem]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "File")), lambda i: i.file, lambda i: i.file),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Outcome")),
               lambda i: QCoreApplication.translate("BatchOutcome", OUTCOME_LABELS[i.outcome]), lambda i: i.outcome),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Decision")), lambda i: i.decision_number, lambda i: i.decision_number),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Student")), lambda i: i.student, lambda i: i.student),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Courses")), lambda i: str(i.courses or ""), lambda i: i.courses),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Reason")), lambda i: i.reason.render(translate) if i.reason else "",
               lambda i: i.outcome),
]


class BatchModel(RowTableModel[BatchItem]):
    def __init__(self, parent=None) -> None:
        super().__init__(BATCH_COLUMNS, parent)

    def row_data(self, row: BatchItem, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and row.outcome == REFUSED:
            return QBrush(QColor("#fbe3e1"))
        if role == Qt.ItemDataRole.ToolTipRole and row.reason:
            return row.reason.render(translate)
        return None


class BatchPage(QWidget):
    imported = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.progress: Progress | None = None
        self.setObjectName("batchPage")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Load a folder of returned EMREX files. Each file goes into the decision of the "
                               "student it is about, when there is no doubt; the others are listed with the reason."),
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose folder…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.choose_button)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setObjectName("batchSummary")
        layout.addWidget(self.summary)
        self.model = BatchModel(self)
        view = QTableView(self)
        view.setObjectName("batchTable")
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((220, 120, 140, 200, 70)):
            view.setColumnWidth(column, width)
        layout.addWidget(view, 1)

    def choose_folder(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Folder with returned EMREX files"))
        if folder is not None:
            self.start(folder)

    def start(self, folder) -> None:
        if self.progress is not None:
            return
        files = returned_files(folder)
        self.bar.setRange(0, max(len(files), 1))
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.show()
        self.choose_button.setEnabled(False)
        self.summary.setText(self.tr("Loading %n file(s)…", "", len(files)))
        self.progress = self.desk.runner.progress_relay(self._progressed)
        progress, batch = self.progress, self.desk.services.batch
        self.desk.runner.run(lambda: batch.run(files, progress), self._done, self._failed, owner=self, key="batch")

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finish(self) -> None:
        self.progress = None
        self.bar.hide()
        self.cancel_button.hide()
        self.choose_button.setEnabled(True)

    def _done(self, result: BatchResult) -> None:
        self._finish()
        self.model.set_rows(result.items)
        text = (self.tr("Imported: %1, already imported: %2, refused: %3.")
                .replace("%1", str(result.count(IMPORTED))).replace("%2", str(result.count(ALREADY)))
                .replace("%3", str(result.count(REFUSED))))
        if result.cancelled:
            text += " " + self.tr("Cancelled; the files imported before stay imported.")
        self.summary.setText(text)
        if result.count(IMPORTED):
            self.imported.emit()

    def _failed(self, error: AppError) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Cancelled; the files imported before stay imported."))
            self.imported.emit()
        elif not isinstance(error, InternalError):
            prompts.show_error(self, error_text(error))

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

