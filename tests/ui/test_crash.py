"""A bug that escapes reaches the crash dialog with its traceback, lands in the log file, and the window stays.

These tests switch pytest-qt's own exception capture off (`qt_no_exception_capture`): with it on, pytest-qt's hook
would take the bug instead of the program's crash handler, and the path under test would never run. Each test
installs the real handler in its place (restored afterwards) and asserts that the handler saw the bug, so nothing
is hidden either.
"""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from app import __main__ as composition_root
from app import paths
from app.services.errors import InternalError
from app.ui import crash_dialog
from app.ui.application import install_crash_handler
from app.ui.crash_dialog import MESSAGE_LIMIT, REPEAT_SECONDS, CrashDialog, CrashHandler, crash_report
from app.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_no_exception_capture


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def log_path(tmp_path, monkeypatch):
    """The program's own logging (`configure_logging`), pointed at tmp_path."""
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path)
    root = logging.getLogger()
    earlier = [h for h in root.handlers if getattr(h, "uznania", False)]  # an earlier test's run of the program
    for handler in earlier:
        root.removeHandler(handler)
    level, before = root.level, list(root.handlers)
    composition_root.configure_logging()
    added = [h for h in root.handlers if h not in before]
    assert added
    yield tmp_path / "uznania.log"
    for handler in added:
        root.removeHandler(handler)
        handler.close()
    for handler in earlier:
        root.addHandler(handler)
    root.setLevel(level)


@pytest.fixture
def crashes(monkeypatch) -> list[str]:
    """The real crash handler as sys.excepthook; the reports it would show, instead of the dialog."""
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back whatever was there after the test
    monkeypatch.setattr(crash_dialog, "show_crash", shown.append)
    install_crash_handler()
    assert isinstance(sys.excepthook, CrashHandler)
    return shown


def explode_on_purpose() -> None:
    raise RuntimeError("the slot failed: " + "Kowalski " * 40)  # a long message quoting data


def test_a_bug_in_a_slot_reaches_the_crash_dialog_and_the_log(window, qtbot, crashes, log_path) -> None:
    button = QPushButton("Boom", window)
    button.clicked.connect(explode_on_purpose)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    [report] = crashes
    assert "Traceback (most recent call last)" in report
    assert "explode_on_purpose" in report and "RuntimeError: the slot failed" in report
    assert str(log_path) in report
    assert "characters left out" in report and report.count("Kowalski") < 40  # the message is cut at 200
    logged = log_path.read_text(encoding="utf-8")
    assert "CRITICAL" in logged and "explode_on_purpose" in logged

    # the window and its open work stay, and the next action works
    assert window.isVisible()
    window.students.filters.search.setText("100001")
    assert window.students.model.rowCount() == 1
    window.tabs.setCurrentWidget(window.decisions)
    assert window.tabs.currentWidget() is window.decisions


def test_the_same_bug_again_within_seconds_shows_one_dialog(window, qtbot, crashes, log_path) -> None:
    clock = Clock()
    sys.excepthook = CrashHandler(clock)
    button = QPushButton("Boom", window)
    button.clicked.connect(explode_on_purpose)
    for _ in range(5):
        button.click()
    assert len(crashes) == 1
    clock.now += REPEAT_SECONDS + 1
    button.click()
    assert len(crashes) == 2  # later it is worth saying again
    other = QPushButton("Other", window)
    other.clicked.connect(lambda: {}["missing"])
    other.click()
    assert len(crashes) == 3 and "KeyError" in crashes[-1]
    assert log_path.read_text(encoding="utf-8").count("the same unexpected error again") == 4


def test_a_bug_in_a_background_task_reaches_the_crash_dialog(window, qtbot, crashes, monkeypatch) -> None:
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    errors = []

    def load_on_a_worker():
        assert threading.current_thread() is not threading.main_thread()
        return 1 / 0

    window.desk.runner.run(load_on_a_worker, errors.append, errors.append)
    qtbot.waitUntil(lambda: bool(crashes))
    assert isinstance(errors[0], InternalError)  # the page recovers from its waiting state
    assert "load_on_a_worker" in crashes[0] and "ZeroDivisionError" in crashes[0]


def test_the_dialog_copies_the_report_and_opens_the_log_folder(qtbot, tmp_path, monkeypatch) -> None:
    try:
        explode_on_purpose()
    except RuntimeError as error:
        report = crash_report(error)
    opened = []

    class Desktop:
        @staticmethod
        def openUrl(url):  # noqa: N802 - Qt's name
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr(crash_dialog, "QDesktopServices", Desktop)
    dialog = CrashDialog(report, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.report.isReadOnly()
    assert dialog.report.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "saved work is safe" in dialog.findChild(QLabel, "crashExplanation").text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]
    dialog.show()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_second_report_joins_the_dialog_on_screen(window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(CrashDialog, "current", None)
    crash_dialog.show_crash("first report")
    dialog = CrashDialog.current
    assert dialog is not None and dialog.isVisible() and dialog.parent() is window
    crash_dialog.show_crash("second report")
    assert CrashDialog.current is dialog
    assert [d for d in window.findChildren(CrashDialog) if d.isVisible()] == [dialog]
    assert "first report" in dialog.report.toPlainText() and "second report" in dialog.report.toPlainText()
    dialog.reject()
    assert CrashDialog.current is None


def test_the_report_keeps_only_the_start_of_a_long_message() -> None:
    try:
        try:
            raise ValueError("x" * 1000)
        except ValueError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as error:
        report = crash_report(error)
    assert "x" * MESSAGE_LIMIT in report and "x" * (MESSAGE_LIMIT + 1) not in report
    assert "direct cause" in report and "RuntimeError: wrapped" in report
