from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.models import AuditEvent, User
from app.services import passwords
from app.services.context import Role
from app.services.errors import DuplicateRecord, NotFound, PermissionDenied, ValidationError
from app.services.users import DESK_ROLES, SignInFailed, UserService, sign_in_desk_user
from tests.conftest import make_services

SECRET = "Zażółć gęślą jaźń 42"
OTHER = "correct horse battery"


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    """Hashes at a trivial cost: the real one takes a noticeable fraction of a second each."""
    monkeypatch.setattr(passwords, "COST_N", 2**4)


@pytest.fixture
def admin(database):
    return make_services(database, roles={Role.ADMIN}, login="admin")


def audit_rows(database, action: str | None = None) -> list[AuditEvent]:
    with database.sessions() as session:
        query = select(AuditEvent).order_by(AuditEvent.id)
        if action:
            query = query.where(AuditEvent.action == action)
        return list(session.scalars(query))


def audit_count(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count(AuditEvent.id)))


def assert_no_secret_in_audit(database, *secrets: str) -> None:
    with database.sessions() as session:
        hashes = [h for h in session.scalars(select(User.password_hash)) if h]
    for row in audit_rows(database):
        text = json.dumps([row.before, row.after, row.reason], ensure_ascii=False)
        for secret in (*secrets, *hashes, "scrypt$"):
            assert secret not in text, (row.action, text)


# -- passwords -------------------------------------------------------------------------------------------------
def test_a_hash_describes_itself_and_verifies_only_its_password() -> None:
    stored = passwords.hash_password(SECRET)
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16", "8", "1") and salt and key
    assert passwords.verify_password(SECRET, stored)
    assert not passwords.verify_password(SECRET + " ", stored)
    assert not passwords.verify_password("", stored)
    assert passwords.hash_password(SECRET) != stored  # a fresh salt each time


def test_the_cost_is_read_from_the_stored_hash(monkeypatch) -> None:
    stored = passwords.hash_password(SECRET)
    monkeypatch.setattr(passwords, "COST_N", 2**5)  # raising the cost later keeps older hashes valid
    assert passwords.verify_password(SECRET, stored)
    assert passwords.hash_password(SECRET).split("$")[1] == "32"


@pytest.mark.parametrize("stored", [
    None, "", "plain text", "scrypt$16$8$1$c2FsdA==", "bcrypt$16$8$1$c2FsdA==$AAAA",
    "scrypt$15$8$1$c2FsdHNhbHQ=$" + "A" * 44,  # N not a power of two
    "scrypt$1073741824$8$1$c2FsdHNhbHQ=$" + "A" * 44,  # a cost nobody should be made to compute
    "scrypt$16$8$1$not base64!$" + "A" * 44,
    "scrypt$16$8$1$c2FsdHNhbHQ=$c2hvcnQ=",  # a key of the wrong length
])
def test_a_malformed_hash_verifies_nothing(stored) -> None:
    assert not passwords.verify_password(SECRET, stored)


def test_the_real_cost_once(monkeypatch) -> None:
    monkeypatch.setattr(passwords, "COST_N", 2**17)
    stored = passwords.hash_password(SECRET)
    assert stored.startswith("scrypt$131072$8$1$")
    assert passwords.verify_password(SECRET, stored) and not passwords.verify_password(OTHER, stored)


def test_the_password_policy() -> None:
    with pytest.raises(ValidationError, match="at least 10 characters"):
        passwords.check_policy("short pw")
    with pytest.raises(ValidationError, match="only spaces"):
        passwords.check_policy(" " * 12)
    passwords.check_policy("0123456789")


# -- the embedded desk -----------------------------------------------------------------------------------------
def test_the_embedded_desk_user_holds_every_role(database) -> None:
    actor = sign_in_desk_user(database.sessions, embedded=True, login="jkowalska")
    assert actor.roles == DESK_ROLES and Role.DEAN in actor.roles
    assert sign_in_desk_user(database.sessions, embedded=True, login="jkowalska") == actor
    with pytest.raises(PermissionDenied, match="login and password"):
        sign_in_desk_user(database.sessions, embedded=False, login="jkowalska")


def test_a_switched_off_desk_account_is_refused(database) -> None:
    with database.sessions.begin() as session:
        session.add(User(login="stary", full_name="Były pracownik", roles="officer", active=False))
    with pytest.raises(PermissionDenied, match="switched off"):
        sign_in_desk_user(database.sessions, embedded=True, login="stary")


# -- a shared database -----------------------------------------------------------------------------------------
def test_the_first_person_on_an_empty_shared_database_becomes_its_administrator(database) -> None:
    users = UserService.before_sign_in(database.sessions)
    assert users.needs_first_admin()
    with pytest.raises(ValidationError, match="at least 10"):
        users.set_up_first_admin("admin", "Anna Admin", "short")
    first = users.set_up_first_admin("admin", "Anna Admin", SECRET)
    assert Role.ADMIN in first.roles and first.login == "admin" and first.full_name == "Anna Admin"
    assert not users.needs_first_admin()
    [added] = audit_rows(database, "user.add")
    assert added.actor == "admin" and added.entity == "user" and added.entity_id == "admin"
    assert added.after["has_password"] is True and "password_hash" not in added.after
    with pytest.raises(PermissionDenied, match="already has accounts"):
        users.set_up_first_admin("intruz", "", OTHER)
    assert users.sign_in("admin", SECRET) == first
    assert_no_secret_in_audit(database, SECRET, OTHER)


def test_signing_in_to_a_shared_database(database, admin) -> None:
    admin.users.add("nowak", "Jan Nowak", "officer", SECRET)
    admin.users.add("bezhasla", "Bez Hasła", [Role.OFFICER])
    admin.users.add("stary", "Były pracownik", [Role.OFFICER], OTHER)
    admin.users.disable("stary")
    users = UserService.before_sign_in(database.sessions)
    before = audit_count(database)

    actor = users.sign_in("nowak", SECRET)
    assert (actor.login, actor.full_name, actor.roles) == ("nowak", "Jan Nowak", frozenset({Role.OFFICER}))
    assert audit_count(database) == before  # a sign-in changes nothing

    with pytest.raises(SignInFailed) as wrong:
        users.sign_in("nowak", OTHER)
    with pytest.raises(SignInFailed) as unknown:
        users.sign_in("nikt", SECRET)
    assert str(wrong.value) == str(unknown.value) == "Login or password is wrong."
    with pytest.raises(PermissionDenied, match="no password yet"):
        users.sign_in("bezhasla", "")
    with pytest.raises(SignInFailed):
        users.sign_in("stary", SECRET)  # the wrong password of a switched-off account says no more
    with pytest.raises(PermissionDenied, match="switched off"):
        users.sign_in("stary", OTHER)

    failed = audit_rows(database, "user.sign_in_failed")
    assert [(f.actor, f.entity, f.entity_id, f.reason) for f in failed] == [
        ("nowak", "user", "nowak", "wrong password"), ("nikt", "user", "nikt", "unknown login"),
        ("bezhasla", "user", "bezhasla", "no password"), ("stary", "user", "stary", "wrong password"),
        ("stary", "user", "stary", "switched off")]
    assert all(f.before is None and f.after is None for f in failed)
    assert_no_secret_in_audit(database, SECRET, OTHER)


# -- managing accounts -----------------------------------------------------------------------------------------
def test_the_administrator_manages_accounts(database, admin) -> None:
    row = admin.users.add(" nowak ", "Jan Nowak", "officer, dean", SECRET)
    assert (row.login, row.roles, row.active, row.has_password) == (
        "nowak", frozenset({Role.OFFICER, Role.DEAN}), True, True)
    assert admin.users.add("kowal", "", ["coordinator"]).has_password is False
    assert [u.login for u in admin.users.list()] == ["kowal", "nowak"]
    assert admin.users.get("kowal").full_name == "kowal"

    assert admin.users.set_roles("nowak", {Role.AUDITOR}).roles == frozenset({Role.AUDITOR})
    assert admin.users.disable("nowak").active is False
    assert admin.users.enable("nowak").active is True
    assert admin.users.set_password("kowal", OTHER).has_password
    assert UserService.before_sign_in(database.sessions).sign_in("kowal", OTHER).login == "kowal"

    actions = [(r.action, r.entity_id, r.before, r.after) for r in audit_rows(database)]
    assert actions[0][:2] == ("user.add", "nowak")
    assert actions[0][3] == {"login": "nowak", "full_name": "Jan Nowak", "roles": ["dean", "officer"],
                             "active": True, "has_password": True}
    assert actions[2:] == [
        ("user.roles", "nowak", {"roles": ["dean", "officer"]}, {"roles": ["auditor"]}),
        ("user.disable", "nowak", {"active": True}, {"active": False}),
        ("user.enable", "nowak", {"active": False}, {"active": True}),
        ("user.password", "kowal", {"has_password": False}, {"has_password": True}),
    ]
    assert all(r.actor == "admin" for r in audit_rows(database))
    assert_no_secret_in_audit(database, SECRET, OTHER)


def test_refusals_of_account_changes(database, admin) -> None:
    admin.users.add("admin", "Anna Admin", "admin", SECRET)
    admin.users.add("nowak", "Jan Nowak", "officer")
    before = audit_count(database)
    with pytest.raises(ValidationError, match="Unknown role wizard"):
        admin.users.add("kowal", "", "officer,wizard")
    with pytest.raises(ValidationError, match="at least one role"):
        admin.users.add("kowal", "", "")
    with pytest.raises(DuplicateRecord, match="already an account NOWAK"):
        admin.users.add("NOWAK", "", "officer")
    with pytest.raises(ValidationError, match="without spaces"):
        admin.users.add("jan nowak", "", "officer")
    with pytest.raises(ValidationError, match="at least 10"):
        admin.users.add("kowal", "", "officer", "short")
    with pytest.raises(ValidationError, match="last active administrator"):
        admin.users.set_roles("admin", "officer")
    with pytest.raises(ValidationError, match="own account"):
        admin.users.disable("admin")
    with pytest.raises(NotFound, match="no account nikt"):
        admin.users.set_roles("nikt", "officer")
    assert audit_count(database) == before

    admin.users.add("drugi", "Drugi Admin", "admin")
    admin.users.disable("drugi")
    with pytest.raises(ValidationError, match="last active administrator"):  # a switched-off one does not count
        admin.users.set_roles("admin", "officer")
    admin.users.enable("drugi")
    other = make_services(database, roles={Role.ADMIN}, login="drugi")
    other.users.set_roles("drugi", "officer")  # another active administrator remains
    assert admin.users.get("drugi").roles == frozenset({Role.OFFICER})
    with pytest.raises(ValidationError, match="last active administrator"):
        other.users.set_roles("admin", "officer")


def test_the_last_active_administrator_cannot_be_switched_off(database, admin) -> None:
    admin.users.add("anna", "", "admin")
    other = make_services(database, roles={Role.ADMIN}, login="beata")  # an admin without an active account
    with pytest.raises(ValidationError, match="anna is the last active administrator"):
        other.users.disable("anna")
    assert admin.users.get("anna").active


def test_only_the_administrator_changes_accounts(database, admin) -> None:
    admin.users.add("nowak", "Jan Nowak", "officer", SECRET)
    officer = make_services(database, roles={Role.OFFICER, Role.DEAN, Role.COORDINATOR, Role.AUDITOR},
                            login="nowak")
    before = audit_count(database)
    for action in (lambda: officer.users.add("kowal", "", "officer"),
                   lambda: officer.users.set_roles("nowak", "admin"),
                   lambda: officer.users.disable("nowak"),
                   lambda: officer.users.enable("nowak"),
                   lambda: officer.users.set_password("admin", OTHER)):
        with pytest.raises(PermissionDenied, match="needs: administrator"):
            action()
    assert audit_count(database) == before
    assert [u.login for u in officer.users.list()] == ["nowak"]  # reading is open


def test_everyone_changes_their_own_password_with_the_current_one(database, admin) -> None:
    admin.users.add("nowak", "Jan Nowak", "officer", SECRET)
    nowak = make_services(database, roles={Role.OFFICER}, login="nowak")
    before = audit_count(database)
    with pytest.raises(PermissionDenied, match="current password is wrong"):
        nowak.users.set_password("nowak", OTHER)
    with pytest.raises(PermissionDenied, match="current password is wrong"):
        nowak.users.set_password("nowak", OTHER, "not my password")
    with pytest.raises(ValidationError, match="at least 10"):
        nowak.users.set_password("nowak", "short", SECRET)
    assert audit_count(database) == before
    nowak.users.set_password("nowak", OTHER, SECRET)
    users = UserService.before_sign_in(database.sessions)
    assert users.sign_in("nowak", OTHER).login == "nowak"
    with pytest.raises(SignInFailed):
        users.sign_in("nowak", SECRET)
    [changed] = audit_rows(database, "user.password")
    assert (changed.actor, changed.entity_id, changed.after) == ("nowak", "nowak", {"has_password": True})
    assert_no_secret_in_audit(database, SECRET, OTHER)
