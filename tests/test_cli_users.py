"""`uznania users …` and signing in from the command line, on the embedded desk and on a shared database."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import select

from app import cli_users
from app.models import AuditEvent
from app.models.db import open_database
from app.services import passwords
from tests.conftest import cli

SECRET = "the admin's password"
NEW = "a brand new password"


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "COST_N", 2**4)
    monkeypatch.delenv(cli_users.PASSWORD_VARIABLE, raising=False)


def shared(capsys, url: str, *args: str) -> tuple[int, str, str]:
    """Like `cli`, with the database treated as shared (people sign in with a password)."""
    from app.__main__ import main
    code = main(["--db", url, "--lang", "en", *args], shared=True)
    out, err = capsys.readouterr()
    return code, out, err


def stdin(monkeypatch, text: str, tty: bool = False) -> None:
    stream = io.StringIO(text)
    stream.isatty = lambda: tty
    monkeypatch.setattr("sys.stdin", stream)


def users_json(capsys, url: str, *options: str) -> dict[str, dict]:
    code, out, err = cli(capsys, url, *options, "users", "list", "--format", "json")
    assert code == 0, err
    return {record["login"]: record for record in json.loads(out)}


def audit_actions(url: str) -> list[tuple[str, str, str]]:
    db = open_database(url)
    try:
        with db.sessions() as session:
            events = session.scalars(select(AuditEvent).order_by(AuditEvent.id))
            return [(e.action, e.actor, e.entity_id) for e in events]
    finally:
        db.engine.dispose()


def test_managing_accounts_on_the_embedded_desk(capsys, monkeypatch, url) -> None:
    me = ("--user", "jkowalska")
    assert users_json(capsys, url, *me)["jkowalska"] == {
        "login": "jkowalska", "full_name": "jkowalska", "roles": "admin,coordinator,dean,officer", "active": True,
        "has_password": False}

    stdin(monkeypatch, NEW + "\n")
    code, out, err = cli(capsys, url, *me, "users", "add", "nowak", "--name", "Jan Nowak", "--roles", "officer,dean",
                         "--password-stdin")
    assert (code, err) == (0, "") and out == "Account nowak added with the roles: dean, officer.\n"
    code, out, _ = cli(capsys, url, *me, "users", "add", "kowal", "--roles", "coordinator")
    assert code == 0 and "no password yet" in out and "uznania users password kowal" in out
    code, out, _ = cli(capsys, url, *me, "users", "roles", "kowal", "coordinator,auditor")
    assert (code, out) == (0, "Roles of kowal: auditor, coordinator.\n")
    assert cli(capsys, url, *me, "users", "disable", "nowak")[:2] == (0, "Account nowak switched off.\n")
    assert cli(capsys, url, *me, "users", "enable", "nowak")[:2] == (0, "Account nowak switched on.\n")
    stdin(monkeypatch, SECRET + "\n")
    assert cli(capsys, url, *me, "users", "password", "kowal", "--password-stdin")[:2] == (
        0, "Password of kowal set.\n")

    listed = users_json(capsys, url, *me)
    assert listed["nowak"] == {"login": "nowak", "full_name": "Jan Nowak", "roles": "dean,officer", "active": True,
                               "has_password": True}
    assert listed["kowal"]["has_password"] is True and listed["kowal"]["full_name"] == "kowal"
    code, out, _ = cli(capsys, url, *me, "users", "list")
    assert out.splitlines()[0].split() == ["Login", "Name", "Roles", "Active", "Password"]
    assert "administrator, coordinator, dean, officer" in out
    code, out, _ = cli(capsys, url, *me, "users", "list", "--format", "csv")
    assert out.splitlines()[0] == "login,full_name,roles,active,has_password"

    assert [a for a, _, _ in audit_actions(url)] == [
        "user.add", "user.add", "user.roles", "user.disable", "user.enable", "user.password"]


def test_refusals_on_the_command_line(capsys, monkeypatch, url) -> None:
    me = ("--user", "jkowalska")
    assert cli(capsys, url, *me, "users", "add", "nowak", "--roles", "officer")[0] == 0
    code, _, err = cli(capsys, url, *me, "users", "add", "kowal", "--roles", "officer,wizard")
    assert code == 1 and err.startswith("Error: Unknown role wizard")
    code, _, err = cli(capsys, url, *me, "users", "add", "Nowak", "--roles", "officer")
    assert code == 1 and "already an account" in err
    code, _, err = cli(capsys, url, *me, "users", "disable", "jkowalska")
    assert code == 1 and "your own account" in err
    code, _, err = cli(capsys, url, *me, "users", "roles", "jkowalska", "officer")
    assert code == 1 and "last active administrator" in err
    code, _, err = cli(capsys, url, *me, "users", "enable", "nikt")
    assert code == 1 and "no account nikt" in err
    code, _, err = cli(capsys, url, "--user", "nowak", "users", "add", "kowal", "--roles", "officer")
    assert code == 1 and "it needs: administrator" in err
    stdin(monkeypatch, "")  # no terminal to ask in
    code, _, err = cli(capsys, url, *me, "users", "password", "nowak")
    assert code == 1 and "UZNANIA_PASSWORD" in err


def test_signing_in_to_a_shared_database(capsys, monkeypatch, url) -> None:
    stdin(monkeypatch, "")
    code, _, err = shared(capsys, url, "--user", "anna", "users", "list")
    assert code == 1 and "no terminal" in err and "UZNANIA_PASSWORD" in err

    monkeypatch.setenv("UZNANIA_PASSWORD", "short")
    code, _, err = shared(capsys, url, "--user", "anna", "users", "list")
    assert code == 1 and "at least 10 characters" in err

    monkeypatch.setenv("UZNANIA_PASSWORD", SECRET)
    code, out, err = shared(capsys, url, "--user", "anna", "users", "list", "--format", "json")
    assert code == 0 and "anna becomes its administrator" in err
    [anna] = json.loads(out)
    assert anna["login"] == "anna" and "admin" in anna["roles"] and anna["has_password"]

    stdin(monkeypatch, NEW + "\n")
    assert shared(capsys, url, "--user", "anna", "users", "add", "nowak", "--roles", "officer",
                  "--password-stdin")[0] == 0
    assert shared(capsys, url, "--user", "anna", "users", "add", "kowal", "--roles", "officer")[0] == 0

    for login in ("nikt", "nowak"):  # an unknown login and a wrong password read alike
        code, out, err = shared(capsys, url, "--user", login, "students", "list")
        assert (code, out, err) == (1, "", "Error: Login or password is wrong.\n")
    code, _, err = shared(capsys, url, "--user", "kowal", "students", "list")
    assert code == 1 and "has no password yet" in err

    monkeypatch.setenv("UZNANIA_PASSWORD", NEW)
    assert shared(capsys, url, "--user", "nowak", "students", "list")[0] == 0
    code, _, err = shared(capsys, url, "--user", "nowak", "users", "disable", "kowal")
    assert code == 1 and "it needs: administrator" in err

    failed = [(actor, entity) for action, actor, entity in audit_actions(url) if action == "user.sign_in_failed"]
    assert failed == [("nikt", "nikt"), ("nowak", "nowak"), ("kowal", "kowal")]


def test_changing_your_own_password_on_a_shared_database(capsys, monkeypatch, url) -> None:
    monkeypatch.setenv("UZNANIA_PASSWORD", SECRET)
    stdin(monkeypatch, NEW + "\n")
    assert shared(capsys, url, "--user", "anna", "users", "add", "nowak", "--roles", "officer",
                  "--password-stdin")[0] == 0

    monkeypatch.setenv("UZNANIA_PASSWORD", NEW)  # signs nowak in, and is the current password asked for
    stdin(monkeypatch, "nowak's next password\n")
    code, out, err = shared(capsys, url, "--user", "nowak", "users", "password", "nowak", "--password-stdin")
    assert (code, out, err) == (0, "Password of nowak set.\n", "")
    code, _, err = shared(capsys, url, "--user", "nowak", "students", "list")
    assert code == 1 and "Login or password is wrong." in err
    monkeypatch.setenv("UZNANIA_PASSWORD", "nowak's next password")
    assert shared(capsys, url, "--user", "nowak", "students", "list")[0] == 0


def test_passwords_typed_in_a_terminal(capsys, monkeypatch, url) -> None:
    typed = iter(["first one 123", "second one 456"])
    monkeypatch.setattr(cli_users.getpass, "getpass", lambda prompt: next(typed))
    stdin(monkeypatch, "", tty=True)
    code, _, err = shared(capsys, url, "--user", "anna", "users", "list")
    assert code == 1 and "The two passwords differ." in err

    typed = iter([SECRET, SECRET, SECRET, "left over"])
    code, _, _ = shared(capsys, url, "--user", "anna", "users", "list")  # the first administrator: twice
    assert code == 0
    assert shared(capsys, url, "--user", "anna", "users", "list")[0] == 0  # then once to sign in
    assert next(typed) == "left over"  # the sign-in asked only once
