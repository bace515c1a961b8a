"""Starting the window: the Qt application, fonts, the crash handler, and the offscreen screenshot."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__, paths
from app.services.errors import AppError
from app.services.registry import Services
from app.settings import Settings
from app.ui.crash_dialog import CrashHandler
from app.ui.desk import Desk
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    for font in sorted((paths.resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    if "DejaVu Sans" in QFontDatabase.families():
        app.setFont(QFont("DejaVu Sans", 10))
    icon = paths.resources_dir() / "icons" / "uznania.svg"
    if icon.exists():  # a vector icon: sharp on high-density screens at every size
        app.setWindowIcon(QIcon(str(icon)))
    return app


def install_crash_handler() -> CrashHandler:
    """Bugs (exceptions nobody caught, in a slot or a background task) get the crash dialog from now on."""
    handler = CrashHandler()
    sys.excepthook = handler
    return handler


def build_window(services: Services, settings: Settings, database_label: str,
                 remember_layout: bool = True) -> MainWindow:
    desk = Desk(services=services, runner=TaskRunner(), settings=settings, database_label=database_label)
    window = MainWindow(desk, remember_layout=remember_layout)
    window.refresh_all()
    return window


class _ExitAfterFirstPaint(QObject):
    # Benchmark hook (benchmarks/startup.py, benchmarks/memory.py), active only when UZNANIA_EXIT_AFTER_FIRST_PAINT
    # is set: prints "first-paint", "rows-loaded" and "decisions-loaded" with their time.monotonic() (the window's
    # first Paint event, each list model's first reset), then quits once all three are known.
    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self._app, self._pending = app, {"first-paint", "rows-loaded", "decisions-loaded"}
        window.installEventFilter(self)
        window.students.model.modelReset.connect(lambda: self._report("rows-loaded"))
        window.decisions.model.modelReset.connect(lambda: self._report("decisions-loaded"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._report("first-paint")
        return False

    def _report(self, what: str) -> None:
        if what in self._pending:
            self._pending.discard(what)
            print(what, time.monotonic(), flush=True)
            if not self._pending:
                QTimer.singleShot(0, self._app.quit)


def run_window(app: QApplication, services: Services, settings: Settings, database_label: str) -> int:
    install_crash_handler()
    window = build_window(services, settings, database_label)
    if os.environ.get("UZNANIA_EXIT_AFTER_FIRST_PAINT"):
        _ExitAfterFirstPaint(app, window)
    window.show()
    return app.exec()


def take_screenshot(app: QApplication, services: Services, settings: Settings, database_label: str, page: str,
                    output: Path, size: str) -> int:
    try:
        width, height = (int(part) for part in size.lower().split("x"))
    except ValueError:
        print(f"--size must look like 1280x800, not {size!r}", file=sys.stderr)
        return 2
    parts = page.split(":")
    if parts[0] == "decision" and len(parts) in (2, 3) and parts[1].isdigit():  # decision:ID or decision:ID:SECTION
        try:
            services.decisions.get(int(parts[1]))
        except AppError as error:
            print(error.render(QCoreApplication.translate), file=sys.stderr)
            return 1
    TaskRunner.synchronous = True  # everything loaded before the picture is taken
    window = build_window(services, settings, database_label, remember_layout=False)  # the same for everyone
    window.resize(QSize(width, height))
    try:
        window.show_page(page)
    except ValueError:
        print("--page must be students, decisions, batch, grid, trust, grading, decision:ID or "
              f"decision:ID:SECTION (results, agreement, comparison, grades, history), not {page!r}", file=sys.stderr)
        return 2
    window.show()
    for _ in range(3):
        app.processEvents()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(output)):
        print(f"cannot write {output}", file=sys.stderr)
        return 1
    print(output)
    return 0
