"""Failed builds lose nothing: the published site survives a failing or killed
MkDocs build, generated pages follow the articles folder without touching
hand-written ones, two builds never interleave, and output is deterministic."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from spacy.language import Language

from generator.config import Config
from generator.errors import BuildError
from generator.pipeline import build, generate
from generator.site import builder as site_module
from generator.site.builder import build_site, clean_leftovers
from generator.site.lock import lock_path, project_lock
from tests.site_build import ROOT

GOOD = ROOT / "tests" / "fixtures" / "good"
MINIMAL_MKDOCS = "site_name: T\ntheme:\n  name: mkdocs\nuse_directory_urls: false\n"


def tree_digest(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under `folder`."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def small_project(tmp_path: Path) -> Config:
    """A project folder with the good fixture articles and the real mkdocs.yml."""
    articles = tmp_path / "articles"
    shutil.copytree(GOOD, articles)
    docs = tmp_path / "docs"
    docs.mkdir()
    # Nothing else is needed: the briefing plugin brings the assets and the lazy search.
    shutil.copyfile(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return Config(
        articles_dir=articles,
        docs_dir=docs,
        site_dir=tmp_path / "site",
        mkdocs_config=tmp_path / "mkdocs.yml",
    )


def _minimal_site(tmp_path: Path, page: str) -> tuple[Path, Path, Path]:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "index.md").write_text(page)
    config = tmp_path / "mkdocs.yml"
    config.write_text(MINIMAL_MKDOCS)
    return config, docs, tmp_path / "site"


def test_failing_mkdocs_keeps_the_previous_site(tmp_path: Path) -> None:
    config, docs, site = _minimal_site(tmp_path, "# Old\n")
    build_site(config, docs, site)
    before = tree_digest(site)
    (docs / "index.md").write_text("# New\n\n[broken](missing.md)\n")
    with pytest.raises(BuildError, match="MkDocs build failed"):
        build_site(config, docs, site, strict=True)  # the broken link is a warning: fatal when strict
    config.write_text("site_name: T\ntheme:\n  name: no-such-theme\n")
    with pytest.raises(BuildError, match="MkDocs build failed"):
        build_site(config, docs, site)
    config.write_text("site_name: [unclosed\n")
    with pytest.raises(BuildError):
        build_site(config, docs, site)
    assert tree_digest(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "mkdocs.yml", "site"]


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2-exchange", "two-renames"])
def test_success_replaces_the_site_and_leaves_no_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    if not exchange:
        monkeypatch.setattr(site_module, "_exchange", lambda a, b: False)
    config, docs, site = _minimal_site(tmp_path, "# Old\n")
    build_site(config, docs, site)
    (site / "stale.html").write_text("from the old site")
    (docs / "index.md").write_text("# New\n")
    build_site(config, docs, site)
    assert "New" in (site / "index.html").read_text()
    assert not (site / "stale.html").exists()
    assert oct(site.stat().st_mode & 0o777) == "0o755"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "mkdocs.yml", "site"]


def test_leftovers_of_a_killed_build_are_cleaned(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (tmp_path / ".site.new-abc").mkdir()
    (tmp_path / ".site.new-abc" / "half.html").write_text("half")
    # Killed between the two renames of the fallback swap: only the old copy is left.
    old = tmp_path / ".site.old-def"
    old.mkdir()
    (old / "index.html").write_text("previous site")
    clean_leftovers(site)
    assert (site / "index.html").read_text() == "previous site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_killing_a_build_leaves_the_previous_site_intact(tmp_path: Path, nlp: Language) -> None:
    config = small_project(tmp_path)
    build(config, nlp)
    before = tree_digest(config.site_dir)
    (config.articles_dir / "council-budget.txt").unlink()
    command = [
        sys.executable, "-m", "generator", "build",
        "--articles", str(config.articles_dir), "--docs", str(config.docs_dir),
        "--site", str(config.site_dir), "--config", str(config.mkdocs_config),
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".site.new-*")):
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline, "the build never started MkDocs"
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL
    assert tree_digest(config.site_dir) == before  # MkDocs was mid-build: nothing published
    assert list(tmp_path.glob(".site.new-*"))
    # The next build cleans the leftover and publishes the new state.
    build(config, nlp)
    assert not list(tmp_path.glob(".site.*"))
    assert tree_digest(config.site_dir) != before


def test_pages_follow_the_articles_and_hand_written_pages_stay(tmp_path: Path, nlp: Language) -> None:
    config = small_project(tmp_path)
    (config.docs_dir / "about.md").write_text("# About\n\nHand-written.\n")
    (config.docs_dir / "assets").mkdir()
    (config.docs_dir / "assets" / "extra.css").write_text("/* hand-written */\n")
    first = generate(config, nlp)
    assert not first.problems
    pages = sorted(p.name for p in (config.docs_dir / "articles").iterdir())
    assert len(pages) == 3
    (config.articles_dir / "river-floods.md").unlink()
    second = generate(config, nlp)
    # The article's page goes, its month's archive page, which listed only it, and the
    # pages of the one actor only it named (her dossier, picture and feed).
    removed = second.report.removed
    assert [p for p in removed if not p.startswith("archive/")] == [
        "actors/ana-lopez.md",
        "actors/ana-lopez.svg",
        "actors/ana-lopez.xml",
        "articles/river-wend-floods-farmland.md",
    ]
    assert len(list((config.docs_dir / "articles").iterdir())) == 2
    assert (config.docs_dir / "about.md").read_text() == "# About\n\nHand-written.\n"
    assert (config.docs_dir / "assets" / "extra.css").read_text() == "/* hand-written */\n"


def test_a_hand_written_page_in_the_way_is_reported_not_overwritten(tmp_path: Path, nlp: Language) -> None:
    config = small_project(tmp_path)
    (config.docs_dir / "index.md").write_text("# My own home page\n")
    result = generate(config, nlp)
    assert [str(p) for p in result.problems] == [
        f"{config.docs_dir / 'index.md'}: exists and was not generated (not in .briefing-manifest.json): "
        "a hand-written page is never overwritten; rename or remove it"
    ]
    assert (config.docs_dir / "index.md").read_text() == "# My own home page\n"
    assert len(list((config.docs_dir / "articles").iterdir())) == 3


def test_same_input_gives_byte_identical_docs_and_search_index(tmp_path: Path, nlp: Language) -> None:
    digests = []
    for run in ("one", "two"):
        config = small_project(tmp_path / run)
        build(config, nlp)
        digests.append(
            (
                tree_digest(config.docs_dir),
                (config.site_dir / "search" / "search_index.json").read_bytes(),
                (config.site_dir / "search" / "search_index.js").read_bytes(),
                tree_digest(config.site_dir / "search" / "lazy"),
            )
        )
    assert digests[0] == digests[1]


def _generate_command(config: Config, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "generator", "generate", *extra,
        "--articles", str(config.articles_dir), "--docs", str(config.docs_dir),
    ]  # fmt: skip


def test_a_second_build_waits_for_the_lock_or_fails_with_no_wait(tmp_path: Path) -> None:
    config = small_project(tmp_path)
    lock = lock_path(config.docs_dir)
    with project_lock(lock):
        refused = subprocess.run(
            _generate_command(config, "--no-wait"), cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        assert refused.returncode == 1
        [line] = refused.stderr.splitlines()
        assert line == (
            f"Error: [B600] {lock}: another build of this project is running "
            f"(process {os.getpid()}); not waiting (--no-wait)"
        )
        waiting = subprocess.Popen(
            _generate_command(config), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        assert waiting.stderr is not None
        first_line = waiting.stderr.readline()
        assert "another build of this project is running" in first_line and "waiting" in first_line
        time.sleep(0.5)
        assert waiting.poll() is None  # still waiting for us
        assert not (config.docs_dir / "index.md").exists()
    rest = waiting.stderr.read()
    assert waiting.wait(timeout=120) == 0, rest
    assert "3 articles briefed" in rest
    assert (config.docs_dir / "index.md").is_file()
