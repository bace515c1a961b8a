"""What the window remembers between runs: its size and place, the columns of every table (widths, order, sort)
per page, and the folder the file pickers last used.

Kept in `layout.ini` (QSettings, INI format) in the configuration directory beside settings.json, not in it: a
layout belongs to one screen, not to the desk's settings; Qt stores its own byte strings without help; and a
damaged layout can never cost the validated settings anything. A stored value of the wrong kind, from another
version or that Qt refuses is ignored (logged), and the window starts with its built-in layout.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QTableView, QWidget

from app import paths

log = logging.getLogger(__name__)

VERSION = 1  # raise when what is stored changes meaning: older layouts are then ignored


def layout_path() -> Path:
    return paths.config_dir() / "layout.ini"


class LayoutMemory:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or layout_path()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)
        stored = _integer(self._store.value("version"))
        self._readable = stored == VERSION
        if stored is not None and not self._readable:
            log.warning("layout %s is of version %r, not %d; ignored", self.path, stored, VERSION)

    # -- the window ------------------------------------------------------------------------------------------
    def restore_window(self, window: QWidget) -> bool:
        data = self._bytes("window/geometry")
        if data is None:
            return False
        if not window.restoreGeometry(data):
            log.warning("window geometry in %s not usable; ignored", self.path)
            return False
        return True

    def save_window(self, window: QWidget) -> None:
        self._put({"window/geometry": window.saveGeometry()})

    # -- tables: every named table view of a page ------------------------------------------------------------
    def restore_tables(self, page: QWidget) -> int:
        """Restore the header of every table of `page` stored before; how many were restored."""
        restored = 0
        for key, view in _tables(page):
            state = self._bytes(f"{key}/state")
            columns = _integer(self._value(f"{key}/columns"))
            model = view.model()
            if state is None or model is None:
                continue
            if columns != model.columnCount():  # the table has other columns now: its old layout does not fit
                log.info("layout of %s stored for %r columns, it has %d; ignored", key, columns, model.columnCount())
                continue
            if view.horizontalHeader().restoreState(state):  # a restored sort indicator sorts a sortable view
                restored += 1
            else:
                log.warning("layout of %s in %s not usable; ignored", key, self.path)
        return restored

    def save_tables(self, page: QWidget) -> None:
        values: dict[str, object] = {}
        for key, view in _tables(page):
            if view.model() is not None:
                values[f"{key}/state"] = view.horizontalHeader().saveState()
                values[f"{key}/columns"] = view.model().columnCount()
        if values:
            self._put(values)

    # -- the file pickers ------------------------------------------------------------------------------------
    def last_folder(self) -> Path | None:
        """The folder a file picker last went to, while it still exists."""
        value = self._value("files/last_folder")
        if not isinstance(value, str) or not value:
            return None
        try:
            folder = Path(value)
            return folder if folder.is_absolute() and folder.is_dir() else None
        except (OSError, ValueError):
            return None

    def remember_folder(self, folder: Path) -> None:
        self._put({"files/last_folder": str(folder)})

    # -- storing ---------------------------------------------------------------------------------------------
    def _value(self, key: str) -> object:
        return self._store.value(key) if self._readable else None

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._value(key)
        if isinstance(value, bytes):
            value = QByteArray(value)
        if not isinstance(value, QByteArray) or value.isEmpty():
            if value is not None:
                log.warning("%s in %s is not a stored layout; ignored", key, self.path)
            return None
        return value

    def _put(self, values: dict[str, object]) -> None:
        if not self._readable:
            self._store.sync()  # another window or program may have started a layout since this one was read
            if _integer(self._store.value("version")) != VERSION:  # another version's layout, or none: afresh
                self._store.clear()
                self._store.setValue("version", VERSION)
            self._readable = True
        for key, value in values.items():
            self._store.setValue(key, value)
        self._store.sync()
        if self._store.status() != QSettings.Status.NoError:
            log.warning("layout not saved to %s (%s)", self.path, self._store.status().name)


def _integer(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return None
    return None


def _tables(page: QWidget) -> list[tuple[str, QTableView]]:
    """(key, view) of the page's named table views: those of dialogs it opened are not the page's."""
    if not page.objectName():
        return []
    found: list[tuple[str, QTableView]] = []
    seen: dict[str, int] = {}
    for view in page.findChildren(QTableView):
        if not view.objectName() or _in_another_window(view, page):
            continue
        seen[view.objectName()] = seen.get(view.objectName(), 0) + 1
        suffix = f"#{seen[view.objectName()]}" if seen[view.objectName()] > 1 else ""
        found.append((f"tables/{page.objectName()}/{view.objectName()}{suffix}", view))
    return found


def _in_another_window(view: QWidget, page: QWidget) -> bool:
    widget = view.parentWidget()
    while widget is not None and widget is not page:
        if widget.isWindow():
            return True
        widget = widget.parentWidget()
    return False
