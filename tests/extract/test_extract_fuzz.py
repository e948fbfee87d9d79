"""The extract stage never crashes on odd text: quote marks and names at the
edges of sentences and documents, empty sentences, unbalanced marks, very
long sentences. Every briefing it returns is consistent with its article."""

from __future__ import annotations

import os
import re
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from generator.extract import extract
from generator.extract.paragraphs import split_paragraphs
from generator.extract.quotemarks import find_quote_spans
from generator.models import Article

# Pieces of news text chosen to put marks, names, titles and speech verbs
# next to each other in every order (no corpus sentences).
PIECES = (
    '"',
    "“",
    "”",
    "'",
    "’s",
    "«",
    "»",
    ",",
    ".",
    ":",
    " ",
    "\n\n",
    "\n",
    "(",
    ")",
    "—",
    "-",
    "said",
    "told",
    "according to",
    "tweeted",
    "he",
    "she",
    "it",
    "the",
    "of",
    "the government of",
    "'s office",
    "President",
    "Prime Minister",
    "Jo Bloggs",
    "Bloggs",
    "Acme Motor Company",
    "Acme",
    "the United Nations",
    "UN",
    "Ruritania",
    "London",
    "Mayor",
    "QC",
    "Dr.",
    "on Twitter",
    "in a statement",
    "We will rebuild",
    "so-called",
    "...",
    "[",
    "]",
    "é",
    "\u00a0",
    "[Jo Bloggs]",
    "(Acme)",
    "Bloggs]’s office",
    "the [Ruritania] government",
    "Jo Bloggs, the Acme spokesman,",
)


# Single marks as British outlets use them, next to apostrophes, elisions,
# possessives, European marks and double marks (no corpus sentences).
SINGLE_PIECES = (
    "‘",
    "’",
    "'",
    "’s",
    "s’",
    "s'",
    "'90s",
    "’90s",
    "won’t",
    "won't",
    "players’ union",
    "'em",
    "rock 'n' roll",
    ",’",
    ",'",
    ".’",
    "’,",
    "’.",
    "',",
    "?’",
    ":",
    ": ‘",
    '"',
    "“",
    "”",
    "„",
    "»",
    "«",
    "‚",
    " ",
    "\n\n",
    "\n",
    "—",
    "said",
    "she said",
    "Jo Bloggs",
    "the union",
    "We will not back down",
    "hard Brexit",
    "x",
)


def _single_quote_texts() -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(SINGLE_PIECES), max_size=40).map(" ".join)
    joined = st.lists(st.sampled_from(SINGLE_PIECES), max_size=40).map("".join)
    return st.one_of(words, joined)


FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def _extracts_consistently(nlp: Language, text: str) -> None:
    """The extraction finishes, each quote is its span of the text, each speaker an actor."""
    briefing = extract(Article(source="fuzz.md", text=text), nlp)
    names = {a.name for a in briefing.actors}
    for quote in briefing.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.speaker is None or quote.speaker in names


def _texts() -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
    joined = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
    return st.one_of(words, joined, st.text(max_size=80))


@FUZZ
@given(text=_texts())
def test_extract_survives_odd_text(nlp: Language, text: str) -> None:
    _extracts_consistently(nlp, text)


def test_extract_survives_a_very_long_sentence(nlp: Language) -> None:
    clause = 'Jo Bloggs of Acme said "we will rebuild", and '
    text = "President Jo Bloggs, " + clause * 150 + "the end."
    briefing = extract(Article(source="long.md", text=text), nlp)
    assert briefing.quotes and all(q.speaker in {None, "Jo Bloggs"} for q in briefing.quotes)


@FUZZ
@given(text=_single_quote_texts())
def test_extract_survives_single_quote_heavy_text(nlp: Language, text: str) -> None:
    _extracts_consistently(nlp, text)


def _spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in find_quote_spans(split_paragraphs(Article(source="f.md", text=text)))]


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")) * 4, deadline=None)
@given(text=_single_quote_texts())
def test_single_marks_never_move_a_double_quoted_span(text: str) -> None:
    # Every span found with the single marks turned into letters is found
    # with them too, or nested in a single-quoted span (‘He told me “no”,’).
    # Two or three apostrophes in a row are a double mark (''…''): kept as they are.
    spans = _spans(text)
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))
    for start, end in _spans(re.sub("[‘’]|(?<!['`])'(?!['`])", "x", text)):
        assert (start, end) in spans or any(s <= start and end <= e for s, e in spans)
