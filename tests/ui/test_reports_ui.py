"""Reports in the window: the preview (languages, save, print), batch save and print, the list report, the export."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.services.context import Role
from app.services.errors import ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.vocabulary import DecisionState
from app.settings import Settings
from app.ui import prompts, report_preview
from app.ui.desk import Desk
from app.ui.main_window import MainWindow
from app.ui.report_actions import ListReportDialog, ListReportRequest, ReportActions, ReportProgress
from app.ui.report_preview import ReportPreviewDialog
from app.ui.tasks import TaskRunner
from tests.conftest import TODAY, make_services
from tests.services.test_grades import graded, verify_all  # noqa: F401 - `graded` is a fixture

ALBUM = "100001"


@pytest.fixture
def approved(graded, desk):  # noqa: F811 - the imported fixture
    services, decision_id, _, _, lines = graded
    assert desk.services is services
    verify_all(services, decision_id, lines)
    services.decisions.move(decision_id, DecisionState.APPROVED)
    return decision_id


@pytest.fixture
def three(approved, desk):
    """The approved decision and two open ones of other students."""
    others = desk.services.decisions.open(["100002", "100004"], TODAY + timedelta(days=20), "5")
    return [approved, *others]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def audit_actions(desk) -> list[str]:
    return [entry.action for entry in desk.services.audit.search().entries]


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)  # the test needs no fine print
    return printer


@pytest.fixture
def opened(monkeypatch, qtbot):
    """Every preview the code opens, kept instead of run; `opened.run` decides what to do inside one."""
    dialogs: list[ReportPreviewDialog] = []

    def exec_(dialog: ReportPreviewDialog) -> int:
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(ReportPreviewDialog, "exec", exec_)
    return dialogs


def test_the_preview_opens_with_the_document_and_renders_another_language(desk, approved, opened, messages,
                                                                          qtbot) -> None:
    ReportPreviewDialog.open_for(None, desk, approved)
    assert messages.errors == []
    [dialog] = opened
    assert dialog.document.status() == QPdfDocument.Status.Ready and dialog.document.pageCount() >= 1
    assert dialog.status.text() == "Ready"
    assert dialog.page_label.text() == f"Page 1 of {dialog.document.pageCount()}"
    assert dialog.language.currentData() == desk.settings.report_language == "pl"
    polish = dialog.data
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.lang == "en" and dialog.data != polish
    assert dialog.document.status() == QPdfDocument.Status.Ready and dialog.status.text() == "Ready"
    assert ALBUM in pdf_text(dialog.data)
    dialog.zoom_in_button.click()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.Custom
    dialog.fit_button.click()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    assert "report.save" not in audit_actions(desk)  # only looked at


def test_a_language_that_fails_keeps_the_one_shown(desk, approved, opened, messages) -> None:
    ReportPreviewDialog.open_for(None, desk, approved)
    dialog = opened[0]

    def refuse(lang: str) -> bytes:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Decision {id} does not exist."), id=approved)

    dialog.source = replace(dialog.source, render=refuse)
    dialog.language.setCurrentIndex(dialog.language.findData("both"))
    assert messages.errors == [f"Decision {approved} does not exist."]
    assert dialog.lang == "pl" and dialog.language.currentData() == "pl" and dialog.save_button.isEnabled()


def test_save_writes_the_pdf_and_records_it(desk, approved, opened, messages, monkeypatch, tmp_path) -> None:
    asked = []
    target = tmp_path / "raport.pdf"
    monkeypatch.setattr(prompts, "save_file", lambda *args: asked.append(args) or target)
    ReportPreviewDialog.open_for(None, desk, approved)
    dialog = opened[0]
    dialog.save_button.click()
    assert messages.errors == []
    number = desk.services.decisions.get(approved).decision.number
    assert asked[0][3] == number.replace("/", "-") + ".pdf"
    assert ALBUM in pdf_text(target.read_bytes())
    assert "report.save" in audit_actions(desk)
    assert str(target) in dialog.status.text()


def test_print_goes_to_the_printer_and_is_recorded(desk, approved, opened, messages, monkeypatch,
                                                  tmp_path) -> None:
    output = tmp_path / "printed.pdf"
    monkeypatch.setattr(report_preview, "ask_printer", lambda parent: pdf_printer(output))
    ReportPreviewDialog.open_for(None, desk, approved)
    dialog = opened[0]
    dialog.print_button.click()
    assert messages.errors == []
    assert len(PdfReader(output).pages) == dialog.document.pageCount()
    assert "report.print" in audit_actions(desk)
    entry = next(e for e in desk.services.audit.search().entries if e.action == "report.print")
    assert entry.after["printer"] == str(output) and entry.after["language"] == "pl"


def test_a_cancelled_print_dialog_prints_nothing(desk, approved, opened, messages, monkeypatch) -> None:
    monkeypatch.setattr(report_preview, "ask_printer", lambda parent: None)
    ReportPreviewDialog.open_for(None, desk, approved)
    opened[0].print_button.click()
    assert "report.print" not in audit_actions(desk) and messages.errors == []


def test_an_unknown_decision_says_so(desk, opened, messages) -> None:
    ReportPreviewDialog.open_for(None, desk, 9999)
    assert opened == [] and messages.errors == ["Decision 9999 does not exist."]


@pytest.fixture
def actions(desk, qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return ReportActions(desk, widget)


def test_batch_save_writes_one_file_per_decision(actions, three, messages, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(prompts, "choose_folder", lambda *args: tmp_path)
    actions.save_reports(three)
    # the English translator may be installed by an earlier test: "report(s)" or its plural form
    assert messages.errors == [] and [m.replace("report(s)", "reports") for m in messages.infos] == [
        f"Saved 3 reports to {tmp_path}."]
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 3 and all(path.read_bytes().startswith(b"%PDF") for path in files)
    assert audit_actions(actions.desk).count("report.save") == 3
    assert not actions.busy


def test_cancelling_a_batch_save_keeps_what_was_written(actions, three, messages, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(prompts, "choose_folder", lambda *args: tmp_path)
    original = ReportProgress.set_progress

    def cancel_during_the_first(dialog: ReportProgress, done: int, total: int) -> None:
        original(dialog, done, total)
        if done == 0:
            dialog.cancel_button.click()

    monkeypatch.setattr(ReportProgress, "set_progress", cancel_during_the_first)
    actions.save_reports(three)
    assert messages.errors == []
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    assert messages.infos == [f"Cancelled; the reports saved before stay in {tmp_path}."]
    assert not actions.busy


def test_batch_print_prints_every_report_and_records_each(actions, three, messages, monkeypatch,
                                                        tmp_path) -> None:
    output = tmp_path / "batch.pdf"
    monkeypatch.setattr(report_preview, "ask_printer", lambda parent: pdf_printer(output))
    actions.print_reports(three)
    assert messages.errors == [] and [m.replace("report(s)", "reports") for m in messages.infos] == [
        f"Sent 3 reports to {output}."]
    assert audit_actions(actions.desk).count("report.print") == 3
    assert len(PdfReader(output).pages) >= 3


def test_the_list_report_is_saved_and_previewed(actions, three, opened, messages, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(ListReportDialog, "ask", classmethod(
        lambda cls, parent, programmes: ListReportRequest("SYN-INF-S1", "", False)))
    target = tmp_path / "lista.pdf"
    monkeypatch.setattr(prompts, "save_file", lambda *args: target)
    actions.list_report()
    assert messages.errors == []
    assert ALBUM in pdf_text(target.read_bytes()) and "100004" not in pdf_text(target.read_bytes())
    [dialog] = opened
    assert dialog.document.pageCount() >= 1 and dialog.print_button.isHidden()
    assert str(target) in dialog.status.text()
    assert "report.list" in audit_actions(actions.desk)


def test_the_list_dialog_reads_its_fields(qtbot, desk) -> None:
    dialog = ListReportDialog(None, desk.services.programmes.list())
    qtbot.addWidget(dialog)
    dialog.programme.setCurrentIndex(dialog.programme.findData("PRAWO-JM"))
    dialog.term.setText("2025/26-z")
    dialog.overdue.setChecked(True)
    assert dialog.request() == ListReportRequest("PRAWO-JM", "2025/26-Z", True)


def test_export_approved_writes_a_csv(actions, approved, messages, monkeypatch, tmp_path) -> None:
    target = tmp_path / "zatwierdzone.csv"
    monkeypatch.setattr(prompts, "save_file", lambda *args: target)
    actions.export_approved()
    assert messages.errors == [] and messages.infos[0].startswith("Exported ")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert any("4,5" in row for row in rows[1:]) and rows[1][0] == ALBUM
    assert "export.approved" in audit_actions(actions.desk)


# -- in the window ------------------------------------------------------------------------------------------
def test_the_decision_page_offers_the_report(window, approved, opened, messages, qtbot) -> None:
    page = window.show_decision(approved)
    assert not page.report_button.isHidden() and "Ctrl+P" in page.report_button.toolTip()
    page.report_button.click()
    assert len(opened) == 1 and opened[0].document.pageCount() >= 1
    assert window.report_action.shortcut() == QKeySequence("Ctrl+P")
    window.report_action.trigger()  # the open decision's report
    assert len(opened) == 2 and messages.errors == []


def test_the_decisions_page_saves_the_selected_reports(window, three, messages, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(prompts, "choose_folder", lambda *args: tmp_path)
    page = window.decisions
    window.refresh_all()
    assert not page.save_reports_button.isEnabled() and not page.report_action.isEnabled()
    page.view.selectAll()
    assert page.save_reports_button.isEnabled() and page.print_reports_button.isEnabled()
    assert not page.report_action.isEnabled()  # one decision at a time
    assert page.save_reports_action in page.view.actions()
    page.save_reports_button.click()
    assert messages.errors == [] and len(list(tmp_path.glob("*.pdf"))) == 3


def accelerators(texts) -> list[str]:
    found = []
    for text in texts:
        text = text.replace("&&", "")
        if "&" in text:
            found.append(text[text.index("&") + 1].lower())
    return found


def test_menu_and_dialog_accelerators_do_not_clash(window, approved, opened) -> None:
    assert window.list_report_action.isEnabled() and window.export_approved_action is not None
    for menu_action in window.menuBar().actions():
        letters = accelerators(action.text() for action in menu_action.menu().actions())
        assert len(letters) == len(set(letters)), menu_action.text()
    ReportPreviewDialog.open_for(None, window.desk, approved)
    dialog = opened[0]
    widgets = [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel)]
    letters = accelerators(widget.text() for widget in widgets)
    assert len(letters) == len(set(letters)) and letters


def test_the_auditor_prints_but_does_not_export(database, seeded, qtbot, messages) -> None:
    auditor = Desk(services=make_services(database, roles={Role.AUDITOR}, login="auditor"), runner=TaskRunner(),
                   settings=Settings(), database_label="test")
    window = MainWindow(auditor)
    qtbot.addWidget(window)
    assert window.export_approved_action is None and window.list_report_action.isEnabled()
    assert not window.decisions.print_reports_button.isHidden()
