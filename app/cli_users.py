"""The command line's accounts: `uznania users list|add|roles|disable|enable|password`, and signing in to a shared
database (`--user LOGIN`; the password from $UZNANIA_PASSWORD, else asked in the terminal)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from app.i18n import translate
from app.services.context import ROLE_LABELS, Actor, Role
from app.services.errors import ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, allows
from app.services.registry import Services
from app.services.users import UserRow, UserService, os_login, sign_in_desk_user

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

PASSWORD_VARIABLE = "UZNANIA_PASSWORD"


def add_parser(commands, format_option) -> None:
    users = commands.add_parser("users", help="accounts and their roles (the administrator's)").add_subparsers(
        dest="action", required=True)
    format_option(users.add_parser("list", help="list accounts"))
    add = users.add_parser("add", help="add an account (without --password-stdin it cannot sign in to a shared "
                                       "database until a password is set)")
    add.add_argument("login")
    add.add_argument("--name", default="", help="full name")
    add.add_argument("--roles", required=True, metavar="ROLES",
                     help="comma-separated: " + ",".join(role.value for role in Role))
    add.add_argument("--password-stdin", action="store_true", help="read the initial password from stdin")
    roles = users.add_parser("roles", help="give an account exactly these roles")
    roles.add_argument("login")
    roles.add_argument("roles", metavar="ROLES", help="comma-separated: " + ",".join(role.value for role in Role))
    users.add_parser("disable", help="switch an account off").add_argument("login")
    users.add_parser("enable", help="switch an account on again").add_argument("login")
    password = users.add_parser("password", help="set an account's password (your own: give the current one in "
                                                 f"${PASSWORD_VARIABLE} or when asked)")
    password.add_argument("login")
    password.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")


def _roles(roles) -> str:
    return ", ".join(translate("Roles", ROLE_LABELS[role]) for role in sorted(roles, key=lambda r: r.value))


def _record(row: UserRow) -> dict:
    return {"login": row.login, "full_name": row.full_name,
            "roles": ",".join(sorted(role.value for role in row.roles)), "active": row.active,
            "has_password": row.has_password}


def dispatch(args: argparse.Namespace, services: Services, emit, column, yes_no) -> int:
    users = services.users
    if args.action == "list":
        columns = [
            column("login", QT_TRANSLATE_NOOP("Cli", "Login")),
            column("full_name", QT_TRANSLATE_NOOP("Cli", "Name")),
            column("roles", QT_TRANSLATE_NOOP("Cli", "Roles"),
                   lambda value: _roles(Role(name) for name in value.split(",") if name)),
            column("active", QT_TRANSLATE_NOOP("Cli", "Active"), yes_no),
            column("has_password", QT_TRANSLATE_NOOP("Cli", "Password"), yes_no),
        ]
        emit([_record(row) for row in users.list()], columns, args.format)
        return 0
    if args.action == "add":
        password = _stdin_password() if args.password_stdin else None
        row = users.add(args.login, args.name, args.roles, password)
        print(translate("Cli", "Account {login} added with the roles: {roles}.").format(
            login=row.login, roles=_roles(row.roles)))
        if not row.has_password:
            print(translate("Cli", "It has no password yet: set one with `uznania users password {login}`.")
                  .format(login=row.login))
        return 0
    if args.action == "roles":
        row = users.set_roles(args.login, args.roles)
        print(translate("Cli", "Roles of {login}: {roles}.").format(login=row.login, roles=_roles(row.roles)))
        return 0
    if args.action in ("disable", "enable"):
        row = users.set_active(args.login, args.action == "enable")
        done = translate("Cli", "Account {login} switched on.") if row.active else translate(
            "Cli", "Account {login} switched off.")
        print(done.format(login=row.login))
        return 0
    actor = services.ctx.actor
    old = None
    if not allows(actor.roles, Permission.USERS_EDIT) and args.login == actor.login:
        old = os.environ.get(PASSWORD_VARIABLE) or ask_password(translate("Cli", "Current password: "))
    new = _stdin_password() if args.password_stdin else new_password()
    row = users.set_password(args.login, new, old)
    print(translate("Cli", "Password of {login} set.").format(login=row.login))
    return 0


def _stdin_password() -> str:
    return sys.stdin.readline().rstrip("\r\n")


def ask_password(prompt: str) -> str:
    """A password typed in the terminal without echo; refused when there is no terminal to ask in."""
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A password is needed and there is no terminal to ask for it: set {variable} or use "
                      "--password-stdin where the command has it."), variable=PASSWORD_VARIABLE)
    return getpass.getpass(prompt)


def new_password() -> str:
    """A new password, typed twice."""
    first = ask_password(translate("Cli", "New password: "))
    if ask_password(translate("Cli", "Repeat the new password: ")) != first:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The two passwords differ."))
    return first


def sign_in(sessions: sessionmaker[Session], shared: bool, login: str | None) -> Actor:
    """Who runs the command. The embedded desk: the operating-system user (or `--user`), no password. A shared
    database: the account `login` with its password ($UZNANIA_PASSWORD, else asked); on an empty one, its first
    administrator, whose password that becomes."""
    if not shared:
        return sign_in_desk_user(sessions, embedded=True, login=login)
    users = UserService.before_sign_in(sessions)
    login = login or os_login()
    given = os.environ.get(PASSWORD_VARIABLE)
    if users.needs_first_admin():
        print(translate("Cli", "The database has no accounts yet: {login} becomes its administrator.")
              .format(login=login), file=sys.stderr)
        return users.set_up_first_admin(login, login, given if given is not None else new_password())
    return users.sign_in(login, given if given is not None else ask_password(
        translate("Cli", "Password for {login}: ").format(login=login)))
