"""Story pages: the stories of `generator.link.stories` as records the render stage reads.

A story is named by where it happens and who it is about (its most salient
place and its two most salient people or organisations: those salient in most
of its briefings); its page slug is its oldest briefing's, unique because an
article is in one story at most, and stable while the story's members stay
the same.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..models import ActorKind, Briefing
from ..text import name_key
from .corpus import ArticleLink, QuoteRef, StoryActor, StoryPage, StoryRef
from .salience import CorpusSalience
from .similarity import TextIndex
from .stories import STORY_ACTORS, StoryInputs, group_stories, salient_keys

# How many actors a story page lists, and how many of them name the story.
STORY_ACTORS_SHOWN = 12
STORY_TITLE_ACTORS = 3


@dataclass(frozen=True)
class StorySources:
    """What the link stage knows that story pages need (sequences indexed by article,
    actor mappings by corpus-wide actor group)."""

    briefings: Sequence[Briefing]
    slugs: Sequence[str]
    actor_names: Sequence[str]
    actor_kinds: Sequence[ActorKind]
    actor_slugs: Mapping[int, str]
    salience: CorpusSalience
    text: TextIndex
    quotes: Sequence[tuple[QuoteRef, ...]]


def story_pages(sources: StorySources) -> tuple[list[StoryPage], list[StoryRef | None]]:
    """Every story's page (latest briefing newest first) and each article's reference to
    its story (None when it is in none)."""
    ordered, article_slugs, salience = sources.briefings, sources.slugs, sources.salience
    by_slug = {slug: rank for rank, slug in enumerate(sorted(article_slugs))}
    keys = []
    for ai, b in enumerate(ordered):
        forms = [
            [name_key(n) for n in (b.actors[xi].name, *b.actors[xi].aliases)]
            for xi in salience.orders[ai][:STORY_ACTORS]
        ]
        keys.append(salient_keys(salience.groups[ai], forms))
    found = group_stories(
        StoryInputs(
            dates=[b.article.date for b in ordered],
            ranks=[by_slug[slug] for slug in article_slugs],
            actors=keys,
            text=sources.text.vectors,
        )
    )
    pages: list[StoryPage] = []
    refs: list[StoryRef | None] = [None] * len(ordered)
    for members in found:
        story_actors = _story_actors(members, sources)
        title = story_title(story_actors) or ordered[members[0]].title
        slug = article_slugs[members[0]]  # unique: an article is in one story at most
        pages.append(
            StoryPage(
                slug=slug,
                title=title,
                articles=tuple(
                    ArticleLink(article_slugs[ai], ordered[ai].title, ordered[ai].article.date)
                    for ai in members
                ),
                actors=story_actors,
                quotes=tuple(q for ai in members for q in sources.quotes[ai]),
            )
        )
        timeline = pages[-1].articles
        for place, ai in enumerate(members):
            refs[ai] = StoryRef(
                slug,
                first=place == 0,
                previous=timeline[place - 1] if place else None,
                next=timeline[place + 1] if place + 1 < len(timeline) else None,
                since=timeline[0].date,
            )
    pages.sort(key=lambda p: (-(p.end or dt.date.min).toordinal(), p.slug))
    return pages, refs


def story_title(actors: Sequence[StoryActor]) -> str:
    """A story's name: where it happens, then who it is about ("Syria: Syrian Democratic
    Forces, Donald Trump"), from its most salient place and its two most salient people or
    organisations; without a place, its most salient actors ("" without actors)."""
    places = [a.name for a in actors if a.kind is ActorKind.PLACE]
    others = [a.name for a in actors if a.kind is not ActorKind.PLACE]
    if places and others:
        return f"{places[0]}: {', '.join(others[: STORY_TITLE_ACTORS - 1])}"
    return ", ".join(a.name for a in actors[:STORY_TITLE_ACTORS])


def _story_actors(members: Sequence[int], sources: StorySources) -> tuple[StoryActor, ...]:
    """A story's actors, most salient first: salient in most of its briefings, then named
    in most, then nearest the top of its briefings' salience orders."""
    salient_in: Counter[int] = Counter()
    named_in: Counter[int] = Counter()
    places: Counter[int] = Counter()
    for ai in members:
        distinct = sources.salience.distinct(ai)
        salient_in.update(distinct[:STORY_ACTORS])
        named_in.update(distinct)
        for place, g in enumerate(distinct):
            places[g] += place
    shown = [g for g in named_in if salient_in[g] or named_in[g] > 1]
    names, slugs = sources.actor_names, sources.actor_slugs
    shown.sort(key=lambda g: (-salient_in[g], -named_in[g], places[g], names[g], slugs[g]))
    return tuple(
        StoryActor(slugs[g], names[g], sources.actor_kinds[g], salient_in[g], named_in[g])
        for g in shown[:STORY_ACTORS_SHOWN]
    )
