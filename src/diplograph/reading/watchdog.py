"""A per-document time limit, so that one pathological input cannot stall a batch.

:func:`time_limit` arms a ``SIGALRM`` interval timer around a block and raises
:class:`DocTimeout` inside it when the time is up.  Signals exist only on POSIX
and only the main thread receives them, so the limit is enforced only there and
only when no other timer is running (a test runner's, say); elsewhere the block
runs unlimited.  The previous handler is always restored.  Python code (regular
expressions included) is interrupted promptly; a long call inside a C extension
is interrupted when it returns to Python.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

__all__ = ["DocTimeout", "time_limit", "enforced"]


class DocTimeout(Exception):
    """A document took longer than the per-document time limit."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"time limit exceeded ({seconds:g} s per document)")


def enforced() -> bool:
    """Whether :func:`time_limit` can enforce a limit here (POSIX, main thread, timer free)."""
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocTimeout` in the block after ``seconds`` (None or 0: no limit)."""
    if not seconds or seconds <= 0 or not enforced():
        yield
        return
    armed = [True]

    def _expired(signum: int, frame: object) -> None:
        if armed[0]:
            armed[0] = False
            raise DocTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
