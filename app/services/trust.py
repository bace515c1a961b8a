"""The trust store: which EMREX contact points (EMPs) the desk believes, pinned by their certificates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from app.models import TrustedEmp
from app.models.types import utcnow
from app.services import audit
from app.services.context import ServiceContext
from app.services.elmo.trust_sources import read_trust_source
from app.services.elmo.types import PinnedCertificate
from app.services.errors import NotFound, ValidationError
from app.services.files import read_bounded
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.permissions import Permission, check

EXPIRY_WARNING = timedelta(days=60)
MAX_SOURCE_BYTES = 5_000_000

VALID, EXPIRING, EXPIRED, NOT_YET_VALID = "valid", "expiring", "expired", "not_yet_valid"
SWITCHED_OFF = "switched_off"
VALIDITY_LABELS = {
    VALID: QT_TRANSLATE_NOOP("Validity", "valid"),
    EXPIRING: QT_TRANSLATE_NOOP("Validity", "expires soon"),
    EXPIRED: QT_TRANSLATE_NOOP("Validity", "expired"),
    NOT_YET_VALID: QT_TRANSLATE_NOOP("Validity", "not yet valid"),
    SWITCHED_OFF: QT_TRANSLATE_NOOP("Validity", "not trusted (switched off)"),
}


@dataclass(frozen=True, slots=True)
class TrustRow:
    id: int
    acronym: str
    name: str
    country: str
    url: str
    subject: str
    fingerprint: str
    not_before: datetime
    not_after: datetime
    source: str
    source_name: str
    added_at: datetime
    added_by: str
    active: bool
    validity: str  # VALID, EXPIRING (within 60 days), EXPIRED, NOT_YET_VALID, SWITCHED_OFF


@dataclass(frozen=True)
class TrustImportResult:
    added: int
    updated: int
    unchanged: int


def _validity(entry: TrustedEmp, now: datetime) -> str:
    if not entry.active:
        return SWITCHED_OFF
    if now < entry.not_before:
        return NOT_YET_VALID
    if now > entry.not_after:
        return EXPIRED
    return EXPIRING if entry.not_after - now < EXPIRY_WARNING else VALID


def _row(e: TrustedEmp, now: datetime) -> TrustRow:
    return TrustRow(e.id, e.acronym, e.name, e.country, e.url, e.subject, e.fingerprint, e.not_before, e.not_after,
                    e.source, e.source_name, e.added_at, e.added_by, e.active, _validity(e, now))


class TrustService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, include_inactive: bool = False) -> list[TrustRow]:
        now = utcnow()
        with self.ctx.reading() as session:
            query = select(TrustedEmp).order_by(TrustedEmp.country, TrustedEmp.acronym)
            if not include_inactive:
                query = query.where(TrustedEmp.active.is_(True))
            return [_row(e, now) for e in session.scalars(query)]

    def pinned(self) -> list[PinnedCertificate]:
        """The certificates that decide who signed a document: every active entry, expired ones included
        (a document received while the certificate was valid must still verify later)."""
        with self.ctx.reading() as session:
            return [PinnedCertificate(e.fingerprint, e.certificate_pem.encode("ascii"), e.acronym)
                    for e in session.scalars(select(TrustedEmp).where(TrustedEmp.active.is_(True)))]

    def by_fingerprint(self, fingerprint: str) -> TrustRow | None:
        with self.ctx.reading() as session:
            entry = session.scalar(select(TrustedEmp).where(TrustedEmp.fingerprint == fingerprint))
            return _row(entry, utcnow()) if entry else None

    def import_file(self, path: Path) -> TrustImportResult:
        """Add the EMPs of a registry (EMREG JSON), EWP catalogue entries or a certificate file to the trust
        store. Known certificates get their details updated; nothing is removed. Refused as a whole when the
        file cannot be read."""
        check(self.ctx, Permission.TRUST_EDIT)
        data = read_bounded(path, MAX_SOURCE_BYTES)
        entries = read_trust_source(data, path.name)
        added = updated = unchanged = 0
        with self.ctx.transaction() as session:
            for entry in entries:
                known = session.scalar(select(TrustedEmp).where(TrustedEmp.fingerprint == entry.fingerprint))
                # a switched-off entry stays off: trusting it again is a decision of its own, not a side effect
                values = {"acronym": entry.acronym, "name": entry.name, "country": entry.country, "url": entry.url,
                          "subject": entry.subject, "not_before": entry.not_before, "not_after": entry.not_after,
                          "source": entry.source, "source_name": path.name}
                if known is None:
                    session.add(TrustedEmp(certificate_pem=entry.certificate_pem.decode("ascii"), active=True,
                                           fingerprint=entry.fingerprint, added_by=self.ctx.actor.login, **values))
                    audit.record(session, self.ctx, "trust.add", "trusted_emp", entry.fingerprint, after=values,
                                 reason=path.name)
                    added += 1
                    continue
                before = {k: getattr(known, k) for k, v in values.items()
                          if k not in ("source", "source_name") and getattr(known, k) != v}
                if not before:
                    unchanged += 1
                    continue
                for key in before:
                    setattr(known, key, values[key])
                known.source, known.source_name = entry.source, path.name
                audit.record(session, self.ctx, "trust.update", "trusted_emp", entry.fingerprint, before=before,
                             after={k: values[k] for k in before}, reason=path.name)
                updated += 1
        return TrustImportResult(added, updated, unchanged)

    def set_active(self, entry_id: int, active: bool, reason: str) -> None:
        """Stop trusting an EMP, or trust it again. Its documents stay; re-verifying tells what they are worth.
        Refused without a reason."""
        check(self.ctx, Permission.TRUST_EDIT)
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the trust in this contact point changes."))
        with self.ctx.transaction() as session:
            entry = session.get(TrustedEmp, entry_id)
            if entry is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The trust store has no entry {id}."), id=entry_id)
            if entry.active == active:
                return
            entry.active = active
            audit.record(session, self.ctx, "trust.activate" if active else "trust.deactivate", "trusted_emp",
                         entry.fingerprint, before={"active": not active}, after={"active": active},
                         reason=reason.strip())

    def deactivate(self, entry_id: int, reason: str) -> None:
        self.set_active(entry_id, False, reason)
