from __future__ import annotations

import pytest

from app.settings import Settings
from app.ui import prompts
from app.ui.desk import Desk
from app.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def own_layout_and_settings_files(monkeypatch, tmp_path):
    """Each test remembers window layouts and saves settings in its own folder: no test sees another's."""
    from app import settings
    from app.ui import layout_memory
    monkeypatch.setattr(layout_memory, "layout_path", lambda: tmp_path / "layout.ini")
    monkeypatch.setattr(settings, "settings_path", lambda: tmp_path / "settings.json")


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


class Messages:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []


@pytest.fixture
def messages(monkeypatch) -> Messages:
    seen = Messages()
    monkeypatch.setattr(prompts, "show_error", lambda parent, text: seen.errors.append(text))
    monkeypatch.setattr(prompts, "show_info", lambda parent, text: seen.infos.append(text))
    return seen


@pytest.fixture
def desk(seeded, qtbot) -> Desk:
    return Desk(services=seeded, runner=TaskRunner(), settings=Settings(default_deadline_days=14),
                database_label="test")


@pytest.fixture
def window(desk, qtbot, messages):
    from app.ui.main_window import MainWindow
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.refresh_all()
    win.show()
    qtbot.waitExposed(win)
    return win
