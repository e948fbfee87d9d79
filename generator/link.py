"""Link stage: the only stage that sees every briefing at once.

Phase one takes each briefing on its own (its slug, its actors' identity
keys); phase two merges actors across articles, ranks related articles and
builds the `Corpus` the render stage reads.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from text_unidecode import unidecode

from .corpus import (
    ActorPage,
    ActorRef,
    Appearance,
    ArticlePage,
    Corpus,
    QuoteRef,
    Related,
    RoleSeen,
)
from .models import ActorKind, Briefing
from .slug import slugify

# Slugs that index pages use in the same folder.
RESERVED_SLUGS = frozenset({"index"})
# How many related articles an article page lists, and how many shared actors it names.
RELATED_LIMIT = 5
REASON_LIMIT = 3
# Related-article scores are kept in whole millionths (exact integer sums).
SCORE_SCALE = 1_000_000

_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def identity_key(name: str) -> str:
    """Return the accent-, case- and punctuation-insensitive key of a name.

    Cached: the same names recur across thousands of articles."""
    folded = unidecode(name).lower()
    folded = re.sub(r"^the\s+", "", folded)
    return _NON_WORD.sub(" ", folded).strip()


@dataclass(frozen=True)
class _Occurrence:
    article: int
    actor: int
    kind: ActorKind
    name: str
    keys: frozenset[str]
    surname_only: bool


def assign_slugs(titles: Sequence[str], reserved: frozenset[str] = RESERVED_SLUGS) -> list[str]:
    """Return a unique slug per title, in order; clashes get -2, -3, ..."""
    used: set[str] = set(reserved)
    slugs: list[str] = []
    for title in titles:
        base = slugify(title)
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        slugs.append(slug)
    return slugs


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _occurrences(briefings: Sequence[Briefing]) -> list[_Occurrence]:
    found: list[_Occurrence] = []
    for ai, briefing in enumerate(briefings):
        for xi, actor in enumerate(briefing.actors):
            names = (actor.name, *actor.aliases)
            if actor.kind is ActorKind.PERSON:
                # A lone surname is ambiguous across articles: it never joins groups
                # by itself; it is attached afterwards when exactly one group fits.
                keys = frozenset(k for k in map(identity_key, names) if " " in k)
            else:
                keys = frozenset(k for k in map(identity_key, names) if k)
            surname_only = actor.kind is ActorKind.PERSON and " " not in identity_key(actor.name)
            found.append(_Occurrence(ai, xi, actor.kind, actor.name, keys, surname_only))
    return found


def merge_actors(briefings: Sequence[Briefing]) -> list[list[tuple[int, int]]]:
    """Group (article index, actor index) pairs that denote the same actor.

    Same kind only; persons join by full name or a multi-word alias, and a
    person known only by one name joins the single group whose surname it is
    (two different people sharing a surname stay apart).
    """
    occ = _occurrences(briefings)
    uf = _UnionFind(len(occ))
    owner: dict[tuple[ActorKind, str], int] = {}
    for i, o in enumerate(occ):
        for key in sorted(o.keys):
            j = owner.setdefault((o.kind, key), i)
            uf.union(i, j)
    # Attach lone surnames to the unique full-name group ending in that surname.
    surname_groups: dict[str, set[int]] = defaultdict(set)
    for i, o in enumerate(occ):
        if o.kind is ActorKind.PERSON and not o.surname_only:
            for key in o.keys:
                surname_groups[key.split()[-1]].add(uf.find(i))
    for i, o in enumerate(occ):
        if o.surname_only:
            groups = surname_groups.get(identity_key(o.name), set())
            if len(groups) == 1:
                uf.union(i, next(iter(groups)))
    grouped: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, o in enumerate(occ):
        grouped[uf.find(i)].append((o.article, o.actor))
    return [grouped[root] for root in sorted(grouped)]


def _canonical_name(names: Iterable[str]) -> str:
    counts = Counter(names)
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


def link(briefings: Sequence[Briefing]) -> Corpus:
    """Cross-link all briefings into a `Corpus` (deterministic for the same input)."""
    order = sorted(
        range(len(briefings)),
        key=lambda i: (briefings[i].article.source,),
    )
    ordered = [briefings[i] for i in order]
    article_slugs = assign_slugs([b.title for b in ordered])

    groups = merge_actors(ordered)
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

    article_groups: list[set[int]] = [
        {group_of[(ai, xi)] for xi in range(len(b.actors))} for ai, b in enumerate(ordered)
    ]
    ranked = rank_related(article_groups, article_slugs)
    df = Counter(g for gs in article_groups for g in gs)

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
                kind=actor.kind,
                role=actor.role,
                mentions=actor.mentions,
            )
            for xi, actor in enumerate(b.actors)
        )
        pages.append(
            ArticlePage(
                slug=article_slugs[ai],
                briefing=b,
                actors=actor_refs,
                quotes=quote_refs[ai],
                related=_related(ai, ranked[ai], ordered, article_slugs, article_groups, df, names),
            )
        )

    actor_pages: list[ActorPage] = []
    for gi in group_order:
        members = sorted(groups[gi])
        aliases = sorted(
            {n for a, x in members for n in (ordered[a].actors[x].name, *ordered[a].actors[x].aliases)}
            - {names[gi]}
        )
        roles = [
            RoleSeen(role, article_slugs[a], ordered[a].title)
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
            )
        )
    pages.sort(key=lambda p: _newest_first(p))
    return Corpus(articles=tuple(pages), actors=tuple(actor_pages))


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


def rank_related(article_groups: Sequence[set[int]], slugs: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Return, per article, its `RELATED_LIMIT` best (other article, score) pairs.

    The score of a pair is the sum of the rarity, log((1 + N) / df), of the
    actor groups both articles mention, in whole millionths so that the sum is
    exact whatever the order; ties go to the smaller slug. Scores accumulate
    over each group's postings (numpy), never over all pairs of articles.
    """
    n = len(article_groups)
    postings: dict[int, list[int]] = defaultdict(list)
    for ai, groups in enumerate(article_groups):
        for g in groups:
            postings[g].append(ai)
    arrays = {g: np.fromiter(members, dtype=np.int64) for g, members in postings.items()}
    weight = {g: round(math.log((1 + n) / len(members)) * SCORE_SCALE) for g, members in postings.items()}
    slug_rank = np.empty(n, dtype=np.int64)
    slug_rank[sorted(range(n), key=lambda i: slugs[i])] = np.arange(n)
    ranked: list[list[tuple[int, int]]] = []
    for ai, groups in enumerate(article_groups):
        score = np.zeros(n, dtype=np.int64)
        shares = np.zeros(n, dtype=bool)
        for g in groups:
            score[arrays[g]] += weight[g]
            shares[arrays[g]] = True
        shares[ai] = False
        candidates = np.flatnonzero(shares)
        # Best first: highest score, then smallest slug; one integer key sorts both.
        key = -score[candidates] * n + slug_rank[candidates]
        if len(candidates) > RELATED_LIMIT:
            candidates = candidates[np.argpartition(key, RELATED_LIMIT)[:RELATED_LIMIT]]
            key = -score[candidates] * n + slug_rank[candidates]
        ranked.append([(int(bi), int(score[bi])) for bi in candidates[np.argsort(key)]])
    return ranked


def _related(
    ai: int,
    best: list[tuple[int, int]],
    ordered: Sequence[Briefing],
    slugs: Sequence[str],
    article_groups: Sequence[set[int]],
    df: Counter[int],
    names: Sequence[str],
) -> tuple[Related, ...]:
    """Return the related-article records of article `ai`, naming the rarest shared actors."""
    mine = article_groups[ai]
    related = []
    for bi, score in best:
        shared = mine & article_groups[bi]
        top = sorted(shared, key=lambda g: (df[g], names[g]))[:REASON_LIMIT]
        related.append(
            Related(
                slug=slugs[bi],
                title=ordered[bi].title,
                date=ordered[bi].article.date,
                shared=tuple(names[g] for g in top),
                score=score / SCORE_SCALE,
            )
        )
    return tuple(related)
