"""The desk's settings in one dialog: the database, the language, the faculty's data on reports, the studies and
grading rules, and the backups of the local file.

`SettingsDialog.ask(parent, settings) -> Settings | None`. OK stays disabled, with a line saying why, while a value
would not pass the checks app/settings.py makes when it loads the file. The database address is composed from its
parts (no password: people sign in) and parsed back; an address with more than the fields show (a password, query
options, another driver) is kept as it is until one of the database fields is changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.settings import Settings, month_day
from app.ui import prompts

# the ranges app/settings.py accepts (`_sensible`)
DEADLINE_DAYS = (0, 366)
ECTS_PER_SEMESTER = (1, 60)
BACKUP_EVERY_DAYS = (0, 366)
BACKUP_KEEP = (1, 1000)

SERVER_SCHEME = "postgresql+psycopg"
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2")
DEFAULT_PORT = 5432
SQLITE_PREFIX = "sqlite:///"  # as app.models.db.sqlite_url writes it
_NOT_IN_HOST = set(" \t\r\n/@?#")


@dataclass(frozen=True)
class DatabaseChoice:
    """The database as the dialog shows it: the local SQLite file (empty path: the default one) or a server."""

    server: bool = False
    path: str = ""
    host: str = ""
    port: int = DEFAULT_PORT
    name: str = ""
    user: str = ""


def compose_database_url(choice: DatabaseChoice) -> str:
    """The settings' database_url: empty for the default local file."""
    if not choice.server:
        return SQLITE_PREFIX + choice.path if choice.path else ""
    user = quote(choice.user, safe="") + "@" if choice.user else ""
    host = f"[{choice.host}]" if ":" in choice.host else choice.host  # an IPv6 address
    return f"{SERVER_SCHEME}://{user}{host}:{choice.port}/{quote(choice.name, safe='')}"


def parse_database_url(url: str) -> DatabaseChoice | None:
    """The fields of a database_url; None for one the dialog cannot show at all. What the fields leave out (a
    password, query options) shows in compose_database_url(choice) != url."""
    if not url:
        return DatabaseChoice()
    scheme, separator, rest = url.partition("://")
    if not separator:
        return None
    if scheme == "sqlite":
        path = url[len(SQLITE_PREFIX):] if url.startswith(SQLITE_PREFIX) else ""
        return DatabaseChoice(path=path) if path and not path.startswith(":memory:") else None
    if scheme not in SERVER_SCHEMES:
        return None
    location, _, tail = rest.partition("/")
    name = tail.partition("?")[0]
    credentials, _, address = location.rpartition("@")
    user = credentials.partition(":")[0]
    if address.startswith("["):
        host, _, port_text = address[1:].partition("]")
        port_text = port_text.removeprefix(":")
    else:
        host, _, port_text = address.partition(":")
    try:
        port = int(port_text) if port_text else DEFAULT_PORT
    except ValueError:
        return None
    if not 1 <= port <= 65535:
        return None
    return DatabaseChoice(server=True, host=host, port=port, name=unquote(name), user=unquote(user))


def _spin(parent: QWidget, limits: tuple[int, int], value: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(*limits)
    spin.setValue(min(max(value, limits[0]), limits[1]))
    return spin


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.original = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self._database_tab(settings), self.tr("&Database"))
        self.tabs.addTab(self._language_tab(settings), self.tr("&Language"))
        self.tabs.addTab(self._reports_tab(settings), self.tr("&Faculty and reports"))
        self.tabs.addTab(self._studies_tab(settings), self.tr("&Studies and grades"))
        self.tabs.addTab(self._backups_tab(settings), self.tr("Bac&kups"))
        layout.addWidget(self.tabs)
        self.message = QLabel(self)
        self.message.setObjectName("settingsProblem")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.path, self.host, self.database_name, self.user, self.resit):
            edit.textChanged.connect(self._update)
        self.port.valueChanged.connect(self._update)
        self.server.toggled.connect(self._update)
        self.local.toggled.connect(self._update)
        self._update()

    # -- the tabs --------------------------------------------------------------------------------------------
    def _database_tab(self, settings: Settings) -> QWidget:
        page = QWidget(self)
        page.setObjectName("databaseTab")
        layout = QVBoxLayout(page)
        parsed = parse_database_url(settings.database_url)
        self.initial_database = parsed  # None: an address the fields cannot show; neither kind is chosen then
        choice = parsed or DatabaseChoice()
        self.local = QRadioButton(self.tr("Local file on this co&mputer (default)"), page)
        self.local.setObjectName("localDatabase")
        self.server = QRadioButton(self.tr("Faculty se&rver (PostgreSQL)"), page)
        self.server.setObjectName("serverDatabase")
        group = QButtonGroup(page)
        group.addButton(self.local)
        group.addButton(self.server)
        if parsed is not None:
            (self.server if choice.server else self.local).setChecked(True)

        layout.addWidget(self.local)
        local_form = QFormLayout()
        self.path = QLineEdit(choice.path, page)
        self.path.setObjectName("databasePath")
        self.path.setPlaceholderText(str(paths.default_database_path()))
        self.path.setToolTip(self.tr("Empty: the program's own file in the user's data folder."))
        self.browse = QPushButton(self.tr("&Browse…"), page)
        self.browse.setObjectName("browseDatabase")
        self.browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        local_form.addRow(self.tr("Fil&e:"), file_row)
        layout.addLayout(_indented(local_form))

        layout.addWidget(self.server)
        server_form = QFormLayout()
        self.host = QLineEdit(choice.host, page)
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. db.faculty.example.edu"))
        server_form.addRow(self.tr("&Host:"), self.host)
        self.port = _spin(page, (1, 65535), choice.port)
        self.port.setObjectName("serverPort")
        server_form.addRow(self.tr("&Port:"), self.port)
        self.database_name = QLineEdit(choice.name, page)
        self.database_name.setObjectName("serverDatabaseName")
        server_form.addRow(self.tr("Database &name:"), self.database_name)
        self.user = QLineEdit(choice.user, page)
        self.user.setObjectName("serverUser")
        server_form.addRow(self.tr("&User:"), self.user)
        layout.addLayout(_indented(server_form))
        self.server_fields = (self.host, self.port, self.database_name, self.user)
        self.local_fields = (self.path, self.browse)

        notes = [self.tr("No password is kept here: everyone signs in with their own when the program starts."),
                 self.tr("A change takes effect when Uznania is started again.")]
        if parsed is None:
            notes.append(self.tr("The current address cannot be shown here; it is kept unless you choose one of "
                                 "the above."))
        elif compose_database_url(parsed) != settings.database_url:
            notes.append(self.tr("The current address holds more than these fields show; it is kept as it is "
                                 "unless you change them."))
        layout.addWidget(_note(" ".join(notes), page))
        layout.addStretch(1)
        return page

    def _language_tab(self, settings: Settings) -> QWidget:
        page = QWidget(self)
        page.setObjectName("languageTab")
        layout = QVBoxLayout(page)
        self.polish = QRadioButton(self.tr("&Polski"), page)
        self.polish.setObjectName("polish")
        self.english = QRadioButton(self.tr("&English"), page)
        self.english.setObjectName("english")
        group = QButtonGroup(page)
        group.addButton(self.polish)
        group.addButton(self.english)
        (self.english if settings.language == "en" else self.polish).setChecked(True)
        layout.addWidget(self.polish)
        layout.addWidget(self.english)
        layout.addWidget(_note(self.tr("The language changes when Uznania is started again."), page))
        layout.addStretch(1)
        return page

    def _reports_tab(self, settings: Settings) -> QWidget:
        page = QWidget(self)
        page.setObjectName("reportsTab")
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.university = QLineEdit(settings.report_university, page)
        self.university.setObjectName("university")
        form.addRow(self.tr("&University:"), self.university)
        self.faculty = QLineEdit(settings.report_faculty, page)
        self.faculty.setObjectName("faculty")
        form.addRow(self.tr("Facult&y:"), self.faculty)
        self.dean_title = QLineEdit(settings.report_dean_title, page)
        self.dean_title.setObjectName("deanTitle")
        self.dean_title.setPlaceholderText(self.tr("e.g. Dziekan, Prodziekan ds. studenckich"))
        form.addRow(self.tr("Dean's &title:"), self.dean_title)
        self.dean_name = QLineEdit(settings.report_dean_name, page)
        self.dean_name.setObjectName("deanName")
        form.addRow(self.tr("Dean's &name:"), self.dean_name)
        self.place = QLineEdit(settings.report_place, page)
        self.place.setObjectName("place")
        form.addRow(self.tr("&Place of issue:"), self.place)
        self.legal_basis = QPlainTextEdit(settings.report_legal_basis, page)
        self.legal_basis.setObjectName("legalBasis")
        self.legal_basis.setTabChangesFocus(True)
        self.legal_basis.setFixedHeight(64)
        form.addRow(self.tr("Le&gal basis:"), self.legal_basis)
        self.appeal = QPlainTextEdit(settings.report_appeal, page)
        self.appeal.setObjectName("appeal")
        self.appeal.setTabChangesFocus(True)
        self.appeal.setFixedHeight(64)
        form.addRow(self.tr("&Appeal instruction:"), self.appeal)
        self.report_language = QComboBox(page)
        self.report_language.setObjectName("reportLanguage")
        for text, code in ((self.tr("Polski"), "pl"), (self.tr("English"), "en"),
                           (self.tr("Polski + English"), "both")):
            self.report_language.addItem(text, code)
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(settings.report_language)))
        form.addRow(self.tr("&Reports in:"), self.report_language)
        layout.addLayout(form)
        layout.addWidget(_note(self.tr("Printed on every report made from now on; reports already saved do not "
                                       "change."), page))
        layout.addStretch(1)
        return page

    def _studies_tab(self, settings: Settings) -> QWidget:
        page = QWidget(self)
        page.setObjectName("studiesTab")
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.deadline_days = _spin(page, DEADLINE_DAYS, settings.default_deadline_days)
        self.deadline_days.setObjectName("deadlineDays")
        self.deadline_days.setToolTip(self.tr("How many days from today a new decision's web deadline is set."))
        form.addRow(self.tr("Default web deadl&ine (days):"), self.deadline_days)
        self.ects = _spin(page, ECTS_PER_SEMESTER, settings.required_ects_per_semester)
        self.ects.setObjectName("ectsPerSemester")
        form.addRow(self.tr("&Required ECTS per semester:"), self.ects)
        self.resit = QLineEdit(settings.resit_session_end, page)
        self.resit.setObjectName("resitEnd")
        self.resit.setPlaceholderText(self.tr("empty: 30 September or 15 March"))
        self.resit.setToolTip(self.tr("The day of the year (month-day, e.g. 09-30) by which the obligations of a "
                                      "semester abroad are due."))
        form.addRow(self.tr("Resit session &end (MM-DD):"), self.resit)
        layout.addLayout(form)
        self.with_5_5 = QCheckBox(self.tr("The home scale has &5.5 (celujący)"), page)
        self.with_5_5.setObjectName("with55")
        self.with_5_5.setChecked(settings.grade_5_5)
        layout.addWidget(self.with_5_5)

        rounding = QGroupBox(self.tr("A mean of several foreign grades for one course is rounded"), page)
        rounding_layout = QVBoxLayout(rounding)
        self.rounding_buttons: dict[str, QRadioButton] = {}
        self.rounding_group = QButtonGroup(page)
        for code, text in (
                ("half_up", self.tr("to the nearest grade, a mean halfway &up: 4.25 → 4.5, 4.2 → 4.0")),
                ("half_down", self.tr("to the nearest grade, a mean halfway dow&n: 4.25 → 4.0, 4.3 → 4.5")),
                ("down", self.tr("&always down to the grade below: 4.49 → 4.0"))):
            button = QRadioButton(text, rounding)
            button.setObjectName(f"rounding_{code}")
            button.setChecked(code == settings.grade_rounding)
            self.rounding_group.addButton(button)
            self.rounding_buttons[code] = button
            rounding_layout.addWidget(button)
        layout.addWidget(rounding)

        distribution = QGroupBox(self.tr("The grading-table (distribution) method gives the home grade"), page)
        distribution_layout = QVBoxLayout(distribution)
        self.rule_buttons: dict[str, QRadioButton] = {}
        self.rule_group = QButtonGroup(page)
        for code, text in (
                ("overlap", self.tr("whose percentile band o&verlaps the foreign grade's band most")),
                ("midpoint", self.tr("whose percentile band holds the &middle of the foreign grade's band"))):
            button = QRadioButton(text, distribution)
            button.setObjectName(f"rule_{code}")
            button.setChecked(code == settings.distribution_rule)
            self.rule_group.addButton(button)
            self.rule_buttons[code] = button
            distribution_layout.addWidget(button)
        layout.addWidget(distribution)
        layout.addWidget(_note(self.tr("These apply at once, to grades suggested from now on; grades already "
                                       "given do not change."), page))
        layout.addStretch(1)
        return page

    def _backups_tab(self, settings: Settings) -> QWidget:
        page = QWidget(self)
        page.setObjectName("backupsTab")
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.backup_every = _spin(page, BACKUP_EVERY_DAYS, settings.backup_every_days)
        self.backup_every.setObjectName("backupEvery")
        self.backup_every.setSpecialValueText(self.tr("never"))
        form.addRow(self.tr("Back up the local file &every (days):"), self.backup_every)
        self.backup_keep = _spin(page, BACKUP_KEEP, settings.backup_keep)
        self.backup_keep.setObjectName("backupKeep")
        form.addRow(self.tr("&Number of copies kept:"), self.backup_keep)
        layout.addLayout(form)
        layout.addWidget(_note(self.tr("The local file is copied into the backups folder of the program's data "
                                       "folder when Uznania starts and the newest copy is this many days old; "
                                       "older copies beyond the number kept are deleted. A server's database is "
                                       "backed up on the server. A change applies from the next start."), page))
        layout.addStretch(1)
        return page

    # -- reading the fields ----------------------------------------------------------------------------------
    def database_choice(self) -> DatabaseChoice | None:
        """None while neither kind is chosen (the address could not be shown)."""
        if self.server.isChecked():
            return DatabaseChoice(server=True, host=self.host.text().strip(), port=self.port.value(),
                                  name=self.database_name.text().strip(), user=self.user.text().strip())
        if not self.local.isChecked():
            return None
        text = self.path.text().strip()
        return DatabaseChoice(path=str(Path(text).expanduser()) if text else "")

    def database_url(self) -> str:
        """The address as composed from the fields; the original one while nothing of it was changed."""
        choice, initial = self.database_choice(), self.initial_database
        if initial is not None and not initial.server:
            initial = DatabaseChoice(path=initial.path)  # the server's fields do not count for a local file
        if choice is None or choice == initial:
            return self.original.database_url
        return compose_database_url(choice)

    def problem(self) -> str:
        """What keeps the settings from being saved; empty when nothing does."""
        database = self._database_problem(self.database_choice())
        if database:
            return database
        resit = self.resit.text().strip()
        if resit and month_day(resit) is None:
            return self.tr("Studies and grades: the resit session end must be a day of the year as MM-DD, "
                           "e.g. 09-30.")
        return ""

    def _database_problem(self, choice: DatabaseChoice | None) -> str:
        if choice is None:
            return ""
        if choice.server:
            if not choice.host:
                return self.tr("Database: enter the server's host name or address.")
            if _NOT_IN_HOST & set(choice.host):
                return self.tr("Database: %1 is not a host name or address.").replace("%1", choice.host)
            if not choice.name:
                return self.tr("Database: enter the name of the database on the server.")
        elif choice.path:
            if not Path(choice.path).is_absolute():
                return self.tr("Database: give the file with its whole path, or choose it with the Browse button.")
            if Path(choice.path).is_dir():
                return self.tr("Database: %1 is a folder, not a file.").replace("%1", choice.path)
        return ""

    def result_value(self) -> Settings:
        resit = self.resit.text().strip()
        day = month_day(resit) if resit else None
        return self.original.with_changes(
            database_url=self.database_url(),
            language="en" if self.english.isChecked() else "pl",
            report_university=self.university.text().strip(),
            report_faculty=self.faculty.text().strip(),
            report_dean_title=self.dean_title.text().strip(),
            report_dean_name=self.dean_name.text().strip(),
            report_place=self.place.text().strip(),
            report_legal_basis=self.legal_basis.toPlainText().strip(),
            report_appeal=self.appeal.toPlainText().strip(),
            report_language=self.report_language.currentData(),
            default_deadline_days=self.deadline_days.value(),
            required_ects_per_semester=self.ects.value(),
            resit_session_end=f"{day[0]:02d}-{day[1]:02d}" if day else "",
            grade_5_5=self.with_5_5.isChecked(),
            grade_rounding=_checked(self.rounding_buttons, self.original.grade_rounding),
            distribution_rule=_checked(self.rule_buttons, self.original.distribution_rule),
            backup_every_days=self.backup_every.value(),
            backup_keep=self.backup_keep.value(),
        )

    # -- reacting --------------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        current = self.path.text().strip() or str(paths.default_database_path())
        chosen = prompts.database_file(self, self.tr("Database file"),
                                       self.tr("SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)"), current)
        if chosen is not None:
            self.path.setText(str(chosen))

    def _update(self) -> None:
        for widget in self.server_fields:
            widget.setEnabled(self.server.isChecked())
        for widget in self.local_fields:
            widget.setEnabled(self.local.isChecked())
        problem = self.problem()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

    @classmethod
    def ask(cls, parent, settings: Settings) -> Settings | None:
        dialog = cls(parent, settings)
        try:
            return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _checked(buttons: dict[str, QRadioButton], fallback: str) -> str:
    return next((code for code, button in buttons.items() if button.isChecked()), fallback)


def _indented(inner) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addSpacing(24)
    row.addLayout(inner)
    return row
