"""Who is signed in, and the accounts of the people who use the desk.

On the embedded database the operating-system user works alone and holds every desk role; no password is asked.
On a shared database a person signs in with the login and password of an active account that the administrator
gave them; the very first person on an empty shared database becomes its administrator and chooses their
password then, so that someone can give the others their accounts.

Changes to accounts are the administrator's (`Permission.USERS_EDIT`), except that everyone may change their own
password by giving the current one. Every change, and every failed sign-in, is in the audit log; a password or
its hash never is.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import Counter, User
from app.services import audit, passwords
from app.services.context import ROLE_LABELS, Actor, Role, ServiceContext
from app.services.errors import DuplicateRecord, NotFound, PermissionDenied, StaleEdit, Term, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, allows, check

DESK_ROLES = frozenset({Role.OFFICER, Role.COORDINATOR, Role.DEAN, Role.ADMIN})
MAX_LOGIN = 100  # audit entries name the account by its login
USERS_LOCK = "users"  # a counter row every change of accounts updates first: one such change at a time
NOBODY = Actor(login="", full_name="")  # the context of a sign-in, before anyone is signed in

WRONG_CREDENTIALS = QT_TRANSLATE_NOOP("Errors", "Login or password is wrong.")


class SignInFailed(PermissionDenied):
    default_message = WRONG_CREDENTIALS


def os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (some containers): still a usable desk
        return "user"


def _roles_text(roles: Iterable[Role]) -> str:
    return " ".join(sorted(role.value for role in roles))


def _roles_of(user: User) -> frozenset[Role]:
    return frozenset(Role(name) for name in user.roles.split() if name in Role._value2member_map_)


def _actor(user: User) -> Actor:
    return Actor(login=user.login, full_name=user.full_name, roles=_roles_of(user))


def sign_in_desk_user(sessions: sessionmaker[Session], embedded: bool = True, login: str | None = None) -> Actor:
    """The operating-system user (or the account `login`) on the embedded desk, with every desk role when the
    account is new. A shared database signs people in with a password instead (`UserService.sign_in`)."""
    if not embedded:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "A shared database needs signing in with a login and password."))
    login = login or os_login()
    with sessions.begin() as session:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            user = User(login=login, full_name=login, roles=_roles_text(DESK_ROLES))
            session.add(user)
        elif not user.active:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "The account {login} is switched off."), login=login)
        return _actor(user)


@dataclass(frozen=True)
class UserRow:
    login: str
    full_name: str
    roles: frozenset[Role]
    active: bool
    has_password: bool

    @property
    def search_key(self) -> str:
        return f"{self.login} {self.full_name}".casefold()


def _row(user: User) -> UserRow:
    return UserRow(user.login, user.full_name, _roles_of(user), user.active, user.password_hash is not None)


def _record(user: User) -> dict:
    """What the audit log keeps of an account: never the password nor its hash."""
    return {"login": user.login, "full_name": user.full_name, "roles": sorted(r.value for r in _roles_of(user)),
            "active": user.active, "has_password": user.password_hash is not None}


def parse_roles(roles: Iterable[Role | str] | str) -> frozenset[Role]:
    """Roles given as `Role`s or names ("officer", "dean"; a string may list them split by commas or spaces).
    Refused for an unknown name or no role at all."""
    if isinstance(roles, str):
        roles = roles.replace(",", " ").split()
    found = set()
    for role in roles:
        name = role.value if isinstance(role, Role) else str(role).strip().lower()
        if name not in Role._value2member_map_:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role {role}; the roles are: {roles}."),
                                  role=name, roles=", ".join(r.value for r in Role))
        found.add(Role(name))
    if not found:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the account at least one role."))
    return frozenset(found)


def _clean_login(login: str) -> str:
    login = (login or "").strip()
    if not login or len(login) > MAX_LOGIN or any(c.isspace() or not c.isprintable() for c in login):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A login is one word of at most {maximum} characters, without spaces."), maximum=MAX_LOGIN)
    return login


@cache
def _decoy_hash(cost: int) -> str:
    """A hash to check unknown logins against, so that they take as long as a wrong password."""
    return passwords.hash_password("decoy password for unknown logins")


class UserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @classmethod
    def before_sign_in(cls, sessions: sessionmaker[Session]) -> UserService:
        """The service for signing in, before anyone is signed in."""
        return cls(ServiceContext(sessions=sessions, actor=NOBODY))

    # -- reading ---------------------------------------------------------------------------------------------
    def list(self) -> list[UserRow]:
        with self.ctx.reading() as session:
            return [_row(u) for u in session.scalars(select(User).order_by(User.login))]

    def get(self, login: str) -> UserRow:
        with self.ctx.reading() as session:
            return _row(self._user(session, login))

    def needs_first_admin(self) -> bool:
        """Whether the database has no account at all: the next person to sign in sets it up."""
        with self.ctx.reading() as session:
            return not session.scalar(select(func.count(User.id)))

    # -- signing in ------------------------------------------------------------------------------------------
    def sign_in(self, login: str, password: str) -> Actor:
        """The person of an active account on a shared database, when the password is theirs. A wrong password
        and an unknown login are refused alike; every refusal is in the audit log."""
        login = (login or "").strip()
        with self.ctx.reading() as session:
            user = session.scalar(select(User).where(User.login == login)) if login else None
            stored = user.password_hash if user is not None else None
            actor = _actor(user) if user is not None else None
            active = user is not None and user.active
        if user is None:
            passwords.verify_password(password, _decoy_hash(passwords.COST_N))
            self._refuse_sign_in(login, "unknown login", SignInFailed())
        if stored is None:
            self._refuse_sign_in(login, "no password", PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "The account {login} has no password yet; ask the administrator to set one."),
                login=login))
        if not passwords.verify_password(password, stored):
            self._refuse_sign_in(login, "wrong password", SignInFailed())
        if not active:
            self._refuse_sign_in(login, "switched off", PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "The account {login} is switched off."), login=login))
        return actor

    def _refuse_sign_in(self, login: str, why: str, error: PermissionDenied) -> None:
        login = login[:MAX_LOGIN]
        ctx = replace(self.ctx, actor=Actor(login=login, full_name=""))
        with ctx.transaction() as session:
            audit.record(session, ctx, "user.sign_in_failed", "user", login, reason=why)
        raise error

    def set_up_first_admin(self, login: str, full_name: str, password: str) -> Actor:
        """Make the first account of an empty shared database: its administrator, with `password`. Refused once
        the database has any account."""
        login = _clean_login(login)
        passwords.check_policy(password)
        password_hash = passwords.hash_password(password)
        actor = Actor(login=login, full_name=full_name.strip() or login, roles=DESK_ROLES)
        ctx = replace(self.ctx, actor=actor)
        with ctx.transaction() as session:
            _lock(session)
            if session.scalar(select(func.count(User.id))):
                raise PermissionDenied(QT_TRANSLATE_NOOP(
                    "Errors", "This database already has accounts; sign in with yours."))
            user = User(login=login, full_name=actor.full_name, roles=_roles_text(DESK_ROLES), active=True,
                        password_hash=password_hash)
            session.add(user)
            session.flush()
            audit.record(session, ctx, "user.add", "user", login, after=_record(user),
                         reason="first administrator of the database")
        return actor

    # -- changing --------------------------------------------------------------------------------------------
    def add(self, login: str, full_name: str, roles: Iterable[Role | str] | str,
            password: str | None = None) -> UserRow:
        """A new active account. Without a password it cannot sign in to a shared database until one is set."""
        check(self.ctx, Permission.USERS_EDIT)
        login = _clean_login(login)
        chosen = parse_roles(roles)
        password_hash = None
        if password is not None:
            passwords.check_policy(password)
            password_hash = passwords.hash_password(password)
        with self.ctx.transaction() as session:
            _lock(session)
            if session.scalar(select(User.id).where(func.lower(User.login) == login.lower())) is not None:
                raise DuplicateRecord(QT_TRANSLATE_NOOP("Errors", "There is already an account {login}."),
                                      login=login)
            user = User(login=login, full_name=full_name.strip() or login, roles=_roles_text(chosen), active=True,
                        password_hash=password_hash)
            session.add(user)
            session.flush()
            audit.record(session, self.ctx, "user.add", "user", login, after=_record(user))
            return _row(user)

    def set_roles(self, login: str, roles: Iterable[Role | str] | str) -> UserRow:
        """Give the account exactly these roles. Refused when that leaves no active administrator."""
        check(self.ctx, Permission.USERS_EDIT)
        chosen = parse_roles(roles)
        with self.ctx.transaction() as session:
            _lock(session)
            user = self._user(session, login)
            before = _record(user)
            if _roles_of(user) == chosen:
                return _row(user)
            if user.active and Role.ADMIN in _roles_of(user) and Role.ADMIN not in chosen:
                _keep_an_admin(session, user)
            user.roles = _roles_text(chosen)
            audit.record(session, self.ctx, "user.roles", "user", user.login, before={"roles": before["roles"]},
                         after={"roles": sorted(r.value for r in chosen)})
            return _row(user)

    def set_active(self, login: str, active: bool) -> UserRow:
        """Switch an account off (it can no longer sign in; its records stay) or on again. Refused for your own
        account and for the last active administrator."""
        check(self.ctx, Permission.USERS_EDIT)
        with self.ctx.transaction() as session:
            _lock(session)
            user = self._user(session, login)
            if user.active == active:
                return _row(user)
            if not active:
                if user.login == self.ctx.actor.login:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "You cannot switch off your own account."))
                if Role.ADMIN in _roles_of(user):
                    _keep_an_admin(session, user)
            user.active = active
            audit.record(session, self.ctx, "user.enable" if active else "user.disable", "user", user.login,
                         before={"active": not active}, after={"active": active})
            return _row(user)

    def disable(self, login: str) -> UserRow:
        return self.set_active(login, False)

    def enable(self, login: str) -> UserRow:
        return self.set_active(login, True)

    def set_password(self, login: str, new_password: str, old_password: str | None = None) -> UserRow:
        """Set the account's password: the administrator for anyone; everyone for themselves, with their
        current password."""
        own = login.strip() == self.ctx.actor.login
        admin = allows(self.ctx.actor.roles, Permission.USERS_EDIT)
        if not admin and not own:
            check(self.ctx, Permission.USERS_EDIT)
        passwords.check_policy(new_password)
        if not admin:
            with self.ctx.reading() as session:
                stored = self._user(session, login).password_hash
            if old_password is None or not passwords.verify_password(old_password, stored):
                raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "The current password is wrong."))
        password_hash = passwords.hash_password(new_password)
        with self.ctx.transaction() as session:
            _lock(session)
            user = self._user(session, login)
            if not admin and user.password_hash != stored:
                raise StaleEdit()  # changed since it was checked: check again
            before = {"has_password": user.password_hash is not None}
            user.password_hash = password_hash
            audit.record(session, self.ctx, "user.password", "user", user.login, before=before,
                         after={"has_password": True})
            return _row(user)

    @staticmethod
    def _user(session: Session, login: str) -> User:
        user = session.scalar(select(User).where(User.login == (login or "").strip()))
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no account {login}."), login=login)
        return user


def _lock(session: Session) -> None:
    """One change of accounts at a time across workstations (the last-administrator rule counts the others)."""
    bumped = session.execute(update(Counter).where(Counter.name == USERS_LOCK).values(value=Counter.value + 1))
    if not bumped.rowcount:
        session.execute(insert(Counter).values(name=USERS_LOCK, value=1))


def _keep_an_admin(session: Session, user: User) -> None:
    others = session.scalars(select(User).where(User.active.is_(True), User.id != user.id))
    if not any(Role.ADMIN in _roles_of(other) for other in others):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{login} is the last active administrator; give another account the role {role} first."),
            login=user.login, role=Term("Roles", ROLE_LABELS[Role.ADMIN]))
