"""Listings of every briefing stay readable in a large archive: above their limits the
timeline lists the latest months and links the archive's earlier ones, and the sources
table is split into a page per year, of which one more article rewrites one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import posixpath
import re
from pathlib import Path

import pytest

from generator.link import link
from generator.models import Briefing
from generator.render import render_corpus, views
from tests.records import synthetic_briefings
from tests.write.test_known_pages import Run

_LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


def _made() -> list[Briefing]:
    made = synthetic_briefings(90, seed=5)
    # Three years of dates, and two undated articles.
    start = dt.date(2017, 1, 1)
    dated = [
        dataclasses.replace(b, article=dataclasses.replace(b.article, date=start + dt.timedelta(days=12 * n)))
        for n, b in enumerate(made[:88])
    ]
    undated = [dataclasses.replace(b, article=dataclasses.replace(b.article, date=None)) for b in made[88:]]
    return dated + undated


@pytest.fixture()
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views, "TIMELINE_ARTICLES", 20)
    monkeypatch.setattr(views, "SOURCES_ON_ONE_PAGE", 20)


def _pages(made: list[Briefing]) -> dict[str, str]:
    return {page.path: page.text for page in render_corpus(link(made))}


def _resolved(pages: dict[str, str], path: str) -> None:
    for target in _LINK.findall(pages[path]):
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
        assert resolved in pages, (path, target)


@pytest.mark.usefixtures("small_limits")
def test_the_timeline_lists_the_latest_months_and_links_the_earlier_ones() -> None:
    pages = _pages(_made())
    timeline = pages["timeline.md"]
    listed, earlier = timeline.split("## Earlier months")
    entries = listed.count("\n- ")
    assert 0 < entries <= 20 + 3  # whole months up to the limit (at most 3 briefings a month)
    months = re.findall(r"\]\((archive/[\d-]+|archive/undated)\.md\)", earlier)
    assert len(months) == len(set(months)) > 20
    assert "archive/undated" in months[-1]  # undated last
    counted = sum(int(n) for n in re.findall(r"\((\d+) briefings?\)", earlier))
    assert entries + counted == 90
    _resolved(pages, "timeline.md")


@pytest.mark.usefixtures("small_limits")
def test_the_sources_table_has_a_page_per_year_and_every_article_once() -> None:
    pages = _pages(_made())
    sources = pages["attribution.md"]
    assert "| Article |" not in sources
    years = re.findall(r"\]\(sources/(\w+)\.md\)", sources)
    assert years == ["2019", "2018", "2017", "undated"]
    rows = [
        line for year in years for line in pages[f"sources/{year}.md"].splitlines() if line.startswith("| [")
    ]
    assert len(rows) == 90 == len(set(rows))
    for path in ["attribution.md", *(f"sources/{year}.md" for year in years)]:
        _resolved(pages, path)


def test_below_the_limits_the_listings_are_whole() -> None:
    pages = _pages(_made())
    assert "Earlier months" not in pages["timeline.md"]
    assert pages["attribution.md"].count("\n| [") == 90
    assert not any(path.startswith("sources/") for path in pages)


@pytest.mark.usefixtures("small_limits")
def test_one_more_article_rewrites_one_year_of_sources(tmp_path: Path) -> None:
    made = _made()
    run = Run(tmp_path / "docs")
    run.publish(made[:-3] + made[-2:])  # all but the last dated one (2019)
    run.publish(made)
    assert [path for path in run.rendered if path.startswith("sources/")] == ["sources/2019.md"]
