"""Key figures: numbers that matter with the words that say what they are, verbatim, each once."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.models import Article, KeyFigure


def _figures(nlp: Language, text: str) -> list[tuple[str, str]]:
    briefing = extract(Article("made-up.txt", text, "A made-up story"), nlp)
    for figure in briefing.figures:
        assert figure.number in figure.text and figure.text in text  # verbatim
    return [(f.text, f.number) for f in briefing.figures]


def test_counts_amounts_percentages_and_times_keep_their_words(nlp: Language) -> None:
    text = (
        "A dam burst in the valley of Orlen on Tuesday. At least 212 people were killed and "
        "the council said 4,000 homes were flooded.\n\n"
        "Repairs will cost $3.5 billion, the ministry estimated. Turnout in the vote that followed "
        "was 61.4%, and the count took 36 hours."
    )
    found = dict((number, words) for words, number in _figures(nlp, text))
    assert {"At least 212", "4,000", "$3.5 billion", "61.4%", "36 hours"} <= set(found)
    assert "people were killed" in found["At least 212"]
    assert "homes were flooded" in found["4,000"]
    assert "Repairs will cost" in found["$3.5 billion"]


def test_a_deadline_date_is_a_figure_and_a_plain_date_or_year_is_not(nlp: Language) -> None:
    text = (
        "The treaty was signed in 1998 and amended on 3 March 2004.\n\n"
        "Members must ratify the new text by 31 October, the secretariat said."
    )
    numbers = [number for _, number in _figures(nlp, text)]
    assert numbers == ["31 October"]


def test_each_number_once_and_words_never_cross_a_comma(nlp: Language) -> None:
    text = (
        "Voting closes on 14 November. Officials said ballots must arrive by 14 November, "
        "and the deadline would not move. Parties need 5% of the vote to win seats.\n\n"
        "A party below 5% of the vote wins none."
    )
    figures = _figures(nlp, text)
    numbers = [number for _, number in figures]
    assert numbers.count("5%") == 1
    for words, _ in figures:
        assert "," not in words


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke for an hour about the plan.",
        "He finished second and thanked the fans.",
        "The Group of 20 met in the capital.",
        "",
    ],
)
def test_no_figure_without_a_number_that_counts_something(nlp: Language, text: str) -> None:
    assert _figures(nlp, text) == []


def test_at_most_five_figures_the_first_ones_in_order(nlp: Language) -> None:
    counts = [11, 23, 37, 41, 53, 67, 71]
    text = " ".join(f"The {n}th village reported {n} injured people." for n in counts)
    numbers = [number for _, number in _figures(nlp, text)]
    assert numbers == [str(n) for n in counts[:5]]


def test_a_number_inside_the_words_of_the_figure_before_is_not_repeated(nlp: Language) -> None:
    text = "The road saw 18.9 deaths per 100,000 people last year."
    assert [number for _, number in _figures(nlp, text)] == ["18.9"]
    figure = KeyFigure("68 people were missing", 0, 2)
    assert figure.number == "68"
