"""The learned speaker ranker: candidate features on invented sentences,
deterministic training, fold isolation, the hybrid's decision."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from generator.evaluate.folds import fold_of
from generator.evaluate.gold import GoldArticle, GoldQuote
from generator.evaluate.summaries import parse_article
from generator.evaluate.train_speakers import (
    SpeakerExample,
    cross_validate_speakers,
    example,
    fit,
    fit_variant,
    main,
    rule_quotes,
)
from generator.extract import extract_many
from generator.extract.speaker_features import FEATURES, QuoteCandidates
from generator.extract.speaker_model import SpeakerModel
from generator.extract.speakers import VERB
from generator.models import Article

# Invented news articles, each quote with the speaker an annotator would give.
STORIES = (
    (
        "Acme Bank announced 500 job cuts on Monday.\n\n"
        '"We regret this decision," said Acme Bank chief executive Jo Bloggs.\n\n'
        '"I lost my job," Sam Weller told reporters in Tarnby.',
        (("We regret this decision,", "Jo Bloggs"), ("I lost my job,", "Sam Weller")),
    ),
    (
        "The mayor of Pell, Dana Kovac, resigned on Friday.\n\n"
        'According to Dana Kovac, "the council no longer trusts me."\n\n'
        'The Pell Harbour Authority said in a statement: "Ferries will run as planned."',
        (
            ("the council no longer trusts me.", "Dana Kovac"),
            ("Ferries will run as planned.", "Pell Harbour Authority"),
        ),
    ),
    (
        "Floodwater closed the main bridge in Orsa on Monday.\n\n"
        'Engineer Ines Marr inspected it. "We have never seen the water this high," she said.\n\n'
        '"It will take a week," Marr added.',
        (("We have never seen the water this high,", "Ines Marr"), ("It will take a week,", "Ines Marr")),
    ),
    (
        "A storm cut ferry service to the Vell islands on Tuesday.\n\n"
        '"Stay indoors," the Vell Weather Office warned in a bulletin.\n\n'
        'Resident Ola Berg said: "The wind took our roof."',
        (("Stay indoors,", "Vell Weather Office"), ("The wind took our roof.", "Ola Berg")),
    ),
)


def _gold(nlp: Language) -> tuple[list[GoldArticle], list[SpeakerExample]]:
    gold, examples = [], []
    for number, (text, quotes) in enumerate(STORIES):
        article = Article(source=f"story-{number}.md", text=text, title=f"Story {number}")
        item = GoldArticle(
            f"story-{number}", article, (), tuple(GoldQuote(q, s) for q, s in quotes), None, ()
        )
        gold.append(item)
        examples.append(example(item, parse_article(article, nlp)))
    return gold, examples


@pytest.fixture(scope="module")
def stories(nlp: Language) -> tuple[list[GoldArticle], list[SpeakerExample]]:
    return _gold(nlp)


def _features(quote: QuoteCandidates, name: str) -> dict[str, float]:
    for candidate in quote.candidates:
        if candidate.actor.name == name:
            return dict(zip(FEATURES, candidate.features, strict=True))
    raise AssertionError(f"{name} is no candidate of {[c.actor.name for c in quote.candidates]}")


def test_features_of_invented_sentences(stories: tuple[list[GoldArticle], list[SpeakerExample]]) -> None:
    _, examples = stories
    bank = examples[0]
    said, told = bank.quotes
    bloggs = _features(said, "Jo Bloggs")
    assert bloggs["rules_pick"] == 1.0 and bloggs["rules_verb"] == 1.0
    assert bloggs["same_sentence"] == 1.0 and bloggs["speech_subject"] == 1.0
    assert bloggs["person"] == 1.0 and bloggs["inside_quote"] == 0.0
    acme = _features(said, "Acme Bank")
    assert acme["rules_pick"] == 0.0 and acme["organization"] == 1.0
    assert acme["previous_paragraph"] == 1.0 and acme["in_lead"] == 1.0
    # the place named after "told reporters in" is never a candidate speaker
    assert all(c.actor.name != "Tarnby" for c in told.candidates)
    weller = _features(told, "Sam Weller")
    assert weller["speech_subject"] == 1.0 and weller["named_before"] == 0.0
    # the previous quote's speaker stays a candidate, marked as such
    assert _features(told, "Jo Bloggs")["previous_speaker"] == 1.0
    kovac = _features(examples[1].quotes[0], "Dana Kovac")
    assert kovac["according_to"] == 1.0
    marr = _features(examples[2].quotes[0], "Ines Marr")
    assert marr["previous_sentence"] == 1.0 and marr["last_person"] == 1.0
    assert marr["rules_pick"] == 1.0  # "she said", resolved by the rules
    # labels: the gold speaker's candidate, and only it
    for item in examples:
        for labels in item.labels:
            assert sum(labels) <= 1
    assert any(label for item in examples for q in item.labels for label in q)


def test_training_is_deterministic(stories: tuple[list[GoldArticle], list[SpeakerExample]]) -> None:
    _, examples = stories
    first, second = fit(examples), fit(list(examples))
    assert first == second and first.to_json() == second.to_json()
    assert SpeakerModel.from_json(first.to_json()) == first
    assert first.features == FEATURES and len(first.weights) == len(FEATURES)
    # the model learned something: the gold speakers score above the other candidates
    scored = [
        (first.score(c.features), y)
        for e in examples
        for q, labels in zip(e.quotes, e.labels, strict=True)
        for c, y in zip(q.candidates, labels, strict=True)
    ]
    right = [score for score, y in scored if y]
    wrong = [score for score, y in scored if not y]
    assert sum(right) / len(right) > sum(wrong) / len(wrong)


def test_a_fold_is_never_scored_with_weights_that_saw_it(
    nlp: Language, stories: tuple[list[GoldArticle], list[SpeakerExample]]
) -> None:
    gold, examples = stories
    briefings = list(extract_many([g.article for g in gold], nlp))
    seen: list[set[str]] = []

    def spy(train: Sequence[SpeakerExample], hybrid: bool) -> SpeakerModel:
        seen.append({e.slug for e in train})
        return fit_variant(train, hybrid)

    result = cross_validate_speakers(gold, briefings, examples, 2, spy)
    assert len(seen) == 4 and len(result.folds) == 2
    for n, fold in enumerate(result.folds):
        for trained_on in seen[2 * n : 2 * n + 2]:
            assert not trained_on & set(fold.slugs)
            assert trained_on | set(fold.slugs) == {g.slug for g in gold}
        assert all(fold_of(slug, 2) == fold.number for slug in fold.slugs)
    assert result.rules.quotes.gold == result.learned.quotes.gold == sum(len(s[1]) for s in STORIES)
    headers, rows = result.headers(), result.rows()
    assert headers[2] == f"fold 0 ({len(result.folds[0].slugs)}, sealed)"
    assert len(rows) == 6 and all(len(values) == len(headers) for _, _, values in rows)
    # the rules' quotes rebuilt from the candidates are the extraction's own
    for item, briefing in zip(examples, briefings, strict=True):
        assert rule_quotes(item) == briefing.quotes


def test_untrained_model_keeps_the_kept_rules_and_thresholds(
    stories: tuple[list[GoldArticle], list[SpeakerExample]],
) -> None:
    _, examples = stories
    quote = examples[0].quotes[0]
    assert quote.pick.source == VERB and quote.pick.actor is not None
    untrained = fit([])
    assert untrained.probability((1.0,) * len(FEATURES)) == 0.5
    # every candidate scores 0.5: below a higher threshold no one is named,
    # unless the rules' way of finding the speaker is one the model keeps
    assert SpeakerModel(*_parts(untrained), threshold=0.6).choose(quote) is None
    kept = SpeakerModel(*_parts(untrained), threshold=0.6, keep=(VERB,))
    assert kept.choose(quote) is quote.pick.actor
    # trained on quotes none of whose candidates spoke, it names no one
    silent = [replace(e, labels=tuple((False,) * len(q) for q in e.labels)) for e in examples]
    assert fit(silent).choose(quote) is None
    with pytest.raises(ValueError, match="one mean, scale and weight per feature"):
        SpeakerModel(FEATURES, (0.0,), (1.0,), (0.0,), 0.0)


def _parts(
    model: SpeakerModel,
) -> tuple[tuple[str, ...], tuple[float, ...], tuple[float, ...], tuple[float, ...], float]:
    return model.features, model.means, model.scales, model.weights, model.bias


def test_training_command_writes_the_same_bytes_twice(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "gold").mkdir(parents=True)
    for number, (text, quotes) in enumerate(STORIES):
        (corpus / f"story-{number}.txt").write_text(text, encoding="utf-8")
        gold = {"actors": [], "quotes": [{"text": q, "speaker": s} for q, s in quotes]}
        (corpus / "gold" / f"story-{number}.json").write_text(json.dumps(gold), encoding="utf-8")
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    main([str(corpus), "--out", str(first)])
    main([str(corpus), "--out", str(second)])
    assert first.read_bytes() == second.read_bytes()
    model = SpeakerModel.from_json(first.read_text(encoding="utf-8"))
    assert model.features == FEATURES and model.keep  # the hybrid by default
    assert any(model.weights)
