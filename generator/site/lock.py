"""One build at a time per project: an exclusive lock on `.briefing/lock`.

The lock is `flock` on a file beside the docs folder, held while pages are
generated and the site is built. The kernel drops it when the process ends,
however it ends, so a killed build never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import LockError

LOCK_FILE = Path(".briefing") / "lock"

log = logging.getLogger("generator")


def lock_path(docs_dir: Path) -> Path:
    """Return the lock file of the project whose docs folder is `docs_dir`."""
    return docs_dir.resolve().parent / LOCK_FILE


def _holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


@contextlib.contextmanager
def project_lock(path: Path, wait: bool = True) -> Iterator[None]:
    """Hold the exclusive lock at `path` for the duration of the block.

    When another process holds it, wait for it (logging one line first), or,
    with `wait=False`, raise `LockError` at once.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise LockError(f"cannot open the lock file ({exc.strerror or exc})", str(path)) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            if not wait:
                raise LockError(
                    f"another build of this project is running{holder}; not waiting (--no-wait)", str(path)
                ) from None
            log.warning("%s: another build of this project is running%s; waiting for it", path, holder)
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)
