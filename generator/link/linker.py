"""Link stage: the only stage that sees every briefing at once.

Phase one takes each briefing on its own (its slug, its actors' identity
keys); phase two merges actors across articles, ranks related articles and
builds the `Corpus` the render stage reads.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from text_unidecode import unidecode

from ..models import ActorKind, Briefing
from ..text import slugify
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
from .similarity import index_texts, words

# Slugs that index pages use in the same folder.
RESERVED_SLUGS = frozenset({"index"})
# How many of an article's actors get a previous/next line (most mentioned first).
THREAD_LIMIT = 6

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


_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "la", "le", "du", "des"})


def _acronym_of(name: str) -> str | None:
    """'ISIS' for 'Islamic State of Iraq and Syria' (function words skipped)."""
    words = [w for w in unidecode(name).replace("-", " ").split() if w.lower() not in _ACRONYM_SKIP]
    letters = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    return letters if len(words) >= 2 else None


def _attach_acronyms(occ: list[_Occurrence], uf: _UnionFind) -> None:
    """An organisation or place known in an article only by its acronym joins
    the single group of the same kind whose full name spells it out."""
    spelled: dict[tuple[ActorKind, str], set[int]] = defaultdict(set)
    for i, o in enumerate(occ):
        if o.kind is not ActorKind.PERSON:
            acronym = _acronym_of(o.name)
            if acronym is not None:
                spelled[(o.kind, acronym)].add(uf.find(i))
    for i, o in enumerate(occ):
        letters = o.name.replace(".", "")
        if o.kind is ActorKind.PERSON or not (
            2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()
        ):
            continue
        groups = spelled.get((o.kind, letters), set())
        if len(groups) == 1:
            uf.union(i, next(iter(groups)))


def merge_actors(briefings: Sequence[Briefing]) -> list[list[tuple[int, int]]]:
    """Group (article index, actor index) pairs that denote the same actor.

    Same kind only; persons join by full name or a multi-word alias, and a
    person known only by one name joins the single group whose surname it is
    (two different people sharing a surname stay apart); an organisation or
    place known only by an acronym joins the single group it spells.
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
    _attach_acronyms(occ, uf)
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
                for w in words(n)
            )
            for gi in range(len(groups))
        ],
        text=index_texts(["\n".join(b.paragraphs) or b.article.text for b in ordered]),
    )
    ranker = RelatedRanker(related_inputs)

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
        surfaces = [
            (surface, ref.slug)
            for actor, ref in zip(b.actors, actor_refs, strict=True)
            for surface in (actor.name, *actor.aliases)
        ]
        pages.append(
            ArticlePage(
                slug=article_slugs[ai],
                briefing=b,
                actors=actor_refs,
                quotes=quote_refs[ai],
                related=ranker.rank(ai),
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
    together: dict[int, Counter[int]] = defaultdict(Counter)
    for groups in article_groups:
        for g in groups:
            together[g].update(h for h in groups if h != g)
    return {
        g: tuple(
            Companion(actor_slug[h], names[h], kinds[h], n)
            for h, n in sorted(together[g].items(), key=lambda item: (-item[1], names[item[0]], item[0]))
        )
        for g in range(len(names))
    }


def _with_threads(
    pages: list[ArticlePage],
    names: Sequence[str],
    actor_slug: dict[int, str],
) -> tuple[ArticlePage, ...]:
    """Add to each page (newest first) the previous and next article on each of its main actors."""
    group_of_slug = {actor_slug[g]: g for g in actor_slug}
    timeline: dict[int, list[int]] = defaultdict(list)  # group -> page indexes, newest first
    for pi, page in enumerate(pages):
        for g in sorted({group_of_slug[ref.slug] for ref in page.actors}):
            timeline[g].append(pi)

    def link_to(pi: int | None) -> ArticleLink | None:
        if pi is None:
            return None
        p = pages[pi]
        return ArticleLink(p.slug, p.title, p.date)

    out: list[ArticlePage] = []
    for pi, page in enumerate(pages):
        mentions: Counter[int] = Counter()
        for ref in page.actors:
            mentions[group_of_slug[ref.slug]] += ref.mentions
        threads: list[Thread] = []
        for g in sorted(mentions, key=lambda g: (-mentions[g], names[g])):
            seen = timeline[g]
            if len(seen) < 2:
                continue
            k = seen.index(pi)
            newer = seen[k - 1] if k > 0 else None
            older = seen[k + 1] if k + 1 < len(seen) else None
            threads.append(Thread(actor_slug[g], names[g], link_to(older), link_to(newer)))
            if len(threads) == THREAD_LIMIT:
                break
        out.append(replace(page, threads=tuple(threads)))
    return tuple(out)
