"""How a quotation reads on a page, from the quote records of one article.

The extract stage keeps what stands between each pair of quote marks as one
record (the corpus's convention, kept by ``extract --json``). A reader,
though, should see a quotation broken by its attribution as one:

    "We will rebuild," the mayor said, "and we will do it this year."

is shown as "We will rebuild … and we will do it this year." The two parts
are joined only when they have the same speaker, the first does not end a
sentence, the words between them are an attribution set off by commas on one
line with no sentence end ("," the mayor said, "), and the second part goes
on in lower case. A comma that ends a shown quotation inside its marks (news
style: "…," she said) is shown as the full stop it stands for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Quote

# Longest attribution between the two parts of one quotation, in characters.
MAX_ATTRIBUTION = 120
_JOIN = " … "
_SENTENCE_END = re.compile(r"[.!?…]")
# Closing mark, comma (inside or outside the marks), the attribution, comma, opening mark.
_ATTRIBUTION = re.compile(r"""^["”’']?,?\s+[^"“”\n]+,\s*["“‘']$""")
_GOES_ON = re.compile(r"^\[?[a-z]")


@dataclass(frozen=True)
class ShownQuote:
    """A quotation as a page shows it, and who said it."""

    text: str
    speaker: str | None


def _continues(first: Quote, second: Quote, article_text: str) -> bool:
    if first.speaker is None or first.speaker != second.speaker:
        return False
    if _SENTENCE_END.search(first.text.rstrip()[-1:]) or not _GOES_ON.match(second.text):
        return False
    between = article_text[first.end : second.start]
    if not 0 < len(between) <= MAX_ATTRIBUTION or _SENTENCE_END.search(between):
        return False
    ends_with_comma = first.text.rstrip().endswith(",") or between.lstrip("\"”’'").startswith(",")
    return ends_with_comma and _ATTRIBUTION.match(between) is not None


def _closed(text: str) -> str:
    stripped = text.rstrip()
    return stripped[:-1] + "." if stripped.endswith(",") else text


def shown_quotes(quotes: Sequence[Quote], article_text: str) -> tuple[ShownQuote, ...]:
    """The article's quotations as a page shows them, in article order."""
    shown: list[ShownQuote] = []
    i = 0
    while i < len(quotes):
        text = quotes[i].text
        speaker = quotes[i].speaker
        while i + 1 < len(quotes) and _continues(quotes[i], quotes[i + 1], article_text):
            i += 1
            text = text.rstrip().rstrip(",") + _JOIN + quotes[i].text
        shown.append(ShownQuote(_closed(text), speaker))
        i += 1
    return tuple(shown)
