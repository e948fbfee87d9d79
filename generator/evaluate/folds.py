"""Cross-validation by article, and scores of named subsets of the corpus.

Each article falls in one of `k` folds by a hash of its slug, so the
assignment never depends on the order or number of other articles and a
growing corpus keeps old articles in their folds. For every fold, anything
learned from the corpus is trained on the other folds only, and the fold is
scored with that training; the held-out tally pools those fold scores.

The extraction has no learned component today (every rule and threshold is
written by hand, see `extract/patterns.py`), so the pooled held-out scores
equal the all-data scores and the table shows how much the scores vary
between article samples. A learned component plugs in as a `Trainer`: given
the training articles, it returns the extraction to score the held-out fold
with.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..models import Briefing
from .gold import GoldArticle
from .scoring import Scores, score_all

#: Given the training articles, returns a function that extracts held-out ones.
Trainer = Callable[[Sequence[GoldArticle]], Callable[[Sequence[GoldArticle]], list[Briefing]]]


def fold_of(slug: str, folds: int) -> int:
    """The fold (0 .. folds-1) of an article, from a hash of its slug."""
    digest = hashlib.sha256(slug.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % folds


@dataclass(frozen=True)
class Fold:
    """One held-out fold: its number, its articles and their scores."""

    number: int
    slugs: tuple[str, ...]
    scores: Scores


@dataclass(frozen=True)
class CrossValidation:
    """Per-fold held-out scores, their pooled tally and the all-data scores."""

    folds: tuple[Fold, ...]
    held_out: Scores
    all_data: Scores
    learned: bool

    def rows(self) -> list[tuple[str, list[float]]]:
        """Headline rows: all data, pooled held-out, then each fold."""
        return headline_rows([self.all_data, self.held_out, *(f.scores for f in self.folds)])


@dataclass(frozen=True)
class Subset:
    """Scores of a named part of the corpus (e.g. the articles tuned on)."""

    name: str
    articles: int
    scores: Scores


def _scores(pairs: Sequence[tuple[Briefing, GoldArticle]]) -> Scores:
    return score_all(list(pairs))


def cross_validate(
    gold: Sequence[GoldArticle],
    briefings: Sequence[Briefing],
    folds: int,
    trainer: Trainer | None = None,
) -> CrossValidation:
    """Score each fold with what was learned on the others.

    `briefings` are the all-data extractions (same order as `gold`); with no
    `trainer` they are also the held-out ones, since nothing is learned.
    """
    if folds < 2:
        raise ValueError(f"cross-validation needs at least 2 folds, received {folds}")
    by_slug = {g.slug: b for g, b in zip(gold, briefings, strict=True)}
    results: list[Fold] = []
    pooled = Scores()
    for number in range(folds):
        held = [g for g in gold if fold_of(g.slug, folds) == number]
        if trainer is None:
            extracted = [by_slug[g.slug] for g in held]
        else:
            train = [g for g in gold if fold_of(g.slug, folds) != number]
            extracted = trainer(train)(held)
        scores = _scores(list(zip(extracted, held, strict=True)))
        pooled.add(scores)
        results.append(Fold(number, tuple(g.slug for g in held), scores))
    all_data = _scores(list(zip(briefings, gold, strict=True)))
    return CrossValidation(tuple(results), pooled, all_data, learned=trainer is not None)


def subsets(
    gold: Sequence[GoldArticle], briefings: Sequence[Briefing], listed: frozenset[str], name: str
) -> tuple[Subset, Subset]:
    """Scores of the articles whose slug is `listed` and of all the others."""
    inside = [(b, g) for g, b in zip(gold, briefings, strict=True) if g.slug in listed]
    outside = [(b, g) for g, b in zip(gold, briefings, strict=True) if g.slug not in listed]
    return (
        Subset(name, len(inside), _scores(inside)),
        Subset(f"not {name}", len(outside), _scores(outside)),
    )


#: The headline measures of the cross-validation and subset tables, in order.
HEADLINE: tuple[tuple[str, Callable[[Scores], float]], ...] = (
    ("attribution F1, end to end", lambda s: s.attribution.f1),
    ("speaker accuracy", lambda s: s.speaker.value),
    ("quote detection F1", lambda s: s.quotes.f1),
    ("person F1", lambda s: s.actors["person"].f1),
    ("organization F1", lambda s: s.actors["organization"].f1),
    ("place F1", lambda s: s.actors["place"].f1),
    ("role accuracy", lambda s: s.role_accuracy.value),
    ("role exact", lambda s: s.role_exact.value),
)


def headline_rows(columns: Sequence[Scores]) -> list[tuple[str, list[float]]]:
    """One (measure, values per column) row per headline measure."""
    return [(label, [measure(s) for s in columns]) for label, measure in HEADLINE]
