"""The append-only audit log: who, when, what, before and after, why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEvent
from app.services.context import ServiceContext


def _jsonable(value):
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(session: Session, ctx: ServiceContext, action: str, entity: str, entity_id: object, *,
           before: dict | None = None, after: dict | None = None, reason: str = "") -> None:
    """Add an audit event to the caller's transaction: it lands exactly when the change does."""
    session.add(AuditEvent(actor=ctx.actor.login, action=action, entity=entity, entity_id=str(entity_id),
                           before=_jsonable(before), after=_jsonable(after), reason=reason))


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict | None
    after: dict | None
    reason: str


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def events_for(self, entity: str, entity_id: object) -> list[AuditEntry]:
        with self.ctx.reading() as session:
            rows = session.scalars(
                select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id == str(entity_id))
                .order_by(AuditEvent.id)
            )
            return [AuditEntry(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.before, e.after, e.reason)
                    for e in rows]
