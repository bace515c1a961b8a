"""The settings dialog, its place in the File menu, and what the window remembers between runs."""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDialog, QGroupBox, QLabel, QRadioButton, QWidget

from app import i18n
from app import settings as store
from app.models.db import sqlite_url
from app.ui import layout_memory, prompts
from app.ui.layout_memory import LayoutMemory
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import (
    BACKUP_EVERY_DAYS,
    BACKUP_KEEP,
    DEADLINE_DAYS,
    ECTS_PER_SEMESTER,
    DatabaseChoice,
    SettingsDialog,
    compose_database_url,
    parse_database_url,
)
from tests.conftest import TODAY

SERVER_URL = "postgresql+psycopg://dziekanat@db.uni.opole.pl:5433/uznania"


@pytest.fixture(autouse=True)
def own_files(tmp_path, monkeypatch) -> Path:
    """The layout and the settings file of each test its own (the window fixture comes after autouse ones)."""
    monkeypatch.setattr(layout_memory, "layout_path", lambda: tmp_path / "layout.ini")
    monkeypatch.setattr(store, "settings_path", lambda: tmp_path / "settings.json")
    return tmp_path


@pytest.fixture
def dialog(qtbot) -> SettingsDialog:
    dialog = SettingsDialog(None, store.Settings())
    qtbot.addWidget(dialog)
    return dialog


def type_text(widget, text: str) -> None:
    """Type character by character (keyClicks cannot send Polish letters)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def retype(widget, text: str) -> None:
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def click(qtbot, button: QAbstractButton) -> None:
    """A radio button or check box is clicked on its indicator (its middle may be empty space)."""
    button.window().show()
    inside = isinstance(button, (QRadioButton, QCheckBox))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, button.height() // 2) if inside else button.rect().center())


# -- the dialog --------------------------------------------------------------------------------------------------
def test_ok_returns_the_changes_of_every_tab(dialog, qtbot) -> None:
    dialog.show()
    dialog.tabs.setCurrentIndex(0)
    click(qtbot, dialog.server)
    type_text(dialog.host, "db.uni.opole.pl")
    dialog.port.setValue(5433)
    type_text(dialog.database_name, "uznania")
    type_text(dialog.user, "dziekanat")
    dialog.tabs.setCurrentIndex(1)
    click(qtbot, dialog.english)
    dialog.tabs.setCurrentIndex(2)
    retype(dialog.faculty, "Wydział Ekonomiczny")
    retype(dialog.dean_name, "dr hab. Żaneta Źdźbło")
    dialog.appeal.setPlainText("Od decyzji przysługuje odwołanie.\nW terminie 14 dni.\n")
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("both"))
    dialog.tabs.setCurrentIndex(3)
    dialog.deadline_days.setValue(21)
    dialog.ects.setValue(27)
    type_text(dialog.resit, "9-15")
    click(qtbot, dialog.with_5_5)
    click(qtbot, dialog.rounding_buttons["half_down"])
    click(qtbot, dialog.rule_buttons["midpoint"])
    dialog.tabs.setCurrentIndex(4)
    dialog.backup_every.setValue(0)
    dialog.backup_keep.setValue(5)
    assert dialog.ok_button.isEnabled() and not dialog.message.isVisible()
    click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value() == store.Settings().with_changes(
        database_url=SERVER_URL, language="en", report_faculty="Wydział Ekonomiczny",
        report_dean_name="dr hab. Żaneta Źdźbło", report_appeal="Od decyzji przysługuje odwołanie.\nW terminie 14 dni.",
        report_language="both", default_deadline_days=21, required_ects_per_semester=27,
        resit_session_end="09-15", grade_5_5=True, grade_rounding="half_down", distribution_rule="midpoint",
        backup_every_days=0, backup_keep=5)


def test_ask_shows_the_settings_and_cancel_changes_nothing(qtbot, monkeypatch) -> None:
    chosen = store.Settings(language="en", default_deadline_days=10, report_place="Łódź", grade_rounding="down",
                            distribution_rule="midpoint", grade_5_5=True, resit_session_end="02-29",
                            backup_keep=3, report_language="en")
    seen = []

    def look(dialog):
        seen.append(dialog.result_value())
        dialog.deadline_days.setValue(99)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", look)
    assert SettingsDialog.ask(None, chosen) is None
    assert seen == [chosen]  # every field shown as it is, nothing changed by merely opening the dialog

    def accept(dialog):
        dialog.deadline_days.setValue(99)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    assert SettingsDialog.ask(None, chosen) == chosen.with_changes(default_deadline_days=99)


@pytest.mark.parametrize("day", ["02-30", "13-01", "9/30", "30-09", "x"])
def test_a_resit_end_that_is_no_day_disables_ok(dialog, day) -> None:
    dialog.resit.setText(day)
    assert not dialog.ok_button.isEnabled()
    assert "MM-DD" in dialog.message.text() and not dialog.message.isHidden()
    dialog.resit.setText("02-29")
    assert dialog.ok_button.isEnabled() and dialog.message.isHidden()
    dialog.resit.setText("")
    assert dialog.ok_button.isEnabled() and dialog.result_value().resit_session_end == ""


def test_the_server_radio_composes_the_address(dialog, qtbot) -> None:
    assert dialog.local.isChecked() and not dialog.host.isEnabled() and dialog.path.isEnabled()
    click(qtbot, dialog.server)
    assert dialog.host.isEnabled() and not dialog.path.isEnabled()
    assert not dialog.ok_button.isEnabled() and "host" in dialog.message.text()
    type_text(dialog.host, "db.uni.opole.pl")
    assert not dialog.ok_button.isEnabled() and "name of the database" in dialog.message.text()
    type_text(dialog.database_name, "uznania")
    assert dialog.ok_button.isEnabled()
    assert dialog.result_value().database_url == "postgresql+psycopg://db.uni.opole.pl:5432/uznania"
    type_text(dialog.user, "dziekanat")
    dialog.port.setValue(5433)
    assert dialog.result_value().database_url == SERVER_URL
    dialog.host.setText("db uni")
    assert not dialog.ok_button.isEnabled()
    click(qtbot, dialog.local)  # back to the local file: the server's fields no longer count
    assert dialog.ok_button.isEnabled() and dialog.result_value().database_url == ""


def test_an_existing_server_address_is_parsed_back(qtbot) -> None:
    dialog = SettingsDialog(None, store.Settings(database_url=SERVER_URL))
    qtbot.addWidget(dialog)
    assert dialog.server.isChecked()
    assert (dialog.host.text(), dialog.port.value(), dialog.database_name.text(), dialog.user.text()) == (
        "db.uni.opole.pl", 5433, "uznania", "dziekanat")
    assert dialog.result_value().database_url == SERVER_URL
    dialog.database_name.setText("uznania_test")
    assert dialog.result_value().database_url == SERVER_URL.replace("/uznania", "/uznania_test")


def test_an_address_with_more_than_the_fields_is_kept_until_changed(qtbot) -> None:
    url = "postgresql://dziekanat:tajne@db.uni.opole.pl/uznania?sslmode=require"
    dialog = SettingsDialog(None, store.Settings(database_url=url))
    qtbot.addWidget(dialog)
    assert dialog.server.isChecked() and dialog.port.value() == 5432
    assert any("kept as it is" in label.text() for label in dialog.findChildren(QLabel))
    assert dialog.result_value().database_url == url
    dialog.user.setText("wydzial")  # changed: composed from the fields, the password is not kept
    assert dialog.result_value().database_url == "postgresql+psycopg://wydzial@db.uni.opole.pl:5432/uznania"


def test_a_local_file_of_ones_own(dialog, tmp_path, monkeypatch) -> None:
    chosen = tmp_path / "dziekanat.sqlite3"
    asked = []
    monkeypatch.setattr(prompts, "database_file", lambda *args: asked.append(args) or chosen)
    dialog.browse.click()
    assert dialog.path.text() == str(chosen) and asked[0][3]  # it starts at the current (default) file
    assert dialog.result_value().database_url == sqlite_url(chosen)
    dialog.path.setText("relative/desk.sqlite3")
    assert not dialog.ok_button.isEnabled() and "whole path" in dialog.message.text()
    dialog.path.setText(str(tmp_path))
    assert not dialog.ok_button.isEnabled() and "folder" in dialog.message.text()
    dialog.path.setText("")
    assert dialog.ok_button.isEnabled() and dialog.result_value().database_url == ""


@pytest.mark.parametrize("choice", [
    DatabaseChoice(),
    DatabaseChoice(path="/srv/uznania/desk.sqlite3"),
    DatabaseChoice(server=True, host="db.uni.opole.pl", port=5433, name="uznania", user="dziekanat"),
    DatabaseChoice(server=True, host="10.0.0.5", port=5432, name="uznania", user=""),
    DatabaseChoice(server=True, host="fd00::5", port=5432, name="baza uznań", user="jan@wydział"),
])
def test_database_addresses_round_trip(choice) -> None:
    url = compose_database_url(choice)
    assert parse_database_url(url) == choice
    if choice.path:
        assert url == sqlite_url(Path(choice.path))


@pytest.mark.parametrize("url", ["mysql://x@y/z", "sqlite://", "sqlite:///:memory:", "postgresql://h:port/d",
                                 "nonsense"])
def test_addresses_the_fields_cannot_show(url, qtbot) -> None:
    assert parse_database_url(url) is None
    dialog = SettingsDialog(None, store.Settings(database_url=url))
    qtbot.addWidget(dialog)
    assert not dialog.local.isChecked() and not dialog.server.isChecked()
    assert any("cannot be shown here" in label.text() for label in dialog.findChildren(QLabel))
    assert dialog.ok_button.isEnabled() and dialog.result_value().database_url == url  # kept while untouched
    click(qtbot, dialog.local)
    assert dialog.result_value().database_url == ""  # the default local file chosen instead


@pytest.mark.parametrize(("name", "limits"), [("default_deadline_days", DEADLINE_DAYS),
                                              ("required_ects_per_semester", ECTS_PER_SEMESTER),
                                              ("backup_every_days", BACKUP_EVERY_DAYS), ("backup_keep", BACKUP_KEEP)])
def test_the_number_ranges_are_those_the_settings_file_accepts(name, limits) -> None:
    low, high = limits
    assert store._sensible(name, low) and store._sensible(name, high)
    assert not store._sensible(name, low - 1) and not store._sensible(name, high + 1)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(widget: QWidget) -> list[str]:
    texts = [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    texts += [box.title() for box in widget.findChildren(QGroupBox)]
    return [m for m in map(mnemonic, texts) if m]


@pytest.mark.parametrize("language", ["en", "pl"])
def test_accelerators_do_not_clash(qtbot, language) -> None:
    """Tab titles and buttons reach every tab; a tab's own accelerators must differ from them and each other.
    O and C (English) or O and A (Polish) are kept free for OK and Cancel or Anuluj, which some desktops
    underline."""
    i18n.install(language)
    try:
        dialog = SettingsDialog(None, store.Settings())
        qtbot.addWidget(dialog)
        if language == "pl" and dialog.tabs.tabText(0) == "&Database":
            pytest.skip("the dialog's texts are not translated into Polish yet")
        everywhere = [mnemonic(dialog.tabs.tabText(i)) for i in range(dialog.tabs.count())]
        assert None not in everywhere
        everywhere += ["o", "c"] if language == "en" else ["o", "a"]
        for i in range(dialog.tabs.count()):
            letters = everywhere + mnemonics(dialog.tabs.widget(i))
            assert len(letters) == len(set(letters)), (dialog.tabs.tabText(i), letters)
    finally:
        i18n.install("en")


# -- the File menu -----------------------------------------------------------------------------------------------
def test_the_file_menu_opens_the_settings_and_applies_them(window, monkeypatch, messages, own_files) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert window.settings_action in menu.actions()
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")
    letters = [mnemonic(action.text()) for action in menu.actions() if not action.isSeparator()]
    assert len(letters) == len(set(letters)) and None not in letters
    store.save(store.Settings(language="pl", backup_keep=7))  # the file, not the running desk, is what is edited
    shown = []
    changed = store.Settings(language="pl", backup_keep=7, default_deadline_days=60, grade_5_5=True,
                             grade_rounding="down", distribution_rule="midpoint", required_ects_per_semester=20,
                             resit_session_end="09-15", report_faculty="Wydział Prawa", report_language="en")
    monkeypatch.setattr(SettingsDialog, "ask", lambda parent, settings: shown.append((parent, settings)) or changed)
    window.settings_action.trigger()
    assert shown == [(window, store.Settings(language="pl", backup_keep=7))]
    assert store.load() == changed
    desk, services = window.desk, window.desk.services
    assert desk.settings.default_deadline_days == 60 and desk.settings.report_faculty == "Wydział Prawa"
    assert desk.settings.backup_keep == store.Settings().backup_keep  # backups follow at the next start
    assert desk.default_deadline() == desk.today() + timedelta(days=60)
    assert (services.catalogue.policy.with_5_5, services.catalogue.policy.rounding,
            services.catalogue.policy.distribution_rule) == (True, "down", "midpoint")
    assert services.comparison.required_ects == 20 and services.comparison.resit_session_end == (9, 15)
    assert services.reports.options == changed.report_options()
    assert messages.infos == [] and window.statusBar().currentMessage() == "Settings saved."


def test_a_new_language_or_database_waits_for_a_restart(window, monkeypatch, messages) -> None:
    changed = store.Settings(language="en", database_url=SERVER_URL)
    monkeypatch.setattr(SettingsDialog, "ask", lambda parent, settings: changed)
    window.settings_action.trigger()
    assert store.load() == changed
    assert window.desk.settings.language == "pl" and window.desk.settings.database_url == ""
    assert window.language_actions["en"].isChecked() and window.language == "en"
    assert messages.infos == ["The language and the database change when Uznania is started again."]


def test_cancel_saves_nothing(window, monkeypatch, own_files) -> None:
    monkeypatch.setattr(SettingsDialog, "ask", lambda parent, settings: None)
    window.settings_action.trigger()
    assert not (own_files / "settings.json").exists()


# -- remembered layout -------------------------------------------------------------------------------------------
def test_the_window_comes_back_as_it_was_left(window, desk, qtbot, own_files) -> None:
    window.resize(700, 500)  # no smaller than the window can be, which depends on the fonts
    left = (window.width(), window.height())
    assert left != (1280, 800)
    window.students.view.setColumnWidth(2, 333)
    window.students.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    window.grading.table_view.setColumnWidth(1, 177)  # a table inside the page's own tabs
    window.close()
    assert (own_files / "layout.ini").is_file()

    again = MainWindow(desk)
    qtbot.addWidget(again)
    again.refresh_all()
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == left
    assert again.students.view.columnWidth(2) == 333
    assert again.grading.table_view.columnWidth(1) == 177
    header = again.students.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)
    albums = [again.students.model.row_at(i).album_number for i in range(again.students.model.rowCount())]
    assert albums == ["100004", "100003", "100002", "100001"]


def test_a_decision_tab_opens_with_the_columns_of_the_last_one_closed(window, desk, qtbot) -> None:
    first, second = desk.services.decisions.open(["100001", "100002"], TODAY + timedelta(days=20), "5")
    page = window.show_decision(first)
    page.history.setColumnWidth(0, 211)
    window.tabs.tabCloseRequested.emit(window.tabs.indexOf(page))
    assert window.show_decision(second).history.columnWidth(0) == 211


def test_without_memory_the_window_keeps_its_own_layout(window, desk, qtbot, own_files) -> None:
    window.resize(700, 500)
    left = (window.width(), window.height())
    window.close()
    plain = MainWindow(desk, remember_layout=False)
    qtbot.addWidget(plain)
    assert (plain.width(), plain.height()) == (1280, 800)
    plain.resize(640, 480)
    plain.close()
    assert LayoutMemory().restore_window(plain) and (plain.width(), plain.height()) == left


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe garbage \x00[[[\n",
    b"version=1\n[window]\ngeometry=@ByteArray(nonsense)\n[tables]\nstudentsPage\\studentsTable\\state=hello\n"
    b"studentsPage\\studentsTable\\columns=8\n",
    b"version=1\n[window]\ngeometry=12\n[tables]\nstudentsPage\\studentsTable\\state=@ByteArray(\\0\\0\\0\\xff)\n"
    b"studentsPage\\studentsTable\\columns=many\n",
    b"version=99\n",
])
def test_a_damaged_layout_is_ignored(desk, qtbot, own_files, content, caplog) -> None:
    (own_files / "layout.ini").write_bytes(content)
    with caplog.at_level(logging.INFO, logger="app.ui.layout_memory"):
        win = MainWindow(desk)
    qtbot.addWidget(win)
    assert (win.width(), win.height()) == (1280, 800)
    assert win.students.view.columnWidth(1) == 150
    win.close()  # and the next save writes a good one over it
    assert QSettings(str(own_files / "layout.ini"), QSettings.Format.IniFormat).value("version") in (1, "1")


def test_a_layout_for_other_columns_is_ignored(desk, qtbot, own_files) -> None:
    memory = LayoutMemory()
    win = MainWindow(desk, remember_layout=False)
    qtbot.addWidget(win)
    win.students.view.setColumnWidth(1, 321)
    memory.save_tables(win.students)
    store_ = QSettings(str(own_files / "layout.ini"), QSettings.Format.IniFormat)
    store_.setValue("tables/studentsPage/studentsTable/columns", 3)
    store_.sync()
    fresh = MainWindow(desk)
    qtbot.addWidget(fresh)
    assert fresh.students.view.columnWidth(1) == 150
    assert LayoutMemory().restore_tables(win.students) == 0


# -- the last folder of the file pickers -------------------------------------------------------------------------
class FakeFileDialog:
    """Answers as if the user chose `answer`; keeps where each picker started."""

    answer = ""
    started: list[str] = []

    class Option:
        DontConfirmOverwrite = 1

    @classmethod
    def getOpenFileName(cls, parent, title, directory, name_filter):  # noqa: N802 (Qt's name)
        cls.started.append(directory)
        return cls.answer, ""

    @classmethod
    def getSaveFileName(cls, parent, title, directory, name_filter, *rest):  # noqa: N802
        cls.started.append(directory)
        return cls.answer, "PDF document (*.pdf)"

    @classmethod
    def getExistingDirectory(cls, parent, title, directory):  # noqa: N802
        cls.started.append(directory)
        return cls.answer


def test_the_pickers_start_where_the_last_one_went(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(prompts, "QFileDialog", FakeFileDialog)
    monkeypatch.setattr(FakeFileDialog, "started", [])
    imports, reports = tmp_path / "importy", tmp_path / "raporty"
    imports.mkdir()
    reports.mkdir()
    FakeFileDialog.answer = str(imports / "studenci.csv")
    assert prompts.open_file(None, "Import", "CSV (*.csv)") == imports / "studenci.csv"
    FakeFileDialog.answer = str(reports / "lista")
    assert prompts.save_file(None, "Save", "PDF document (*.pdf)", "lista.pdf") == reports / "lista.pdf"
    FakeFileDialog.answer = str(imports)
    assert prompts.choose_folder(None, "Folder") == imports
    FakeFileDialog.answer = ""
    assert prompts.open_file(None, "Import", "CSV (*.csv)", "/elsewhere/given.csv") is None
    assert FakeFileDialog.started == ["", str(imports / "lista.pdf"), str(reports), "/elsewhere/given.csv"]
    assert LayoutMemory().last_folder() == imports  # a cancelled picker forgets nothing
    imports.rmdir()
    assert LayoutMemory().last_folder() is None  # a folder since removed is not offered


def test_two_memories_of_one_file_keep_each_others_values(own_files, qtbot) -> None:
    """The window's memory and a file picker's both start on a new file: neither wipes what the other wrote."""
    window_memory, picker_memory = LayoutMemory(), LayoutMemory()
    picker_memory.remember_folder(own_files)
    widget = QWidget()
    qtbot.addWidget(widget)
    window_memory.save_window(widget)
    assert LayoutMemory().last_folder() == own_files and LayoutMemory().restore_window(widget)
