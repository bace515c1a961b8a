"""Accounts in the window: the administrator's Users page, and the sign-in dialog of a shared database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import passwords
from app.services.context import Role
from app.services.users import UserService
from app.settings import Settings
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.main_window import MainWindow
from app.ui.sign_in_dialog import SignInDialog
from app.ui.tasks import TaskRunner
from app.ui.users_page import AddUserDialog, PasswordDialog, RolesDialog
from tests.conftest import make_services

SECRET = "the admin's password"


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "COST_N", 2**4)


def rows(page) -> dict[str, object]:
    return {page.model.row_at(i).login: page.model.row_at(i) for i in range(page.model.rowCount())}


def add_through_the_page(page, monkeypatch, login: str, name: str, roles: set[Role], password: str = "") -> None:
    def fill(dialog: AddUserDialog):
        dialog.login.setText(login)
        dialog.full_name.setText(name)
        for role in roles:
            dialog.role_choice.boxes[role].setChecked(True)
        dialog.password.setText(password)
        assert not dialog.ok_button.isEnabled() or not password  # the password must be typed twice
        dialog.repeat.setText(password)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(AddUserDialog, "exec", fill)
    page.add_button.click()


def test_the_administrator_adds_a_user_and_changes_roles(window, monkeypatch, messages) -> None:
    page = window.users
    assert page is not None
    assert "Users" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    window.tabs.setCurrentWidget(page)  # loads when shown
    assert rows(page) == {}

    add_through_the_page(page, monkeypatch, "nowak", "Jan Nowak", {Role.OFFICER, Role.DEAN}, SECRET)
    assert messages.errors == []
    nowak = rows(page)["nowak"]
    assert (nowak.full_name, nowak.roles, nowak.active, nowak.has_password) == (
        "Jan Nowak", frozenset({Role.OFFICER, Role.DEAN}), True, True)
    assert page.selected().login == "nowak"  # the new account stays selected
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert titles == ["Login", "Name", "Roles", "Active", "Password set"]
    roles_column = titles.index("Roles")
    shown = {page.model.row_at(i).login: page.model.data(page.model.index(i, roles_column))
             for i in range(page.model.rowCount())}
    assert shown["nowak"] == "officer, dean"

    def change(dialog: RolesDialog):
        assert dialog.role_choice.roles() == frozenset({Role.OFFICER, Role.DEAN})
        dialog.role_choice.boxes[Role.DEAN].setChecked(False)
        dialog.role_choice.boxes[Role.COORDINATOR].setChecked(True)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(RolesDialog, "exec", change)
    page.roles_button.click()
    assert messages.errors == []
    assert rows(page)["nowak"].roles == frozenset({Role.OFFICER, Role.COORDINATOR})
    assert window.desk.services.users.get("nowak").roles == frozenset({Role.OFFICER, Role.COORDINATOR})

    monkeypatch.setattr(prompts, "confirm", lambda parent, text: "nowak" in text)
    assert page.disable_button.isEnabled() and not page.enable_button.isEnabled()
    page.disable_button.click()
    assert rows(page)["nowak"].active is False and page.enable_button.isEnabled()
    page.enable_button.click()
    assert rows(page)["nowak"].active is True

    def new_password(dialog: PasswordDialog):
        dialog.password.setText("another password")
        dialog.repeat.setText("another passw0rd")
        assert not dialog.ok_button.isEnabled() and dialog.message.text() == "The two passwords differ."
        dialog.repeat.setText("another password")
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", new_password)
    page.password_button.click()
    assert messages.errors == [] and messages.infos[-1] == "The password of nowak is set."
    assert UserService.before_sign_in(window.desk.services.ctx.sessions).sign_in("nowak", "another password")


def test_refusals_are_shown(window, monkeypatch, messages) -> None:
    page = window.users
    window.tabs.setCurrentWidget(page)
    add_through_the_page(page, monkeypatch, "anna", "Anna Admin", {Role.ADMIN})
    add_through_the_page(page, monkeypatch, "ANNA", "", {Role.OFFICER})
    assert messages.errors == ["There is already an account ANNA."]
    add_through_the_page(page, monkeypatch, "kowal", "", {Role.OFFICER}, "short")
    assert messages.errors[-1] == "A password needs at least 10 characters."
    assert set(rows(page)) == {"anna"}

    page.select_login("anna")
    monkeypatch.setattr(prompts, "confirm", lambda parent, text: True)
    page.disable_button.click()
    assert "anna is the last active administrator" in messages.errors[-1]
    assert rows(page)["anna"].active


def test_only_an_administrator_sees_the_users_page(seeded, database, qtbot, messages) -> None:
    officer = make_services(database, roles={Role.OFFICER, Role.DEAN}, login="nowak")
    win = MainWindow(Desk(services=officer, runner=TaskRunner(), settings=Settings(), database_label="test"))
    qtbot.addWidget(win)
    assert win.users is None
    assert "Users" not in [win.tabs.tabText(i) for i in range(win.tabs.count())]


# -- signing in ------------------------------------------------------------------------------------------------
def test_the_first_person_sets_up_a_shared_database(database, qtbot, monkeypatch) -> None:
    users = UserService.before_sign_in(database.sessions)
    seen = {}

    def run(dialog: SignInDialog):
        seen["title"] = dialog.windowTitle()
        assert dialog.login.text() == "anna" and not dialog.repeat.isHidden()
        dialog.password.setText(SECRET)
        dialog.repeat.setText("something else")
        dialog.ok_button.click()
        seen["differ"] = dialog.message.text()
        assert dialog.password.text() == "" and dialog.isVisible() is False  # still open, never shown offscreen
        dialog.full_name.setText("Anna Admin")
        dialog.password.setText(SECRET)
        dialog.repeat.setText(SECRET)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", run)
    actor = SignInDialog.ask(None, users, "anna")
    assert seen == {"title": "Set up the shared database", "differ": "The two passwords differ; type them again."}
    assert actor is not None and actor.full_name == "Anna Admin" and Role.ADMIN in actor.roles


def test_signing_in_with_a_retry(database, qtbot, monkeypatch) -> None:
    users = UserService.before_sign_in(database.sessions)
    users.set_up_first_admin("anna", "Anna Admin", SECRET)
    messages = []

    def run(dialog: SignInDialog):
        assert dialog.windowTitle() == "Sign in to Uznania" and dialog.repeat.isHidden()
        dialog.password.setText("wrong password")
        dialog.ok_button.click()
        messages.append(dialog.message.text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.password.setText(SECRET)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", run)
    actor = SignInDialog.ask(None, users, "anna")
    assert messages == ["Login or password is wrong."]
    assert actor is not None and actor.login == "anna"

    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: dialog.reject() or dialog.result())
    assert SignInDialog.ask(None, users, "anna") is None  # cancelled
