"""What a dossier says about its actor beyond the lists: roles over time, and what the
actor did or said in each article (the article's own words, shortened)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..extract.patterns import ROLE_MODIFIERS, TITLE_WORDS
from ..link.corpus import ActorPage, Appearance, ArticlePage, QuoteRef, RoleSeen
from . import yearly

#: Words that carry nothing when telling whether two roles name one office.
_ROLE_FILLERS = frozenset({"the", "of", "a", "an", "for", "to", "and", "'s", "’s"})

# A dossier lists at most this many of its actor's articles and quotes, the latest;
# an actor named in more gets a page per year listing every one (`years`), so a
# dossier stays readable, and one more article rewrites it and one year's page.
DOSSIER_ENTRIES = 100
DOSSIER_QUOTES = 50
# A role lists at most this many of the articles that gave it, the latest.
ROLE_ARTICLES = 5

# Longest sentence or quote a timeline entry shows, in words (then " …").
ENTRY_WORDS = 30
# Words kept before the actor's name when a long sentence names it after ENTRY_WORDS.
ENTRY_LEAD = 8
# A sentence ends at . ! or ? (and closing quotes or brackets) before a space and a
# capital or an opening quote, unless the word before is one capital letter (an initial,
# "U.S.", a case's "v."), "vs" or a title written short ("Mr.", "Dr.", "St.").
_SENTENCE_BREAK = re.compile(
    # The mark first, then what may not stand before it: the lookbehinds are
    # tried at marks only, not at every character of the text.
    r"[.!?]"
    r"(?<!\b[A-Z].)(?<!\bv.)(?<!\bvs.)(?<!\bMrs.)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)"
    r"(?<!\bGen.)(?<!\bSen.)(?<!\bRep.)(?<!\bGov.)"
    r"[\"'”’)\]]*\s+(?=[A-Z\"“‘'])"
)


@dataclass(frozen=True)
class Role:
    """One role of an actor, however the articles cased it, and where it was given."""

    role: str
    """As the newest article that gave it writes it."""
    latest: dt.date | None
    seen: tuple[RoleSeen, ...]
    """The articles that gave it, newest first (undated last)."""


def _newest_first(seen: RoleSeen) -> tuple[bool, int, str]:
    return (seen.date is None, -(seen.date.toordinal() if seen.date else 0), seen.article_slug)


def _role_key(role: str) -> str:
    words = role.casefold().split()
    return " ".join(words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words)


def _content_words(role: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w'’-]+", role.casefold()) if w not in _ROLE_FILLERS)


def _only_adds_a_place_or_body(short: str, full: str) -> bool:
    """True when `full` is `short` with only proper names added ("Prime Minister" ->
    "Prime Minister of the United Kingdom", "Secretary of State" -> "US Secretary of
    State"), no word that changes the office ("former", "Deputy", "Vice")."""
    mine, theirs = _content_words(short), _content_words(full)
    if not mine or not mine < theirs:
        return False
    added = [w for w in re.findall(r"[\w'’-]+", full) if w.casefold() in theirs - mine]
    return all(w[:1].isupper() and w.casefold() not in ROLE_MODIFIERS | TITLE_WORDS for w in added)


def _merged_into_fuller(grouped: dict[str, list[RoleSeen]]) -> dict[str, list[RoleSeen]]:
    """Each bare form of a role grouped with the one fuller form that only adds where
    or whose the office is (several fuller forms: left apart)."""
    keys = list(grouped)
    merged: dict[str, list[RoleSeen]] = {k: list(v) for k, v in grouped.items()}
    for key in keys:
        fuller = [
            k
            for k in keys
            if k != key and _only_adds_a_place_or_body(grouped[key][0].role, grouped[k][0].role)
        ]
        if len(fuller) == 1 and fuller[0] in merged and key in merged:
            merged[fuller[0]].extend(merged.pop(key))
    return merged


def roles_latest_first(actor: ActorPage) -> tuple[Role, ...]:
    """Return the actor's roles, one per role however cased ("the Prime Minister" = "prime
    minister") and however completed ("Prime Minister" = "Prime Minister of the United
    Kingdom", shown in full), the most recently given first; roles only undated articles
    gave come last."""
    grouped: dict[str, list[RoleSeen]] = defaultdict(list)
    for given in actor.roles:
        grouped[_role_key(given.role)].append(given)
    grouped = _merged_into_fuller(grouped)
    roles = []
    for key, seen in grouped.items():
        seen.sort(key=_newest_first)
        shown = next(s.role for s in seen if _role_key(s.role) == key)
        roles.append(Role(shown, seen[0].date, tuple(seen)))
    return tuple(sorted(roles, key=lambda r: (*_newest_first(r.seen[0])[:2], r.role)))


@dataclass(frozen=True)
class Entry:
    """One article in an actor's timeline, with what the actor did or said in it."""

    appearance: Appearance
    said: str | None
    """The actor's first quote in the article, shortened."""
    sentence: str | None
    """The sentence of the article that first names the actor, verbatim, shortened."""


def shorten_words(text: str, limit: int = ENTRY_WORDS) -> str:
    """Return `text` on one line, cut after `limit` words with " …"."""
    words = text.split()
    return " ".join(words) if len(words) <= limit else " ".join(words[:limit]) + " …"


@dataclass(frozen=True)
class _Sentences:
    """A paragraph's text and where its sentences break (each break's start and end)."""

    text: str
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str) -> _Sentences:
        found = [(m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(text)]
        return cls(text, [b for b, _ in found], [e for _, e in found])

    def around(self, start: int, end: int) -> str:
        """The sentence holding the span [start, end), shortened so that the span shows:
        when the sentence names the actor late, it starts " … " a few words before."""
        before = bisect.bisect_right(self.ends, start)
        begin = self.ends[before - 1] if before else 0
        after = bisect.bisect_left(self.starts, end)
        stop = self.starts[after] + 1 if after < len(self.starts) else len(self.text)
        lead = self.text[begin:start].split()
        named = len(lead) + len(self.text[start:end].split())
        if named <= ENTRY_WORDS:
            return shorten_words(self.text[begin:stop])
        return "… " + shorten_words(" ".join([*lead[-ENTRY_LEAD:], self.text[start:stop]]))


def first_sentences(page: ArticlePage) -> dict[str, str]:
    """The sentence of `page` where each actor is first named (linked), by actor slug."""
    found: dict[str, str] = {}
    for paragraph in page.text:
        first = [
            (index, segment.actor_slug)
            for index, segment in enumerate(paragraph)
            if segment.actor_slug is not None and segment.actor_slug not in found
        ]
        if not first:
            continue
        offsets = [0]
        for segment in paragraph:
            offsets.append(offsets[-1] + len(segment.text))
        sentences = _Sentences.of("".join(segment.text for segment in paragraph))
        for index, slug in first:
            if slug not in found:
                found[slug] = sentences.around(offsets[index], offsets[index + 1])
    return found


def first_sentence(page: ArticlePage, actor_slug: str) -> str | None:
    """The sentence of `page` where the actor is first named (linked), or None."""
    return first_sentences(page).get(actor_slug)


class FirstSentences:
    """`first_sentences` of each article, found once per article for all its actors' dossiers."""

    def __init__(self, articles: Mapping[str, ArticlePage]) -> None:
        self.articles = articles
        self._found: dict[str, dict[str, str]] = {}

    def of(self, article_slug: str, actor_slug: str) -> str | None:
        found = self._found.get(article_slug)
        if found is None:
            page = self.articles.get(article_slug)
            found = self._found[article_slug] = first_sentences(page) if page else {}
        return found.get(actor_slug)


def timeline(
    actor: ActorPage,
    articles: Mapping[str, ArticlePage],
    sentences: FirstSentences | None = None,
    appearances: Sequence[Appearance] | None = None,
) -> tuple[Entry, ...]:
    """The actor's appearances (in their order; or `appearances`, some of them), each with
    what the actor said or did there. `sentences`, when given, shares the sentences found
    across dossiers (else found here)."""
    sentences = sentences or FirstSentences(articles)
    said: dict[str, str] = {}
    for quote in actor.quotes:
        said.setdefault(quote.article_slug, shorten_words(quote.text))
    return tuple(
        Entry(seen, said.get(seen.article_slug), sentences.of(seen.article_slug, actor.slug))
        for seen in (actor.appearances if appearances is None else appearances)
    )


@dataclass(frozen=True)
class Year:
    """The articles and quotes of one year of an actor named in more than its dossier lists."""

    label: str
    """The year, or "Date unknown" (as the monthly archive says)."""
    slug: str
    appearances: tuple[Appearance, ...]
    quotes: tuple[QuoteRef, ...]


def years(actor: ActorPage) -> tuple[Year, ...]:
    """The actor's articles and quotes by year, the latest year first and undated ones
    last; none when the dossier lists them all (`DOSSIER_ENTRIES`, `DOSSIER_QUOTES`)."""
    if len(actor.appearances) <= DOSSIER_ENTRIES and len(actor.quotes) <= DOSSIER_QUOTES:
        return ()

    def year_of(item: Appearance | QuoteRef) -> int | None:
        return item.date.year if item.date else None

    return tuple(
        Year(
            yearly.label(year),
            yearly.slug(year),
            tuple(a for a in actor.appearances if year_of(a) == year),
            tuple(q for q in actor.quotes if year_of(q) == year),
        )
        for year in yearly.latest_first([*map(year_of, actor.appearances), *map(year_of, actor.quotes)])
    )
