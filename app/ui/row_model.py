"""A table model over a list of row DTOs that filters and sorts in Python.

Filtering and sorting happen over the DTO list (one precomputed, folded search key per row) instead of in a
`QSortFilterProxyModel`: a proxy calls Python `data()` for every cell it compares, which is far too slow for tens of
thousands of rows on every keystroke. The view talks to this model directly; header clicks call `sort()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.text import search_tokens

Row = TypeVar("Row")
ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ColumnSpec(Generic[Row]):
    title: Callable[[], str]  # translated at the time the header is drawn
    display: Callable[[Row], str]
    sort_key: Callable[[Row], Any]
    align_right: bool = False


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[ColumnSpec[Row]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[Row] = []
        self._visible: list[Row] = []
        self._tokens: list[str] = []
        self._predicate: Callable[[Row], bool] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- feeding ---------------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._sort_all()
        self._visible = self._filtered(self._all)
        self.endResetModel()

    def set_filter(self, search: str | None = None, predicate: Callable[[Row], bool] | None | bool = False) -> None:
        """Show rows whose search key holds every word of `search` and for which `predicate` holds.
        Leave an argument out to keep its current value."""
        old_tokens, old_predicate = self._tokens, self._predicate
        if search is not None:
            self._tokens = search_tokens(search)
        if predicate is not False:
            self._predicate = predicate
        # Typing on narrows the search: filter what is shown instead of everything.
        narrowing = (self._predicate is old_predicate
                     and all(any(old in new for new in self._tokens) for old in old_tokens))
        self.beginResetModel()
        self._visible = self._filtered(self._visible if narrowing else self._all)
        self.endResetModel()

    def _filtered(self, rows: list[Row]) -> list[Row]:
        """The rows that pass the filter, in the order given (`_all` is kept sorted)."""
        for token in self._tokens:
            rows = [row for row in rows if token in row.search_key]
        if self._predicate is not None:
            rows = [row for row in rows if self._predicate(row)]
        return rows if rows is not self._all else list(rows)

    def _sort_all(self) -> None:
        if self._sort_column >= 0:
            key = self._columns[self._sort_column].sort_key
            self._all.sort(key=lambda row: _none_last(key(row)),
                           reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    # -- reading ---------------------------------------------------------------------------------------------
    @property
    def total_count(self) -> int:
        return len(self._all)

    def rows(self) -> list[Row]:
        return list(self._visible)

    def count_visible(self, predicate: Callable[[Row], bool]) -> int:
        return sum(1 for row in self._visible if predicate(row))

    def row_at(self, row: int) -> Row:
        return self._visible[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._visible[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ObjectRole:
            return row
        if role == SortRole:
            return column.sort_key(row)
        return self.row_data(row, index.column(), role)

    def row_data(self, row: Row, column: int, role: int) -> Any:
        """Extra roles (colours, fonts, tooltips) for subclasses."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            return self._columns[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        previous = self._visible
        self._sort_column, self._sort_order = column, order
        self._sort_all()
        self._visible = self._filtered(self._all)
        position = {id(row): number for number, row in enumerate(self._visible)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(position[id(previous[index.row()])], index.column()) for index in persistent])
        self.layoutChanged.emit()
