"""Finding spans between quotation marks (text only, no NLP).

Curly marks say their direction; a straight mark opens when it follows a
space or the start of the paragraph and closes otherwise. Marks are matched
with a stack, so a pair nested inside a quote stays inside it. A quote still
open at the end of a paragraph continues when the next paragraph starts with
an opening mark (the convention for multi-paragraph quotes); each paragraph
part becomes its own span, the parts sharing one `group`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .paragraphs import Paragraph
from .patterns import AMBIGUOUS_MARKS, CLOSING_MARKS, OPEN_CONTEXT_BEFORE, OPENING_MARKS


@dataclass(frozen=True)
class QuoteSpan:
    """Characters between a pair of quote marks, as offsets in the article text.

    `group` is shared by the paragraph parts of one multi-paragraph quote.
    """

    start: int
    end: int
    paragraph: int
    group: int


def _opens(text: str, i: int) -> bool:
    mark = text[i]
    if mark in OPENING_MARKS:
        return True
    if mark in CLOSING_MARKS:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in OPEN_CONTEXT_BEFORE or before in OPENING_MARKS:
        return not after.isspace()
    return False


def _marks(text: str) -> list[int]:
    marks = OPENING_MARKS | CLOSING_MARKS | AMBIGUOUS_MARKS
    return [i for i, ch in enumerate(text) if ch in marks]


def _paragraph_spans(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Closed (start, end) spans in one paragraph and the start of an open one."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for i in _marks(text):
        if not stack or (_opens(text, i) and not (text[i] in AMBIGUOUS_MARKS and len(stack) > 1)):
            stack.append(i)
        else:
            start = stack.pop()
            if not stack:
                spans.append((start + 1, i))
    return spans, (stack[0] + 1 if stack else None)


def _starts_with_mark(para: Paragraph) -> bool:
    return para.text[:1] in OPENING_MARKS | AMBIGUOUS_MARKS


def find_quote_spans(paragraphs: tuple[Paragraph, ...]) -> tuple[QuoteSpan, ...]:
    """Return every span between quote marks, in text order.

    An unclosed quote that is not continued by the next paragraph is dropped.
    """
    found: list[QuoteSpan] = []
    groups = 0
    carried: int | None = None  # group of a quote left open by the previous paragraph
    for index, para in enumerate(paragraphs):
        spans, open_start = _paragraph_spans(para.text)
        parts = [(start, end, start == 1 and carried is not None) for start, end in spans]
        continues = index + 1 < len(paragraphs) and _starts_with_mark(paragraphs[index + 1])
        if open_start is not None and continues:
            parts.append((open_start, len(para.text.rstrip()), open_start == 1 and carried is not None))
        next_carried: int | None = None
        for start, end, is_continuation in parts:
            if is_continuation and carried is not None:
                group = carried
            else:
                groups += 1
                group = groups
            found.append(QuoteSpan(para.start + start, para.start + end, index, group))
            if open_start is not None and start == open_start and continues:
                next_carried = group
        carried = next_carried
    return tuple(found)
