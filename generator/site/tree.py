"""Folder operations of the incremental publish: a hard-linked copy of the site, and
moving a build's output over it without ever writing into a shared file.

A hard link shares its bytes with the published site, so no file of the copy
is ever opened for writing: a changed file is a new file renamed over the
link, a removed one is unlinked. The published site keeps every byte until
the copy is swapped in.
"""

from __future__ import annotations

import filecmp
import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path


def link_copy(source: Path, target: Path) -> dict[str, tuple[int, int]]:
    """Recreate the folders of `source` under `target` (which exists) and hard-link every file;
    return size and mtime of each file linked, by relative path (the state it was found in).

    As `os.walk` would (a symbolic link to a folder gives an empty folder), on plain strings
    and `os.scandir`: the site has thousands of files and this runs beside the build."""
    states: dict[str, tuple[int, int]] = {}
    _link_folder(str(source), str(target), "", states)
    return states


def _link_folder(source: str, target: str, prefix: str, states: dict[str, tuple[int, int]]) -> None:
    with os.scandir(source) as scanned:
        entries = sorted(scanned, key=lambda entry: entry.name)
    folders = []
    for entry in entries:
        place = os.path.join(target, entry.name)
        if entry.is_dir():
            os.mkdir(place)
            if not entry.is_symlink():
                folders.append((entry, place))
            continue
        stat = entry.stat()
        os.link(entry.path, place)
        states[prefix + entry.name] = (stat.st_size, stat.st_mtime_ns)
    for entry, place in folders:
        _link_folder(entry.path, place, f"{prefix}{entry.name}/", states)


@dataclass(frozen=True)
class Moved:
    """What `move_over` changed in its target, by relative path."""

    placed: tuple[str, ...]
    """Files renamed into place (new or replacing a file or a folder)."""
    emptied: tuple[str, ...]
    """Folders whose earlier files are all gone (a replaced folder, a folder a file replaced)."""


def move_over(output: Path, target: Path, replaced_folders: Iterable[str] = ()) -> Moved:
    """Move every file of `output` into `target`, replacing what is there; return what changed.

    A file with the same bytes as the one in place is left alone (the link
    stays); the others are renamed over it. Each of `replaced_folders`
    (relative paths) present in `output` replaces its whole counterpart, so
    no file of an earlier build stays in it.
    """
    placed: list[str] = []
    emptied: list[str] = []
    for folder in replaced_folders:
        made = output / folder
        if made.is_dir():
            shutil.rmtree(target / folder, ignore_errors=True)
            emptied.append(folder)
            (target / folder).parent.mkdir(parents=True, exist_ok=True)
            os.replace(made, target / folder)
            placed += sorted(
                p.relative_to(target).as_posix() for p in (target / folder).rglob("*") if p.is_file()
            )
    for parent, _, filenames in os.walk(output):
        here = Path(parent)
        for name in filenames:
            path = here / name
            relpath = path.relative_to(output)
            place = target / relpath
            if place.is_file() and not place.is_symlink() and filecmp.cmp(path, place, shallow=False):
                continue
            if place.is_dir() and not place.is_symlink():
                shutil.rmtree(place)
                emptied.append(relpath.as_posix())
            place.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, place)
            placed.append(relpath.as_posix())
    return Moved(tuple(placed), tuple(emptied))


def site_after(
    linked: Mapping[str, tuple[int, int]], target: Path, removed: Iterable[str], moved: Moved
) -> dict[str, tuple[int, int]]:
    """Size and mtime of every file of `target` (as `folders.scan_files` finds them), from those of
    the hard-linked copy (`linked`, as `link_copy` made it) and what changed since: the files
    `removed` and `moved`, of which only the placed ones are looked at again."""
    states = dict(linked)
    for relpath in removed:
        states.pop(relpath, None)
    for folder in moved.emptied:
        inside = folder + "/"
        for relpath in [r for r in states if r.startswith(inside) or r == folder]:
            del states[relpath]
    for relpath in moved.placed:
        stat = os.stat(target / relpath)
        states[relpath] = (stat.st_size, stat.st_mtime_ns)
    return states


def remove_files(target: Path, relpaths: Iterable[str]) -> None:
    """Unlink each of `relpaths` under `target`, then the folders this left empty."""
    for relpath in relpaths:
        path = target / relpath
        if path.is_file() or path.is_symlink():
            path.unlink()
        folder = path.parent
        while folder != target and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
