"""The learned summary scorer: features, deterministic training, fold isolation,
and summaries that still read on their own (articles written for the tests)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from spacy.language import Language

from generator.evaluate.folds import fold_of
from generator.evaluate.gold import GoldArticle
from generator.evaluate.summaries import parse_article, violations
from generator.evaluate.train_summary import (
    Example,
    cross_validate_summaries,
    example,
    fit,
    model_json,
    summarise,
)
from generator.extract.parsed import ParsedArticle
from generator.extract.patterns import SUMMARY_MAX_WORDS
from generator.extract.summary import candidates, lead_sentence, summary_sentences
from generator.extract.summary_features import FEATURES
from generator.extract.summary_model import SummaryModel
from generator.load import load_article
from generator.models import Article

ARTICLES = Path(__file__).resolve().parent.parent / "extract" / "summary_articles"

# Invented news articles with the sentences an editor would pick.
STORIES = (
    (
        "Flood closes bridge in Tarnby",
        "Floodwater closed the main bridge in Tarnby on Monday.\n\n"
        "The river rose two metres overnight. Engineers said the bridge would stay shut for a week. "
        "The bridge was built in 1904.\n\n"
        '"We have never seen the water this high," said resident Ola Berg.\n\n'
        "About 300 homes lost power, the utility said.",
        ("Floodwater closed the main bridge in Tarnby on Monday.", "The river rose two metres overnight.",
         "About 300 homes lost power, the utility said."),
    ),
    (
        "Mayor of Pell resigns",
        "The mayor of Pell, Dana Kovac, resigned on Friday after a vote of no confidence.\n\n"
        "The council voted 12 to 3 against her. Kovac had led the town since 2015.\n\n"
        "Pell is a port town of 40,000 people. A new election will be held in March.",
        ("The mayor of Pell, Dana Kovac, resigned on Friday after a vote of no confidence.",
         "The council voted 12 to 3 against her.", "A new election will be held in March."),
    ),
    (
        "Storm cuts ferry service to Vell islands",
        "A storm cut ferry service to the Vell islands on Tuesday.\n\n"
        "Winds reached 120 kilometres per hour. "
        "The ferry company said crossings would resume on Thursday.\n\n"
        "The islands are home to about 2,000 people. Schools were closed.",
        ("A storm cut ferry service to the Vell islands on Tuesday.",
         "Winds reached 120 kilometres per hour.",
         "The ferry company said crossings would resume on Thursday."),
    ),
    (
        "Museum in Orsa returns stolen painting",
        "A museum in Orsa returned a stolen painting to its owners on Wednesday.\n\n"
        "The painting was taken in 1978. Police found it in a private collection last year.\n\n"
        "The museum's director, Ines Marr, thanked the police. "
        "The painting is worth about two million euros.",
        ("A museum in Orsa returned a stolen painting to its owners on Wednesday.",
         "The painting was taken in 1978.", "The painting is worth about two million euros."),
    ),
)  # fmt: skip


def _gold(nlp: Language) -> tuple[list[GoldArticle], list[ParsedArticle]]:
    gold, parsed = [], []
    for number, (title, text, keys) in enumerate(STORIES):
        article = Article(source=f"story-{number}.md", text=text, title=title)
        gold.append(GoldArticle(f"story-{number}", article, (), (), None, keys))
        parsed.append(parse_article(article, nlp))
    return gold, parsed


@pytest.fixture(scope="module")
def stories(nlp: Language) -> tuple[list[GoldArticle], list[ParsedArticle], list[Example]]:
    gold, parsed = _gold(nlp)
    return gold, parsed, [example(g, p) for g, p in zip(gold, parsed, strict=True)]


def test_features_of_an_invented_article(
    stories: tuple[list[GoldArticle], list[ParsedArticle], list[Example]],
) -> None:
    _, _, examples = stories
    flood = examples[0]
    assert flood.lead is not None and flood.lead.text.startswith("Floodwater closed")
    by_text = {c.sentence.text: dict(zip(FEATURES, c.features, strict=True)) for c in flood.candidates}
    first = by_text["The river rose two metres overnight."]
    assert first["first after lead"] == 1.0 and first["second after lead"] == 0.0
    assert first["opens paragraph"] == 1.0
    built = by_text["The bridge was built in 1904."]
    assert built["title overlap"] > 0  # "bridge"
    assert built["opens paragraph"] == 0.0
    assert by_text["About 300 homes lost power, the utility said."]["numbers"] > 0
    assert by_text["About 300 homes lost power, the utility said."]["reported speech"] == 1.0
    # the bare quote is no candidate at all
    assert not any(text.startswith('"') for text in by_text)
    assert flood.labels == tuple(
        text in STORIES[0][2] for text in (c.sentence.text for c in flood.candidates)
    )


def test_training_is_deterministic(
    stories: tuple[list[GoldArticle], list[ParsedArticle], list[Example]],
) -> None:
    _, _, examples = stories
    first, second = fit(examples), fit(list(examples))
    assert first == second
    assert model_json(first) == model_json(second)
    assert first.features == FEATURES and len(first.weights) == len(FEATURES)
    # the model learned something: the editors' picks score above the others
    picked = [
        first.score(c.features) for e in examples for c, y in zip(e.candidates, e.labels, strict=True) if y
    ]
    others = [
        first.score(c.features)
        for e in examples
        for c, y in zip(e.candidates, e.labels, strict=True)
        if not y
    ]
    assert sum(picked) / len(picked) > sum(others) / len(others)


def test_a_fold_is_never_scored_with_weights_that_saw_it(
    stories: tuple[list[GoldArticle], list[ParsedArticle], list[Example]],
) -> None:
    gold, parsed, _ = stories
    seen: list[set[str]] = []

    def spy(train: Sequence[Example]) -> SummaryModel:
        seen.append({e.slug for e in train})
        return fit(train)

    result = cross_validate_summaries(gold, parsed, 2, spy)
    assert len(seen) == 2 and len(result.folds) == 2
    for fold, trained_on in zip(result.folds, seen, strict=True):
        assert not trained_on & set(fold.slugs)
        assert trained_on | set(fold.slugs) == {g.slug for g in gold}
        assert all(fold_of(slug, 2) == fold.number for slug in fold.slugs)
    assert result.learned.articles == result.rules.articles == result.lead3.articles == len(gold)
    assert not result.learned.violations


def test_untrained_model_and_mismatched_weights() -> None:
    model = fit([])
    assert model.weights == (0.0,) * len(FEATURES) and model.probability((1.0,) * len(FEATURES)) == 0.5
    with pytest.raises(ValueError, match="one mean, scale and weight per feature"):
        SummaryModel(FEATURES, (0.0,), (1.0,), (0.0,), 0.0)


@pytest.mark.parametrize("path", sorted(ARTICLES.iterdir()), ids=lambda p: p.name)
def test_learned_summaries_read_on_their_own(
    nlp: Language, path: Path, stories: tuple[list[GoldArticle], list[ParsedArticle], list[Example]]
) -> None:
    model = fit(stories[2])
    parsed = parse_article(load_article(path), nlp)
    chosen = summary_sentences(parsed, model)
    lead, usable = lead_sentence(parsed)
    assert lead is not None and chosen[0] == lead
    assert 1 <= len(chosen) <= 3
    assert not violations(chosen, parsed)
    assert sum(s.words for s in chosen) <= SUMMARY_MAX_WORDS
    assert list(chosen) == sorted(chosen, key=lambda s: s.index)
    item = Example(path.stem, parsed, lead, candidates(parsed, lead, usable), ())
    assert summarise(item, model) == chosen
