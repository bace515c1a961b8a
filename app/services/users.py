"""Who is signed in. On the embedded database the operating-system user works alone and holds every role."""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import User
from app.services.context import Actor, Role

DESK_ROLES = frozenset({Role.OFFICER, Role.COORDINATOR, Role.DEAN, Role.ADMIN})


def os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (some containers): still a usable desk
        return "user"


def sign_in_desk_user(sessions: sessionmaker[Session], login: str | None = None) -> Actor:
    """The embedded desk's user: created on first start with every role, read back afterwards."""
    login = login or os_login()
    with sessions.begin() as session:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            user = User(login=login, full_name=login, roles=" ".join(sorted(r.value for r in DESK_ROLES)))
            session.add(user)
        roles = frozenset(Role(name) for name in user.roles.split())
        return Actor(login=user.login, full_name=user.full_name, roles=roles)
