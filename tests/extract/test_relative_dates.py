"""Relative dates in the summary ("on Monday", "yesterday") resolved from the article's date."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.models import Article, DateNote
from generator.render.views import dated_summary

MONDAY_30_SEPT = dt.date(2019, 9, 30)
SATURDAY_12_OCT = dt.date(2019, 10, 12)


def _summary(nlp: Language, text: str, date: dt.date | None) -> str:
    return dated_summary(extract(Article(source="t.md", text=text, date=date), nlp))


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # past tense: the latest such day up to the article's date
        (
            "The minister resigned on Friday after a week of protests in the capital.",
            dt.date(2019, 10, 1),
            "The minister resigned on Friday (27 September 2019) after",
        ),
        (
            "Officials confirmed on Monday that the bridge was closed to traffic.",
            MONDAY_30_SEPT,
            "Officials confirmed on Monday (30 September 2019) that",
        ),
        (
            "Yesterday, the space agency announced the death of the cosmonaut.",
            SATURDAY_12_OCT,
            "Yesterday (11 October 2019), the space agency",
        ),
        (
            "In findings published Tuesday in the journal Nature, astronomers reported water vapour.",
            dt.date(2019, 9, 14),
            "findings published Tuesday (10 September 2019) in",
        ),
        # future tense: the next such day after the article's date
        (
            "The two leaders will meet in Geneva on Thursday to discuss the border.",
            MONDAY_30_SEPT,
            "in Geneva on Thursday (3 October 2019) to discuss",
        ),
        (
            "Police said the suspect was arrested last Sunday night near the station.",
            MONDAY_30_SEPT,
            "last Sunday night (29 September 2019) near",
        ),
    ],
)
def test_relative_dates_get_the_absolute_date(nlp: Language, text: str, date: dt.date, expected: str) -> None:
    assert expected in _summary(nlp, text, date)


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned on Friday after a week of protests in the capital.",
        "Yesterday, the space agency announced the death of the cosmonaut.",
    ],
)
def test_never_guessed_when_the_article_is_undated(nlp: Language, text: str) -> None:
    briefing = extract(Article(source="t.md", text=text), nlp)
    assert briefing.summary_dates == () and dated_summary(briefing) == briefing.summary


def test_a_day_already_dated_or_of_unknown_tense_is_left_alone(nlp: Language) -> None:
    dated = "The court ruled on Monday, September 30, that the law was void."
    assert "(" not in _summary(nlp, dated, MONDAY_30_SEPT)
    # Future tense on the article's own weekday: this week or next? Not guessed.
    same_day = "The committee will vote on Monday on the new budget for the city."
    assert "(" not in _summary(nlp, same_day, MONDAY_30_SEPT)


def test_the_summary_itself_stays_verbatim(nlp: Language) -> None:
    text = "The minister resigned on Friday after a week of protests in the capital."
    briefing = extract(Article(source="t.md", text=text, date=dt.date(2019, 10, 1)), nlp)
    assert briefing.summary == text
    assert briefing.summary_dates == (DateNote(len("The minister resigned on Friday"), dt.date(2019, 9, 27)),)
