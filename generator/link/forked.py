"""One call of the link stage computed on a forked child while this process goes on.

The link stage runs on one core, and after one added article the core that
extracted it is idle by then. The related-articles ranking (a third of the
stage) reads only the actor groups, salience and text index, which the rest of
the stage does not change, so a forked child can rank while this process
builds the quotes, stories and actor pages; the child sends back only the
result, which equals computing it here.

Below `MIN_ARTICLES` starting the child costs more than it saves; where
processes cannot be forked safely (Windows, macOS) or this process runs other
threads (a lock one of them held would stay locked in the child), the call
runs here. A child that dies gives no result: the call then runs here too.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Generic, TypeVar

T = TypeVar("T")

MIN_ARTICLES = 300


def can_fork() -> bool:
    """True where a child can be forked safely: on Linux (macOS offers fork but its system
    libraries are not fork-safe, hence spawn as its default; Windows has no fork), with no
    other thread running."""
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def start_child(target: Callable[..., None], *args: object) -> tuple[Connection, BaseProcess]:
    """Fork a daemon child running ``target(*args, send)``, `send` the writing end of a pipe;
    return its reading end and the child. The collector is frozen while forking, so the
    child's collector leaves the shared heap alone (no copy-on-write of it)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    frozen = gc.get_freeze_count() > 0
    if not frozen:
        gc.freeze()
    try:
        process = context.Process(target=target, args=(*args, send), daemon=True)
        process.start()
    finally:
        if not frozen:
            gc.unfreeze()
        send.close()
    return receive, process


def _run(call: Callable[[], object], send: Connection) -> None:
    try:
        result: tuple[bool, object] = (True, call())
    except Exception as exc:  # raised again in the parent, as if the call had run there
        result = (False, exc)
    send.send(result)
    send.close()


class Later(Generic[T]):
    """`call()`, started on a forked child when `fork` is true and forking is possible;
    `result()` waits for it (or computes it here)."""

    def __init__(self, call: Callable[[], T], fork: bool) -> None:
        self._call = call
        self._receive: Connection | None = None
        self._process: BaseProcess | None = None
        if fork and can_fork():
            self._receive, self._process = start_child(_run, call)

    def result(self) -> T:
        receive, process = self._receive, self._process
        if receive is None or process is None:
            return self._call()
        try:
            ok, value = receive.recv()
        except (EOFError, OSError):  # the child died: compute here
            return self._call()
        finally:
            receive.close()
            process.join()
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]
