"""Summary sentences: each readability rule on sentences written for the tests,
and whole summaries of articles written for the tests (tests/summary_articles/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from generator.evaluate.summaries import LEAD_SENTENCES, parse_article, violations
from generator.extract.parsed import ParsedArticle
from generator.extract.patterns import SUMMARY_MAX_WORDS
from generator.extract.sentences import (
    PERSON,
    PREVIOUS,
    Sentence,
    defects,
    leans_on,
    split_dateline,
    split_sentences,
    unresolved,
)
from generator.extract.summary import is_background, summarize, summary_sentences
from generator.load import load_article
from generator.models import Article

ARTICLES = Path(__file__).with_name("summary_articles")


def _parse(nlp: Language, text: str) -> tuple[ParsedArticle, tuple[Sentence, ...]]:
    parsed = parse_article(Article(source="test.md", text=text), nlp)
    return parsed, split_sentences(parsed)


def _one(nlp: Language, text: str) -> tuple[ParsedArticle, Sentence]:
    parsed, sentences = _parse(nlp, text)
    assert len(sentences) == 1, sentences
    return parsed, sentences[0]


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("He added that the talks would go on.", PERSON),
        ("The two discussed the Prague summit.", PREVIOUS),
        ("Also on Sunday, the army withdrew from the town.", PREVIOUS),
        ("However, the plan failed.", PREVIOUS),
        ("These losses will take weeks to recover.", PREVIOUS),
        ("Both sides called the agreement fair.", PREVIOUS),
        ("Its roof collapsed within an hour.", PREVIOUS),
        ("In it, the minister asks for more money.", PREVIOUS),
        ("This is the first such discovery.", PREVIOUS),
        ("This Wednesday the minister resigned.", None),
        ("After his release, Mugabe led the movement.", None),
        ("When Jane Doe arrived, she spoke to reporters.", None),
        ("The team that won the race was from Kenya.", None),
        ("Only embassy workers and their spouses have immunity.", None),
    ],
)
def test_what_a_sentence_leans_on(nlp: Language, text: str, need: str | None) -> None:
    parsed, sentence = _one(nlp, text)
    assert leans_on(sentence, parsed) == need


@pytest.mark.parametrize(
    ("text", "defect"),
    [
        ("Pictured: the hall in 2015.", "caption"),
        ("Rescuers search the rubble (file photo).", "caption"),
        ("Firefighters at work. Image: Lars Berg.", "caption"),
        ("By Maria Lopez and Tom Reed", "byline"),
        ("(Reporting by Maria Lopez; Editing by Tom Reed)", "byline"),
        ("Firefighters outside the hall on Monday.", "half-sentence"),
        ("the hall was built in 1870.", "half-sentence"),
        ("■ Evacuation zone", "not prose"),
        ('"Leave now," the governor told residents.', "bare quote"),
        ('The governor said, "Leave now and do not wait for the water."', None),
        ("By Monday, rescuers had recovered forty bodies.", None),
    ],
)
def test_sentence_defects(nlp: Language, text: str, defect: str | None) -> None:
    parsed, sentences = _parse(nlp, text)
    found = {d for s in sentences for d in defects(s, parsed)}
    assert (defect in found) if defect else not found


def test_a_sentence_cut_from_a_longer_quote_is_broken(nlp: Language) -> None:
    parsed, sentences = _parse(nlp, 'She said, "We waited for hours. Nobody came to help us."')
    assert len(sentences) == 2
    assert all("broken quote" in defects(s, parsed) for s in sentences)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("WASHINGTON (Reuters) - The Senate voted.", "WASHINGTON (Reuters) -"),
        ("KYIV, Ukraine, Oct. 7 (AP) — Talks resumed.", "KYIV, Ukraine, Oct. 7 (AP) —"),
        ("LONDON — Prices rose.", "LONDON —"),
        ("(Reuters) - Shares fell.", "(Reuters) -"),
        ("Indianapolis – Several thousand teachers marched.", "Indianapolis –"),
        ("Springfield, Ill. (AP) — Talks resumed.", "Springfield, Ill. (AP) —"),
        ("Paris – the city of light – is busy.", ""),
        ("Brace yourself – Teachers marched.", ""),
        ("NATO allies met in Brussels - again.", ""),
        ("The U.S. Senate voted.", ""),
    ],
)
def test_dateline(text: str, dateline: str) -> None:
    found, rest = split_dateline(text)
    assert found == dateline
    assert f"{found} {rest}".strip() == text


def test_he_needs_a_person_named_in_the_summary(nlp: Language) -> None:
    parsed, sentences = _parse(nlp, "The bill passed the Senate on Tuesday. He said farmers would be paid.")
    assert unresolved(sentences, parsed) == [sentences[1]]
    parsed, sentences = _parse(nlp, "Senator Ann Whitfield wrote the bill. He said farmers would be paid.")
    assert unresolved(sentences, parsed) == []
    assert unresolved(sentences[1:], parsed) == [sentences[1]]


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("The court is the highest civil court in Scotland.", True),
        ("Mugabe was considered the founding father of Zimbabwe.", True),
        ("The court ruled the suspension unlawful.", False),
        ("This is the first such discovery.", False),
        ("Leonov was famous for his spacewalk.", False),
    ],
)
def test_background_sentences(nlp: Language, text: str, background: bool) -> None:
    _, sentence = _one(nlp, text)
    assert is_background(sentence) is background


def test_summary_keeps_a_pronoun_only_with_its_antecedent(nlp: Language) -> None:
    text = (
        "A fire destroyed the old market hall in Lindenport on Monday.\n\n"
        "The hall is the oldest covered market in the region.\n\n"
        "Its roof collapsed within an hour.\n\n"
        "Mayor Ingrid Sol said the city would rebuild the hall."
    )
    parsed, _ = _parse(nlp, text)
    chosen = [s.text for s in summary_sentences(parsed)]
    assert chosen[0].startswith("A fire destroyed")
    assert "Its roof collapsed within an hour." not in chosen
    assert "The hall is the oldest covered market in the region." not in chosen


@pytest.mark.parametrize("path", sorted(ARTICLES.iterdir()), ids=lambda p: p.name)
def test_hand_written_articles_summarise_readably(nlp: Language, path: Path) -> None:
    article = load_article(path)
    parsed = parse_article(article, nlp)
    chosen = summary_sentences(parsed)
    assert 2 <= len(chosen) <= 3
    assert not violations(chosen, parsed)
    assert sum(s.words for s in chosen) <= SUMMARY_MAX_WORDS
    assert list(chosen) == sorted(chosen, key=lambda s: s.index)
    assert summarize(parsed) == " ".join(s.text for s in chosen) == summarize(parse_article(article, nlp))
    lead = split_sentences(parsed)[:LEAD_SENTENCES]
    assert violations(lead, parsed, raw=True), "each test article is meant to trip lead-3"
