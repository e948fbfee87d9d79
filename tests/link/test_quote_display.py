"""A quotation broken by its attribution is shown whole; a closing comma inside the marks reads
as a full stop."""

from __future__ import annotations

import pytest

from generator.link.quote_display import shown_quotes
from generator.models import Quote


def _quotes(text: str, speakers: list[str | None]) -> list[Quote]:
    """The quote records of `text` (between straight double quotes), with the given speakers."""
    marks = [i for i, ch in enumerate(text) if ch == '"']
    spans = list(zip(marks[::2], marks[1::2], strict=True))
    return [
        Quote(text[a + 1 : b], speaker, a + 1, b) for (a, b), speaker in zip(spans, speakers, strict=True)
    ]


def _shown(text: str, speakers: list[str | None]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in shown_quotes(_quotes(text, speakers), text)]


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild," the mayor said, "and we will do it this year."',
        '"We will rebuild", the mayor said, "and we will do it this year."',
        '"We will rebuild," said Mayor Jo Bloggs of Eastport on Tuesday, "and we will do it this year."',
    ],
)
def test_a_quotation_broken_by_its_attribution_is_one(text: str) -> None:
    assert _shown(text, ["Jo Bloggs", "Jo Bloggs"]) == [
        ("We will rebuild … and we will do it this year.", "Jo Bloggs")
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Two sentences: the first part ends one, or the attribution does.
        ('"We will rebuild." the mayor said, "And we will do it this year."', ["Jo", "Jo"]),
        ('"We will rebuild," the mayor said. "And we will do it this year."', ["Jo", "Jo"]),
        # The second part starts a sentence of its own.
        ('"We will rebuild," the mayor said, "We will do it this year."', ["Jo", "Jo"]),
        # Two speakers, or no speaker.
        ('"We will rebuild," the mayor said, "and fast," the minister added.', ["Jo", "Al"]),
        ('"We will rebuild," the mayor said, "and we will do it this year."', [None, None]),
        # A partial quote inside a sentence, not an attribution between commas.
        ('She called him "patient" and asked him to be "resilient."', ["Jo", "Jo"]),
    ],
)
def test_separate_quotations_stay_apart(text: str, speakers: list[str | None]) -> None:
    assert len(_shown(text, speakers)) == 2


def test_a_closing_comma_reads_as_a_full_stop_and_other_endings_stay() -> None:
    text = '"The operation is complete," he said. She asked: "Is it over?" He said "yes"'
    shown = [t for t, _ in _shown(text, ["Al", "Jo", "Al"])]
    assert shown == ["The operation is complete.", "Is it over?", "yes"]


def test_the_attribution_is_bounded() -> None:
    long_attribution = ", ".join(["said the mayor"] * 12)
    text = f'"We will rebuild," {long_attribution}, "and we will do it this year."'
    assert len(_shown(text, ["Jo", "Jo"])) == 2
