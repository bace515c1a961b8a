"""Grading page: the grading scales the desk knows (as shipped, or as an administrator changed them) and the
stored conversion tables with what the validator says about them; the administrator edits scales, checks a table
file and stores it as a new version. Everyone may read it."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import TableInfo
from app.services.errors import AppError, InternalError
from app.services.grading import Scheme
from app.services.grading.scheme import format_number
from app.services.permissions import Permission, allows
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.formatting import error_text, format_date, translate
from app.ui.row_model import ColumnSpec, RowTableModel
from app.ui.scheme_dialog import SchemeDialog
from app.ui.students_page import configure_table
from app.ui.table_dialog import (
    ERROR_BACKGROUND,
    WARNING_BACKGROUND,
    TableDialog,
    errors_of,
    findings_html,
    only_roles_text,
    rows_html,
    verdict_html,
    warnings_of,
)

GRADES_SHOWN = 7  # grades listed in the table before "…"


@dataclass(frozen=True)
class SchemeRow:
    scheme: Scheme
    changed: bool  # an administrator's version replaces the one shipped with the program


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


def _grades_text(scheme: Scheme) -> str:
    """Grades best → worst, shortened; a numeric range as "0–20"."""
    symbols = [g.symbol for g in scheme.grades]
    text = ", ".join(symbols[:GRADES_SHOWN]) + (", …" if len(symbols) > GRADES_SHOWN else "")
    if scheme.continuous:
        low, high = format_number(scheme.minimum), format_number(scheme.maximum)
        span = f"{high}–{low}" if scheme.higher_is_better else f"{low}–{high}"
        text = f"{text} ({span})" if text else span
    return text


def pass_text(scheme: Scheme) -> str:
    """The pass mark, or the lowest passing grade when the scale has no mark."""
    if scheme.pass_mark is not None:
        return scheme.print_value(scheme.pass_mark)
    passing = [g.symbol for g in scheme.grades if g.passes]
    return passing[-1] if passing else ""


def direction_text(scheme: Scheme) -> str:
    if scheme.higher_is_better:
        return translate("GradingPage", "higher is better")
    return translate("GradingPage", "%1 is best").replace("%1", scheme.best_symbol())


def _changed_text(row: SchemeRow) -> str:
    return translate("GradingPage", "by an administrator") if row.changed else ""


SCHEME_COLUMNS: list[ColumnSpec[SchemeRow]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Code")), lambda r: r.scheme.code, lambda r: r.scheme.code),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Country")), lambda r: r.scheme.country,
               lambda r: (r.scheme.country, r.scheme.code)),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Name")), lambda r: r.scheme.name, lambda r: r.scheme.name),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Grades, best first")), lambda r: _grades_text(r.scheme),
               lambda r: _grades_text(r.scheme)),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Passes from")), lambda r: pass_text(r.scheme),
               lambda r: pass_text(r.scheme)),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Direction")), lambda r: direction_text(r.scheme),
               lambda r: r.scheme.higher_is_better),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Changed")), _changed_text, lambda r: r.changed),
]


class SchemeModel(RowTableModel[SchemeRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(SCHEME_COLUMNS, parent)

    def row_data(self, row: SchemeRow, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and row.changed:
            return translate("GradingPage", "Changed by an administrator; the program's own version is replaced.")
        return None


def _usable_text(table: TableInfo) -> str:
    if table.usable:
        return translate("GradingPage", "yes")
    return QCoreApplication.translate("GradingPage", "no: %n error(s)", "", errors_of(table.findings))


def _institution_text(table: TableInfo) -> str:
    return table.institution or translate("GradingPage", "any")


TABLE_COLUMNS: list[ColumnSpec[TableInfo]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Scale")), lambda t: t.scheme_code,
               lambda t: (t.scheme_code, t.institution, -t.version)),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Institution")), _institution_text, lambda t: t.institution),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Name")), lambda t: t.name, lambda t: t.name),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Version")), lambda t: str(t.version), lambda t: t.version,
               align_right=True),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Valid from")), lambda t: format_date(t.valid_from),
               lambda t: t.valid_from),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Valid until")), lambda t: format_date(t.valid_to),
               lambda t: t.valid_to),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Usable")), _usable_text,
               lambda t: (t.usable, -errors_of(t.findings))),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Warnings")), lambda t: str(warnings_of(t.findings)),
               lambda t: warnings_of(t.findings), align_right=True),
]


class TableModel(RowTableModel[TableInfo]):
    def __init__(self, parent=None) -> None:
        super().__init__(TABLE_COLUMNS, parent)

    def row_data(self, row: TableInfo, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            if not row.usable:
                return QBrush(ERROR_BACKGROUND)
            if warnings_of(row.findings):
                return QBrush(WARNING_BACKGROUND)
        return None


def _splitter(parent: QWidget, view: QTableView, details: QTextBrowser) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.addWidget(view)
    splitter.addWidget(details)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter


class GradingPage(QWidget):
    catalogue_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("gradingPage")
        roles = desk.services.ctx.actor.roles
        self.may_edit_scales = allows(roles, Permission.SCALES_EDIT)
        self.may_edit_tables = allows(roles, Permission.TABLES_EDIT)
        layout = QVBoxLayout(self)
        self.parts = QTabWidget(self)
        self.parts.setObjectName("gradingParts")
        layout.addWidget(self.parts)

        # -- scales ----------------------------------------------------------------------------------------------
        scales = QWidget(self)
        scales_layout = QVBoxLayout(scales)
        intro = QLabel(self.tr("The grading scales of foreign grades, as the program ships them or as an "
                               "administrator changed them. Select one to see its grades."), scales)
        intro.setWordWrap(True)
        scales_layout.addWidget(intro)
        self.scheme_model = SchemeModel(self)
        self.scheme_view = QTableView(scales)
        self.scheme_view.setObjectName("schemesTable")
        self.scheme_view.setModel(self.scheme_model)
        configure_table(self.scheme_view)
        self.scheme_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        for column, width in enumerate((90, 60, 220, 220, 80, 110)):
            self.scheme_view.setColumnWidth(column, width)
        self.scheme_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.scheme_view.selectionModel().selectionChanged.connect(self._show_scheme)
        self.scheme_view.doubleClicked.connect(lambda _index: self.edit_scheme())
        self.scheme_details = QTextBrowser(scales)
        self.scheme_details.setObjectName("schemeDetails")
        self.scheme_details.setOpenLinks(False)
        scales_layout.addWidget(_splitter(scales, self.scheme_view, self.scheme_details), 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit scale…"), scales)
        self.edit_button.setObjectName("editScheme")
        self.edit_button.clicked.connect(self.edit_scheme)
        self.new_button = QPushButton(self.tr("&New scale…"), scales)
        self.new_button.setObjectName("newScheme")
        self.new_button.clicked.connect(self.new_scheme)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        scales_layout.addLayout(buttons)
        self.parts.addTab(scales, self.tr("Scales"))

        # -- conversion tables -----------------------------------------------------------------------------------
        tables = QWidget(self)
        tables_layout = QVBoxLayout(tables)
        intro = QLabel(self.tr("Stored conversion tables, every version. A table with errors is kept for the record "
                               "but never used for a suggestion."), tables)
        intro.setWordWrap(True)
        tables_layout.addWidget(intro)
        self.table_model = TableModel(self)
        self.table_view = QTableView(tables)
        self.table_view.setObjectName("conversionTables")
        self.table_view.setModel(self.table_model)
        configure_table(self.table_view)
        self.table_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        for column, width in enumerate((90, 110, 160, 60, 90, 90, 100)):
            self.table_view.setColumnWidth(column, width)
        self.table_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table_view.selectionModel().selectionChanged.connect(self._show_table)
        self.table_details = QTextBrowser(tables)
        self.table_details.setObjectName("tableDetails")
        self.table_details.setOpenLinks(False)
        tables_layout.addWidget(_splitter(tables, self.table_view, self.table_details), 1)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Check a file…"), tables)
        self.check_button.setObjectName("checkTableFile")
        self.check_button.setToolTip(self.tr("Read a conversion table (CSV or XLSX) and see what is wrong with it "
                                             "before anything is stored"))
        self.check_button.clicked.connect(self.check_file)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        tables_layout.addLayout(buttons)
        self.parts.addTab(tables, self.tr("Conversion tables"))

        self.edit_button.setToolTip(self.tr("Change the selected scale: grades, spellings, pass mark")
                                    if self.may_edit_scales else only_roles_text(Permission.SCALES_EDIT))
        self.new_button.setToolTip(self.tr("Add a scale the program does not know")
                                   if self.may_edit_scales else only_roles_text(Permission.SCALES_EDIT))
        self._enable()

    # -- loading ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        catalogue = self.desk.services.catalogue
        self.desk.runner.run(lambda: (catalogue.schemes(), catalogue.changed_scheme_codes()), self._schemes,
                             self._failed, owner=self, key="schemes")
        self.desk.runner.run(catalogue.tables, self._tables, self._failed, owner=self, key="tables")

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):
            prompts.show_error(self, error_text(error))

    def _schemes(self, loaded: tuple[list[Scheme], set[str]]) -> None:
        schemes, changed = loaded
        current = self.selected_scheme()
        self.scheme_model.set_rows([SchemeRow(s, s.code in changed) for s in schemes])
        if current is not None:
            self.select_scheme(current.code)
        self._show_scheme()

    def _tables(self, tables: list[TableInfo]) -> None:
        current = self.selected_table()
        self.table_model.set_rows(tables)
        if current is not None:
            for row in range(self.table_model.rowCount()):
                if self.table_model.row_at(row).id == current.id:
                    self.table_view.selectRow(row)
        self._show_table()

    def _enable(self) -> None:
        chosen = self.selected_scheme()
        self.edit_button.setEnabled(self.may_edit_scales and chosen is not None and not chosen.home)
        self.new_button.setEnabled(self.may_edit_scales)

    # -- scales ----------------------------------------------------------------------------------------------
    def selected_scheme(self) -> Scheme | None:
        rows = self.scheme_view.selectionModel().selectedRows()
        return self.scheme_model.row_at(rows[0].row()).scheme if len(rows) == 1 else None

    def scheme_rows(self) -> list[SchemeRow]:
        return self.scheme_model.rows()

    def select_scheme(self, code: str) -> bool:
        for row in range(self.scheme_model.rowCount()):
            if self.scheme_model.row_at(row).scheme.code == code:
                self.scheme_view.selectRow(row)
                return True
        return False

    def _show_scheme(self, *_args) -> None:
        self._enable()
        rows = self.scheme_view.selectionModel().selectedRows()
        if len(rows) != 1:
            self.scheme_details.setPlainText(self.tr("Select a scale to see its grades."))
            return
        self.scheme_details.setHtml(self._scheme_html(self.scheme_model.row_at(rows[0].row())))

    def _scheme_html(self, row: SchemeRow) -> str:
        s = row.scheme
        e = html.escape
        title = " — ".join(part for part in (s.code, s.name) if part)
        parts = [f"<h3>{e(title)}</h3>"]
        facts = [(self.tr("Country"), s.country or "—"), (self.tr("Direction"), direction_text(s))]
        if s.pass_mark is not None:
            facts.append((self.tr("Pass mark"), s.print_value(s.pass_mark)))
        elif pass_text(s):
            facts.append((self.tr("Lowest passing grade"), pass_text(s)))
        if s.continuous:
            span = self.tr("%1 to %2").replace("%1", format_number(s.minimum)).replace("%2", format_number(s.maximum))
            step = format_number(s.step) if s.step else self.tr("any decimal")
            facts.append((self.tr("Numeric range"), span))
            facts.append((self.tr("Step"), step))
        if s.passfail:
            facts.append((self.tr("Kind"), self.tr("pass/fail")))
        if s.home:
            facts.append((self.tr("Kind"), self.tr("home scale (comes with the program)")))
        parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td><b>{e(name)}:</b></td><td>{e(value)}</td></tr>" for name, value in facts) + "</table>")
        if row.changed:
            changed = self.tr("Changed by an administrator; the program's own version is replaced.")
            parts.append(f"<p><i>{e(changed)}</i></p>")
        if s.grades:
            titles = (self.tr("Grade"), self.tr("Value"), self.tr("Passes"), self.tr("Other spellings"))
            head = "".join(f"<th align='left'>{e(t)}</th>" for t in titles)
            body = []
            for grade in s.grades:
                value = format_number(grade.value) if grade.value is not None else ""
                if grade.low is not None and grade.high is not None:
                    value = self.tr("%1 to %2").replace("%1", format_number(grade.low)).replace(
                        "%2", format_number(grade.high))
                passes = self.tr("yes") if grade.passes else self.tr("no")
                colour = "" if grade.passes else " style='color:#9b1c1c'"
                body.append(f"<tr{colour}><td><b>{e(grade.symbol)}</b></td><td>{e(value)}</td><td>{e(passes)}</td>"
                            f"<td>{e(', '.join(grade.aliases))}</td></tr>")
            grades_title = self.tr("Grades, best first")
            parts.append(f"<h4>{e(grades_title)}</h4><table cellspacing='0' cellpadding='3'><tr>{head}</tr>"
                         + "".join(body) + "</table>")
        for name, text in ((self.tr("Source"), s.source), (self.tr("Notes"), s.notes)):
            if text:
                parts.append(f"<h4>{e(name)}</h4><p>{e(text)}</p>")
        return "".join(parts)

    def edit_scheme(self) -> None:
        scheme = self.selected_scheme()
        if scheme is None or scheme.home or not self.may_edit_scales:
            return
        self._save(SchemeDialog.ask(self, scheme))

    def new_scheme(self) -> None:
        if not self.may_edit_scales:
            return
        scheme = SchemeDialog.ask(self, None)
        if scheme is not None and any(r.scheme.code.casefold() == scheme.code.casefold() for r in self.scheme_rows()):
            prompts.show_error(self, self.tr("There already is a scale %1; change that one instead.")
                               .replace("%1", scheme.code))
            return
        self._save(scheme)

    def _save(self, scheme: Scheme | None) -> None:
        if scheme is None:
            return
        try:
            self.desk.services.catalogue.save_scheme(scheme)
        except AppError as error:
            prompts.show_error(self, error_text(error))
            return
        self.catalogue_changed.emit()
        self.refresh()
        self.select_scheme(scheme.code)

    # -- conversion tables -----------------------------------------------------------------------------------
    def selected_table(self) -> TableInfo | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.table_model.row_at(rows[0].row()) if len(rows) == 1 else None

    def _show_table(self, *_args) -> None:
        table = self.selected_table()
        if table is None:
            self.table_details.setPlainText(self.tr("Select a table to see its rows and what the validator found."))
            return
        e = html.escape
        facts = [(self.tr("Scale"), table.scheme_code), (self.tr("Institution"), _institution_text(table)),
                 (self.tr("Version"), str(table.version)),
                 (self.tr("Valid"), self.tr("from %1").replace("%1", format_date(table.valid_from))
                  + (" " + self.tr("until %1").replace("%1", format_date(table.valid_to)) if table.valid_to else "")),
                 (self.tr("Source"), table.source), (self.tr("Stored by"), table.created_by)]
        parts = [f"<h3>{e(table.label)}</h3>", verdict_html(table.findings, stored=True),
                 "<table cellspacing='0' cellpadding='2'>" + "".join(
                     f"<tr><td><b>{e(name)}:</b></td><td>{e(value)}</td></tr>" for name, value in facts) + "</table>"]
        found_title, rows_title = self.tr("What the validator found"), self.tr("Rows")
        parts += [f"<h4>{e(found_title)}</h4>", findings_html(table.findings), f"<h4>{e(rows_title)}</h4>",
                  rows_html(table.rows)]
        self.table_details.setHtml("".join(parts))

    def check_file(self) -> None:
        path = prompts.open_file(self, self.tr("Check a conversion table"),
                                 self.tr("Conversion tables (*.csv *.xlsx *.txt);;All files (*)"))
        if path is None:
            return
        if TableDialog.run(self, self.desk, path) is not None:
            self.catalogue_changed.emit()
            self.refresh()
