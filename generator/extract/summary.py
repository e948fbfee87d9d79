"""A deterministic extractive summary: the first two or three real sentences.

Map legends, captions and other non-prose paragraphs are skipped, and so are
sentences that start with a quote mark (a bare quotation reads badly alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .parsed import ParsedArticle
from .patterns import SUMMARY_MAX_WORDS, SUMMARY_MIN_WORDS

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_QUOTE_START = ('"', "“", "„", "«", "'", "‘")


def real_sentences(parsed: ParsedArticle) -> Iterator[str]:
    """Prose sentences of the article in order, as plain text."""
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if not para.is_prose:
            continue
        for sent in doc.sents:
            text = " ".join(sent.text.split())
            if (
                len(text.split()) >= SUMMARY_MIN_WORDS
                and _SENTENCE_END.search(text)
                and not text.startswith(_QUOTE_START)
            ):
                yield text


def summarize(parsed: ParsedArticle) -> str:
    """The first three real sentences (two if three run over the word budget)."""
    chosen: list[str] = []
    words = 0
    for sentence in real_sentences(parsed):
        count = len(sentence.split())
        if len(chosen) >= 2 and words + count > SUMMARY_MAX_WORDS:
            break
        chosen.append(sentence)
        words += count
        if len(chosen) == 3:
            break
    return " ".join(chosen)
