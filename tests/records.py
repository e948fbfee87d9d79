"""Hand-built briefings for stage tests that need no spaCy model."""

from __future__ import annotations

import datetime as dt

from generator.models import Actor, ActorKind, Article, Briefing, Quote

P, ORG, L = ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.PLACE


def briefing(
    source: str,
    title: str,
    actors: list[Actor],
    quotes: list[Quote] | None = None,
    date: dt.date | None = None,
    text: str = "Body text.",
) -> Briefing:
    """Return a briefing with the given actors and quotes."""
    article = Article(source=source, text=text, title=title, date=date)
    return Briefing(
        article=article,
        title=title,
        summary=f"Summary of {title}.",
        actors=tuple(actors),
        quotes=tuple(quotes or ()),
        paragraphs=(text,),
    )


def person(name: str, role: str | None = None, *aliases: str, mentions: int = 1) -> Actor:
    return Actor(name, P, role, aliases, mentions)


def org(name: str, *aliases: str) -> Actor:
    return Actor(name, ORG, None, aliases)


def place(name: str, *aliases: str) -> Actor:
    return Actor(name, L, None, aliases)
