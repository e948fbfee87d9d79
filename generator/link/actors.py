"""Actors across articles: which (article, actor) pairs denote the same actor."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from ..extract.gazetteer import country_of
from ..extract.patterns import ORG_HEAD_WORDS
from ..models import ActorKind, Briefing
from ..text import acronym, capital_initials, content_word_count, identity_key, initials


class _Occurrence(NamedTuple):  # a tuple: one per actor of every article, built fast
    article: int
    actor: int
    kind: ActorKind
    name: str
    keys: frozenset[str]
    surname_only: bool


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


def _main_place(briefing: Briefing) -> str:
    """The article's country: the one its places are in most often, counted by mentions
    ("Scotland" counts for the United Kingdom); a place of no known country counts as
    itself. The first of equals; "" without places."""
    counts: dict[str, int] = {}
    for actor in briefing.actors:
        if actor.kind is ActorKind.PLACE:
            where = country_of(actor.name) or identity_key(actor.name)
            counts[where] = counts.get(where, 0) + actor.mentions
    return max(counts, key=lambda where: counts[where]) if counts else ""


def load_place_tables() -> None:
    """Load the place tables grouping reads (`gazetteer.country_of`), once per process (the
    shipped table: about 50 ms; 0.8 s when built from the libraries), which a caller with
    time to spare (waiting for an extraction) can take early."""
    country_of("Paris")


def _keys(key: str, where: str, ai: int) -> str:
    """A body's head word alone ("Parliament", "Court", "Police") names the body of the
    article's own country: it joins only the same word in an article about the same place."""
    if " " in key or key not in ORG_HEAD_WORDS:
        return key
    return f"{key}@{where}" if where else f"{key}@article {ai}"


def _occurrences(briefings: Sequence[Briefing]) -> list[_Occurrence]:
    found: list[_Occurrence] = []
    for ai, briefing in enumerate(briefings):
        where = _main_place(briefing)
        for xi, actor in enumerate(briefing.actors):
            names = (actor.name, *actor.aliases)
            if actor.kind is ActorKind.PERSON:
                # A lone surname is ambiguous across articles: it never joins groups
                # by itself; it is attached afterwards when exactly one group fits.
                keys = frozenset(k for k in map(identity_key, names) if " " in k)
            else:
                keys = frozenset(_keys(k, where, ai) for k in map(identity_key, names) if k)
            surname_only = actor.kind is ActorKind.PERSON and " " not in identity_key(actor.name)
            found.append(_Occurrence(ai, xi, actor.kind, actor.name, keys, surname_only))
    return found


def _attach_acronyms(occ: list[_Occurrence], uf: _UnionFind) -> None:
    """An organisation or place known in an article only by its acronym joins
    the single group of the same kind whose full name spells it out."""
    spelled: dict[tuple[ActorKind, str], set[int]] = defaultdict(set)
    for i, o in enumerate(occ):
        if o.kind is not ActorKind.PERSON and content_word_count(o.name) >= 2:
            for spelling in {initials(o.name), capital_initials(o.name)} - {""}:
                spelled[(o.kind, spelling)].add(uf.find(i))
    for i, o in enumerate(occ):
        letters = acronym(o.name)
        if o.kind is ActorKind.PERSON or letters is None:
            continue
        groups = spelled.get((o.kind, letters), set())
        if len(groups) == 1:
            uf.union(i, next(iter(groups)))


def group_actors(briefings: Sequence[Briefing]) -> list[list[tuple[int, int]]]:
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
