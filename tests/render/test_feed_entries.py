"""Which briefings the feed carries and the times it gives them (55 dated articles, 50 entries)."""

from __future__ import annotations

import datetime as dt
import random

import feedparser

from generator.link.linker import link
from generator.render.feed import FEED_ENTRIES
from generator.render.pages import render_corpus
from tests.records import briefing, person


def _feed_of(count: int) -> tuple[list[dt.date], feedparser.FeedParserDict]:
    start = dt.date(2023, 1, 1)
    dates = [start + dt.timedelta(days=11 * i) for i in range(count)]
    order = list(range(count))
    random.Random(3).shuffle(order)  # the input order says nothing about the dates
    briefings = [briefing(f"a{i}.md", f"Story {i:02d}", [person(f"Ann {i}")], date=dates[i]) for i in order]
    corpus = link(briefings)
    text = next(p.text for p in render_corpus(corpus, site_url=None) if p.path == "feed.xml")
    return dates, feedparser.parse(text)


def test_the_feed_keeps_the_newest_fifty_newest_first_each_with_its_own_date() -> None:
    dates, parsed = _feed_of(FEED_ENTRIES + 5)
    assert FEED_ENTRIES == 50
    newest = sorted(range(len(dates)), key=lambda i: dates[i], reverse=True)[:FEED_ENTRIES]
    assert [e.title for e in parsed.entries] == [f"Story {i:02d}" for i in newest]
    for entry, i in zip(parsed.entries, newest, strict=True):
        assert entry.updated == f"{dates[i].isoformat()}T00:00:00Z"
        assert entry.published == f"{dates[i].isoformat()}T00:00:00Z"
    # The feed's own time is its newest entry's, never the clock's.
    assert parsed.feed.updated == f"{max(dates).isoformat()}T00:00:00Z"


def test_each_actor_has_a_feed_of_the_briefings_naming_it() -> None:
    briefings = [
        briefing("a.md", "Ann speaks", [person("Ann Lee"), person("Bo Roe")], date=dt.date(2024, 1, 2)),
        briefing("b.md", "Ann again", [person("Ann Lee")], date=dt.date(2024, 3, 4)),
        briefing("c.md", "Bo alone", [person("Bo Roe")], date=dt.date(2024, 2, 3)),
    ]
    corpus = link(briefings)
    for site_url, base in ((None, "../"), ("https://example.org/news/", "https://example.org/news/")):
        pages = {p.path: p.text for p in render_corpus(corpus, site_url=site_url)}
        ann = next(a for a in corpus.actors if a.name == "Ann Lee")
        parsed = feedparser.parse(pages[f"actors/{ann.slug}.xml"])
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        assert parsed.feed.title == "Briefings: Ann Lee"
        assert [e.title for e in parsed.entries] == ["Ann again", "Ann speaks"]
        assert parsed.entries[0].link == f"{base}articles/{corpus.articles[0].slug}.html"
        assert parsed.feed.updated == "2024-03-04T00:00:00Z"
        assert f"]({ann.slug}.xml)" in pages[f"actors/{ann.slug}.md"]  # the dossier links to it
