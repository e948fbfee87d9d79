"""Finding spans between quotation marks (text only, no NLP).

Double marks: curly marks say their direction; a straight mark opens when it
follows a space or the start of the paragraph and closes otherwise. In the
German convention a mark that opens elsewhere closes: "“" closes a quotation
opened by "„" („…“) and "«" one opened by "»" (»…«); „…” and «…» close as
usual, the spaces of French typography inside guillemets left out
(« Non »). Marks are matched with a stack, so a pair nested inside a quote
stays inside it.

Single marks (the British convention, ‘…’ or '…', with double marks nested
inside) are also apostrophes (won’t, the players’ union, ’90s), so they are
paired after the double marks, outside double-quoted spans (a single-quoted
phrase inside a double-quoted quotation stays part of it), paragraph by
paragraph:

- "‘" or "'" opens after a space, an opening bracket, a dash, a colon or the
  paragraph's start, before a letter or a mark: not before a digit ('90s) or
  an elided word ('em, 'til: `ELIDED_WORDS`); "’" never opens.
- "’" or "'" closes after a non-space when no letter or digit follows it
  (won’t, Jones’s are apostrophes); one letter between two marks ("rock 'n'
  roll") is an elision, not a quotation.
- Single quotations do not nest, so an opening mark inside an open one is an
  apostrophe, unless a deferred closing mark stands before it.
- A closing mark that may be a plural possessive (after "s": "the players’
  union") or that is followed by punctuation and another closing mark
  ("the members’,’", "waitin',") is deferred: the quotation ends there only
  when no other closing mark comes before the next opening mark or the end
  of the paragraph.
- A single-quoted span that holds a double-quoted one (‘He told me “no”,’)
  must end at speech punctuation (",’" or "’,"); the double-quoted span is
  then nested in it. Otherwise the double-quoted spans stand as found, so
  text quoted with double marks gives the same spans whatever single marks
  and apostrophes are around it.

Limits of the single-mark rules: a quotation holding an elision at a word's
end ("goin’ home") ends there; one that ends with a possessive "s’" while a
later closing mark follows with no opening mark between ("‘we back the
players’ he said, goin’ home") ends at the later mark; a straight mark that
opens before an elided word the lexicon lacks ("'appen") stays open until the
next closing mark.

Two straight apostrophes ('') or two backticks (``) stand for one double mark,
the convention of newspaper archives (''…'') and of typeset or tokenised text
(``…''): each is read as one straight double mark, and the apostrophe or
backtick beside the quotation is left out of it.

A quote still open at the end of a paragraph continues when the next
paragraph starts with an opening mark of the same kind (the convention for
multi-paragraph quotes); each paragraph part becomes its own span, the parts
sharing one `group`. A single quotation continues only when its opening mark
starts the paragraph or a sentence or follows a colon, a comma or a dash,
since an unclosed single mark after a word is more often an apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .paragraphs import Paragraph
from .patterns import (
    AMBIGUOUS_MARKS,
    CLOSING_MARKS,
    ELIDED_WORDS,
    OPEN_CONTEXT_BEFORE,
    OPENING_MARKS,
    PARTNER_CLOSERS,
    POSSESSIVE_ENDINGS,
    SINGLE_AMBIGUOUS_MARKS,
    SINGLE_CLOSING_MARKS,
    SINGLE_OPENING_MARKS,
    SPEECH_END_PUNCTUATION,
)

_DOUBLE_MARKS = OPENING_MARKS | CLOSING_MARKS | AMBIGUOUS_MARKS
_SINGLE_OPENERS = SINGLE_OPENING_MARKS | SINGLE_AMBIGUOUS_MARKS
_SINGLE_CLOSERS = SINGLE_CLOSING_MARKS | SINGLE_AMBIGUOUS_MARKS
_SINGLE = re.compile("[" + re.escape("".join(sorted(_SINGLE_OPENERS | _SINGLE_CLOSERS))) + "]")
# French typography sets a (no-break) space inside guillemets: « Non ».
_SPACED_MARKS = frozenset("«»")
_WORD = re.compile(r"[^\W\d_]+")
# Punctuation before the opening mark of a quotation that runs on into the
# next paragraph: a colon or comma introducing it, the end of a sentence, a dash.
_INTRODUCED = re.compile(r"[:,;.!?…—–-]\s*$")
# Two apostrophes or two backticks for one double mark ('' or ``); three apostrophes
# for one beside a single mark nested in it; never more.
_DOUBLED_MARK = re.compile(r"(?<!['`])(?:'''|''|``)(?!['`])")
# What stands for the other character of a doubled mark while spans are found: no
# mark, no space, no letter; a span never starts or ends on it.
_FILLER = "\u2060"


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


def _double_spans(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Closed (start, end) double-quoted spans and the index of a mark left open."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for i, mark in enumerate(text):
        if mark not in _DOUBLE_MARKS:
            continue
        if stack and mark == PARTNER_CLOSERS.get(text[stack[-1]]):
            closes = True
        else:
            closes = bool(stack) and not (
                _opens(text, i) and not (mark in AMBIGUOUS_MARKS and len(stack) > 1)
            )
        if closes:
            start = stack.pop()
            if not stack:
                spans.append(
                    _unspaced(text, start + 1, i) if text[start] in _SPACED_MARKS else (start + 1, i)
                )
        else:
            stack.append(i)
    return spans, (stack[0] if stack else None)


def _unspaced(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) without the white space at either edge (unless all of it is)."""
    inner = text[start:end]
    if not inner.strip():
        return start, end
    return start + len(inner) - len(inner.lstrip()), end - len(inner) + len(inner.rstrip())


def _at(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else " "


def _one_letter_elision(text: str, first: int) -> bool:
    """Marks at `first` and `first + 2` around one letter: "rock 'n' roll"."""
    return (
        _at(text, first) in _SINGLE_OPENERS | _SINGLE_CLOSERS
        and _at(text, first + 1).isalpha()
        and _at(text, first + 2) in _SINGLE_CLOSERS
        and not _at(text, first + 3).isalnum()
        and not _at(text, first - 1).isalnum()
    )


def _single_opens(text: str, i: int) -> bool:
    if text[i] not in _SINGLE_OPENERS or _at(text, i - 1) not in OPEN_CONTEXT_BEFORE:
        return False
    after = _at(text, i + 1)
    if after.isspace() or after.isdigit() or _one_letter_elision(text, i):
        return False
    word = _WORD.match(text, i + 1)
    return not (
        text[i] in SINGLE_AMBIGUOUS_MARKS and word is not None and word.group().lower() in ELIDED_WORDS
    )


def _single_closes(text: str, i: int) -> bool:
    if text[i] not in _SINGLE_CLOSERS or i == 0 or text[i - 1].isspace():
        return False
    return not _at(text, i + 1).isalnum() and not _one_letter_elision(text, i - 2)


def _deferred(text: str, i: int) -> bool:
    """A closing mark that may be an apostrophe: "players’ union", "members’,’"."""
    if text[i - 1] in POSSESSIVE_ENDINGS:
        return True
    return _at(text, i + 1) in SPEECH_END_PUNCTUATION and _at(text, i + 2) in _SINGLE_CLOSERS


def _punctuated(text: str, i: int) -> bool:
    return _at(text, i + 1) in SPEECH_END_PUNCTUATION


def _ends_speech(text: str, i: int) -> bool:
    return _at(text, i - 1) in SPEECH_END_PUNCTUATION or _at(text, i + 1) in SPEECH_END_PUNCTUATION


def _single_spans(
    text: str, doubles: list[tuple[int, int]], limit: int
) -> tuple[list[tuple[int, int]], int | None]:
    """Single-quoted (open mark, close mark) pairs outside the double-quoted
    spans and before `limit`, and the index of an opening mark left open."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    deferred: int | None = None
    d = 0
    for match in _SINGLE.finditer(text, 0, limit):
        i = match.start()
        while d < len(doubles) and doubles[d][1] < i:
            d += 1
        if d < len(doubles) and doubles[d][0] <= i:
            continue  # inside a double-quoted span
        if opened is None:
            if _single_opens(text, i):
                opened, deferred = i, None
        elif _single_closes(text, i):
            if not _deferred(text, i):
                pairs.append((opened, i))
                opened = None
            elif deferred is None or (_punctuated(text, i) and not _punctuated(text, deferred)):
                deferred = i  # "the workers’ rights’," ends at the mark before the comma
        elif deferred is not None and _single_opens(text, i):
            pairs.append((opened, deferred))
            opened, deferred = i, None
    if opened is not None and deferred is not None:
        pairs.append((opened, deferred))
        opened = None
    return pairs, opened


def _continues(mark: str, following: str | None) -> bool:
    """The next paragraph opens with a mark of the kind of the open quotation's `mark`."""
    if not following:
        return False
    if mark in _SINGLE_OPENERS:
        return _single_opens(following, 0)
    return following[:1] in OPENING_MARKS | AMBIGUOUS_MARKS | ({mark} & PARTNER_CLOSERS.keys())


def _doubled_marks(text: str) -> list[tuple[int, bool]]:
    """Where each doubled mark ('' or ``) starts and whether it opens a quotation
    (after a space, a bracket or the paragraph's start, before a non-space). Three
    apostrophes are a doubled mark and a single one nested inside it: the double
    first where they open, last where they close."""
    found: list[tuple[int, bool]] = []
    for match in _DOUBLED_MARK.finditer(text):
        i = match.start()
        opens = (i == 0 or text[i - 1] in OPEN_CONTEXT_BEFORE) and not _at(text, match.end()).isspace()
        found.append((i if opens or len(match.group()) == 2 else i + 1, opens))
    return found


def _doubled_marks_read(text: str) -> str:
    """The text with each doubled mark written as one straight double mark and a
    filler, one character for one: the mark on the side away from the quotation
    (the mark then the filler where it opens; the filler then the mark where it
    closes)."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for i, opens in _doubled_marks(text):
        chars[i], chars[i + 1] = ('"', _FILLER) if opens else (_FILLER, '"')
    return "".join(chars)


def doubled_mark_characters(text: str) -> frozenset[int]:
    """The offsets of the characters of every doubled mark ('' or ``) in the text."""
    return frozenset(i for start, _ in _doubled_marks(text) for i in (start, start + 1))


def _without_filler(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) without a doubled mark's filler at either edge."""
    if start < end and text[start] == _FILLER:
        start += 1
    if end > start and text[end - 1] == _FILLER:
        end -= 1
    return start, end


def _paragraph_spans(text: str, following: str | None) -> tuple[list[tuple[int, int]], int | None]:
    """Closed (start, end) spans in one paragraph and the start of a quotation
    left open that the `following` paragraph continues."""
    read = _doubled_marks_read(text)
    spans, open_start = _marked_spans(read, None if following is None else _doubled_marks_read(following))
    if read is text:
        return spans, open_start
    if open_start is not None:
        open_start = _without_filler(read, open_start, len(read))[0]
    return [_without_filler(read, start, end) for start, end in spans], open_start


def _marked_spans(text: str, following: str | None) -> tuple[list[tuple[int, int]], int | None]:
    """`_paragraph_spans` on a text whose doubled marks are read as one mark each."""
    doubles, open_double = _double_spans(text)
    if open_double is not None:
        limit, open_start = open_double, open_double if _continues(text[open_double], following) else None
    else:
        limit, open_start = len(text), None
    if "'" not in text and "‘" not in text:
        return doubles, (None if open_start is None else open_start + 1)
    pairs, open_single = _single_spans(text, doubles, limit)
    singles = [
        (opening + 1, closing)
        for opening, closing in pairs
        if _ends_speech(text, closing) or not any(opening < start and end < closing for start, end in doubles)
    ]
    if (
        open_double is None
        and open_single is not None
        and (open_single == 0 or _INTRODUCED.search(text, 0, open_single))
        and _continues(text[open_single], following)
    ):
        open_start = open_single  # it holds every double-quoted span after it
        singles.append((open_single + 1, len(text) + 1))
    kept = [span for span in doubles if not any(s <= span[0] and span[1] < e for s, e in singles)]
    spans = sorted(kept + [s for s in singles if s[1] <= len(text)])
    return spans, (None if open_start is None else open_start + 1)


def _first(text: str, start: int) -> bool:
    """True for a span that opens the paragraph: right after its first mark, one
    character or a doubled one."""
    return start == 1 or (start == 2 and _DOUBLED_MARK.match(text) is not None)


def find_quote_spans(paragraphs: tuple[Paragraph, ...]) -> tuple[QuoteSpan, ...]:
    """Return every span between quote marks, in text order.

    An unclosed quote that is not continued by the next paragraph is dropped.
    """
    found: list[QuoteSpan] = []
    groups = 0
    carried: int | None = None  # group of a quote left open by the previous paragraph
    for index, para in enumerate(paragraphs):
        following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else None
        spans, open_start = _paragraph_spans(para.text, following)
        parts = [(start, end, _first(para.text, start) and carried is not None) for start, end in spans]
        if open_start is not None:
            parts.append(
                (open_start, len(para.text.rstrip()), _first(para.text, open_start) and carried is not None)
            )
        next_carried: int | None = None
        for start, end, is_continuation in parts:
            if is_continuation and carried is not None:
                group = carried
            else:
                groups += 1
                group = groups
            found.append(QuoteSpan(para.start + start, para.start + end, index, group))
            if start == open_start:
                next_carried = group
        carried = next_carried
    return tuple(found)
