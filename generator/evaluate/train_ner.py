"""Fine-tuning the small model's entity recogniser on the corpus actors (an experiment, not shipped).

Training data come from the gold: in every paragraph of a training article,
each whole-word, case-sensitive occurrence of a gold actor's name or alias is
an entity (persons PERSON, organisations ORG, places the place label the
model gave the span, else GPE for a known country or city and LOC for any
other place). The gold lists actors only, not dates, sums or nationalities,
so the model's own entities that overlap no gold span are kept as they are
(pseudo-labels, so the fine-tuned model does not learn that they are no
entities); with `Recipe.drop_unmatched` its person, organisation and place
entities that match no gold actor are taught as no entity (the gold lists
every named actor). Tokens a gold span cuts inside are left unlabelled; a
gold name inside an entity of another kind (a sum, a law) is left to the model.

`fine_tune` resumes training the `ner` component alone (it has its own
tok2vec, so the tagger and parser are untouched) with a fixed seed, a fixed
example order per epoch and dropout; the result is the whole pipeline with
the new `ner`, run by the real extraction (`extract_many`).
`cross_validate_ner` trains without each held-out fold and scores that fold
with the base model and with the fine-tuned one.

`python -m generator.evaluate.train_ner [CORPUS] --out DIR` trains on every
article and saves the `ner` component; `--cross-validate` prints the per-fold
table instead (`--held 1,2,3,4 --exclude 0` for the inner cross-validation
that leaves the sealed fold 0 out of training and scoring); `--speed DIR`
times the extraction with a saved component against the base.

Not shipped. With the recipe fixed on folds 1-4 (`Recipe`), 5-fold
cross-validation over the 78 articles, base -> fine-tuned: the recogniser
alone finds the gold actors' spans far better on every held-out fold
(pooled span F1 person 0.733 -> 0.794, organisation 0.446 -> 0.732, place
0.717 -> 0.806), but the extraction, whose rules repair the base model's
own errors, does not gain: pooled attribution F1 0.939 -> 0.916, person F1
0.925 -> 0.902, organisation 0.833 -> 0.840, place 0.895 -> 0.877; on the
sealed fold 0 (scored once, after the recipe was fixed) attribution 0.864
and speaker accuracy 0.871 unchanged, organisation 0.787 -> 0.820, person
0.939 -> 0.933, place 0.928 -> 0.911. Its organisations alone merged into
the base entities (`hybrid_ner`) do not win either.
"""

from __future__ import annotations

import argparse
import random
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc
from spacy.training import Example, offsets_to_biluo_tags
from thinc.api import Adam, fix_random_seed

from ..extract import extract_many
from ..extract.gazetteer import is_known_place
from ..extract.paragraphs import split_paragraphs
from ..extract.patterns import KIND_BY_LABEL
from ..incremental.nlp import DEFAULT_MODEL
from ..models import Article
from .folds import HEADLINE, fold_of
from .gold import GoldArticle
from .scoring import KINDS, Scores, Tally, score_all
from .speed import measure_speed

#: The entity labels read as places by the extraction (`patterns.KIND_BY_LABEL`).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: The entity labels the extraction turns into actors.
ACTOR_LABELS = frozenset({"PERSON", "ORG"}) | PLACE_LABELS
_LABEL_OF_KIND = {"person": "PERSON", "organization": "ORG"}


@dataclass(frozen=True)
class Recipe:
    """How the recogniser is fine-tuned. The defaults were chosen by 4-fold
    cross-validation inside folds 1-4 (fold 0 neither trained on nor scored),
    on the extraction's scores pooled over those folds, among: 1/3/5/8
    epochs, learning rate 0.001/0.0003/0.0002, averaged parameters or not,
    unmatched entities kept or dropped. Every one scored below the base model
    (attribution F1 0.937-0.945 against 0.957); this one and the same with
    the unmatched entities kept tied best (0.945), this one a little higher
    on person and organisation F1."""

    epochs: int = 5
    dropout: float = 0.3
    batch_size: int = 16
    seed: int = 0
    drop_unmatched: bool = True
    """Teach the model's actor entities that match no gold actor as no entity."""
    learn_rate: float = 0.0003
    """Adam's learning rate (the model's own training config has 0.001)."""
    averaged: bool = True
    """Keep the parameters averaged over the updates (as spaCy's training saves them)."""


@dataclass(frozen=True)
class GoldSpan:
    """A gold actor's name found in the text: character offsets and kind."""

    start: int
    end: int
    kind: str


def gold_spans(text: str, gold: GoldArticle) -> list[GoldSpan]:
    """Every whole-word, case-sensitive occurrence of a gold actor's name or
    alias in `text`, longest first where they overlap, in text order."""
    found: list[GoldSpan] = []
    for actor in gold.actors:
        for form in sorted({actor.name, *actor.aliases}):
            if not form.strip():
                continue
            pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
            found.extend(GoldSpan(m.start(), m.end(), actor.kind) for m in pattern.finditer(text))
    found.sort(key=lambda s: (-(s.end - s.start), s.start, s.kind))
    kept: list[GoldSpan] = []
    for span in found:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _place_label(text: str, predicted: Sequence[tuple[int, int, str]], start: int, end: int) -> str:
    for s, e, label in predicted:
        if s < end and start < e and label in PLACE_LABELS:
            return label
    return "GPE" if is_known_place(text) else "LOC"


def _inside_other(span: GoldSpan, predicted: Sequence[tuple[int, int, str]]) -> bool:
    return any(
        s <= span.start and span.end <= e and (s, e) != (span.start, span.end) and label not in ACTOR_LABELS
        for s, e, label in predicted
    )


def paragraph_example(nlp: Language, predicted: Doc, spans: Sequence[GoldSpan], recipe: Recipe) -> Example:
    """The training example of one paragraph: `predicted` is the base model's
    parse of it, `spans` the gold spans in paragraph offsets."""
    text = predicted.text
    model = [(e.start_char, e.end_char, e.label_) for e in predicted.ents]
    # a gold name inside another kind of entity ("US" in "five million US dollars",
    # "U.S." in "U.S. Constitution") is not taught: the guidelines add no actor there
    spans = [s for s in spans if not _inside_other(s, model)]
    entities: list[tuple[int, int, str]] = []
    for span in spans:
        label = _LABEL_OF_KIND.get(span.kind) or _place_label(
            text[span.start : span.end], model, span.start, span.end
        )
        entities.append((span.start, span.end, label))
    gold_ranges = [(s.start, s.end) for s in spans]
    for start, end, label in model:
        if _overlaps(start, end, gold_ranges):
            continue
        if recipe.drop_unmatched and label in ACTOR_LABELS:
            continue  # taught as no entity
        entities.append((start, end, label))
    doc = nlp.make_doc(text)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W030\]")  # the "-" tags are meant
        tags = offsets_to_biluo_tags(doc, sorted(entities))  # "-" where a span cuts a token
    return Example.from_dict(doc, {"entities": tags})


def article_examples(nlp: Language, gold: GoldArticle, recipe: Recipe) -> list[Example]:
    """The training examples of one article, one per paragraph, as the
    extraction parses it (`split_paragraphs`)."""
    paragraphs = split_paragraphs(gold.article)
    text = gold.article.text
    spans = gold_spans(text, gold)
    with nlp.select_pipes(enable=["ner"]):
        docs = list(nlp.pipe(p.text for p in paragraphs))
    examples = []
    for paragraph, doc in zip(paragraphs, docs, strict=True):
        inside = [
            GoldSpan(s.start - paragraph.start, s.end - paragraph.start, s.kind)
            for s in spans
            if s.start >= paragraph.start and s.end <= paragraph.end
        ]
        examples.append(paragraph_example(nlp, doc, inside, recipe))
    return examples


def fine_tune(
    examples: Sequence[Example], recipe: Recipe, model: str = DEFAULT_MODEL, log: bool = False
) -> Language:
    """A fresh copy of the pipeline `model` whose `ner` was trained further
    on `examples` (in the given order, shuffled per epoch with the seed)."""
    nlp = spacy.load(model)
    fix_random_seed(recipe.seed)
    order = list(examples)
    shuffle = random.Random(recipe.seed)
    optimizer = Adam(
        learn_rate=recipe.learn_rate,
        L2=0.01,
        grad_clip=1.0,
        use_averages=recipe.averaged,
        L2_is_weight_decay=True,
    )  # the model's own [training.optimizer], with the recipe's rate
    with nlp.select_pipes(enable=["ner"]):
        nlp.resume_training(sgd=optimizer)
        for epoch in range(recipe.epochs):
            shuffle.shuffle(order)
            losses: dict[str, float] = {}
            for first in range(0, len(order), recipe.batch_size):
                batch = order[first : first + recipe.batch_size]
                nlp.update(batch, drop=recipe.dropout, sgd=optimizer, losses=losses)
            if log:
                print(f"  epoch {epoch + 1}: ner loss {losses.get('ner', 0.0):.1f}", flush=True)
    if recipe.averaged:
        ner = _ner(nlp)
        with ner.model.use_params(optimizer.averages):
            averaged = ner.to_bytes()
        ner.from_bytes(averaged)
    return nlp


def _ner(nlp: Language) -> EntityRecognizer:
    ner = nlp.get_pipe("ner")
    if not isinstance(ner, EntityRecognizer):
        raise TypeError(f"expected the pipeline's ner to be an EntityRecognizer, received {type(ner)}")
    return ner


def save_ner(nlp: Language, folder: Path) -> None:
    """Write the pipeline's `ner` component to `folder`."""
    _ner(nlp).to_disk(folder, exclude=["vocab"])  # the base model's vocab is the one loaded with it


def load_with_ner(folder: Path, model: str = DEFAULT_MODEL) -> Language:
    """The pipeline `model` with the `ner` component saved in `folder`."""
    nlp = spacy.load(model)
    _ner(nlp).from_disk(folder, exclude=["vocab"])
    return nlp


def span_tallies(nlp: Language, held: Sequence[GoldArticle]) -> dict[str, Tally]:
    """The recogniser alone against the gold actors' spans (`gold_spans`), by
    kind: an entity counts when its span and kind (`KIND_BY_LABEL`) are a gold
    span's; entities of other labels are not counted."""
    tallies = {kind: Tally() for kind in KINDS}
    for article in held:
        paragraphs = split_paragraphs(article.article)
        spans = gold_spans(article.article.text, article)
        with nlp.select_pipes(enable=["ner"]):
            docs = list(nlp.pipe(p.text for p in paragraphs))
        for paragraph, doc in zip(paragraphs, docs, strict=True):
            wanted = {
                (s.start - paragraph.start, s.end - paragraph.start, s.kind)
                for s in spans
                if s.start >= paragraph.start and s.end <= paragraph.end
            }
            found = {
                (e.start_char, e.end_char, KIND_BY_LABEL[e.label_].value)
                for e in doc.ents
                if e.label_ in KIND_BY_LABEL
            }
            for kind in KINDS:
                tallies[kind].add(
                    Tally(
                        tp=sum(1 for w in wanted & found if w[2] == kind),
                        pred=sum(1 for f in found if f[2] == kind),
                        gold=sum(1 for w in wanted if w[2] == kind),
                    )
                )
    return tallies


@dataclass(frozen=True)
class NerFold:
    """One held-out fold scored with the base and the fine-tuned recogniser:
    the extraction's scores, and the recogniser's alone (`span_tallies`)."""

    number: int
    slugs: tuple[str, ...]
    base: Scores
    tuned: Scores
    base_spans: dict[str, Tally]
    tuned_spans: dict[str, Tally]


def _score(nlp: Language, held: Sequence[GoldArticle]) -> Scores:
    briefings = list(extract_many([g.article for g in held], nlp))
    return score_all(list(zip(briefings, held, strict=True)))


def cross_validate_ner(
    gold: Sequence[GoldArticle],
    base: Language,
    folds: int,
    recipe: Recipe,
    held: Sequence[int],
    exclude: frozenset[int] = frozenset(),
    log: bool = False,
) -> list[NerFold]:
    """For each fold in `held`, fine-tune on the articles of every other fold
    not in `exclude`, and score the fold with `base` and the tuned pipeline."""
    examples = {
        g.slug: article_examples(base, g, recipe) for g in gold if fold_of(g.slug, folds) not in exclude
    }
    results = []
    for number in held:
        train = [g for g in gold if fold_of(g.slug, folds) not in {number, *exclude}]
        test = [g for g in gold if fold_of(g.slug, folds) == number]
        if log:
            print(f"fold {number}: training on {len(train)} articles, scoring {len(test)}", flush=True)
        tuned = fine_tune([e for g in train for e in examples[g.slug]], recipe, log=log)
        results.append(
            NerFold(
                number,
                tuple(g.slug for g in test),
                _score(base, test),
                _score(tuned, test),
                span_tallies(base, test),
                span_tallies(tuned, test),
            )
        )
    return results


def fold_table(results: Sequence[NerFold]) -> str:
    """A Markdown table: each headline measure, base and tuned, per fold and pooled."""
    base_all, tuned_all = Scores(), Scores()
    spans_all = {kind: Tally() for kind in KINDS}, {kind: Tally() for kind in KINDS}
    for fold in results:
        base_all.add(fold.base)
        tuned_all.add(fold.tuned)
        for kind in KINDS:
            spans_all[0][kind].add(fold.base_spans[kind])
            spans_all[1][kind].add(fold.tuned_spans[kind])
    columns = [("pooled", base_all, tuned_all, *spans_all)]
    columns += [
        (f"fold {f.number} ({len(f.slugs)})", f.base, f.tuned, f.base_spans, f.tuned_spans) for f in results
    ]
    header = "| measure | " + " | ".join(f"{c[0]} base | {c[0]} tuned" for c in columns) + " |"
    rule = "|---|" + "---:|---:|" * len(columns)
    rows = [
        f"| {label} | " + " | ".join(f"{measure(c[1]):.3f} | {measure(c[2]):.3f}" for c in columns) + " |"
        for label, measure in HEADLINE
    ]
    rows += [
        f"| recogniser alone, {kind} spans F1 | "
        + " | ".join(f"{c[3][kind].f1:.3f} | {c[4][kind].f1:.3f}" for c in columns)
        + " |"
        for kind in KINDS
    ]
    return "\n".join([header, rule, *rows])


def speed_table(articles: Sequence[Article], base: Language, tuned: Language) -> str:
    """Extraction words per second (one process) with the base and the tuned
    recogniser, each the best of `speed.SPEED_PASSES` alternating passes."""
    first, second = measure_speed(articles, base), measure_speed(articles, tuned)
    return "\n".join(
        [
            "| pipeline | extraction words/s | bare spaCy words/s |",
            "|---|---:|---:|",
            f"| base ner | {first.extract_wps:.0f} | {first.bare_wps:.0f} |",
            f"| fine-tuned ner | {second.extract_wps:.0f} | {second.bare_wps:.0f} |",
        ]
    )


def _numbers(text: str) -> list[int]:
    return [int(n) for n in text.split(",") if n.strip()]


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: `python -m generator.evaluate.train_ner [CORPUS] (--out DIR | --cross-validate)`."""
    from ..incremental.nlp import load_model
    from .gold import load_gold

    parser = argparse.ArgumentParser(description="Fine-tune the entity recogniser on a gold corpus.")
    parser.add_argument("corpus", nargs="?", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--out", type=Path, help="train on every article and save the ner component here")
    parser.add_argument("--cross-validate", action="store_true", help="print the per-fold table")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--held", default="0,1,2,3,4", help="the folds to score (comma-separated)")
    parser.add_argument("--exclude", default="", help="folds never trained on (comma-separated)")
    parser.add_argument("--epochs", type=int, default=Recipe.epochs)
    parser.add_argument("--dropout", type=float, default=Recipe.dropout)
    parser.add_argument("--batch-size", type=int, default=Recipe.batch_size)
    parser.add_argument("--seed", type=int, default=Recipe.seed)
    parser.add_argument(
        "--drop-unmatched", action=argparse.BooleanOptionalAction, default=Recipe.drop_unmatched
    )
    parser.add_argument("--learn-rate", type=float, default=Recipe.learn_rate)
    parser.add_argument("--averaged", action=argparse.BooleanOptionalAction, default=Recipe.averaged)
    parser.add_argument(
        "--speed", type=Path, metavar="DIR", help="time extraction with the ner saved in DIR against the base"
    )
    args = parser.parse_args(argv)
    recipe = Recipe(
        args.epochs,
        args.dropout,
        args.batch_size,
        args.seed,
        args.drop_unmatched,
        args.learn_rate,
        args.averaged,
    )
    gold = load_gold(args.corpus)
    base = load_model(DEFAULT_MODEL)
    if args.cross_validate:
        exclude = frozenset(_numbers(args.exclude))
        results = cross_validate_ner(gold, base, args.folds, recipe, _numbers(args.held), exclude, log=True)
        print(recipe)
        print(fold_table(results))
    if args.out is not None:
        examples = [e for g in gold for e in article_examples(base, g, recipe)]
        save_ner(fine_tune(examples, recipe, log=True), args.out)
        print(f"ner component written to {args.out}")
    if args.speed is not None:
        print(speed_table([g.article for g in gold], base, load_with_ner(args.speed)))


if __name__ == "__main__":
    main()
