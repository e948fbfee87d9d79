"""Walking a folder of thousands of files (a published site, docs/) on plain strings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path


def scan_files(folder: Path) -> dict[str, tuple[int, int]]:
    """Return size and mtime of every file under `folder` (a published site, docs/), by
    relative POSIX path, symbolic links followed as MkDocs follows them."""
    states: dict[str, tuple[int, int]] = {}
    for relpath, path in files_under(str(folder)):
        stat = os.stat(path)
        states[relpath] = (stat.st_size, stat.st_mtime_ns)
    return states


def files_under(folder: str, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Yield the relative (POSIX) and full path of every file under `folder`, in the order of
    `os.walk(folder, followlinks=True)` with sorted names: a folder's files, then its
    subfolders'. Plain strings and `os.scandir`: the site has thousands of files."""
    try:
        with os.scandir(folder) as scanned:
            entries = sorted(scanned, key=lambda entry: entry.name)
    except OSError:  # as os.walk: a folder that cannot be listed is skipped
        return
    folders = []
    for entry in entries:
        if entry.is_dir():  # follows symbolic links, as os.walk(followlinks=True) does
            folders.append(entry)
        else:
            yield prefix + entry.name, entry.path
    for entry in folders:
        yield from files_under(entry.path, f"{prefix}{entry.name}/")
