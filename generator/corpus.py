"""Records of the link stage: the whole set of briefings, cross-linked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .models import ActorKind, Briefing


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
class Related:
    """Another article that shares actors with this one, and why."""

    slug: str
    title: str
    date: dt.date | None
    shared: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class ArticlePage:
    """One briefing with its corpus-wide links resolved."""

    slug: str
    briefing: Briefing
    actors: tuple[ActorRef, ...]
    quotes: tuple[QuoteRef, ...]
    related: tuple[Related, ...]

    @property
    def title(self) -> str:
        return self.briefing.title

    @property
    def date(self) -> dt.date | None:
        return self.briefing.article.date


@dataclass(frozen=True)
class RoleSeen:
    """A role an actor was given, and the article that gave it."""

    role: str
    article_slug: str
    article_title: str


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

    @property
    def mentions(self) -> int:
        return sum(a.mentions for a in self.appearances)


@dataclass(frozen=True)
class Corpus:
    """Every article page (newest first) and every actor page (by name)."""

    articles: tuple[ArticlePage, ...]
    actors: tuple[ActorPage, ...]

    @property
    def quote_count(self) -> int:
        return sum(len(a.quotes) for a in self.articles)

    def actors_of_kind(self, kind: ActorKind) -> tuple[ActorPage, ...]:
        """Return the actors of one kind, most mentioned in most articles first."""
        chosen = [a for a in self.actors if a.kind is kind]
        return tuple(sorted(chosen, key=lambda a: (-len(a.appearances), -a.mentions, a.name)))
