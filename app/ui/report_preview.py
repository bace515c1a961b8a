"""The preview of a printed report: the PDF as it will come out, in the chosen language, with Print… and Save….

What is previewed is only looked at; saving and printing go through the report service, which records them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AppError, InternalError
from app.services.reports.model import LANGUAGES
from app.services.reports.service import report_file_name
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.formatting import error_text

LANGUAGE_LABELS = {
    "pl": QT_TRANSLATE_NOOP("ReportPreviewDialog", "Polski"),
    "en": QT_TRANSLATE_NOOP("ReportPreviewDialog", "English"),
    "both": QT_TRANSLATE_NOOP("ReportPreviewDialog", "Polski + English"),
}
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 5.0)
MAX_PRINT_DPI = 300  # enough for text and lines; a 1200-dpi A4 page image would take half a gigabyte


# -- printing -------------------------------------------------------------------------------------------------
def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The printer the user chose in the system's print dialog; None when cancelled. (Tests patch this.)"""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def printer_label(printer: QPrinter) -> str:
    """The printer's name for the audit log; a PDF "printer" is known by its file."""
    return printer.printerName() or printer.outputFileName() or "?"


def begin_printing(printer: QPrinter) -> QPainter | None:
    """A painter on the whole sheet of paper (the PDF has its own margins); None when the printer refuses."""
    printer.setFullPage(True)
    painter = QPainter()
    return painter if painter.begin(printer) else None


def print_pages(document: QPdfDocument, printer: QPrinter, painter: QPainter, new_page_first: bool = False) -> int:
    """Paint every page of `document` onto the printer `painter` is active on, each scaled to the paper and on
    white (the rendered page itself is transparent); how many pages."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    paper = QRectF(painter.viewport())
    for page in range(document.pageCount()):
        if page or new_page_first:
            printer.newPage()
        points = document.pagePointSize(page)
        if points.isEmpty():
            continue
        scale = min(paper.width() / points.width(), paper.height() / points.height())
        target = QRectF(paper.x(), paper.y(), points.width() * scale, points.height() * scale)
        image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
        sheet = QImage(image.size(), QImage.Format.Format_RGB32)
        sheet.fill(QColor("white"))
        with_white = QPainter(sheet)
        with_white.drawImage(0, 0, image)
        with_white.end()
        painter.drawImage(target, sheet)
    return document.pageCount()


def load_pdf(document: QPdfDocument, data: bytes, owner) -> QBuffer:
    """Load PDF bytes into `document`; the buffer returned must live as long as the document reads it."""
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


# -- what is previewed ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportSource:
    """One report the preview can render again in another language, save and (when recorded) print."""

    title: str
    file_name: str
    render: Callable[[str], bytes]  # language -> PDF bytes, run in the background
    save: Callable[[Path, str], object]  # writes the file and records it
    record_print: Callable[[str, str, bytes], None] | None = None  # printer, language, bytes; None: no Print…


def decision_source(desk: Desk, decision_id: int, number: str) -> ReportSource:
    reports = desk.services.reports
    return ReportSource(
        title=QCoreApplication.translate("ReportPreviewDialog", "Decision report %1").replace("%1", number),
        file_name=report_file_name(number),
        render=lambda lang: reports.decision_pdf(decision_id, lang),
        save=lambda path, lang: reports.save_decision_report(decision_id, path, lang),
        record_print=lambda printer, lang, data: reports.record_print(decision_id, printer, lang, data))


class ReportPreviewDialog(QDialog):
    def __init__(self, desk: Desk, source: ReportSource, data: bytes, lang: str,
                 parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.desk, self.source, self.data, self.note = desk, source, data, note
        self.lang = lang if lang in LANGUAGES else LANGUAGES[0]
        self.setObjectName("reportPreview")
        self.setWindowTitle(source.title)
        self.resize(860, 1000)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)

        tools = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"), self)
        self.language = QComboBox(self)
        self.language.setObjectName("reportLanguage")
        for code in LANGUAGES:
            self.language.addItem(self.tr(LANGUAGE_LABELS[code]), code)
        self.language.setCurrentIndex(LANGUAGES.index(self.lang))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_label.setBuddy(self.language)
        tools.addWidget(language_label)
        tools.addWidget(self.language)
        tools.addStretch(1)
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.ZoomOut).toString(QKeySequence.SequenceFormat.NativeText)))
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.ZoomIn).toString(QKeySequence.SequenceFormat.NativeText)))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("Fit &width"))
        self.fit_button.clicked.connect(self.fit_width)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("reportPage")
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.page_label):
            tools.addWidget(widget)
        layout.addLayout(tools)

        self.view = QPdfView(self)
        self.view.setObjectName("reportView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.document.pageCountChanged.connect(self._show_page)
        layout.addWidget(self.view, 1)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.status, 1)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printReport")
        self.print_button.clicked.connect(self.print_report)
        self.print_button.setVisible(source.record_print is not None)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(self.save_report)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        for widget in (self.print_button, self.save_button, self.close_button):
            widget.setAutoDefault(False)  # Enter does not print
            bottom.addWidget(widget)
        self.close_button.setDefault(True)
        layout.addLayout(bottom)
        self._load(data)

    @classmethod
    def open_for(cls, parent: QWidget | None, desk: Desk, decision_id: int, number: str = "") -> None:
        """Render the decision's report in the background, then show it; errors go to a message box."""
        lang = desk.settings.report_language
        services = desk.services

        def render() -> tuple[str, bytes]:
            known = number or services.decisions.get(decision_id).decision.number
            return known, services.reports.decision_pdf(decision_id, lang)

        def rendered(result: tuple[str, bytes]) -> None:
            known, data = result
            cls(desk, decision_source(desk, decision_id, known), data, lang, parent).exec()

        desk.runner.run(render, rendered, lambda error: _show_failure(parent, error), owner=parent,
                        key="report-preview")

    @classmethod
    def open_source(cls, parent: QWidget | None, desk: Desk, source: ReportSource, data: bytes, lang: str,
                    note: str = "") -> None:
        """Show a report already rendered (a list just saved, say); `note` stands in the status line."""
        cls(desk, source, data, lang, parent, note).exec()

    # -- the document --------------------------------------------------------------------------------------
    def _load(self, data: bytes) -> None:
        self.data = data
        old = self._buffer
        self.document.close()
        self._buffer = load_pdf(self.document, data, self)
        if old is not None:
            old.deleteLater()
        ready = self.document.status() == QPdfDocument.Status.Ready
        if not ready:
            self.status.setText(self.tr("The report could not be shown."))
        else:
            self.status.setText(self.note or self.tr("Ready"))
            self.note = ""
        self._set_busy(False)
        self._show_page()

    def _show_page(self, *_args) -> None:
        count = self.document.pageCount()
        current = self.view.pageNavigator().currentPage() + 1 if count else 0
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(current)).replace("%2", str(count)))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.language, self.print_button, self.save_button):
            widget.setEnabled(not busy)

    def _language_chosen(self) -> None:
        lang = self.language.currentData()
        if lang == self.lang:
            return
        self._set_busy(True)
        self.status.setText(self.tr("Rendering…"))
        render = self.source.render
        self.desk.runner.run(lambda: render(lang), lambda data: self._rendered(lang, data), self._render_failed,
                             owner=self, key="render")

    def _rendered(self, lang: str, data: bytes) -> None:
        self.lang = lang  # the language of what is shown, saved and printed
        self._load(data)

    def _render_failed(self, error: AppError) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(self.lang))  # still showing the one before
        self.language.blockSignals(False)
        self._failed(error)

    def _failed(self, error: AppError) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Failed."))
        _show_failure(self, error)

    # -- zoom ----------------------------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # the factor fitting the width, as a starting point
            points = self.document.pagePointSize(max(self.view.pageNavigator().currentPage(), 0))
            width = self.view.viewport().width() - 2 * self.view.documentMargins().left()
            if points.width() > 0 and width > 0:
                current = width / (points.width() * self.logicalDpiX() / 72)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, ZOOM_RANGE[0]), ZOOM_RANGE[1]))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- save and print ------------------------------------------------------------------------------------
    def save_report(self) -> None:
        path = prompts.save_file(self, self.tr("Save the report"), self.tr("PDF document (*.pdf)"),
                                 self.source.file_name)
        if path is None:
            return
        lang, save = self.lang, self.source.save
        self._set_busy(True)
        self.status.setText(self.tr("Saving…"))
        self.desk.runner.run(lambda: save(path, lang), lambda _: self._saved(path), self._failed, owner=self,
                             key="save")

    def _saved(self, path: Path) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))

    def print_report(self) -> None:
        if self.source.record_print is None or self.document.status() != QPdfDocument.Status.Ready:
            return
        printer = ask_printer(self)
        if printer is None:
            return
        painter = begin_printing(printer)
        if painter is None:
            prompts.show_error(self, self.tr("The printer %1 could not be started.").replace(
                "%1", printer_label(printer)))
            return
        try:
            pages = print_pages(self.document, printer, painter)
        finally:
            painter.end()
        name, lang, data, record = printer_label(printer), self.lang, self.data, self.source.record_print
        self.desk.runner.run(lambda: record(name, lang, data), lambda _: self._printed(name, pages), self._failed,
                             owner=self, key="print")

    def _printed(self, name: str, pages: int) -> None:
        self.status.setText(self.tr("Sent %n page(s) to %1.", "", pages).replace("%1", name))


def _show_failure(parent: QWidget | None, error: AppError) -> None:
    if not isinstance(error, InternalError):  # a bug gets the crash dialog instead
        prompts.show_error(parent, error_text(error))
