"""What every page and dialog of the window shares: the services, the background runner, the settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.services.registry import Services
from app.settings import Settings
from app.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Desk:
    services: Services
    runner: TaskRunner
    settings: Settings
    database_label: str

    def today(self) -> date:
        return self.services.ctx.today()

    def default_deadline(self) -> date:
        return self.today() + timedelta(days=max(0, self.settings.default_deadline_days))
