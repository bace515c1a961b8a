"""Every message box and file picker of the desk, in one place tests can patch."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


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
    name, _ = QFileDialog.getOpenFileName(parent, title, directory, name_filter)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, name_filter: str, directory: str = "") -> Path | None:
    """Where to save a file; None when cancelled. `directory` may hold a suggested file name. A name typed
    without one of the filter's extensions gets the extension of the chosen filter."""
    name, chosen = QFileDialog.getSaveFileName(parent, title, directory, name_filter)
    if not name:
        return None
    path = Path(name)
    known = [suffix.lower() for suffix in _SUFFIX.findall(name_filter)]
    if known and path.suffix.lower() not in known:
        path = path.with_name(path.name + (_SUFFIX.findall(chosen) or known)[0].lower())
    return path


_SUFFIX = re.compile(r"\*(\.[\w.]+)")


def ask_text(parent: QWidget | None, title: str, label: str) -> str:
    """A line of text from the user; empty when cancelled."""
    text, accepted = QInputDialog.getText(parent, title, label)
    return text.strip() if accepted else ""


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title)
    return Path(name) if name else None
