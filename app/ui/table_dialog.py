"""Check a conversion-table file before anything is stored: every group of rows (per country and scale) with the
scale it matched and what the validator says about it; then, for the administrator, store the groups as new
versions of their tables. A group with errors is stored for the record but never used for a suggestion."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import TableInfo, home_symbol_text
from app.services.context import ROLE_LABELS
from app.services.errors import AppError
from app.services.grading import TableFinding, TableGroup, TableRow
from app.services.permissions import ROLES_FOR, Permission, allows
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.formatting import error_text, to_date, to_qdate, translate
from app.ui.row_model import ColumnSpec, RowTableModel
from app.ui.students_page import configure_table

ERROR_COLOUR, WARNING_COLOUR, GOOD_COLOUR = "#9b1c1c", "#8a5a00", "#1b6e2a"
ERROR_BACKGROUND, WARNING_BACKGROUND, NONE_BACKGROUND = QColor("#fbe3e1"), QColor("#fff1cc"), QColor("#e4e4e4")


def only_roles_text(permission: Permission) -> str:
    """The tooltip of a button the signed-in person may not use: who may."""
    roles = ", ".join(QCoreApplication.translate("Roles", ROLE_LABELS[role])
                      for role in sorted(ROLES_FOR[permission], key=lambda r: r.value))
    return translate("ConversionTables", "Only the %1 may do this.").replace("%1", roles)


def errors_of(findings: Sequence[TableFinding]) -> int:
    return sum(f.severity == "error" for f in findings)


def warnings_of(findings: Sequence[TableFinding]) -> int:
    return sum(f.severity == "warning" for f in findings)


def findings_html(findings: Sequence[TableFinding]) -> str:
    """The validator's findings, errors in red and warnings in amber; a line saying so when there are none."""
    if not findings:
        nothing = translate("ConversionTables", "The validator found nothing wrong.")
        return f"<p style='color:{GOOD_COLOUR}'>{html.escape(nothing)}</p>"
    items = []
    for finding in findings:
        colour, word = ((ERROR_COLOUR, translate("ConversionTables", "Error")) if finding.severity == "error"
                        else (WARNING_COLOUR, translate("ConversionTables", "Warning")))
        items.append(f"<li style='color:{colour}'><b>{html.escape(word)}:</b> "
                     f"{html.escape(finding.problem.render(translate))}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def rows_html(rows: Sequence[TableRow]) -> str:
    """The rows of a table: foreign grade (a range or a label) → home grade, note."""
    titles = (translate("ConversionTables", "Foreign grade"), translate("ConversionTables", "Home grade"),
              translate("ConversionTables", "Note"))
    head = "".join(f"<th align='left'>{html.escape(title)}</th>" for title in titles)
    body = "".join(f"<tr><td>{html.escape(row.describe())}</td><td>→ {html.escape(home_symbol_text(row.home))}</td>"
                   f"<td>{html.escape(row.note)}</td></tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def verdict_html(findings: Sequence[TableFinding], stored: bool = False) -> str:
    """Whether the table is used for suggestions, in words."""
    if errors_of(findings):
        if stored:
            text = translate("ConversionTables", "Has errors: kept for the record but not used for suggestions.")
        else:
            text = translate("ConversionTables",
                             "Has errors: it will be kept for the record but not used for suggestions.")
        return f"<p style='color:{ERROR_COLOUR}'><b>{html.escape(text)}</b></p>"
    if stored:
        text = translate("ConversionTables", "Usable for suggestions.")
    else:
        text = translate("ConversionTables", "Usable: it will be used for suggestions.")
    return f"<p style='color:{GOOD_COLOUR}'><b>{html.escape(text)}</b></p>"


@dataclass(frozen=True)
class CheckedGroup:
    group: TableGroup
    findings: tuple[TableFinding, ...]

    @property
    def errors(self) -> int:
        return errors_of(self.findings)

    @property
    def warnings(self) -> int:
        return warnings_of(self.findings)


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


def _group_verdict(checked: CheckedGroup) -> str:
    if not checked.group.scheme_code:
        return translate("ConversionTables", "no known scale: not stored")
    if checked.errors:
        return translate("ConversionTables", "has errors: kept, not used")
    return translate("ConversionTables", "usable")


GROUP_COLUMNS: list[ColumnSpec[CheckedGroup]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Country")), lambda c: c.group.country, lambda c: c.group.country),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Scale in the file")), lambda c: c.group.scale,
               lambda c: c.group.scale),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Matched scale")), lambda c: c.group.scheme_code or "—",
               lambda c: c.group.scheme_code or ""),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Rows")), lambda c: str(len(c.group.rows)),
               lambda c: len(c.group.rows), align_right=True),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Errors")), lambda c: str(c.errors), lambda c: c.errors,
               align_right=True),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Warnings")), lambda c: str(c.warnings), lambda c: c.warnings,
               align_right=True),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Verdict")), _group_verdict,
               lambda c: (not c.group.scheme_code, c.errors > 0)),
]


class GroupModel(RowTableModel[CheckedGroup]):
    def __init__(self, parent=None) -> None:
        super().__init__(GROUP_COLUMNS, parent)

    def row_data(self, row: CheckedGroup, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            if not row.group.scheme_code:
                return QBrush(NONE_BACKGROUND)
            if row.errors:
                return QBrush(ERROR_BACKGROUND)
            if row.warnings:
                return QBrush(WARNING_BACKGROUND)
        return None


@dataclass(frozen=True)
class StoreRequest:
    valid_from: date
    source: str
    institution: str


class StoreTableDialog(QDialog):
    """From when the tables hold, where they come from, and (optionally) the host institution they are for."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("storeTableDialog")
        self.setWindowTitle(self.tr("Store as new version"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each group of rows with a known scale becomes the next version of its table."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.valid_from = QDateEdit(self)
        self.valid_from.setObjectName("validFrom")
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.valid_from.setDate(to_qdate(today))
        self.source = QLineEdit(self)
        self.source.setObjectName("tableSource")
        self.source.setPlaceholderText(self.tr("A page, a resolution, an agreement"))
        self.institution = QLineEdit(self)
        self.institution.setObjectName("tableInstitution")
        self.institution.setPlaceholderText(self.tr("Empty: for every institution of the country"))
        form.addRow(self.tr("&Valid from:"), self.valid_from)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("&Institution:"), self.institution)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.source.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.source.text().strip()))

    def request(self) -> StoreRequest:
        return StoreRequest(to_date(self.valid_from.date()), self.source.text().strip(),
                            self.institution.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, today: date) -> StoreRequest | None:
        dialog = cls(parent, today)
        try:
            return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class TableDialog(QDialog):
    """The check of one table file; `stored` holds the tables once they are stored."""

    def __init__(self, parent: QWidget | None, desk: Desk, path: Path) -> None:
        super().__init__(parent)
        self.desk, self.path = desk, Path(path)
        self.checked: list[CheckedGroup] = []
        self.stored: list[TableInfo] | None = None
        self.may_store = allows(desk.services.ctx.actor.roles, Permission.TABLES_EDIT)
        self.setObjectName("tableDialog")
        self.setWindowTitle(self.tr("Conversion tables in %1").replace("%1", self.path.name))
        self.resize(1000, 680)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("tableCheckSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: no measure of how far
        self.bar.hide()
        layout.addWidget(self.bar)
        self.model = GroupModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("tableGroups")
        self.view.setModel(self.model)
        configure_table(self.view)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # in the file's order until a header is clicked
        for column, width in enumerate((70, 160, 110, 50, 60, 70)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(self._show_details)
        self.details = QTextBrowser(self)
        self.details.setObjectName("tableGroupDetails")
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setSizes([260, 320])
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        self.store_button = QPushButton(self.tr("&Store as new version…"), self)
        self.store_button.setObjectName("storeTables")
        self.store_button.setEnabled(False)
        self.store_button.setToolTip(self.tr("Store every group with a known scale as the next version of its table")
                                     if self.may_store else only_roles_text(Permission.TABLES_EDIT))
        self.store_button.clicked.connect(self.store)
        bottom.addWidget(self.store_button)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.check()

    # -- checking --------------------------------------------------------------------------------------------
    def _busy(self, busy: bool, text: str = "") -> None:
        self.bar.setVisible(busy)
        if text:
            self.summary.setStyleSheet("")
            self.summary.setText(text)
        self._enable(busy)

    def _enable(self, busy: bool = False) -> None:
        storable = any(c.group.scheme_code for c in self.checked)
        self.store_button.setEnabled(self.may_store and storable and not busy and self.stored is None)

    def check(self) -> None:
        self._busy(True, self.tr("Checking %1…").replace("%1", self.path.name))
        catalogue, path = self.desk.services.catalogue, self.path
        self.desk.runner.run(lambda: catalogue.validate_file(path), self._checked, self._check_failed, owner=self,
                             key="check")

    def _checked(self, groups: list[tuple[TableGroup, list[TableFinding]]]) -> None:
        self.checked = [CheckedGroup(group, tuple(findings)) for group, findings in groups]
        self.model.set_rows(self.checked)
        known = [c for c in self.checked if c.group.scheme_code]
        with_errors = sum(1 for c in known if c.errors)
        text = (self.tr("%1 group(s) of rows: %2 usable, %3 with errors (kept for the record, not used for "
                        "suggestions), %4 without a known scale (not stored).")
                .replace("%1", str(len(self.checked))).replace("%2", str(len(known) - with_errors))
                .replace("%3", str(with_errors)).replace("%4", str(len(self.checked) - len(known))))
        if not self.may_store:
            text += " " + self.tr("Only checked: storing tables is the administrator's.")
        self._busy(False, text)
        if self.checked:
            self.view.selectRow(0)

    def _check_failed(self, error: AppError) -> None:
        self._busy(False)
        self.summary.setText(error_text(error))
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")

    def selected(self) -> CheckedGroup | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if len(rows) == 1 else None

    def select_group(self, country: str) -> CheckedGroup | None:
        """Show the first group of a country (the details pane follows)."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).group.country == country:
                self.view.selectRow(row)
                return self.model.row_at(row)
        return None

    def _show_details(self, *_args) -> None:
        checked = self.selected()
        if checked is None:
            self.details.clear()
            return
        group = checked.group
        title = " — ".join(part for part in (group.country, group.scale) if part)
        parts = [f"<h3>{html.escape(title)}</h3>"]
        if group.scheme_code:
            against = self.tr("Checked against the scale %1.").replace("%1", group.scheme_code)
            parts.append(f"<p>{html.escape(against)}</p>")
            parts.append(verdict_html(checked.findings))
        else:
            unknown = self.tr("No known grading scale matches this group: it will not be stored. Add the scale "
                              "first, or name it in the file.")
            parts.append(f"<p style='color:{ERROR_COLOUR}'><b>{html.escape(unknown)}</b></p>")
        found_title, rows_title = self.tr("What the validator found"), self.tr("Rows")
        parts.append(f"<h4>{html.escape(found_title)}</h4>")
        parts.append(findings_html(checked.findings))
        parts.append(f"<h4>{html.escape(rows_title)}</h4>")
        parts.append(rows_html(group.rows))
        self.details.setHtml("".join(parts))

    # -- storing ---------------------------------------------------------------------------------------------
    def store(self) -> None:
        if not self.may_store or self.stored is not None:
            return
        request = StoreTableDialog.ask(self, self.desk.today())
        if request is None:
            return
        self._busy(True, self.tr("Storing…"))
        catalogue, path = self.desk.services.catalogue, self.path
        self.desk.runner.run(lambda: catalogue.import_tables(path, valid_from=request.valid_from,
                                                             source=request.source,
                                                             institution=request.institution),
                             self._stored, self._store_failed, owner=self, key="store")

    def _stored(self, tables: list[TableInfo]) -> None:
        self.stored = tables
        usable = sum(t.usable for t in tables)
        self._busy(False, self.tr("Stored %1 table(s): %2 usable, %3 with errors (kept, not used for suggestions).")
                   .replace("%1", str(len(tables))).replace("%2", str(usable))
                   .replace("%3", str(len(tables) - usable)))
        prompts.show_info(self, self.summary.text())
        self.accept()

    def _store_failed(self, error: AppError) -> None:
        self._busy(False, self.tr("Nothing was stored."))
        prompts.show_error(self, error_text(error))

    @classmethod
    def run(cls, parent: QWidget | None, desk: Desk, path: Path) -> list[TableInfo] | None:
        """Check the file; the tables stored from it, None when nothing was."""
        dialog = cls(parent, desk, path)
        try:
            dialog.exec()
            return dialog.stored
        finally:
            dialog.deleteLater()
