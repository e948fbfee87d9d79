"""The extract stage never crashes on odd text: quote marks and names at the
edges of sentences and documents, empty sentences, unbalanced marks, very
long sentences. Every briefing it returns is consistent with its article."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from generator.extract import extract
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


def _texts() -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
    joined = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
    return st.one_of(words, joined, st.text(max_size=80))


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=_texts())
def test_extract_survives_odd_text(nlp: Language, text: str) -> None:
    briefing = extract(Article(source="fuzz.md", text=text), nlp)
    names = {a.name for a in briefing.actors}
    for quote in briefing.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.speaker is None or quote.speaker in names


def test_extract_survives_a_very_long_sentence(nlp: Language) -> None:
    clause = 'Jo Bloggs of Acme said "we will rebuild", and '
    text = "President Jo Bloggs, " + clause * 150 + "the end."
    briefing = extract(Article(source="long.md", text=text), nlp)
    assert briefing.quotes and all(q.speaker in {None, "Jo Bloggs"} for q in briefing.quotes)
