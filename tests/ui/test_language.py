"""Polish by default, English selectable; Qt's own buttons speak Polish too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app import i18n
from app.ui.decision_dialogs import ExtendDeadlineDialog
from app.ui.formatting import days_left_text
from tests.conftest import TODAY


@pytest.fixture
def polish():
    i18n.install("pl")
    yield
    i18n.install("en")


def test_polish_window_and_qt_buttons(polish, window, qtbot) -> None:
    assert window.tabs.tabText(0) == "Studenci"
    model = window.decisions.model
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Termin na WWW"
    dialog = ExtendDeadlineDialog(window, 5, TODAY, TODAY)
    qtbot.addWidget(dialog)
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Anuluj"
    assert any("5 decyzji" in label.text() for label in dialog.findChildren(QLabel))
    assert days_left_text(-1, True) == "1 dzień po terminie"
    assert days_left_text(-3, True) == "3 dni po terminie"


def test_english_plural_forms(window) -> None:
    i18n.install("en")
    assert days_left_text(-1, True) == "1 day overdue"
    assert days_left_text(-3, True) == "3 days overdue"
    assert days_left_text(5, False) == "5 days"
