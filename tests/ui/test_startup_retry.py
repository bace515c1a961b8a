"""A database that cannot be reached at start-up: a clear message with Retry, never a crash."""

from __future__ import annotations

from app import __main__ as entry
from app.models import db as db_module
from app.ui import prompts


def test_retry_opens_the_database_once_it_is_back(qapp, tmp_path, monkeypatch) -> None:
    real_open = db_module.open_database
    attempts = []

    def flaky(url, **kwargs):
        attempts.append(url)
        if len(attempts) == 1:
            raise ConnectionError("server closed the connection unexpectedly")
        return real_open(url, **kwargs)

    asked = []
    monkeypatch.setattr(entry, "open_database", flaky)
    monkeypatch.setattr(prompts, "ask_retry", lambda parent, message: asked.append(message) or True)
    monkeypatch.setattr("app.ui.application.run_window", lambda *args: 0)
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert entry.main(["--db", url, "--lang", "en"]) == 0
    assert len(attempts) == 2 and "server closed the connection unexpectedly" in asked[0]
    assert asked[0].startswith("The database cannot be opened")


def test_close_ends_the_program_cleanly(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(entry, "open_database", lambda url, **kw: (_ for _ in ()).throw(OSError("no route to host")))
    monkeypatch.setattr(prompts, "ask_retry", lambda parent, message: False)
    assert entry.main(["--db", "postgresql+psycopg://nobody@127.0.0.1:9/x", "--lang", "en"]) == 1
