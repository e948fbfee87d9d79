"""Incremental site builds: after an added, edited or removed article, only the changed
pages are rendered, and the published site is byte for byte a clean build of the same
docs/; a failed build leaves the published site untouched (hard links included), and a
build whose state cannot be trusted starts from scratch and says so."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from generator.cli import main
from generator.config import Config
from generator.errors import BuildError
from generator.folders import scan_files
from generator.pipeline import build
from generator.site import builder as site_module
from generator.site.builder import SiteReport, build_site
from generator.site.lock import lock_path
from generator.site.state import load_state, site_fingerprint, state_file
from tests.site.test_build_safety import small_project, tree_digest
from tests.site_build import ROOT

SEEDS = ROOT / "seeds"
# About other places and people than the fixture's: a new briefing, its month, its actors.
ADDED = SEEDS / "magnitogorsk-apartment-building-collapses-after-explosion.md"
DAY = "1767225600"  # 2026-01-01: sitemap dates from one day, whatever the clock says


@pytest.fixture(autouse=True)
def _same_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", DAY)


def _state(config: Config) -> Path:
    return state_file(lock_path(config.docs_dir).parent, config.site_dir)


def _clean_build(config: Config, where: Path) -> dict[str, str]:
    """Digest of a clean build of a copy of `config`'s docs/ (no state: always from scratch)."""
    docs = shutil.copytree(config.docs_dir, where / "docs")
    report = build_site(config.mkdocs_config, docs, where / "site", config.strict, site_url=config.site_url)
    assert not report.incremental
    return tree_digest(where / "site")


def _site_report(config: Config, nlp: Language) -> SiteReport:
    report = build(config, nlp).site_report
    assert report is not None
    return report


def _assert_state_lists_the_site(config: Config) -> None:
    """The state's record of the published files, made from the hard-linked copy and the files
    the build changed, is what a scan of the site finds."""
    state = load_state(_state(config))
    assert state is not None and state.site == scan_files(config.site_dir)


def _pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))


@pytest.mark.parametrize("site_url", [None, "https://example.org/news/"], ids=["no-site-url", "site-url"])
def test_an_added_and_a_removed_article_give_the_clean_build_bytes(
    tmp_path: Path, nlp: Language, site_url: str | None
) -> None:
    """With a site URL, every page has its canonical link and the sitemap lists every page."""
    config = replace(small_project(tmp_path / "project"), site_url=site_url)
    first = _site_report(config, nlp)
    assert not first.incremental and first.reason == ""  # a first build: nothing to say
    shutil.copy(ADDED, config.articles_dir / ADDED.name)
    result = build(config, nlp)
    added = result.site_report
    assert added is not None and added.incremental, added
    assert _state(config).with_suffix(".terms").is_file()  # the words of the sections split
    # The pages whose Markdown the writer changed, and the tags page that lists them all.
    rewritten = [p for p in result.report.written if p.endswith(".md")]
    assert added.rendered == len(rewritten) + 1 < _pages(config.site_dir)
    assert tree_digest(config.site_dir) == _clean_build(config, tmp_path / "clean-added")
    _assert_state_lists_the_site(config)
    (config.articles_dir / "river-floods.md").unlink()
    removed = _site_report(config, nlp)
    assert removed.incremental, removed
    assert tree_digest(config.site_dir) == _clean_build(config, tmp_path / "clean-removed")
    _assert_state_lists_the_site(config)
    assert not list(config.site_dir.parent.glob(".site.*"))
    sitemap = (config.site_dir / "sitemap.xml").read_text()
    assert ("magnitogorsk" in sitemap) == (site_url is not None)


def test_the_search_index_holds_every_page_after_an_incremental_build(tmp_path: Path, nlp: Language) -> None:
    config = small_project(tmp_path)
    build(config, nlp)
    shutil.copy(ADDED, config.articles_dir / ADDED.name)
    assert _site_report(config, nlp).incremental
    lazy = config.site_dir / "search" / "lazy"
    documents = "".join(p.read_text() for p in sorted((lazy / "d").glob("*.js")))
    for page in ("articles/river-wend-floods-farmland.html", "articles/" + "magnitogorsk"):
        assert page in documents  # a page not rendered again, and the new one


def test_a_failed_incremental_build_leaves_the_site_and_its_files_untouched(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = small_project(tmp_path)
    build(config, nlp)
    before = tree_digest(config.site_dir)
    inodes = {p: p.stat().st_ino for p in config.site_dir.rglob("*") if p.is_file()}
    shutil.copy(ADDED, config.articles_dir / ADDED.name)

    def fail(site: Path, *args: object) -> bool:
        raise RuntimeError("killed in the lazy search split")

    # The split runs last, after MkDocs wrote every changed page.
    monkeypatch.setattr("generator.site.plugin.write_lazy_index", fail)
    with pytest.raises(BuildError, match="killed in the lazy search split"):
        build(config, nlp)
    assert tree_digest(config.site_dir) == before
    assert {p: p.stat().st_ino for p in config.site_dir.rglob("*") if p.is_file()} == inodes
    assert not list(config.site_dir.parent.glob(".site.*"))
    monkeypatch.undo()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", DAY)
    again = _site_report(config, nlp)
    assert again.incremental, again  # the state of the last good build still holds
    assert tree_digest(config.site_dir) == _clean_build(config, tmp_path / "clean")


def test_a_build_killed_while_moving_files_in_leaves_the_site_untouched(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = small_project(tmp_path)
    build(config, nlp)
    before = tree_digest(config.site_dir)
    shutil.copy(ADDED, config.articles_dir / ADDED.name)
    moved = site_module.move_over

    def half(output: Path, target: Path, replaced_folders: object = ()) -> object:
        moved(output, target, ["search/lazy"])  # some files in place, then the end
        raise KeyboardInterrupt

    monkeypatch.setattr(site_module, "move_over", half)
    with pytest.raises(KeyboardInterrupt):
        build(config, nlp)
    assert tree_digest(config.site_dir) == before
    monkeypatch.setattr(site_module, "move_over", moved)
    assert _site_report(config, nlp).incremental
    assert tree_digest(config.site_dir) == _clean_build(config, tmp_path / "clean")


def test_a_state_that_cannot_be_trusted_gives_a_clean_build_and_one_line(
    tmp_path: Path, nlp: Language
) -> None:
    config = small_project(tmp_path)
    build(config, nlp)
    # A page edited behind the tool's back (same docs/ stamp is impossible: its size changes).
    page = next((config.site_dir / "articles").glob("*.html"))
    page.write_text(page.read_text() + "<!-- edited -->")
    shutil.copy(ADDED, config.articles_dir / ADDED.name)
    report = _site_report(config, nlp)
    assert not report.incremental
    assert report.reason == "the published site changed since its last build"
    assert tree_digest(config.site_dir) == _clean_build(config, tmp_path / "clean")
    _state(config).write_text("{not json")
    (config.articles_dir / ADDED.name).unlink()
    report = _site_report(config, nlp)
    assert (report.incremental, report.reason) == (False, "no record of the last site build")
    config.mkdocs_config.write_text(config.mkdocs_config.read_text() + "\ncopyright: Us\n")
    shutil.copy(ADDED, config.articles_dir / ADDED.name)
    report = _site_report(config, nlp)
    assert (report.incremental, report.reason) == (
        False,
        "mkdocs.yml, the options, the feed or the site builder changed",
    )


def test_docs_changed_behind_the_tool_are_rendered_again(tmp_path: Path, nlp: Language) -> None:
    config = small_project(tmp_path)
    build(config, nlp)
    (config.docs_dir / "about.md").write_text("# About\n\nHand-written.\n")
    report = build_site(
        config.mkdocs_config, config.docs_dir, config.site_dir, config.strict, state_path=_state(config)
    )
    assert report.incremental and report.rendered == 2  # the new page, and the tags page
    assert tree_digest(config.site_dir) == _clean_build(config, tmp_path / "clean")


def test_the_command_says_in_one_line_why_the_site_was_built_from_scratch(
    tmp_path: Path, nlp: Language
) -> None:
    config = small_project(tmp_path)
    command = [
        "build", "--workers", "1", "--articles", str(config.articles_dir), "--docs", str(config.docs_dir),
        "--site", str(config.site_dir), "--config", str(config.mkdocs_config),
    ]  # fmt: skip
    first = CliRunner().invoke(main, command)
    assert first.exit_code == 0, first.output
    assert "from scratch" not in first.stderr  # a first build has nothing to fall back from
    shutil.copy(ADDED, config.articles_dir / ADDED.name)
    added = CliRunner().invoke(main, command)
    assert added.exit_code == 0, added.output
    assert "from scratch" not in added.stderr
    config.mkdocs_config.write_text(config.mkdocs_config.read_text() + "\ncopyright: Us\n")
    again = CliRunner().invoke(main, command)
    assert again.exit_code == 0, again.output
    lines = [line for line in again.stderr.splitlines() if "from scratch" in line]
    assert lines == ["site built from scratch: mkdocs.yml, the options, the feed or the site builder changed"]


def test_an_asset_the_docs_override_and_then_drop_comes_back_from_the_package(
    tmp_path: Path, nlp: Language
) -> None:
    config = small_project(tmp_path)
    build(config, nlp)
    own = config.docs_dir / "assets" / "stylesheets" / "readable.css"
    own.parent.mkdir(parents=True)
    own.write_text("/* the project's own */\n")
    for step in ("override", "drop"):
        report = build_site(
            config.mkdocs_config, config.docs_dir, config.site_dir, config.strict, state_path=_state(config)
        )
        assert report.incremental, (step, report)
        assert tree_digest(config.site_dir) == _clean_build(config, tmp_path / f"clean-{step}"), step
        own.unlink(missing_ok=True)
    assert (
        "the project's own" not in (config.site_dir / "assets" / "stylesheets" / "readable.css").read_text()
    )


def _material_project(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """mkdocs.yml, docs/, site/ and the state file of three pages in the navigation, untitled."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nSee [the other page](other.md).\n")
    (docs / "other.md").write_text("# Other\n\nText.\n")
    (docs / "third.md").write_text("# Third\n\nMore text.\n")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: T\ntheme:\n  name: material\nplugins:\n  - search\n"
        "use_directory_urls: false\nnav:\n  - index.md\n  - other.md\n  - third.md\n"
    )
    return config, docs, tmp_path / "site", tmp_path / ".briefing" / "site.json"


def test_a_new_title_in_the_navigation_rebuilds_every_page(tmp_path: Path) -> None:
    """Every page's sidebar shows the titles of the pages in the navigation."""
    config, docs, site, state = _material_project(tmp_path)
    assert not build_site(config, docs, site, strict=True, state_path=state).incremental
    (docs / "third.md").write_text("# Third\n\nOther text.\n")
    # Strict: MkDocs' warning about dirty builds is not one of the site's warnings.
    assert build_site(config, docs, site, strict=True, state_path=state) == SiteReport(True, "", 1)
    (docs / "other.md").write_text("# Renamed\n\nText.\n")
    report = build_site(config, docs, site, strict=True, state_path=state)
    assert (report.incremental, report.reason) == (
        False,
        "the navigation, the listing pages or the theme's own templates changed",
    )
    assert "Renamed" in (site / "third.html").read_text()
    assert tree_digest(site) == tree_digest(_clean_site(config, docs, tmp_path / "clean"))


def _clean_site(config: Path, docs: Path, where: Path) -> Path:
    build_site(config, shutil.copytree(docs, where / "docs"), where / "site", strict=True)
    return where / "site"


def test_without_hard_links_the_site_is_built_from_scratch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, docs, site, state = _material_project(tmp_path)
    build_site(config, docs, site, state_path=state)
    (docs / "third.md").write_text("# Third\n\nOther text.\n")

    def refuse(source: object, target: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("os.link", refuse)
    report = build_site(config, docs, site, state_path=state)
    assert (report.incremental, report.reason) == (
        False,
        "the site cannot be hard-linked: [Errno 1] Operation not permitted",
    )
    assert "Other text" in (site / "third.html").read_text()
    assert not list(tmp_path.glob(".site.*"))


def test_a_feed_that_goes_is_unlinked_from_every_page(tmp_path: Path, nlp: Language) -> None:
    config = small_project(tmp_path)
    build(config, nlp)
    (config.docs_dir / "feed.xml").unlink()
    report = build_site(
        config.mkdocs_config, config.docs_dir, config.site_dir, config.strict, state_path=_state(config)
    )
    assert (report.incremental, report.reason) == (
        False,
        "mkdocs.yml, the options, the feed or the site builder changed",
    )
    assert tree_digest(config.site_dir) == _clean_build(config, tmp_path / "clean")
    assert "feed.xml" not in (config.site_dir / "articles" / "river-wend-floods-farmland.html").read_text()


def test_a_changed_theme_override_or_hook_rebuilds_every_page(tmp_path: Path) -> None:
    config, docs, site, state = _material_project(tmp_path)
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "main.html").write_text('{% extends "base.html" %}\n')
    hook = tmp_path / "stamp.py"
    hook.write_text("def on_post_page(output, **kwargs):\n    return output + '<!-- one -->'\n")
    theme = "  name: material\n  custom_dir: overrides\n"
    config.write_text(config.read_text().replace("  name: material\n", theme) + "hooks:\n  - stamp.py\n")
    build_site(config, docs, site, strict=True, state_path=state)
    (overrides / "main.html").write_text(
        '{% extends "base.html" %}\n{% block footer %}Our footer{% endblock %}\n'
    )
    report = build_site(config, docs, site, strict=True, state_path=state)
    assert (report.incremental, report.reason) == (
        False,
        "the navigation, the listing pages or the theme's own templates changed",
    )
    assert "Our footer" in (site / "third.html").read_text()
    hook.write_text("def on_post_page(output, **kwargs):\n    return output + '<!-- two -->'\n")
    # (MkDocs keeps a hook's module loaded for the whole process: what the new one
    # writes shows from the next process on, as with `briefing build`.)
    assert not build_site(config, docs, site, strict=True, state_path=state).incremental


def test_the_fingerprint_follows_inherited_configuration(tmp_path: Path) -> None:
    (tmp_path / "base.yml").write_text("site_name: A\n")
    (tmp_path / "mkdocs.yml").write_text('INHERIT: "base.yml"\ndocs_dir: docs\n')
    before = site_fingerprint(tmp_path / "mkdocs.yml", [False, None, True])
    assert site_fingerprint(tmp_path / "mkdocs.yml", [False, None, True]) == before
    (tmp_path / "base.yml").write_text("site_name: B\n")
    assert site_fingerprint(tmp_path / "mkdocs.yml", [False, None, True]) != before


def test_the_fingerprint_follows_the_environment_the_configuration_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: !ENV [BRIEFING_TEST_NAME, 'News']\n")
    monkeypatch.setenv("BRIEFING_TEST_NAME", "One")
    before = site_fingerprint(tmp_path / "mkdocs.yml", [])
    monkeypatch.setenv("BRIEFING_TEST_NAME", "Two")
    assert site_fingerprint(tmp_path / "mkdocs.yml", []) != before


def test_a_build_killed_while_mkdocs_renders_leaves_the_site_untouched(tmp_path: Path, nlp: Language) -> None:
    config = small_project(tmp_path)
    build(config, nlp)
    before = tree_digest(config.site_dir)
    inodes = {p: p.stat().st_ino for p in config.site_dir.rglob("*") if p.is_file()}
    shutil.copy(ADDED, config.articles_dir / ADDED.name)
    command = [
        sys.executable, "-m", "generator", "build", "--workers", "1",
        "--articles", str(config.articles_dir), "--docs", str(config.docs_dir),
        "--site", str(config.site_dir), "--config", str(config.mkdocs_config),
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    # Two temporary folders: the hard-linked copy, and MkDocs' output being written.
    while len(list(tmp_path.glob(".site.new-*"))) < 2:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline, "the build never started MkDocs"
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL
    assert tree_digest(config.site_dir) == before
    assert {p: p.stat().st_ino for p in config.site_dir.rglob("*") if p.is_file()} == inodes
    again = _site_report(config, nlp)
    assert again.incremental, again
    assert not list(tmp_path.glob(".site.*"))
    assert tree_digest(config.site_dir) == _clean_build(config, tmp_path / "clean")


def test_the_state_file_of_earlier_versions_is_removed(tmp_path: Path) -> None:
    config, docs, site, _ = _material_project(tmp_path)
    state = tmp_path / ".briefing" / "site-0123.state"
    legacy = state.with_suffix(".json")
    legacy.parent.mkdir(parents=True)
    legacy.write_text("{}")
    build_site(config, docs, site, strict=True, state_path=state)
    assert state.is_file() and not legacy.exists()
