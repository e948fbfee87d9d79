"""The hard-linked copy of a published site: every file linked (same inode), every folder made."""

from __future__ import annotations

import os
from pathlib import Path

from generator.folders import scan_files
from generator.site.tree import link_copy, move_over, remove_files, site_after


def test_every_file_is_linked_and_recorded_as_found(tmp_path: Path) -> None:
    site, copy = tmp_path / "site", tmp_path / "copy"
    for relpath in ("index.html", "b/z.js", "b/a/deep.html", "a/x.css", "empty/.keep"):
        (site / relpath).parent.mkdir(parents=True, exist_ok=True)
        (site / relpath).write_text(relpath, encoding="utf-8")
    (site / "void").mkdir()
    os.symlink(site / "b", site / "link-to-b")  # a folder link: a folder, not followed
    copy.mkdir()
    states = link_copy(site, copy)
    files = sorted(
        p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and not p.is_symlink()
    )
    assert sorted(states) == files
    for relpath in files:
        stat = (site / relpath).stat()
        assert (copy / relpath).stat().st_ino == stat.st_ino
        assert states[relpath] == (stat.st_size, stat.st_mtime_ns)
    assert (copy / "void").is_dir() and (copy / "link-to-b").is_dir()
    assert not any((copy / "link-to-b").iterdir())


def test_the_files_after_a_move_are_those_a_scan_finds(tmp_path: Path) -> None:
    site, copy, output = tmp_path / "site", tmp_path / "copy", tmp_path / "output"
    files = {"same.html": "same", "old.html": "old", "gone.html": "x", "a/x.html": "x", "lazy/t/ab.js": "1"}
    for relpath, text in files.items():
        (site / relpath).parent.mkdir(parents=True, exist_ok=True)
        (site / relpath).write_text(text, encoding="utf-8")
    made = {"same.html": "same", "old.html": "new", "a": "a file now", "lazy/d/0.js": "2", "b/new.html": "n"}
    for relpath, text in made.items():
        (output / relpath).parent.mkdir(parents=True, exist_ok=True)
        (output / relpath).write_text(text, encoding="utf-8")
    copy.mkdir()
    linked = link_copy(site, copy)
    remove_files(copy, ["gone.html"])
    moved = move_over(output, copy, replaced_folders=["lazy"])
    assert "same.html" not in moved.placed and set(moved.emptied) == {"lazy", "a"}
    assert site_after(linked, copy, ["gone.html"], moved) == scan_files(copy)
    assert (copy / "same.html").stat().st_ino == (site / "same.html").stat().st_ino  # left linked
