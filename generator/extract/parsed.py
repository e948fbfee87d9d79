"""An article after parsing: paragraphs, one spaCy Doc each, and quote spans."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..models import Article
from .paragraphs import Paragraph
from .quotemarks import QuoteSpan


@dataclass(frozen=True)
class ParsedArticle:
    """The article with one Doc per paragraph and its quote-mark spans.

    Token offsets (`token.idx`) are relative to the paragraph; `offset` turns
    them into article offsets.
    """

    article: Article
    paragraphs: tuple[Paragraph, ...]
    docs: tuple[Doc, ...]
    quotes: tuple[QuoteSpan, ...]
    _quote_starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_quote_starts", [q.start for q in self.quotes])

    def offset(self, para: int, token: Token) -> int:
        """Article offset of a token of paragraph `para`."""
        return self.paragraphs[para].start + token.idx

    def quote_at(self, char: int) -> QuoteSpan | None:
        """The quote span containing article offset `char`, if any."""
        i = bisect_right(self._quote_starts, char) - 1
        if i >= 0 and self.quotes[i].start <= char < self.quotes[i].end:
            return self.quotes[i]
        return None

    def quote_after(self, char: int) -> QuoteSpan | None:
        """The first quote span starting after article offset `char`, if any."""
        i = bisect_right(self._quote_starts, char)
        return self.quotes[i] if i < len(self.quotes) else None

    def token_in_quote(self, para: int, token: Token) -> bool:
        """True when the token lies between quote marks."""
        return self.quote_at(self.offset(para, token)) is not None

    def quote_tokens(self, quote: QuoteSpan) -> Span | None:
        """The tokens of a quote span, or None if they do not align."""
        para = self.paragraphs[quote.paragraph]
        doc = self.docs[quote.paragraph]
        return doc.char_span(quote.start - para.start, quote.end - para.start, alignment_mode="expand")
