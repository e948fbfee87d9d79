"""Story pages, the stories index and each briefing's story line (no spaCy model)."""

from __future__ import annotations

import datetime as dt

from generator.link.linker import link
from generator.models import Actor, ActorKind, Briefing, DateNote, Quote
from generator.render.pages import render_corpus
from generator.render.views import first_sentence
from tests.link.test_stories import BACKGROUND, DAM, PLATFORM, _article, _dam, _salient, _vote
from tests.records import briefing


def _summary(text: str, notes: tuple[DateNote, ...] = ()) -> Briefing:
    b = briefing("a.md", "A", [], date=dt.date(2019, 9, 30))
    return Briefing(b.article, b.title, text, summary_dates=notes)


def test_first_sentence_skips_abbreviations_and_keeps_resolved_dates() -> None:
    assert first_sentence(_summary("U.S. President Trump spoke. He left.")) == "U.S. President Trump spoke."
    assert first_sentence(_summary("Mr. Smith met Dr. Jones at 5 p.m. Then he left.")) == (
        "Mr. Smith met Dr. Jones at 5 p.m. Then he left."
    )
    assert first_sentence(_summary('He said "no." Then he left.')) == 'He said "no."'
    assert first_sentence(_summary("On Monday, it fell. More.", (DateNote(9, dt.date(2019, 9, 30)),))) == (
        "On Monday (30 September 2019), it fell."
    )
    assert first_sentence(_summary("One sentence only")) == "One sentence only"


def _pages() -> dict[str, str]:
    odd = _article(
        "odd.md",
        "Karsova dam | *update* [4]",
        7,
        _salient("Karsova", ActorKind.PLACE),
        Actor("Anna *Brel*", ActorKind.PERSON, in_lead=True, mentions=3),
        text=DAM * 3 + PLATFORM,
    )
    quoted = Briefing(
        odd.article,
        odd.title,
        "Summary | with a pipe.",
        odd.actors,
        (Quote("We *will* hold", "Anna *Brel*"),),
        odd.paragraphs,
    )
    # Other news, 100 days apart (no story), so that the dam's words are rare.
    news = [_vote(n, 400 + 100 * n) for n in range(10, 16)]
    corpus = link([_dam(1, 0), _dam(2, 3), quoted, _dam(3, None), *BACKGROUND, *news])
    return {page.path: page.text for page in render_corpus(corpus)}


def test_story_page_lists_the_briefings_by_date_with_escaped_values() -> None:
    pages = _pages()
    story = pages["stories/karsova-dam-update-1.md"]
    assert "| Date | Briefing | What it reports |" in story
    rows = [line for line in story.splitlines() if line.startswith("| ") and "../articles/" in line]
    assert [row.split(" | ")[0] for row in rows] == [
        "| 1 January 2020",
        "| 4 January 2020",
        "| 8 January 2020",
    ]
    assert "[Karsova dam \\| \\*update\\* \\[4\\]](../articles/karsova-dam-update-4.md)" in story
    assert "Summary \\| with a pipe." in story
    assert "| Actor | Kind | Salient in | Named in |" in story
    assert "> We \\*will\\* hold" in story
    assert "— [Anna Brel](../actors/anna-brel.md), in [Karsova dam \\| \\*update" in story
    index = pages["stories/index.md"]
    assert "(karsova-dam-update-1.md) | 3 | 1 January 2020 | 8 January 2020 |" in index


def test_each_briefing_links_to_its_story_and_undated_ones_to_none() -> None:
    pages = _pages()
    latest = pages["articles/karsova-dam-update-4.md"]
    assert (
        "**Story so far:** since 1 January 2020 · [the whole story](../stories/karsova-dam-update-1.md)"
        in latest
    )
    assert "(../stories/karsova-dam-update-1.md) · previous: [Karsova dam update 2]" in latest
    first = pages["articles/karsova-dam-update-1.md"]
    assert "**Story:** this is its first briefing · [the whole story]" in first
    assert "same story; shares" in first
    assert "Story" not in pages["articles/karsova-dam-update-3.md"].split("## Actors")[0]


def test_stories_index_exists_with_no_story() -> None:
    pages = {page.path: page.text for page in render_corpus(link(BACKGROUND))}
    assert "No two briefings tell one story yet." in pages["stories/index.md"]
    assert not [path for path in pages if path.startswith("stories/") and path != "stories/index.md"]


def test_a_later_briefing_of_a_story_leaves_its_earlier_briefings_but_the_last_alone() -> None:
    """One more briefing of a story rewrites the story page and the briefings next to it
    (their "previous"/"next" links), never the others: on a long story, every addition
    would otherwise rewrite every briefing of it."""
    news = [_vote(n, 400 + 100 * n) for n in range(10, 16)]
    three = [_dam(1, 0), _dam(2, 3), _dam(3, 6), *BACKGROUND, *news]

    def briefings(made: list[Briefing]) -> dict[str, str]:
        pages = render_corpus(link(made))
        return {p.path: p.text.split("## Actors")[0] for p in pages if p.path.startswith("articles/karsova")}

    before = briefings(three)
    after = briefings([*three, _dam(4, 9)])
    assert set(after) == set(before) | {"articles/karsova-dam-update-4.md"}
    changed = {path for path in before if before[path] != after[path]}
    assert changed == {"articles/karsova-dam-update-3.md"}
    # One dated between two of them changes those two only.
    between = briefings([*three, _dam(4, 4)])
    changed = {path for path in before if before[path] != between[path]}
    assert changed == {"articles/karsova-dam-update-2.md", "articles/karsova-dam-update-3.md"}
