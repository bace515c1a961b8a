"""Keeping a table's selection and current row across a reload of its rows."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from app.ui.row_model import RowTableModel


def selected_keys(view: QTableView, key: Callable[[object], Hashable]) -> list[Hashable]:
    model: RowTableModel = view.model()
    return [key(model.row_at(index.row())) for index in view.selectionModel().selectedRows()]


def reselect(view: QTableView, keys: list[Hashable], key: Callable[[object], Hashable]) -> None:
    """Select again the rows whose keys were selected; the first of them becomes current and visible."""
    if not keys:
        return
    wanted = set(keys)
    model: RowTableModel = view.model()
    selection = QItemSelection()
    first = None
    for row, item in enumerate(model.rows()):
        if key(item) in wanted:
            left, right = model.index(row, 0), model.index(row, model.columnCount() - 1)
            selection.select(left, right)
            first = left if first is None else first
    if first is None:
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(selection, flags)
    view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    view.scrollTo(first)
