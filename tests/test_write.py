"""Write stage: confined, atomic, only-if-changed, manifest-based removal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.errors import WriteError
from generator.write import Writer


def test_writes_only_changed_files_and_keeps_mtime(tmp_path: Path) -> None:
    w = Writer(tmp_path)
    assert w.write("articles/a.md", "one")
    w.finish()
    path = tmp_path / "articles" / "a.md"
    os.utime(path, (1_000_000, 1_000_000))
    w = Writer(tmp_path)
    assert not w.write("articles/a.md", "one")
    report = w.finish()
    assert report.unchanged == ("articles/a.md",) and not report.written
    assert path.stat().st_mtime == 1_000_000


def test_removes_stale_generated_pages_but_not_hand_written(tmp_path: Path) -> None:
    (tmp_path / "about.md").write_text("hand-written")
    w = Writer(tmp_path)
    w.write("articles/a.md", "a")
    w.write("articles/b.md", "b")
    w.finish()
    w = Writer(tmp_path)
    w.write("articles/a.md", "a")
    report = w.finish()
    assert report.removed == ("articles/b.md",)
    assert not (tmp_path / "articles" / "b.md").exists()
    assert (tmp_path / "about.md").read_text() == "hand-written"


@pytest.mark.parametrize("bad", ["../x.md", "/etc/x.md", "a/../../x.md", ".hidden.md", ""])
def test_refuses_paths_outside_the_root(tmp_path: Path, bad: str) -> None:
    with pytest.raises(WriteError):
        Writer(tmp_path / "docs").write(bad, "x")


def test_refuses_the_same_path_twice(tmp_path: Path) -> None:
    w = Writer(tmp_path)
    w.write("a.md", "x")
    with pytest.raises(WriteError, match="two pages"):
        w.write("a.md", "y")
