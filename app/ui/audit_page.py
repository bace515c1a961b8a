"""Audit log page (administrator, auditor, dean): who changed what, when and why, newest first, and an export
of what the filter shows (the export itself lands in the log)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.audit import AuditEntry, AuditFilter, change_summary, pretty_json
from app.services.audit import AuditPage as AuditResult
from app.services.errors import AppError, InternalError
from app.services.permissions import Permission, allows
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.filter_bar import FilterBar, FilterCombo
from app.ui.formatting import error_text, format_date, to_date, to_qdate
from app.ui.row_model import ColumnSpec, RowTableModel
from app.ui.students_page import configure_table

PAGE_SIZE = 200  # events fetched at a time; "Load more" fetches the next ones
TYPING_PAUSE_MS = 350  # the search waits for a pause in typing instead of querying on every key


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


def format_moment(entry: AuditEntry) -> str:
    local = entry.at.astimezone()
    return f"{format_date(local.date())} {local:%H:%M:%S}"


def _record(entry: AuditEntry) -> str:
    return f"{entry.entity} {entry.entity_id}".strip()


def _one_line(text: str) -> str:
    return " ".join(text.split())


AUDIT_COLUMNS: list[ColumnSpec[AuditEntry]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Time")), format_moment, lambda e: (e.at, e.id)),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Who")), lambda e: e.actor, lambda e: e.actor),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Action")), lambda e: e.action, lambda e: e.action),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Record")), _record, lambda e: (e.entity, e.entity_id)),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Before → after")), lambda e: change_summary(e.before, e.after),
               lambda e: change_summary(e.before, e.after)),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Reason")), lambda e: _one_line(e.reason or ""),
               lambda e: e.reason or ""),
]
CHANGE_COLUMN, REASON_COLUMN = 4, 5


def details_text(entry: AuditEntry) -> str:
    """Everything about one event, the values before and after in full."""
    lines = [f"#{entry.id} · {format_moment(entry)} · {entry.actor} · {entry.action} · {_record(entry)}"]
    if entry.reason:
        lines += ["", QCoreApplication.translate("AuditPage", "Reason:"), entry.reason]
    lines += ["", QCoreApplication.translate("AuditPage", "Before:"),
              pretty_json(entry.before) if entry.before is not None else "—",
              "", QCoreApplication.translate("AuditPage", "After:"),
              pretty_json(entry.after) if entry.after is not None else "—"]
    return "\n".join(lines)


class AuditModel(RowTableModel[AuditEntry]):
    def __init__(self, parent=None) -> None:
        super().__init__(AUDIT_COLUMNS, parent)

    def append_rows(self, rows: list[AuditEntry]) -> None:
        """The next page below the rows shown, keeping the selection and the scroll position."""
        if not rows:
            return
        start = len(self._visible)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._all.extend(rows)
        self._visible.extend(rows)
        self.endInsertRows()

    def row_data(self, row: AuditEntry, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CHANGE_COLUMN:
                return details_text(row)
            if column == REASON_COLUMN and row.reason:
                return row.reason
        return None


class AuditPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("auditPage")
        self._criteria = AuditFilter()
        self._total = 0
        self._loading = False
        layout = QVBoxLayout(self)

        self.filters = FilterBar(self.tr("Text in the reason or the values…"), self)
        text_label = QLabel(self.tr("&Text:"), self)
        text_label.setBuddy(self.filters.search)
        self.filters.layout_.insertWidget(0, text_label)
        self.actor = self._labelled_combo(self.tr("&Who:"), FilterCombo(self.tr("Everyone"), self), "actorFilter")
        self.action = self._labelled_combo(self.tr("&Action:"), FilterCombo(self.tr("All actions"), self),
                                           "actionFilter")
        self.filters.finish()
        layout.addWidget(self.filters)

        second = QHBoxLayout()
        self.entity = self._labelled_edit(second, self.tr("&Record:"), self.tr("e.g. decision, student"),
                                          "entityFilter")
        self.entity_id = self._labelled_edit(second, self.tr("&ID:"), "", "entityIdFilter")
        self.entity_id.setMaximumWidth(160)
        today = self.desk.today()
        self.use_from, self.date_from = self._date_filter(second, self.tr("Fr&om:"), today - timedelta(days=30),
                                                          "dateFrom")
        self.use_to, self.date_to = self._date_filter(second, self.tr("&Until:"), today, "dateTo")
        second.addStretch(1)
        self.clear_button = QPushButton(self.tr("Re&set filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        second.addWidget(self.clear_button)
        layout.addLayout(second)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.reload)
        for edit in (self.filters.search, self.entity, self.entity_id):
            edit.textChanged.connect(self._typing.start)
        self.filters.filters_changed.connect(self.reload)

        self.model = AuditModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        configure_table(self.view)
        self.view.setSortingEnabled(False)  # newest first, as the log is paged; a sort would cover one page only
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        for column, width in enumerate((140, 110, 150, 150, 420)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the selected event"))
        self.details.setPlaceholderText(self.tr("Select an event to see the values before and after in full."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.more_button = QPushButton(self.tr("&Load more"), self)
        self.more_button.setObjectName("loadMore")
        self.more_button.clicked.connect(self.load_more)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("exportAudit")
        self.export_button.setToolTip(self.tr("Save the events that match the filter as CSV or XLSX; "
                                              "the export is recorded in the audit log."))
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(allows(self.desk.services.ctx.actor.roles, Permission.AUDIT_EXPORT))
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self._update_buttons()

    def _labelled_combo(self, label: str, combo: FilterCombo, name: str) -> FilterCombo:
        caption = QLabel(label, self)
        caption.setBuddy(combo)
        self.filters.layout_.addWidget(caption)
        combo.setMinimumContentsLength(14)
        return self.filters.add_combo(combo, name)

    def _labelled_edit(self, row: QHBoxLayout, label: str, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        caption = QLabel(label, self)
        caption.setBuddy(edit)
        row.addWidget(caption)
        row.addWidget(edit, 1)
        return edit

    def _date_filter(self, row: QHBoxLayout, label: str, value: date, name: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(label, self)
        check.setObjectName(name + "Enabled")
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setDate(to_qdate(value))
        edit.setEnabled(False)
        edit.setAccessibleName(check.text().replace("&", "").rstrip(":"))
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self.reload)
        edit.dateChanged.connect(lambda _: self.reload() if check.isChecked() else None)
        row.addWidget(check)
        row.addWidget(edit)
        return check, edit

    # -- data ------------------------------------------------------------------------------------------------
    def criteria(self) -> AuditFilter:
        """What the filter bar asks for (every matching event; the page fetches them `PAGE_SIZE` at a time)."""
        return AuditFilter(
            actor=self.actor.value(), action=self.action.value(), entity=self.entity.text().strip() or None,
            entity_id=self.entity_id.text().strip() or None, text=self.filters.search.text().strip() or None,
            date_from=to_date(self.date_from.date()) if self.use_from.isChecked() else None,
            date_to=to_date(self.date_to.date()) if self.use_to.isChecked() else None)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()  # the log grows while other tabs are used: showing the page shows the newest events

    def refresh(self) -> None:
        audit = self.desk.services.audit
        self.desk.runner.run(lambda: (audit.actors(), audit.actions()), self._choices_loaded, self._failed,
                             owner=self, key="choices")
        self.reload()

    def _choices_loaded(self, choices) -> None:
        actors, actions = choices
        self.actor.set_choices([(login, login) for login in actors])
        groups = sorted({a.split(".", 1)[0] + "." for a in actions if "." in a})
        self.action.set_choices([(group + "*", group) for group in groups]
                                + [(action, action) for action in actions])

    def reload(self) -> None:
        """The first page for the filter as it stands now; a slower, older load never overwrites it."""
        self._typing.stop()
        criteria = self._criteria = self.criteria()
        audit = self.desk.services.audit
        self._loading = True
        self._update_buttons()
        self.desk.runner.run(lambda: audit.search(replace_page(criteria, 0)), self._first_loaded, self._failed,
                             owner=self, key="page")

    def load_more(self) -> None:
        if self._loading:
            return
        criteria, shown = self._criteria, self.model.total_count
        audit = self.desk.services.audit
        self._loading = True
        self._update_buttons()
        self.desk.runner.run(lambda: audit.search(replace_page(criteria, shown)), self._more_loaded, self._failed,
                             owner=self, key="page")

    def _first_loaded(self, page: AuditResult) -> None:
        self._loading = False
        self.model.set_rows(list(page.entries))
        self._total = page.total
        self.details.clear()
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def _more_loaded(self, page: AuditResult) -> None:
        self._loading = False
        # events recorded since the first page push older ones down one place; never show one twice
        shown = {entry.id for entry in self.model.rows()}
        self.model.append_rows([entry for entry in page.entries if entry.id not in shown])
        self._total = page.total
        self._update_buttons()

    def _failed(self, error: AppError) -> None:
        self._loading = False
        self._update_buttons()
        if not isinstance(error, InternalError):  # a bug gets the crash dialog instead
            prompts.show_error(self, error_text(error))

    def _update_buttons(self) -> None:
        shown = self.model.rowCount()
        self.more_button.setEnabled(not self._loading and shown < self._total)
        self.export_button.setEnabled(not self._loading)
        self.filters.count_label.setText(self.tr("%1 of %2").replace("%1", str(shown))
                                         .replace("%2", str(self._total)))

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.details.setPlainText(details_text(self.model.row_at(current.row())))
        else:
            self.details.clear()

    def clear_filters(self) -> None:
        for widget in (self.actor, self.action, self.filters.search, self.entity, self.entity_id, self.use_from,
                       self.use_to):
            widget.blockSignals(True)
        self.actor.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.filters.search.clear()
        self.entity.clear()
        self.entity_id.clear()
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        for widget in (self.actor, self.action, self.filters.search, self.entity, self.entity_id, self.use_from,
                       self.use_to):
            widget.blockSignals(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.reload()

    # -- export ----------------------------------------------------------------------------------------------
    def export(self) -> None:
        suggested = f"audit-{self.desk.today().isoformat()}.xlsx"
        path = prompts.save_file(self, self.tr("Export the audit log"),
                                 self.tr("Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)"), suggested)
        if path is None:
            return
        criteria = self.criteria()
        audit = self.desk.services.audit
        self.export_button.setEnabled(False)
        self.desk.runner.run(lambda: audit.export(criteria, path), lambda count: self._exported(count, path),
                             self._export_failed, owner=self, key="export")

    def _exported(self, count: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        prompts.show_info(self, self.tr("Exported %n event(s) to %1.", "", count).replace("%1", str(path)))
        self.reload()  # the export is in the log now

    def _export_failed(self, error: AppError) -> None:
        self.export_button.setEnabled(True)
        self._failed(error)


def replace_page(criteria: AuditFilter, offset: int) -> AuditFilter:
    """`criteria` limited to one page starting at `offset`."""
    return replace(criteria, limit=PAGE_SIZE, offset=offset)
