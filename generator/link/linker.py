"""Link stage: the only stage that sees every briefing at once.

Phase one takes each briefing on its own (its slug, its actors' identity
keys); phase two merges actors across articles, ranks related articles and
builds the `Corpus` the render stage reads.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import permutations

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
    RoleSeen,
    Thread,
)
from .fulltext import first_mentions
from .related import RelatedInputs, RelatedRanker
from .salience import salience_order
from .similarity import index_texts, words
from .slugs import article_order, assign_slugs

# How many of an article's actors get a previous/next line (most salient first).
THREAD_LIMIT = 6


def _canonical_name(names: Iterable[str]) -> str:
    counts = Counter(names)
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


def link(briefings: Sequence[Briefing]) -> Corpus:
    """Cross-link all briefings into a `Corpus` (deterministic for the same input)."""
    ordered = article_order(briefings)
    article_slugs = assign_slugs([b.title for b in ordered])

    groups = group_actors(ordered)
    names = [_canonical_name(ordered[a].actors[x].name for a, x in g) for g in groups]
    kinds = [ordered[g[0][0]].actors[g[0][1]].kind for g in groups]
    group_order = sorted(range(len(groups)), key=lambda gi: (names[gi], kinds[gi].value))
    actor_slugs_sorted = assign_slugs([names[gi] for gi in group_order])
    actor_slug = {gi: actor_slugs_sorted[k] for k, gi in enumerate(group_order)}

    group_of: dict[tuple[int, int], int] = {}
    for gi, members in enumerate(groups):
        for member in members:
            group_of[member] = gi

    # Local speaker name -> group, per article.
    def speaker_group(ai: int, speaker: str | None) -> int | None:
        if speaker is None:
            return None
        for xi, actor in enumerate(ordered[ai].actors):
            if actor.name == speaker:
                return group_of[(ai, xi)]
        return None

    name_words = lru_cache(maxsize=None)(words)  # the same names recur in thousands of articles
    article_groups = [
        frozenset(group_of[(ai, xi)] for xi in range(len(b.actors))) for ai, b in enumerate(ordered)
    ]
    related_inputs = RelatedInputs(
        slugs=article_slugs,
        titles=[b.title for b in ordered],
        dates=[b.article.date for b in ordered],
        article_groups=article_groups,
        group_names=names,
        group_words=[
            frozenset(
                w
                for a, x in groups[gi]
                for n in (ordered[a].actors[x].name, *ordered[a].actors[x].aliases)
                for w in name_words(n)
            )
            for gi in range(len(groups))
        ],
        text=index_texts(["\n".join(b.paragraphs) or b.article.text for b in ordered]),
    )
    related = RelatedRanker(related_inputs).rank_all()

    quote_refs: list[tuple[QuoteRef, ...]] = []
    for ai, b in enumerate(ordered):
        placed: list[QuoteRef] = []
        for q in b.quotes:
            sg = speaker_group(ai, q.speaker)
            placed.append(
                QuoteRef(
                    text=q.text,
                    speaker=names[sg] if sg is not None else q.speaker,
                    speaker_slug=actor_slug[sg] if sg is not None else None,
                    article_slug=article_slugs[ai],
                    article_title=b.title,
                    date=b.article.date,
                )
            )
        quote_refs.append(tuple(placed))

    pages: list[ArticlePage] = []
    for ai, b in enumerate(ordered):
        actor_refs = tuple(
            ActorRef(
                slug=actor_slug[group_of[(ai, xi)]],
                name=names[group_of[(ai, xi)]],
                kind=b.actors[xi].kind,
                role=b.actors[xi].role,
                mentions=b.actors[xi].mentions,
            )
            for xi in salience_order(b)
        )
        surfaces = [
            (surface, actor_slug[group_of[(ai, xi)]])
            for xi, actor in enumerate(b.actors)
            for surface in (actor.name, *actor.aliases)
        ]
        pages.append(
            ArticlePage(
                slug=article_slugs[ai],
                briefing=b,
                actors=actor_refs,
                quotes=quote_refs[ai],
                related=related[ai],
                text=first_mentions(b.paragraphs, surfaces),
            )
        )

    companions = _companions(article_groups, names, kinds, actor_slug)
    actor_pages: list[ActorPage] = []
    for gi in group_order:
        members = sorted(groups[gi])
        aliases = sorted(
            {n for a, x in members for n in (ordered[a].actors[x].name, *ordered[a].actors[x].aliases)}
            - {names[gi]}
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
        quotes = [
            ref
            for a in sorted({a for a, _ in members})
            for ref in quote_refs[a]
            if ref.speaker_slug == actor_slug[gi]
        ]
        actor_pages.append(
            ActorPage(
                slug=actor_slug[gi],
                name=names[gi],
                kind=kinds[gi],
                aliases=tuple(aliases),
                roles=tuple(_dedupe_roles(roles)),
                quotes=tuple(sorted(quotes, key=_newest_first)),
                appearances=tuple(_merge_appearances(appearances)),
                companions=companions[gi],
            )
        )
    pages.sort(key=lambda p: _newest_first(p))
    return Corpus(articles=_with_threads(pages, names, actor_slug), actors=tuple(actor_pages))


def _newest_first(item: QuoteRef | ArticlePage | Appearance) -> tuple[int, str]:
    date = item.date
    ordinal = -date.toordinal() if date else 0
    slug = item.slug if isinstance(item, ArticlePage) else item.article_slug
    return (ordinal, slug)


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
    return sorted(by_article.values(), key=_newest_first)


def _companions(
    article_groups: Sequence[frozenset[int]],
    names: Sequence[str],
    kinds: Sequence[ActorKind],
    actor_slug: dict[int, str],
) -> dict[int, tuple[Companion, ...]]:
    """Return, per actor group, every other group seen in its articles, most shared first."""
    shared: Counter[tuple[int, int]] = Counter()
    for groups in article_groups:
        shared.update(permutations(groups, 2))
    together: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
    for (g, h), n in shared.items():
        together[g].append((-n, names[h], h))
    return {
        g: tuple(Companion(actor_slug[h], name, kinds[h], -n) for n, name, h in sorted(together[g]))
        for g in range(len(names))
    }


def _with_threads(
    pages: list[ArticlePage],
    names: Sequence[str],
    actor_slug: dict[int, str],
) -> tuple[ArticlePage, ...]:
    """Add to each page (newest first) the previous and next article on each of its most salient actors.

    Only dated articles are placed: an undated one is neither before nor after
    any other, so it gets no previous/next line and is in nobody's.
    """
    group_of_slug = {actor_slug[g]: g for g in actor_slug}
    timeline: dict[int, list[int]] = defaultdict(list)  # group -> page indexes, newest first
    place: dict[tuple[int, int], int] = {}  # (group, page index) -> its position in the timeline
    for pi, page in enumerate(pages):
        if page.date is None:
            continue
        for g in sorted({group_of_slug[ref.slug] for ref in page.actors}):
            place[(g, pi)] = len(timeline[g])
            timeline[g].append(pi)

    links = [ArticleLink(p.slug, p.title, p.date) for p in pages]

    def link_to(pi: int | None) -> ArticleLink | None:
        return None if pi is None else links[pi]

    out: list[ArticlePage] = []
    for pi, page in enumerate(pages):
        if page.date is None:
            out.append(page)
            continue
        threads: list[Thread] = []
        for g in dict.fromkeys(group_of_slug[ref.slug] for ref in page.actors):  # most salient first
            seen = timeline[g]
            if len(seen) < 2:
                continue
            k = place[(g, pi)]
            newer = seen[k - 1] if k > 0 else None
            older = seen[k + 1] if k + 1 < len(seen) else None
            threads.append(Thread(actor_slug[g], names[g], link_to(older), link_to(newer)))
            if len(threads) == THREAD_LIMIT:
                break
        out.append(replace(page, threads=tuple(threads)))
    return tuple(out)
