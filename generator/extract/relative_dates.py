"""Relative dates in the summary ("on Monday", "yesterday"), resolved from the article's date.

Pure: the summary's sentences (with their parse) and the article's date in,
`DateNote`s out; the summary text itself stays verbatim (it is scored as
article sentences). Nothing is resolved without an article date, and a
weekday only when the tense of its verb says which way to count:

- "yesterday", "today", "tonight", "tomorrow": the article's date -1, 0, +1;
- "last Monday" / "next Monday": the Monday before / after the article's date;
- "on Monday" with a past verb ("resigned", "was closed", "findings
  published Monday"): the latest Monday
  up to the article's date (the day itself when it is a Monday);
- with a future verb ("will meet", "is due to vote"): the next Monday after
  it, and nothing when the article is dated on a Monday (this week's or next
  week's? not guessed);
- a weekday the text already dates ("Monday, September 30") or in the present
  tense is left alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Token

from ..models import DateNote
from .patterns import FUTURE_AUXILIARIES, FUTURE_HEADS, MONTH_NAMES, RELATIVE_DAYS, TIME_OF_DAY, WEEKDAYS
from .sentences import Sentence

_PAST = -1
_FUTURE = 1
# How far up the parse a day's verb is looked for ("on Monday" -> "on" -> verb).
_VERB_STEPS = 4
# Entities whose name may hold a day word without meaning a day.
_NAME_ENTITIES = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT"})


def _verb(token: Token) -> Token | None:
    for _ in range(_VERB_STEPS):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head is token:
            return None
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None


def _tense(token: Token) -> int | None:
    """_PAST, _FUTURE, or None (present tense, no verb, not sure)."""
    verb = _verb(token)
    if verb is None:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries):
        return _FUTURE
    if verb.dep_ == "xcomp" and verb.head.lemma_ in FUTURE_HEADS:
        return _FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return _PAST
    if verb.tag_ == "VBN" and (not auxiliaries or any(a.lemma_ == "have" for a in auxiliaries)):
        # "has announced"; a bare participle is a past verb the tagger slipped on
        # ("The agency announced/VBN on Sunday") or a reduced relative ("findings published Tuesday")
        return _PAST
    return None


def _already_dated(token: Token) -> bool:
    """True when a date follows the weekday ("Monday, September 30", "Monday 30 September")."""
    doc = token.doc
    after = [t for t in doc[token.i + 1 : token.i + 3] if t.text not in {",", "the"}]
    return bool(after) and (
        after[0].like_num or after[0].lower_.rstrip(".") in MONTH_NAMES or after[0].text == "("
    )


def _weekday_date(token: Token, date: dt.date) -> dt.date | None:
    weekday = WEEKDAYS.index(token.lower_)
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    back = (date.weekday() - weekday) % 7
    ahead = (weekday - date.weekday()) % 7
    if before == "last":
        return date - dt.timedelta(days=back or 7)
    if before == "next":
        return date + dt.timedelta(days=ahead or 7)
    if before == "this" or _already_dated(token):
        return None
    tense = _tense(token)
    if tense == _PAST:
        return date - dt.timedelta(days=back)
    if tense == _FUTURE and ahead:
        return date + dt.timedelta(days=ahead)
    return None


def _resolve(token: Token, date: dt.date) -> dt.date | None:
    if token.ent_type_ in _NAME_ENTITIES:
        return None  # "USA Today", "The Sunday Times"
    word = token.lower_
    if word in RELATIVE_DAYS:
        return date + dt.timedelta(days=RELATIVE_DAYS[word])
    if word in WEEKDAYS and token.text[:1].isupper():
        return _weekday_date(token, date)
    return None


def _end_of_phrase(token: Token) -> Token:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following if following is not None and following.lower_ in TIME_OF_DAY else token


def date_notes(chosen: Sequence[Sentence], date: dt.date | None) -> tuple[DateNote, ...]:
    """Return the absolute dates of the relative ones in the summary made of `chosen`
    (offsets into their texts joined by single spaces); none when `date` is None."""
    if date is None:
        return ()
    notes: list[DateNote] = []
    start = 0
    for sentence in chosen:
        span = sentence.span
        full = " ".join(span.text.split())
        skipped = len(full) - len(sentence.text)  # a wire dateline moved out of the text
        for token in span:
            resolved = _resolve(token, date)
            if resolved is None:
                continue
            last = _end_of_phrase(token)
            prefix = span.doc.text[span.start_char : last.idx + len(last.text)]
            offset = len(" ".join(prefix.split())) - skipped
            if offset > 0:
                notes.append(DateNote(start + offset, resolved))
        start += len(sentence.text) + 1
    return tuple(notes)
