"""A time budget for a block of code, on the main thread or on any other.

On the main thread a `SIGALRM` timer raises `TimedOut` in the block (local
worker processes run their tasks there). Signals only reach the main thread,
and Dask workers run tasks on threads of their own, so there a timer thread
raises `TimedOut` in the block's thread instead (CPython's
`PyThreadState_SetAsyncExc`). Either way the exception arrives when the
thread next runs Python code: a call deep inside compiled code (spaCy's
tokeniser) ends first, which is why text that would keep the tokeniser busy
for minutes is refused before extraction (`generator.load.tokencost`).

An exception raised this way can land anywhere, including places that
swallow it: a garbage-collector callback, a `__del__`, a library's bare
`except`. So once the budget is spent, `TimedOut` is raised again every
`REPEAT` seconds until the block has ended; a budget cannot be lost.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
from collections.abc import Iterator
from types import FrameType

REPEAT = 0.25
"""Seconds between raises once the budget is spent and the block goes on."""


class TimedOut(Exception):
    """The block ran over its time budget."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `TimedOut` in the block once it has run `seconds` (0: no limit)."""
    if seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _thread_timer(seconds):
            yield


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    running = [True]

    def expire(signum: int, frame: FrameType | None) -> None:
        if running[0]:
            raise TimedOut

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)
    try:
        yield
    finally:
        # First, before any call: a signal delivered from here on does nothing.
        running[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    """Make `exception` pending in the thread `thread_id` (None: clear a pending one)."""
    target = ctypes.py_object(exception) if exception is not None else None
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), target)


@contextlib.contextmanager
def _thread_timer(seconds: float) -> Iterator[None]:
    thread_id = threading.get_ident()
    guard = threading.Lock()
    running = [True]
    ended = threading.Event()

    def expire() -> None:
        wait = seconds
        while not ended.wait(wait):
            with guard:
                if not running[0]:
                    return
                _raise_in(thread_id, TimedOut)
            wait = REPEAT

    timer = threading.Thread(target=expire, name="time-limit", daemon=True)
    timer.start()
    try:
        yield
    finally:
        running[0] = False  # first, before any call (see `_alarm`)
        ended.set()
        with guard:
            # Raised after the block ended but not yet delivered: never delivered.
            _raise_in(thread_id, None)
