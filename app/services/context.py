"""What every service call needs: the database, who is acting, and today's date."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.models.db import WRITE_OPTION
from app.services.errors import AppError, PermissionDenied, StaleEdit, Term
from app.services.i18n import QT_TRANSLATE_NOOP


class Role(str, enum.Enum):
    OFFICER = "officer"
    COORDINATOR = "coordinator"
    DEAN = "dean"
    ADMIN = "admin"
    AUDITOR = "auditor"


ROLE_LABELS = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Roles", "officer"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Roles", "coordinator"),
    Role.DEAN: QT_TRANSLATE_NOOP("Roles", "dean"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "administrator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Roles", "auditor"),
}


def role_terms(roles) -> tuple[Term, ...]:
    return tuple(Term("Roles", ROLE_LABELS[role]) for role in sorted(roles, key=lambda r: r.value))


@dataclass(frozen=True)
class Actor:
    login: str
    full_name: str
    roles: frozenset[Role] = field(default_factory=frozenset)

    def has_any(self, roles: frozenset[Role] | set[Role]) -> bool:
        return bool(self.roles & set(roles))


@dataclass(frozen=True)
class ServiceContext:
    sessions: sessionmaker[Session]
    actor: Actor
    today: Callable[[], date] = date.today

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit on success, roll back on any error."""
        session = self.sessions()
        try:
            with session.begin():
                session.connection(execution_options={WRITE_OPTION: True})
                yield session
        except StaleDataError as exc:
            raise StaleEdit() from exc
        except IntegrityError as exc:
            if _unique_violation(exc):  # another workstation created the same record in the meantime
                raise StaleEdit() from exc
            raise
        except OperationalError as exc:
            raise DatabaseUnavailable(detail=str(exc.orig)) from exc
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self.sessions()
        try:
            yield session
        except OperationalError as exc:
            raise DatabaseUnavailable(detail=str(exc.orig)) from exc
        finally:
            session.close()

    def require(self, *roles: Role) -> None:
        if not self.actor.has_any(set(roles)):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Your roles do not allow this action (it needs: {roles})."),
                roles=role_terms(roles),
            )


def _unique_violation(exc: IntegrityError) -> bool:
    return getattr(exc.orig, "sqlstate", None) == "23505" or "UNIQUE constraint failed" in str(exc.orig)


class DatabaseUnavailable(AppError):
    default_message = QT_TRANSLATE_NOOP("Errors", "The database cannot be reached: {detail}")

    def __init__(self, message: str | None = None, **params: object) -> None:
        params.setdefault("detail", "")
        super().__init__(message, **params)
