from __future__ import annotations

import pytest

from app.models import User
from app.services.context import Role
from app.services.errors import PermissionDenied
from app.services.users import DESK_ROLES, sign_in_desk_user


def test_the_embedded_desk_user_holds_every_role(database) -> None:
    actor = sign_in_desk_user(database.sessions, embedded=True, login="jkowalska")
    assert actor.roles == DESK_ROLES and Role.DEAN in actor.roles
    assert sign_in_desk_user(database.sessions, embedded=True, login="jkowalska") == actor


def test_a_shared_database_needs_an_account(database) -> None:
    first = sign_in_desk_user(database.sessions, embedded=False, login="admin")
    assert Role.ADMIN in first.roles  # the first person administers the new shared database
    with pytest.raises(PermissionDenied, match="no account for nowak"):
        sign_in_desk_user(database.sessions, embedded=False, login="nowak")
    with database.sessions.begin() as session:
        session.add(User(login="nowak", full_name="Jan Nowak", roles="officer"))
        session.add(User(login="stary", full_name="Były pracownik", roles="officer", active=False))
    assert sign_in_desk_user(database.sessions, embedded=False, login="nowak").roles == frozenset({Role.OFFICER})
    with pytest.raises(PermissionDenied, match="switched off"):
        sign_in_desk_user(database.sessions, embedded=False, login="stary")
