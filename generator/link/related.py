"""Related articles: ranked by the rare actors they share and by similar wording.

Both signals are cosines in [0, 1]: actors as IDF-weighted sets (sharing a
rare actor counts more than sharing "United States"), text as TF-IDF vectors
(`generator.link.similarity`). The reason shown to the reader names the shared
actors and, when the wording is close, the words that make it so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .corpus import Related
from .similarity import SCORE_DECIMALS, Postings, TextIndex, cosine, rarity_level, unit

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
    """Ranks related articles; actor weights, vectors and postings are built once.

    An actor's weight is its rarity level (`similarity.rarity_level`, plus
    one so that an actor in every article still counts): it changes only when
    the actor's article count or the corpus size reaches a power of two, so an
    added article does not reorder the related lists of articles it shares
    nothing with. Candidates come from bounded postings (see
    `similarity.Postings`): linear in the number of articles.
    """

    def __init__(self, inputs: RelatedInputs) -> None:
        self.inputs = inputs
        n = len(inputs.article_groups)
        df = Counter(g for gs in inputs.article_groups for g in gs)
        self.weights = {g: 1.0 + rarity_level(k, n) for g, k in df.items()}
        self.vectors = [unit({g: self.weights[g] for g in gs}) for gs in inputs.article_groups]
        self.postings = Postings.of(self.vectors)

    def rank(self, ai: int) -> tuple[Related, ...]:
        """Return the articles most like article `ai`, best first, each with its reason."""
        inputs = self.inputs
        groups, text, vectors = inputs.article_groups, inputs.text, self.vectors
        mine = groups[ai]
        candidates = self.postings.candidates(vectors[ai]) | text.candidates(ai)
        candidates.discard(ai)
        scored: list[tuple[float, str, int, float]] = []
        for bi in candidates:
            text_sim = text.similarity(ai, bi)
            if not mine.isdisjoint(groups[bi]):
                actor_sim = cosine(vectors[ai], vectors[bi])
            elif text_sim < MIN_TEXT_SIMILARITY:
                continue
            else:
                actor_sim = 0.0  # no shared actor: the actor cosine is an empty sum
            score = ACTOR_WEIGHT * actor_sim + TEXT_WEIGHT * text_sim
            scored.append((-round(score, SCORE_DECIMALS), inputs.slugs[bi], bi, text_sim))
        scored.sort()
        return tuple(
            self._related(ai, bi, -score, text_sim) for score, _, bi, text_sim in scored[:RELATED_LIMIT]
        )

    def _related(self, ai: int, bi: int, score: float, text_sim: float) -> Related:
        inputs = self.inputs
        mine, theirs = inputs.article_groups[ai], inputs.article_groups[bi]
        shared = sorted(mine & theirs, key=lambda g: (-self.weights[g], inputs.group_names[g]))
        terms: tuple[str, ...] = ()
        if text_sim >= REASON_TEXT_SIMILARITY:
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
