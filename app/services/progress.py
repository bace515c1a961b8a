"""Progress and cancellation handed into long service calls; the caller decides how to show them."""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.services.errors import Cancelled


class Progress:
    """Reports `done` of `total` to a callback and raises `Cancelled` once cancellation was asked for.

    Thread-safe: a UI thread may call `cancel()` while a worker calls `step()`.
    """

    def __init__(self, callback: Callable[[int, int], None] | None = None) -> None:
        self._callback = callback
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(done, total)


NO_PROGRESS = Progress()
