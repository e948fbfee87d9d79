"""Training the learned speaker ranker on the corpus quotes (`extract/speaker_model.py`).

Each gold article gives one `SpeakerExample`: the extraction's quotes, each
with its candidate speakers (`extract.speaker_features.candidates_of`), a
candidate labelled true when it is the gold speaker of the gold quote the
extracted quote matches (by the scoring's rule, `scoring.quotes_overlap`).
`fit` is an L2-regularised logistic regression solved by Newton's method:
deterministic (fixed order, no randomness), numpy only.
`cross_validate_speakers` fits it without each held-out fold and scores that
fold's attributions with it (learned, and the hybrid that keeps the rules'
speech-verb speakers), beside the rules, so no fold is scored with weights
that saw its articles.

`python -m generator.evaluate.train_speakers [CORPUS] [--out FILE]` fits on
every article and writes the weights as JSON (the hybrid by default,
`--ranker-only` for the ranker alone). Neither is shipped: cross-validated on
the 78 articles, the ranker alone scored below the rules (attribution F1
0.929 vs 0.932 pooled held out) and the hybrid tied them on every fold, the
sealed fold 0 included (0.864), so extraction keeps the rules.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..extract.actors import merge_actors
from ..extract.mentions import find_mentions
from ..extract.parsed import ParsedArticle
from ..extract.quotemarks import QuoteSpan
from ..extract.quotes import quotations
from ..extract.speaker_features import FEATURES, QuoteCandidates, candidates_of
from ..extract.speaker_model import SpeakerModel
from ..extract.speakers import CLAUSE, CONTINUED, FALLBACK, PREVIOUS, VERB, quotes_with, rule_picks
from ..models import Actor, Briefing, Quote
from ..text import gold_key
from .folds import fold_of
from .gold import GoldArticle
from .logistic_fit import fit_logistic
from .scoring import Scores, quotes_overlap, score_all

#: L2 penalty on the standardised weights, and the probability the best
#: candidate needs to be named the speaker, for the ranker alone and for the
#: hybrid. Chosen by 4-fold cross-validation inside folds 1-4 (fold 0 sealed)
#: over penalties 0.3-30 and thresholds 0.3-0.5: the ranker alone is best
#: at 10 / 0.3 (attribution F1 0.921, the rules 0.929 on the folds they were
#: tuned on); the hybrid ties the rules (0.929) at 10 / 0.5.
L2_PENALTY = 10.0
THRESHOLD = 0.3
HYBRID_THRESHOLD = 0.5
#: The hybrid keeps every speaker the rules find, however found, and lets the
#: ranker name one only where the rules name no one (keeping only speech-verb
#: speakers, or those and continued quotes, scored 0.913-0.921 inside folds 1-4).
HYBRID_KEEP = (VERB, FALLBACK, CLAUSE, CONTINUED, PREVIOUS)


@dataclass(frozen=True)
class SpeakerExample:
    """One gold article's extracted quotes, their candidates and labels."""

    slug: str
    parsed: ParsedArticle
    spans: tuple[QuoteSpan, ...]
    quotes: tuple[QuoteCandidates, ...]
    labels: tuple[tuple[bool, ...], ...]


def _keys(names: Sequence[str]) -> set[str]:
    return {gold_key(n) for n in names}


def _gold_speakers(gold: GoldArticle, texts: Sequence[str]) -> list[set[str] | None]:
    """For each extracted quote text, the name keys of the gold speaker of the
    gold quote it matches (empty for a gold quote with no speaker), or None
    when it matches no gold quote; matched one-to-one in order as scored."""
    forms = {g.name: _keys([g.name, *g.aliases]) for g in gold.actors}
    matched: set[int] = set()
    out: list[set[str] | None] = []
    for text in texts:
        found: set[str] | None = None
        for n, gq in enumerate(gold.quotes):
            if n in matched or not quotes_overlap(text, gq.text):
                continue
            matched.add(n)
            found = set() if gq.speaker is None else forms.get(gq.speaker, {gold_key(gq.speaker)})
            break
        out.append(found)
    return out


def example(gold: GoldArticle, parsed: ParsedArticle) -> SpeakerExample:
    """The candidates of one article's quotes, labelled by the gold speakers
    (quotes that match no gold quote get no true label)."""
    index = merge_actors(find_mentions(parsed))
    spans = tuple(quotations(parsed))
    picks = rule_picks(parsed, index, list(spans))
    found = candidates_of(parsed, index, spans, picks)
    texts = [parsed.article.text[s.start : s.end] for s in spans]
    wanted = _gold_speakers(gold, texts)
    labels = tuple(
        tuple(bool(keys and keys & _keys([c.actor.name, *c.actor.aliases])) for c in q.candidates)
        for q, keys in zip(found, wanted, strict=True)
    )
    return SpeakerExample(gold.slug, parsed, spans, found, labels)


def fit(
    examples: Sequence[SpeakerExample],
    l2: float = L2_PENALTY,
    threshold: float = THRESHOLD,
    keep: tuple[str, ...] = (),
    drop: frozenset[str] = frozenset(),
) -> SpeakerModel:
    """The logistic regression fitted on every candidate of `examples`, in
    order (all weights zero when there is no candidate); the features in
    `drop` are left out (weight zero)."""
    mask = [0.0 if f in drop else 1.0 for f in FEATURES]
    rows = [
        [x * k for x, k in zip(c.features, mask, strict=True)]
        for e in examples
        for q in e.quotes
        for c in q.candidates
    ]
    labels = [label for e in examples for q in e.labels for label in q]
    fitted = fit_logistic(rows, labels, len(FEATURES), l2)
    return SpeakerModel(FEATURES, fitted.means, fitted.scales, fitted.weights, fitted.bias, threshold, keep)


def rule_quotes(item: SpeakerExample) -> tuple[Quote, ...]:
    """The quotes with the rules' speakers."""
    return quotes_with(item.parsed, list(item.spans), [q.pick.actor for q in item.quotes])


def model_quotes(item: SpeakerExample, model: SpeakerModel) -> tuple[Quote, ...]:
    """The quotes with the speakers `model` chooses."""
    speakers: list[Actor | None] = [model.choose(q) for q in item.quotes]
    return quotes_with(item.parsed, list(item.spans), speakers)


@dataclass(frozen=True)
class SpeakerFold:
    """One held-out fold: its articles and the scores of the rules, of the
    ranker and of the hybrid (both trained without them)."""

    number: int
    slugs: tuple[str, ...]
    rules: Scores
    learned: Scores
    hybrid: Scores


@dataclass(frozen=True)
class SpeakerCrossValidation:
    """Attribution scored fold by fold, pooled over the folds."""

    folds: tuple[SpeakerFold, ...]
    rules: Scores
    learned: Scores
    hybrid: Scores

    def rows(self, sealed: int = 0) -> list[tuple[str, str, list[float]]]:
        """(variant, measure, values) rows: pooled over every fold, pooled over
        the folds but `sealed`, the `sealed` fold, then each other fold."""
        others = [f for f in self.folds if f.number != sealed]
        rows = []
        for label, key in VARIANTS:
            pooled = getattr(self, key)
            tuned = Scores()
            for fold in others:
                tuned.add(getattr(fold, key))
            apart = [getattr(f, key) for f in self.folds if f.number == sealed]
            columns = [pooled, tuned, *apart, *(getattr(f, key) for f in others)]
            rows.append((label, "attribution F1", [s.attribution.f1 for s in columns]))
            rows.append((label, "speaker accuracy", [s.speaker.value for s in columns]))
        return rows

    def headers(self, sealed: int = 0) -> list[str]:
        """Column names matching `rows`."""
        others = [f for f in self.folds if f.number != sealed]
        names = ["held out, all folds", f"held out, folds but {sealed}"]
        names += [f"fold {f.number} ({len(f.slugs)}, sealed)" for f in self.folds if f.number == sealed]
        return names + [f"fold {f.number} ({len(f.slugs)})" for f in others]


#: The attributions compared, as (label, attribute of a fold).
VARIANTS = (
    ("rules (shipped)", "rules"),
    ("learned ranker", "learned"),
    ("hybrid: rules, ranker where they name no one", "hybrid"),
)


#: Given the training examples and whether to fit the hybrid, returns the
#: fitted model (`fit_variant` by default).
Fitter = Callable[[Sequence[SpeakerExample], bool], SpeakerModel]


def fit_variant(examples: Sequence[SpeakerExample], hybrid: bool) -> SpeakerModel:
    """The ranker alone, or the hybrid (HYBRID_KEEP, HYBRID_THRESHOLD)."""
    if hybrid:
        return fit(examples, threshold=HYBRID_THRESHOLD, keep=HYBRID_KEEP)
    return fit(examples)


def cross_validate_speakers(
    gold: Sequence[GoldArticle],
    briefings: Sequence[Briefing],
    examples: Sequence[SpeakerExample],
    folds: int,
    fitter: Fitter = fit_variant,
) -> SpeakerCrossValidation:
    """Score each fold's attributions by the rules and by the ranker and the
    hybrid fitted on the other folds only (`briefings`: the extraction of
    `gold`, whose quotes are replaced; `examples`: of the same articles)."""
    if folds < 2:
        raise ValueError(f"cross-validation needs at least 2 folds, received {folds}")
    results: list[SpeakerFold] = []
    pooled = Scores(), Scores(), Scores()
    for number in range(folds):
        train = [e for e in examples if fold_of(e.slug, folds) != number]
        learned, hybrid = fitter(train, False), fitter(train, True)
        tallies = Scores(), Scores(), Scores()
        slugs = []
        for g, b, e in zip(gold, briefings, examples, strict=True):
            if fold_of(e.slug, folds) != number:
                continue
            slugs.append(e.slug)
            variants = (rule_quotes(e), model_quotes(e, learned), model_quotes(e, hybrid))
            for tally, quotes in zip(tallies, variants, strict=True):
                tally.add(score_all([(replace(b, quotes=quotes), g)]))
        for total, part in zip(pooled, tallies, strict=True):
            total.add(part)
        results.append(SpeakerFold(number, tuple(slugs), *tallies))
    return SpeakerCrossValidation(tuple(results), *pooled)


def examples_of(gold: Sequence[GoldArticle], parsed: Sequence[ParsedArticle]) -> list[SpeakerExample]:
    """One example per gold article (same order)."""
    return [example(g, p) for g, p in zip(gold, parsed, strict=True)]


def train(corpus: Path, hybrid: bool) -> SpeakerModel:
    """Parse the gold articles of `corpus` and fit on all of them."""
    from ..config import Config
    from ..incremental.nlp import load_model
    from .gold import load_gold
    from .summaries import parse_articles

    gold = load_gold(corpus)
    parsed = parse_articles(gold, load_model(Config().model))
    return fit_variant(examples_of(gold, parsed), hybrid)


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: `python -m generator.evaluate.train_speakers [CORPUS] [--out FILE]`."""
    parser = argparse.ArgumentParser(description="Fit the speaker ranker on a gold corpus.")
    parser.add_argument("corpus", nargs="?", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--out", type=Path, help="write the weights here (default: print them)")
    parser.add_argument(
        "--ranker-only", action="store_true", help="let the ranker decide every quote (no hybrid)"
    )
    args = parser.parse_args(argv)
    text = train(args.corpus, hybrid=not args.ranker_only).to_json()
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
