"""Users page (administrator): the accounts of the desk, their roles, switched on or off, and their passwords."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ROLE_LABELS, Role
from app.services.errors import AppError, InternalError
from app.services.passwords import MIN_LENGTH
from app.services.users import UserRow
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.formatting import error_text
from app.ui.row_model import ColumnSpec, RowTableModel
from app.ui.students_page import configure_table

SWITCHED_OFF_TEXT = QColor("#7a7a7a")


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_LABELS[role])


def roles_text(roles) -> str:
    return ", ".join(role_label(role) for role in Role if role in roles)  # in the order of the enumeration


def _t(text: str):
    return lambda: QCoreApplication.translate("Columns", text)


def _yes_no(value: bool) -> str:
    return QCoreApplication.translate("UsersPage", "yes") if value else QCoreApplication.translate("UsersPage", "no")


USER_COLUMNS: list[ColumnSpec[UserRow]] = [
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Login")), lambda r: r.login, lambda r: r.login.casefold()),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Name")), lambda r: r.full_name, lambda r: r.full_name.casefold()),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Roles")), lambda r: roles_text(r.roles), lambda r: roles_text(r.roles)),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Active")), lambda r: _yes_no(r.active), lambda r: r.active),
    ColumnSpec(_t(QT_TRANSLATE_NOOP("Columns", "Password set")), lambda r: _yes_no(r.has_password),
               lambda r: r.has_password),
]


class UsersModel(RowTableModel[UserRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(USER_COLUMNS, parent)

    def row_data(self, row: UserRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(SWITCHED_OFF_TEXT)
        return None


class RoleChoice(QGroupBox):
    """One check box per role."""

    def __init__(self, parent: QWidget, chosen=frozenset()) -> None:
        super().__init__(QCoreApplication.translate("UsersPage", "Roles"), parent)
        layout = QVBoxLayout(self)
        self.boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(role_label(role), self)
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role in chosen)
            layout.addWidget(box)
            self.boxes[role] = box

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


@dataclass(frozen=True)
class NewUser:
    login: str
    full_name: str
    roles: frozenset[Role]
    password: str | None  # None: none yet


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add an account"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.login = QLineEdit(self)
        form.addRow(self.tr("&Login:"), self.login)
        self.full_name = QLineEdit(self)
        form.addRow(self.tr("&Full name:"), self.full_name)
        self.password = _password_edit(self)
        self.password.setPlaceholderText(self.tr("at least %1 characters; empty: none yet")
                                         .replace("%1", str(MIN_LENGTH)))
        form.addRow(self.tr("&Password:"), self.password)
        self.repeat = _password_edit(self)
        form.addRow(self.tr("&Repeat the password:"), self.repeat)
        layout.addLayout(form)
        self.role_choice = RoleChoice(self)
        layout.addWidget(self.role_choice)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.login, self.password, self.repeat):
            edit.textChanged.connect(self._update)
        for box in self.role_choice.boxes.values():
            box.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        problem = ""
        if self.password.text() != self.repeat.text():
            problem = self.tr("The two passwords differ.")
        elif not self.role_choice.roles():
            problem = self.tr("Choose at least one role.")
        self.message.setText(problem)
        self.ok_button.setEnabled(bool(self.login.text().strip()) and not problem)

    def result_value(self) -> NewUser:
        return NewUser(self.login.text().strip(), self.full_name.text().strip(), self.role_choice.roles(),
                       self.password.text() or None)

    @classmethod
    def ask(cls, parent) -> NewUser | None:
        dialog = cls(parent)
        try:
            return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class RolesDialog(QDialog):
    def __init__(self, parent: QWidget | None, login: str, roles: frozenset[Role]) -> None:
        super().__init__(parent)
        self.setObjectName("rolesDialog")
        self.setWindowTitle(self.tr("Roles of %1").replace("%1", login))
        layout = QVBoxLayout(self)
        self.role_choice = RoleChoice(self, roles)
        layout.addWidget(self.role_choice)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for box in self.role_choice.boxes.values():
            box.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.role_choice.roles()))

    @classmethod
    def ask(cls, parent, login: str, roles: frozenset[Role]) -> frozenset[Role] | None:
        dialog = cls(parent, login, roles)
        try:
            return dialog.role_choice.roles() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class PasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None, login: str) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password of %1").replace("%1", login))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.password = _password_edit(self)
        self.password.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(MIN_LENGTH)))
        form.addRow(self.tr("&New password:"), self.password)
        self.repeat = _password_edit(self)
        form.addRow(self.tr("&Repeat the new password:"), self.repeat)
        layout.addLayout(form)
        self.message = QLabel(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Set password"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.password, self.repeat):
            edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        differ = self.password.text() != self.repeat.text()
        self.message.setText(self.tr("The two passwords differ.") if differ else "")
        self.ok_button.setEnabled(bool(self.password.text()) and not differ)

    @classmethod
    def ask(cls, parent, login: str) -> str | None:
        dialog = cls(parent, login)
        try:
            return dialog.password.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class UsersPage(QWidget):
    users_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("usersPage")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Accounts of the people who use this database. Only an active account with a "
                               "password can sign in to a shared database; a switched-off account keeps its "
                               "records."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = UsersModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("usersTable")
        self.view.setModel(self.model)
        configure_table(self.view)
        for column, width in enumerate((140, 240, 320, 80)):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.clicked.connect(self.add_user)
        self.roles_button = QPushButton(self.tr("&Roles…"), self)
        self.roles_button.clicked.connect(self.change_roles)
        self.password_button = QPushButton(self.tr("Set &password…"), self)
        self.password_button.clicked.connect(self.set_password)
        self.disable_button = QPushButton(self.tr("S&witch off…"), self)
        self.disable_button.clicked.connect(lambda: self.set_active(False))
        self.enable_button = QPushButton(self.tr("Switch o&n"), self)
        self.enable_button.clicked.connect(lambda: self.set_active(True))
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for button in (self.roles_button, self.password_button, self.enable_button, self.disable_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        users = self.desk.services.users
        self.desk.runner.run(users.list, self.model.set_rows, self._failed, owner=self, key="list")

    def _failed(self, error: AppError) -> None:
        if not isinstance(error, InternalError):
            prompts.show_error(self, error_text(error))

    def selected(self) -> UserRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if len(rows) == 1 else None

    def select_login(self, login: str) -> None:
        for number in range(self.model.rowCount()):
            if self.model.row_at(number).login == login:
                self.view.selectRow(number)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.roles_button, self.password_button):
            button.setEnabled(row is not None)
        self.disable_button.setEnabled(row is not None and row.active)
        self.enable_button.setEnabled(row is not None and not row.active)

    def _do(self, action, login: str) -> bool:
        try:
            action()
        except AppError as error:
            prompts.show_error(self, error_text(error))
            return False
        self.users_changed.emit()
        self.refresh()
        self.select_login(login)
        return True

    def add_user(self) -> None:
        new = AddUserDialog.ask(self)
        if new is None:
            return
        self._do(lambda: self.desk.services.users.add(new.login, new.full_name, new.roles, new.password), new.login)

    def change_roles(self) -> None:
        row = self.selected()
        if row is None:
            return
        roles = RolesDialog.ask(self, row.login, row.roles)
        if roles is None or roles == row.roles:
            return
        self._do(lambda: self.desk.services.users.set_roles(row.login, roles), row.login)

    def set_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        password = PasswordDialog.ask(self, row.login)
        if password is None:
            return
        if self._do(lambda: self.desk.services.users.set_password(row.login, password), row.login):
            prompts.show_info(self, self.tr("The password of %1 is set.").replace("%1", row.login))

    def set_active(self, active: bool) -> None:
        row = self.selected()
        if row is None or row.active == active:
            return
        if not active and not prompts.confirm(self, self.tr(
                "Switch off the account %1? It can no longer sign in; what it did stays on record.")
                .replace("%1", row.login)):
            return
        self._do(lambda: self.desk.services.users.set_active(row.login, active), row.login)
