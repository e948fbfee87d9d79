"""Link stage: the only stage that sees every briefing at once.

Phase one takes each briefing on its own (its slug, its actors' identity
keys); phase two merges actors across articles, ranks related articles and
builds the `Corpus` the render stage reads.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from ..models import ActorKind, Briefing
from .actors import group_actors
from .corpus import (
    ActorPage,
    ActorRef,
    Appearance,
    ArticleLink,
    ArticlePage,
    Companion,
    Corpus,
    QuoteRef,
    Related,
    RoleSeen,
    StoryRef,
    Thread,
    newest_first,
)
from .forked import MIN_ARTICLES, Later
from .quote_display import shown_quotes
from .related import RelatedInputs, RelatedRanker
from .salience import CorpusSalience, salience_order
from .similarity import TextIndex, index_terms, text_terms, words
from .slugs import article_order, assign_stable_slugs, first_seen, title_slugs
from .stories import STORY_ACTORS
from .story_pages import StorySources, story_pages

# How many of an article's actors get a previous/next line (most salient first).
THREAD_LIMIT = 6


def _canonical_name(names: Iterable[str]) -> str:
    counts = Counter(names)
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


@dataclass(frozen=True)
class _Actors:
    """Every actor across the articles: groups of (article, actor) pairs, each with its
    corpus-wide name, kind and page slug."""

    groups: list[list[tuple[int, int]]]
    names: list[str]
    kinds: list[ActorKind]
    order: list[int]
    """Group indexes by name, then kind: the order of the actor pages."""
    slug: dict[int, str]
    group_of: dict[tuple[int, int], int]

    def of_speaker(self, ai: int, briefing: Briefing, speaker: str | None) -> int | None:
        """The group of the actor of article `ai` named `speaker`, if any."""
        if speaker is None:
            return None
        for xi, actor in enumerate(briefing.actors):
            if actor.name == speaker:
                return self.group_of[(ai, xi)]
        return None


def _actor_groups(ordered: Sequence[Briefing], article_slugs: Sequence[str]) -> _Actors:
    groups = group_actors(ordered)
    names = [_canonical_name(ordered[a].actors[x].name for a, x in g) for g in groups]
    kinds = [ordered[g[0][0]].actors[g[0][1]].kind for g in groups]
    order = sorted(range(len(groups)), key=lambda gi: (names[gi], kinds[gi].value))
    # Clashing names: the group met first (`first_seen`) keeps the plain slug, the others are
    # told apart by where they were first met (article page, name and kind), not by their rank
    # among the clashing groups or by kind, which a new article can change.
    seen = [first_seen(b) for b in ordered]
    firsts = [min(members, key=lambda m: (seen[m[0]], m)) for members in groups]
    claims = sorted(range(len(groups)), key=lambda gi: (seen[firsts[gi][0]], firsts[gi]))
    origins = [
        f"{article_slugs[a]}\x1f{ordered[a].actors[x].name}\x1f{kinds[gi].value}"
        for gi in claims
        for a, x in [firsts[gi]]
    ]
    slugs = assign_stable_slugs([names[gi] for gi in claims], origins)
    group_of = {member: gi for gi, members in enumerate(groups) for member in members}
    return _Actors(groups, names, kinds, order, {gi: slugs[k] for k, gi in enumerate(claims)}, group_of)


def _related(
    ordered: Sequence[Briefing],
    article_slugs: Sequence[str],
    article_groups: Sequence[frozenset[int]],
    actors: _Actors,
    text: TextIndex,
    salience: CorpusSalience,
) -> list[tuple[Related, ...]]:
    name_words = lru_cache(maxsize=None)(words)  # the same names recur in thousands of articles
    inputs = RelatedInputs(
        slugs=list(article_slugs),
        titles=[b.title for b in ordered],
        dates=[b.article.date for b in ordered],
        article_groups=list(article_groups),
        group_names=actors.names,
        group_words=[
            frozenset(
                w
                for a, x in members
                for n in (ordered[a].actors[x].name, *ordered[a].actors[x].aliases)
                for w in name_words(n)
            )
            for members in actors.groups
        ],
        text=text,
        salient=[frozenset(salience.distinct(ai)[:STORY_ACTORS]) for ai in range(len(ordered))],
    )
    return RelatedRanker(inputs).rank_all()


def _quote_refs(
    ordered: Sequence[Briefing], article_slugs: Sequence[str], actors: _Actors
) -> list[tuple[QuoteRef, ...]]:
    out: list[tuple[QuoteRef, ...]] = []
    for ai, b in enumerate(ordered):
        placed: list[QuoteRef] = []
        for q in shown_quotes(b.quotes, b.article.text):
            sg = actors.of_speaker(ai, b, q.speaker)
            placed.append(
                QuoteRef(
                    text=q.text,
                    speaker=actors.names[sg] if sg is not None else q.speaker,
                    speaker_slug=actors.slug[sg] if sg is not None else None,
                    article_slug=article_slugs[ai],
                    article_title=b.title,
                    date=b.article.date,
                )
            )
        out.append(tuple(placed))
    return out


def _threads(
    ordered: Sequence[Briefing],
    article_slugs: Sequence[str],
    salient_groups: Sequence[Sequence[int]],
    actors: _Actors,
) -> list[tuple[Thread, ...]]:
    """For each article, the previous and next article on each of its most salient actors
    (`salient_groups`: each article's, most salient first), among the articles where that
    actor is among the most salient too.

    Only dated articles are placed: an undated one is neither before nor after
    any other, so it gets no previous/next line and is in nobody's.
    """
    newest_first = sorted(
        (ai for ai, b in enumerate(ordered) if b.article.date is not None),
        key=lambda ai: (-_ordinal(ordered[ai]), article_slugs[ai]),
    )
    timeline: dict[int, list[int]] = defaultdict(list)  # group -> articles, newest first
    place: dict[tuple[int, int], int] = {}  # (group, article) -> its position in the timeline
    for ai in newest_first:
        for g in sorted(set(salient_groups[ai])):
            place[(g, ai)] = len(timeline[g])
            timeline[g].append(ai)
    links = [ArticleLink(article_slugs[ai], b.title, b.article.date) for ai, b in enumerate(ordered)]

    def link_to(ai: int | None) -> ArticleLink | None:
        return None if ai is None else links[ai]

    out: list[tuple[Thread, ...]] = [() for _ in ordered]
    for ai in newest_first:
        threads: list[Thread] = []
        for g in dict.fromkeys(salient_groups[ai]):  # most salient first
            seen = timeline[g]
            if len(seen) < 2:
                continue
            k = place[(g, ai)]
            newer = seen[k - 1] if k > 0 else None
            older = seen[k + 1] if k + 1 < len(seen) else None
            threads.append(Thread(actors.slug[g], actors.names[g], link_to(older), link_to(newer)))
            if len(threads) == THREAD_LIMIT:
                break
        out[ai] = tuple(threads)
    return out


def _ordinal(briefing: Briefing) -> int:
    date = briefing.article.date
    return date.toordinal() if date else 0


def _salience(ordered: Sequence[Briefing], actors: _Actors) -> CorpusSalience:
    orders = [salience_order(b) for b in ordered]
    groups = [[actors.group_of[(ai, xi)] for xi in orders[ai]] for ai in range(len(ordered))]
    return CorpusSalience(orders, groups)


def _article_pages(
    ordered: Sequence[Briefing],
    article_slugs: Sequence[str],
    actors: _Actors,
    related: Sequence[tuple[Related, ...]],
    quote_refs: Sequence[tuple[QuoteRef, ...]],
    salience: CorpusSalience,
    stories: Sequence[StoryRef | None],
    source_keys: Sequence[str | None],
) -> list[ArticlePage]:
    """Every article's page, newest first, its actors in salience order."""
    orders, salient = salience.orders, salience.groups
    # Previous/next only through an actor among the most salient of both articles
    # (as stories and related lists): a country or outlet merely named links nothing.
    top = [salience.distinct(ai)[:STORY_ACTORS] for ai in range(len(ordered))]
    threads = _threads(ordered, article_slugs, top, actors)
    story_of = {slug: story.slug for slug, story in zip(article_slugs, stories, strict=True) if story}
    pages: list[ArticlePage] = []
    for ai, b in enumerate(ordered):
        story = stories[ai]
        marked = tuple(
            replace(r, same_story=True) if story is not None and story_of.get(r.slug) == story.slug else r
            for r in related[ai]
        )
        refs = tuple(
            ActorRef(
                slug=actors.slug[g],
                name=actors.names[g],
                kind=b.actors[xi].kind,
                role=b.actors[xi].role,
                mentions=b.actors[xi].mentions,
            )
            for g, xi in zip(salient[ai], orders[ai], strict=True)
        )
        surfaces = tuple(
            (surface, actors.slug[actors.group_of[(ai, xi)]])
            for xi, actor in enumerate(b.actors)
            for surface in (actor.name, *actor.aliases)
        )
        pages.append(
            ArticlePage(
                slug=article_slugs[ai],
                briefing=b,
                actors=refs,
                quotes=quote_refs[ai],
                related=marked,
                threads=threads[ai],
                surfaces=surfaces,
                story=story,
                source_key=source_keys[ai],
            )
        )
    pages.sort(key=newest_first)
    return pages


def _actor_pages(
    ordered: Sequence[Briefing],
    article_slugs: Sequence[str],
    actors: _Actors,
    article_groups: Sequence[frozenset[int]],
    quote_refs: Sequence[tuple[QuoteRef, ...]],
) -> list[ActorPage]:
    """Every actor's page, in name order, with what all its articles say of it."""
    companions = _companions(article_groups, actors.names, actors.kinds, actors.slug)
    quoted: dict[str, list[QuoteRef]] = defaultdict(list)  # speaker's slug -> quotes, in article order
    for refs in quote_refs:
        for ref in refs:
            if ref.speaker_slug is not None:
                quoted[ref.speaker_slug].append(ref)
    pages: list[ActorPage] = []
    for gi in actors.order:
        members = sorted(actors.groups[gi])
        aliases = sorted(
            {n for a, x in members for n in (ordered[a].actors[x].name, *ordered[a].actors[x].aliases)}
            - {actors.names[gi]}
        )
        roles = [
            RoleSeen(role, article_slugs[a], ordered[a].title, ordered[a].article.date)
            for a, x in members
            if (role := ordered[a].actors[x].role)
        ]
        appearances = [
            Appearance(
                article_slugs[a], ordered[a].title, ordered[a].article.date, ordered[a].actors[x].mentions
            )
            for a, x in members
        ]
        quotes = quoted.get(actors.slug[gi], [])
        pages.append(
            ActorPage(
                slug=actors.slug[gi],
                name=actors.names[gi],
                kind=actors.kinds[gi],
                aliases=tuple(aliases),
                roles=tuple(_dedupe_roles(roles)),
                quotes=tuple(sorted(quotes, key=newest_first)),
                appearances=tuple(_merge_appearances(appearances)),
                companions=companions[gi],
            )
        )
    return pages


def briefing_terms(briefing: Briefing) -> dict[str, int]:
    """The word counts the related-articles ranking reads of a briefing (its paragraphs)."""
    return text_terms("\n".join(briefing.paragraphs) or briefing.article.text)


def link(
    briefings: Sequence[Briefing],
    source_keys: Sequence[str] | None = None,
    terms: Sequence[Mapping[str, int]] | None = None,
) -> Corpus:
    """Cross-link all briefings into a `Corpus` (deterministic for the same input).

    `source_keys`, when given, are the extraction cache's keys of the briefings (in
    their order), kept on the article pages (`ArticlePage.source_key`); `terms`, their
    `briefing_terms` (kept from an earlier run: counting every text's words was a
    fifth of the link stage).
    """
    ordered = article_order(briefings)
    position = {b.article.source: n for n, b in enumerate(briefings)}
    keys = [source_keys[position[b.article.source]] if source_keys else None for b in ordered]
    article_slugs = title_slugs(ordered)
    actors = _actor_groups(ordered, article_slugs)
    article_groups = [
        frozenset(actors.group_of[(ai, xi)] for xi in range(len(b.actors))) for ai, b in enumerate(ordered)
    ]
    counts = [terms[position[b.article.source]] for b in ordered] if terms else None
    text = index_terms(counts if counts is not None else [briefing_terms(b) for b in ordered])
    salience = _salience(ordered, actors)
    related = Later(
        lambda: _related(ordered, article_slugs, article_groups, actors, text, salience),
        fork=len(ordered) >= MIN_ARTICLES,
    )
    quote_refs = _quote_refs(ordered, article_slugs, actors)
    stories, story_refs = story_pages(
        StorySources(
            ordered, article_slugs, actors.names, actors.kinds, actors.slug, salience, text, quote_refs
        )
    )
    actor_pages = _actor_pages(ordered, article_slugs, actors, article_groups, quote_refs)
    pages = _article_pages(
        ordered, article_slugs, actors, related.result(), quote_refs, salience, story_refs, keys
    )
    return Corpus(articles=tuple(pages), actors=tuple(actor_pages), stories=tuple(stories))


def _dedupe_roles(roles: list[RoleSeen]) -> list[RoleSeen]:
    seen: set[tuple[str, str]] = set()
    out = []
    for r in sorted(roles, key=lambda r: (r.article_slug, r.role)):
        if (r.role, r.article_slug) not in seen:
            seen.add((r.role, r.article_slug))
            out.append(r)
    return out


def _merge_appearances(appearances: list[Appearance]) -> list[Appearance]:
    by_article: dict[str, Appearance] = {}
    for a in appearances:
        prev = by_article.get(a.article_slug)
        if prev is None:
            by_article[a.article_slug] = a
        else:
            by_article[a.article_slug] = Appearance(
                a.article_slug, a.article_title, a.date, prev.mentions + a.mentions
            )
    return sorted(by_article.values(), key=newest_first)


def _companions(
    article_groups: Sequence[frozenset[int]],
    names: Sequence[str],
    kinds: Sequence[ActorKind],
    actor_slug: dict[int, str],
) -> dict[int, tuple[Companion, ...]]:
    """Return, per actor group, every other group seen in its articles, most shared first
    (ties by name, then group number).

    Counted as arrays: every ordered pair of an article's groups is one code
    (`first * groups + second`), counted with `np.unique` and ordered with one
    `np.lexsort`. At 5,000 articles there are about a million (actor, companion)
    pairs; counting them with a Counter of tuples took seconds.
    """
    size = len(names)
    codes = [_pair_codes(groups, size) for groups in article_groups if len(groups) > 1]
    pairs, shared = np.unique(np.concatenate(codes) if codes else np.zeros(0, np.int64), return_counts=True)
    first, second = pairs // size, pairs % size
    by_name = np.empty(size, dtype=np.int64)
    by_name[sorted(range(size), key=lambda g: (names[g], g))] = np.arange(size)
    order = np.lexsort((by_name[second], -shared, first))
    bounds = np.searchsorted(first[order], np.arange(size + 1)).tolist()
    others, counts = second[order].tolist(), shared[order].tolist()
    return {
        g: tuple(
            Companion(actor_slug[h], names[h], kinds[h], n)
            for h, n in zip(others[bounds[g] : bounds[g + 1]], counts[bounds[g] : bounds[g + 1]], strict=True)
        )
        for g in range(size)
    }


def _pair_codes(groups: frozenset[int], size: int) -> npt.NDArray[np.int64]:
    """Every ordered pair of two different `groups`, each as `first * size + second`."""
    members = np.fromiter(groups, dtype=np.int64, count=len(groups))
    first, second = np.repeat(members, len(members)), np.tile(members, len(members))
    different = first != second
    codes: npt.NDArray[np.int64] = first[different] * size + second[different]
    return codes
