"""Keeping spaCy's tokeniser cheap: text it would take minutes over is refused before it sees it.

The tokeniser splits prefixes and suffixes off a whitespace-delimited chunk
one at a time, searching the rest of the chunk again after each split, so a
chunk of punctuation costs the square of its length: measured on the 2-core
build machine with en_core_web_sm, 4,000 quote marks in a row take 6.5 s and
8,000 take 32 s (``."`` repeated: 34 s for 4,000), while 8,000 letters or
dashes take 0.02 s. A chunk mixing letters and infix punctuation (``a:a:a:``)
is cheaper but still grows with the square (0.11 s for 4,000 characters).

News prose has neither: its longest punctuation runs are an ellipsis or a
divider line (tens of characters) and its longest chunks are URLs (hundreds).
Capping both bounds the tokeniser's cost per character at about the cost of
ordinary prose: at most 100 x 100 work per 100 characters of punctuation.
"""

from __future__ import annotations

import re

from ..errors import LoadError

# Longest run of characters that are neither letters, digits nor spaces.
MAX_PUNCTUATION_RUN = 100
# Longest chunk of text without a space (long URLs are under 2,000 characters).
MAX_CHUNK_CHARS = 2_000

# Each matches only from the start of a run, so the search is linear in the text.
# (The punctuation run's test of the mark before comes after its first mark, so
# it runs at marks only: half the time on prose, the same matches.)
_TOO_LONG = (
    (
        re.compile(rf"[^\w\s](?<![^\w\s]{{2}})[^\w\s]{{{MAX_PUNCTUATION_RUN}}}"),
        re.compile(r"[^\w\s]+"),
        "a run of {length:,} punctuation marks without a letter or space (above the limit of {limit:,})",
        MAX_PUNCTUATION_RUN,
    ),
    (
        re.compile(rf"(?<!\S)\S{{{MAX_CHUNK_CHARS + 1}}}"),
        re.compile(r"\S+"),
        "{length:,} characters without a space (above the limit of {limit:,})",
        MAX_CHUNK_CHARS,
    ),
)


def check_token_cost(text: str, field: str, source: str) -> None:
    """Raise `LoadError` when `text` (the article's `field`) holds a run of punctuation or a
    chunk without spaces above the limits; return None otherwise."""
    for too_long, whole, problem, limit in _TOO_LONG:
        found = too_long.search(text)
        if found is not None:
            length = len(whole.match(text, found.start()).group())  # type: ignore[union-attr]
            reason = problem.format(length=length, limit=limit)
            raise LoadError(f"{field} has {reason}: not prose, and too slow to tokenise", source)
