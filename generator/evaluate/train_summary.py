"""Training the summary's learned sentence scorer on the corpus (`summary_model.py`).

Each gold article gives one `Example`: its candidate sentences after the lead
(`extract.summary.candidates`), each labelled by whether it is one of the
gold `key_sentences`. `fit` is an L2-regularised logistic regression solved
by Newton's method: deterministic (fixed order, no randomness), numpy only.
`cross_validate_summaries` fits it without each held-out fold and scores
that fold's summaries with it, beside the shipped hand-set rules and lead-3,
so no fold is scored with weights that saw its articles.

`python -m generator.evaluate.train_summary [CORPUS] [--out FILE]` fits on
every article and writes the weights as JSON (the scorer is not shipped: it
did not beat the rules cross-validated, see `extract/summary.py`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..extract.parsed import ParsedArticle
from ..extract.sentences import Sentence, split_sentences
from ..extract.summary import candidates, lead_sentence, learned_choice, summary_sentences
from ..extract.summary_features import FEATURES, Candidate
from ..extract.summary_model import SummaryModel
from .folds import fold_of
from .gold import GoldArticle
from .logistic_fit import fit_logistic
from .summaries import LEAD_SENTENCES, SummaryTally, score_summary

#: L2 penalty on the standardised weights. Chosen by 4-fold cross-validation
#: on folds 1-4 of the corpus (fold 0 sealed): key-sentence F1 is flat for
#: penalties 1-30 (0.741-0.747), 3 was best.
L2_PENALTY = 3.0


@dataclass(frozen=True)
class Example:
    """One gold article's summary candidates with the editors' labels."""

    slug: str
    parsed: ParsedArticle
    lead: Sentence | None
    candidates: tuple[Candidate, ...]
    labels: tuple[bool, ...]


def example(gold: GoldArticle, parsed: ParsedArticle) -> Example:
    """The candidates of one article, each labelled by whether the editors picked it."""
    lead, usable = lead_sentence(parsed)
    found = candidates(parsed, lead, usable) if lead is not None else ()
    keys = {" ".join(k.split()) for k in gold.key_sentences}
    return Example(gold.slug, parsed, lead, found, tuple(c.sentence.text in keys for c in found))


def fit(examples: Sequence[Example], l2: float = L2_PENALTY) -> SummaryModel:
    """The logistic regression fitted on every candidate of `examples`, in order
    (all weights zero when there is no candidate)."""
    rows = [c.features for e in examples for c in e.candidates]
    labels = [label for e in examples for label in e.labels]
    fitted = fit_logistic(rows, labels, len(FEATURES), l2)
    return SummaryModel(FEATURES, fitted.means, fitted.scales, fitted.weights, fitted.bias)


def summarise(item: Example, model: SummaryModel) -> tuple[Sentence, ...]:
    """The summary sentences of one example under `model`."""
    if item.lead is None:
        return ()
    return learned_choice(item.parsed, item.lead, item.candidates, model)


@dataclass(frozen=True)
class SummaryFold:
    """One held-out fold: its articles and the tallies of the learned scorer
    (trained without them), of the shipped rules and of lead-3."""

    number: int
    slugs: tuple[str, ...]
    learned: SummaryTally
    rules: SummaryTally
    lead3: SummaryTally


@dataclass(frozen=True)
class SummaryCrossValidation:
    """Summaries scored fold by fold, pooled over the folds."""

    folds: tuple[SummaryFold, ...]
    learned: SummaryTally
    rules: SummaryTally
    lead3: SummaryTally


#: Given the training examples, returns the fitted model (`fit` by default).
Fitter = Callable[[Sequence[Example]], SummaryModel]


def cross_validate_summaries(
    gold: Sequence[GoldArticle], parsed: Sequence[ParsedArticle], folds: int, fitter: Fitter = fit
) -> SummaryCrossValidation:
    """Score each fold's learned summaries with a model fitted on the other folds
    only, and the same articles' rule-based and lead-3 summaries."""
    if folds < 2:
        raise ValueError(f"cross-validation needs at least 2 folds, received {folds}")
    examples = [example(g, p) for g, p in zip(gold, parsed, strict=True)]
    by_slug = {g.slug: g for g in gold}
    results: list[SummaryFold] = []
    pooled = SummaryTally(), SummaryTally(), SummaryTally()
    for number in range(folds):
        model = fitter([e for e in examples if fold_of(e.slug, folds) != number])
        held = [e for e in examples if fold_of(e.slug, folds) == number]
        tallies = SummaryTally(), SummaryTally(), SummaryTally()
        for item in held:
            gold_item = by_slug[item.slug]
            first = split_sentences(item.parsed)[:LEAD_SENTENCES]
            tallies[0].add(score_summary(summarise(item, model), gold_item, item.parsed))
            tallies[1].add(score_summary(summary_sentences(item.parsed), gold_item, item.parsed))
            tallies[2].add(score_summary(first, gold_item, item.parsed, raw=True))
        for total, part in zip(pooled, tallies, strict=True):
            total.add(part)
        results.append(SummaryFold(number, tuple(e.slug for e in held), *tallies))
    return SummaryCrossValidation(tuple(results), *pooled)


def model_json(model: SummaryModel) -> str:
    """The model as JSON: feature names, means, scales, weights and bias."""
    data = {
        "features": list(model.features),
        "means": list(model.means),
        "scales": list(model.scales),
        "weights": list(model.weights),
        "bias": model.bias,
    }
    return json.dumps(data, indent=2) + "\n"


def train(corpus: Path) -> SummaryModel:
    """Parse the gold articles of `corpus` and fit on all of them."""
    from ..config import Config
    from ..incremental.nlp import load_model
    from .gold import load_gold
    from .summaries import parse_articles

    gold = load_gold(corpus)
    parsed = parse_articles(gold, load_model(Config().model))
    return fit([example(g, p) for g, p in zip(gold, parsed, strict=True)])


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: `python -m generator.evaluate.train_summary [CORPUS] [--out FILE]`."""
    parser = argparse.ArgumentParser(description="Fit the summary sentence scorer on a gold corpus.")
    parser.add_argument("corpus", nargs="?", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--out", type=Path, help="write the weights here (default: print them)")
    args = parser.parse_args(argv)
    text = model_json(train(args.corpus))
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
