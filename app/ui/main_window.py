"""The main window only composes: the students and decisions pages, decision tabs, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app import APP_NAME, __version__
from app import settings as settings_store
from app.services.context import Role
from app.services.errors import InternalError
from app.services.permissions import Permission, allows
from app.ui import prompts
from app.ui.audit_page import AuditPage
from app.ui.batch_page import BatchPage
from app.ui.decision_page import DecisionPage
from app.ui.decisions_page import DecisionsPage
from app.ui.desk import Desk
from app.ui.formatting import error_text
from app.ui.grading_page import GradingPage
from app.ui.grid_page import GridPage
from app.ui.report_actions import REPORT_SHORTCUT, ReportActions
from app.ui.students_page import StudentsPage
from app.ui.trust_page import TrustPage
from app.ui.users_page import UsersPage

WATCH_INTERVAL_MS = 3000  # how often the window asks whether anything changed
STUDENTS_TAB, DECISIONS_TAB, BATCH_TAB, GRID_TAB, TRUST_TAB, GRADING_TAB = 0, 1, 2, 3, 4, 5


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
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
        self._build_menus()
        user = desk.services.ctx.actor
        self.statusBar().addPermanentWidget(QLabel(self.tr("Database: %1").replace("%1", desk.database_label)))
        self.statusBar().addPermanentWidget(QLabel(self.tr("Signed in: %1").replace("%1", user.login)))
        # changes made on other workstations reach the open lists within a few seconds
        self.last_change: int | None = None
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_INTERVAL_MS)
        self.watch.timeout.connect(self.look_for_changes)
        self.watch.start()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import students…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.students.import_students)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        find = QAction(self.tr("&Search"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        view_menu.addAction(find)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_all)
        view_menu.addAction(refresh)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("pl", "Polski"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.language == code)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        decision_menu = self.menuBar().addMenu(self.tr("&Decisions"))
        open_action = QAction(self.tr("&Open decision for selected students…"), self)
        open_action.setShortcut(QKeySequence("Ctrl+N"))
        open_action.triggered.connect(self._open_decisions)
        decision_menu.addAction(open_action)
        extend_action = QAction(self.tr("&Extend deadline of selected decisions…"), self)
        extend_action.setShortcut(QKeySequence("Ctrl+E"))
        extend_action.triggered.connect(self._extend)
        decision_menu.addAction(extend_action)
        self._add_report_menu(decision_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Uznania"), self)
        about.triggered.connect(lambda: prompts.show_info(self, f"{APP_NAME} {__version__}\n" + self.tr(
            "Recognition of courses completed at other universities.")))
        help_menu.addAction(about)

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
        """"students", "decisions" or "decision:ID"."""
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
        else:
            raise ValueError(name)

    def show_decisions_of(self, album_number: str) -> None:
        self.tabs.setCurrentIndex(DECISIONS_TAB)
        self.decisions.filters.search.setText(album_number)

    def show_decision(self, decision_id: int) -> DecisionPage:
        page = self.decision_pages.get(decision_id)
        if page is None:
            page = DecisionPage(self.desk, decision_id, self)
            page.decisions_changed.connect(self.refresh_all)
            page.loaded.connect(lambda number, p=page: self.tabs.setTabText(self.tabs.indexOf(p), number))
            self.decision_pages[decision_id] = page
            self.tabs.addTab(page, "…")
            page.refresh()
        self.tabs.setCurrentWidget(page)
        return page

    def _close_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, DecisionPage):
            self.tabs.removeTab(index)
            del self.decision_pages[page.decision_id]
            page.deleteLater()

    def focus_search(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, (StudentsPage, DecisionsPage)):
            page.filters.search.setFocus()
            page.filters.search.selectAll()

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
