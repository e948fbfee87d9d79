"""Speaker attribution from the structure of the sentence, on sentences written for the tests."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract
from generator.models import Article


def _speakers(nlp: Language, text: str) -> list[str | None]:
    briefing = extract(Article(source="test.md", text=text), nlp)
    return [q.speaker for q in briefing.quotes]


def test_gerund_speech_verb_after_quote_does_not_steal_speaker(nlp: Language) -> None:
    text = (
        "Judge Miriam Okonkwo sentenced the owners of Vantor Logistics on Friday. Okonkwo went on "
        'to say she was lenient because they had "shown remorse from the very start" by pleading '
        "guilty early."
    )
    assert _speakers(nlp, text) == ["Miriam Okonkwo"]


def test_verb_governing_the_quote_beats_a_nearer_clause(nlp: Language) -> None:
    text = (
        'Mayor Pieter Janssen said the victims were "brave people who lost everything" in an '
        '"awful catastrophe" while Councillor Anna Berg wrote he had ordered inspections of the dikes.'
    )
    assert _speakers(nlp, text) == ["Pieter Janssen", "Pieter Janssen"]


def test_next_sentence_with_its_own_statement_is_not_the_attribution(nlp: Language) -> None:
    text = (
        "The fire spread to three warehouses. The Harbour Police Department tweeted the warning "
        '"stay away from the docks tonight." Officials stated the fire was under control.'
    )
    assert _speakers(nlp, text) == ["Harbour Police Department"]
