"""The curriculum grid page: import a grid for a programme and year, browse it, correct a course."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from app.ui import prompts
from app.ui.grid_page import CourseDialog

GRID = Path(__file__).resolve().parent.parent / "data" / "domain" / "synthetic_study_programme_grid.csv"


def test_import_browse_and_correct(window, monkeypatch, messages, qtmodeltester) -> None:
    page = window.grid
    page.programme.setCurrentIndex(page.programme.findData("SYN-INF-S1"))
    page.year.setCurrentText("2025/26")
    monkeypatch.setattr(prompts, "open_file", lambda *args: GRID)
    page.import_button.click()
    assert messages.errors == [] and "New: 13" in messages.infos[-1]
    assert page.model.rowCount() == 13
    assert page.summary.text() == "sem. 5: 30 ECTS  sem. 6: 30 ECTS"
    qtmodeltester.check(page.model, force_py=True)

    def correct(dialog: CourseDialog):
        dialog.ects.setValue(7)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CourseDialog, "exec", correct)
    course = page.model.row_at(0)
    page.edit(course)
    assert messages.errors == []
    edited = next(page.model.row_at(i) for i in range(page.model.rowCount()) if page.model.row_at(i).id == course.id)
    assert edited.ects == 7
    assert f"sem. {course.semester}: {int(30 + 7 - course.ects)} ECTS" in page.summary.text()
