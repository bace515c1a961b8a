"""Import students: a preview of every row with its problems, then one transaction in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AppError, Cancelled, InternalError
from app.services.progress import Progress
from app.services.student_import import ImportPreview, ImportResult, ImportRow, RowStatus, field_term
from app.services.vocabulary import AdmissionKind
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.filter_bar import FilterCombo
from app.ui.formatting import admission_label, error_text, format_date, translate
from app.ui.row_model import ColumnSpec, RowTableModel

STATUS_LABELS = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("ImportStatus", "new"),
    RowStatus.UPDATE: QT_TRANSLATE_NOOP("ImportStatus", "update"),
    RowStatus.UNCHANGED: QT_TRANSLATE_NOOP("ImportStatus", "unchanged"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("ImportStatus", "error"),
}


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


def _problems(row: ImportRow) -> str:
    return " ".join(problem.render(translate) for problem in row.problems)


def _changes(row: ImportRow) -> str:
    return ", ".join(field_term(name).render(translate) for name in row.changes)


PREVIEW_COLUMNS: list[ColumnSpec[ImportRow]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Line")), lambda r: str(r.line), lambda r: r.line, align_right=True),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Status")),
               lambda r: QCoreApplication.translate("ImportStatus", STATUS_LABELS[r.status]), lambda r: r.status),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Album")), lambda r: r.album_number, lambda r: r.album_number),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Family name")), lambda r: r.family_name, lambda r: r.family_name),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Given names")), lambda r: r.given_names, lambda r: r.given_names),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Born")), lambda r: format_date(r.birth_date), lambda r: r.birth_date),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Programme")), lambda r: r.programme_code, lambda r: r.programme_code),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Admission")),
               lambda r: admission_label(r.admission_kind) if r.admission_kind else "—",
               lambda r: r.admission_kind.value if r.admission_kind else ""),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Problems / changes")), lambda r: _problems(r) or _changes(r),
               lambda r: _problems(r)),
]


class PreviewModel(RowTableModel[ImportRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(PREVIEW_COLUMNS, parent)

    def row_data(self, row: ImportRow, column: int, role: int):
        if row.status == RowStatus.ERROR and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#fbe3e1"))
        if row.status == RowStatus.ERROR and role == Qt.ItemDataRole.ToolTipRole:
            return _problems(row)
        return None


class ImportStudentsDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, path: Path) -> None:
        super().__init__(parent)
        self.desk, self.path = desk, path
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.progress: Progress | None = None
        self.setObjectName("importStudentsDialog")
        self.setWindowTitle(self.tr("Import students from %1").replace("%1", path.name))
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading %1…").replace("%1", str(path)), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        kind_row = QHBoxLayout()
        self.kind = FilterCombo(self.tr("— none: such rows are errors —"), self)
        self.kind.setObjectName("defaultKind")
        self.kind.set_choices([(admission_label(k), k) for k in AdmissionKind])
        self.kind.currentIndexChanged.connect(self.read_file)
        kind_label = QLabel(self.tr("Admission &kind of new students whose row does not say:"), self)
        kind_label.setBuddy(self.kind)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        layout.addLayout(kind_row)
        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # in file order
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((60, 110, 75, 125, 115, 85, 100, 120)):
            self.view.setColumnWidth(column, width)
        layout.addWidget(self.view)
        bottom = QHBoxLayout()
        self.bar = QProgressBar(self)
        self.bar.hide()
        bottom.addWidget(self.bar, 1)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.read_file()

    # -- preview ---------------------------------------------------------------------------------------------
    def read_file(self) -> None:
        """(Re)read the file into a preview, with the chosen default admission kind."""
        self.import_button.setEnabled(False)
        kind, path, service = self.kind.value(), self.path, self.desk.services.student_import
        self.desk.runner.run(lambda: service.preview(path, kind), self._previewed, self._preview_failed,
                             owner=self, key="preview")

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        errors = preview.count(RowStatus.ERROR)
        counts = (len(preview.rows), preview.encoding, preview.count(RowStatus.NEW), preview.count(RowStatus.UPDATE),
                  preview.count(RowStatus.UNCHANGED), errors)
        text = self.tr("Rows read: %1 (%2). New: %3, to update: %4, unchanged: %5, with errors: %6.")
        for number, value in enumerate(counts, start=1):
            text = text.replace(f"%{number}", str(value))
        if errors:
            text += " " + self.tr("Rows with errors will be skipped.")
        self.summary.setText(text)
        valid = len(preview.valid_rows)
        self.import_button.setText(self.tr("Import %n row(s)", "", valid))
        self.import_button.setEnabled(valid > 0)

    def _preview_failed(self, error: AppError) -> None:
        self.summary.setText(error_text(error))
        self.summary.setStyleSheet("color: #9b1c1c;")

    # -- import ----------------------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.preview is None or self.progress is not None:
            return
        self.import_button.setEnabled(False)
        self.bar.show()
        self.bar.setRange(0, len(self.preview.valid_rows))
        self.progress = self.desk.runner.progress_relay(self._progressed)
        preview, progress = self.preview, self.progress
        self.desk.runner.run(lambda: self.desk.services.student_import.apply(preview, progress),
                             self._imported, self._import_failed, owner=self, key="apply")

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.progress = None
        prompts.show_info(self, self.tr("Imported. New: %1, updated: %2, unchanged: %3, skipped: %4.")
                          .replace("%1", str(result.created)).replace("%2", str(result.updated))
                          .replace("%3", str(result.unchanged)).replace("%4", str(result.skipped)))
        self.accept()

    def _import_failed(self, error: AppError) -> None:
        self.progress = None
        self.bar.hide()
        if not isinstance(error, (Cancelled, InternalError)):
            prompts.show_error(self, error_text(error))
        self.import_button.setEnabled(True)

    def cancel(self) -> None:
        self.reject()

    def reject(self) -> None:
        if self.progress is not None:  # Cancel, Esc or closing the window while importing
            self.progress.cancel()  # the transaction rolls back; the dialog stays for another try
            return
        super().reject()

    @classmethod
    def run(cls, parent: QWidget | None, desk: Desk, path: Path) -> bool:
        dialog = cls(parent, desk, path)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and dialog.import_result is not None
        finally:
            dialog.deleteLater()
