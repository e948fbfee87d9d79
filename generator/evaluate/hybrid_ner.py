"""The base model's entities with the fine-tuned recogniser's organisations, cross-validated.

`train_ner` fine-tunes the small model's `ner` on the corpus gold; used for
every entity it loses people and places. Here it runs as a second
recogniser (`ner_org`) after the base one, and only its organisations are
merged into the base entities by a rule of `org_entities`.

`python -m generator.evaluate.hybrid_ner [CORPUS] --held 1,2,3,4 --exclude 0
--models DIR` trains, for each held fold, the recogniser on every other fold
not excluded (or reuses the one saved in DIR), and prints the held-out
scores of the base model, the fine-tuned one for every entity, and the
hybrid under each merge rule (`--rules`); `--speed DIR` times the hybrid.

Not shipped: it does not win held out. The rule was fixed by inner 4-fold
cross-validation inside folds 1-4 (fold 0 neither trained on nor scored),
pooled, base / fine-tuned for everything / fill / widen / actors / all /
orgs: organisation F1 0.845 / 0.833 / 0.836 / 0.831 / 0.827 / 0.823 /
0.821, attribution 0.957 / 0.945 / 0.953 (x4) / 0.937; `fill` lost least.
5-fold over the 78 articles, base -> fine-tuned for everything -> hybrid
(`fill`), pooled: attribution 0.939 / 0.916 / 0.935, speaker 0.948 / 0.925 /
0.944, person 0.925 / 0.902 / 0.925, organisation 0.833 / 0.840 / 0.828,
place 0.895 / 0.877 / 0.895, role accuracy 0.797 / 0.796 / 0.797; sealed
fold 0 (scored once, after the rule was fixed): attribution 0.864 and speaker
0.871 for all three, organisation 0.787 / 0.820 / 0.791, person 0.939 /
0.933 / 0.939, place 0.928 / 0.911 / 0.928, role 0.714 / 0.723 / 0.714.
The fine-tuned recogniser's organisation gains are mostly base
organisations it no longer tags (characters, products, places: extras the
gold has no actor for), which a rule that only adds organisations cannot
take; the ones it adds are as often new extras ("Sylvester the Cat",
"Ebola") or long names it cuts at "for" that the extraction's rules rebuild
from the base entities. The second recogniser (its own tok2vec) is slow:
in CPU time over the 78 articles, one thread, extraction 0.90x the bare
base pipeline's words/s with the base, 0.62x with the hybrid (under the
0.75x of issue 12); `--speed` (wall clock) gave 0.73x and, on a busier
moment, 1.04x: this machine was shared, read CPU time.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

from ..incremental.nlp import DEFAULT_MODEL
from ..models import Article
from .folds import HEADLINE, fold_of
from .gold import GoldArticle
from .org_entities import MERGE_RULES
from .scoring import Scores
from .speed import measure_speed
from .train_ner import Recipe, _score, article_examples, fine_tune, load_with_ner, save_ner

#: The name of the second recogniser in the hybrid pipeline.
ORG_NER = "ner_org"


def with_org_recogniser(org_source: Language, rule: str, model: str = DEFAULT_MODEL) -> Language:
    """A fresh pipeline `model` followed by the `ner` of `org_source`
    (named `ORG_NER`), whose organisations are merged by `rule`."""
    from . import org_entities  # noqa: F401  (registers the components)

    nlp = spacy.load(model)
    nlp.add_pipe("briefing_stash_ents", after="ner")
    nlp.add_pipe("ner", name=ORG_NER, source=org_source, after="briefing_stash_ents")
    nlp.add_pipe("briefing_org_ents", config={"rule": rule}, after=ORG_NER)
    return nlp


@dataclass(frozen=True)
class HybridFold:
    """One held-out fold scored by each pipeline: "base", "tuned" (the
    fine-tuned recogniser for every entity) and one per merge rule."""

    number: int
    slugs: tuple[str, ...]
    scores: dict[str, Scores]


def _tuned_for(
    gold: Sequence[GoldArticle],
    base: Language,
    folds: int,
    recipe: Recipe,
    left_out: frozenset[int],
    models: Path | None,
    log: bool,
) -> Language:
    """The pipeline whose `ner` is trained on every article outside the
    folds `left_out` (loaded from `models` when saved there before)."""
    folder = None
    if models is not None:
        folder = models / ("without-" + "-".join(str(n) for n in sorted(left_out)))
        if (folder / "cfg").exists():
            if log:
                print(f"  reusing {folder}", flush=True)
            return load_with_ner(folder)
    train = [g for g in gold if fold_of(g.slug, folds) not in left_out]
    if log:
        print(f"  training on {len(train)} articles", flush=True)
    tuned = fine_tune([e for g in train for e in article_examples(base, g, recipe)], recipe, log=log)
    if folder is not None:
        save_ner(tuned, folder)
    return tuned


def cross_validate_hybrid(
    gold: Sequence[GoldArticle],
    base: Language,
    folds: int,
    recipe: Recipe,
    held: Sequence[int],
    exclude: frozenset[int],
    rules: Sequence[str],
    models: Path | None = None,
    log: bool = False,
) -> list[HybridFold]:
    """For each fold in `held`, fine-tune on every other fold not in
    `exclude` and score the fold with the base, the tuned and each hybrid."""
    results = []
    for number in held:
        test = [g for g in gold if fold_of(g.slug, folds) == number]
        if log:
            print(f"fold {number}: scoring {len(test)} articles", flush=True)
        tuned = _tuned_for(gold, base, folds, recipe, frozenset({number, *exclude}), models, log)
        scores = {"base": _score(base, test), "tuned": _score(tuned, test)}
        for rule in rules:
            scores[rule] = _score(with_org_recogniser(tuned, rule), test)
        results.append(HybridFold(number, tuple(g.slug for g in test), scores))
    return results


def hybrid_table(results: Sequence[HybridFold]) -> str:
    """A Markdown table: each headline measure by pipeline, pooled, then per fold."""
    names = list(results[0].scores)
    pooled = {name: Scores() for name in names}
    for fold in results:
        for name in names:
            pooled[name].add(fold.scores[name])
    columns = [(f"pooled {n}", pooled[n]) for n in names]
    columns += [(f"fold {f.number} {n}", f.scores[n]) for f in results for n in names]
    header = "| measure | " + " | ".join(label for label, _ in columns) + " |"
    rule = "|---|" + "---:|" * len(columns)
    rows = [
        f"| {label} | " + " | ".join(f"{measure(s):.3f}" for _, s in columns) + " |"
        for label, measure in HEADLINE
    ]
    return "\n".join([header, rule, *rows])


def speed_table(articles: Sequence[Article], base: Language, hybrid: Language) -> str:
    """Extraction words per second (one process) with the base pipeline and
    the hybrid, each against the bare base pipeline (`speed.measure_speed`)."""
    first, second = measure_speed(articles, base), measure_speed(articles, hybrid)
    bare = first.bare_wps
    return "\n".join(
        [
            "| pipeline | extraction words/s | its bare pipeline words/s | extraction / bare base |",
            "|---|---:|---:|---:|",
            f"| base | {first.extract_wps:.0f} | {bare:.0f} | {first.extract_wps / bare:.2f} |",
            f"| hybrid | {second.extract_wps:.0f} | {second.bare_wps:.0f} "
            f"| {second.extract_wps / bare:.2f} |",
        ]
    )


def _numbers(text: str) -> list[int]:
    return [int(n) for n in text.split(",") if n.strip()]


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: `python -m generator.evaluate.hybrid_ner [CORPUS] --held ... --exclude ...`."""
    from ..incremental.nlp import load_model
    from .gold import load_gold

    parser = argparse.ArgumentParser(description="Cross-validate the hybrid organisation recogniser.")
    parser.add_argument("corpus", nargs="?", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--held", default="0,1,2,3,4", help="the folds to score (comma-separated)")
    parser.add_argument("--exclude", default="", help="folds never trained on (comma-separated)")
    parser.add_argument("--rules", default=",".join(MERGE_RULES), help="merge rules to score")
    parser.add_argument("--models", type=Path, help="keep (and reuse) each fold's trained ner here")
    parser.add_argument(
        "--speed",
        type=Path,
        metavar="DIR",
        help="time the hybrid with the ner saved in DIR (first rule)",
    )
    args = parser.parse_args(argv)
    gold = load_gold(args.corpus)
    rules = [r for r in args.rules.split(",") if r]
    if args.speed is not None:
        hybrid = with_org_recogniser(load_with_ner(args.speed), rules[0])
        print(speed_table([g.article for g in gold], load_model(DEFAULT_MODEL), hybrid))
        return
    results = cross_validate_hybrid(
        gold,
        load_model(DEFAULT_MODEL),
        args.folds,
        Recipe(),
        _numbers(args.held),
        frozenset(_numbers(args.exclude)),
        rules,
        args.models,
        log=True,
    )
    print(hybrid_table(results))


if __name__ == "__main__":
    main()
