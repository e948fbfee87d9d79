"""Write stage: confined, atomic, only-if-changed, manifest-based removal."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import WriteError
from generator.write.writer import TEMP_PREFIX, Writer


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


def test_never_overwrites_a_hand_written_page(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text("# My own home page\n")
    w = Writer(tmp_path)
    with pytest.raises(WriteError, match="hand-written page is never overwritten"):
        w.write("index.md", "# Generated\n")
    w.write("articles/a.md", "a")
    report = w.finish()
    assert (tmp_path / "index.md").read_text() == "# My own home page\n"
    assert report.written == ("articles/a.md",)
    # Not claimed by the manifest either, so a later run never deletes it.
    Writer(tmp_path).finish()
    assert (tmp_path / "index.md").is_file()


def test_leftover_temporary_files_are_removed(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    leftover = tmp_path / "articles" / f"{TEMP_PREFIX}abc.md"
    leftover.write_text("half a page")
    w = Writer(tmp_path)
    w.write("articles/a.md", "a")
    w.finish()
    assert not leftover.exists()
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["a.md"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["..", ".", "", "/", "~", "articles", "a.md", "\\", "..\\x", ".hidden", "\x00"]),
            st.text(max_size=12),
        ),
        min_size=1,
        max_size=5,
    ).map("/".join)
)
def test_every_write_stays_inside_the_output_folder(tmp_path: Path, relpath: str) -> None:
    root = tmp_path / "out"
    root.mkdir(exist_ok=True)
    outside_before = sorted(p for p in tmp_path.rglob("*") if not p.is_relative_to(root))
    with contextlib.suppress(WriteError):
        Writer(root).write(relpath, "x")
    outside_after = sorted(p for p in tmp_path.rglob("*") if not p.is_relative_to(root))
    assert outside_after == outside_before
    for path in root.rglob("*"):
        assert path.resolve().is_relative_to(root.resolve())
