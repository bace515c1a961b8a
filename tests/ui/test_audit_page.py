"""The audit log page: filters narrow the events, details show the values in full, more pages load, an export
writes a file and is itself audited; the tab is there only for roles that may read the log."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.services.context import Role
from app.settings import Settings
from app.ui import audit_page, prompts
from app.ui.audit_page import AuditPage
from app.ui.desk import Desk
from app.ui.formatting import to_qdate
from app.ui.tasks import TaskRunner
from tests.conftest import make_services


@pytest.fixture
def page(desk, database, qtbot, messages) -> AuditPage:
    make_services(database, login="anowak").programmes.add("ŁDZ-1", "Filologia łódzka")
    widget = AuditPage(desk)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def shown(page: AuditPage) -> list[tuple[str, str]]:
    return [(page.model.row_at(i).action, page.model.row_at(i).entity_id) for i in range(page.model.rowCount())]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_filters_narrow_the_events(page, messages) -> None:
    assert messages.errors == []
    assert shown(page)[0] == ("programme.add", "ŁDZ-1") and len(shown(page)) == 7  # 2 + 4 seeded, then ours
    assert page.filters.count_label.text() == "7 of 7"
    assert [page.actor.itemData(i) for i in range(page.actor.count())] == [None, "anowak", "jkowalska"]
    assert "student." in [page.action.itemData(i) for i in range(page.action.count())]

    choose(page.actor, "anowak")
    assert shown(page) == [("programme.add", "ŁDZ-1")]
    choose(page.actor, None)
    choose(page.action, "student.")
    assert len(shown(page)) == 4 and {action for action, _ in shown(page)} == {"student.import"}

    page.filters.search.setText("łódzka")  # typing waits for a pause; reload() is what the pause calls
    page.reload()
    assert shown(page) == [("student.import", "100001")]
    page.filters.search.setText("")
    page.entity_id.setText("100003")
    page.reload()
    assert shown(page) == [("student.import", "100003")]

    page.clear_filters()
    assert len(shown(page)) == 7
    page.entity.setText("programme")
    page.reload()
    assert {action for action, _ in shown(page)} == {"programme.add"} and len(shown(page)) == 3


def test_dates_are_inclusive(page) -> None:
    day = to_qdate(page.model.row_at(0).at.astimezone().date())  # every event was recorded just now
    page.date_from.setDate(day)
    page.date_to.setDate(day)
    page.use_from.setChecked(True)
    page.use_to.setChecked(True)
    assert len(shown(page)) == 7
    page.date_to.setDate(day.addDays(-1))
    assert shown(page) == []
    page.date_to.setDate(day.addDays(1))
    page.date_from.setDate(day.addDays(1))
    assert shown(page) == []
    page.use_from.setChecked(False)
    assert len(shown(page)) == 7


def test_details_show_the_values_in_full(page) -> None:
    page.view.selectRow(3)
    entry = page.model.row_at(3)
    text = page.details.toPlainText()
    assert text.startswith(f"#{entry.id} · ") and "After:" in text
    assert f'"family_name": "{entry.after["family_name"]}"' in text
    tooltip = page.model.index(3, audit_page.CHANGE_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == text
    summary = page.model.index(0, audit_page.CHANGE_COLUMN).data()
    assert "name_pl: Filologia łódzka" in summary


def test_more_pages(page, monkeypatch) -> None:
    monkeypatch.setattr(audit_page, "PAGE_SIZE", 3)
    page.reload()
    assert len(shown(page)) == 3 and page.more_button.isEnabled()
    assert page.filters.count_label.text() == "3 of 7"
    first = shown(page)
    page.more_button.click()
    page.more_button.click()
    assert len(shown(page)) == 7 and shown(page)[:3] == first and not page.more_button.isEnabled()
    assert len({page.model.row_at(i).id for i in range(7)}) == 7


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_export_writes_a_file_and_is_audited(page, monkeypatch, messages, tmp_path, suffix) -> None:
    target = tmp_path / f"audyt.{suffix}"
    asked = []
    monkeypatch.setattr(prompts, "save_file", lambda *args: asked.append(args) or target)
    choose(page.actor, "anowak")
    page.export_button.click()
    assert messages.errors == [] and messages.infos == [f"Exported 1 event(s) to {target}."]
    if suffix == "xlsx":
        rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    else:
        with open(target, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 2 and rows[1][2] == "anowak" and "Filologia łódzka" in rows[1][7]
    choose(page.actor, "jkowalska")
    assert shown(page)[0][0] == "audit.export"  # the list shows the export at once
    assert page.model.row_at(0).after["filter"] == {"actor": "anowak"}


def test_a_cancelled_export_writes_nothing(page, monkeypatch, messages) -> None:
    monkeypatch.setattr(prompts, "save_file", lambda *args: None)
    page.export_button.click()
    assert messages.infos == [] and page.desk.services.audit.search().total == 7


def test_the_dean_reads_but_does_not_export(database, seeded, qtbot, messages) -> None:
    dean = Desk(services=make_services(database, roles={Role.DEAN}, login="dean"), runner=TaskRunner(),
                settings=Settings(), database_label="test")
    widget = AuditPage(dean)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.model.rowCount() == 6 and messages.errors == []
    assert widget.export_button.isHidden()


def test_the_tab_is_there_only_for_those_who_may_read_the_log(window, database, qtbot, messages) -> None:
    from app.ui.main_window import MainWindow

    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Audit log" in titles
    window.tabs.setCurrentIndex(titles.index("Audit log"))
    assert window.tabs.currentWidget() is window.audit and isinstance(window.audit, AuditPage)
    assert window.audit.model.rowCount() == 6 and messages.errors == []  # loaded when shown
    officer = Desk(services=make_services(database, roles={Role.OFFICER}, login="officer"), runner=TaskRunner(),
                   settings=Settings(), database_label="test")
    other = MainWindow(officer)
    qtbot.addWidget(other)
    assert "Audit log" not in [other.tabs.tabText(i) for i in range(other.tabs.count())] and other.audit is None
