"""Background work through one helper: the function runs on a worker thread, its result comes back to the
main thread. Tests switch `TaskRunner.synchronous` on and everything runs inline, deterministically."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from app.services.errors import AppError, InternalError
from app.services.progress import Progress

log = logging.getLogger(__name__)


class _Relay(QObject):
    deliver = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, on_done, on_error) -> None:
        super().__init__()
        self.fn, self.relay, self.on_done, self.on_error = fn, relay, on_done, on_error

    def run(self) -> None:
        try:
            value = self.fn()
        except AppError as error:
            self.relay.deliver.emit(self.on_error, error)
        except BaseException:  # a bug: let the waiting screen recover, then hand it to the crash handler
            info = sys.exc_info()
            self.relay.deliver.emit(self.on_error, InternalError())
            self.relay.deliver.emit(_reraise, info)
        else:
            self.relay.deliver.emit(self.on_done, value)


def _guarded(callback: Callable[[Any], None], current: Callable[[], bool]) -> Callable[[Any], None]:
    def deliver(value: Any) -> None:
        if current():
            callback(value)
    return deliver


def _reraise(info) -> None:
    raise info[1].with_traceback(info[2])


class TaskRunner(QObject):
    synchronous = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.deliver.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pool = QThreadPool.globalInstance()
        self._latest: dict[tuple[int, str], int] = {}

    @Slot(object, object)
    def _deliver(self, callback, value) -> None:
        callback(value)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[AppError], None], owner: QObject | None = None, key: str = "") -> None:
        """Run `fn` in the background; `on_done(result)` or `on_error(app_error)` runs on the main thread.

        With an `owner`, nothing is delivered once the owner is gone (a closed tab), and of several runs with
        the same owner and `key` only the newest delivers: an older, slower load never overwrites a newer one.
        """
        if owner is not None:
            slot = (id(owner), key)
            ticket = self._latest[slot] = self._latest.get(slot, 0) + 1

            def current() -> bool:
                return shiboken6.isValid(owner) and self._latest.get(slot) == ticket

            on_done, on_error = _guarded(on_done, current), _guarded(on_error, current)
        if self.synchronous:
            try:
                value = fn()
            except AppError as error:
                on_error(error)
                return
            on_done(value)
            return
        self._pool.start(_Job(fn, self._relay, on_done, on_error))

    def progress_relay(self, callback: Callable[[int, int], None]) -> Progress:
        """A `Progress` whose reports reach `callback` on the main thread."""
        relay = _ProgressRelay(self)
        relay.reported.connect(callback, Qt.ConnectionType.QueuedConnection)
        if self.synchronous:
            return Progress(callback)
        return Progress(relay.reported.emit)


class _ProgressRelay(QObject):
    reported = Signal(int, int)
