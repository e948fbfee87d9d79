"""Dossiers of actors named in many articles: the latest articles and quotes on the dossier,
every one on a page per year; one more article rewrites the dossier and its year's page."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from pathlib import Path

from generator.link import link
from generator.models import Briefing, Quote
from generator.render import render_corpus
from generator.render.dossier import DOSSIER_ENTRIES, DOSSIER_QUOTES, ROLE_ARTICLES
from tests.records import briefing, person, place
from tests.write.test_known_pages import Run

# 30 articles in 2018, 60 in 2019, 40 in 2020, and 3 undated: more than a dossier lists.
DAYS = {2018: 30, 2019: 60, 2020: 40}
_LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


def _article(n: int, date: dt.date | None, quoted: bool) -> Briefing:
    text = f"Ada Lovelace spoke in Dunmore about plan {n}. She said more."
    quotes = [Quote(f"Plan {n} will work", "Ada Lovelace")] if quoted else []
    actors = [person("Ada Lovelace", "engineer"), place("Dunmore")]
    return briefing(f"a{n:04d}.md", f"Plan {n} announced", actors, quotes, date=date, text=text)


def _articles(extra: int = 0) -> list[Briefing]:
    made = []
    for year, count in DAYS.items():
        for day in range(count):
            n = len(made)
            made.append(_article(n, dt.date(year, 1, 1) + dt.timedelta(days=2 * day), quoted=n % 2 == 0))
    made += [_article(len(made) + k, None, quoted=False) for k in range(3)]
    # An article added later, in the latest year.
    made += [_article(900 + k, dt.date(2020, 12, 30), quoted=True) for k in range(extra)]
    return made


def _pages(made: list[Briefing]) -> dict[str, str]:
    return {page.path: page.text for page in render_corpus(link(made))}


def test_a_dossier_lists_the_latest_and_a_page_per_year_lists_every_one() -> None:
    pages = _pages(_articles())
    dossier = pages["actors/ada-lovelace.md"]
    timeline = dossier.split("## Timeline")[1].split("## Quotes")[0]
    quotes = dossier.split("## Quotes")[1].split("## Often appears with")[0]
    assert timeline.count("\n- **") == DOSSIER_ENTRIES
    assert quotes.count("<!-- end of quote -->") == DOSSIER_QUOTES
    assert f"The latest {DOSSIER_ENTRIES} of 133 articles; every one, by year: " in timeline
    assert f"The latest {DOSSIER_QUOTES} of 65 quotes" in quotes
    years = ["2020", "2019", "2018", "undated"]
    links = [f"(ada-lovelace/{y}.md)" for y in years]
    assert [timeline.index(link) for link in links] == sorted(timeline.index(link) for link in links)
    assert "2020-12-" not in timeline and "2020-03-" in timeline  # the latest first
    # Each year's page lists every article and quote of that year.
    for year, count in DAYS.items():
        page = pages[f"actors/ada-lovelace/{year}.md"]
        assert page.count("\n- **") == count, year
        assert page.count("<!-- end of quote -->") == count // 2, year
        assert f"\n- **{year}-" in page and "search:\n  exclude: true" in page
    undated = pages["actors/ada-lovelace/undated.md"]
    assert undated.count("\n- **") == 3 and "No direct quotes." in undated
    # The role lists its latest articles only.
    roles = dossier.split("## Roles")[1].split("## Timeline")[0]
    assert roles.count("](../articles/") == ROLE_ARTICLES
    assert f"and {133 - ROLE_ARTICLES} more articles" in roles
    # Every link of the dossier and the year pages leads to a generated page.
    for path in ["actors/ada-lovelace.md", *(f"actors/ada-lovelace/{y}.md" for y in years)]:
        for target in _LINK.findall(pages[path]):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in pages, (path, target)


def test_an_actor_in_few_articles_has_no_year_pages() -> None:
    pages = _pages(_articles()[:40])
    assert not any(path.startswith("actors/ada-lovelace/") for path in pages)
    assert "by year" not in pages["actors/ada-lovelace.md"]


def test_one_more_article_renders_the_dossier_and_its_years_page_only(tmp_path: Path) -> None:
    run = Run(tmp_path / "docs")
    run.publish(_articles())
    run.publish(_articles(extra=1))
    ada = [path for path in run.rendered if path.startswith("actors/ada-lovelace")]
    assert sorted(ada) == [
        "actors/ada-lovelace.md",
        "actors/ada-lovelace.svg",
        "actors/ada-lovelace.xml",
        "actors/ada-lovelace/2020.md",
    ]
