"""A time budget for a block of code, on the main thread or on any other.

On the main thread a `SIGALRM` timer raises `TimedOut` in the block (local
worker processes run their tasks there). Signals only reach the main thread,
and Dask workers run tasks on threads of their own, so there a timer thread
raises `TimedOut` in the block's thread instead (CPython's
`PyThreadState_SetAsyncExc`). Either way the exception arrives when the
thread next runs Python code: a call deep inside compiled code (spaCy's
tokeniser) ends first, which is why text that would keep the tokeniser busy
for minutes is refused before extraction (`generator.load.tokencost`).
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
from collections.abc import Iterator
from types import FrameType


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
    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimedOut

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
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

    def expire() -> None:
        with guard:
            if running[0]:
                _raise_in(thread_id, TimedOut)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with guard:
            running[0] = False
            # Raised after the block ended but not yet delivered: never delivered.
            _raise_in(thread_id, None)
