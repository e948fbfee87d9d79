"""Key figures: the article's numbers that matter, each with the few words that say what it is.

Pure: the parsed article in, `KeyFigure`s out, every one a verbatim stretch of
one sentence. A figure is a number the model tags as an amount (money, a
percentage, a quantity, a duration or time, or a count of something: a
cardinal number that counts a noun, "68 people"), written with digits, or a
date that a deadline preposition governs ("by 31 October"). Its words are the
number's own clause fragment: at most `_BEFORE` tokens before it and `_AFTER`
after it, never across a comma, a bracket, a dash or a quote mark, with dangling
function words trimmed at both ends. Years alone, ordinal numbers and numbers
in names are not figures; each number is given once, in the order the article
gives them, at most `FIGURE_LIMIT` of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..models import KeyFigure
from .parsed import ParsedArticle

FIGURE_LIMIT = 5
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "TIME"})
_DEADLINE_PREPOSITIONS = frozenset({"by", "until", "before"})
# How many tokens a figure's words reach on each side of the number.
_BEFORE = 6
_AFTER = 5
_BREAKS = frozenset({",", ";", ":", "(", ")", "[", "]", "—", "–", "-", '"', "“", "”", "‘", "’", "'"})
# Punctuation an entity may carry at its ends that is not part of the number ("%" is).
_TRIMMED = _BREAKS | {".", "!", "?"}
# Words a figure's words never start or end with (left dangling by the cut).
_DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "PART", "PUNCT", "AUX", "SPACE"})


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _is_year(entity: Span) -> bool:
    """Years alone or a range of years ("1987–2017")."""
    groups = re.findall(r"\d+", entity.text)
    return all(len(g) == 4 and 1000 <= int(g) <= 2999 for g in groups) and not re.search(
        r"[^\d\s\-–—/]", entity.text
    )


def _trimmed(entity: Span) -> Span:
    """The entity without punctuation at its ends ("October 14," -> "October 14")."""
    start, end = entity.start, entity.end
    while end > start + 1 and entity.doc[end - 1].text in _TRIMMED:
        end -= 1
    while start < end - 1 and entity.doc[start].text in _TRIMMED:
        start += 1
    if start > 0 and entity.doc[start - 1].is_currency and not entity.doc[start - 1].whitespace_:
        start -= 1  # "$" the model left out of "$10,000"
    return entity.doc[start:end]


def _is_break(token: Token) -> bool:
    """A comma, bracket, quote mark or a spaced dash: where a figure's words stop
    (a hyphen inside a word, "co-signatories", is not one)."""
    if token.text not in _BREAKS:
        return False
    if token.text == "-" and token.i > 0:
        return bool(token.doc[token.i - 1].whitespace_ or token.whitespace_)
    return True


def _counts_a_noun(entity: Span) -> bool:
    root = entity.root
    return root.dep_ in {"nummod", "quantmod", "compound"} and root.head.pos_ in {"NOUN", "PROPN"}


def _deadline(entity: Span) -> bool:
    head = entity.root.head
    return entity.root.dep_ == "pobj" and head.lower_ in _DEADLINE_PREPOSITIONS


def _is_figure(entity: Span) -> bool:
    if not _has_digit(entity.text) or _is_year(entity):
        return False
    if entity.label_ in _AMOUNTS:
        return True
    if entity.label_ == "CARDINAL":
        return _counts_a_noun(entity)
    return entity.label_ == "DATE" and _deadline(entity)


def _words(entity: Span) -> Span:
    """The verbatim stretch of the entity's sentence that says what the number is."""
    sentence = entity.sent
    doc = entity.doc
    start = entity.start
    while start > max(sentence.start, entity.start - _BEFORE) and not _is_break(doc[start - 1]):
        start -= 1
    end = entity.end
    while end < min(sentence.end, entity.end + _AFTER) and not _is_break(doc[end]):
        end += 1
    while start < entity.start and doc[start].pos_ in _DANGLING:
        start += 1
    while end > entity.end and doc[end - 1].pos_ in _DANGLING:
        end -= 1
    return doc[start:end]


def _in_name(token: Token) -> bool:
    return token.ent_type_ in {"ORG", "PERSON", "GPE", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}


def _candidates(parsed: ParsedArticle) -> Iterator[tuple[str, Span, Span]]:
    """(what makes the number the same number, the number, its words) in the article's order."""
    for doc in parsed.docs:
        for found in doc.ents:
            if _in_name(found.root) or not _is_figure(found):
                continue
            entity = _trimmed(found)
            same = f"{found.label_} {' '.join(re.findall(r'[0-9]+', entity.text))}"
            yield same, entity, _words(entity)


def key_figures(parsed: ParsedArticle, limit: int = FIGURE_LIMIT) -> tuple[KeyFigure, ...]:
    """Return the article's key figures in the article's order: each number once ("October 31"
    and "Oct. 31" are one), and none that stands in the words of the figure before
    ("18.9 deaths per 100,000 people")."""
    seen: set[str] = set()
    chosen: list[KeyFigure] = []
    last: Span | None = None
    for same, entity, words in _candidates(parsed):
        overlaps = last is not None and last.doc is words.doc and entity.start < last.end
        if same in seen or overlaps:
            continue
        seen.add(same)
        last = words
        start = entity.start_char - words.start_char
        chosen.append(KeyFigure(words.text, start, start + len(entity.text)))
        if len(chosen) == limit:
            break
    return tuple(chosen)
