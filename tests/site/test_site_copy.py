"""A copy of the published site made ahead of its build (`SiteCopy`): the incremental build
moves its files over it, gives the bytes of a clean build, and leaves no folder behind."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.site.builder import SiteCopy, build_site
from generator.site.url import read_mkdocs_yaml
from tests.site.test_build_safety import tree_digest
from tests.site.test_forked_pages import _docs
from tests.site_build import ROOT


@pytest.fixture(autouse=True)
def _same_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # sitemap dates from one day


def _config(where: Path) -> Path:
    settings = read_mkdocs_yaml(ROOT / "mkdocs.yml")
    settings.pop("nav", None)  # it names generated pages
    config = where / "mkdocs.yml"
    config.write_text(json.dumps(settings), encoding="utf-8")
    return config


def _folders(where: Path) -> list[str]:
    return sorted(p.name for p in where.iterdir())


def _edit(docs: Path) -> None:
    (docs / "p03.md").write_text("# Page 3\n\nRewritten.\n\n## Details\n\nNothing more.\n", encoding="utf-8")


def test_a_build_moves_its_pages_over_the_copy_made_ahead(tmp_path: Path) -> None:
    config, docs = _config(tmp_path), _docs(tmp_path)
    state, site = tmp_path / "cache" / "site.state", tmp_path / "site"
    assert not build_site(config, docs, site, state_path=state).incremental
    _edit(docs)
    ahead = SiteCopy(site)
    ahead.make()
    assert ahead.folder is not None and len(_folders(tmp_path)) == 5  # cache, docs, site, yml, copy
    report = build_site(config, docs, site, state_path=state, ahead=ahead)
    assert report.incremental and ahead.folder is None
    assert _folders(tmp_path) == ["cache", "docs", "mkdocs.yml", "site"]
    clean = tmp_path / "clean"
    clean.mkdir()
    build_site(config, shutil.copytree(docs, clean / "docs"), clean / "site")
    assert tree_digest(site) == tree_digest(clean / "site")


def test_a_copy_of_a_site_changed_since_its_last_build_is_not_used(tmp_path: Path) -> None:
    config, docs = _config(tmp_path), _docs(tmp_path)
    state, site = tmp_path / "cache" / "site.state", tmp_path / "site"
    build_site(config, docs, site, state_path=state)
    (site / "p05.html").write_text("hand-edited", encoding="utf-8")  # between two builds
    ahead = SiteCopy(site)
    ahead.make()
    _edit(docs)
    report = build_site(config, docs, site, state_path=state, ahead=ahead)
    assert not report.incremental and "changed since its last build" in report.reason
    assert "hand-edited" not in (site / "p05.html").read_text(encoding="utf-8")
    assert _folders(tmp_path) == ["cache", "docs", "mkdocs.yml", "site"]


def test_a_copy_for_another_site_or_left_unused_is_removed(tmp_path: Path) -> None:
    config, docs = _config(tmp_path), _docs(tmp_path)
    state, site = tmp_path / "cache" / "site.state", tmp_path / "site"
    build_site(config, docs, site, state_path=state)
    other = SiteCopy(site)
    other.make()
    elsewhere = tmp_path / "elsewhere"
    build_site(config, docs, elsewhere, ahead=other)
    assert other.folder is None and ".site.new-" not in " ".join(_folders(tmp_path))
    unused = SiteCopy(site)
    unused.make()
    unused.discard()
    assert _folders(tmp_path) == ["cache", "docs", "elsewhere", "mkdocs.yml", "site"]
    SiteCopy(tmp_path / "never-built").make()  # no site, no copy
    assert _folders(tmp_path) == ["cache", "docs", "elsewhere", "mkdocs.yml", "site"]
