"""Atomic file writes: the bytes go to a temporary file beside the target, then a rename.

A reader (a site build, a browser, another `briefing add`) sees the old file
or the whole new one, never half of it; a killed run leaves only a temporary
file, which its owner's next run removes by its prefix.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Written files are public documents (mkstemp makes them 0600).
FILE_MODE = 0o644


def write_temp(folder: Path, data: bytes, prefix: str) -> Path:
    """Write `data` to a new temporary file in `folder` named `<prefix>...`; return its path."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=prefix)
    try:
        os.fchmod(fd, FILE_MODE)
        write_all(fd, data)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def write_all(fd: int, data: bytes) -> None:
    """Write `data` to the open file `fd`, and close it."""
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def move_into_place(temp: Path, target: Path) -> None:
    """Rename `temp` onto `target` (replacing it); on failure remove `temp` and re-raise."""
    try:
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def replace_file(target: Path, data: bytes, prefix: str) -> None:
    """Put `data` at `target` atomically, through a temporary file named `<prefix>...`."""
    move_into_place(write_temp(target.parent, data, prefix), target)
