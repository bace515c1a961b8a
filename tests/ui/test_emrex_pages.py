"""EMREX in the window: trust store, the import preview on a decision, the batch page."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.vocabulary import DecisionState
from app.ui import prompts
from app.ui.batch_page import BatchModel
from app.ui.course_models import DocumentCoursesModel, ForeignCoursesModel
from app.ui.elmo_dialog import ElmoImportDialog
from app.ui.trust_page import TrustModel
from tests.conftest import TODAY

DATA = Path(__file__).resolve().parent.parent / "data" / "emrex"
DK = DATA / "samples" / "dk" / "elmo-tomcat-signed.xml"


def student_with_decision(desk, album: str, given: str, family: str, born: date, tmp_path: Path) -> int:
    path = tmp_path / f"{album}.csv"
    path.write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n"
                    f"{album};{family};{given};{born.isoformat()};SYN-INF-S1;erasmus\n", encoding="utf-8")
    desk.services.student_import.apply(desk.services.student_import.preview(path))
    [decision_id] = desk.services.decisions.open([album], TODAY + timedelta(days=20), "5")
    return decision_id


@pytest.fixture
def trusted(window, monkeypatch, messages):
    monkeypatch.setattr(prompts, "open_file", lambda *args: DATA / "registry" / "emreg-emps-example.json")
    window.trust.import_button.click()
    return window


def test_trust_store_page(trusted, messages) -> None:
    model = trusted.trust.model
    assert messages.errors == [] and "added" in messages.infos[-1]
    assert "DK-TEST" in [model.row_at(i).acronym for i in range(model.rowCount())]


def test_load_results_on_a_decision_page(trusted, monkeypatch, messages, tmp_path, qtbot) -> None:
    desk = trusted.desk
    decision_id = student_with_decision(desk, "900001", "Jens", "Hanssen", date(1980, 12, 9), tmp_path)
    page = trusted.show_decision(decision_id)
    seen = {}

    def run_dialog(dialog: ElmoImportDialog):
        seen["signature"] = dialog.trust_form.itemAt(1, dialog.trust_form.ItemRole.FieldRole).widget().text()
        assert dialog.preview.identity.status == "near_miss"
        assert not dialog.reason.isHidden()
        assert not dialog.import_button.isEnabled()  # a near miss needs a reason first
        model = dialog.model
        first = model.index(0, 0)
        model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        seen["total"] = dialog.total.text()
        dialog.reason.setPlainText("Literówka w nazwisku w systemie uczelni")
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ElmoImportDialog, "exec", run_dialog)
    monkeypatch.setattr(prompts, "open_file", lambda *args: DK)
    page.results.load_button.click()
    assert messages.errors == []
    assert "DK-TEST" in seen["signature"]
    assert seen["total"].startswith("Selected courses: ") and seen["total"].count("ECTS") == 1
    courses = page.results.courses
    assert courses.rowCount() >= 1
    assert page.results.documents.rowCount() == 1
    assert page.detail.decision.results_loaded and page.detail.decision.state == DecisionState.OPEN
    assert page.results.summary.text().startswith(f"{courses.rowCount()} foreign course")


def test_the_dialog_says_why_an_import_is_impossible(trusted, tmp_path, qtbot) -> None:
    desk = trusted.desk
    decision_id = student_with_decision(desk, "900002", "Zofia", "Łódzka", date(2001, 5, 14), tmp_path)
    unsigned = DATA / "samples" / "dk" / "elmo-tomcat-unsigned.xml"
    dialog = ElmoImportDialog(trusted, desk, decision_id, unsigned.read_bytes(), unsigned.name)
    qtbot.addWidget(dialog)
    text = dialog.refusals.text()
    assert "not signed" in text and "Birth date 1980-12-09 in the document" in text
    assert not dialog.import_button.isEnabled()


def test_batch_page(trusted, tmp_path, monkeypatch) -> None:
    desk = trusted.desk
    student_with_decision(desk, "900003", "Jens", "Hansen", date(1980, 12, 9), tmp_path)
    folder = tmp_path / "returned"
    folder.mkdir()
    shutil.copy(DK, folder / "hansen.xml")
    (folder / "junk.txt").write_text("nie ELMO", encoding="utf-8")
    monkeypatch.setattr(prompts, "choose_folder", lambda *args: folder)
    trusted.batch.choose_button.click()
    model = trusted.batch.model
    outcomes = {model.row_at(i).file: model.row_at(i).outcome for i in range(model.rowCount())}
    assert outcomes == {"hansen.xml": "imported", "junk.txt": "refused"}
    assert trusted.batch.summary.text() == "Imported: 1, already imported: 0, refused: 1."
    assert trusted.batch.choose_button.isEnabled()


def test_models(qtmodeltester, trusted, tmp_path) -> None:
    desk = trusted.desk
    qtmodeltester.check(trusted.trust.model, force_py=True)
    courses = DocumentCoursesModel()
    courses.set_courses(desk.services.intake.inspect(DK.read_bytes()).content.courses)
    qtmodeltester.check(courses, force_py=True)
    decision_id = student_with_decision(desk, "900004", "Jens", "Hansen", date(1980, 12, 9), tmp_path)
    desk.services.intake.import_document(decision_id, DK.read_bytes(), DK.name)
    stored = ForeignCoursesModel()
    stored.set_rows(desk.services.results.for_decision(decision_id).courses)
    qtmodeltester.check(stored, force_py=True)
    batch = BatchModel()
    batch.set_rows(desk.services.batch.run([DK]).items)
    qtmodeltester.check(batch, force_py=True)
    assert isinstance(trusted.trust.model, TrustModel)
