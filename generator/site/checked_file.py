"""Files the site step keeps between builds (its state, the search sections' words): written
atomically with a digest of all their bytes at the end, and read back only when it matches,
since their readers (marshal, numpy) trust their input."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..write.atomic import FILE_MODE, move_into_place


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def write_checked(path: Path, parts: Iterable[bytes | memoryview], digest_size: int) -> None:
    """Put `parts`, then their blake2b digest, at `path` atomically (written part by part)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=_temp_prefix(path))
    try:
        os.fchmod(fd, FILE_MODE)
        digest = hashlib.blake2b(digest_size=digest_size)
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                digest.update(part)
                handle.write(part)
            handle.write(digest.digest())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    move_into_place(Path(name), path)


def read_checked(path: Path, magic: bytes, digest_size: int) -> bytes | None:
    """The bytes of `path` (digest included) when they start with `magic` and end with the
    digest of what comes before it; None when the file is missing, unreadable or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < len(magic) + digest_size or not data.startswith(magic):
        return None
    body = memoryview(data)[:-digest_size]
    if hashlib.blake2b(body, digest_size=digest_size).digest() != data[-digest_size:]:
        return None
    return data


def remove_leftovers(path: Path) -> None:
    """Remove the temporary files a killed `write_checked` left beside `path`."""
    for leftover in path.parent.glob(f"{_temp_prefix(path)}*"):
        leftover.unlink(missing_ok=True)
