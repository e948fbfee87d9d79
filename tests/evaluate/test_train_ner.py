"""Fine-tuning the entity recogniser on gold actors: the projected spans, the
training examples, deterministic training and the saved component."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.language import Language

from generator.evaluate.folds import fold_of
from generator.evaluate.gold import GoldActor, GoldArticle
from generator.evaluate.train_ner import (
    Recipe,
    article_examples,
    cross_validate_ner,
    fine_tune,
    fold_table,
    gold_spans,
    load_with_ner,
    save_ner,
)
from generator.models import Article

# An invented article; "Vell" is both a place and part of an organisation's name.
TEXT = (
    "Jo Bloggs, the director of the Vell Harbour Authority, spoke in Vell on Monday.\n\n"
    "Bloggs said the Authority would pay five million Vell dollars. Ann Roe agreed."
)
GOLD = GoldArticle(
    slug="invented",
    article=Article(source="invented.md", text=TEXT),
    actors=(
        GoldActor("Jo Bloggs", "person", "director", ("Bloggs",)),
        GoldActor("Vell Harbour Authority", "organization", None, ("Authority",)),
        GoldActor("Vell", "place", None, ()),
    ),
    quotes=(),
    summary=None,
    key_sentences=(),
)


def _texts(spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(TEXT[s:e], kind) for s, e, kind in spans]


def test_gold_spans_are_whole_words_longest_first() -> None:
    found = _texts([(s.start, s.end, s.kind) for s in gold_spans(TEXT, GOLD)])
    assert found == [
        ("Jo Bloggs", "person"),
        ("Vell Harbour Authority", "organization"),
        ("Vell", "place"),
        ("Bloggs", "person"),
        ("Authority", "organization"),
        ("Vell", "place"),
    ]


def _entities(nlp: Language, recipe: Recipe) -> list[list[tuple[str, str]]]:
    return [[(e.text, e.label_) for e in ex.reference.ents] for ex in article_examples(nlp, GOLD, recipe)]


def test_examples_take_gold_spans_and_keep_other_entities(nlp: Language) -> None:
    first, second = _entities(nlp, Recipe(drop_unmatched=False))
    assert ("Jo Bloggs", "PERSON") in first
    assert ("Vell Harbour Authority", "ORG") in first
    assert ("Monday", "DATE") in first  # not an actor: the model's own label is kept
    assert ("Bloggs", "PERSON") in second
    assert not any(text == "Vell" for text, _ in second)  # a place name inside a sum is left alone
    assert ("Ann Roe", "PERSON") in second  # no gold actor: the model's entity is kept...
    dropped = _entities(nlp, Recipe(drop_unmatched=True))[1]
    assert ("Ann Roe", "PERSON") not in dropped  # ...or taught as no entity
    assert ("Bloggs", "PERSON") in dropped


def test_training_is_deterministic_and_the_component_round_trips(nlp: Language, tmp_path: Path) -> None:
    recipe = Recipe(epochs=1, batch_size=1)
    examples = article_examples(nlp, GOLD, recipe)
    one, two = fine_tune(examples, recipe), fine_tune(examples, recipe)
    text = "Ann Roe met officials of the Vell Harbour Authority in Vell."
    assert [(e.text, e.label_) for e in one(text).ents] == [(e.text, e.label_) for e in two(text).ents]
    save_ner(one, tmp_path / "ner")
    loaded = load_with_ner(tmp_path / "ner")
    saved, trained = (n.get_pipe("ner").to_bytes(exclude=["vocab"]) for n in (loaded, one))  # type: ignore[attr-defined]
    assert saved == trained


def test_cross_validation_scores_each_held_fold_with_and_without_tuning(nlp: Language) -> None:
    other = replace(
        GOLD, slug="second", article=Article(source="second.md", text=TEXT.replace("Vell", "Orsa"))
    )
    assert {fold_of(g.slug, 2) for g in (GOLD, other)} == {0, 1}
    results = cross_validate_ner([GOLD, other], nlp, 2, Recipe(epochs=1), held=[1], exclude=frozenset())
    assert [(f.number, f.slugs) for f in results] == [(1, ("second",))]
    assert results[0].base_spans["person"].gold == 2  # "Jo Bloggs" and "Bloggs"
    assert "recogniser alone, person spans F1" in fold_table(results)
