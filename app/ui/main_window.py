"""The main window only composes: the students and decisions pages, decision tabs, menus, status bar."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app import APP_NAME, __version__
from app import settings as settings_store
from app.services.catalogue import GradePolicy
from app.services.context import Role
from app.services.errors import InternalError, NotFound
from app.services.permissions import Permission, allows
from app.ui import prompts
from app.ui.audit_page import AuditPage
from app.ui.batch_page import BatchPage
from app.ui.decision_page import DecisionPage
from app.ui.decisions_page import DecisionsPage
from app.ui.desk import Desk
from app.ui.filter_bar import FilterBar
from app.ui.formatting import error_text
from app.ui.grading_page import GradingPage
from app.ui.grid_page import GridPage
from app.ui.layout_memory import LayoutMemory
from app.ui.report_actions import REPORT_SHORTCUT, ReportActions
from app.ui.results_panel import LOAD_RESULTS_SHORTCUT
from app.ui.settings_dialog import SettingsDialog
from app.ui.students_page import StudentsPage
from app.ui.trust_page import TrustPage
from app.ui.users_page import UsersPage

REPORT_FIELDS = ("report_university", "report_faculty", "report_dean_title", "report_dean_name", "report_place",
                 "report_legal_basis", "report_appeal", "report_language")
WATCH_INTERVAL_MS = 3000  # how often the window asks whether anything changed
STUDENTS_TAB, DECISIONS_TAB, BATCH_TAB, GRID_TAB, TRUST_TAB, GRADING_TAB = 0, 1, 2, 3, 4, 5
DECISION_SECTIONS = ("results", "agreement", "comparison", "grades", "history")  # "decision:ID:SECTION" pages


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None, remember_layout: bool = True) -> None:
        """`remember_layout`: restore the size, place and table columns of the last run and keep them at the end
        (off for pictures that must look the same everywhere)."""
        super().__init__(parent)
        self.desk = desk
        self.language = desk.settings.language
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} — " + self.tr("recognition of courses"))
        self.resize(1280, 800)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.students = StudentsPage(desk, self)
        self.decisions = DecisionsPage(desk, self)
        self.trust = TrustPage(desk, self)
        self.grading = GradingPage(desk, self)
        # a new table or a changed scale changes the suggestions of the open decisions
        self.grading.catalogue_changed.connect(
            lambda: [page.grades.refresh() for page in self.decision_pages.values()])
        self.grid = GridPage(desk, self)
        self.batch = BatchPage(desk, self)
        self.batch.imported.connect(self.refresh_all)
        self.tabs.addTab(self.students, self.tr("Students"))
        self.tabs.addTab(self.decisions, self.tr("Decisions"))
        self.tabs.addTab(self.batch, self.tr("EMREX batch"))
        self.tabs.addTab(self.grid, self.tr("Curriculum grid"))
        self.tabs.addTab(self.trust, self.tr("Trust store"))
        self.tabs.addTab(self.grading, self.tr("Grading scales"))
        # the lists stay; only decision tabs close
        for index in (STUDENTS_TAB, DECISIONS_TAB, BATCH_TAB, GRID_TAB, TRUST_TAB, GRADING_TAB):
            self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.users: UsersPage | None = None
        if desk.services.ctx.actor.has_any({Role.ADMIN}):  # accounts are the administrator's alone
            self.users = UsersPage(desk, self)  # loads whenever it is shown
            users_tab = self.tabs.addTab(self.users, self.tr("Users"))
            self.tabs.tabBar().setTabButton(users_tab, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.audit: AuditPage | None = None
        if allows(desk.services.ctx.actor.roles, Permission.AUDIT_READ):
            self.audit = AuditPage(desk, self)  # loads whenever it is shown
            audit_tab = self.tabs.addTab(self.audit, self.tr("Audit log"))
            self.tabs.tabBar().setTabButton(audit_tab, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.setCentralWidget(self.tabs)
        self.decision_pages: dict[int, DecisionPage] = {}

        self.students.decisions_opened.connect(self.refresh_all)
        self.students.students_changed.connect(self.refresh_all)
        self.decisions.decisions_changed.connect(self.refresh_all)
        self.decisions.open_requested.connect(self.show_decision)
        self.students.show_decisions_requested.connect(self.show_decisions_of)
        self.students.open_decision_requested.connect(self.open_decision_of)
        self._build_menus()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed()
        user = desk.services.ctx.actor
        self.statusBar().addPermanentWidget(QLabel(self.tr("Database: %1").replace("%1", desk.database_label)))
        self.statusBar().addPermanentWidget(QLabel(self.tr("Signed in: %1").replace("%1", user.login)))
        # changes made on other workstations reach the open lists within a few seconds
        self.last_change: int | None = None
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_INTERVAL_MS)
        self.watch.timeout.connect(self.look_for_changes)
        self.watch.start()
        self.layouts = LayoutMemory() if remember_layout else None
        if self.layouts is not None:
            self.layouts.restore_window(self)
            for page in self._list_pages():
                self.layouts.restore_tables(page)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import students…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.students.import_students)
        file_menu.addAction(self.import_action)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.edit_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.search_action = QAction(self.tr("&Search"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        view_menu.addAction(self.search_action)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh_all)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        self._add_tab_actions(view_menu)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("pl", "Polski"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.language == code)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        decision_menu = self.menuBar().addMenu(self.tr("&Decisions"))
        open_action = QAction(self.tr("&Open decision for selected students…"), self)
        open_action.setShortcut(QKeySequence("Ctrl+N"))
        open_action.triggered.connect(self._open_decisions)
        decision_menu.addAction(open_action)
        extend_action = QAction(self.tr("&Extend deadline of selected decisions…"), self)
        extend_action.setShortcut(QKeySequence("Ctrl+E"))
        extend_action.triggered.connect(self._extend)
        decision_menu.addAction(extend_action)
        self._add_open_actions(decision_menu)
        self._add_report_menu(decision_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Uznania"), self)
        about.triggered.connect(lambda: prompts.show_info(self, f"{APP_NAME} {__version__}\n" + self.tr(
            "Recognition of courses completed at other universities.")))
        help_menu.addAction(about)

    def _add_tab_actions(self, menu) -> None:
        """Ctrl+W closes the open decision's tab; Ctrl+Tab and Ctrl+Shift+Tab go round the tabs (also from inside
        a decision, whose own section tabs would otherwise take the keys)."""
        self.close_tab_action = QAction(self.tr("&Close decision tab"), self)
        self.close_tab_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Ctrl+F4")])
        self.close_tab_action.triggered.connect(lambda: self._close_tab(self.tabs.currentIndex()))
        self.next_tab_action = QAction(self.tr("&Next tab"), self)
        self.next_tab_action.setShortcuts(QKeySequence.StandardKey.NextChild)
        self.next_tab_action.triggered.connect(lambda: self._step_tab(1))
        self.previous_tab_action = QAction(self.tr("&Previous tab"), self)
        self.previous_tab_action.setShortcuts(QKeySequence.StandardKey.PreviousChild)
        self.previous_tab_action.triggered.connect(lambda: self._step_tab(-1))
        menu.addActions([self.close_tab_action, self.next_tab_action, self.previous_tab_action])

    def _add_open_actions(self, menu) -> None:
        """Ctrl+O (Enter in the lists) opens the selected decision; Ctrl+L loads EMREX results into the open one."""
        self.show_action = QAction(self.tr("&Show selected decision"), self)
        self.show_action.setShortcuts(QKeySequence.StandardKey.Open)
        self.show_action.triggered.connect(self.open_selected)
        self.load_results_action = QAction(self.tr("Loa&d EMREX results…"), self)
        self.load_results_action.setShortcut(LOAD_RESULTS_SHORTCUT)
        self.load_results_action.triggered.connect(self.load_results)
        self.fetch_results_action = QAction(self.tr("&Fetch via EMREX…"), self)
        self.fetch_results_action.triggered.connect(self.fetch_results)
        menu.addActions([self.show_action, self.load_results_action, self.fetch_results_action])

    def _tab_changed(self) -> None:
        on_decision = isinstance(self.tabs.currentWidget(), DecisionPage)
        self.close_tab_action.setEnabled(on_decision)
        self.load_results_action.setEnabled(on_decision)
        self.fetch_results_action.setEnabled(on_decision)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _add_report_menu(self, menu) -> None:
        """Reports: the open decision's (Ctrl+P), the list report, the export for data entry."""
        self.reports = ReportActions(self.desk, self)
        menu.addSeparator()
        self.report_action = QAction(self.tr("Decision &report…"), self)
        self.report_action.setShortcut(REPORT_SHORTCUT)
        self.report_action.triggered.connect(self._report)
        self.list_report_action = QAction(self.tr("&List report…"), self)
        self.list_report_action.triggered.connect(self.reports.list_report)
        for action in (self.report_action, self.list_report_action):
            action.setEnabled(self.reports.may_print)
            menu.addAction(action)
        self.export_approved_action: QAction | None = None
        if self.reports.may_export:
            self.export_approved_action = QAction(self.tr("E&xport approved recognitions…"), self)
            self.export_approved_action.triggered.connect(lambda: self.reports.export_approved())
            menu.addAction(self.export_approved_action)

    def _report(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, DecisionPage):
            page.report()
        elif isinstance(page, DecisionsPage):
            page.preview_report()

    # -- other workstations ---------------------------------------------------------------------------------
    def look_for_changes(self) -> None:
        self.desk.runner.run(self.desk.services.audit.latest_id, self._seen_change, self._unreachable, owner=self,
                             key="watch")

    def _seen_change(self, latest: int) -> None:
        changed = self.last_change is not None and latest != self.last_change
        self.last_change = latest
        if changed:
            self.refresh_all()

    def _unreachable(self, error) -> None:
        if not isinstance(error, InternalError):  # the database is away: say so, keep trying, lose nothing
            self.statusBar().showMessage(error_text(error), WATCH_INTERVAL_MS * 2)

    # -- navigation ------------------------------------------------------------------------------------------
    def refresh_all(self) -> None:
        self.students.refresh()
        self.decisions.refresh()
        self.trust.refresh()
        self.grading.refresh()
        self.grid.refresh()
        for page in self.decision_pages.values():
            page.refresh()

    def show_page(self, name: str) -> None:
        """"students", "decisions", "batch", "grid", "trust", "grading", "decision:ID" or "decision:ID:SECTION"
        (SECTION: results, agreement, comparison, grades or history — that tab of the decision)."""
        if name == "students":
            self.tabs.setCurrentIndex(STUDENTS_TAB)
        elif name == "decisions":
            self.tabs.setCurrentIndex(DECISIONS_TAB)
        elif name == "batch":
            self.tabs.setCurrentIndex(BATCH_TAB)
        elif name == "grid":
            self.tabs.setCurrentIndex(GRID_TAB)
        elif name == "trust":
            self.tabs.setCurrentIndex(TRUST_TAB)
        elif name == "grading":
            self.tabs.setCurrentIndex(GRADING_TAB)
        elif name.startswith("decision:") and name.split(":", 1)[1].isdigit():
            self.show_decision(int(name.split(":", 1)[1]))
        elif name.startswith("decision:") and name.count(":") == 2 and name.split(":")[1].isdigit() \
                and name.split(":")[2] in DECISION_SECTIONS:
            _, number, section = name.split(":")
            try:  # no tab (and no error box) for a decision that is not there
                self.desk.services.decisions.get(int(number))
            except NotFound as error:
                raise ValueError(name) from error
            page = self.show_decision(int(number))
            # the history table sits in a plain widget of its own; the other sections are the page's panels
            tab = page.history.parentWidget() if section == "history" else getattr(page, section)
            page.sections.setCurrentWidget(tab)
        else:
            raise ValueError(name)

    def show_decisions_of(self, album_number: str) -> None:
        self.tabs.setCurrentIndex(DECISIONS_TAB)
        self.decisions.filters.search.setText(album_number)

    def open_decision_of(self, album_number: str) -> None:
        """A student's decision opens when they have one; with more, the list shows theirs to choose from."""
        self.show_decisions_of(album_number)
        theirs = [row for row in self.decisions.model.rows() if row.album_number == album_number]
        if len(theirs) == 1:
            self.show_decision(theirs[0].id)

    def open_selected(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.decisions:
            self.decisions.show_selected()
        elif page is self.students:
            self.students.open_selected()

    def load_results(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, DecisionPage):
            page.load_results()

    def fetch_results(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, DecisionPage):
            page.fetch_results()

    def show_decision(self, decision_id: int) -> DecisionPage:
        page = self.decision_pages.get(decision_id)
        if page is None:
            page = DecisionPage(self.desk, decision_id, self)
            page.decisions_changed.connect(self.refresh_all)
            page.loaded.connect(lambda number, p=page: self.tabs.setTabText(self.tabs.indexOf(p), number))
            self.decision_pages[decision_id] = page
            if self.layouts is not None:
                self.layouts.restore_tables(page)
            self.tabs.addTab(page, "…")
            page.refresh()
        self.tabs.setCurrentWidget(page)
        return page

    def _close_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, DecisionPage):
            if self.layouts is not None:
                self.layouts.save_tables(page)
            self.tabs.removeTab(index)
            del self.decision_pages[page.decision_id]
            page.deleteLater()

    def focus_search(self) -> None:
        filters = getattr(self.tabs.currentWidget(), "filters", None)
        if isinstance(filters, FilterBar):
            filters.search.setFocus()
            filters.search.selectAll()

    def _open_decisions(self) -> None:
        self.tabs.setCurrentIndex(STUDENTS_TAB)
        self.students.open_decisions()

    def _extend(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, DecisionPage):
            page.extend()
        else:
            self.tabs.setCurrentIndex(DECISIONS_TAB)
            self.decisions.extend_selected()

    def choose_language(self, code: str) -> None:
        if code == self.language:
            return
        self.language = code
        settings_store.save(settings_store.load().with_changes(language=code))
        prompts.show_info(self, self.tr("The language changes when Uznania is started again."))

    # -- settings --------------------------------------------------------------------------------------------
    def edit_settings(self) -> None:
        """The settings dialog over the saved settings; what applies at once is applied, the rest (language,
        database, backups) when the program is started again."""
        saved = settings_store.load()
        chosen = SettingsDialog.ask(self, saved)
        if chosen is None or chosen == saved:
            return
        try:
            settings_store.save(chosen)
        except OSError as error:
            prompts.show_error(self, self.tr("The settings cannot be saved: %1").replace("%1", str(error)))
            return
        self.apply_settings(chosen)
        if chosen.language != self.language:
            self.language = chosen.language
            self.language_actions[chosen.language].setChecked(True)
        running = self.desk.settings
        if (chosen.language, chosen.database_url) != (running.language, running.database_url):
            prompts.show_info(self, self.tr("The language and the database change when Uznania is started again."))
        else:
            self.statusBar().showMessage(self.tr("Settings saved."), WATCH_INTERVAL_MS * 2)

    def apply_settings(self, chosen: settings_store.Settings) -> None:
        """Put into effect at once what needs no restart: the default deadline, the studies and grading rules,
        the report texts. desk.settings keeps the language, database and backups the program runs with."""
        running = self.desk.settings.with_changes(
            default_deadline_days=chosen.default_deadline_days,
            required_ects_per_semester=chosen.required_ects_per_semester,
            resit_session_end=chosen.resit_session_end, grade_5_5=chosen.grade_5_5,
            grade_rounding=chosen.grade_rounding, distribution_rule=chosen.distribution_rule,
            **{name: getattr(chosen, name) for name in REPORT_FIELDS})
        # The desk is one frozen object every page holds; its settings are swapped here and nowhere else.
        object.__setattr__(self.desk, "settings", running)
        services = self.desk.services
        services.catalogue.policy = GradePolicy(chosen.grade_5_5, chosen.grade_rounding, chosen.distribution_rule)
        services.comparison.required_ects = Decimal(chosen.required_ects_per_semester)
        services.comparison.resit_session_end = settings_store.month_day(chosen.resit_session_end)
        services.reports.options = chosen.report_options()
        self.refresh_all()

    # -- remembered layout -----------------------------------------------------------------------------------
    def _list_pages(self) -> list[QWidget]:
        pages = [self.students, self.decisions, self.batch, self.grid, self.trust, self.grading, self.users,
                 self.audit]
        return [page for page in pages if page is not None]

    def save_layout(self) -> None:
        if self.layouts is None:
            return
        self.layouts.save_window(self)
        for page in [*self._list_pages(), *self.decision_pages.values()]:
            self.layouts.save_tables(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
