"""The background runner for real (threads), not the synchronous stand-in the other UI tests use."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from app.services.errors import InternalError, ValidationError
from app.ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot, monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", False)  # the other UI tests run tasks inline
    return TaskRunner()


def test_results_come_back_on_the_main_thread(runner, qtbot) -> None:
    seen = []
    runner.run(lambda: threading.get_ident(), lambda value: seen.append((value, threading.get_ident())), seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    worker, receiver = seen[0]
    assert worker != receiver == threading.get_ident()


def test_only_the_newest_request_of_an_owner_delivers(runner, qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    delivered = []

    def slow():
        release.wait(5)
        return "old"

    runner.run(slow, delivered.append, delivered.append, owner=owner, key="list")
    runner.run(lambda: "new", delivered.append, delivered.append, owner=owner, key="list")
    qtbot.waitUntil(lambda: delivered == ["new"])
    release.set()
    qtbot.wait(200)
    assert delivered == ["new"]


def test_nothing_reaches_a_deleted_owner(runner, qtbot) -> None:
    owner = QWidget()
    release = threading.Event()
    delivered = []
    runner.run(lambda: release.wait(5), delivered.append, delivered.append, owner=owner, key="detail")
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner))
    release.set()
    qtbot.wait(200)
    assert delivered == []


def test_known_errors_and_bugs(runner, qtbot, monkeypatch) -> None:
    errors = []

    def refuse():
        raise ValidationError("no")

    runner.run(refuse, errors.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValidationError)

    crashes = []
    monkeypatch.setattr("sys.excepthook", lambda *info: crashes.append(info[1]))
    errors.clear()
    runner.run(lambda: 1 / 0, errors.append, errors.append)
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: bool(errors))
        qtbot.wait(50)
    assert isinstance(errors[0], InternalError)  # the waiting screen can recover
    assert [type(e[1]) for e in raised] == [ZeroDivisionError]  # and the bug itself is not swallowed
