"""Related articles: ranked by the rare actors they share and by similar wording.

Both signals are cosines in [0, 1]: actors as IDF-weighted sets (sharing a
rare actor counts more than sharing "United States"), text as TF-IDF vectors
(`generator.similarity`). The reason shown to the reader names the shared
actors and, when the wording is close, the words that make it so.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
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
    """What ranking needs about the whole corpus, computed once."""

    slugs: Sequence[str]
    titles: Sequence[str]
    dates: Sequence[dt.date | None]
    article_groups: Sequence[frozenset[int]]
    group_names: Sequence[str]
    group_words: Sequence[frozenset[str]]
    """The lower-cased words of every name and alias of each actor group (left out of reasons)."""
    text: TextIndex

    def actor_weights(self) -> dict[int, float]:
        """Return each actor group's IDF weight (rarer actors weigh more)."""
        n = len(self.article_groups)
        df = Counter(g for gs in self.article_groups for g in gs)
        return {g: math.log((1 + n) / k) for g, k in df.items()}


def rank_related(ai: int, inputs: RelatedInputs, weights: dict[int, float]) -> tuple[Related, ...]:
    """Return the articles most like article `ai`, best first, each with its reason."""
    mine = inputs.article_groups[ai]
    my_norm = math.sqrt(sum(weights[g] ** 2 for g in mine))
    candidates: list[Related] = []
    for bi, theirs in enumerate(inputs.article_groups):
        if bi == ai:
            continue
        shared = mine & theirs
        text_sim = inputs.text.similarity(ai, bi)
        if not shared and text_sim < MIN_TEXT_SIMILARITY:
            continue
        their_norm = math.sqrt(sum(weights[g] ** 2 for g in theirs))
        actor_sim = sum(weights[g] ** 2 for g in shared) / (my_norm * their_norm) if shared else 0.0
        top = sorted(shared, key=lambda g: (-weights[g], inputs.group_names[g]))[:REASON_LIMIT]
        terms: tuple[str, ...] = ()
        if text_sim >= REASON_TEXT_SIMILARITY:
            named = frozenset().union(*(inputs.group_words[g] for g in mine | theirs))
            terms = inputs.text.shared_terms(ai, bi, REASON_LIMIT, exclude=named)
        candidates.append(
            Related(
                slug=inputs.slugs[bi],
                title=inputs.titles[bi],
                date=inputs.dates[bi],
                shared=tuple(inputs.group_names[g] for g in top),
                score=round(ACTOR_WEIGHT * actor_sim + TEXT_WEIGHT * text_sim, 6),
                terms=terms,
            )
        )
    candidates.sort(key=lambda r: (-r.score, r.slug))
    return tuple(candidates[:RELATED_LIMIT])
