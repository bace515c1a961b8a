"""The search field and filter combo boxes above a table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget


class FilterCombo(QComboBox):
    """A combo box whose first entry means "all"; `value()` is None for it, else the entry's data."""

    def __init__(self, all_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all_label = all_label
        self.set_choices([])

    def set_choices(self, choices: Sequence[tuple[str, object]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._all_label, None)
        for label, value in choices:
            self.addItem(label, value)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def value(self):
        return self.currentData()


class FilterBar(QWidget):
    search_changed = Signal(str)
    filters_changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(placeholder)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self.search_changed)
        self.layout_.addWidget(self.search, 2)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

    def add_combo(self, combo: FilterCombo, name: str) -> FilterCombo:
        combo.setObjectName(name)
        combo.currentIndexChanged.connect(self.filters_changed)
        self.layout_.addWidget(combo, 1)
        return combo

    def finish(self) -> None:
        self.layout_.addWidget(self.count_label)
