"""Salience: an article's actors by importance, and the tags and feed categories chosen from it."""

from __future__ import annotations

import datetime as dt

from generator.link.linker import link
from generator.link.salience import in_title, salience_order
from generator.models import Actor, ActorKind, Quote
from generator.render.feed import atom_feed
from generator.render.views import article_tags
from tests.records import briefing, person, place


def _actor(name: str, kind: ActorKind = ActorKind.PERSON, *aliases: str, **facts: int) -> Actor:
    return Actor(
        name,
        kind,
        None,
        aliases,
        mentions=facts.get("mentions", 1),
        in_lead=bool(facts.get("lead", 0)),
        subject_mentions=facts.get("subjects", 0),
    )


def test_title_and_lead_come_before_speakers_subjects_and_mentions() -> None:
    actors = [
        _actor("UTC", ActorKind.ORGANIZATION, mentions=9),  # mentioned most, nothing else
        _actor("Sam Subject", subjects=3, mentions=3),
        _actor("Ann Speaker", mentions=2),
        _actor("Lee Lead", lead=1),
        _actor("Robert Mugabe", ActorKind.PERSON, "Mugabe", lead=1, mentions=4),
    ]
    b = briefing("a.md", "Mugabe dies aged 95", actors, [Quote("Fine.", "Ann Speaker")])
    order = [b.actors[i].name for i in salience_order(b)]
    assert order == ["Robert Mugabe", "Lee Lead", "Ann Speaker", "Sam Subject", "UTC"]


def test_ties_fall_back_to_mentions_then_name() -> None:
    b = briefing("a.md", "A", [_actor("Bo", mentions=2), _actor("Al", mentions=2), _actor("Cy", mentions=5)])
    assert [b.actors[i].name for i in salience_order(b)] == ["Cy", "Al", "Bo"]


def test_title_match_is_by_whole_words_of_a_name_or_alias() -> None:
    assert in_title(_actor("Brigid Kosgei", ActorKind.PERSON, "Kosgei"), "Kenya's Kosgei sets record")
    assert in_title(_actor("Recep Tayyip Erdoğan"), "Recep Tayyip Erdogan speaks")
    assert not in_title(_actor("Iran", ActorKind.PLACE), "Iranian oil exports fall")
    assert not in_title(_actor("Ann"), "Annual report")


def test_briefing_actors_tags_and_feed_categories_follow_salience() -> None:
    subject = _actor("Zimbabwe President", ActorKind.PERSON, "Mugabe", lead=1)
    corpus = link(
        [
            briefing(
                "a.md",
                "Mugabe dies",
                [place("United States"), _actor("Jo Lone", mentions=3), subject],
                date=dt.date(2019, 9, 6),
            ),
            briefing("b.md", "Other", [place("United States")], date=dt.date(2019, 9, 7)),
        ]
    )
    page = next(p for p in corpus.articles if p.slug == "mugabe-dies")
    assert [a.name for a in page.actors] == ["Zimbabwe President", "Jo Lone", "United States"]
    # Named in this article only, and still its tags: the subject first.
    assert article_tags(page, limit=2) == ("Zimbabwe President", "Jo Lone")
    entry = next(e for e in atom_feed(corpus, None, "Briefings").entries if e.title == "Mugabe dies")
    assert entry.categories == article_tags(page)


def test_a_speaker_outranks_a_more_mentioned_bystander() -> None:
    b = briefing("a.md", "Talks", [person("Ann Lee", mentions=1), place("Baku")], [Quote("Yes.", "Ann Lee")])
    b2 = briefing("b.md", "Talks", [place("Baku"), person("Ann Lee")])
    assert [b.actors[i].name for i in salience_order(b)] == ["Ann Lee", "Baku"]
    assert [b2.actors[i].name for i in salience_order(b2)] == ["Ann Lee", "Baku"]  # ties: by name
