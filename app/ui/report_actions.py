"""The report actions the pages and menus share: preview one decision's report, save or print the reports of many
decisions (in the background, with progress and Cancel), the list report, and the export of approved recognitions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QRegularExpressionValidator
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AppError, Cancelled, InternalError
from app.services.permissions import Permission, allows
from app.services.programmes import ProgrammeRow
from app.ui import prompts, report_preview
from app.ui.desk import Desk
from app.ui.formatting import error_text
from app.ui.report_preview import ReportPreviewDialog, ReportSource

REPORT_SHORTCUT = QKeySequence("Ctrl+P")  # the report of the open decision
TERM_PATTERN = r"^\s*(\d{4}/\d{2}(-[ZzLl])?)?\s*$"


def shortcut_text(sequence: QKeySequence = REPORT_SHORTCUT) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


class ReportProgress(QDialog):
    """Progress of a batch of reports with Cancel; shown without an event loop of its own."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None, text: str, total: int) -> None:
        super().__init__(parent)
        self.setObjectName("reportProgress")
        self.setWindowTitle(self.tr("Reports"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.label = QLabel(text, self)
        layout.addWidget(self.label)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        layout.addWidget(self.bar)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.cancelled = False

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("Report %1 of %2…").replace("%1", str(min(done + 1, total)))
                           .replace("%2", str(total)))

    def reject(self) -> None:  # Cancel and Escape: stop after the report being made, then close
        if not self.cancelled:
            self.cancelled = True
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_requested.emit()


@dataclass(frozen=True)
class ListReportRequest:
    programme_code: str
    term: str
    overdue: bool


class ListReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, programmes: Sequence[ProgrammeRow]) -> None:
        super().__init__(parent)
        self.setObjectName("listReportDialog")
        self.setWindowTitle(self.tr("List report"))
        form = QFormLayout(self)
        self.programme = QComboBox(self)
        self.programme.addItem(self.tr("All programmes"), "")
        for programme in programmes:
            self.programme.addItem(f"{programme.name_pl} ({programme.code})", programme.code)
        form.addRow(self.tr("&Programme:"), self.programme)
        self.term = QLineEdit(self)
        self.term.setPlaceholderText("2025/26-Z")
        self.term.setToolTip(self.tr("An academic year (2025/26), or a term: Z winter, L summer (2025/26-Z); "
                                     "empty for all"))
        self.term.setValidator(QRegularExpressionValidator(QRegularExpression(TERM_PATTERN), self))
        form.addRow(self.tr("&Term:"), self.term)
        self.overdue = QCheckBox(self.tr("&Overdue decisions only, with contact data"), self)
        form.addRow(self.overdue)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def request(self) -> ListReportRequest:
        return ListReportRequest(self.programme.currentData() or "", self.term.text().strip().upper(),
                                 self.overdue.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, programmes: Sequence[ProgrammeRow]) -> ListReportRequest | None:
        dialog = cls(parent, programmes)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass
class _PrintRun:
    decision_ids: list[int]
    printer: QPrinter
    painter: QPainter  # active on the printer
    printer_name: str
    lang: str
    dialog: ReportProgress
    done: int = 0
    pages: int = 0


class ReportActions(QObject):
    """One per page or window that offers reports; `parent` is the widget dialogs belong to."""

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk, self.widget = desk, parent
        self.progress: ReportProgress | None = None  # a batch under way
        self._print: _PrintRun | None = None

    @property
    def may_print(self) -> bool:
        return allows(self.desk.services.ctx.actor.roles, Permission.REPORTS_PRINT)

    @property
    def may_export(self) -> bool:
        return allows(self.desk.services.ctx.actor.roles, Permission.EXPORT_APPROVED)

    @property
    def busy(self) -> bool:
        return self.progress is not None

    # -- one decision ----------------------------------------------------------------------------------------
    def preview(self, decision_id: int, number: str = "") -> None:
        ReportPreviewDialog.open_for(self.widget, self.desk, decision_id, number)

    # -- many decisions into a folder ------------------------------------------------------------------------
    def save_reports(self, decision_ids: Sequence[int]) -> None:
        ids = list(decision_ids)
        if not ids or self.busy:
            return
        folder = prompts.choose_folder(self.widget, self.tr("Folder for the decision reports"))
        if folder is None:
            return
        lang, reports = self.desk.settings.report_language, self.desk.services.reports
        dialog = self._start(self.tr("Saving %n report(s)…", "", len(ids)), len(ids))
        progress = self.desk.runner.progress_relay(self._progressed)
        dialog.cancel_requested.connect(progress.cancel)
        self.desk.runner.run(lambda: reports.save_decision_reports(ids, folder, lang, progress),
                             lambda paths: self._saved(paths, folder), lambda error: self._save_failed(error, folder),
                             owner=self, key="save")

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.set_progress(done, total)

    def _saved(self, paths: list[Path], folder: Path) -> None:
        self._stop()
        prompts.show_info(self.widget, self.tr("Saved %n report(s) to %1.", "", len(paths))
                          .replace("%1", str(folder)))

    def _save_failed(self, error: AppError, folder: Path) -> None:
        self._stop()
        if isinstance(error, Cancelled):
            prompts.show_info(self.widget, self.tr("Cancelled; the reports saved before stay in %1.")
                              .replace("%1", str(folder)))
        else:
            self._show_error(error)

    # -- many decisions to a printer -------------------------------------------------------------------------
    def print_reports(self, decision_ids: Sequence[int]) -> None:
        """One print dialog; then each report is rendered in the background and printed here, page by page,
        and recorded once it is on the printer."""
        ids = list(decision_ids)
        if not ids or self.busy:
            return
        printer = report_preview.ask_printer(self.widget)
        if printer is None:
            return
        name = report_preview.printer_label(printer)
        painter = report_preview.begin_printing(printer)
        if painter is None:
            prompts.show_error(self.widget, self.tr("The printer %1 could not be started.").replace("%1", name))
            return
        dialog = self._start(self.tr("Printing %n report(s)…", "", len(ids)), len(ids))
        self._print = _PrintRun(ids, printer, painter, name, self.desk.settings.report_language, dialog)
        dialog.cancel_requested.connect(self._print_next_or_stop)
        self._print_next_or_stop()

    def _print_next_or_stop(self) -> None:
        run = self._print
        if run is None:
            return
        if run.dialog.cancelled or run.done == len(run.decision_ids):
            self._print_finished()
            return
        decision_id, lang, reports = run.decision_ids[run.done], run.lang, self.desk.services.reports
        self.desk.runner.run(lambda: reports.decision_pdf(decision_id, lang), self._print_one, self._print_failed,
                             owner=self, key="print")

    def _print_one(self, data: bytes) -> None:
        run = self._print
        if run is None or run.dialog.cancelled:
            self._print_finished()
            return
        document = QPdfDocument(self)
        buffer = report_preview.load_pdf(document, data, self)
        try:
            if document.status() != QPdfDocument.Status.Ready:
                self._print_finished(self.tr("The report of decision %1 could not be read for printing.")
                                     .replace("%1", str(run.decision_ids[run.done])))
                return
            run.pages += report_preview.print_pages(document, run.printer, run.painter, new_page_first=run.pages > 0)
        finally:
            document.close()
            document.deleteLater()
            buffer.deleteLater()
        decision_id, name, lang = run.decision_ids[run.done], run.printer_name, run.lang
        reports = self.desk.services.reports
        self.desk.runner.run(lambda: reports.record_print(decision_id, name, lang, data), self._printed_one,
                             self._print_failed, owner=self, key="record")

    def _printed_one(self, _=None) -> None:
        run = self._print
        if run is None:
            return
        run.done += 1
        run.dialog.set_progress(run.done, len(run.decision_ids))
        self._print_next_or_stop()

    def _print_failed(self, error: AppError) -> None:
        self._print_finished(None if isinstance(error, InternalError) else error_text(error))

    def _print_finished(self, error: str | None = None) -> None:
        run, self._print = self._print, None
        if run is None:
            return
        if run.pages == 0:
            run.printer.abort()  # nothing to print: no empty sheet
        run.painter.end()
        cancelled = run.dialog.cancelled
        self._stop()
        if error is not None:
            prompts.show_error(self.widget, error)
        elif cancelled:
            prompts.show_info(self.widget, self.tr("Printing cancelled; %n report(s) went to the printer.", "",
                                                   run.done))
        else:
            prompts.show_info(self.widget, self.tr("Sent %n report(s) to %1.", "", run.done)
                              .replace("%1", run.printer_name))

    # -- the list report -------------------------------------------------------------------------------------
    def list_report(self) -> None:
        programmes = self.desk.services.programmes
        self.desk.runner.run(programmes.list, self._ask_list, self._show_error, owner=self, key="programmes")

    def _ask_list(self, programmes: list[ProgrammeRow]) -> None:
        request = ListReportDialog.ask(self.widget, programmes)
        if request is None:
            return
        base = self.tr("overdue") if request.overdue else self.tr("decisions")
        parts = [base, request.programme_code, request.term, self.desk.today().isoformat()]
        suggested = re.sub(r"[^\w.-]+", "-", "-".join(p for p in parts if p)) + ".pdf"
        path = prompts.save_file(self.widget, self.tr("Save the list report"), self.tr("PDF document (*.pdf)"),
                                 suggested)
        if path is None:
            return
        lang, reports = self.desk.settings.report_language, self.desk.services.reports
        self.desk.runner.run(
            lambda: reports.save_list_report(path, request.programme_code, request.term, request.overdue, lang),
            lambda count: self._list_saved(request, path, lang, count), self._show_error, owner=self, key="list")

    def _list_saved(self, request: ListReportRequest, path: Path, lang: str, count: int) -> None:
        reports = self.desk.services.reports
        try:
            data = path.read_bytes()
        except OSError:
            prompts.show_info(self.widget, self.tr("Saved a list of %n decision(s) to %1.", "", count)
                              .replace("%1", str(path)))
            return
        code, term, overdue = request.programme_code, request.term, request.overdue
        source = ReportSource(
            title=self.tr("List report: %n decision(s)", "", count),
            file_name=path.name,
            render=lambda language: reports.list_pdf(code, term, overdue, language),
            save=lambda target, language: reports.save_list_report(target, code, term, overdue, language))
        ReportPreviewDialog.open_source(self.widget, self.desk, source, data, lang,
                                        self.tr("Saved to %1.").replace("%1", str(path)))

    # -- the export for data entry ---------------------------------------------------------------------------
    def export_approved(self, decision_ids: Sequence[int] | None = None) -> None:
        suggested = self.tr("approved") + f"-{self.desk.today().isoformat()}.csv"
        path = prompts.save_file(self.widget, self.tr("Export approved recognitions"),
                                 self.tr("CSV, semicolon-separated (*.csv);;Excel workbook (*.xlsx)"), suggested)
        if path is None:
            return
        reports = self.desk.services.reports
        ids = list(decision_ids) if decision_ids is not None else None
        self.desk.runner.run(lambda: reports.export_approved(path, decision_ids=ids),
                             lambda count: prompts.show_info(self.widget, self.tr(
                                 "Exported %n approved recognition(s) to %1.", "", count).replace("%1", str(path))),
                             self._show_error, owner=self, key="export")

    # -- shared ----------------------------------------------------------------------------------------------
    def _start(self, text: str, total: int) -> ReportProgress:
        self.progress = ReportProgress(self.widget, text, total)
        self.progress.show()
        return self.progress

    def _stop(self) -> None:
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()

    def _show_error(self, error: AppError) -> None:
        if not isinstance(error, InternalError):  # a bug gets the crash dialog instead
            prompts.show_error(self.widget, error_text(error))
