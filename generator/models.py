"""Typed, immutable records passed between the pipeline stages.

load -> Article; extract -> Briefing; link -> Corpus (see generator.link.linker).
Lists are normalised into tuples so records can be hashed, cached and compared.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class ActorKind(StrEnum):
    """The three kinds of actor a briefing tracks."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"


@dataclass(frozen=True)
class Article:
    """One input article as read from disk, before any NLP.

    `title` and `date` are None when the input does not carry them (a plain
    .txt file); the extract stage derives a title from the text. `added` is
    when the article came into the collection, as the input records it (the
    `added` front-matter key `briefing add` writes), in UTC. `warnings`
    are problems found while reading that did not stop it (unknown
    front-matter keys), reported beside the build.
    """

    source: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    license: str | None = None
    author: str | None = None
    added: dt.datetime | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    """Other fields the input carried (extra JSON Lines keys), as (key, value) text pairs."""
    warnings: tuple[str, ...] = ()
    """Problems that did not stop the article from loading (e.g. unknown front-matter keys)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "metadata", tuple((str(k), str(v)) for k, v in self.metadata))
        object.__setattr__(self, "warnings", tuple(self.warnings))


@dataclass(frozen=True)
class Actor:
    """A person, organisation or place named in one article, merged within it.

    `in_lead` and `subject_mentions` are what salience needs besides the
    mention count (see `generator.link.salience`): whether the actor is named
    in the article's first paragraph, and how many of its mentions outside
    quotes are the subject of a main clause or a cited source ("according to X").
    """

    name: str
    kind: ActorKind
    role: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    in_lead: bool = False
    subject_mentions: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "aliases", tuple(self.aliases))


@dataclass(frozen=True)
class Quote:
    """A direct quote: exactly the characters between the quote marks.

    `speaker` is the canonical name of an actor of the same briefing, or None
    when the article does not say who spoke. `start`/`end` are character
    offsets of `text` in the article text.
    """

    text: str
    speaker: str | None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class DateNote:
    """The absolute date of a relative one ("on Monday", "yesterday") in a summary:
    `end` is the offset in the summary just after the words it resolves."""

    end: int
    date: dt.date


@dataclass(frozen=True)
class KeyFigure:
    """A number that matters in an article, with the words that say what it is: `text` is a
    verbatim stretch of one sentence and `text[start:end]` the number itself."""

    text: str
    start: int
    end: int

    @property
    def number(self) -> str:
        return self.text[self.start : self.end]


@dataclass(frozen=True)
class Briefing:
    """Everything extracted from one article.

    `summary` is verbatim article sentences; `summary_dates` resolve its
    relative dates against the article's date (empty when it has none), for
    the render stage to show beside them. `language` names the language the
    text looks written in when it is not English ("Portuguese"); the extraction
    reads English only, so such a briefing has no actors, quotes or figures.
    """

    article: Article
    title: str
    summary: str
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    paragraphs: tuple[str, ...] = field(default=())
    summary_dates: tuple[DateNote, ...] = ()
    figures: tuple[KeyFigure, ...] = ()
    language: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "actors", tuple(self.actors))
        object.__setattr__(self, "quotes", tuple(self.quotes))
        object.__setattr__(self, "paragraphs", tuple(self.paragraphs))
        object.__setattr__(self, "summary_dates", tuple(self.summary_dates))
        object.__setattr__(self, "figures", tuple(self.figures))

    def actor(self, name: str) -> Actor | None:
        """Return the actor with this canonical name, or None."""
        for actor in self.actors:
            if actor.name == name:
                return actor
        return None


@dataclass(frozen=True)
class Problem:
    """What was wrong with one input: skipped (not published) or a warning."""

    source: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
