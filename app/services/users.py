"""Who is signed in.

On the embedded database the operating-system user works alone and holds every role. On a shared database a
person works only with an active account that the administrator gave them; the very first person on an empty
shared database becomes its administrator (with every role) so that someone can give the others their accounts.
"""

from __future__ import annotations

import getpass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import User
from app.services.context import Actor, Role
from app.services.errors import PermissionDenied
from app.services.i18n import QT_TRANSLATE_NOOP

DESK_ROLES = frozenset({Role.OFFICER, Role.COORDINATOR, Role.DEAN, Role.ADMIN})


def os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (some containers): still a usable desk
        return "user"


def sign_in_desk_user(sessions: sessionmaker[Session], embedded: bool = True, login: str | None = None) -> Actor:
    """The operating-system user as a desk user. Refused on a shared database without an active account."""
    login = login or os_login()
    with sessions.begin() as session:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            if not embedded and session.scalar(select(func.count(User.id))):
                raise PermissionDenied(QT_TRANSLATE_NOOP(
                    "Errors", "There is no account for {login} in this database; ask its administrator for one."),
                    login=login)
            user = User(login=login, full_name=login, roles=" ".join(sorted(r.value for r in DESK_ROLES)))
            session.add(user)
        elif not user.active:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "The account {login} is switched off."), login=login)
        roles = frozenset(Role(name) for name in user.roles.split())
        return Actor(login=user.login, full_name=user.full_name, roles=roles)
