"""Signing in to a shared database before the window opens: login and password, or, on an empty database, the
first administrator's new password typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Actor
from app.services.errors import AppError
from app.services.passwords import MIN_LENGTH
from app.services.users import UserService
from app.ui import prompts
from app.ui.formatting import error_text


class SignInDialog(QDialog):
    def __init__(self, parent: QWidget | None, users: UserService, login: str, first_admin: bool) -> None:
        super().__init__(parent)
        self.users, self.first_admin = users, first_admin
        self.actor: Actor | None = None
        self.setObjectName("signInDialog")
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("This database has no accounts yet. You become its administrator and give the "
                                    "others their accounts. Choose your password (at least %1 characters).")
                            .replace("%1", str(MIN_LENGTH)), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.login = QLineEdit(login, self)
        self.login.setObjectName("login")
        form.addRow(self.tr("&Login:"), self.login)
        self.full_name = QLineEdit(self)
        form.addRow(self.tr("&Full name:"), self.full_name)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password:"), self.password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Repeat the password:"), self.repeat)
        layout.addLayout(form)
        self.form = form
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c;")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_mode()
        (self.password if login else self.login).setFocus()

    def _show_mode(self) -> None:
        """The first administrator also gives a full name and types the new password twice."""
        first = self.first_admin
        self.setWindowTitle(self.tr("Set up the shared database") if first else self.tr("Sign in to Uznania"))
        self.intro.setVisible(first)
        self.form.setRowVisible(self.full_name, first)
        self.form.setRowVisible(self.repeat, first)
        self.ok_button.setText(self.tr("&Set up") if first else self.tr("&Sign in"))

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        self.repeat.clear()
        self.password.setFocus()

    def accept(self) -> None:
        """Sign in (or set the database up); on a refusal say why and let the person try again."""
        login, password = self.login.text().strip(), self.password.text()
        if not login:
            self.message.setText(self.tr("Enter your login."))
            self.message.show()
            self.login.setFocus()
            return
        if self.first_admin and password != self.repeat.text():
            self._fail(self.tr("The two passwords differ; type them again."))
            return
        try:
            if self.first_admin:
                self.actor = self.users.set_up_first_admin(login, self.full_name.text(), password)
            else:
                self.actor = self.users.sign_in(login, password)
        except AppError as error:
            if self.first_admin and not self._still_empty():  # someone else set the database up meanwhile
                self.first_admin = False
                self._show_mode()
            self._fail(error_text(error))
            return
        super().accept()

    def _still_empty(self) -> bool:
        try:
            return self.users.needs_first_admin()
        except AppError:
            return True

    @classmethod
    def ask(cls, parent: QWidget | None, users: UserService, login: str) -> Actor | None:
        """The person signed in, or None when they cancel (or the database cannot be read)."""
        try:
            first_admin = users.needs_first_admin()
        except AppError as error:
            prompts.show_error(parent, error_text(error))
            return None
        dialog = cls(parent, users, login, first_admin)
        try:
            return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
