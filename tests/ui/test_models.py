"""Every item model of the desk passes Qt's model tester, and sorts by real values."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app.ui.import_dialog import PreviewModel
from app.ui.row_model import ObjectRole, SortRole
from app.ui.table_models import DecisionsModel, HistoryModel, StudentsModel
from tests.conftest import TODAY


def test_students_model(qtmodeltester, seeded) -> None:
    model = StudentsModel()
    model.set_rows(seeded.students.list())
    qtmodeltester.check(model, force_py=True)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(i).album_number for i in range(model.rowCount())] == ["100004", "100003", "100002",
                                                                                "100001"]
    model.set_filter("zolk")
    assert model.rowCount() == 1 and model.total_count == 4
    assert model.data(model.index(0, 1)) == "Żółkiewski"
    assert model.data(model.index(0, 0), ObjectRole).album_number == "100002"
    qtmodeltester.check(model, force_py=True)


def test_decisions_model_sorts_deadlines_as_dates(qtmodeltester, seeded) -> None:
    seeded.decisions.open(["100001"], TODAY + timedelta(days=100), "5")
    seeded.decisions.open(["100002"], TODAY + timedelta(days=9), "5")
    model = DecisionsModel()
    model.set_rows(seeded.decisions.list())
    qtmodeltester.check(model, force_py=True)
    model.sort(6, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(i).album_number for i in range(2)] == ["100002", "100001"]
    assert model.data(model.index(0, 6), SortRole) == TODAY + timedelta(days=9)


def test_history_and_preview_models(qtmodeltester, seeded, tmp_path) -> None:
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=10), "5", "start")
    history = HistoryModel()
    history.set_rows(seeded.decisions.get(decision_id).history)
    qtmodeltester.check(history, force_py=True)
    path = tmp_path / "s.csv"
    path.write_text("album;nazwisko;imiona;data urodzenia;kierunek\n1;A;B;zła data;X\n", encoding="utf-8")
    preview = PreviewModel()
    preview.set_rows(seeded.student_import.preview(path).rows)
    qtmodeltester.check(preview, force_py=True)
    assert preview.data(preview.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
