"""Records of the link stage: the whole set of briefings, cross-linked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from ..models import ActorKind, Briefing


@dataclass(frozen=True)
class ActorRef:
    """An actor as seen from one article: its canonical page and local record."""

    slug: str
    name: str
    kind: ActorKind
    role: str | None
    mentions: int


@dataclass(frozen=True)
class QuoteRef:
    """A quote placed in its article, with the speaker's page when known."""

    text: str
    speaker: str | None
    speaker_slug: str | None
    article_slug: str
    article_title: str
    date: dt.date | None


@dataclass(frozen=True)
class ArticleLink:
    """Enough of an article to link to it: its page, title and date."""

    slug: str
    title: str
    date: dt.date | None


@dataclass(frozen=True)
class Related:
    """Another article like this one, and why: the actors and words they share.

    `shared` names the rarest shared actors; `terms` the words that weigh most
    in their text similarity (empty when the wording is not similar enough to
    be worth naming); `same_story` whether both are in one story. Only what a
    page shows: the ranking's scores stay in the link stage, so a score that
    moves without reordering the list leaves the page's key as it was.
    """

    slug: str
    title: str
    date: dt.date | None
    shared: tuple[str, ...]
    terms: tuple[str, ...] = ()
    same_story: bool = False


@dataclass(frozen=True)
class Thread:
    """One actor of an article with the articles just before and after it that mention the actor."""

    actor_slug: str
    actor_name: str
    previous: ArticleLink | None
    next: ArticleLink | None


@dataclass(frozen=True)
class StoryRef:
    """The story an article belongs to, seen from the article: its page, whether this is
    its first briefing, the ones just before and after, and the date of the first. Only
    what another briefing of the story cannot change, save its neighbours: an addition to
    a story changes the story page and the briefings next to it, not every briefing's key
    (the whole story is on its page)."""

    slug: str
    first: bool
    previous: ArticleLink | None = None
    next: ArticleLink | None = None
    since: dt.date | None = None


@dataclass(frozen=True)
class Segment:
    """A run of article text; `actor_slug` is set when the run is an actor's first mention."""

    text: str
    actor_slug: str | None = None


class Companion(NamedTuple):
    """Another actor seen in the same articles as an actor, and in how many.

    A named tuple, not a frozen dataclass: the link stage makes about a million at
    5,000 articles, and a tuple is made several times faster."""

    slug: str
    name: str
    kind: ActorKind
    articles: int


@dataclass(frozen=True)
class ArticlePage:
    """One briefing with its corpus-wide links resolved."""

    slug: str
    briefing: Briefing
    actors: tuple[ActorRef, ...]
    """Most salient first (`generator.link.salience`)."""
    quotes: tuple[QuoteRef, ...]
    related: tuple[Related, ...]
    threads: tuple[Thread, ...] = ()
    surfaces: tuple[tuple[str, str], ...] = ()
    """Each written form of an actor of the article (name or alias) with the slug of the
    actor's page, earlier pairs first when a form names two actors: what `text` links."""
    story: StoryRef | None = None
    """The developing story this article is part of (`generator.link.stories`), if any."""
    source_key: str | None = None
    """A digest of what the briefing was extracted from (the extraction cache's key,
    which with the extractor's fingerprint decides every field but the article's source
    path and warnings), when known: page keys use it instead of digesting the briefing."""

    @cached_property
    def text(self) -> tuple[tuple[Segment, ...], ...]:
        """The paragraphs, each split so the first mention of every actor can be linked.

        Split on first use: only the pages rendered in a run read it (after one
        added article, a few dozen of thousands), and splitting every article
        was a fifth of the link stage.
        """
        from .fulltext import first_mentions  # fulltext builds this module's Segments

        return first_mentions(self.briefing.paragraphs, self.surfaces)

    @property
    def title(self) -> str:
        return self.briefing.title

    def main_actors(self, limit: int) -> tuple[ActorRef, ...]:
        """Return this article's `limit` most salient actors."""
        return self.actors[:limit]

    def actors_of_kind(self, kind: ActorKind) -> tuple[ActorRef, ...]:
        """Return this article's actors of one kind, most salient first."""
        return tuple(a for a in self.actors if a.kind is kind)

    @property
    def date(self) -> dt.date | None:
        return self.briefing.article.date


@dataclass(frozen=True)
class RoleSeen:
    """A role an actor was given, and the article that gave it."""

    role: str
    article_slug: str
    article_title: str
    date: dt.date | None = None
    """The article's date (None: undated)."""


@dataclass(frozen=True)
class Appearance:
    """An article that mentions an actor."""

    article_slug: str
    article_title: str
    date: dt.date | None
    mentions: int


@dataclass(frozen=True)
class ActorPage:
    """An actor merged across all articles."""

    slug: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    roles: tuple[RoleSeen, ...]
    quotes: tuple[QuoteRef, ...]
    appearances: tuple[Appearance, ...]
    companions: tuple[Companion, ...] = ()
    """Every actor seen in the same articles, most shared articles first."""

    @cached_property
    def mentions(self) -> int:
        """Mentions in all its articles (summed once: listings sort thousands of actors by it)."""
        return sum(a.mentions for a in self.appearances)

    def companions_of_kind(self, *kinds: ActorKind) -> tuple[Companion, ...]:
        """Return the companions of the given kinds, in companion order."""
        return tuple(c for c in self.companions if c.kind in kinds)


@dataclass(frozen=True)
class StoryActor:
    """An actor of a story: its page, and in how many of the story's briefings it is
    among the most salient and named at all."""

    slug: str
    name: str
    kind: ActorKind
    salient_in: int
    named_in: int


@dataclass(frozen=True)
class StoryPage:
    """A developing story: two or more dated briefings linked by salient actors,
    wording and time (`generator.link.stories`)."""

    slug: str
    title: str
    articles: tuple[ArticleLink, ...]
    """Oldest first."""
    actors: tuple[StoryActor, ...]
    """Most salient first."""
    quotes: tuple[QuoteRef, ...]
    """Oldest article first, in article order."""

    @property
    def start(self) -> dt.date | None:
        return self.articles[0].date

    @property
    def end(self) -> dt.date | None:
        return self.articles[-1].date


@dataclass(frozen=True)
class Corpus:
    """Every article page (newest first), every actor page (by name) and every story
    (latest briefing newest first)."""

    articles: tuple[ArticlePage, ...]
    actors: tuple[ActorPage, ...]
    stories: tuple[StoryPage, ...] = ()

    @property
    def quote_count(self) -> int:
        return sum(len(a.quotes) for a in self.articles)

    def actors_of_kind(self, kind: ActorKind) -> tuple[ActorPage, ...]:
        """Return the actors of one kind, most mentioned in most articles first."""
        chosen = [a for a in self.actors if a.kind is kind]
        return tuple(sorted(chosen, key=lambda a: (-len(a.appearances), -a.mentions, a.name)))


def newest_first(item: QuoteRef | ArticlePage | Appearance) -> tuple[int, str]:
    """Sort key: the newest dated first, undated ones last, each date's by article slug."""
    date = item.date
    ordinal = -date.toordinal() if date else 0
    slug = item.slug if isinstance(item, ArticlePage) else item.article_slug
    return (ordinal, slug)
