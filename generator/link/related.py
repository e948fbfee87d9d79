"""Related articles: ranked by the rare actors they share and by similar wording.

Both signals are cosines in [0, 1]: actors as IDF-weighted sets (sharing a
rare actor counts more than sharing "United States"), text as TF-IDF vectors
(`generator.link.similarity`). An article is related when one of its most
salient actors is one of the other's (the signal stories use,
`generator.link.stories`) or when the wording alone is close: an outlet, a
platform or a city both merely mention is no reason. The reason shown to the
reader names the shared actors, those salient in both first, and, when the
wording is close, the words that make it so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .corpus import Related
from .pairs import Ints, SparseRows, candidate_pairs, rounded
from .similarity import (
    FEATURES_SEARCHED,
    POSTINGS_KEPT,
    SCORE_DECIMALS,
    TextIndex,
    cosine,
    rarity_level,
    unit,
)

# How many related articles an article page lists, and how many actors/words a reason names.
RELATED_LIMIT = 5
REASON_LIMIT = 3
# Weights of the two cosines in the score. Actors first: a shared rare actor
# is the reason a reader follows a link; wording breaks ties and finds the
# follow-up story whose actors the extractor named differently.
ACTOR_WEIGHT = 0.6
TEXT_WEIGHT = 0.4
# An article sharing no actor is related only when its wording is this close,
# and words are named in the reason only above REASON_TEXT_SIMILARITY. On the
# seeds, pairs on different stories stay below 0.10 and pairs on one story
# (two marathons, two prorogation rulings, Syria before and after) reach
# 0.20-0.48; on the corpus's hand-labelled story pairs (tests/link/story_pairs.txt)
# the lowest is 0.15.
MIN_TEXT_SIMILARITY = 0.13
REASON_TEXT_SIMILARITY = 0.10
# Articles ranked together: their candidate pairs are scored as one batch of arrays.
BLOCK_ARTICLES = 512


@dataclass(frozen=True)
class RelatedInputs:
    """What ranking needs about the whole corpus."""

    slugs: Sequence[str]
    titles: Sequence[str]
    dates: Sequence[dt.date | None]
    article_groups: Sequence[frozenset[int]]
    group_names: Sequence[str]
    group_words: Sequence[frozenset[str]]
    """The lower-cased words of every name and alias of each actor group (left out of reasons)."""
    text: TextIndex
    salient: Sequence[frozenset[int]] = ()
    """Each article's most salient actor groups (`stories.STORY_ACTORS` of them);
    empty: every actor counts as salient."""


class RelatedRanker:
    """Ranks related articles; actor weights, vectors and postings are built once.

    An actor's weight is its rarity level (`similarity.rarity_level`, plus
    one so that an actor in every article still counts): it changes only when
    the actor's article count or the corpus size reaches a power of two, so an
    added article does not reorder the related lists of articles it shares
    nothing with. Candidates come from bounded postings (the bound of
    `similarity.Postings`, computed as arrays by `pairs.candidate_pairs`):
    linear in the number of articles.
    """

    def __init__(self, inputs: RelatedInputs) -> None:
        self.inputs = inputs
        n = len(inputs.article_groups)
        df = Counter(g for gs in inputs.article_groups for g in gs)
        self.weights = {g: 1.0 + rarity_level(k, n) for g, k in df.items()}
        self.vectors = [unit({g: self.weights[g] for g in gs}) for gs in inputs.article_groups]

    def rank_all(self) -> list[tuple[Related, ...]]:
        """Return, for every article, the articles most like it, best first, each with its reason.

        Candidates come from bounded postings (`pairs.candidate_pairs`); the
        articles are then ranked a block at a time (`BLOCK_ARTICLES`), the
        cosines of all their candidate pairs computed at once.
        """
        text_rows, actor_rows = SparseRows.of(self.inputs.text.vectors), SparseRows.of(self.vectors)
        salient_rows = SparseRows.of([dict.fromkeys(gs, 1.0) for gs in self._salient])
        left, right = candidate_pairs((actor_rows, text_rows), FEATURES_SEARCHED, POSTINGS_KEPT)
        by_slug = {slug: i for i, slug in enumerate(sorted(self.inputs.slugs))}
        slug_order = np.array([by_slug[slug] for slug in self.inputs.slugs], dtype=np.int64)
        out: list[tuple[Related, ...]] = []
        for lo in range(0, len(self.vectors), BLOCK_ARTICLES):
            block = range(lo, min(lo + BLOCK_ARTICLES, len(self.vectors)))
            pairs = slice(*np.searchsorted(left, [block.start, block.stop]).tolist())
            out.extend(
                self._rank_block(
                    block, left[pairs], right[pairs], (text_rows, actor_rows, salient_rows), slug_order
                )
            )
        return out

    @property
    def _salient(self) -> Sequence[frozenset[int]]:
        return self.inputs.salient or self.inputs.article_groups

    def _rank_block(
        self,
        block: range,
        left: Ints,
        right: Ints,
        rows: tuple[SparseRows, SparseRows, SparseRows],
        slug_order: Ints,
    ) -> list[tuple[Related, ...]]:
        text_rows, actor_rows, salient_rows = rows
        text_vectors = self.inputs.text.vectors
        text_sim = rounded(
            text_rows.dots(left, right),
            lambda p: cosine(text_vectors[left[p]], text_vectors[right[p]]),
        )
        actor_dot = actor_rows.dots(left, right)
        shares_salient = salient_rows.dots(left, right) > 0.0  # weights are 1: a shared one adds to the sum
        actor_sim = rounded(actor_dot, lambda p: cosine(self.vectors[left[p]], self.vectors[right[p]]))
        raw = ACTOR_WEIGHT * actor_sim + TEXT_WEIGHT * text_sim
        score = rounded(raw, lambda p: round(float(raw[p]), SCORE_DECIMALS))
        kept = np.flatnonzero(shares_salient | (text_sim >= MIN_TEXT_SIMILARITY))
        # Each article's pairs, best score first, ties by the other article's slug; its first few kept.
        order = kept[np.lexsort((slug_order[right[kept]], -score[kept], left[kept]))]
        place = np.arange(len(order)) - np.searchsorted(left[order], left[order])
        best = order[place < RELATED_LIMIT]
        ranked: list[list[Related]] = [[] for _ in block]
        for ai, bi, similar in zip(
            left[best].tolist(), right[best].tolist(), text_sim[best].tolist(), strict=True
        ):
            ranked[ai - block.start].append(self._related(ai, bi, similar))
        return [tuple(chosen) for chosen in ranked]

    def _related(self, ai: int, bi: int, text_sim: float) -> Related:
        inputs = self.inputs
        mine, theirs = inputs.article_groups[ai], inputs.article_groups[bi]
        salient = self._salient[ai] & self._salient[bi]
        shared = sorted(
            mine & theirs, key=lambda g: (g not in salient, -self.weights[g], inputs.group_names[g])
        )
        terms: tuple[str, ...] = ()
        if text_sim >= REASON_TEXT_SIMILARITY:
            named = frozenset().union(*(inputs.group_words[g] for g in mine | theirs))
            terms = inputs.text.shared_terms(ai, bi, REASON_LIMIT, exclude=named)
        return Related(
            slug=inputs.slugs[bi],
            title=inputs.titles[bi],
            date=inputs.dates[bi],
            shared=tuple(inputs.group_names[g] for g in shared[:REASON_LIMIT]),
            terms=terms,
        )
