"""A bug that escapes (an uncaught exception, one raised in a Qt slot, a background task's) is logged with its
traceback and shown in plain words with a report to copy; the window and its open work stay.

The report holds versions, the time, the traceback and the log file's path: code, not data. An exception's message
may quote data, so only its first MESSAGE_LIMIT characters are kept, and the home folder is written as "~".
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__, paths

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 200  # characters of an exception's message kept in the report and the log
REPEAT_SECONDS = 5.0  # the same bug again within this time is logged, not shown again


def short_message(value: BaseException) -> str:
    try:
        message = str(value)
    except Exception:  # a broken __str__ must not break the crash handler
        message = "<message cannot be shown>"
    if len(message) > MESSAGE_LIMIT:
        message = message[:MESSAGE_LIMIT] + f"… [{len(message) - MESSAGE_LIMIT} more characters left out]"
    return message


def _type_name(value: BaseException) -> str:
    kind = type(value)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def format_bug(value: BaseException, _seen: set[int] | None = None) -> str:
    """The traceback the way Python prints it (chained exceptions too), with shortened messages."""
    seen = _seen if _seen is not None else set()
    caused = "\nThe above exception was the direct cause of the following exception:\n\n"
    during = "\nDuring handling of the above exception, another exception occurred:\n\n"
    seen.add(id(value))
    parts: list[str] = []
    cause, context = value.__cause__, value.__context__
    if cause is not None and id(cause) not in seen:
        parts += [format_bug(cause, seen), caused]
    elif context is not None and not value.__suppress_context__ and id(context) not in seen:
        parts += [format_bug(context, seen), during]
    if value.__traceback__ is not None:
        parts.append("Traceback (most recent call last):\n")
        parts += traceback.format_tb(value.__traceback__)
    message = short_message(value)
    parts.append(f"{_type_name(value)}: {message}\n" if message else f"{_type_name(value)}\n")
    return _without_home("".join(parts))


def _without_home(text: str) -> str:
    home = str(Path.home())
    return text.replace(home + os.sep, "~" + os.sep) if len(home) > 1 else text


def bug_signature(value: BaseException) -> tuple:
    """The same bug raised again has the same signature: its type and where it was raised from."""
    frames = tuple((frame.filename, frame.lineno, frame.name) for frame in traceback.extract_tb(value.__traceback__))
    return type(value), frames


def log_file() -> Path | None:
    """The file the program's log goes to (`configure_logging`), or None when it writes none."""
    files = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
    files.sort(key=lambda handler: not getattr(handler, "uznania", False))
    return Path(files[0].baseFilename) if files else None


def crash_report(value: BaseException) -> str:
    file, now = log_file(), datetime.now().astimezone().isoformat(sep=" ", timespec="seconds")
    lines = [
        f"{APP_NAME} {__version__}",
        QCoreApplication.translate("CrashDialog", "Time: %1").replace("%1", now),
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        QCoreApplication.translate("CrashDialog", "System: %1").replace("%1", platform.platform()),
        QCoreApplication.translate("CrashDialog", "Log file: %1").replace(
            "%1", str(file) if file else QCoreApplication.translate("CrashDialog", "none")),
        "",
        format_bug(value),
    ]
    return _without_home("\n".join(lines))


class CrashDialog(QDialog):
    current: CrashDialog | None = None  # the one on screen: a further report joins it

    def __init__(self, report: str, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_folder = log_folder
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("%1 — something went wrong").replace("%1", APP_NAME))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        explanation = QLabel(self.tr(
            "Something went wrong inside Uznania, and the last action was not completed. Your saved work is safe, "
            "and the program keeps running: you can go on working.\n\n"
            "If it happens again, please copy the report below and send it to the administrator."), self)
        explanation.setObjectName("crashExplanation")
        explanation.setWordWrap(True)
        top.addWidget(explanation, 1)
        layout.addLayout(top)
        self.report = QPlainTextEdit(report, self)
        self.report.setObjectName("crashReport")
        self.report.setReadOnly(True)  # read-only text stays selectable with the mouse and the keyboard
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setAccessibleName(self.tr("Error report"))
        layout.addWidget(self.report, 1)
        self.status = QLabel(self)
        self.status.setObjectName("crashStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_button.setObjectName("copyReport")
        self.copy_button.clicked.connect(self.copy_report)
        self.folder_button = QPushButton(self.tr("Open &log folder"), self)
        self.folder_button.setObjectName("openLogFolder")
        self.folder_button.clicked.connect(self.open_log_folder)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeCrash")
        self.close_button.clicked.connect(self.reject)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def add_report(self, report: str) -> None:
        self.report.appendPlainText("\n" + "-" * 60 + "\n" + report)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.status.setText(self.tr("The report is on the clipboard."))

    def open_log_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder))):
            self.status.setText(self.tr("The folder cannot be opened here; it is %1").replace(
                "%1", str(self.log_folder)))


def _parent_window() -> QWidget | None:
    """The main window (a dialog that happens to be active may be closed by the bug's own cleanup)."""
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    return windows[0] if windows else QApplication.activeWindow()


def show_crash(report: str) -> None:
    """Show `report` without blocking; while a crash dialog is on screen the report joins it. Tests patch this."""
    if QApplication.instance() is None:
        return
    if CrashDialog.current is not None and shiboken6.isValid(CrashDialog.current):
        CrashDialog.current.add_report(report)  # a modal child of the main window: still on top
        return
    file = log_file()
    dialog = CrashDialog(report, file.parent if file else paths.log_dir(), _parent_window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    CrashDialog.current = dialog
    dialog.finished.connect(_forget_dialog)
    dialog.destroyed.connect(_forget_dialog)  # closed with its parent window
    dialog.show()


def _forget_dialog(*_) -> None:
    CrashDialog.current = None


class CrashHandler(QObject):
    """The sys.excepthook: logs every bug, shows it unless the same one was seen within REPEAT_SECONDS. A bug
    reported on another thread reaches the dialog through a queued signal."""

    _report = Signal(str)

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._last_seen: dict[tuple, float] = {}
        self._report.connect(self._show)

    def __call__(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal that started the program: not a bug
            sys.__excepthook__(kind, value, tb)
            return
        try:
            self.handle(value, tb)
        except Exception:  # the crash handler must never take the program down
            log.exception("the crash handler failed")
            sys.__excepthook__(kind, value, tb)

    def handle(self, value: BaseException, tb) -> None:
        if tb is not None and value.__traceback__ is None:
            value = value.with_traceback(tb)
        signature, now = bug_signature(value), self.clock()
        last = self._last_seen.get(signature)
        self._last_seen[signature] = now
        if last is not None and now - last < REPEAT_SECONDS:
            frames = signature[1]
            where = f" in {frames[-1][2]} ({Path(frames[-1][0]).name}:{frames[-1][1]})" if frames else ""
            log.critical("the same unexpected error again: %s%s", _type_name(value), where)
            return
        log.critical("unexpected error\n%s", format_bug(value))
        self._report.emit(crash_report(value))

    def _show(self, report: str) -> None:
        show_crash(report)
