"""Organisation names cut at a joining word, repaired (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.models import ActorKind, Article


def _organisations(nlp: Language, text: str) -> set[str]:
    briefing = extract(Article(source="t.md", text=text), nlp)
    return {a.name for a in briefing.actors if a.kind is ActorKind.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dr. Ana Ruiz of the Kessler School of Marine and Atmospheric Science"
            " at the University of Leeds said so.",
            "Kessler School of Marine and Atmospheric Science",
        ),
        (
            "The militant group, the Islamic Emirate of Syria and the Levant, claimed the attack.",
            "Islamic Emirate of Syria and the Levant",
        ),
        (
            "He was also a member of the United States House Select Committee on Libya until 2016.",
            "United States House Select Committee on Libya",
        ),
    ],
)
def test_name_goes_on_past_the_joining_word(nlp: Language, text: str, name: str) -> None:
    assert name in _organisations(nlp, text)


def test_two_universities_joined_by_and_stay_two(nlp: Language) -> None:
    text = "Researchers from the University of Washington and Stanford University took part."
    assert not any(" and " in name for name in _organisations(nlp, text))
