"""Related articles: ranked by the rare actors they share and by similar wording.

Both signals are cosines in [0, 1]: actors as IDF-weighted sets (sharing a
rare actor counts more than sharing "United States"), text as TF-IDF vectors
(`generator.link.similarity`). The reason shown to the reader names the shared
actors and, when the wording is close, the words that make it so.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .corpus import Related
from .similarity import TextIndex

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
# seeds, pairs on different stories stay below 0.05 and pairs on one story
# (two marathons, two prorogation rulings, Syria before and after) reach 0.12-0.27.
MIN_TEXT_SIMILARITY = 0.10
REASON_TEXT_SIMILARITY = 0.08


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


class RelatedRanker:
    """Ranks related articles; actor weights, norms and the actor -> articles index are built once."""

    def __init__(self, inputs: RelatedInputs) -> None:
        self.inputs = inputs
        n = len(inputs.article_groups)
        df = Counter(g for gs in inputs.article_groups for g in gs)
        # IDF weight of each actor group: rarer actors weigh more.
        self.weights = {g: math.log((1 + n) / k) for g, k in df.items()}
        self.norms = [math.sqrt(sum(self.weights[g] ** 2 for g in gs)) for gs in inputs.article_groups]
        self.articles_of: dict[int, list[int]] = defaultdict(list)
        for ai, groups in enumerate(inputs.article_groups):
            for g in groups:
                self.articles_of[g].append(ai)

    def rank(self, ai: int) -> tuple[Related, ...]:
        """Return the articles most like article `ai`, best first, each with its reason."""
        inputs, weights = self.inputs, self.weights
        mine = inputs.article_groups[ai]
        candidates = {bi for g in mine for bi in self.articles_of[g]}
        candidates.update(bi for bi, sim in inputs.text.neighbours[ai].items() if sim >= MIN_TEXT_SIMILARITY)
        candidates.discard(ai)
        scored: list[tuple[float, str, int]] = []
        for bi in candidates:
            shared = mine & inputs.article_groups[bi]
            actor_sim = (
                sum(weights[g] ** 2 for g in shared) / (self.norms[ai] * self.norms[bi]) if shared else 0.0
            )
            score = ACTOR_WEIGHT * actor_sim + TEXT_WEIGHT * inputs.text.similarity(ai, bi)
            scored.append((-round(score, 6), inputs.slugs[bi], bi))
        return tuple(self._related(ai, bi, -score) for score, _, bi in sorted(scored)[:RELATED_LIMIT])

    def _related(self, ai: int, bi: int, score: float) -> Related:
        inputs = self.inputs
        mine, theirs = inputs.article_groups[ai], inputs.article_groups[bi]
        shared = sorted(mine & theirs, key=lambda g: (-self.weights[g], inputs.group_names[g]))
        terms: tuple[str, ...] = ()
        if inputs.text.similarity(ai, bi) >= REASON_TEXT_SIMILARITY:
            named = frozenset().union(*(inputs.group_words[g] for g in mine | theirs))
            terms = inputs.text.shared_terms(ai, bi, REASON_LIMIT, exclude=named)
        return Related(
            slug=inputs.slugs[bi],
            title=inputs.titles[bi],
            date=inputs.dates[bi],
            shared=tuple(inputs.group_names[g] for g in shared[:REASON_LIMIT]),
            score=score,
            terms=terms,
        )
