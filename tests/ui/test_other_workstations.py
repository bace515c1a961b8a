"""A change made on another workstation reaches the open lists without a restart."""

from __future__ import annotations

from datetime import timedelta

from app.models.db import open_database
from app.services.context import Role
from app.ui.main_window import WATCH_INTERVAL_MS
from tests.conftest import TODAY, make_services


def test_a_decision_opened_elsewhere_appears_in_the_list(window, desk, database) -> None:
    before = window.decisions.model.rowCount()
    window.look_for_changes()  # the first look only notes where the log stands
    other = open_database(database.engine.url.render_as_string(hide_password=False))
    try:
        elsewhere = make_services(other, roles={Role.OFFICER}, login="bob")
        [decision_id] = elsewhere.decisions.open(["100003"], TODAY + timedelta(days=9), "2")
    finally:
        other.engine.dispose()
    assert window.decisions.model.rowCount() == before  # nothing yet: nobody looked
    window.look_for_changes()
    assert window.decisions.model.rowCount() == before + 1
    assert any(window.decisions.model.row_at(r).id == decision_id for r in range(window.decisions.model.rowCount()))
    assert window.watch.isActive() and window.watch.interval() == WATCH_INTERVAL_MS <= 5000


def test_an_unreachable_database_is_said_in_the_status_bar(window, desk, monkeypatch) -> None:
    from app.services.context import DatabaseUnavailable

    def away():
        raise DatabaseUnavailable(detail="connection refused")
    monkeypatch.setattr(desk.services.audit, "latest_id", away)
    window.look_for_changes()
    assert "connection refused" in window.statusBar().currentMessage()
