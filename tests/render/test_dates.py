"""Dates and provenance: an undated article is shown as "date unknown" and never
placed first or last by date; the feed uses the time an article was added."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from generator.errors import LoadError
from generator.link.linker import link
from generator.load import load_article
from generator.models import Briefing
from generator.render.feed import atom_feed
from generator.render.pages import render_corpus
from generator.render.views import WORDS_PER_MINUTE, latest, reading, story_links
from tests.records import briefing, person, place

ANN = person("Ann Lee")


def _added(b: Briefing, when: dt.datetime) -> Briefing:
    return replace(b, article=replace(b.article, added=when))


def _corpus():  # type: ignore[no-untyped-def]
    return link(
        [
            briefing("old.md", "Old", [ANN], date=dt.date(2019, 1, 1)),
            briefing("wire.txt", "Wire", [ANN, place("Baku")]),
            briefing("new.md", "New", [ANN], date=dt.date(2019, 1, 3)),
        ]
    )


def test_an_undated_article_is_never_previous_or_next() -> None:
    pages = {p.slug: p for p in _corpus().articles}
    assert pages["wire"].threads == ()
    assert story_links(pages["wire"]) == ((), ())
    before, after = story_links(pages["new"])
    assert [s.article.slug for s in before] == ["old"] and after == ()
    before, after = story_links(pages["old"])
    assert before == () and [s.article.slug for s in after] == ["new"]


def test_previous_and_next_lists_are_in_date_order() -> None:
    baku = replace(place("Baku"), mentions=3)  # more salient than Ann Lee, so its thread comes first
    corpus = link(
        [
            briefing("a.md", "A", [ANN, baku], date=dt.date(2019, 1, 1)),
            briefing("b.md", "B", [baku], date=dt.date(2019, 1, 5)),
            briefing("c.md", "C", [ANN], date=dt.date(2019, 1, 3)),
            briefing("d.md", "D", [ANN, baku], date=dt.date(2019, 1, 9)),
        ]
    )
    pages = {p.slug: p for p in corpus.articles}
    _, after = story_links(pages["a"])
    assert [s.article.slug for s in after] == ["c", "b"]  # oldest first, whatever the actor order
    before, _ = story_links(pages["d"])
    assert [s.article.slug for s in before] == ["c", "b"]


def test_undated_is_shown_as_date_unknown_and_kept_out_of_the_latest() -> None:
    pages = {p.path: p.text for p in render_corpus(_corpus())}
    assert "**Date:** date unknown" in pages["articles/wire.md"]
    assert "undated" not in pages["articles/wire.md"].replace("archive/undated", "")
    assert "## Date unknown" in pages["timeline.md"]
    assert (
        "The date of this article is unknown, so no article comes before or after it."
        in pages["articles/wire.md"]
    )
    assert [p.slug for p in latest(_corpus(), 10)] == ["new", "old"]
    assert "Wire" not in pages["index.md"].split("## Latest briefings")[1].split("## Archive")[0]


def test_feed_uses_the_date_or_else_the_time_added() -> None:
    added = dt.datetime(2019, 1, 2, 9, 30, tzinfo=dt.UTC)
    corpus = link(
        [
            briefing("old.md", "Old", [ANN], date=dt.date(2019, 1, 1)),
            _added(briefing("wire.txt", "Wire", [ANN]), added),
            briefing("new.md", "New", [ANN], date=dt.date(2019, 1, 3)),
        ]
    )
    entries = atom_feed(corpus, None, "Briefings").entries
    assert [e.title for e in entries] == ["New", "Wire", "Old"]
    wire = entries[1]
    assert wire.updated == "2019-01-02T09:30:00Z" and wire.published is None


def test_the_time_added_is_read_from_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: A\nadded: 2019-01-02T09:30:00Z\n---\n\nText.\n", encoding="utf-8")
    assert load_article(path).added == dt.datetime(2019, 1, 2, 9, 30, tzinfo=dt.UTC)
    path.write_text("---\ntitle: A\nadded: '2019-01-02T10:30:00+01:00'\n---\n\nText.\n", encoding="utf-8")
    assert load_article(path).added == dt.datetime(2019, 1, 2, 9, 30, tzinfo=dt.UTC)
    for bad in ("last week", "9999-12-31T23:59:59-05:00"):
        path.write_text(f"---\ntitle: A\nadded: {bad}\n---\n\nText.\n", encoding="utf-8")
        with pytest.raises(LoadError, match="front matter 'added': expected YYYY-MM-DDTHH:MM:SSZ"):
            load_article(path)


def test_every_briefing_shows_its_provenance_and_reading_time() -> None:
    text = " ".join(["word"] * (WORDS_PER_MINUTE + 1))
    b = briefing("a.md", "A", [ANN], date=dt.date(2019, 9, 30), text=text)
    b = replace(b, article=replace(b.article, publisher="Wikinews", url="https://example.org/a"))
    page = next(p for p in render_corpus(link([b])) if p.path == "articles/a.md").text
    assert reading(link([b]).articles[0]).words == WORDS_PER_MINUTE + 1
    assert "**Publisher:** Wikinews" in page and "[original article](https://example.org/a)" in page
    assert "**Date:** 30 September 2019" in page
    assert f"**Length:** {WORDS_PER_MINUTE + 1} words, a 2-minute read" in page
    bare = next(p for p in render_corpus(link([briefing("b.txt", "B", [ANN])])) if p.path == "articles/b.md")
    assert "**Publisher:** unknown" in bare.text and "**Source:** unknown" in bare.text
    assert "**Length:** 2 words, a 1-minute read" in bare.text
