"""Splitting an article body into paragraphs with their character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Article
from .patterns import LEGEND_PREFIXES

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its text and where it starts in the article text."""

    start: int
    text: str

    @property
    def end(self) -> int:
        """Offset just after the paragraph in the article text."""
        return self.start + len(self.text)

    @property
    def is_prose(self) -> bool:
        """False for map legends, captions and other lines that are not prose."""
        return not self.text.startswith(LEGEND_PREFIXES) and bool(_SENTENCE_END.search(self.text))


def _blocks(text: str, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
    blocks: list[tuple[int, str]] = []
    pos = 0
    for match in pattern.finditer(text):
        blocks.append((pos, text[pos : match.start()]))
        pos = match.end()
    blocks.append((pos, text[pos:]))
    return blocks


def line_per_paragraph(article: Article) -> bool:
    """True when every line is its own paragraph (plain text, or no blank lines)."""
    return article.source.endswith(".txt") or _BLANK_LINE.search(article.text) is None


def split_paragraphs(article: Article) -> tuple[Paragraph, ...]:
    """Return the non-empty paragraphs of the article, stripped, with offsets.

    Paragraphs are separated by blank lines; in plain-text articles (and in
    any text without blank lines) each non-empty line is a paragraph.
    """
    pattern = re.compile(r"\n") if line_per_paragraph(article) else _BLANK_LINE
    paragraphs: list[Paragraph] = []
    for offset, block in _blocks(article.text, pattern):
        stripped = block.strip()
        if stripped:
            paragraphs.append(Paragraph(offset + block.index(stripped), stripped))
    return tuple(paragraphs)
