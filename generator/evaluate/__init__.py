"""Evaluation: run the real extraction over gold-annotated articles and score it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language

from ..extract import extract_many
from .folds import CrossValidation, Subset, cross_validate, headline_rows, subsets
from .gold import GoldArticle, load_gold
from .scoring import Scores, score_all
from .speed import Speed, measure_speed
from .summaries import parse_articles, score_summaries

if TYPE_CHECKING:  # imported lazily below: `python -m generator.evaluate.train_summary` runs it
    from .train_speakers import SpeakerCrossValidation
    from .train_summary import SummaryCrossValidation

__all__ = ["Evaluation", "corpus_fingerprint", "evaluate", "load_gold"]


@dataclass(frozen=True)
class Evaluation:
    """Scores over a gold directory, with the extraction speed of the same run."""

    articles: int
    scores: Scores
    speed: Speed | None
    fingerprint: str
    cross: CrossValidation | None = None
    """Per-fold held-out scores (`evaluate --folds K`)."""
    parts: tuple[Subset, ...] = ()
    """Scores of a listed set of articles and of the others (`evaluate --subset`)."""
    summary_cross: SummaryCrossValidation | None = None
    """Summaries scored per fold with a scorer trained on the other folds (`--folds K`)."""
    speaker_cross: SpeakerCrossValidation | None = None
    """Attribution per fold by the rules and by the speaker ranker trained on the other folds."""

    def part_rows(self) -> list[tuple[str, list[float]]]:
        """Headline rows of the subset table, one value per part."""
        return headline_rows([p.scores for p in self.parts])


def corpus_fingerprint(gold: list[GoldArticle]) -> str:
    """Return a sha256 over the article texts and gold, to tell when floors no longer apply."""
    digest = hashlib.sha256()
    for item in gold:
        digest.update(item.slug.encode())
        digest.update(item.article.text.encode())
        digest.update(repr((item.actors, item.quotes, item.summary, item.key_sentences)).encode())
    return digest.hexdigest()


def evaluate(
    folder: Path,
    nlp: Language,
    with_speed: bool = True,
    folds: int = 0,
    subset: tuple[str, frozenset[str]] | None = None,
) -> Evaluation:
    """Extract every gold article of `folder` and score it (and time it).

    With `folds` >= 2, also score each of that many article folds held out
    (see `folds.cross_validate`), the summaries with a scorer retrained
    without each fold (`train_summary.cross_validate_summaries`) and the
    speakers with a ranker retrained likewise (`train_speakers`); with `subset` (a name and a set of slugs),
    also score those articles apart from the others.
    """
    gold = load_gold(folder)
    briefings = list(extract_many([g.article for g in gold], nlp))
    scores = score_all(list(zip(briefings, gold, strict=True)))
    parsed = parse_articles(gold, nlp)
    scores.summary, scores.lead3 = score_summaries(briefings, gold, parsed)
    speed = measure_speed([g.article for g in gold], nlp) if with_speed else None
    cross = cross_validate(gold, briefings, folds) if folds else None
    summary_cross = speaker_cross = None
    if folds:
        from .train_speakers import cross_validate_speakers, examples_of
        from .train_summary import cross_validate_summaries

        summary_cross = cross_validate_summaries(gold, parsed, folds)
        speaker_cross = cross_validate_speakers(gold, briefings, examples_of(gold, parsed), folds)
    parts = subsets(gold, briefings, subset[1], subset[0]) if subset else ()
    return Evaluation(
        len(gold), scores, speed, corpus_fingerprint(gold), cross, parts, summary_cross, speaker_cross
    )
