"""Looking after the whole database: backups, restoring one, the embedded desk's scheduled backups, and moving a
desk to another database. The functions take database URLs; `MaintenanceService` is the same for the signed-in
administrator, checked and recorded under their name."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

from app.services.context import ServiceContext
from app.services.maintenance.backup import (
    BackupResult,
    backup,
    backups_folder,
    scheduled_backup,
    start_scheduled_backup,
)
from app.services.maintenance.common import label, parse_url
from app.services.maintenance.copy import CopyReport, TableCheck, checksum, copy_database
from app.services.maintenance.restore import RestoreResult, restore
from app.services.permissions import Permission, check
from app.services.progress import NO_PROGRESS, Progress

__all__ = [
    "BackupResult", "CopyReport", "MaintenanceService", "RestoreResult", "TableCheck", "backup", "backups_folder",
    "checksum", "copy_database", "restore", "scheduled_backup", "start_scheduled_backup",
]


class MaintenanceService:
    """Backup, restore and copy of the database the context's sessions use (or `database_url`)."""

    def __init__(self, ctx: ServiceContext, database_url: str | URL | None = None) -> None:
        self.ctx = ctx
        self._url = database_url

    @property
    def database_url(self) -> URL | str:
        return self._url if self._url is not None else self.ctx.sessions.kw["bind"].url

    @property
    def database_label(self) -> str:
        """The database for a person: its file, or its URL without the password."""
        return label(parse_url(self.database_url))

    def backup(self, target: Path) -> BackupResult:
        check(self.ctx, Permission.DATABASE_ADMIN)
        return backup(self.database_url, target, actor=self.ctx.actor.login)

    def restore(self, source: Path, safety_folder: Path | None = None) -> RestoreResult:
        check(self.ctx, Permission.DATABASE_ADMIN)
        return restore(self.database_url, source, actor=self.ctx.actor.login, safety_folder=safety_folder)

    def copy(self, to_url: str | URL, from_url: str | URL | None = None,
             progress: Progress = NO_PROGRESS) -> CopyReport:
        """Copy this database (or `from_url`) into the empty database `to_url`."""
        check(self.ctx, Permission.DATABASE_ADMIN)
        return copy_database(from_url if from_url is not None else self.database_url, to_url, progress,
                             actor=self.ctx.actor.login)
