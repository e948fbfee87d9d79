"""The "nothing changed, skip the work" shortcuts skip only when nothing that shapes the
output changed: the site URL, mkdocs.yml; clashing titles do not defeat them; `build`
holds the project lock through its site step."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from generator import pipeline
from generator.config import Config
from generator.errors import LockError
from generator.pipeline import build, generate
from generator.site import lock_path, project_lock
from tests.site_build import ROOT

GOOD = ROOT / "tests" / "fixtures" / "good"


@pytest.fixture()
def project(tmp_path: Path) -> Config:
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in GOOD.iterdir():
        shutil.copy(path, articles / path.name)
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "docs" / "favicon.ico", docs / "favicon.ico")
    mkdocs = tmp_path / "mkdocs.yml"
    mkdocs.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\n", encoding="utf-8")
    return Config(
        articles_dir=articles, docs_dir=docs, site_dir=tmp_path / "site", mkdocs_config=mkdocs, workers=1
    )


def _no_link(*args: object) -> object:
    raise AssertionError("linked although nothing changed")


def test_clashing_titles_are_reported_on_every_run_and_do_not_defeat_the_skip(
    project: Config, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    twin = project.articles_dir / "harbour-bridge-again.md"
    text = (GOOD / "harbour-bridge.md").read_text(encoding="utf-8")
    twin.write_text(text.replace("six months", "seven months"), encoding="utf-8")
    first = generate(project, nlp)
    clash = [line for line in first.problem_lines() if "same title as" in line]
    assert len(clash) == 1
    monkeypatch.setattr(pipeline, "link", _no_link)
    again = generate(project, nlp)
    assert again.problem_lines() == first.problem_lines()
    assert not again.report.written and set(again.report.unchanged) == set(first.report.written)


def test_a_new_site_url_regenerates_the_feed(project: Config, nlp: Language) -> None:
    generate(project, nlp)
    feed = project.docs_dir / "feed.xml"
    assert "https://news.example.net/" not in feed.read_text(encoding="utf-8")
    result = generate(replace(project, site_url="https://news.example.net/"), nlp)
    assert "feed.xml" in result.report.written
    assert 'href="https://news.example.net/articles/' in feed.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_changed_mkdocs_yml_rebuilds_the_site(project: Config, nlp: Language) -> None:
    assert build(project, nlp).site_built
    assert not build(project, nlp).site_built  # nothing changed
    with project.mkdocs_config.open("a", encoding="utf-8") as handle:
        handle.write("site_name: Renamed briefings\n")
    assert build(project, nlp).site_built
    assert "Renamed briefings" in (project.site_dir / "index.html").read_text(encoding="utf-8")


def test_build_holds_the_project_lock_through_the_site_step(
    project: Config, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def site_step(mkdocs_config: Path, docs_dir: Path, site_dir: Path, **options: object) -> None:
        try:
            with project_lock(lock_path(docs_dir), wait=False):
                seen.append("free")
        except LockError:
            seen.append("held")
        site_dir.mkdir(parents=True, exist_ok=True)
        (site_dir / "index.html").write_text("<html></html>", encoding="utf-8")

    monkeypatch.setattr(pipeline, "build_site", site_step)
    assert build(project, nlp).site_built
    assert seen == ["held"]
