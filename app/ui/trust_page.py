"""Trust store page (administrator): the EMREX contact points whose signatures the desk believes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services.errors import AppError, InternalError
from app.services.trust import EXPIRED, EXPIRING, NOT_YET_VALID, SWITCHED_OFF, VALIDITY_LABELS, TrustRow
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.formatting import error_text, format_date, format_datetime
from app.ui.row_model import ColumnSpec, RowTableModel
from app.ui.students_page import configure_table

VALIDITY_COLOURS = {EXPIRING: QColor("#fff1cc"), EXPIRED: QColor("#fbe3e1"), NOT_YET_VALID: QColor("#fbe3e1"),
                    SWITCHED_OFF: QColor("#e4e4e4")}


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


def _validity(row: TrustRow) -> str:
    return QCoreApplication.translate("Validity", VALIDITY_LABELS[row.validity])


TRUST_COLUMNS: list[ColumnSpec[TrustRow]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "EMP")), lambda r: r.acronym, lambda r: r.acronym),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Country")), lambda r: r.country, lambda r: r.country),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "URL")), lambda r: r.url, lambda r: r.url),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Certificate subject")), lambda r: r.subject, lambda r: r.subject),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "SHA-256 fingerprint")),
               lambda r: ":".join(r.fingerprint[i:i + 2] for i in range(0, 16, 2)) + "…", lambda r: r.fingerprint),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Valid from")), lambda r: format_date(r.not_before.date()),
               lambda r: r.not_before),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Valid until")), lambda r: format_date(r.not_after.date()),
               lambda r: r.not_after),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Validity")), _validity, lambda r: r.validity),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Source")), lambda r: f"{r.source} ({r.source_name})",
               lambda r: r.source),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Added")), lambda r: format_datetime(r.added_at), lambda r: r.added_at),
]


class TrustModel(RowTableModel[TrustRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(TRUST_COLUMNS, parent)

    def row_data(self, row: TrustRow, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and row.validity in VALIDITY_COLOURS:
            return QBrush(VALIDITY_COLOURS[row.validity])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.subject}\nSHA-256 {row.fingerprint}"
        return None


class TrustPage(QWidget):
    trust_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("trustPage")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Signatures of returned EMREX results are checked only against these certificates. "
                               "Expired certificates still verify documents received while they were valid."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = TrustModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("trustTable")
        self.view.setModel(self.model)
        configure_table(self.view)
        for column, width in enumerate((110, 60, 220, 260, 150, 90, 90, 100, 180)):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Add from registry or certificate…"), self)
        self.import_button.clicked.connect(self.import_source)
        self.remove_button = QPushButton(self.tr("Stop &trusting…"), self)
        self.remove_button.clicked.connect(lambda: self.set_selected_active(False))
        self.restore_button = QPushButton(self.tr("Trust a&gain…"), self)
        self.restore_button.clicked.connect(lambda: self.set_selected_active(True))
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        trust = self.desk.services.trust
        self.desk.runner.run(lambda: trust.list(include_inactive=True), self.model.set_rows, self._failed,
                             owner=self, key="list")

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):
            prompts.show_error(self, error_text(error))

    def import_source(self) -> None:
        path = prompts.open_file(self, self.tr("Add to the trust store"), self.tr(
            "Registries and certificates (*.json *.xml *.pem *.crt *.cer *.der);;All files (*)"))
        if path is None:
            return
        try:
            result = self.desk.services.trust.import_file(path)
        except AppError as error:
            prompts.show_error(self, error_text(error))
            return
        prompts.show_info(self, self.tr("Trust store: %1 added, %2 updated, %3 unchanged.")
                          .replace("%1", str(result.added)).replace("%2", str(result.updated))
                          .replace("%3", str(result.unchanged)))
        self.trust_changed.emit()
        self.refresh()

    def set_selected_active(self, active: bool) -> None:
        rows = [self.model.row_at(index.row()) for index in self.view.selectionModel().selectedRows()]
        if len(rows) != 1 or rows[0].active == active:
            return
        title = self.tr("Trust %1 again") if active else self.tr("Stop trusting %1")
        reason = prompts.ask_text(self, title.replace("%1", rows[0].acronym),
                                  self.tr("Reason (recorded in the audit log):"))
        if not reason:
            return
        try:
            self.desk.services.trust.set_active(rows[0].id, active, reason)
        except AppError as error:
            prompts.show_error(self, error_text(error))
        self.refresh()
