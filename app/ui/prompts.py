"""Every message box and file picker of the desk, in one place tests can patch. The file pickers start in the
folder one of them last went to (remembered between runs, see layout_memory)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.ui.layout_memory import LayoutMemory


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Prompts", "Uznania"), message)


def show_info(parent: QWidget | None, message: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Prompts", "Uznania"), message)


def ask_retry(parent: QWidget | None, message: str) -> bool:
    """The message with Retry and Close; True for Retry."""
    answer = QMessageBox.warning(parent, QCoreApplication.translate("Prompts", "Uznania"), message,
                                 QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
                                 QMessageBox.StandardButton.Retry)
    return answer == QMessageBox.StandardButton.Retry


def confirm(parent: QWidget | None, message: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("Prompts", "Uznania"), message)
    return answer == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, title: str, name_filter: str, directory: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, _start(directory), name_filter)
    return _remembered(Path(name).parent, Path(name)) if name else None


def save_file(parent: QWidget | None, title: str, name_filter: str, directory: str = "") -> Path | None:
    """Where to save a file; None when cancelled. `directory` may hold a suggested file name. A name typed
    without one of the filter's extensions gets the extension of the chosen filter."""
    name, chosen = QFileDialog.getSaveFileName(parent, title, _start(directory), name_filter)
    if not name:
        return None
    path = Path(name)
    known = [suffix.lower() for suffix in _SUFFIX.findall(name_filter)]
    if known and path.suffix.lower() not in known:
        path = path.with_name(path.name + (_SUFFIX.findall(chosen) or known)[0].lower())
    return _remembered(path.parent, path)


def database_file(parent: QWidget | None, title: str, name_filter: str, current: str = "") -> Path | None:
    """A database file, existing or to be created: no question about replacing an existing one. Its folder is not
    remembered for the other pickers."""
    name, _ = QFileDialog.getSaveFileName(parent, title, _start(current), name_filter, "",
                                          QFileDialog.Option.DontConfirmOverwrite)
    return Path(name) if name else None


_SUFFIX = re.compile(r"\*(\.[\w.]+)")


def ask_text(parent: QWidget | None, title: str, label: str) -> str:
    """A line of text from the user; empty when cancelled."""
    text, accepted = QInputDialog.getText(parent, title, label)
    return text.strip() if accepted else ""


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, _start(""))
    return _remembered(Path(name), Path(name)) if name else None


def _start(directory: str) -> str:
    """Where a picker opens: a given folder or path as it is; a bare suggested file name, or nothing, in the last
    folder used."""
    if directory and Path(directory).name != directory:
        return directory
    last = LayoutMemory().last_folder()
    if last is None:
        return directory
    return str(last / directory) if directory else str(last)


def _remembered(folder: Path, chosen: Path) -> Path:
    LayoutMemory().remember_folder(folder)
    return chosen


def open_in_browser(url: str) -> bool:
    """Open an address in the system's web browser; False when no browser could be started."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url))
