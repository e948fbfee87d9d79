"""Acceptance of the extract stage on the seed wire story."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from generator.extract import extract, extract_many
from generator.models import Actor, ActorKind, Article, Briefing

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_4b9f4f52323e9ed6.txt"


@pytest.fixture(scope="module")
def seed_article() -> Article:
    return Article(source=str(SEED), text=SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def briefing(seed_article: Article, nlp: Language) -> Briefing:
    return extract(seed_article, nlp)


def _person(briefing: Briefing, name: str) -> Actor:
    actor = briefing.actor(name)
    assert actor is not None, [a.name for a in briefing.actors]
    assert actor.kind is ActorKind.PERSON
    return actor


@pytest.mark.parametrize(
    ("name", "roles"),
    [
        ("Nikol Pashinyan", {"Prime Minister"}),
        ("Antony Blinken", {"Secretary of Sate", "Secretary of State"}),
        ("Ilham Aliyev", {"President"}),
        ("Emmanuel Macron", {"French President", "President", "President of France"}),
        ("Charles Michel", {"President of the Council of Europe"}),
        ("Recep Tayyip Erdogan", {"President", "President of Turkey"}),
        ("Ned Price", {"State Department Spokesman"}),
    ],
)
def test_seed_people_and_roles(briefing: Briefing, name: str, roles: set[str]) -> None:
    assert _person(briefing, name).role in roles


def test_seed_has_exactly_seven_people(briefing: Briefing) -> None:
    people = {a.name for a in briefing.actors if a.kind is ActorKind.PERSON}
    assert {
        "Nikol Pashinyan", "Antony Blinken", "Ilham Aliyev", "Emmanuel Macron",
        "Charles Michel", "Recep Tayyip Erdogan", "Ned Price",
    } <= people  # fmt: skip


def test_seed_surnames_merge_into_full_names(briefing: Briefing) -> None:
    assert "Pashinyan" in _person(briefing, "Nikol Pashinyan").aliases
    assert "Blinken" in _person(briefing, "Antony Blinken").aliases
    assert briefing.actor("Pashinyan") is None


def test_seed_council_of_europe_is_an_organisation(briefing: Briefing) -> None:
    council = briefing.actor("Council of Europe")
    assert council is not None and council.kind is ActorKind.ORGANIZATION


def test_seed_quotes_and_speakers(briefing: Briefing, seed_article: Article) -> None:
    speakers = [q.speaker for q in briefing.quotes]
    assert speakers == ["Pashinyan's office", "Pashinyan's office", "Ned Price", "Ned Price"]
    office = briefing.actor("Pashinyan's office")
    assert office is not None and office.kind is ActorKind.ORGANIZATION
    for quote in briefing.quotes:
        assert seed_article.text[quote.start : quote.end] == quote.text
    assert briefing.quotes[0].text.startswith("The parties emphasized")
    assert briefing.quotes[0].text.endswith("ceasefire regime,")
    assert all(q.text != "peace treaty" for q in briefing.quotes)


def test_seed_title_is_short_and_from_first_sentence(briefing: Briefing) -> None:
    words = briefing.title.split()
    assert 4 <= len(words) <= 12
    assert "Pashinyan" in briefing.title and "Blinken" in briefing.title
    assert "discussed" not in briefing.title


def test_seed_summary_and_paragraphs(briefing: Briefing, seed_article: Article) -> None:
    assert len(briefing.paragraphs) == 12
    assert briefing.summary.startswith("Prime Minister Nikol Pashinyan held")
    assert briefing.summary.count(". ") in {1, 2}


def test_extract_many_matches_extract(briefing: Briefing, seed_article: Article, nlp: Language) -> None:
    other = Article(source="x.md", text="First paragraph here.\n\nSecond one, said Jane Doe.")
    empty = Article(source="empty.txt", text="")
    many = list(extract_many([seed_article, empty, other], nlp))
    assert many[0] == briefing
    assert many[1] == extract(empty, nlp)
    assert many[2] == extract(other, nlp)
